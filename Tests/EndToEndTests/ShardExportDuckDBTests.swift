import Foundation
import Testing
import TuneBenchTestSupport

/// `tunebench export --shards` read back by the real DuckDB (Python package, installed by `.ci/duckdb.sh`): every
/// exported example is counted across the shards, and the manifest's counts and sums hold.
@Suite struct ShardExportDuckDBTests {
    /// The venv python with duckdb, from `.ci/run`; nil when it is not set (local runs without the venv).
    static let python = ProcessInfo.processInfo.environment["TUNEBENCH_DUCKDB_PYTHON"].flatMap { $0.isEmpty ? nil : $0 }

    @Test func shardsRoundTripThroughDuckDB() throws {
        guard let python = Self.python else {
            print("ShardExportDuckDBTests: SKIPPED, TUNEBENCH_DUCKDB_PYTHON is not set (run .ci/duckdb.sh, as .ci/run does)")
            return
        }
        let dir = try TemporaryDirectory()
        let project = dir.path("p.tunebench")
        _ = try CLI.run(["new", project])
        let dataset = CLI.repositoryRoot.appendingPathComponent("projects/graphql-assistant/dataset.jsonl").path
        let imported = try CLI.run(["import", project, dataset, "--quiet"])
        #expect(imported.status == 0, "\(imported.stderr)")
        for (arguments, glob) in [(["--shards", "4"], "part-*.jsonl"), (["--shards", "3", "--split", "0.8"], "*/part-*.jsonl")] {
            let out = dir.path("shards-\(arguments.count)")
            let export = try CLI.run(["export", project, "-o", out, "--json", "--quiet"] + arguments)
            #expect(export.status == 0, "\(export.stderr)")
            let manifest = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/manifest.json"))) as? [String: Any])
            let shards = try #require(manifest["shards"] as? [[String: Any]])
            let examples = try #require(manifest["examples"] as? Int)
            #expect(shards.compactMap { $0["examples"] as? Int }.reduce(0, +) == examples)
            #expect(examples == 400)
            let script = """
                import duckdb, sys
                total = duckdb.sql("select count(*) from read_json_auto('\(out)/\(glob)', format='newline_delimited')").fetchone()[0]
                per = duckdb.sql("select filename, count(*) from read_json_auto('\(out)/\(glob)', format='newline_delimited', filename=true) group by filename order by filename").fetchall()
                print(total)
                for name, count in per: print(name.split('/\(out.split(separator: "/").last!)/')[-1], count)
                """
            let result = try CLI.runProgram(python, ["-c", script])
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n").map(String.init)
            #expect(lines.first == String(examples), "DuckDB counted \(lines.first ?? "nothing")")
            let byShard = Dictionary(uniqueKeysWithValues: shards.map { ($0["path"] as! String, $0["examples"] as! Int) })
            for line in lines.dropFirst() {
                let parts = line.split(separator: " ")
                #expect(byShard[String(parts[0])] == Int(parts[1]), "\(line) against the manifest")
            }
        }
    }
}
