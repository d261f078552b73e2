import TerminalUI
import TuneBenchCore
import TuneBenchStore

/// Lines shared by the summary and the full view: the gap bars and the recommendation.
enum DecisionLines {

    static func bar(_ share: Double, width: Int) -> [Span] {
        let text = ProgressBar.text(fraction: max(0, min(1, share)), width: width)
        return [Span(text.filled, Style(.accent)), Span(text.empty, Style(.muted))]
    }

    /// "Gap to 98%: baseline 71% → best non-tuned 86%" and one bar per rung plus what is left.
    static func gap(_ gap: GapAttribution, barWidth: Int) -> [Line] {
        guard gap.gap > 0 else {
            return [Line("Baseline \(DecisionFormat.percent(gap.baseline)) already meets the \(DecisionFormat.percent(gap.target)) target", Style(.success))]
        }
        var lines = [Line([
            Span("Gap to \(DecisionFormat.percent(gap.target)): ", Style(.muted)),
            Span("baseline \(DecisionFormat.percent(gap.baseline)) → best non-tuned \(DecisionFormat.percent(gap.bestNonTuned))"),
        ])]
        for step in gap.steps {
            lines.append(Line([Span("  \(step.rung.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0))")]
                + bar(step.share, width: barWidth)
                + [Span("  +\(DecisionFormat.points(step.closed)) (\(DecisionFormat.percent(step.share)))", Style(.muted))]))
        }
        lines.append(Line([Span("  left     ", Style(.warning))] + bar(gap.remainingShare, width: barWidth)
            + [Span("  \(DecisionFormat.points(gap.remaining)) (\(DecisionFormat.percent(gap.remainingShare)))", Style(.warning))]))
        if let tuned = gap.fineTuned {
            lines.append(Line([Span("  finetune ", Style(.muted)), Span("\(DecisionFormat.percent(tuned)) in an evaluated fine-tune", Style(.success))]))
        }
        return lines
    }

    static func recommendation(_ outcome: DecisionOutcome?, width: Int, reasons: Int, labelled: Bool = true) -> [Line] {
        guard let outcome else { return [Line("No decision yet.", Style(.muted))] }
        guard let recommendation = outcome.recommendation else {
            let question = outcome.pendingNode.flatMap { DecisionTree.standard.node($0)?.question } ?? "?"
            return [Line([Span("▶ Next question: ", Style(.warning)), Span(question)])]
        }
        var lines = [Line([Span(labelled ? "▶ Recommendation: " : "▶ ", Style(.accent, attributes: .bold)),
                           Span(recommendation.rawValue.uppercased(), Style(recommendation.isFineTune ? .success : .accent, attributes: .bold))])]
        let cited = outcome.reasons.filter { !$0.hasPrefix("problem:") }
        for reason in cited.suffix(reasons) {
            lines += Wrap.lines(reason, width: max(1, width - 4)).enumerated().map {
                Line(($0.offset == 0 ? "  · " : "    ") + $0.element, Style(.muted))
            }
        }
        return lines
    }

    /// `  next: :tune plan openai|axolotl|trl DIR` under a recommendation tunebench can act on; the shell's form
    /// too when `shell` (the zoomed pane has the room).
    static func nextStep(_ outcome: DecisionOutcome?, width: Int, shell: Bool) -> [Line] {
        guard let step = outcome?.recommendation?.nextStep else { return [] }
        // A narrow quarter gets the short form (`:tune plan TOOL DIR`) rather than a cut one.
        let command = 8 + step.command.count <= width ? step.command : step.shortCommand
        var lines = [Line([Span("  next: ", Style(.muted)), Span(command, Style(.accent, attributes: .bold)),
                           Span(shell ? "  \(step.purpose)" : "", Style(.muted))])]
        if shell { lines.append(Line("        or from the shell: \(step.shell)", Style(.muted))) }
        return lines
    }

    /// The current tune (the newest linked to a run, else the newest planned): which data it trained on, the runs
    /// linked to it, and a warning when examples changed since the plan.
    static func tune(_ tune: TuneStatus?, width: Int) -> [Line] {
        guard let tune else { return [] }
        let record = tune.record
        let runs = tune.runs.isEmpty ? "no run linked yet" : "run " + tune.runs.map(\.name).joined(separator: ", ")
        var lines = [Line([Span("Tune      ", Style(.muted)),
                           Span("#\(record.id) \(record.tool.rawValue) · \(record.trainExamples) examples · sha \(record.shortHash) · \(runs)")])]
        if let stale = tune.staleWarning {
            let warning = stale + "; plan again with :tune plan"
            lines += Wrap.lines(warning, width: max(1, width - 2)).map { Line("  " + $0, Style(.warning, attributes: .bold)) }
        }
        return lines
    }
}

/// The home-screen quarter: problem, evals, ladder, gap bars, recommendation.
struct DecisionSummaryView {
    let project: ProjectSnapshot

