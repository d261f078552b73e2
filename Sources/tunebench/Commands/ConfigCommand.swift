import ArgumentParser
import Foundation
import TuneBenchApp
import TuneBenchCore
import TuneBenchStore

/// `tunebench config [--project P] [--rank-dir D] [--json]`: where tunebench looks for themes, rank files and
/// settings, and what it found there.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show where tunebench looks for themes, rank files and settings, and what it found.",
        discussion: """
            Themes: the shipped folder (themes/ above the binary or the working directory, or
            PREFIX/share/tunebench/themes for an install), then $XDG_CONFIG_HOME/tunebench/themes (else ~/.config/tunebench/themes).
            Rank files: --rank-dir, $TUNEBENCH_RANK_DIR, the project's tokenizer.rank_dir, tiktoken's cache, then
            $XDG_DATA_HOME/tunebench/encodings. Settings: the project file's settings, and the environment.
            """)

    @Option(help: "A project whose settings (theme, tokenizer.rank_dir, ...) to include.")
    var project: String?

    @OptionGroup var rankDirectory: RankDirectoryOption

    @Flag(help: "Print {\"themes\", \"rank_files\", \"settings\"} (see the README).")
    var json = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let settings = try project.map { try openProject($0, readOnly: true).allSettings() } ?? [:]
        let report = ConfigReport(
            environment: environment, searchRoots: themeSearchRoots(), project: project, settings: settings,
            locator: RankFileLocator(commandLineDirectory: rankDirectory.rankDirectory,
                                     settingsDirectory: settings[ProjectStore.tokenizerRankDirectoryKey],
                                     environment: environment))
        if json {
            try printJSON(report)
        } else {
            print(report.text)
        }
    }
}
