/// The cost of each path, as plain arithmetic over `CostInputs`.
///
/// - Engineer time: week = hourly_rate × hours_per_week; month = week × 52 / 12.
/// - Dataset building = examples_to_curate × minutes_per_example / 60 × hourly_rate.
/// - Eval suite = eval_suite_weeks × week. Routing setup = routing_setup_weeks × week.
/// - Training tokens per run = examples × tokens_per_example × epochs (+ validation_tokens_per_run on the API).
/// - API training = training_runs × tokens per run × training_price_per_1m / 1M.
/// - Self-hosted training = training_runs × GPU hours per run × gpu_hourly_rate, where GPU hours per run =
///   6 × parameters × tokens / (gpu_effective_tflops × 10¹²) / 3600 × finetune_compute_factor
///   + gpu_setup_hours_per_run (6 FLOPs per parameter per token for a forward and backward pass).
/// - Maintenance per month = maintenance_share × engineer month + training cost / retrain_interval_months.
/// - Per call = (input tokens × input price + output tokens × output price) / 1M, with input = prompt + retrieved
///   context (the tuned model: tuned_prompt_tokens + context). Routing: (1 − cache_hit_rate) ×
///   (routed_share × router call + (1 − routed_share) × current call); a cache hit costs nothing.
public enum CostModel {
    /// Every scenario at `inputs`, in `CostScenario.allCases` order.
    public static func scenarios(_ inputs: CostInputs) -> [ScenarioCost] {
        CostScenario.allCases.map { scenario($0, inputs) }
    }

    /// One scenario at `inputs`.
    public static func scenario(_ scenario: CostScenario, _ x: CostInputs) -> ScenarioCost {
        let week = x[.hourlyRate] * x[.hoursPerWeek]
        let engineerMonth = week * 52 / 12
        let calls = x[.callsPerMonth]
        let ragInput = x[.promptTokens] + x[.ragContextTokens]
        let output = x[.outputTokens]
        let dataset = CostLine("dataset building", x[.examplesToCurate] * x[.minutesPerExample] / 60 * x[.hourlyRate])
        let evalSuite = CostLine("eval suite", x[.evalSuiteWeeks] * week)
        let maintenance = CostLine("maintenance (engineer share)", x[.maintenanceShare] * engineerMonth)

        switch scenario {
        case .current:
            return ScenarioCost(scenario: scenario, oneTimeItems: [], fixedMonthlyItems: [],
                                costPerCall: x.current.perCall(input: ragInput, output: output), callsPerMonth: calls)
        case .routing:
            let routed = x[.routedShare] * x.router.perCall(input: ragInput, output: output)
            let kept = (1 - x[.routedShare]) * x.current.perCall(input: ragInput, output: output)
            return ScenarioCost(scenario: scenario,
                                oneTimeItems: [CostLine("routing and cache setup", x[.routingSetupWeeks] * week)],
                                fixedMonthlyItems: [],
                                costPerCall: (1 - x[.cacheHitRate]) * (routed + kept), callsPerMonth: calls)
        case .fineTunedAPI:
            let training = apiTrainingCost(x)
            return ScenarioCost(
                scenario: scenario,
                oneTimeItems: [dataset, CostLine("training (API)", training), evalSuite],
                fixedMonthlyItems: [maintenance, CostLine("retraining", training / x[.retrainIntervalMonths])],
                costPerCall: x.tuned.perCall(input: x[.tunedPromptTokens] + x[.ragContextTokens], output: output),
                callsPerMonth: calls)
        case .fineTunedSelfHosted:
            let training = x[.trainingRuns] * gpuHoursPerRun(x) * x[.gpuHourlyRate]
            return ScenarioCost(
                scenario: scenario,
                oneTimeItems: [dataset, CostLine("training (GPU)", training), evalSuite],
                fixedMonthlyItems: [
                    maintenance, CostLine("retraining", training / x[.retrainIntervalMonths]),
                    CostLine("serving GPUs", x[.servingGPUHoursPerMonth] * x[.gpuHourlyRate]),
                ],
                costPerCall: 0, callsPerMonth: calls)
        }
    }

    /// Tokens one training run trains on: examples × tokens per example × epochs.
    public static func trainingTokensPerRun(_ x: CostInputs) -> Double {
        x[.examplesToCurate] * x[.tokensPerExample] * x[.epochs]
    }

    /// USD for all training runs of one training through a provider's API.
    public static func apiTrainingCost(_ x: CostInputs) -> Double {
        x[.trainingRuns] * (trainingTokensPerRun(x) + x[.validationTokensPerRun]) * x[.trainingPricePer1M] / 1_000_000
    }

    /// GPU hours one self-hosted training run takes.
    public static func gpuHoursPerRun(_ x: CostInputs) -> Double {
        let flops = 6 * x[.modelParamsBillion] * 1e9 * trainingTokensPerRun(x)
        return flops / (x[.gpuEffectiveTFLOPS] * 1e12) / 3600 * x[.fineTuneComputeFactor] + x[.gpuSetupHoursPerRun]
    }
}
