import Foundation
import Testing
import TerminalUI
import TuneBenchApp
import TuneBenchCore
import TuneBenchStore
import TuneBenchTestSupport

/// The Evals and Cost panes on the worked example's figures: runs with intervals against the target, and the
/// paths' totals with the cheapest marked.
@Suite struct EvalsAndCostPaneTests {
    static func run(_ id: Int64, _ name: String, _ rung: Rung, passed: Int) -> StoredEvalRun {
        StoredEvalRun(id: id, name: name, source: "tunebench-grade", sourceFile: nil, model: nil, created: nil,
                      imported: Date(timeIntervalSince1970: 0), rung: rung, cases: 200, passed: passed,
                      scoreSum: Double(passed), errors: 0, totalCost: nil, meanLatencyMs: nil, overrides: 0)
    }

    static func state(width: Int, height: Int) throws -> AppState {
        var snapshot = sampleSnapshot()
        snapshot.decisionAnswers = ["problem": "format", "target": "0.98"]
        snapshot.evalRuns = [run(1, "zero-shot", .baseline, passed: 138), run(2, "prompt-v3", .prompt, passed: 164),
                             run(3, "rag-sdl", .rag, passed: 166), run(4, "gpt-4.1", .model, passed: 172),
                             run(5, "lora-r16", .finetune, passed: 194)]
        snapshot.cost = .success(try CostOverview(assumptions: CostAssumptions.defaults(), prices: DefaultPrices.table,
                                                  trainingTokens: nil))
        return AppState(project: snapshot, size: Size(width: width, height: height))
    }

    @Test(arguments: [(120, 36), (80, 24)])
    func homeShowsRunsAndCosts(width: Int, height: Int) throws {
        let grid = render(try Self.state(width: width, height: height))
        try ScreenSnapshot.check(grid.lines(), named: "evals-cost-home-\(width)x\(height)")
        let text = grid.lines().joined(separator: "\n")
        #expect(text.contains("zero-shot") && text.contains("69%"))
        if width >= 100 { #expect(text.contains("[62–75]")) }
        #expect(text.contains("large + RAG"))
        #expect(text.contains("◀"))
    }

    @Test func zoomedEvalsListsEveryRunAndTheLadder() throws {
        var state = try Self.state(width: 120, height: 36)
        _ = update(&state, .focus(.evals))
        _ = update(&state, .toggleZoom)
        let grid = render(state)
        try ScreenSnapshot.check(grid.lines(), named: "evals-zoom-120x36")
        let text = grid.lines().joined(separator: "\n")
        #expect(text.contains("Ladder  the best run of each rung against the target 98%"))
        #expect(text.contains("┴ target 98%"))
        #expect(grid.style(of: "  97%  [94–99]")?.foreground == .success)
        // The selection starts on the first run, and the ladder draws the target through every bar.
        #expect(grid.lines().contains { $0.contains("▶ baseline  zero-shot") })
        #expect(grid.lines().filter { $0.contains("█") && $0.contains("┃") }.count == 5)
    }

    @Test func zoomedCostShowsTheBreakdownAndAssumptions() throws {
        var state = try Self.state(width: 120, height: 60)
        _ = update(&state, .focus(.cost))
        _ = update(&state, .toggleZoom)
        let text = render(state).lines().joined(separator: "\n")
        #expect(text.contains("Over 12 months the cheapest path is"))
        #expect(text.contains("calls_per_month"))
    }

    @Test func anImpossibleCostInputIsShownNotHidden() throws {
        var state = try Self.state(width: 120, height: 36)
        state.project.cost = .failure(CostInputError(assumption: "current_model", "current_model: no price for model \"x\""))
        #expect(render(state).lines().joined().contains("The cost model cannot run: current_model: no price"))
    }
}
