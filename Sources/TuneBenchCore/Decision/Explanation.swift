/// The reasons behind a recommendation and what would change it, in sentences that cite the project's numbers.
struct Explanation {
    let reasons: [String]
    let whatWouldChange: [String]

    init(context: EvidenceContext, steps: [DecisionOutcome.Step], recommendation: Recommendation) {
        var reasons: [String] = []
        var changes: [String] = []
        let evidence = context.evidence
        if let problem = context.problem { reasons.append("problem: \(problem.label)") }
        for step in steps where step.source == .override {
            reasons.append("\(step.node): answered \"\(step.answer)\" by the user, overriding the evidence (\(step.evidence ?? "none"))")
        }
        if let gap = context.gap, gap.gap > 0 {
            let total = gap.gap
            reasons.append("gap to \(DecisionFormat.percent(gap.target)): baseline \(gap.baselineRun) \(DecisionFormat.percent(gap.baseline)), \(DecisionFormat.points(total)) to close")
            for step in gap.steps {
                reasons.append("\(step.rung.rawValue) (\(step.run)) closed \(DecisionFormat.points(step.closed)) of \(DecisionFormat.points(total)) of gap (\(DecisionFormat.percent(step.share)))")
            }
            reasons.append("remaining after the ladder: \(DecisionFormat.points(gap.remaining)) (\(DecisionFormat.percent(gap.remainingShare)) of the gap)")
        }
        let last = steps.last
        switch recommendation {
        case .buildEvalsFirst:
            reasons.append("no evals, no decision: \(last?.evidence ?? "no eval runs")")
            if context.problem == .badAnswersSometimes {
                reasons.append("\"bad answers sometimes\" is usually retrieval or prompting; only evals can show which")
            }
            changes.append("import or grade an eval run of at least \(evidence.minimumCases) cases (a baseline first)")
        case .useRAGNotFineTuning:
            if context.problem == .companyFacts || context.problem == .hallucinations {
                reasons.append("fine-tuning teaches behaviours and formats, not facts; facts change and belong in retrieval")
                if context.problem == .hallucinations {
                    reasons.append("fine-tuning done badly can increase hallucinations; better context reduces them")
                }
                changes.append("nothing in the data changes this: it follows from the kind of problem")
            } else {
                reasons.append("about 80% of \"we need fine-tuning\" is really \"we need better RAG\"; \(last?.evidence ?? "")")
                changes.append("a format, style or vocabulary problem, rather than general knowledge, would make fine-tuning worth weighing")
            }
        case .addRoutingCaching:
            reasons.append("routing easy calls to a smaller model and caching repeats solve most latency and cost needs before any fine-tune")
            changes.append("routing and caching tried, with the budget still missed, opens the fine-tune branch")
        case .improvePrompts, .improveRAG, .improveRetrieval, .tryStrongerModel:
            if let last, last.node == "examples", let accepted = evidence.acceptedExamples, let problem = context.problem {
                let missing = problem.exampleThreshold - accepted
                reasons.append("not enough curated examples yet: \(last.evidence ?? "")")
                if problem == .domainVocabulary {
                    reasons.append("100 examples won't move the needle on vocabulary; ~5,000 will; meanwhile RAG shows the model the terms")
                }
                changes.append("with \(missing) more accepted example\(missing == 1 ? "" : "s") the recommendation becomes \(Recommendation.fineTuneLoRA.rawValue)")
            } else if let last, last.node == "gap" {
                reasons.append("the remaining gap is not model-shaped: \(last.evidence ?? "")")
                changes.append("a best run whose 95% interval lies below the target would make the remaining gap model-shaped")
            } else if let last {
                reasons.append("cheaper rung not tried yet: \(last.evidence ?? last.question)")
                changes.append("an eval run of the \(last.node) rung, compared with the baseline, moves the decision up the ladder")
            }
        case .fineTuneLoRA:
            if let gapStep = steps.first(where: { $0.node == "gap" }), let citation = gapStep.evidence {
                reasons.append("the gap is model-shaped: \(citation)")
            }
            if let examples = steps.first(where: { $0.node == "examples" }), let citation = examples.evidence {
                reasons.append("enough curated examples: \(citation)")
            }
            if let fineTuned = context.gap?.fineTuned, let target = context.target {
                reasons.append("an evaluated fine-tune reaches \(DecisionFormat.percent(fineTuned)) against the \(DecisionFormat.percent(target)) target")
            }
            reasons.append("LoRA gives results comparable to full fine-tuning at 10-20x lower compute cost")
            changes.append("a cheaper rung that closes the remaining \(DecisionFormat.points(context.gap?.remaining ?? 0)) would make the fine-tune unnecessary")
        }
        if let cost = evidence.cost {
            var line: String
            if cost.cheapest == cost.currentName {
                line = "cost: staying with \(cost.currentName) is the cheapest path over 12 months (\(DecisionFormat.money(cost.currentTotal12m)))"
                if let tuned = cost.fineTunedTotal12m { line += "; the fine-tuned path would cost \(DecisionFormat.money(tuned))" }
            } else {
                line = "cost: \(cost.cheapest) is the cheapest path over 12 months (\(DecisionFormat.money(cost.cheapestTotal12m)) vs \(DecisionFormat.money(cost.currentTotal12m)) for \(cost.currentName))"
                if let month = cost.breakEvenMonth { line += ", break-even in month \(month)" }
            }
            reasons.append(line)
        }
        self.reasons = reasons
        self.whatWouldChange = changes
    }
}
