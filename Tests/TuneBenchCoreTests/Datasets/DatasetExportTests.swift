import Foundation
import Testing
import TuneBenchCore
import TuneBenchTestSupport

/// The export workflow in the core, fed by an in-memory source as the store's read would feed it.
struct DatasetExportTests {
    static func chat(_ user: String) -> [UInt8] {
        Array(#"{"messages":[{"role":"user","content":"\#(user)"},{"role":"assistant","content":"ok"}]}"#.utf8)
    }

    static func source(_ users: [String], hashes: [UInt64]? = nil) -> ExportSource {
        let candidates = users.enumerated().map { index, _ in
            ExportSource.Candidate(rowID: Int64(index + 1), key: "k\(index)", datasetID: 7,
                                   contentHash: hashes?[index] ?? UInt64(index + 1), sketch: [UInt16](repeating: UInt16(index), count: 64))
        }
        return ExportSource(datasets: [ExportSource.Dataset(id: 7, format: .openaiChat, columnMapping: nil)],
                            candidates: candidates, original: { chat(users[Int($0) - 1]) })
    }

    @Test func writesEveryCandidateInOrderAsOneFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("out.jsonl").path
        let report = try DatasetExport.write(Self.source(["a", "b", "c"]), to: path, options: DatasetExportOptions())
        #expect(report.files.map(\.examples) == [3])
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines == ["a", "b", "c"].map { String(decoding: Self.chat($0), as: UTF8.self) })
    }

    @Test func aSplitKeepsExactDuplicatesOnOneSide() throws {
        let users = (0..<40).map { "question \($0)" }
        let hashes = (0..<40).map { UInt64($0 < 10 ? 99 : $0 + 1000) }  // the first ten are one duplicate group
        let sides = DatasetExport.sides(Self.source(users, hashes: hashes).candidates,
                                        options: DatasetExportOptions(trainFraction: 0.5, seed: 3))
        #expect(Set(sides.prefix(10)).count == 1)
        #expect(sides.contains(true) && sides.contains(false))
        #expect(sides == DatasetExport.sides(Self.source(users, hashes: hashes).candidates,
                                             options: DatasetExportOptions(trainFraction: 0.5, seed: 3)), "same seed, same split")
    }

    @Test func aSplitWritesTheTrainAndValidationPair() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("out.jsonl").path
        let report = try DatasetExport.write(Self.source((0..<20).map { "q\($0)" }), to: path,
                                             options: DatasetExportOptions(trainFraction: 0.5))
        #expect(report.files.map(\.path) == [DatasetExport.splitPaths(for: path).train, DatasetExport.splitPaths(for: path).validation])
        #expect(report.files.map(\.examples).reduce(0, +) == 20)
    }

    @Test func shardsOfAboutEqualBytesWithAManifestThatChecksThem() throws {
        let directory = try TemporaryDirectory()
        let out = directory.path("shards")
        let users = (0..<30).map { String(repeating: "w", count: $0 % 7 * 40 + 5) }
        var source = Self.source(users)
        source.candidates = source.candidates.enumerated().map { index, candidate in
            var sized = candidate
            sized.size = Self.chat(users[index]).count
            return sized
        }
        let report = try DatasetExport.writeShards(source, to: out, shards: 3, options: DatasetExportOptions())
        let manifest = try JSONDecoder().decode(ShardManifest.self, from: Data(contentsOf: URL(fileURLWithPath: out + "/manifest.json")))
        #expect(report.manifest == out + "/manifest.json")
        #expect(manifest.examples == 30)
        #expect(manifest.shards.map(\.path) == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"])
        var all: [UInt8] = []
        for shard in manifest.shards {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: out + "/" + shard.path)))
            #expect(bytes.count == shard.bytes)
            #expect(SHA256.hex(of: bytes) == shard.sha256)
            all += bytes
        }
        #expect(SHA256.hex(of: all) == manifest.contentSHA256, "the shards in order are the whole export")
        let sizes = manifest.shards.map(\.bytes)
        #expect(sizes.max()! - sizes.min()! < sizes.max()! / 3, "about equal bytes: \(sizes)")

        // Again with fewer shards: the earlier third part is gone, nothing stale for a part-* glob.
        _ = try DatasetExport.writeShards(source, to: out, shards: 2, options: DatasetExportOptions())
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["manifest.json", "part-00000.jsonl", "part-00001.jsonl"])
    }

    @Test func shardsRefuseADirectoryHoldingOtherFiles() throws {
        let directory = try TemporaryDirectory()
        try Data("keep".utf8).write(to: directory.url.appendingPathComponent("notes.txt"))
        #expect(throws: FileWriteError.self) {
            try DatasetExport.writeShards(Self.source(["a"]), to: directory.url.path, shards: 1, options: DatasetExportOptions())
        }
        #expect(FileManager.default.fileExists(atPath: directory.path("notes.txt")))
    }
}
