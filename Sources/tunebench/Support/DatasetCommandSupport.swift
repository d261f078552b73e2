import ArgumentParser
import Foundation
import TuneBenchCore
import TuneBenchStore

/// Runs a dataset operation, turning its refusals (bad file, unknown dataset or example, nothing to undo) into
/// one-line input errors (exit 2).
func datasetOperation<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as DatasetStoreError {
        if case .nothingImported = error { throw error }
        throw CLIError.inputError(error.description)
    } catch let error as DatasetFileError {
        throw CLIError.inputError(error.description)
    } catch let error as AtomicFileWriterError {
        throw CLIError.inputError(error.description)
    } catch let error as EditStoreError {
        throw CLIError.inputError(error.description)
    }
}

/// The project's token counter (`--rank-dir` searched first), with a warning on standard error when figures
/// will be estimates.
func importTokenCounter(_ store: ProjectStore, rankDirectory: String?) throws -> any TokenCounter {
    let resolved = try store.tokenCounter(rankDirectory: rankDirectory)
    if let reason = resolved.fallbackReason { Diagnostics.warning("token counts are estimates: \(reason)") }
    return resolved.counter
}

/// Validation options shared by `import` and `validate`; unset flags fall back to the project's settings.
struct ValidationOptions: ParsableArguments {
    @Option(name: .customLong("token-limit"), help: "Tokens per example above which over_token_limit is reported (default 16385; gpt-4o-mini trains on up to 65536).")
    var tokenLimit: Int?

    @Option(name: .customLong("json-output"), help: "Whether assistant replies must be valid JSON (true/false; default: the project's setting).")
    var jsonOutput: Bool?

    @Option(name: .customLong("near-threshold"), help: "Estimated word-3-gram Jaccard similarity from which examples are near duplicates (default 0.8).")
    var nearThreshold: Double?

    func settings(_ store: ProjectStore) throws -> ValidationSettings {
        var settings = try store.validationSettings()
        if let tokenLimit { settings.tokenLimit = tokenLimit }
        if let jsonOutput { settings.requireJSONOutput = jsonOutput }
        if let nearThreshold {
            guard (0...1).contains(nearThreshold) else { throw CLIError.inputError("--near-threshold must be between 0 and 1") }
            settings.nearDuplicateThreshold = nearThreshold
        }
        return settings
    }
}

extension ReviewStatus: ExpressibleByArgument {}

/// Strips control characters so untrusted text never reaches the terminal as escape sequences.
enum TerminalSafe {
    static func text(_ value: String) -> String { TerminalSafeText.clean(value) }
}
