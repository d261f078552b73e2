/// Where the dataset-building hours of the cost model come from: the engineer's measured review pace, the
/// `minutes_per_example` assumption (the pace is not measured yet), or a value the user set, which wins.
public struct DatasetBuildingBasis: Sendable, Equatable {
    public enum Source: String, Sendable {
        case measured, assumed
        /// Stored with `assume` / the Cost pane, or `--set`: it wins over a measured pace.
        case set
    }

    public var source: Source
    /// "measured from 412 decisions over 2.1 hours", "default: ...", "user-entered 2026-12-06".
    public var detail: String
    /// Hours of curation for `examples_to_curate` (low, expected, high).
    public var hours: CostRange

    public init(assumptions: CostAssumptions) {
        let provenance = assumptions.provenance(.minutesPerExample)
        switch provenance.origin {
        case .measured: source = .measured
        case .stored, .override: source = .set
        case .builtIn, .dataset: source = .assumed
        }
        detail = provenance.detail
        let minutes = assumptions.range(.minutesPerExample), examples = assumptions.range(.examplesToCurate)
        hours = CostRange(low: minutes.low * examples.low / 60, expected: minutes.expected * examples.expected / 60,
                          high: minutes.high * examples.high / 60)
    }

    /// "Dataset building: 50 hours (30-80), measured from 412 decisions over 2.1 hours".
    public var sentence: String {
        let range = hours.hasSpread ? " (\(CostTextReport.number(hours.low))-\(CostTextReport.number(hours.high)))" : ""
        let why: String = switch source {
        case .measured: detail
        case .assumed: "assumed (\(detail)); the review pace is not measured yet"
        case .set: "set by you (\(detail)), which wins over any measured pace"
        }
        return "Dataset building: \(CostTextReport.number(hours.expected)) hours\(range), \(why)"
    }
}
