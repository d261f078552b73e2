import Foundation

/// The eval file formats tunebench reads.
public enum EvalFileFormat: String, CaseIterable, Sendable {
    case auto, promptfoo, inspect, jsonl, csv
}

/// Turns an eval file's bytes into runs: picks the importer (by `--format` or by looking), names the runs,
/// sets the rung and checks that case keys are unique within each run.
public enum EvalFileImport {
    /// - Parameters:
    ///   - fileName: the path as the user gave it (used in errors and, without extension, as the default name).
    ///   - name: the run name (promptfoo files with several columns add the provider to it).
    public static func runs(
        from data: Data, fileName: String, format: EvalFileFormat = .auto, name: String? = nil, rung: Rung? = nil
    ) throws(EvalInputError) -> [EvalRun] {
        let url = URL(fileURLWithPath: fileName)
        let baseName = name ?? url.deletingPathExtension().lastPathComponent
        let ext = url.pathExtension.lowercased()
        let isZip = data.starts(with: [0x50, 0x4b, 0x03, 0x04])
        let isLines = ext == "jsonl" || ext == "ndjson"
        var runs: [EvalRun]
        switch format == .auto ? try detect(data, fileName: fileName, ext: ext, isZip: isZip, isLines: isLines) : format {
        case .promptfoo:
            runs = isLines
                ? try PromptfooImporter.importJSONL(data, fileName: fileName, baseName: baseName)
                : try PromptfooImporter.importJSON(data, fileName: fileName, baseName: baseName)
        case .inspect:
            runs = [isZip || ext == "eval"
                ? try InspectImporter.importEval(data, fileName: fileName, baseName: baseName)
                : try InspectImporter.importJSON(data, fileName: fileName, baseName: baseName)]
        case .jsonl: runs = [try GenericImporter.importJSONL(data, fileName: fileName, baseName: baseName)]
        case .csv: runs = [try GenericImporter.importCSV(data, fileName: fileName, baseName: baseName)]
        case .auto: preconditionFailure("detect never answers auto")
        }
        for index in runs.indices {
            runs[index].rung = rung
            try checkUniqueKeys(runs[index], fileName: fileName)
        }
        return runs
    }

    private struct TopLevelProbe: Decodable {
        var hasResults: Bool
        var hasEval: Bool
        var hasTestIdx: Bool

        enum CodingKeys: String, CodingKey { case results, eval, testIdx, promptIdx, gradingResult }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            hasResults = container.contains(.results)
            hasEval = container.contains(.eval)
            hasTestIdx = container.contains(.testIdx) || container.contains(.promptIdx) || container.contains(.gradingResult)
        }
    }

    static func detect(_ data: Data, fileName: String, ext: String, isZip: Bool, isLines: Bool) throws(EvalInputError) -> EvalFileFormat {
        if isZip || ext == "eval" { return .inspect }
        if ext == "csv" { return .csv }
        if isLines {
            guard let first = JSONLines(data).first(where: { _ in true }) else {
                throw EvalInputError(location: fileName, message: "empty file")
            }
            let probe = try? JSONDecoder().decode(TopLevelProbe.self, from: first.bytes)
            return probe?.hasTestIdx == true ? .promptfoo : .jsonl
        }
        let probe: TopLevelProbe
        do { probe = try JSONDecoder().decode(TopLevelProbe.self, from: data) }
        catch { throw EvalInputError(location: fileName, message: "cannot tell the format: not a JSON object (\(EvalJSON.describe(error))); pass --format") }
        if probe.hasEval { return .inspect }
        if probe.hasResults { return .promptfoo }
        throw EvalInputError(location: fileName, message: "cannot tell the format (no promptfoo `results` or inspect `eval` key); pass --format")
    }

    private static func checkUniqueKeys(_ run: EvalRun, fileName: String) throws(EvalInputError) {
        var seen = Set<String>()
        seen.reserveCapacity(run.cases.count)
        for item in run.cases where !seen.insert(item.key).inserted {
            throw EvalInputError(location: fileName, message: "case key '\(item.key)' appears twice in run '\(run.name)'; cases pair on it, so it must be unique")
        }
    }
}
