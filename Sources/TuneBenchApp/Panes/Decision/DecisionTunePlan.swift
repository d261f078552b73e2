import TuneBenchCore
import TuneBenchStore

/// `:tune plan TOOL DIR` from the Decision pane (or any pane): the CLI's `tune plan` run as a job, with progress
/// in the status bar, ending with the bundle's folder and the run's cost.
enum DecisionTunePlan {
    /// The job writing the bundle and recording the plan (one logged change of the Decision scope).
    static func effect(_ job: TunePlanJob) -> Effect {
        .task(AppTask(title: "planning \(job.tool.rawValue) bundle", kind: .job) { environment, progress in
            let result = try job.run(environment.store) { progress.report($0.fraction ?? 0) }
            progress.report(1)
            return .decision(.tunePlanned(message(result)))
        })
    }

    /// `tune #3 openai: cost $1.23 · bundle in /data/tune · 412+46 examples · 1,236,000 charged tokens`: the cost
    /// and the folder first, since a narrow status bar cuts the end.
    static func message(_ result: TunePlanResult) -> StatusMessage {
        let plan = result.plan
        let unit = TokenFigureMark.tokens(estimated: !plan.tokensExact)
        let price = plan.tool.isSelfHosted ? CostAssumptionName.gpuHourlyRate : .trainingPricePer1M
        let cost = plan.cost.usd.map { "cost \(Money.formatPrecise($0))" } ?? "cost unknown (no \(price.rawValue) entered)"
        let text = "tune #\(result.record.id) \(plan.tool.rawValue): \(cost) · bundle in \(result.record.bundle) · "
            + "\(plan.trainExamples)+\(plan.validationExamples) examples · \(Money.grouped(plan.chargedTokens)) charged \(unit)"
        return StatusMessage(text, kind: plan.cost.usd == nil || !plan.tokensExact ? .warning : .info)
    }
}
