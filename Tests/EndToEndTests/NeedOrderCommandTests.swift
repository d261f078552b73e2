import Foundation
import Testing
import TuneBenchTestSupport

/// `tunebench examples --order need` through the real binary: errors, then a near-duplicate group together,
/// a token-length outlier, grader failures, flagged examples and the rest, each with its reason.
@Suite struct NeedOrderCommandTests {
    /// Twelve chat records: line 3 has no reply (an error), lines 5, 7 and 10 are near duplicates, line 8 is far
    /// longer than the rest; every reply but line 4's is GraphQL-ish text, line 4's is JSON with an `answer`.
    static let records: [String] = {
        func record(_ user: String, _ reply: String) -> String {
            let object = ["messages": [["role": "user", "content": user], ["role": "assistant", "content": reply]]]
            return String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }
        let ticket = "Please list every open ticket for the billing team with its owner, its priority and the date it was opened, sorted by priority"
        var records = (1...12).map { record("Question \($0) about fragments number \($0)", "query { q\($0) }") }
        records[2] = #"{"messages":[{"role":"user","content":"Question 3 with no reply"}]}"#
        records[3] = record("Question 4 about fragments number 4", #"{"answer":"q4"}"#)
        records[4] = record(ticket, "query { tickets }")
        records[6] = record(ticket + " today", "query { tickets }")
        records[9] = record(ticket + " now", "query { tickets }")
        records[7] = record("Question 8 about fragments " + Array(repeating: "and more detail", count: 300).joined(separator: " "), "query { q8 }")
        return records
    }()

    /// The project file and its dataset imported.
    static func project(in directory: TemporaryDirectory) throws -> String {
        let project = directory.path("p.tunebench")
        _ = try CLI.run(["new", project])
        let file = directory.path("train.jsonl")
        try Data((records.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: file))
        let imported = try CLI.run(["import", project, file])
        #expect(imported.status == 0, "\(imported.stderr)")
        return project
    }

    private func listed(_ project: String, _ extra: [String] = []) throws -> [[String: Any]] {
        let result = try CLI.run(["examples", project, "--order", "need", "--json"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    @Test func errorsThenTheGroupThenTheOutlierThenTheRest() throws {
        let dir = try TemporaryDirectory()
        let project = try Self.project(in: dir)
        let items = try listed(project)
        #expect(items.map { $0["line"] as? Int } == [3, 5, 7, 10, 8, 1, 2, 4, 6, 9, 11, 12])
        let reasons = items.prefix(5).map { $0["reason"] as? String ?? "" }
        #expect(reasons[0] == "validation error: example_missing_assistant_message")
        #expect(reasons[1...3].allSatisfy { $0 == "near-duplicate group of 3" })
        // "tokens (estimate) N: …" without rank files, "tokens N: …" with them (CI installs them).
        #expect(reasons[4].hasPrefix("tokens ") && reasons[4].contains(": outlier (p99 "), "\(reasons[4])")
        #expect(items[5]["reason"] is NSNull)

        // Dataset order stays the default, without reasons.
        let plain = try #require(try JSONSerialization.jsonObject(with: Data(try CLI.run(["examples", project, "--json"]).stdout.utf8)) as? [[String: Any]])
        #expect(plain.map { $0["line"] as? Int } == Array(1...12))
        #expect(plain[0]["reason"] == nil)

        let text = try CLI.run(["examples", project, "--order", "need", "--limit", "2"])
        let lines = text.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1].hasSuffix("· near-duplicate group of 3"))
    }

    @Test func graderFailuresThenFlaggedThenTheRestAndDecidedOnesLeave() throws {
        let dir = try TemporaryDirectory()
        let project = try Self.project(in: dir)
        // The project grades with a JSON Schema, found beside the project file from any working directory:
        // every reply but line 4's fails it.
        try Data(#"{"type":"object","required":["answer"]}"#.utf8).write(to: URL(fileURLWithPath: dir.path("schema.json")))
        try Data(#"{"id":"c1","input":"q","output":"{\"answer\":1}"}"#.utf8).write(to: URL(fileURLWithPath: dir.path("out.jsonl")))
        let graded = try CLI.run(["evals", "grade", project, dir.path("out.jsonl"), "--grader", "json-schema:schema.json", "--name", "s"],
                                 currentDirectory: dir.path("."))
        #expect(graded.status == 0, "\(graded.stderr)")
        let lineOf = Dictionary(uniqueKeysWithValues: try listed(project).map { ($0["id"] as? String ?? "", $0["line"] as? Int ?? 0) })
        let idOf = Dictionary(uniqueKeysWithValues: lineOf.map { ($0.value, $0.key) })
        #expect(try CLI.run(["review", project, idOf[4]!, "--flag"]).status == 0)
        #expect(try CLI.run(["review", project, idOf[3]!, "--reject"]).status == 0)
        let items = try listed(project)
        let ids = items.map { $0["id"] as? String ?? "" }
        #expect(ids.map { lineOf[$0]! } == [5, 7, 10, 8, 1, 2, 6, 9, 11, 12, 4, 3])
        #expect(items[4]["reason"] as? String == "fails the JSON Schema grader")
        #expect(items[10]["reason"] as? String == "flagged")
        #expect(items[11]["reason"] is NSNull)  // rejected: decided, with the rest

        // --status filters the queue, keeping its order.
        let pending = try listed(project, ["--status", "pending"]).map { lineOf[$0["id"] as? String ?? ""]! }
        #expect(pending == [5, 7, 10, 8, 1, 2, 6, 9, 11, 12])
    }
}
