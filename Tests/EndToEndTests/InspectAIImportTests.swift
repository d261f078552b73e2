import Foundation
import Testing
import TuneBenchTestSupport

/// The real inspect_ai (pinned by `.ci/inspect-venv.sh`) writes a log; the real binary imports it.
@Suite(.enabled(if: InspectAI.isAvailable, Comment(rawValue: InspectAI.skipReason)))
struct InspectAIImportTests {
    let dir: TemporaryDirectory
    let project: String
    init() throws {
        dir = try TemporaryDirectory()
        project = dir.path("p.tunebench")
        #expect(try CLI.run(["new", project]).status == 0)
    }

    func writeTask(_ source: String) throws -> String {
        let path = dir.path("task.py")
        try source.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func json(_ result: CLI.Result) throws -> [String: Any] {
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func aLogWrittenByInspectImportsWithItsSamplesAndScores() throws {
        let task = try writeTask("""
            from inspect_ai import Task, task
            from inspect_ai.dataset import Sample
            from inspect_ai.scorer import includes
            from inspect_ai.solver import generate

            @task
            def arithmetic():
                return Task(
                    dataset=[
                        Sample(id="add", input="What is 1+1?", target="2"),
                        Sample(id="echo", input="Repeat after me", target="Default output"),
                    ],
                    solver=[generate()],
                    scorer=includes(),
                )
            """)
        let logs = try InspectAI.eval(task: task, logDir: dir.path("logs"))
        let log = try #require(logs.first)
        #expect(logs.count == 1)
        let imported = try json(try CLI.run(["evals", "import", project, log, "--json"]))
        let run = try #require((imported["runs"] as? [[String: Any]])?.first)
        #expect(run["name"] as? String == "arithmetic mockllm/model")
        #expect(run["source"] as? String == "inspect_ai")
        #expect(run["model"] as? String == "mockllm/model")
        #expect(run["cases"] as? Int == 2)
        #expect(run["passed"] as? Int == 1, "mockllm answers `Default output from mockllm/model`")
        let shown = try json(try CLI.run(["evals", "show", project, "\(try #require(run["id"] as? Int))", "--json"]))
        let cases = try #require(shown["cases"] as? [[String: Any]])
        #expect(cases.map { $0["key"] as? String } == ["add#1", "echo#1"])
        #expect(cases.map { $0["pass"] as? Bool } == [false, true])
        #expect(cases[0]["input"] as? String == "What is 1+1?")
        #expect(cases[0]["output"] as? String == "Default output from mockllm/model")
        #expect(cases[0]["expected"] as? String == "2")
        #expect((cases[0]["metrics"] as? [String: Double])?["includes"] == 0)
    }
}
