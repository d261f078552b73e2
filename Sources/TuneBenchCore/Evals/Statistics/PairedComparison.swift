import Foundation

/// The paired comparison of run B against run A on the cases they share (review-anchors.md, "Statistics").
public struct PairedComparison: Sendable, Equatable {
    /// What the comparison can honestly say about B relative to A.
    public enum Verdict: String, Codable, Sendable {
        case better
        case worse
        case noDetectableDifference = "no detectable difference"
    }

    public var paired: Int
    public var bothPass: Int
    public var bothFail: Int
    /// Cases A passed and B failed.
    public var aOnly: Int
    /// Cases B passed and A failed.
    public var bOnly: Int
    /// Case keys only in A, and only in B, in run order: reported, never dropped silently.
    public var unpairedA: [String]
    public var unpairedB: [String]
    public var mcnemarP: Double
    /// Mean of score(B) − score(A) over the paired cases.
    public var scoreDiff: Double
    /// Paired bootstrap 95% interval of `scoreDiff`.
    public var diffInterval: Interval
    public var verdict: Verdict
    /// Paired cases needed to detect `scoreDiff` with a two-sided test at α 0.05 with 80% power; nil when there is
    /// no difference to detect.
    public var casesNeeded: Int?
    /// The paired keys where exactly one run passed, A-pass/B-fail first, in A's order.
    public var flipsAOnly: [String]
    public var flipsBOnly: [String]

    /// Significance level of the verdict.
    public static let alpha = 0.05

    /// One case's outcome as the comparison needs it.
    public struct Outcome: Sendable {
        public var key: String
        public var pass: Bool
        public var score: Double

        public init(key: String, pass: Bool, score: Double) {
            self.key = key
            self.pass = pass
            self.score = score
        }
    }

    /// Compares B with A.
    ///
    /// Verdict: `worse` when the bootstrap interval lies below zero or McNemar rejects at α with more A-only than
    /// B-only cases; `better` the mirror; `no detectable difference` when neither holds, or they disagree.
    public static func compare(
        _ a: [Outcome], _ b: [Outcome], resamples: Int = Bootstrap.defaultResamples, seed: UInt64 = Bootstrap.defaultSeed
    ) -> PairedComparison {
        var indexOfB: [String: Int] = [:]
        indexOfB.reserveCapacity(b.count)
        for (index, outcome) in b.enumerated() { indexOfB[outcome.key] = index }
        var pairedB = [Bool](repeating: false, count: b.count)
        var diffs: [Double] = []
        diffs.reserveCapacity(min(a.count, b.count))
        var bothPass = 0, bothFail = 0
        var flipsAOnly: [String] = [], flipsBOnly: [String] = [], unpairedA: [String] = []
        for outcome in a {
            guard let index = indexOfB[outcome.key] else { unpairedA.append(outcome.key); continue }
            pairedB[index] = true
            let other = b[index]
            diffs.append(other.score - outcome.score)
            switch (outcome.pass, other.pass) {
            case (true, true): bothPass += 1
            case (false, false): bothFail += 1
            case (true, false): flipsAOnly.append(outcome.key)
            case (false, true): flipsBOnly.append(outcome.key)
            }
        }
        let unpairedB = b.indices.filter { !pairedB[$0] }.map { b[$0].key }
        let p = McNemar.exactPValue(aOnly: flipsAOnly.count, bOnly: flipsBOnly.count)
        let meanDiff = diffs.isEmpty ? 0 : diffs.reduce(0, +) / Double(diffs.count)
        let interval = diffs.isEmpty
            ? Interval(low: 0, high: 0)
            : Bootstrap.meanInterval(diffs, resamples: resamples, seed: seed)
        let saysWorse = interval.high < 0 || (p < alpha && flipsAOnly.count > flipsBOnly.count)
        let saysBetter = interval.low > 0 || (p < alpha && flipsBOnly.count > flipsAOnly.count)
        let verdict: Verdict = saysWorse == saysBetter ? .noDetectableDifference : (saysWorse ? .worse : .better)
        return PairedComparison(
            paired: diffs.count, bothPass: bothPass, bothFail: bothFail, aOnly: flipsAOnly.count, bOnly: flipsBOnly.count,
            unpairedA: unpairedA, unpairedB: unpairedB, mcnemarP: p, scoreDiff: meanDiff, diffInterval: interval,
            verdict: verdict, casesNeeded: casesNeeded(diffs), flipsAOnly: flipsAOnly, flipsBOnly: flipsBOnly
        )
    }

    /// n = ⌈((z₀.₀₂₅ + z₀.₂) · sd / |mean|)²⌉ for the paired differences (normal approximation), at least 2.
    static func casesNeeded(_ diffs: [Double]) -> Int? {
        guard diffs.count >= 2 else { return nil }
        let n = Double(diffs.count)
        let mean = diffs.reduce(0, +) / n
        guard mean != 0 else { return nil }
        let variance = diffs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
        let zAlpha = 1.959964, zPower = 0.841621
        let needed = ((zAlpha + zPower) * variance.squareRoot() / abs(mean))
        return max(2, Int((needed * needed).rounded(.up)))
    }
}
