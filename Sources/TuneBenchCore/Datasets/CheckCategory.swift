/// Every finding of dataset validation, by its exact output name.
///
/// The first seven are the error categories of OpenAI's chat data-prep check under their own names (formats.md
/// §2), fixed for tool-calling data. The rest are tunebench's.
public enum CheckCategory: String, CaseIterable, Sendable, Codable, Comparable {
    case dataType = "data_type"
    case missingMessagesList = "missing_messages_list"
    case messageMissingKey = "message_missing_key"
    case messageUnrecognizedKey = "message_unrecognized_key"
    case unrecognizedRole = "unrecognized_role"
    case missingContent = "missing_content"
    case exampleMissingAssistantMessage = "example_missing_assistant_message"
    case invalidWeight = "invalid_weight"
    case emptyAssistantContent = "empty_assistant_content"
    case overTokenLimit = "over_token_limit"
    case invalidJSONOutput = "invalid_json_output"
    case missingSystemMessage = "missing_system_message"
    case missingUserMessage = "missing_user_message"
    case turnOrder = "turn_order"
    case exactDuplicate = "exact_duplicate"
    case nearDuplicate = "near_duplicate"

    /// Errors make `validate` exit 1; warnings are reported only.
    public var isError: Bool {
        switch self {
        case .missingSystemMessage, .missingUserMessage, .turnOrder, .exactDuplicate, .nearDuplicate: false
        default: true
        }
    }

    public static let errors = allCases.filter(\.isError)
    public static let warnings = allCases.filter { !$0.isError }

    public static func < (a: CheckCategory, b: CheckCategory) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// How many times each category was found in one example (the reference counts per message).
public struct CheckCounts: Sendable, Equatable {
    public private(set) var counts: [CheckCategory: Int] = [:]

    public init() {}

    public mutating func add(_ category: CheckCategory, _ count: Int = 1) {
        guard count > 0 else { return }
        counts[category, default: 0] += count
    }

    /// Drops a category.
    public mutating func remove(_ category: CheckCategory) { counts[category] = nil }

    public var isEmpty: Bool { counts.isEmpty }
    public var categories: [CheckCategory] { counts.keys.sorted() }
    public subscript(category: CheckCategory) -> Int { counts[category] ?? 0 }

    /// Compact text for storage: `message_missing_key:1,missing_content:2`.
    public var encoded: String? {
        isEmpty ? nil : categories.map { "\($0.rawValue):\(counts[$0]!)" }.joined(separator: ",")
    }

    /// Reads the `encoded` form (unknown names are skipped).
    public init(encoded: String?) {
        for part in (encoded ?? "").split(separator: ",") {
            let pieces = part.split(separator: ":")
            if pieces.count == 2, let category = CheckCategory(rawValue: String(pieces[0])), let n = Int(pieces[1]) {
                add(category, n)
            }
        }
    }

    /// Without the set-wide categories (duplicates), which validation recomputes over the whole dataset.
    public var withoutDuplicates: CheckCounts {
        var copy = self
        copy.counts[.exactDuplicate] = nil
        copy.counts[.nearDuplicate] = nil
        return copy
    }
}
