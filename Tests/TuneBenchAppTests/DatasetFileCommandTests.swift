import Foundation
import Testing
import TerminalUI
import TuneBenchApp
import TuneBenchCore
import TuneBenchStore
import TuneBenchTestSupport

/// `:import FILE` and `:export-dataset FILE` from the Dataset pane: jobs with a bar, problems in an overlay.
@Suite struct DatasetFileCommandTests {
    func command(_ text: String, in session: DatasetSession) {
        session.runtime.handle(Key(name: ":")!)
        for character in text { session.runtime.dispatch(.commandInput(.insert(character))) }
        session.runtime.handle(Key(name: "enter")!)
    }

    /// Three good records and two bad lines.
    func writeMore(_ session: DatasetSession) throws -> String {
        let good = (1...3).map { #"{"messages":[{"role":"user","content":"Imported \#($0)"},{"role":"assistant","content":"ok"}]}"# }
        let lines = [good[0], "{not json", good[1], #"[1, 2]"#, good[2]]
        let file = session.directory.path("more data.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    @Test func importRunsAsAJobWithABarThenShowsItsProblems() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 36))
        let file = try writeMore(session)
        await session.press("2", "z")
        command("import \"\(file)\" --dataset more", in: session)
        // Started, not finished: a job (q asks), shown with a bar.
        let task = try #require(session.runtime.state.tasks.first { $0.title == "importing more data.jsonl" })
        #expect(task.kind == .job)
        session.runtime.dispatch(.taskProgress(task.id, fraction: 0.5))
        session.runtime.render()
        #expect(session.lines.last?.contains("⟳ importing more data.jsonl █████░░░░░ 50%") == true)
        session.runtime.handle(Key(name: "q")!)
        #expect(session.runtime.state.overlay == .confirmQuit)
        session.runtime.handle(Key(name: "n")!)
        await session.settle()

        // Without rank files on this machine the TUI warns as `tunebench import` does.
        let estimated = try session.store.tokenCounter().fallbackReason != nil
        #expect(session.runtime.state.message?.text == "imported 3 examples from more data.jsonl into \"more\", 2 problems"
            + (estimated ? " (token counts are estimates)" : ""))
        guard case .problems(let report) = session.runtime.state.dataset.overlay else {
            Issue.record("no problems overlay")
            return
        }
        #expect(report.lines.count == 2)
        #expect(report.lines[0].hasPrefix("more data.jsonl:2: "))
        #expect(report.lines[1] == "more data.jsonl:4: not a JSON object")
        #expect(session.text.contains("more data.jsonl: 2 problems"))
        #expect(session.lines.last?.hasPrefix(" j down  k up  Esc close") == true)
        await session.press("esc")
        #expect(session.runtime.state.dataset.overlay == nil)
        #expect(session.text.contains("33 examples"))
        command("dataset-import-problems", in: session)
        #expect(session.runtime.state.dataset.overlay == .problems(report))
    }

    @Test func importMistakesAreSaid() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 36))
        await session.press("2", "z")
        command("import", in: session)
        #expect(session.runtime.state.message?.text == ImportJob.description.usage(as: "import"))
        #expect(ImportJob.description.usage(as: "import").hasPrefix("usage: :import FILE [--format FORMAT] [--dataset NAME] [--columns MAPPING]"))
        command("import a.jsonl --format nonsense", in: session)
        #expect(session.runtime.state.message?.text.hasPrefix("import: --format takes one of") == true)
        command("import /no/such/file.jsonl", in: session)
        await session.settle()
        #expect(session.runtime.state.message?.kind == .error)
        #expect(session.runtime.state.message?.text.contains("/no/such/file.jsonl") == true)
        command("dataset-top now", in: session)
        #expect(session.runtime.state.message?.text == "dataset-top takes no words after its name")
    }

    @Test func exportWritesTheExamplesOfTheFilter() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 36))
        await session.press("2", "z", "a", "a", "F")
        for character in "status=accepted" { session.runtime.dispatch(.dataset(.promptInput(.insert(character)))) }
        await session.press("enter")
        let out = session.directory.path("accepted.jsonl")
        command("export-dataset \(out)", in: session)
        await session.settle()
        #expect(session.runtime.state.message?.text == "exported 2 examples to \(out)")
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        #expect(lines.map(String.init) == Array(DatasetSession.records.prefix(2)))
    }

    @Test func exportRefusesAFindingFilter() async throws {
        let session = try await DatasetSession(size: Size(width: 120, height: 36))
        await session.press("2", "z", "F")
        for character in "error:empty_assistant_content" { session.runtime.dispatch(.dataset(.promptInput(.insert(character)))) }
        await session.press("enter")
        command("export-dataset \(session.directory.path("x.jsonl"))", in: session)
        await session.settle()
        #expect(session.runtime.state.message?.text.hasPrefix("export-dataset: the export filters by status and tag only") == true)
        #expect(!FileManager.default.fileExists(atPath: session.directory.path("x.jsonl")))
    }
}