    func render(in area: Rect, into grid: inout Grid) {
        var lines: [Line] = []
        let outcome = project.decision
        let steps = Dictionary((outcome?.path ?? []).map { ($0.node, $0) }, uniquingKeysWith: { first, _ in first })
        let problem = project.decisionAnswers["problem"].flatMap(ProblemKind.init(rawValue:))
        // The kind once answered; until then the team's own problem statement, and how to answer.
        lines.append(fact("Problem", problem?.shortLabel ?? (project.metadata.problem.isEmpty ? "? (press z, then h/l)" : project.metadata.problem)))
        if let evals = steps["evals"] {
            lines.append(Line([Span("Evals     ", Style(.muted)),
                               Span(evals.answer == "yes" ? "✔ " : "✘ ", Style(evals.answer == "yes" ? .success : .error)),
                               Span(evals.evidence ?? evals.answer)]))
        }
        var ladder: [Span] = [Span("Ladder    ", Style(.muted))]
        for rung in Rung.ladder + [.finetune] {
            let tried = steps[rung.rawValue]?.answer == "yes"
                || outcome?.gap?.steps.contains { $0.rung == rung } == true
                || (rung == .finetune && outcome?.gap?.fineTuned != nil)
            ladder.append(Span(tried ? "✔" : "·", Style(tried ? .success : .muted)))
            ladder.append(Span("\(rung.rawValue) ", Style(tried ? .text : .muted)))
        }
        lines.append(Line(ladder))
        if let gap = outcome?.gap {
            lines += DecisionLines.gap(gap, barWidth: max(4, min(16, area.width - 32)))
        }
        let recommendation = DecisionLines.recommendation(outcome, width: area.width, reasons: 3, labelled: area.width >= 56)
        // The recommendation goes right under the problem, its reasons last: a short pane still shows the verdict.
        let next = DecisionLines.nextStep(outcome, width: area.width, shell: false)
        lines.insert(contentsOf: recommendation.prefix(1) + next + DecisionLines.tune(project.currentTune, width: area.width), at: 1)
        lines += recommendation.dropFirst()
        Paragraph(lines: lines, wrap: false).render(in: area, into: &grid)
    }

    private func fact(_ label: String, _ value: String) -> Line {
        Line([Span(label.padding(toLength: 10, withPad: " ", startingAt: 0), Style(.muted)), Span(value)])
    }
}

/// The zoomed pane: the tree with the path, the selected question, the evidence and the recommendation.
struct DecisionFullView {
    let state: DecisionPaneState
    let project: ProjectSnapshot

    func render(in area: Rect, into grid: inout Grid) {
        let columns = Layout.horizontal([.length(min(46, area.width / 2)), .fill(1)], in: area)
        renderTree(in: columns[0], into: &grid)
        let right = columns[1].inset(horizontal: 1, vertical: 0)
        Paragraph(lines: detailLines(width: right.width), wrap: false, offset: state.detailOffset).render(in: right, into: &grid)
    }

    private func renderTree(in area: Rect, into grid: inout Grid) {
        let outcome = project.decision
        let steps = Dictionary((outcome?.path ?? []).map { ($0.node, $0) }, uniquingKeysWith: { first, _ in first })
        let items: [Line] = DecisionTree.standard.nodes.map { node in
            let answer: String
            let glyph: Span
            if let step = steps[node.id] {
                glyph = Span("✔ ", Style(.success))
                let who = step.source == .evidence ? "data" : (step.source == .override ? "override" : "you")
                answer = "\(step.answer) (\(who))"
            } else if outcome?.pendingNode == node.id {
                glyph = Span("? ", Style(.warning))
                answer = "unanswered"
            } else {
                glyph = Span("· ", Style(.muted))
                answer = project.decisionAnswers[node.id].map { "\($0) (off path)" } ?? "off path"
            }
            let onPath = steps[node.id] != nil || outcome?.pendingNode == node.id
            return Line([glyph, Span(node.id.padding(toLength: 10, withPad: " ", startingAt: 0), Style(onPath ? .text : .muted)),
                         Span(answer, Style(onPath ? .text : .muted))])
        }
        var list = ListState(selected: state.selected)
        list.keepVisible(height: area.height)
        ListView(items: items, state: list).render(in: area, into: &grid)
    }

    private func detailLines(width: Int) -> [Line] {
        let node = DecisionTree.standard.nodes[min(state.selected, DecisionTree.standard.nodes.count - 1)]
        let outcome = project.decision
        let step = outcome?.path.first { $0.node == node.id }
        var lines = [Line(node.question, Style(.accent, attributes: .bold))]
        lines += Wrap.lines(node.help, width: max(1, width)).map { Line($0, Style(.muted)) }
        lines.append(Line([]))
        let current = project.decisionAnswers[node.id] ?? step?.answer
        switch node.input {
        case .choice(let options):
            for option in options {
                let chosen = option.value == current
                lines.append(Line([Span(chosen ? "  ▶ " : "    ", Style(.accent)),
                                   Span(option.value, chosen ? Style(.text, on: .selection) : Style(.text)),
                                   Span("  \(option.label)", Style(.muted))]))
            }
            lines.append(Line("  h/l change the answer · x back to the evidence · u undo", Style(.muted)))
        case .number(let unit, _, _):
            lines.append(Line([Span("  \(unit): ", Style(.muted)), Span(current ?? "not set")]))
            lines.append(Line("  +/- (or h/l) change it by 1 point · x clear · u undo", Style(.muted)))
        }
        if let evidence = step?.evidence {
            lines.append(Line([Span("  evidence: ", Style(.muted)), Span(evidence)]))
        }
        if let gap = outcome?.gap {
            lines.append(Line([]))
            lines += DecisionLines.gap(gap, barWidth: max(4, min(20, width - 30)))
        }
        lines.append(Line([]))
        lines += DecisionLines.recommendation(outcome, width: width, reasons: 12)
        lines += DecisionLines.nextStep(outcome, width: width, shell: true)
        let tune = DecisionLines.tune(project.currentTune, width: width)
        if !tune.isEmpty { lines += [Line([])] + tune }
        if let changes = outcome?.whatWouldChange, !changes.isEmpty {
            lines.append(Line("What would change it", Style(.muted, attributes: .bold)))
            for change in changes {
                lines += Wrap.lines(change, width: max(1, width - 4)).enumerated().map {
                    Line(($0.offset == 0 ? "  · " : "    ") + $0.element, Style(.muted))
                }
            }
        }
        return lines
    }
}
