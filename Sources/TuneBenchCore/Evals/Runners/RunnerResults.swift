import Foundation

/// The results files a run left in its output directory (or that appeared in a watched one), and the runs they hold.
public enum RunnerResults {
    /// Extensions of the files `evals import` reads.
    public static let extensions: Set<String> = ["json", "jsonl", "ndjson", "csv", "eval"]

    /// Every file under `directory` with a results extension, sorted by path (hidden files and folders skipped).
    public static func files(in directory: String) -> [String] {
        let root = URL(fileURLWithPath: directory)
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { return [] }
        var paths: [String] = []
        for case let url as URL in enumerator where extensions.contains(url.pathExtension.lowercased()) {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true { paths.append(url.path) }
        }
        return paths.sorted()
    }

    /// Whether a file with a results extension holds eval results tunebench can tell apart from other JSON a
    /// tool leaves (an index, a config): `.json` files need a promptfoo `results` or an inspect `eval` key.
    public static func looksLikeResults(_ data: Data, fileName: String) -> Bool {
        guard URL(fileURLWithPath: fileName).pathExtension.lowercased() == "json" else { return true }
        guard let keys = JSONParser.topLevelKeys(data) else { return true }  // the import says what is wrong
        return keys.contains("eval") || keys.contains("results")
    }

    /// The runs of one run of `runner`, numbered `sequence`, from the results files it wrote: each named
    /// `NAME-N` (several runs: `NAME-N <the tool's name>`), with the runner's rung and model.
    /// - Parameter files: each file's path and bytes.
    public static func runs(of runner: Runner, sequence: Int, files: [(path: String, data: Data)])
        throws(EvalInputError) -> [(run: EvalRun, file: String)] {
        var found: [(run: EvalRun, file: String)] = []
        for file in files where looksLikeResults(file.data, fileName: file.path) {
            for run in try EvalFileImport.runs(from: file.data, fileName: file.path, rung: runner.rung) {
                found.append((run, file.path))
            }
        }
        let base = "\(runner.name)-\(sequence)"
        return found.map { item in
            var run = item.run
            run.name = found.count == 1 ? base : "\(base) \(run.name)"
            if let model = runner.model { run.model = model }
            return (run, item.file)
        }
    }

    /// A content hash of a results file: the same bytes are never imported twice by a watch.
    public static func contentHash(_ data: Data) -> String {
        StableHash.hex(data.withUnsafeBytes { StableHash.hash($0) }) + "-\(data.count)"
    }
}
