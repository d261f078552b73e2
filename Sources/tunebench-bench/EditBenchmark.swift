import ArgumentParser
import Foundation
import TuneBenchCore
import TuneBenchStore

/// `tunebench-bench edit`: what one `e` in the Dataset pane costs the store on a large dataset. Imports the
/// generated dataset once into a project file (kept for later runs), then edits, undoes and redoes examples
/// spread over the first ones, timing each step (thread CPU and wall).
struct EditBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Time an example edit, its undo and its redo on a dataset of N examples.")

    @Option(help: "Examples in the generated dataset.")
    var count = 50_000

    @Option(help: "Directory for the generated file and the project (reused when present).")
    var directory = "/tmp/tunebench-bench"

    @Option(help: "Edits to time (each followed by its undo and redo).")
    var iterations = 200

    @OptionGroup var machine: MachineOptions

    func run() throws {
        try machine.check()
        let manager = FileManager.default
        try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let data = "\(directory)/chat-\(count).jsonl", path = "\(directory)/edit-\(count).tunebench"
        if !manager.fileExists(atPath: data) { try DatasetGenerator(count: count, seed: 2026).write(to: data) }
        let store: ProjectStore
        if manager.fileExists(atPath: path) {
            store = try ProjectStore.open(path: path)
        } else {
            store = try ProjectStore.create(path: path, name: "edit bench")
            let start = Date()
            let report = try store.importDataset(file: data, options: DatasetImportOptions(counter: EstimatedTokenCounter()))
            print("imported \(report.imported) examples in \(Date().timeIntervalSince(start).fixed(1)) s")
        }
        let ids = try store.examples(limit: 5_000).map(\.id)
        var edits = Samples(), undos = Samples(), redos = Samples()
        var failure: Error?
        for i in 0..<iterations {
            let id = ids[(i * 7919) % ids.count]
            let original = try store.exampleText(exampleID: id).text
            guard let edited = Self.edited(original, mark: i) else { continue }
            edits.append(Samples.measure(iterations: 1) {
                do { try store.editExample(exampleID: id, text: edited, original: original) } catch { failure = error }
            })
            undos.append(Samples.measure(iterations: 1) {
                do { try store.undo(scope: .dataset) } catch { failure = error }
            })
            redos.append(Samples.measure(iterations: 1) {
                do { try store.redo(scope: .dataset) } catch { failure = error }
            })
            if let failure { throw failure }
        }
        print("dataset of \(count) examples, \(edits.count) edits of different examples")
        print("edit: \(edits.summaryWithP99)")
        print("undo: \(undos.summaryWithP99)")
        print("redo: \(redos.summaryWithP99)")
        // What every edit, undo and redo ran before: the whole dataset's validation in the write.
        let settings = try store.validationSettings()
        var validations = Samples()
        for _ in 0..<3 {
            validations.append(Samples.measure(iterations: 1) {
                do { _ = try store.validate(dataset: nil, settings: settings) } catch { failure = error }
            })
            if let failure { throw failure }
        }
        print("whole-dataset validation (run by each edit before): \(validations.summary)")
    }

    /// The record with a word put in front of its first string content (a real change of text and sketch).
    static func edited(_ record: String, mark: Int) -> String? {
        guard let range = record.range(of: #""content":""#) else { return nil }
        return record.replacingCharacters(in: range, with: #""content":"edited\#(mark) "#)
    }
}
