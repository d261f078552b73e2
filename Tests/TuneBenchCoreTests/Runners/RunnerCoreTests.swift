import Foundation
import Testing
import TuneBenchCore

/// The pure parts of runners: the command for a run, the run a new one is compared with, when a watched file is ready.
@Suite struct RunnerCoreTests {
    @Test func outIsQuotedForTheShell() {
        let runner = Runner(name: "r", command: "tool --log-dir {out} -o {out}/x.json")
        #expect(runner.shellCommand(outDirectory: "/tmp/it's here") == #"tool --log-dir '/tmp/it'\''s here' -o '/tmp/it'\''s here'/x.json"#)
    }

    @Test func theReferenceIsThePreviousRunOfTheRunnerElseTheBestOfTheNearestRungBelow() {
        typealias C = RunnerBaseline.Candidate
        let runs = [
            C(id: 1, runner: nil, rung: .baseline, passRate: 0.9),
            C(id: 2, runner: nil, rung: .prompt, passRate: 0.4),
            C(id: 3, runner: nil, rung: .prompt, passRate: 0.6),
            C(id: 4, runner: "other", rung: .rag, passRate: 0.99),
        ]
        #expect(RunnerBaseline.reference(runner: "r", rung: .rag, newRuns: [5], among: runs) == 3)
        #expect(RunnerBaseline.reference(runner: "r", rung: .prompt, newRuns: [5], among: runs) == 1)
        #expect(RunnerBaseline.reference(runner: "r", rung: .baseline, newRuns: [5], among: runs) == nil)
        #expect(RunnerBaseline.reference(runner: "r", rung: nil, newRuns: [5], among: runs) == nil)
        let later = runs + [C(id: 5, runner: "r", rung: .rag, passRate: 0.1), C(id: 6, runner: "r", rung: .rag, passRate: 0.2)]
        #expect(RunnerBaseline.reference(runner: "r", rung: .rag, newRuns: [7], among: later) == 6)
    }

    @Test func aWatchedFileIsReadyOnceStableAndAgainOnlyWhenItChanges() {
        var watch = ResultsWatch(directory: "/nowhere")
        let a1 = ResultsWatch.Stamp(size: 10, modified: 1), a2 = ResultsWatch.Stamp(size: 20, modified: 2)
        #expect(watch.advance(to: ["a": a1]) == [])
        #expect(watch.advance(to: ["a": a2]) == [], "still growing")
        #expect(watch.advance(to: ["a": a2]) == ["a"])
        #expect(watch.advance(to: ["a": a2]) == [])
        #expect(watch.advance(to: ["a": a1, "b": a1]) == [])
        #expect(watch.advance(to: ["a": a1, "b": a1]) == ["a", "b"])
    }

    @Test func outputTailKeepsTheLastLinesWithProgressRedraws() {
        var tail = OutputTail()
        tail.append(Data("one\ntwo\n 10%\r 50%\r100%\n\n".utf8))
        #expect(tail.lastLines(3) == ["10%", "50%", "100%"])
        #expect(tail.lastLine == "100%")
    }
}
