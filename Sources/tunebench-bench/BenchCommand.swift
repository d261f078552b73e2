import ArgumentParser

/// `tunebench-bench`: the benchmarks whose figures go into BENCHMARKS.md. One subcommand per measured job.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tunebench-bench",
        abstract: "Benchmarks for tunebench (figures go into BENCHMARKS.md with machine and date).",
        subcommands: [
            CostBench.self,
        ]
    )
}
