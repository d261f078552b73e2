import ArgumentParser
import Foundation
import TuneBenchCore

/// `tunebench tokens [--encoding E | --model M] [FILE|-]`: the token count of a file's whole text.
struct TokensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens",
        abstract: "Count the tokens of a file's text (or standard input) with a tiktoken encoding.",
        discussion: """
            Prints one integer. Exact for cl100k_base and o200k_base when their rank files are installed
            (`tunebench tokenizer install`, or an existing tiktoken cache); exits 2 naming the missing file otherwise.
            A model without a known encoding is counted with the estimator, and standard error says so.
            """)

    @Option(help: "cl100k_base, o200k_base (the default) or estimate.")
    var encoding: String?

    @Option(help: "A model name, e.g. gpt-4o-mini; counts with its encoding.")
    var model: String?

    @Option(help: "A project whose tokenizer.rank_dir setting names a rank-file directory.")
    var project: String?

    @OptionGroup var rankDirectory: RankDirectoryOption

    @Flag(help: "Print the token ids, space-separated, instead of the count.")
    var ids = false

    @Flag(help: "Print {\"tokens\", \"encoding\", \"exact\", \"ids\"} (ids null without --ids).")
    var json = false

    @Argument(help: "The file to count; - or nothing for standard input.")
    var file: String = "-"

    func validate() throws {
        if encoding != nil && model != nil { throw ValidationError("give --encoding or --model, not both") }
    }

    func run() throws {
        let selection: TokenizerSelection = encoding.map { .encoding($0) } ?? model.map { .model($0) } ?? .defaultEncoding
        let setting = try project.flatMap { try openProject($0, readOnly: true).setting("tokenizer.rank_dir") }
        let catalog = TokenizerCatalog(locator: RankFileLocator(
            commandLineDirectory: rankDirectory.rankDirectory, settingsDirectory: setting))
        let resolved: ResolvedTokenCounter
        do { resolved = try catalog.counter(for: selection) } catch { throw CLIError.inputError(error.description) }
        let text = try readText()
        if let reason = resolved.fallbackReason { Diagnostics.warning(reason) }
        var tokenIDs: [Int]?
        if ids {
            guard let tokenizer = resolved.counter as? BPETokenizer else {
                throw CLIError.inputError("--ids needs an exact encoding; the estimator has no token ids")
            }
            tokenIDs = tokenizer.encode(text)
        }
        if json {
            let count = tokenIDs?.count ?? resolved.counter.count(text)
            try printJSON(TokensOutput(tokens: count, encoding: resolved.counter.encodingName, exact: resolved.counter.isExact,
                                       ids: tokenIDs))
        } else if let tokenIDs {
            print(tokenIDs.map(String.init).joined(separator: " "))
        } else {
            print(resolved.counter.count(text))
        }
    }

    /// The input as text (invalid UTF-8 becomes U+FFFD, as in every import).
    private func readText() throws -> String {
        if file == "-" { return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
            throw CLIError.inputError(SystemErrorSentence.describe(error) ?? "\(file): cannot read the file")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// The JSON contract of `tokens --json`.
private struct TokensOutput: Encodable {
    var tokens: Int
    var encoding: String
    var exact: Bool
    @NullEncoded var ids: [Int]?
}
