/// How many hours of review are left to reach the accepted-example target.
public struct ReviewProjection: Sendable, Equatable {
    /// Where the hours per accepted example come from.
    public enum Basis: Sendable, Equatable {
        /// The engineer's measured pace (``ReviewPace/measuredLabel``).
        case measured(String)
        /// The cost assumption `minutes_per_example`: the pace is not measured yet.
        case assumed
    }

    public var target: ReviewTarget?
    public var accepted: Int
    /// Accepted examples still missing; nil without a target.
    public var remaining: Int? { target.map { max(0, $0.needed - accepted) } }
    /// Minutes of review per accepted example used for the projection.
    public var minutesPerAccepted: CostRange?
    public var basis: Basis
    /// Hours left (low, expected, high); nil without a target or when nothing was accepted yet at a measured pace.
    public var hours: CostRange? {
        guard let remaining, let minutes = minutesPerAccepted else { return nil }
        let scale = Double(remaining) / 60
        return CostRange(low: minutes.low * scale, expected: minutes.expected * scale, high: minutes.high * scale)
    }

    /// Projects from `pace` once it is measured, from `assumedMinutesPerExample` before.
    public init(pace: ReviewPace, target: ReviewTarget?, accepted: Int, assumedMinutesPerExample: CostRange) {
        self.target = target
        self.accepted = accepted
        if pace.isMeasured {
            basis = .measured(pace.measuredLabel)
            minutesPerAccepted = pace.minutesPerAcceptedExample
        } else {
            basis = .assumed
            minutesPerAccepted = assumedMinutesPerExample
        }
    }
}
