import ArgumentParser

/// `tunebench evals …`: eval runs (import, grade, list, show, compare, pairs, set-rung), runners (runner, run) and watch.
struct EvalsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evals",
        abstract: "Import, grade, list and compare eval runs, turn them into preference pairs; run eval tools (runners) and watch for results.",
        discussion: "RUN is a run's id or its unique name (see `tunebench evals list`).",
        subcommands: [
            EvalsImportCommand.self,
            EvalsGradeCommand.self,
            EvalsListCommand.self,
            EvalsShowCommand.self,
            EvalsCompareCommand.self,
            EvalsPairsCommand.self,
            EvalsSetRungCommand.self,
            EvalsRunnerCommand.self,
            EvalsRunCommand.self,
            EvalsWatchCommand.self,
        ])
}
