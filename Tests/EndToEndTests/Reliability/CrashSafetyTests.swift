import Foundation
import GRDB
import Testing
import TuneBenchTestSupport

/// kill -9 at seeded random moments during an import and during review: the project still opens, passes
/// `PRAGMA integrity_check`, holds every acknowledged review decision, and never a half-imported dataset.
@Suite(.serialized) struct CrashSafetyTests {
    let dir: TemporaryDirectory
    init() throws { dir = try TemporaryDirectory(prefix: "tunebench-crash") }

    /// A chat JSONL file of `count` distinct examples (a few MB), written once per test.
    private func writeDataset(lines count: Int) throws -> String {
        let path = dir.path("big.jsonl")
        var text = ""
        text.reserveCapacity(count * 420)
        for index in 0..<count {
            let filler = String(repeating: "lorem ipsum dolor sit amet \(index % 97) ", count: 6)
            text += #"{"messages":[{"role":"system","content":"You answer in GraphQL."},{"role":"user","content":"Question \#(index): \#(filler)"},{"role":"assistant","content":"query { item(id: \#(index)) { name } }"}]}"# + "\n"
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func check(_ project: String) throws -> (datasets: Int, examples: Int) {
        let queue = try DatabaseQueue(path: project)
        defer { try? queue.close() }
        return try queue.read { db in
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
            // An import commits in chunks: a killed one leaves an incomplete dataset (hidden from every read,
            // removed by the next import); complete datasets are the ones users see.
            let datasets = try Int.fetchOne(db, sql: "SELECT count(*) FROM dataset WHERE complete") ?? -1
            let examples = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM example WHERE dataset_id IN (SELECT id FROM dataset WHERE complete)
                """) ?? -1
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM dataset WHERE NOT complete") ?? 0 <= 1,
                    "each import removes the leftovers of the one killed before it")
            return (datasets, examples)
        }
    }

    @Test func killedImportsLeaveTheDatasetCompleteOrAbsent() throws {
        let lines = 20_000
        let file = try writeDataset(lines: lines)
        let project = dir.path("import.tunebench")
        #expect(try CLI.run(["new", project]).status == 0)
        var random = SeededRandom(seed: 20261125)
        var completed = 0, interrupted = 0
        for iteration in 0..<12 {
            let importer = try KillableProcess(["import", project, file, "--dataset", "run\(iteration)"])
            usleep(UInt32.random(in: 50_000...1_500_000, using: &random))
            if importer.kill() == 0 { completed += 1 } else { interrupted += 1 }
            let (datasets, examples) = try check(project)
            #expect(datasets == completed, "iteration \(iteration): \(datasets) datasets after \(completed) finished imports")
            #expect(examples == completed * lines, "iteration \(iteration): a half-imported dataset is visible")
            let info = try CLI.run(["info", project, "--json"])
            #expect(info.status == 0, "the project must open after a kill: \(info.stderr)")
        }
        #expect(interrupted > 0, "no import was interrupted; the kill points missed")
    }

    @Test func everyAcknowledgedReviewSurvivesAKill() throws {
        let file = try writeDataset(lines: 300)
        let project = dir.path("review.tunebench")
        #expect(try CLI.run(["new", project]).status == 0)
        #expect(try CLI.run(["import", project, file]).status == 0)
        let listing = try CLI.run(["examples", project, "--json"])
        let ids = try #require(try JSONSerialization.jsonObject(with: Data(listing.stdout.utf8)) as? [[String: Any]])
            .compactMap { $0["id"] as? String }
        #expect(ids.count == 300)

        var random = SeededRandom(seed: 7)
        var acknowledged: [String] = []
        var killed = 0
        for id in ids.prefix(60) {
            let review = try KillableProcess(["review", project, id, "--accept"])
            // Most commands run to the end; about one in three is killed somewhere between start and commit.
            if Int.random(in: 0..<3, using: &random) == 0 {
                usleep(UInt32.random(in: 0...80_000, using: &random))
                if review.kill() == 0 { acknowledged.append(id) } else { killed += 1 }
            } else if review.wait() == 0 {
                acknowledged.append(id)
            }
        }
        _ = try check(project)
        let after = try CLI.run(["examples", project, "--status", "accepted", "--json"])
        let accepted = Set(try #require(try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [[String: Any]])
            .compactMap { $0["id"] as? String })
        #expect(Set(acknowledged).isSubset(of: accepted), "acknowledged decisions were lost")
        #expect(accepted.count <= acknowledged.count + killed)
        #expect(killed > 0, "no review was interrupted")
    }
}
