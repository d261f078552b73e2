import Foundation
import Testing
import TuneBenchCore

/// The graphql-assistant example's story comes from the grader: its committed outputs, checked against its
/// committed schema, must give the valid rates the README and the framework describe.
@Suite struct GraphQLAssistantExampleTests {
    struct EvalLine: Decodable, Sendable {
        let id: String
        let input: String
        let output: String
        let expected: String
    }

    static let example = repositoryRoot().appendingPathComponent("projects/graphql-assistant")

    /// The repository root: the nearest folder above this file that holds Package.swift.
    static func repositoryRoot(from file: String = #filePath) -> URL {
        var dir = URL(fileURLWithPath: file).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
            let parent = dir.deletingLastPathComponent()
            precondition(parent.path != dir.path, "no Package.swift above \(file)")
            dir = parent
        }
        return dir
    }

    static let rungs = ["baseline", "prompt", "rag", "model", "finetune"]

    /// Every rung's lines and their checks, graded once for the whole suite (grading is the slow part).
    struct Graded: Sendable {
        let validator: GraphQLSchemaValidator
        let lines: [String: [EvalLine]]
        let checks: [String: [GraphQLCheck]]
    }

    static let graded: Result<Graded, any Error> = Result {
        let validator = try GraphQLSchemaValidator(contentsOf: example.appendingPathComponent("schema.graphql"))
        var lines: [String: [EvalLine]] = [:]
        var checks: [String: [GraphQLCheck]] = [:]
        for rung in rungs {
            let text = try String(contentsOf: example.appendingPathComponent("evals/\(rung).jsonl"), encoding: .utf8)
            lines[rung] = try text.split(separator: "\n").map { try JSONDecoder().decode(EvalLine.self, from: Data($0.utf8)) }
            checks[rung] = lines[rung]!.map { validator.check($0.output) }
        }
        return Graded(validator: validator, lines: lines, checks: checks)
    }

    var validator: GraphQLSchemaValidator { get throws { try Self.graded.get().validator } }

    func lines(of rung: String) throws -> [EvalLine] { try Self.graded.get().lines[rung] ?? [] }

    /// Case id -> passed, for one rung.
    func verdicts(of rung: String) throws -> [String: Bool] {
        let graded = try Self.graded.get()
        let pairs = zip(graded.lines[rung] ?? [], graded.checks[rung] ?? []).map { ($0.id, $1.passed) }
        return Dictionary(uniqueKeysWithValues: pairs)
    }

    @Test(arguments: [
        ("baseline", 0.65...0.72), ("prompt", 0.80...0.83), ("rag", 0.82...0.84), ("model", 0.85...0.87),
        ("finetune", 0.96...0.98),
    ])
    func validRateOfEachRung(rung: String, range: ClosedRange<Double>) throws {
        let verdicts = try verdicts(of: rung)
        #expect(verdicts.count == 200)
        let rate = Double(verdicts.values.filter { $0 }.count) / Double(verdicts.count)
        #expect(range.contains(rate), "\(rung): \(rate)")
    }

    @Test func everyRungAnswersTheSameCasesAndEveryReferenceIsValid() throws {
        let baseline = try lines(of: "baseline")
        for rung in ["prompt", "rag", "model", "finetune"] {
            let other = try lines(of: rung)
            #expect(other.map(\.id) == baseline.map(\.id))
            #expect(other.map(\.input) == baseline.map(\.input))
            #expect(other.map(\.expected) == baseline.map(\.expected))
        }
        let validator = try validator
        let invalidReferences = baseline.filter { !validator.check($0.expected).passed }.map(\.id)
        #expect(invalidReferences.isEmpty)
    }

    @Test func theFineTuneFixesMostFailuresAndBreaksAFew() throws {
        let model = try verdicts(of: "model")
        let finetune = try verdicts(of: "finetune")
        let fixed = model.keys.filter { model[$0] == false && finetune[$0] == true }.count
        let broken = model.keys.filter { model[$0] == true && finetune[$0] == false }.count
        let failedBefore = model.values.filter { !$0 }.count
        #expect(Double(fixed) >= 0.8 * Double(failedBefore))
        #expect((1...5).contains(broken))
    }

    @Test func failuresCarryTheMistakesRealModelsMake() throws {
        let reasons = try Self.graded.get().checks.values.flatMap { $0.compactMap(\.reason) }
        let kinds = [
            "Cannot query field", "cannot represent", "must have a selection of subfields", "Syntax Error",
            "is required, but it was not provided", "Unknown type",
        ]
        for kind in kinds {
            #expect(reasons.contains { $0.contains(kind) }, "no failure of the kind \(kind)")
        }
    }

    @Test func theDatasetHasAFewInvalidAnswersForReviewToFind() throws {
        let text = try String(contentsOf: Self.example.appendingPathComponent("dataset.jsonl"), encoding: .utf8)
        let rows = text.split(separator: "\n")
        #expect(rows.count == 400)
        let validator = try validator
        var invalid = 0
        for row in rows {
            let object = try JSONSerialization.jsonObject(with: Data(row.utf8)) as? [String: Any]
            let messages = object?["messages"] as? [[String: Any]] ?? []
            let answer = messages.last { $0["role"] as? String == "assistant" }?["content"] as? String ?? ""
            if !answer.isEmpty && !validator.check(answer).passed { invalid += 1 }
        }
        #expect((8...16).contains(invalid), "\(invalid) invalid answers")
    }
}
