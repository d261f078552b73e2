import Foundation
import Testing
import TerminalUI
@testable import TuneBenchApp
import TuneBenchCore
import TuneBenchStore
import TuneBenchTestSupport

/// `r`, `:run` and `:watch` as pure updates: which runner `r` means, asking when it cannot tell, the job and its
/// cancel, and the setting `:watch` asks the store for.
@Suite struct EvalsRunnerFlowTests {
    func state(runners: [String], selectedRunRunner: String? = nil) -> AppState {
        var snapshot = sampleSnapshot()
        snapshot.runners = runners.map { Runner(name: $0, command: "true") }
        snapshot.evalRuns = [StoredEvalRun(id: 1, name: "x-1", source: "jsonl", sourceFile: nil, model: nil, created: nil,
                                           imported: Date(timeIntervalSince1970: 0), rung: .prompt, cases: 1, passed: 1,
                                           scoreSum: 1, errors: 0, totalCost: nil, meanLatencyMs: nil, overrides: 0,
                                           runner: selectedRunRunner)]
        var state = AppState(project: snapshot, size: Size(width: 120, height: 36))
        state.focus = .evals
        return state
    }

    @Test func rRunsTheSelectedRunsRunnerAsAJobAndXCancelsIt() {
        var state = state(runners: ["a", "b"], selectedRunRunner: "b")
        let effects = update(&state, .evals(.runRunner(nil)))
        #expect(effects.map(\.summary) == ["running b"])
        guard case .task(let task) = effects.first else { Issue.record("no task"); return }
        #expect(task.kind == .job)
        #expect(state.evals.runnerJob?.name == "b")
        #expect(update(&state, .evals(.runRunner("a"))).isEmpty, "one runner at a time")
        #expect(state.message?.text == "b is running (X cancels it)")
        #expect(update(&state, .evals(.cancelRunner)).map(\.summary) == ["cancelling b"])
        _ = update(&state, .evals(.runnerFinished(.failed(name: "b", message: "runner 'b' cancelled"))))
        #expect(state.evals.runnerJob == nil && state.message?.kind == .error)
    }

    @Test func withSeveralRunnersAndNoneSelectedItAsksWhich() {
        var state = state(runners: ["a", "b"])
        #expect(update(&state, .evals(.runRunner(nil))).isEmpty)
        guard case .commandLine(let line) = state.overlay else { Issue.record("no question"); return }
        #expect(line.text == "run ")
        #expect(state.message?.text == "which runner? a, b")
        var single = self.state(runners: ["only"])
        #expect(update(&single, .evals(.runRunner(nil))).map(\.summary) == ["running only"])
    }

    @Test func watchAsksForTheSettingWithTheDirectoryAdded() {
        var state = state(runners: [])
        state.project.watchDirectories = ["/data/a"]
        let effects = update(&state, .evals(.watchDirectory("/data/b")))
        #expect(effects.compactMap(\.editRequest) == [.setting(key: ProjectStore.watchDirectoriesKey,
                                                               value: #"["/data/a","/data/b"]"#, scope: .evals)])
        #expect(update(&state, .evals(.watchDirectory("/data/a"))).isEmpty)
    }
}
