import Foundation

/// What a planned training run will cost, with the price it rests on, or why no figure can be given.
public struct TuneCost: Sendable, Equatable, Codable {
    /// US dollars, or nil when no dated price is known.
    public var usd: Double?
    /// How the figure is made (`412,000 charged tokens × $3/1M training tokens`).
    public var basis: String
    /// Where the price comes from (`user-entered`), when priced.
    public var source: String?
    /// The day the price was entered (`YYYY-MM-DD`), when priced.
    public var date: String?
    /// Why there is no figure, when `usd` is nil.
    public var reason: String?

    public init(usd: Double?, basis: String, source: String?, date: String?, reason: String?) {
        self.usd = usd
        self.basis = basis
        self.source = source
        self.date = date
        self.reason = reason
    }

    /// The cost of a run charged `chargedTokens` on `tool`, priced from the project's cost assumptions.
    ///
    /// Only prices the user entered (so dated) give a figure: the built-in training price has no reliable public
    /// source (formats.md §5) and the built-in GPU rate is an undated third-party range, so both give nil with
    /// the command that enters a price. API: charged tokens × training_price_per_1m / 1M. GPU: the cost model's
    /// GPU hours for these tokens (6 × parameters × tokens / throughput × LoRA factor + overhead) × gpu_hourly_rate.
    public static func estimate(tool: TuneTool, chargedTokens: Int, assumptions: CostAssumptions) -> TuneCost {
        let priceName: CostAssumptionName = tool.isSelfHosted ? .gpuHourlyRate : .trainingPricePer1M
        let provenance = assumptions.provenance(priceName)
        let price = assumptions[priceName]
        let tokens = Double(chargedTokens)
        let usd: Double
        let basis: String
        if tool.isSelfHosted {
            let flops = 6 * assumptions[.modelParamsBillion] * 1e9 * tokens
            let hours = flops / (assumptions[.gpuEffectiveTFLOPS] * 1e12) / 3600 * assumptions[.fineTuneComputeFactor]
                + assumptions[.gpuSetupHoursPerRun]
            usd = hours * price
            basis = "\(Money.grouped(chargedTokens)) trained tokens on a \(compact(assumptions[.modelParamsBillion]))B model ≈ "
                + "\(compact(hours)) GPU hours × $\(compact(price))/GPU hour"
        } else {
            usd = tokens * price / 1_000_000
            basis = "\(Money.grouped(chargedTokens)) charged tokens × $\(compact(price))/1M training tokens"
        }
        guard provenance.origin == .stored else {
            return TuneCost(usd: nil, basis: basis, source: nil, date: nil,
                            reason: "no dated \(priceName.spec.label): enter yours with `tunebench assume PATH \(priceName.rawValue)=X` "
                                + "(the built-in value is \(provenance.detail))")
        }
        let date = provenance.detail.split(separator: " ").last.map(String.init)
        return TuneCost(usd: usd, basis: basis, source: "user-entered \(priceName.rawValue)", date: date, reason: nil)
    }

    private static func compact(_ value: Double) -> String { String(format: "%.3g", value) }

    /// `$12.34`, or `unknown (REASON)`.
    public var text: String {
        if let usd { return "\(Money.formatPrecise(usd)) (\(basis); \(source ?? "") \(date ?? ""))" }
        return "unknown: \(reason ?? "no price")"
    }
}
