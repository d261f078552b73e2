import TuneBenchCore

/// The JSON shape of `decide --json`. `recommendation`, `reasons`, `path` and `gap` are a contract.
struct DecisionReport: Encodable {
    struct Step: Encodable {
        let node: String
        let answer: String
        let source: String
        @NullEncoded var evidence: String?
    }

    struct Gap: Encodable {
        let baseline: Double
        let baselineRun: String
        let target: Double
        /// Share of the gap each tried rung closed, keyed by rung.
        let shares: [String: Double]
        /// Pass-rate points each rung closed, keyed by rung.
        let closed: [String: Double]
        let remaining: Double
        let remainingShare: Double
        let bestNonTuned: Double
        let bestNonTunedRun: String
        @NullEncoded var fineTuned: Double?

        enum CodingKeys: String, CodingKey {
            case baseline, target, shares, closed, remaining
            case baselineRun = "baseline_run"
            case remainingShare = "remaining_share"
            case bestNonTuned = "best_non_tuned"
            case bestNonTunedRun = "best_non_tuned_run"
            case fineTuned = "fine_tuned"
        }
    }

    @NullEncoded var recommendation: String?
    let reasons: [String]
    let path: [String]
    @NullEncoded var gap: Gap?
    let steps: [Step]
    let whatWouldChange: [String]
    @NullEncoded var pendingQuestion: String?
    /// The command that starts the recommendation's work (`tunebench tune plan …` for a fine-tune), or null.
    @NullEncoded var nextStep: String?

    enum CodingKeys: String, CodingKey {
        case recommendation, reasons, path, gap, steps
        case whatWouldChange = "what_would_change"
        case pendingQuestion = "pending_question"
        case nextStep = "next_step"
    }

    init(_ outcome: DecisionOutcome) {
        recommendation = outcome.recommendation?.rawValue
        reasons = outcome.reasons
        path = outcome.nodeIDs
        steps = outcome.path.map { Step(node: $0.node, answer: $0.answer, source: $0.source.rawValue, evidence: $0.evidence) }
        whatWouldChange = outcome.whatWouldChange
        pendingQuestion = outcome.pendingNode.flatMap { DecisionTree.standard.node($0)?.question }
        nextStep = outcome.recommendation?.nextStep?.shell
        gap = outcome.gap.map { gap in
            Gap(baseline: gap.baseline, baselineRun: gap.baselineRun, target: gap.target,
                shares: Dictionary(uniqueKeysWithValues: gap.steps.map { ($0.rung.rawValue, $0.share) }),
                closed: Dictionary(uniqueKeysWithValues: gap.steps.map { ($0.rung.rawValue, $0.closed) }),
                remaining: gap.remaining, remainingShare: gap.remainingShare,
                bestNonTuned: gap.bestNonTuned, bestNonTunedRun: gap.bestNonTunedRun, fineTuned: gap.fineTuned)
        }
    }
}
