import Foundation
import GRDB
import TuneBenchCore

/// One example as `tunebench examples --json` lists it.
public struct ExampleListing: Sendable, Equatable, Codable {
    public var id: String
    public var dataset: String
    public var line: Int
    public var status: ReviewStatus
    public var tokens: Int
    /// True when `tokens` is an estimate (the dataset was counted without rank files).
    public var tokensEstimate: Bool
    /// Error categories found by the last validation.
    public var errors: [String]
    /// Warning categories found by the last validation.
    public var warnings: [String]

    enum CodingKeys: String, CodingKey {
        case id, dataset, line, status, tokens, errors, warnings
        case tokensEstimate = "tokens_estimate"
    }
}

/// Token figures of a dataset: distributions and what training would be billed.
public struct TokenStatistics: Sendable, Equatable, Codable {
    public var examples: Int
    /// The counter's name; figures are estimates unless `exact`.
    public var tokenCounter: String
    public var exact: Bool
    public var totalTokens: Distribution?
    public var assistantTokens: Distribution?
    public var messagesPerExample: Distribution?
    /// The per-example cap used for billing.
    public var maxTokensPerExample: Int
    public var training: TrainingTokenBill
}

extension ProjectStore {
    /// Examples in file order, optionally of one dataset and one status, a page at a time.
    public func examples(dataset name: String? = nil, status: ReviewStatus? = nil, limit: Int = .max,
                         offset: Int = 0) throws -> [ExampleListing] {
        try pool.read { db in
            let datasets = try Self.resolveDatasets(db, name: name, allowAll: true)
            let byID = Dictionary(uniqueKeysWithValues: datasets.map { ($0.id, $0) })
            var sql = "SELECT key, dataset_id, line, status, total_tokens, checks FROM example WHERE +dataset_id IN (\(datasets.map { String($0.id) }.joined(separator: ",")))"
            var arguments: StatementArguments = []
            if let status {
                sql += " AND status = ?"
                _ = arguments.append(contentsOf: [Self.statusCodes.firstIndex(of: status)!])
            }
            sql += " ORDER BY id LIMIT ? OFFSET ?"
            _ = arguments.append(contentsOf: [min(limit, Int(Int64.max)), offset])
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { Self.exampleListing($0, datasets: byID) }
        }
    }

    /// A listing from a row with `key, dataset_id, line, status, total_tokens, checks`.
    static func exampleListing(_ row: Row, datasets: [Int64: DatasetRow]) -> ExampleListing {
        let checks = CheckCounts(encoded: row["checks"])
        let dataset = datasets[row["dataset_id"]]
        return ExampleListing(
            id: ExampleKey.string(row["key"]), dataset: dataset?.name ?? "", line: row["line"],
            status: statusCodes[row["status"] as Int], tokens: row["total_tokens"],
            tokensEstimate: dataset.map { !$0.tokensExact } ?? false,
            errors: checks.categories.filter(\.isError).map(\.rawValue),
            warnings: checks.categories.filter { !$0.isError }.map(\.rawValue))
    }

    /// The original record of an example, byte for byte.
    public func originalRecord(of exampleID: String, dataset: String? = nil) throws -> String {
        try pool.read { db in
            let rowID = try Self.exampleRowID(db, key: exampleID, dataset: dataset)
            return try String.fetchOne(db, sql: "SELECT original FROM example_text WHERE id = ?", arguments: [rowID])!
        }
    }

    /// Token distributions and the training estimate, over one dataset or all of them.
    public func tokenStatistics(dataset name: String?, maxTokensPerExample: Int) throws -> TokenStatistics {
        try pool.read { db in
            let datasets = try Self.resolveDatasets(db, name: name, allowAll: true)
            var totals: [Int] = [], assistants: [Int] = [], messages: [Int] = []
            for dataset in datasets {
                let cursor = try Row.fetchCursor(
                    db, sql: "SELECT total_tokens, assistant_tokens, message_count FROM example WHERE +dataset_id = ?",
                    arguments: [dataset.id])
                while let row = try cursor.next() {
                    totals.append(row[0])
                    assistants.append(row[1])
                    messages.append(row[2])
                }
            }
            let rule = TrainingTokenRule(maxTokensPerExample: maxTokensPerExample)
            return TokenStatistics(
                examples: totals.count,
                tokenCounter: Set(datasets.map(\.tokenCounter)).sorted().joined(separator: ", "),
                exact: datasets.allSatisfy(\.tokensExact),
                totalTokens: Distribution(totals), assistantTokens: Distribution(assistants),
                messagesPerExample: Distribution(messages), maxTokensPerExample: maxTokensPerExample,
                training: rule.estimate(totals))
        }
    }
}
