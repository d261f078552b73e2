import Foundation
import GRDB
import Testing
import TuneBenchTestSupport

/// `tunebench import` of gzip and zstd files, compressed by the real `gzip` and `zstd` tools.
@Suite struct CompressedDatasetTests {
    let dir: TemporaryDirectory
    init() throws { dir = try TemporaryDirectory() }

    func sample() throws -> String {
        try #require(Bundle.module.url(forResource: "Fixtures/datasets/openai_cookbook_drone_training.jsonl", withExtension: nil)).path
    }

    /// Imports `file` into a new project; returns the examples' ids and the dataset import's size and SHA-256.
    func importFacts(_ file: String, project name: String) throws -> (ids: [String], dataset: String, size: Int64, sha256: String) {
        let project = dir.path(name)
        #expect(try CLI.run(["new", project]).status == 0)
        let result = try CLI.run(["import", project, file, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let examples = try CLI.run(["examples", project, "--json", "--limit", "1000"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(examples.stdout.utf8)) as? [[String: Any]])
        let queue = try DatabaseQueue(path: project)
        let row = try #require(try queue.read { db in try Row.fetchOne(db, sql: "SELECT file_size, sha256 FROM dataset_import") })
        return (rows.compactMap { $0["id"] as? String }, try #require(object["dataset"] as? String), row["file_size"], row["sha256"])
    }

    func compress(_ tool: String, _ arguments: [String], to output: String) throws {
        let result = try CLI.runProgram("/usr/bin/\(tool)", arguments)
        #expect(result.status == 0, "\(tool): \(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: output))
    }

    @Test func gzipAndZstdFilesImportTheSameExamplesAsThePlainFile() throws {
        let plain = dir.path("drone.jsonl")
        try FileManager.default.copyItem(atPath: try sample(), toPath: plain)
        try compress("gzip", ["-k", plain], to: plain + ".gz")
        try compress("zstd", ["-q", "-k", plain], to: plain + ".zst")
        // Detected by magic number, not by name.
        let disguised = dir.path("drone-copy.jsonl")
        try FileManager.default.copyItem(atPath: plain + ".zst", toPath: disguised)

        let reference = try importFacts(plain, project: "plain.tunebench")
        #expect(reference.ids.count > 0)
        for (file, project) in [(plain + ".gz", "gz.tunebench"), (plain + ".zst", "zst.tunebench"), (disguised, "disguised.tunebench")] {
            let facts = try importFacts(file, project: project)
            #expect(facts.ids == reference.ids, "\(file)")
            #expect(facts.sha256 == reference.sha256, "the content hash is the decompressed text's: \(file)")
            #expect(facts.size == reference.size)
        }
        #expect(try importFacts(plain + ".gz", project: "named.tunebench").dataset == "drone")
    }

    @Test func aTruncatedGzipFileIsRefusedNamingIt() throws {
        let plain = dir.path("drone.jsonl")
        try FileManager.default.copyItem(atPath: try sample(), toPath: plain)
        try compress("gzip", ["-k", plain], to: plain + ".gz")
        let whole = try Data(contentsOf: URL(fileURLWithPath: plain + ".gz"))
        let cut = dir.path("cut.jsonl.gz")
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: cut))
        let project = dir.path("p.tunebench")
        #expect(try CLI.run(["new", project]).status == 0)
        let result = try CLI.run(["import", project, cut])
        #expect(result.status != 0)
        #expect(result.stderr.contains("cut.jsonl.gz: the gzip data ends before its stream does"), "\(result.stderr)")
    }
}
