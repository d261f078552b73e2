/// The 80% rule as numbers: of the gap from baseline to target, how much each rung of the ladder closed, and
/// what is left for the model itself.
///
/// Each rung's share is its improvement over the best result of the cheaper rungs before it (never negative), so
/// the shares and the remainder add up to the whole gap. The fine-tune rung is reported apart: it is what the
/// decision is about, not part of the attribution.
public struct GapAttribution: Equatable, Sendable, Codable {
    /// One rung's contribution.
    public struct Step: Equatable, Sendable, Codable {
        public var rung: Rung
        public var run: String
        public var passRate: Double
        /// Pass rate this rung added over the cheaper rungs' best (0...1 scale).
        public var closed: Double
        /// `closed` as a share of the whole gap (0...1).
        public var share: Double
    }

    public var baseline: Double
    public var baselineRun: String
    public var target: Double
    public var steps: [Step]
    /// The best pass rate reached without fine-tuning.
    public var bestNonTuned: Double
    public var bestNonTunedRun: String
    /// Target minus the best non-tuned pass rate, floored at 0.
    public var remaining: Double
    /// `remaining` as a share of the gap.
    public var remainingShare: Double
    /// The best fine-tuned pass rate, when a fine-tune was evaluated.
    public var fineTuned: Double?

    /// The gap from baseline to target (0 when the baseline already meets it).
    public var gap: Double { max(0, target - baseline) }

    /// Computes the attribution, or nil without a baseline run.
    public static func compute(evidence: DecisionEvidence, target: Double) -> GapAttribution? {
        guard let base = evidence.bestRun(of: .baseline) else { return nil }
        let gap = max(0, target - base.passRate)
        var best = base.passRate
        var bestRun = base.name
        var steps: [Step] = []
        for rung in Rung.ladder {
            guard let run = evidence.bestRun(of: rung) else { continue }
            let closed = max(0, min(run.passRate, target) - min(best, target))
            steps.append(Step(rung: rung, run: run.name, passRate: run.passRate, closed: closed,
                              share: gap > 0 ? closed / gap : 0))
            if run.passRate > best { best = run.passRate; bestRun = run.name }
        }
        let remaining = max(0, target - best)
        return GapAttribution(
            baseline: base.passRate, baselineRun: base.name, target: target, steps: steps,
            bestNonTuned: best, bestNonTunedRun: bestRun, remaining: remaining,
            remainingShare: gap > 0 ? remaining / gap : 0,
            fineTuned: evidence.bestRun(of: .finetune)?.passRate)
    }
}
