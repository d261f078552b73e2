import Foundation

/// The plain-text answer of `tunebench cost`: scenarios with ranges, the break-even point, the cheapest path
/// and its most sensitive assumption, the training-token basis, then every assumption by section.
public enum CostTextReport {
    public static func render(estimate: CostEstimate, assumptions: CostAssumptions, prices: PriceTable) -> String {
        var lines: [String] = []
        lines.append("Cost of each path (USD; low-high: every assumption at its cheaper / dearer end)")
        lines.append(row(["path", "one-time", "monthly", "12 months", "12-month range", "24 months"]))
        for s in estimate.scenarios {
            lines.append(row([
                s.expected.scenario.rawValue, Money.format(s.expected.oneTime), Money.format(s.expected.monthly),
                Money.format(s.total12), "\(Money.format(s.total12Low))-\(Money.format(s.total12High))",
                Money.format(s.total24),
            ]))
        }
        lines.append("")
        for s in estimate.scenarios {
            let items = s.expected.oneTimeItems + s.expected.fixedMonthlyItems.map { CostLine("\($0.item)/month", $0.amount) }
            let parts = items.map { "\($0.item) \(Money.format($0.amount))" }
                + ["inference \(Money.formatPrecise(s.expected.costPerCall))/call"]
            lines.append("  \(s.expected.scenario.rawValue) (\(s.expected.scenario.title)): " + parts.joined(separator: ", "))
        }
        lines.append("")
        lines.append(breakEvenSentence(estimate))
        lines.append(estimate.summary)
        lines.append(trainingBasis(assumptions))
        lines.append(TerminalSafeText.clean(DatasetBuildingBasis(assumptions: assumptions).sentence))
        lines.append("")
        lines.append("Assumptions (set for one run with --set NAME=VALUE or NAME=LOW:VALUE:HIGH; store with `tunebench assume`)")
        for section in CostSection.allCases {
            let names = CostAssumptionName.allCases.filter { $0.spec.section == section }
            guard !names.isEmpty else { continue }
            lines.append("  \(section.rawValue)")
            for name in names {
                lines.append("    " + assumptionLine(name, assumptions, prices))
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func row(_ cells: [String]) -> String {
        let widths = [24, 11, 10, 11, 20, 11]
        return cells.enumerated().map { i, cell in
            i == 0 ? cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
                : String(repeating: " ", count: max(0, widths[i] - cell.count)) + cell
        }.joined(separator: " ")
    }

    private static func breakEvenSentence(_ e: CostEstimate) -> String {
        let name = e.candidate.rawValue
        var text: String
        switch e.breakEvenMonth {
        case .none: text = "Break-even: \(name) never catches up with current at this volume"
        case .some(0): text = "Break-even: \(name) costs no more than current from the start"
        case .some(let month): text = "Break-even: \(name) has paid for itself against current after month \(month)"
        }
        if let v = e.breakEvenVolume {
            let calls = Money.grouped(Int(v.callsPerMonth.rounded()))
            text += "; over 12 months it is cheaper \(v.candidateCheaperAbove ? "above" : "below") \(calls) calls/month"
        }
        return text + "."
    }

    private static func trainingBasis(_ a: CostAssumptions) -> String {
        let perRun = a[.examplesToCurate] * a[.tokensPerExample] * a[.epochs]
        let origin = a.provenance(.tokensPerExample)
        let basis = [.dataset, .measured].contains(origin.origin) ? origin.detail : "assumed; import a dataset to count them"
        let price = a.provenance(.trainingPricePer1M)
        let priceNote = price.origin == .builtIn
            ? "default, no reliable public source: enter your provider's price with `tunebench assume PATH training_price_per_1m=X`"
            : provenanceText(price)
        return "Training tokens per run: \(number(a[.examplesToCurate])) examples × \(number(a[.tokensPerExample])) \(TokenFigureMark.tokens(estimated: origin.isTokenEstimate)) × "
            + "\(number(a[.epochs])) epochs = \(number(perRun)) (\(basis)); training price $\(number(a[.trainingPricePer1M]))"
            + "/1M training tokens (\(priceNote))."
    }

    private static func assumptionLine(_ name: CostAssumptionName, _ a: CostAssumptions, _ prices: PriceTable) -> String {
        let spec = name.spec
        let origin = provenanceText(a.provenance(name))
        switch a.value(name) {
        case .model(let model):
            let price = prices[model].map {
                "$\($0.inputPer1M.map(number) ?? "?") in / $\($0.outputPer1M.map(number) ?? "?") out per 1M, \($0.asOf)"
            } ?? "no price"
            return TerminalSafeText.clean("\(spec.name) = \(model) (\(price)) [\(origin)]")
        case .number(let r):
            let range = r.hasSpread ? " (\(number(r.low))-\(number(r.high)))" : ""
            return "\(spec.name) = \(number(r.expected))\(range) \(spec.unit) [\(origin)]"
        }
    }

    /// "default: <why>", "user-entered 2026-11-25", "from the dataset (exact, o200k_base)", "--set, this computation only".
    private static func provenanceText(_ p: AssumptionProvenance) -> String {
        switch p.origin {
        case .builtIn: "default: \(p.detail)"
        case .dataset, .stored, .measured: p.detail
        case .override: "\(p.detail), \(p.origin.rawValue)"
        }
    }

    /// 1000000 → "1,000,000", 0.075 → "0.075", 264.3 → "264.3".
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return Money.grouped(Int(value)) }
        return String(format: "%g", value)
    }
}
