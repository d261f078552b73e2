import Foundation
import Testing
import TuneBenchCore
import TuneBenchStore
import TuneBenchTestSupport

/// `tunebench report` through the real binary, on a project whose every piece of text is hostile: a name, a
/// problem, a dataset and its examples, eval runs and models, and decision answers.
@Suite struct ReportCommandTests {
    static let hostile = "<script>alert(1)</script> \"><img src=x onerror=alert(2)> </style> | # x"

    let dir: TemporaryDirectory
    let project: String

    init() throws {
        dir = try TemporaryDirectory()
        project = dir.path("hostile.tunebench")
        let created = try CLI.run(["new", project, "--name", Self.hostile, "--problem", Self.hostile,
                                   "--target-metric", Self.hostile])
        #expect(created.status == 0, "\(created.stderr)")
        let examples = dir.path("train.jsonl")
        let records = (0..<3).map { index in
            #"{"messages":[{"role":"system","content":"</style><script>alert(3)</script>"},{"role":"user","content":"\"><img onerror=alert(4)> "#
                + "\(index)" + #""},{"role":"assistant","content":"ok"}]}"#
        }
        try (records.joined(separator: "\n") + "\n").write(toFile: examples, atomically: true, encoding: .utf8)
        let imported = try CLI.run(["import", project, examples, "--dataset", Self.hostile])
        #expect(imported.status == 0, "\(imported.stderr)")
        let store = try ProjectStore.open(path: project)
        let cases = (0..<60).map { EvalCase(key: "c\($0)", input: Self.hostile, output: Self.hostile, expected: nil,
                                            pass: $0 % 3 != 0, score: $0 % 3 != 0 ? 1 : 0) }
        try store.insertEvalRuns([
            EvalRun(name: Self.hostile + " baseline", source: "jsonl", model: Self.hostile, rung: .baseline, cases: cases),
            EvalRun(name: Self.hostile + " prompt", source: "jsonl", model: Self.hostile, rung: .prompt,
                    cases: cases.map { var c = $0; c.pass = true; c.score = 1; return c }),
        ], sourceFile: Self.hostile)
        try store.changeDecisionAnswers(["problem": "format", "target": "0.98"])
        try store.close()
    }

    @Test func htmlIsWrittenAndHostileTextStaysText() throws {
        let output = dir.path("report.html")
        let result = try CLI.run(["report", project, "--format", "html", "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("wrote HTML report to \(output)"))
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.lowercased().contains("<img"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(html.components(separatedBy: "</style>").count == 2)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(2)&gt;"))
        #expect(html.contains("<svg class=\"chart\""))
    }

    @Test func markdownEscapesStructure() throws {
        let result = try CLI.run(["report", project, "--format", "md"])
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = result.stdout
        #expect(markdown.hasPrefix("# Fine-tuning decision report: \\<script\\>alert(1)\\</script\\>"))
        #expect(markdown.contains("\\| \\# x"))
        #expect(!markdown.replacingOccurrences(of: "\\<", with: "").contains("<"))
    }

    @Test func jsonFollowsTheSchemaAndHashesTheFile() throws {
        let result = try CLI.run(["report", project, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["schema_version"] as? Int == 1)
        #expect((object["project"] as? [String: Any])?["name"] as? String == Self.hostile)
        let file = try #require(object["project_file"] as? [String: Any])
        #expect(file["name"] as? String == "hostile.tunebench")
        #expect(file["sha256"] as? String == (try fileSHA256(project)))
        let evals = try #require(object["evals"] as? [String: Any])
        #expect((evals["ladder"] as? [[String: Any]])?.map { $0["rung"] as? String } == ["baseline", "prompt"])
        #expect((evals["comparisons"] as? [[String: Any]])?.first?["verdict"] as? String == "better")
        let dataset = try #require(object["dataset"] as? [String: Any])
        #expect(dataset["examples"] as? Int == 3)
        #expect((dataset["review"] as? [String: Any])?["threshold"] as? Int == 300)
        // The project's own cost model fills the cost section (default assumptions, default prices).
        let cost = try #require(object["cost"] as? [String: Any])
        #expect((cost["scenarios"] as? [[String: Any]])?.count == 4)
    }

    @Test func brokenTemplatesAreRefusedWithTheirLocation() throws {
        let templates = dir.path("templates")
        try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
        try "{{% CONTENT_TYPE: MARKDOWN}}\n# {{project.name}}\n".write(toFile: templates + "/report.md.mustache", atomically: true, encoding: .utf8)
        try "<p>{{#project}}{{name}}</p>\n".write(toFile: templates + "/report.html.mustache", atomically: true, encoding: .utf8)
        let broken = try CLI.run(["report", project, "--format", "md", "--templates", templates])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("report.html.mustache:"))
        try "<p>{{project.name}}</p>\n".write(toFile: templates + "/report.html.mustache", atomically: true, encoding: .utf8)
        let restyled = try CLI.run(["report", project, "--format", "html", "--templates", templates])
        #expect(restyled.status == 0, "\(restyled.stderr)")
        #expect(restyled.stdout == "<p>&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(2)&gt; &lt;/style&gt; | # x</p>\n")
    }
}
