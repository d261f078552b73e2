import TuneBenchCore

/// The plain-text form of a decision for the terminal: path, gap bars, recommendation, reasons.
enum DecisionText {
    static func render(_ outcome: DecisionOutcome) -> String {
        var lines: [String] = ["path"]
        for step in outcome.path {
            let source = step.source == .evidence && step.evidence != nil ? "evidence" : step.source.rawValue
            var line = "  \(step.node.padded(9)) \(step.answer.padded(12)) (\(source))"
            if let evidence = step.evidence { line += "  \(evidence)" }
            lines.append(line)
        }
        if let pending = outcome.pendingNode, let node = DecisionTree.standard.node(pending) {
            lines.append("  \(pending.padded(9)) ?            \(node.question)")
            let answers = node.options.map(\.value)
            lines.append("            answer with --answer \(pending)=\(answers.isEmpty ? "VALUE" : answers.joined(separator: "|"))")
        }
        if let gap = outcome.gap, gap.gap > 0 {
            lines.append("")
            lines.append("gap to \(DecisionFormat.percent(gap.target)): baseline \(gap.baselineRun) \(DecisionFormat.percent(gap.baseline)) → best non-tuned \(gap.bestNonTunedRun) \(DecisionFormat.percent(gap.bestNonTuned))")
            for step in gap.steps {
                lines.append("  \(step.rung.rawValue.padded(10)) \(bar(step.share))  +\(DecisionFormat.points(step.closed)) (\(DecisionFormat.percent(step.share)) of gap)")
            }
            lines.append("  \("left".padded(10)) \(bar(gap.remainingShare))  \(DecisionFormat.points(gap.remaining)) (\(DecisionFormat.percent(gap.remainingShare)))")
            if let tuned = gap.fineTuned { lines.append("  fine-tuned run: \(DecisionFormat.percent(tuned))") }
        }
        lines.append("")
        if let recommendation = outcome.recommendation {
            lines.append("recommendation: \(recommendation.rawValue.uppercased())")
            if let step = recommendation.nextStep {
                lines.append("next step: \(step.shell) (in the TUI: \(step.command)), to \(step.purpose)")
            }
            lines.append("reasons")
            lines += outcome.reasons.map { "  - \($0)" }
            if !outcome.whatWouldChange.isEmpty {
                lines.append("what would change it")
                lines += outcome.whatWouldChange.map { "  - \($0)" }
            }
        } else {
            lines.append("recommendation: none yet (answer the open question above)")
        }
        return lines.joined(separator: "\n")
    }

    private static func bar(_ share: Double, width: Int = 16) -> String {
        let filled = max(0, min(width, Int((share * Double(width)).rounded())))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }

}

