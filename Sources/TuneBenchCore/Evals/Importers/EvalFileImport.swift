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
    ///   - name: the run name (promptfoo files with several columns add the provider to it). inspect logs are named
    ///     after their task and model when no name is given.
    ///   - limit: the most one inspect `.eval` entry may inflate to (the file itself is read within it by
    ///     ``DocumentFile``).
    public static func runs(
        from data: Data, fileName: String, format: EvalFileFormat = .auto, name: String? = nil, rung: Rung? = nil,
        limit: RecordLimit = .default
    ) throws(EvalInputError) -> [EvalRun] {
        let url = URL(fileURLWithPath: fileName)
        let baseName = name ?? url.deletingPathExtension().lastPathComponent
        let ext = url.pathExtension.lowercased()
        let isZip = data.starts(with: [0x50, 0x4b, 0x03, 0x04])
        let isLines = ext == "jsonl" || ext == "ndjson"
        var runs: [EvalRun]
        var chosen = format
        if format == .auto {
            if isZip || ext == "eval" { chosen = .inspect }
            else if ext == "csv" { chosen = .csv }
            else if isLines { chosen = try linesFormat(data, fileName: fileName) }
            else {
                guard let keys = JSONParser.topLevelKeys(data) else {
                    // Parsing it fully gives the syntax error with its line and column.
                    _ = try JSONParser.parse(data, location: fileName)
                    throw EvalInputError(location: fileName, message: "cannot tell the format: not a JSON object; pass --format")
                }
                if keys.contains("eval") { chosen = .inspect }
                else if keys.contains("results") { chosen = .promptfoo }
                else {
                    throw EvalInputError(location: fileName, message: "cannot tell the format (no promptfoo `results` or inspect `eval` key); pass --format")
                }
            }
        }
        switch chosen {
        case .promptfoo:
            runs = isLines
                ? try PromptfooImporter.importJSONL(data, fileName: fileName, baseName: baseName)
                : try PromptfooImporter.importJSON(data, fileName: fileName, baseName: baseName)
        case .inspect:
            runs = [isZip || ext == "eval"
                ? try InspectImporter.importEval(data, fileName: fileName, name: name, limit: limit)
                : try InspectImporter.importJSON(data, fileName: fileName, name: name)]
        case .jsonl: runs = [try GenericImporter.importJSONL(data, fileName: fileName, baseName: baseName)]
        case .csv: runs = [try GenericImporter.importCSV(data, fileName: fileName, baseName: baseName)]
        case .auto: preconditionFailure("auto is resolved above")
        }
        for index in runs.indices {
            runs[index].rung = rung
            try checkUniqueKeys(runs[index], fileName: fileName)
        }
        return runs
    }

    /// A JSONL file whose first record looks like a promptfoo EvaluateResult is promptfoo's; else the generic format.
    static func linesFormat(_ data: Data, fileName: String) throws(EvalInputError) -> EvalFileFormat {
        guard let first = JSONLines(data).first(where: { _ in true }) else {
            throw EvalInputError(location: fileName, message: "empty file")
        }
        let record = try? JSONParser.parse(first.bytes, location: fileName)
        let promptfooKeys = ["testIdx", "promptIdx", "gradingResult"]
        return promptfooKeys.contains { record?[$0] != nil } ? .promptfoo : .jsonl
    }

    private static func checkUniqueKeys(_ run: EvalRun, fileName: String) throws(EvalInputError) {
        var seen = Set<String>()
        seen.reserveCapacity(run.cases.count)
        for item in run.cases where !seen.insert(item.key).inserted {
            throw EvalInputError(location: fileName, message: "case key '\(item.key)' appears twice in run '\(run.name)'; cases pair on it, so it must be unique")
        }
    }
}
