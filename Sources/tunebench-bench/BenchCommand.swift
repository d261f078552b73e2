import ArgumentParser

/// Benchmarks, kept out of the tests: each subcommand prints figures for BENCHMARKS.md.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tunebench-bench",
        abstract: "tunebench's benchmarks.",
        subcommands: [
            GenerateDataset.self,
            ImportBenchmark.self,
        ]
    )
}
