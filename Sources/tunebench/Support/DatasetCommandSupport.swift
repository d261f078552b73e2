import ArgumentParser
import Foundation
import TuneBenchApp
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
    } catch let error as FileWriteError {
        throw CLIError.inputError(error.description)
    } catch let error as EditStoreError {
        throw CLIError.inputError(error.description)
    } catch let error as JobInputError {
        throw CLIError.inputError(error.message)
    }
}

/// Validation options shared by `import` and `validate`; unset flags fall back to the project's settings.
/// Help texts from ``ValidationOverrides/options``, the description the TUI's `:import` and `:validate` share.
struct ValidationOptions: ParsableArguments {
    @Option(name: .customLong("token-limit"), help: ArgumentHelp(Self.help("token-limit")))
    var tokenLimit: Int?

    @Option(name: .customLong("json-output"), help: ArgumentHelp(Self.help("json-output")))
    var jsonOutput: Bool?

    @Option(name: .customLong("near-threshold"), help: ArgumentHelp(Self.help("near-threshold")))
    var nearThreshold: Double?

    var overrides: ValidationOverrides {
        ValidationOverrides(tokenLimit: tokenLimit, jsonOutput: jsonOutput, nearThreshold: nearThreshold)
    }

    func settings(_ store: ProjectStore) throws -> ValidationSettings {
        try datasetOperation { try overrides.settings(store) }
    }

    private static func help(_ name: String) -> String {
        ValidationOverrides.options.first { $0.name == name }?.help ?? ""
    }
}

extension ReviewStatus: ExpressibleByArgument {}

/// Strips control characters so untrusted text never reaches the terminal as escape sequences.
enum TerminalSafe {
    static func text(_ value: String) -> String { TerminalSafeText.clean(value) }
}
