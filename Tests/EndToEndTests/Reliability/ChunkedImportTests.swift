import Foundation
import GRDB
import Testing
import TuneBenchTestSupport

/// Reviews while another process imports a large file (the import commits in chunks, so they only wait for a
/// chunk), and a kill -9 of that import: the project opens, nothing of the import shows, a re-import works and
/// every acknowledged review is kept. Wait times are measured in BENCHMARKS.md, never asserted here.
@Suite(.serialized) struct ChunkedImportTests {
    let dir: TemporaryDirectory
    let project: String
    let ids: [String]

    init() throws {
        dir = try TemporaryDirectory(prefix: "tunebench-chunked")
        project = dir.path("p.tunebench")
        #expect(try CLI.run(["new", project]).status == 0)
        let base = dir.path("base.jsonl")
        try (0..<40).map { #"{"messages":[{"role":"user","content":"base \#($0)"},{"role":"assistant","content":"ok \#($0)"}]}"# }
            .joined(separator: "\n").write(toFile: base, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["import", project, base, "--dataset", "base"]).status == 0)
        let listing = try CLI.run(["examples", project, "--json"])
        ids = try #require(try JSONSerialization.jsonObject(with: Data(listing.stdout.utf8)) as? [[String: Any]])
            .compactMap { $0["id"] as? String }
        #expect(ids.count == 40)
    }

