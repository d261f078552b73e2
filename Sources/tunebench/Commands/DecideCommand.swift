import ArgumentParser
import Foundation
import TuneBenchCore
import TuneBenchStore

/// `tunebench decide PATH`: walks the decision tree on the project's evidence and prints the recommendation.
struct DecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Walk the decision tree on the project's evidence: the path, the recommendation and its reasons.",
        discussion: """
            Evidence answers what it can (eval runs per rung, accepted examples); --answer supplies the rest or
            overrides it. Questions: \(DecisionTree.standard.nodes.map(\.id).joined(separator: ", ")).
            Example: tunebench decide p.tunebench --answer problem=format --answer target=0.98 --save
            """)

    @Argument(help: "The project file.", completion: .projectFile)
    var path: String

    @Option(name: .customLong("answer"), help: ArgumentHelp("Answer a question, as NODE=VALUE (repeatable).", valueName: "NODE=VALUE"))
    var answers: [String] = []

    @Flag(help: "Store the given answers in the project and record the recommendation in its history.")
    var save = false

    @Flag(help: "Print one JSON object: recommendation, reasons, path, gap, and more.")
    var json = false

    func run() throws {
        let given = try parseAnswers()
        // Without --save nothing is written: the project opens read-only and its bytes stay as they were.
        let store = try save ? openProjectForChange(path) : openProject(path, readOnly: true)
        let outcome = save
            ? try store.answerDecision(given.mapValues { Optional($0) })
            : try store.evaluateDecision(answers: given)
        if json {
            try printJSON(DecisionReport(outcome))
        } else {
            print(DecisionText.render(outcome))
        }
    }

    private func parseAnswers() throws -> [String: String] {
        let engine = DecisionEngine(evidence: DecisionEvidence())
        var result: [String: String] = [:]
        for answer in answers {
            guard let equals = answer.firstIndex(of: "=") else {
                throw CLIError.inputError("--answer \(answer): expected NODE=VALUE, e.g. problem=format")
            }
            let node = String(answer[..<equals]), value = String(answer[answer.index(after: equals)...])
            if let problem = engine.problem(with: value, for: node) {
                throw CLIError.inputError("--answer \(answer): \(problem)")
            }
            result[node] = value
        }
        return result
    }
}
