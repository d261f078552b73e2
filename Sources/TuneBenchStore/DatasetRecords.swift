import Foundation
import TuneBenchCore

/// A dataset as `info`, `validate` and the browser list it.
public struct DatasetSummary: Sendable, Equatable, Codable {
    public var name: String
    public var format: DatasetFormat
    public var examples: Int
    public var problems: Int
    public var tokenCounter: String
    public var tokensExact: Bool
    /// True when an edit since the last validation may have changed near-duplicate findings (`validate` clears it).
    public var nearDuplicatesStale: Bool
}

/// One recorded import: which file went into which dataset, and what came of it.
public struct DatasetImportRecord: Sendable, Equatable, Codable {
    public var dataset: String
    public var fileName: String
    public var fileSize: Int
    public var sha256: String
    public var format: DatasetFormat
    public var startedAt: Date
    public var finishedAt: Date
    public var imported: Int
    public var problems: Int
}

/// What `tunebench import` reports.
public struct DatasetImportReport: Sendable, Equatable, Codable {
    public var dataset: String
    public var format: DatasetFormat
    public var imported: Int
    public var problems: [ImportProblem]
    /// Examples with at least one validation error / warning, found while importing.
    public var examplesWithErrors: Int
    public var examplesWithWarnings: Int
    public var fileName: String
    public var fileSize: Int
    public var sha256: String
}

/// How to import a file.
public struct DatasetImportOptions: Sendable {
    /// Nil: detect from the file.
    public var format: DatasetFormat?
    /// Nil: the file name without its extension.
    public var datasetName: String?
    public var columnMapping: CSVColumnMapping?
    /// Counts tokens for the length check and statistics (an estimator until the exact counter is chosen).
    public var counter: any TokenCounter
    public var formula: ChatTokenFormula
    public var validation: ValidationSettings
    /// The most bytes one record may take (`--max-record-bytes`); a longer one is a problem of its line.
    public var recordLimit: RecordLimit
    public var now: Date

    public init(counter: any TokenCounter, format: DatasetFormat? = nil, datasetName: String? = nil,
                columnMapping: CSVColumnMapping? = nil, formula: ChatTokenFormula = ChatTokenFormula(),
                validation: ValidationSettings = ValidationSettings(), recordLimit: RecordLimit = .default,
                now: Date = Date()) {
        self.counter = counter
        self.recordLimit = recordLimit
        self.format = format
        self.datasetName = datasetName
        self.columnMapping = columnMapping
        self.formula = formula
        self.validation = validation
        self.now = now
    }
}

/// The knobs of validation; stored in the project's settings, overridable per command.
public struct ValidationSettings: Sendable, Equatable {
    public var tokenLimit: Int
    public var requireJSONOutput: Bool
    public var nearDuplicateThreshold: Double

    public init(tokenLimit: Int = 16_385, requireJSONOutput: Bool = false, nearDuplicateThreshold: Double = 0.8) {
        self.tokenLimit = tokenLimit
        self.requireJSONOutput = requireJSONOutput
        self.nearDuplicateThreshold = nearDuplicateThreshold
    }

    /// Settings keys in the project's `setting` table.
    public enum Key {
        public static let tokenLimit = "datasets.token_limit"
        public static let requireJSONOutput = "datasets.json_output"
        public static let nearDuplicateThreshold = "datasets.near_duplicate_threshold"
    }

    var checker: ExampleChecker { ExampleChecker(tokenLimit: tokenLimit, requireJSONOutput: requireJSONOutput) }
}

/// A dataset operation that cannot go ahead.
public enum DatasetStoreError: Error, Equatable, CustomStringConvertible {
    case datasetExists(String)
    /// A dataset name that is empty, too long or holds control characters, with the reason.
    case badDatasetName(String, String)
    case noSuchDataset(String)
    case noDatasets
    case ambiguousDataset([String])
    case nothingImported(DatasetImportReport)
    case noSuchExample(String)
    case ambiguousExample(String, [String])
    case changedElsewhere(String)

    public var description: String {
        switch self {
        case .datasetExists(let name): "a dataset named '\(name)' exists already; choose another with --dataset"
        case .noSuchDataset(let name): "no dataset named '\(name)'"
        case .noDatasets: "the project has no datasets; import one with `tunebench import`"
        case .ambiguousDataset(let names): "the project has several datasets (\(names.joined(separator: ", "))); choose one with --dataset"
        case .badDatasetName(let name, let why): "bad dataset name '\(DatasetName.shown(name))': \(why)"
        case .nothingImported(let report): "nothing could be imported from \(report.fileName) (\(counted(report.problems.count, "problem")))"
        case .noSuchExample(let id): "no example with id '\(id)'"
        case .ambiguousExample(let id, let datasets): "example '\(id)' is in several datasets (\(datasets.joined(separator: ", "))); choose one with --dataset"
        case .changedElsewhere(let id): "example \(id) was changed elsewhere since this edit; reload before undoing"
        }
    }
}

/// The public form of an example id: 16 hex digits of a hash of the record's exact bytes.
public enum ExampleKey {
    public static func string(_ key: Int64) -> String { StableHash.hex(UInt64(bitPattern: key)) }
    public static func value(_ text: String) -> Int64? { UInt64(text, radix: 16).map { Int64(bitPattern: $0) } }
}