    /// A chat JSONL file of `count` distinct examples, long enough to import for some seconds.
    private func bigFile(lines count: Int) throws -> String {
        let path = dir.path("big.jsonl")
        var text = ""
        text.reserveCapacity(count * 400)
        for index in 0..<count {
            let filler = String(repeating: "lorem ipsum dolor sit amet \(index % 89) ", count: 6)
            text += #"{"messages":[{"role":"user","content":"Question \#(index): \#(filler)"},{"role":"assistant","content":"query { item(id: \#(index)) { name } }"}]}"# + "\n"
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Rows stored for the dataset `name` and whether it is marked complete, read past tunebench.
    private func stored(_ name: String) throws -> (examples: Int, complete: Bool?) {
        // Wait for the importer's locks as tunebench does (a bare open fails at once with SQLITE_BUSY, e.g.
        // while the importer's closing checkpoint holds the file).
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        let queue = try DatabaseQueue(path: project, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { db in
            let examples = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM example JOIN dataset ON dataset.id = example.dataset_id WHERE dataset.name = ?
                """, arguments: [name]) ?? 0
            return (examples, try Bool.fetchOne(db, sql: "SELECT complete FROM dataset WHERE name = ?", arguments: [name]))
        }
    }

    /// The datasets tunebench shows: `info --json`'s dataset count, and whether `examples --dataset big` finds it.
    private func visible() throws -> (datasets: Int, big: Bool) {
        let info = try CLI.run(["info", project, "--json"])
        #expect(info.status == 0, "info failed: \(info.stderr)")
        let counts = (try JSONSerialization.jsonObject(with: Data(info.stdout.utf8)) as? [String: Any])?["counts"] as? [String: Any]
        let big = try CLI.run(["examples", project, "--dataset", "big", "--limit", "1", "--json"])
        return (counts?["datasets"] as? Int ?? -1, big.status == 0)
    }

    @Test func reviewsDuringAnImportSucceedAndTheDatasetEndsComplete() throws {
        let lines = 60_000
        let file = try bigFile(lines: lines)
        let importer = try KillableProcess(["import", project, file, "--dataset", "big"])
        var reviews = 0
        var sawPartial = false
        while importer.isRunning || reviews < 3 {
            let id = ids[reviews % ids.count]
            let result = try CLI.run(["review", project, id, reviews % 2 == 0 ? "--accept" : "--reject"])
            #expect(result.status == 0, "review \(reviews) failed during the import: \(result.stderr)")
            #expect(!result.stderr.lowercased().contains("error"), "review \(reviews): \(result.stderr)")
            #expect(!result.stderr.contains("SQLite"), "a raw SQLite error reached the user: \(result.stderr)")
            let now = try stored("big")
            if now.complete == false && now.examples > 0 { sawPartial = true }
            if now.complete != true && reviews % 10 == 0 {
                let shown = try visible()
                // Complete by now, or invisible.
                #expect(try stored("big").complete == true || (shown.datasets == 1 && !shown.big), "an incomplete dataset is listed")
            }
            reviews += 1
        }
        #expect(importer.wait() == 0)
        #expect(sawPartial, "the import never committed a chunk before its end")
        let after = try stored("big")
        #expect(after.complete == true && after.examples == lines)
        let shownAfter = try visible()
        #expect(shownAfter.datasets == 2 && shownAfter.big)
        let info = try CLI.run(["info", project, "--json"])
        let counts = (try JSONSerialization.jsonObject(with: Data(info.stdout.utf8)) as? [String: Any])?["counts"] as? [String: Any]
        #expect(counts?["examples"] as? Int == lines + ids.count)
    }

    @Test func aDiskThatFillsMidImportIsASentenceAndKeepsTheProject() throws {
        let file = try bigFile(lines: 60_000)
        let reviewed = Array(ids.prefix(5))
        for id in reviewed { #expect(try CLI.run(["review", project, id, "--accept"]).status == 0) }
        // A file-size limit a few chunks above today's project: the import's writes start, commit some chunks,
        // then fail inside a transaction, as on a disk that fills up.
        let size = try #require(try FileManager.default.attributesOfItem(atPath: project)[.size] as? Int)
        let blocks = (size + 6 << 20) / 512
        let result = try CLI.runProgram("/bin/sh", ["-c", "ulimit -f \(blocks); exec \"$@\"", "sh", CLI.binaryPath,
                                                    "import", project, file, "--dataset", "big"], stdin: Data())
        #expect(result.status == 2, "exit \(result.status): \(result.stderr)")
        #expect(result.stderr.contains(project) && result.stderr.contains("ulimit -f"), "\(result.stderr)")
        for dump in ["SQLite error", "Error Domain=", "Fatal error"] { #expect(!result.stderr.contains(dump), "\(result.stderr)") }
        #expect(try stored("big").examples > 0, "the limit did not stop the import mid-way (no chunk committed)")

        let queue = try DatabaseQueue(path: project)
        #expect(try queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") } == ["ok"])
        try queue.close()
        let shown = try visible()
        #expect(shown.datasets == 1 && !shown.big, "a half-imported dataset is visible")
        let accepted = try CLI.run(["examples", project, "--dataset", "base", "--status", "accepted", "--json"])
        let kept = try #require(try JSONSerialization.jsonObject(with: Data(accepted.stdout.utf8)) as? [[String: Any]])
        #expect(Set(kept.compactMap { $0["id"] as? String }) == Set(reviewed), "reviews made before the failed import")
        let again = try CLI.run(["import", project, file, "--dataset", "big"])
        #expect(again.status == 0, "re-import once there is room failed: \(again.stderr)")
        #expect(try stored("big").examples == 60_000)
    }

    @Test func aKilledImportLeavesAProjectThatOpensKeepsReviewsAndAllowsAReimport() throws {
        let lines = 60_000
        let file = try bigFile(lines: lines)
        let importer = try KillableProcess(["import", project, file, "--dataset", "big"])
        var acknowledged: [String] = []
        // Review until the import has committed some chunks but not finished, then kill it mid-way.
        for id in ids {
            let result = try CLI.run(["review", project, id, "--accept"])
            #expect(result.status == 0, "review failed during the import: \(result.stderr)")
            if result.status == 0 { acknowledged.append(id) }
            if try stored("big").examples > 0 { break }
        }
        let killedMidway = importer.kill() == nil
        let queue = try DatabaseQueue(path: project)
        #expect(try queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") } == ["ok"])
        try queue.close()
        let info = try CLI.run(["info", project, "--json"])
        #expect(info.status == 0, "the project must open after a kill: \(info.stderr)")
        if killedMidway {
            let shown = try visible()
            #expect(shown.datasets == 1 && !shown.big, "a half-imported dataset is visible")
        }
        let again = try CLI.run(["import", project, file, "--dataset", "big"])
        #expect(again.status == 0, "re-import after the kill failed: \(again.stderr)")
        let reimported = try stored("big")
        #expect(reimported.examples == lines && reimported.complete == true)
        let shownAfter = try visible()
        #expect(shownAfter.datasets == 2 && shownAfter.big)
        let accepted = try CLI.run(["examples", project, "--dataset", "base", "--status", "accepted", "--json"])
        let kept = Set(try #require(try JSONSerialization.jsonObject(with: Data(accepted.stdout.utf8)) as? [[String: Any]])
            .compactMap { $0["id"] as? String })
        #expect(Set(acknowledged).isSubset(of: kept), "acknowledged decisions were lost")
        #expect(!acknowledged.isEmpty)
    }
}
