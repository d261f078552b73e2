import ArgumentParser
import Foundation
import TuneBenchCore
import TuneBenchStore

/// `tunebench evals grade PATH OUTPUTS.jsonl --grader SPEC...`: grades outputs locally into a new run.
struct EvalsGradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade an outputs file (JSONL: id, input, output, expected) with local graders into a new run.",
        discussion: """
            Graders: exact, normalized, contains[:TEXT], regex[:PATTERN], json-valid, json-schema:FILE, numeric:TOL, \
            max-tokens:N. Without an argument, contains and regex use the case's expected value. A case passes when \
            every grader passes; its score is the mean of the graders' scores.
            """)

    @Argument(help: "The project file.", completion: .projectFile)
    var path: String

    @Argument(help: "The outputs file (JSONL).")
    var outputs: String

    @Option(name: .customLong("grader"), parsing: .upToNextOption, help: "One or more grader specs.")
    var graders: [String] = []

    @Option(help: "The run name (default: the outputs file name).")
    var name: String?

    @Option(help: "The ladder rung the run stands for.")
    var rung: Rung?

    @OptionGroup var rankDirectory: RankDirectoryOption

    @OptionGroup var problems: ProblemsFormatOption

    @Flag(help: "Print {\"runs\": [{id, name, cases, ...}]}.")
    var json = false

    func run() throws {
        // The input is read before the project is opened, so a file that cannot be read leaves the project's bytes.
        let data = try readInputFile(outputs)
        let store = try openProjectForChange(path)
        let runName = name ?? URL(fileURLWithPath: outputs).deletingPathExtension().lastPathComponent
        let stored = try evalsInput(gnuFile: problems.isGNU ? outputs : nil) {
            try store.gradeEvalOutputs(data, fileName: outputs, graders: graders, name: runName, rung: rung,
                                        rankDirectory: rankDirectory.rankDirectory) { path in
                try DocumentFile.read(path)
            }
        }
        if json {
            try printJSON(["runs": stored.map(EvalRunJSON.init)])
        } else {
            for run in stored { print("graded \(EvalsText.label(run)): \(run.cases) cases, passed \(EvalsText.passFigure(run))") }
        }
    }
}
