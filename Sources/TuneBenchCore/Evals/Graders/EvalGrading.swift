import Foundation

/// Grades an outputs file (JSONL with `id`, `input`, `output`, `expected`) into a run: every grader judges every
/// case; a case passes when all pass and scores the mean of their scores. Each verdict is kept, and each grader's
/// score is also a named metric.
public enum EvalGrading {
    public static func run(
        outputs data: Data, fileName: String, graders: [any Grader], name: String, rung: Rung? = nil
    ) throws(EvalInputError) -> EvalRun {
        guard !graders.isEmpty else { throw EvalInputError(location: "--grader", message: "give at least one grader") }
        var cases: [EvalCase] = []
        var seen = Set<String>()
        for line in JSONLines(data) {
            let location = "\(fileName):\(line.number)"
            let record = try GenericRecord(object: try JSONParser.parse(line.bytes, location: location), location: location)
            guard let output = record.output else { throw EvalInputError(location: location, message: "record has no output") }
            let key = record.id ?? String(cases.count + 1)
            guard seen.insert(key).inserted else { throw EvalInputError(location: location, message: "id '\(key)' appears twice") }
            cases.append(grade(GradingInput(id: key, input: record.input ?? "", output: output, expected: record.expected), graders: graders))
        }
        guard !cases.isEmpty else { throw EvalInputError(location: fileName, message: "no records in file") }
        return EvalRun(name: name, source: "tunebench-grade", model: nil, created: nil, rung: rung, cases: cases)
    }

    /// One case under all graders.
    public static func grade(_ item: GradingInput, graders: [any Grader]) -> EvalCase {
        let verdicts = graders.map { $0.grade(item) }
        var metrics: [String: Double] = [:]
        for verdict in verdicts { metrics[verdict.grader] = verdict.score }
        return EvalCase(
            key: item.id, input: item.input, output: item.output, expected: item.expected,
            pass: verdicts.allSatisfy(\.pass), score: verdicts.reduce(0) { $0 + $1.score } / Double(verdicts.count),
            metrics: metrics, verdicts: verdicts
        )
    }
}
