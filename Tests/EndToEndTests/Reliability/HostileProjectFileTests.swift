import Foundation
import GRDB
import Testing
import TuneBenchTestSupport

/// Project files someone has tampered with or cut short: every command refuses them with one clear line and
/// exit status 2, and the file keeps every byte.
@Suite struct HostileProjectFileTests {
    let dir: TemporaryDirectory
    init() throws { dir = try TemporaryDirectory(prefix: "tunebench-hostile") }

    /// A real project with one imported dataset, closed (so the WAL is folded into the file).
    private func makeProject(_ name: String) throws -> String {
        let path = dir.path(name)
        let dataset = dir.path("chat.jsonl")
        let lines = (0..<40).map { index in
            #"{"messages":[{"role":"user","content":"question \#(index) \#(String(repeating: "filler ", count: 40))"},{"role":"assistant","content":"answer \#(index)"}]}"#
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: dataset, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["new", path]).status == 0)
        let imported = try CLI.run(["import", path, dataset])
        #expect(imported.status == 0, "\(imported.stderr)")
        return path
    }

    private func execute(_ path: String, _ sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: sql) }
        try queue.close()
    }

    /// Runs each command on `path` and checks the refusal: exit 2, nothing on stdout, one line on stderr naming the
    /// file and containing `expected`, the file unchanged.
    private func expectRefused(_ path: String, mentioning expected: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try fileSHA256(path)
        let commands: [[String]] = [
            ["info", path, "--json"], ["examples", path], ["review", path, "1", "--accept"],
            ["import", path, dir.path("chat.jsonl"), "--dataset", "again"], ["validate", path],
        ]
        for command in commands {
            let result = try CLI.run(command)
            #expect(result.status == 2, "\(command[0]): \(result.stderr)", sourceLocation: sourceLocation)
            #expect(result.stdout.isEmpty, "\(command[0]) printed: \(result.stdout)", sourceLocation: sourceLocation)
            #expect(result.stderr.split(separator: "\n").count == 1, "\(command[0]): \(result.stderr)", sourceLocation: sourceLocation)
            #expect(result.stderr.contains(path), sourceLocation: sourceLocation)
            for text in expected {
                #expect(result.stderr.contains(text), "\(command[0]): \(result.stderr)", sourceLocation: sourceLocation)
            }
            #expect(!result.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, sourceLocation: sourceLocation)
        }
        #expect(try fileSHA256(path) == before, "a refused file was changed", sourceLocation: sourceLocation)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"), sourceLocation: sourceLocation)
    }

    @Test func aTriggerThatDeletesReviewsIsRefusedAndNamedWithHowToRemoveIt() throws {
        let path = try makeProject("trigger.tunebench")
        try execute(path, """
            CREATE TRIGGER forget_reviews AFTER INSERT ON edit_log BEGIN DELETE FROM edit_log; END;
            CREATE TRIGGER "leak\u{1B}]52;c;aGk=\u{07}" AFTER UPDATE ON example BEGIN UPDATE project SET name = 'x'; END;
            """)
        try expectRefused(path, mentioning: ["trigger \"forget_reviews\"", "DROP TRIGGER \"forget_reviews\";", "never creates"])

        // Following the advice makes the file usable again.
        try execute(path, #"DROP TRIGGER forget_reviews; DROP TRIGGER "leak\#u{1B}]52;c;aGk=\#u{07}";"#)
        let info = try CLI.run(["info", path])
        #expect(info.status == 0, "\(info.stderr)")
    }

    @Test func aViewIsRefused() throws {
        let path = try makeProject("view.tunebench")
        try execute(path, "CREATE VIEW everything AS SELECT * FROM example")
        try expectRefused(path, mentioning: ["view \"everything\"", "DROP VIEW \"everything\";"])
    }

    @Test(arguments: [0, 10, 99, 100, 1_024, 4_096])
    func theFirstBytesOfAProjectAreRefused(length: Int) throws {
        let path = try truncatedCopy(keeping: { _ in length }, name: "head-\(length).tunebench")
        try expectRefused(path, mentioning: [])
    }

    /// Half the file, its last page, its last byte: SQLite alone opens such a file and only fails when a query
    /// reaches a missing page, after the store has written to it.
    @Test(arguments: ["half", "last page", "last byte"])
    func aProjectCutShortIsRefusedBeforeAnythingWritesToIt(cut: String) throws {
        let path = try truncatedCopy(keeping: { size in
            switch cut {
            case "half": size / 2
            case "last page": size - 4_096
            default: size - 1
            }
        }, name: "cut-\(cut.replacingOccurrences(of: " ", with: "-")).tunebench")
        try expectRefused(path, mentioning: ["truncated"])
    }

    private func truncatedCopy(keeping length: (Int) -> Int, name: String) throws -> String {
        let source = try Data(contentsOf: URL(fileURLWithPath: try makeProject("whole-\(name)")))
        let path = dir.path(name)
        try source.prefix(length(source.count)).write(to: URL(fileURLWithPath: path))
        return path
    }
}
