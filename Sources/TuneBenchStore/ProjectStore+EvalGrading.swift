import Foundation
import TuneBenchCore

extension ProjectStore {
    /// Grades an outputs file (`id`, `input`, `output`, `expected` per line) with local graders and stores the
    /// run in one transaction. `max-tokens:N` counts with the project's token counter; `json-schema:FILE` and
    /// `graphql:FILE` read their files through `readFile`.
    /// `rankDirectory` is a `--rank-dir` searched first for the tokenizer's rank file.
    /// - Throws: ``EvalInputError`` naming the spec, file and line that is wrong; nothing is stored then.
    public func gradeEvalOutputs(_ outputs: Data, fileName: String, graders specs: [String], name: String,
                                 rung: Rung?, model: String? = nil, created: Date? = nil, rankDirectory: String? = nil,
                                 readFile: @escaping @Sendable (String) throws -> Data,
                                 now: Date = Date()) throws -> [StoredEvalRun] {
        let registry = GraderRegistry.standard(tokenCounter: try tokenCounter(rankDirectory: rankDirectory).counter, readFile: readFile)
        let graders = try specs.map { spec throws in try registry.grader(for: spec) }
        var run = try EvalGrading.run(outputs: outputs, fileName: fileName, graders: graders, name: name, rung: rung)
        run.model = model
        run.created = created
        return try insertEvalRuns([run], sourceFile: fileName, now: now)
    }
}
