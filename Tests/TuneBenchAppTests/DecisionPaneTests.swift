import Foundation
import Testing
import TerminalUI
import TuneBenchApp
import TuneBenchCore
import TuneBenchStore
import TuneBenchTestSupport

/// The Decision pane with the worked GraphQL example's evidence: summary and zoomed screens, and answer edits.
@Suite struct DecisionPaneTests {
    static let runs: [DecisionEvidence.Run] = [
        .init(name: "prompt-v1", rung: .baseline, cases: 200, passed: 142, ciLow: 0.644, ciHigh: 0.768),
        .init(name: "prompt-v3", rung: .prompt, cases: 200, passed: 164, ciLow: 0.761, ciHigh: 0.866),
        .init(name: "rag-bm25", rung: .rag, cases: 200, passed: 166, ciLow: 0.772, ciHigh: 0.874),
        .init(name: "gpt-4.1", rung: .model, cases: 200, passed: 172, ciLow: 0.805, ciHigh: 0.901),
        .init(name: "lora-r16", rung: .finetune, cases: 200, passed: 194, ciLow: 0.936, ciHigh: 0.986),
    ]

    static func decidedState(width: Int, height: Int, accepted: Int = 331) -> AppState {
        var snapshot = sampleSnapshot()
        let answers = ["problem": "format", "target": "0.98"]
        snapshot.decisionAnswers = answers
        snapshot.decision = DecisionEngine(evidence: DecisionEvidence(runs: runs, acceptedExamples: accepted))
            .evaluate(answers: answers)
        return AppState(project: snapshot, size: Size(width: width, height: height))
    }

    @Test(arguments: [(120, 36), (80, 24)])
    func summaryShowsLadderGapAndRecommendation(width: Int, height: Int) throws {
        let grid = render(Self.decidedState(width: width, height: height))
        try ScreenSnapshot.check(grid.lines(), named: "decision-summary-\(width)x\(height)")
        let text = grid.lines().joined(separator: "\n")
        #expect(text.contains("FINE-TUNE WITH LORA"))
        #expect(text.contains("Gap to 98%: baseline 71%"))
        #expect(text.contains("+11 pts (41%)"))
        #expect(grid.style(of: "FINE-TUNE WITH LORA")?.foreground == .success)
    }

    @Test(arguments: [(120, 36), (80, 24)])
    func zoomedShowsTheTreeWithThePathAndTheSelectedQuestion(width: Int, height: Int) throws {
        var state = Self.decidedState(width: width, height: height)
        _ = update(&state, .toggleZoom)
        let grid = render(state)
        try ScreenSnapshot.check(grid.lines(), named: "decision-zoom-\(width)x\(height)")
        let text = grid.lines().joined(separator: "\n")
        #expect(text.contains("✔ problem   format (you)"))
        #expect(text.contains("✔ evals     yes (data)"))
        #expect(text.contains("· routing   off path"))
        #expect(text.contains("What is wrong with the current AI?"))
    }

    @Test func shortOfExamplesShowsTheNextStepAndWhatWouldChangeIt() throws {
        var state = Self.decidedState(width: 120, height: 40, accepted: 88)
        _ = update(&state, .toggleZoom)
        let text = render(state).lines().joined(separator: "\n")
        #expect(text.contains("IMPROVE PROMPTS"))
        #expect(text.contains("with 212 more accepted examples the recommendation becomes"))
    }

    @Test func fastKeysBuildOnPendingEditsAndUndoAsksTheEditLog() throws {
        var state = Self.decidedState(width: 120, height: 36)
        _ = update(&state, .toggleZoom)
        // Three l presses before any write comes back: each builds on the last (format → vocabulary → latency → cost).
        var requests: [EditRequest] = []
        for _ in 0..<3 { requests += update(&state, .decision(.cycleAnswer(1))).compactMap(\.editRequest) }
        #expect(requests == [.decisionAnswers(["problem": "vocabulary"]), .decisionAnswers(["problem": "latency"]),
                             .decisionAnswers(["problem": "cost"])])
        #expect(state.decision.pending["problem"]?.value == "cost")
        #expect(render(state).lines().joined().contains("cost (you)") == false)  // the tree shows the stored path...
        #expect(render(state).lines().joined().contains("▶ cost"))                // ...the answers list the pending one

        // Undo goes to the store, after the three writes (it is tagged with the last of them).
        let undo = update(&state, .decision(.undo))
        guard case .edit(let effect)? = undo.first else { Issue.record("undo is not an edit"); return }
        #expect(effect == EditEffect(.undo(.decision), from: .decision, tag: 3))
        // Its result: the writes before it are stored, so their pending marks go; the project is re-read.
        let change = DecisionAnswersEdit(changes: [.init(node: "problem", before: "cost", after: "latency")])
        let outcome = EditOutcome(action: .undo, edit: .decisionAnswers(change), count: 1, sequence: 4,
                                  availability: UndoAvailability(nextUndo: "problem", nextRedo: "problem"))
        let effects = update(&state, .decision(.editFinished(EditResult(request: .undo(.decision), tag: 3, outcome: .success(outcome)))))
        #expect(effects.map(\.summary) == ["reading project"])
        #expect(state.decision.pending.isEmpty)
        #expect(state.message?.text == "undone: problem: cost → latency (Ctrl-R redo)")
        // Nothing stored for the evals question: clearing it does nothing.
        _ = update(&state, .decision(.scroll(.down)))
        #expect(update(&state, .decision(.clearAnswer)).isEmpty)
    }
}
