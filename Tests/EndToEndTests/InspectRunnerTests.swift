import Foundation
import Testing
import TuneBenchTestSupport

/// A real inspect_ai task run by a runner, end to end: runner → `{out}` → the `.eval` log inspect writes →
/// an imported run → the paired comparison on the second run. Offline: the model is inspect's `mockllm/model`.
@Suite(.enabled(if: InspectAI.isAvailable, Comment(rawValue: InspectAI.skipReason)))
struct InspectRunnerTests {
    @Test func inspectEvalRunTwiceGivesTwoRunsTheSecondComparedWithTheFirst() throws {
        let dir = try TemporaryDirectory()
        let project = dir.path("p.tunebench")
        #expect(try CLI.run(["new", project]).status == 0)
        // mockllm answers "Default output from mockllm/model": the second run's targets match more samples.
        try """
            import os
            from inspect_ai import Task, task
            from inspect_ai.dataset import Sample
            from inspect_ai.scorer import includes
            from inspect_ai.solver import generate

            @task
            def tiny():
                second = os.path.exists("second")
                open("second", "w").write("1")
                targets = ["Default output", "Default output", "nope", "nope"] if not second else ["Default output"] * 4
                return Task(dataset=[Sample(id=f"s{i}", input=f"question {i}", target=t) for i, t in enumerate(targets)],
                            solver=generate(), scorer=includes())
            """.write(toFile: dir.path("task.py"), atomically: true, encoding: .utf8)
        let inspect = try #require(InspectAI.executable)
        let add = try CLI.run(["evals", "runner", "add", project, "tiny", "--rung", "prompt", "--cwd", dir.url.path,
                               "--command", "'\(inspect)' eval task.py --model mockllm/model --log-dir {out}"])
        #expect(add.status == 0, "\(add.stderr)")
        let first = try CLI.run(["evals", "run", project, "tiny", "--json"])
        #expect(first.status == 0, "\(first.stderr)")
        let one = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        #expect(one["cases"] as? Int == 4 && one["passed"] as? Int == 2 && one["previous"] is NSNull)
        let second = try CLI.run(["evals", "run", project, "tiny", "--json"])
        #expect(second.status == 0, "\(second.stderr)")
        let two = try #require(try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [String: Any])
        #expect(two["passed"] as? Int == 4 && two["previous"] as? Int == one["run"] as? Int)
        let compare = try #require(two["compare"] as? [String: Any])
        #expect(compare["paired"] as? Int == 4 && compare["b_only"] as? Int == 2)
        let out = try #require(two["out"] as? String)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).contains { $0.hasSuffix(".eval") })
    }
}
