import ArgumentParser

/// `tunebench-bench`: measurements whose figures go into BENCHMARKS.md, never run by the tests. Run release
/// builds: `swift run -c release tunebench-bench SUBCOMMAND`.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tunebench-bench",
        abstract: "Benchmarks of tunebench against the tools users would otherwise use.",
        subcommands: [
            GenerateDataset.self,
            ImportBenchmark.self,
            TokenizerBenchmark.self,
            EvalsBench.self,
            CostBench.self,
            RenderBenchmark.self,
            BrowseBenchmark.self,
            MemoryBenchmark.self,
            EditBenchmark.self,
            HashBenchmark.self,
            JSONBenchmark.self,
        ]
    )
}
