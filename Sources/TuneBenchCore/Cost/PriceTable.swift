import Foundation

/// Model prices by model name.
///
/// The project's table starts from `DefaultPrices` and takes imported and user-entered prices on top
/// (later entries replace earlier ones of the same model).
public struct PriceTable: Equatable, Sendable {
    private var byModel: [String: ModelPrice]

    public init(_ prices: [ModelPrice] = []) {
        byModel = [:]
        for price in prices { byModel[price.model] = price }
    }

    /// The price of `model`, or nil when the table has none.
    public subscript(model: String) -> ModelPrice? { byModel[model] }

    /// Adds or replaces the price of `price.model`.
    public mutating func upsert(_ price: ModelPrice) { byModel[price.model] = price }

    /// Every price, sorted by model name.
    public var all: [ModelPrice] { byModel.values.sorted { $0.model < $1.model } }

    public var count: Int { byModel.count }

    /// The prices whose model name matches a shell-style glob (`gpt-4.1*`, `*haiku*`, `ft:?pt-*`), sorted by name.
    public func matching(glob: String) -> [ModelPrice] {
        let pattern = Glob(glob)
        return all.filter { pattern.matches($0.model) }
    }
}

/// A shell-style pattern: `*` any run of characters, `?` one character, everything else literal.
public struct Glob: Sendable {
    private let pattern: [Character]

    public init(_ pattern: String) { self.pattern = Array(pattern) }

    /// True when the whole of `text` matches.
    public func matches(_ text: String) -> Bool {
        let text = Array(text)
        var p = 0, t = 0, star = -1, mark = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == "?" || pattern[p] == text[t] {
                p += 1; t += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = p; mark = t; p += 1
            } else if star >= 0 {
                p = star + 1; mark += 1; t = mark
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
