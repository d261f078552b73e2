/// The output of `tunebench prices list`: `{"prices": [{"model", "provider", "input_per_1m", "output_per_1m",
/// "cache_read_per_1m", "source", "as_of"}]}` (a missing price is null), or a text table.
public struct PriceListing: Encodable, Equatable, Sendable {
    public struct Entry: Encodable, Equatable, Sendable {
        public var price: ModelPrice

        public init(price: ModelPrice) { self.price = price }

        enum Keys: String, CodingKey {
            case model, provider, source
            case inputPer1M = "input_per_1m", outputPer1M = "output_per_1m", cacheReadPer1M = "cache_read_per_1m"
            case asOf = "as_of"
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(price.model, forKey: .model)
            try c.encode(price.provider, forKey: .provider)
            try c.encode(price.inputPer1M, forKey: .inputPer1M)
            try c.encode(price.outputPer1M, forKey: .outputPer1M)
            try c.encode(price.cacheReadPer1M, forKey: .cacheReadPer1M)
            try c.encode(price.source, forKey: .source)
            try c.encode(price.asOf, forKey: .asOf)
        }
    }

    public var prices: [Entry]

    /// The prices of `table` whose model matches `glob` (all when nil), sorted by model.
    public init(table: PriceTable, glob: String?) {
        prices = (glob.map { table.matching(glob: $0) } ?? table.all).map(Entry.init)
    }

    /// One line per model: name, USD per 1M in / out / cache read, date, source. Training prices are not here:
    /// no reliable public source exists, so they are the user-entered assumption `training_price_per_1m`.
    public var text: String {
        let width = min(48, prices.map(\.price.model.count).max() ?? 5)
        var lines = ["model".padding(toLength: width, withPad: " ", startingAt: 0)
            + "    in/1M   out/1M  cache/1M  as of       source"]
        for entry in prices {
            let p = entry.price
            func cell(_ value: Double?) -> String {
                let text = value.map { CostTextReport.number($0) } ?? "-"
                return String(repeating: " ", count: max(0, 9 - text.count)) + text
            }
            let name = p.model.count > width ? String(p.model.prefix(width - 1)) + "…" : p.model
            lines.append(TerminalSafeText.clean(name.padding(toLength: width, withPad: " ", startingAt: 0)
                + cell(p.inputPer1M) + cell(p.outputPer1M) + " " + cell(p.cacheReadPer1M) + "  \(p.asOf)  \(p.source)"))
        }
        lines.append("\(prices.count) model\(prices.count == 1 ? "" : "s"), USD per 1M tokens. Training prices are not listed: "
            + "no reliable public source; enter yours with `tunebench assume PATH training_price_per_1m=X` (dated when stored).")
        return lines.joined(separator: "\n")
    }
}
