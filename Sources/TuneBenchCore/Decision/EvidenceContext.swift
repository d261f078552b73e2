import Foundation

/// Answers the evidence questions of the tree from the project's numbers, each with a citation.
struct EvidenceContext: Sendable {
    let evidence: DecisionEvidence
    let target: Double?
    let gap: GapAttribution?
    let problem: ProblemKind?

    /// An answer computed from evidence and the numbers it rests on.
    struct Answer: Equatable {
        let answer: String
        let citation: String
    }

    func answer(_ rule: DecisionNode.EvidenceRule) -> Answer? {
        switch rule {
        case .evalsExist:
            let usable = evidence.usableRuns
            if usable.isEmpty {
                let small = evidence.runs.count
                let detail = small == 0 ? "no eval runs in the project"
                    : "\(small) eval run\(small == 1 ? "" : "s"), none with \(evidence.minimumCases)+ cases"
                return Answer(answer: "no", citation: detail)
            }
            let cases = usable.map(\.cases)
            let sizes = Set(cases).count == 1 ? "\(cases[0]) cases each" : "\(cases.min()!)–\(cases.max()!) cases"
            return Answer(answer: "yes", citation: "\(usable.count) eval run\(usable.count == 1 ? "" : "s") with \(evidence.minimumCases)+ cases (\(sizes))")
        case let .rungTried(rung):
            if let run = evidence.bestRun(of: rung) {
                return Answer(answer: "yes", citation: "\(run.name): \(DecisionFormat.percent(run.passRate)) of \(run.cases) cases")
            }
            return Answer(answer: "no", citation: "no \(rung.rawValue) eval run with \(evidence.minimumCases)+ cases")
        case .gapModelShaped:
            guard let target, let gap else { return nil }
            let best = evidence.usableRuns.first { $0.name == gap.bestNonTunedRun }
            let interval = best.map { " \(DecisionFormat.interval($0.ciLow, $0.ciHigh))" } ?? ""
            let belowTarget = (best?.ciHigh ?? gap.bestNonTuned) < target
            let text = "best non-tuned \(gap.bestNonTunedRun) \(DecisionFormat.percent(gap.bestNonTuned))\(interval) vs target \(DecisionFormat.percent(target))"
            if gap.remaining > 0 && belowTarget {
                return Answer(answer: "yes", citation: "\(text): \(DecisionFormat.points(gap.remaining)) left after the ladder (\(DecisionFormat.percent(gap.remainingShare)) of the gap)")
            }
            return Answer(answer: "no", citation: "\(text): not distinguishably below the target")
        case .enoughExamples:
            guard let accepted = evidence.acceptedExamples, let problem else { return nil }
            let needed = problem.exampleThreshold
            return Answer(answer: accepted >= needed ? "yes" : "no",
                          citation: "\(accepted) accepted \(accepted >= needed ? "≥" : "<") \(needed) needed for a \(problem.rawValue) tune")
        }
    }
}

/// How the decision's figures are written, wherever they are shown (reasons, the CLI, the Decision pane).
public enum DecisionFormat {
    /// 0.71 → "71%".
    public static func percent(_ rate: Double) -> String { "\(Int((rate * 100).rounded()))%" }
    /// 0.13 → "13 pts", 0.01 → "1 pt".
    public static func points(_ rate: Double) -> String {
        let points = Int((rate * 100).rounded())
        return "\(points) pt\(points == 1 ? "" : "s")"
    }
    /// [0.81, 0.90] → "[81–90]".
    public static func interval(_ low: Double, _ high: Double) -> String {
        "[\(Int((low * 100).rounded()))–\(Int((high * 100).rounded()))]"
    }
    /// 66240 → "$66,240".
    public static func money(_ value: Double) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.maximumFractionDigits = 0
        return "$" + (formatter.string(from: NSNumber(value: value.rounded())) ?? "\(Int(value))")
    }
}
