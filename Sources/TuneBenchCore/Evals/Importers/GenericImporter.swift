import Foundation

/// Reads tunebench's generic eval format, JSONL or CSV (README "File formats").
///
/// Each record needs `pass` or `score`: a missing `pass` is `score == 1`, a missing `score` is 1 for a pass and 0
/// for a fail. A missing `id` becomes the record's 1-based position, which only pairs with files in the same order.
public enum GenericImporter {
    /// One run from a JSONL file.
    public static func importJSONL(_ data: Data, fileName: String, baseName: String) throws(EvalInputError) -> EvalRun {
        var cases: [EvalCase] = []
        for line in JSONLines(data) {
            let location = "\(fileName):\(line.number)"
            let record = try GenericRecord(object: try JSONParser.parse(line.bytes, location: location), location: location)
            cases.append(try evalCase(record, position: cases.count + 1, location: location))
        }
        return try run(cases, fileName: fileName, baseName: baseName, source: "jsonl")
    }

    /// One run from a CSV file with a header row.
    public static func importCSV(_ data: Data, fileName: String, baseName: String) throws(EvalInputError) -> EvalRun {
        let rows = try CSVRows.parse(data, fileName: fileName)
        guard let header = rows.first else { throw EvalInputError(location: fileName, message: "empty file") }
        let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        guard columns.contains("pass") || columns.contains("score") else {
            throw EvalInputError(location: "\(fileName):\(header.line)", message: "header needs a pass or score column (has: \(columns.joined(separator: ", ")))")
        }
        var cases: [EvalCase] = []
        for row in rows.dropFirst() {
            let location = "\(fileName):\(row.line)"
            guard row.fields.count == columns.count else {
                throw EvalInputError(location: location, message: "\(row.fields.count) fields, header has \(columns.count)")
            }
            let record = try GenericRecord(fields: Dictionary(zip(columns, row.fields), uniquingKeysWith: { first, _ in first }), location: location)
            cases.append(try evalCase(record, position: cases.count + 1, location: location))
        }
        return try run(cases, fileName: fileName, baseName: baseName, source: "csv")
    }

    private static func evalCase(_ record: GenericRecord, position: Int, location: String) throws(EvalInputError) -> EvalCase {
        guard record.pass != nil || record.score != nil else {
            throw EvalInputError(location: location, message: "record needs pass or score")
        }
        let pass = record.pass ?? (record.score == 1)
        return EvalCase(
            key: record.id ?? String(position), input: record.input ?? "", output: record.output ?? "",
            expected: record.expected, pass: pass, score: record.score ?? (pass ? 1 : 0), metrics: record.metrics,
            latencyMs: record.latencyMs, cost: record.cost, error: record.error
        )
    }

    private static func run(_ cases: [EvalCase], fileName: String, baseName: String, source: String) throws(EvalInputError) -> EvalRun {
        guard !cases.isEmpty else { throw EvalInputError(location: fileName, message: "no records in file") }
        return EvalRun(name: baseName, source: source, cases: cases)
    }
}
