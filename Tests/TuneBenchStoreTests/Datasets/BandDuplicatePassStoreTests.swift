import Foundation
import GRDB
import Testing
import TuneBenchCore
@testable import TuneBenchStore
import TuneBenchTestSupport

/// Validation's duplicate pass (the fingerprints sorted band by band) against `DuplicateFinder` over the
/// same stored fingerprints in memory.
@Suite struct BandDuplicatePassStoreTests {
    let dir: TemporaryDirectory
    let store: ProjectStore

    init() throws {
        dir = try TemporaryDirectory()
        store = try ProjectStore.create(path: dir.path("p.tunebench"), name: "t")
    }

    /// A seeded chat dataset: fresh answers, exact copies (some with other surrounding whitespace), near copies
    /// (a few words changed, also of copies), and exchanges without words (empty sketches, distinct exact hashes).
    private func chatLines(seed: UInt64, count: Int) -> [String] {
        var random = SeededRandom(seed: seed)
        func below(_ n: Int) -> Int { Int.random(in: 0..<n, using: &random) }
        var answers: [String] = []
        var lines: [String] = []
        for n in 0..<count {
            let roll = below(100)
            var system = "You help."
            var answer: String
            if roll < 15, let earlier = answers.randomElement(using: &random) {
                answer = below(3) == 0 ? "  \(earlier)\n" : earlier
            } else if roll < 45, let earlier = answers.randomElement(using: &random) {
                var words = earlier.split(separator: " ").map(String.init)
                for _ in 0..<(1 + below(max(1, words.count / 6))) {
                    words[below(words.count)] = "v\(below(40))"
                }
                answer = words.joined(separator: " ")
            } else if roll < 50 {
                system = "System prompt \(n)"
                answer = ""
            } else {
                answer = (0..<(12 + below(60))).map { _ in "w\(below(120))" }.joined(separator: " ")
            }
            if !answer.isEmpty { answers.append(answer) }
            let user = answer.isEmpty ? "" : "Tell me"
            lines.append(#"{"messages":[{"role":"system","content":"\#(system)"},{"role":"user","content":"\#(user)"},{"role":"assistant","content":"\#(answer.replacingOccurrences(of: "\n", with: "\\n"))"}]}"#)
        }
        return lines
    }

    /// The examples (by position) whose stored duplicate finding differs from the in-memory finder's over the
    /// stored fingerprints, and how many of each finding the finder made.
    private func differences(dataset: String, threshold: Double) throws -> (positions: [Int], exact: Int, near: Int) {
        try store.pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT content_hash, sketch, checks FROM example
                WHERE dataset_id = (SELECT id FROM dataset WHERE name = ?) ORDER BY id
                """, arguments: [dataset])
            var sketches: [UInt16] = []
            for row in rows {
                let data: Data = row[1]
                var values = [UInt16](repeating: 0, count: MinHashSketch.size)
                values.withUnsafeMutableBytes { _ = data.copyBytes(to: $0) }
                sketches += values
            }
            let report = DuplicateFinder(threshold: threshold)
                .analyse(exactHashes: rows.map { UInt64(bitPattern: $0[0]) }, sketches: sketches, groups: false)
            let stored = rows.map { row -> String in
                let counts = CheckCounts(encoded: row[2])
                return counts[.exactDuplicate] > 0 ? "exact" : counts[.nearDuplicate] > 0 ? "near" : "-"
            }
            let expected = rows.indices.map { report.exact[$0] ? "exact" : report.near[$0] ? "near" : "-" }
            return (rows.indices.filter { stored[$0] != expected[$0] }, expected.filter { $0 == "exact" }.count,
                    expected.filter { $0 == "near" }.count)
        }
    }

    @Test(arguments: [(UInt64(1), 60), (2, 400), (3, 1_500), (4, 3_000)])
    func importAndValidateFindWhatTheInMemoryFinderFinds(seed: UInt64, count: Int) throws {
        let path = dir.path("d.jsonl")
        try write(chatLines(seed: seed, count: count).joined(separator: "\n"), to: path)
        try store.importForTest(path, name: "d")
        let imported = try differences(dataset: "d", threshold: 0.8)
        #expect(imported.positions.isEmpty)
        #expect(imported.exact > 0 && imported.near > 0)
        for threshold in [0.5, 0.9] {
            _ = try store.validate(dataset: "d", settings: ValidationSettings(nearDuplicateThreshold: threshold))
            #expect(try differences(dataset: "d", threshold: threshold).positions.isEmpty, "threshold \(threshold)")
        }
    }

    @Test func rowidsWithGapsAndASecondDatasetKeepTheirOwnOrder() throws {
        let path = dir.path("a.jsonl")
        try write(chatLines(seed: 7, count: 800).joined(separator: "\n"), to: path)
        try store.importForTest(path, name: "a")
        try store.importForTest(path, name: "b")
        // Gaps in both datasets' rowids (examples removed behind the store's back).
        try store.pool.write { db in
            try db.execute(sql: "DELETE FROM example WHERE id % 7 = 3")
            try db.execute(sql: "DELETE FROM example_by_key WHERE id % 7 = 3; DELETE FROM example_by_hash WHERE id % 7 = 3")
            try db.execute(sql: "DELETE FROM example_text WHERE id NOT IN (SELECT id FROM example)")
        }
        let report = try store.validate(dataset: nil, settings: ValidationSettings(requireJSONOutput: true))
        for name in ["a", "b"] {
            let result = try differences(dataset: name, threshold: 0.8)
            #expect(result.positions.isEmpty, "dataset \(name)")
            #expect(result.exact > 0 && result.near > 0)
        }
        let remaining = try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM example")! }
        #expect(report.examples == remaining)
    }

    @Test(arguments: [3, 40, 500])
    func aBandSortedInSlicesFindsWhatOneSortFinds(keysInMemory: Int) throws {
        let path = dir.path("s.jsonl")
        try write(chatLines(seed: 11, count: 1_200).joined(separator: "\n"), to: path)
        try store.importForTest(path, name: "s")
        let findings: (Int) throws -> [String] = { keys in
            try self.store.pool.read { db in
                let id = try Int64.fetchOne(db, sql: "SELECT id FROM dataset WHERE name = 's'")!
                let found = try ProjectStore.findDuplicates(of: id, threshold: 0.8, db: db, keysInMemory: keys) { _, _ in }
                return (0..<found.ordinals.count).map { found.clusters.isExact($0) ? "exact" : found.clusters.isNear($0) ? "near" : "-" }
            }
        }
        let whole = try findings(ProjectStore.bandKeysInMemory)
        #expect(whole.contains("near") && whole.contains("exact"))
        #expect(try findings(keysInMemory) == whole)
    }

    @Test func validationPausesAfterEveryChunkItReadsEvenWithNothingToWrite() throws {
        // Distinct examples, so the pass has (almost) nothing to write; it must still let other writers in.
        let count = ProjectStore.validationWriteChunk * 2 + 100
        let lines = (0..<count).map { #"{"messages":[{"role":"user","content":"q\#($0)"},{"role":"assistant","content":"a\#($0) b\#($0) c\#($0)"}]}"# }
        let path = dir.path("p.jsonl")
        try write(lines.joined(separator: "\n"), to: path)
        try store.importForTest(path, name: "p")
        var pauses = 0
        try store.pool.writeWithoutTransaction { db in
            let row = try DatasetRow(row: try Row.fetchOne(db, sql: "SELECT * FROM dataset WHERE name = 'p'")!)
            var report = ValidationReport()
            try ProjectStore.validate(row, settings: ValidationSettings(), db: db, into: &report) { _ in } pause: { pauses += 1 }
            #expect(report.examples == count)
        }
        // One before the writes start and one after each of the three chunks read.
        #expect(pauses == 1 + 3)
    }
}
