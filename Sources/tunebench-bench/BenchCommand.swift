import ArgumentParser

/// `tunebench-bench SUBCOMMAND`: benchmarks, one subcommand each. Build with `-c release` before measuring.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tunebench-bench",
        abstract: "Measure tunebench's performance goals (run a release build; record figures in BENCHMARKS.md).",
        subcommands: [
            RenderBenchmark.self,
        ]
    )
}
