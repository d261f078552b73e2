/// The names of every cost assumption. The raw value is the stable key (CLI, store, JSON).
public enum CostAssumptionName: String, CaseIterable, Sendable, Codable {
    case hourlyRate = "hourly_rate"
    case hoursPerWeek = "hours_per_week"
    case examplesToCurate = "examples_to_curate"
    case minutesPerExample = "minutes_per_example"
    case tokensPerExample = "tokens_per_example"
    case epochs = "epochs"
    case trainingPricePer1M = "training_price_per_1m"
    case validationTokensPerRun = "validation_tokens_per_run"
    case trainingRuns = "training_runs"
    case modelParamsBillion = "model_params_billion"
    case gpuEffectiveTFLOPS = "gpu_effective_tflops"
    case fineTuneComputeFactor = "finetune_compute_factor"
    case gpuSetupHoursPerRun = "gpu_setup_hours_per_run"
    case gpuHourlyRate = "gpu_hourly_rate"
    case servingGPUHoursPerMonth = "serving_gpu_hours_per_month"
    case evalSuiteWeeks = "eval_suite_weeks"
    case maintenanceShare = "maintenance_share"
    case retrainIntervalMonths = "retrain_interval_months"
    case callsPerMonth = "calls_per_month"
    case promptTokens = "prompt_tokens"
    case ragContextTokens = "rag_context_tokens"
    case outputTokens = "output_tokens"
    case tunedPromptTokens = "tuned_prompt_tokens"
    case routingSetupWeeks = "routing_setup_weeks"
    case routedShare = "routed_share"
    case cacheHitRate = "cache_hit_rate"
    case currentModel = "current_model"
    case routerModel = "router_model"
    case tunedModel = "tuned_model"

    /// The position in `allCases`, without hashing: the cost model reads assumptions by it on every recompute.
    public var ordinal: Int {
        switch self {
        case .hourlyRate: 0
        case .hoursPerWeek: 1
        case .examplesToCurate: 2
        case .minutesPerExample: 3
        case .tokensPerExample: 4
        case .epochs: 5
        case .trainingPricePer1M: 6
        case .validationTokensPerRun: 7
        case .trainingRuns: 8
        case .modelParamsBillion: 9
        case .gpuEffectiveTFLOPS: 10
        case .fineTuneComputeFactor: 11
        case .gpuSetupHoursPerRun: 12
        case .gpuHourlyRate: 13
        case .servingGPUHoursPerMonth: 14
        case .evalSuiteWeeks: 15
        case .maintenanceShare: 16
        case .retrainIntervalMonths: 17
        case .callsPerMonth: 18
        case .promptTokens: 19
        case .ragContextTokens: 20
        case .outputTokens: 21
        case .tunedPromptTokens: 22
        case .routingSetupWeeks: 23
        case .routedShare: 24
        case .cacheHitRate: 25
        case .currentModel: 26
        case .routerModel: 27
        case .tunedModel: 28
        }
    }

    /// The assumption's definition and default.
    public var spec: AssumptionSpec { CostAssumptionCatalog.spec(for: self) }

    /// True for the model choices, whose value is a model name rather than a number.
    public var isModel: Bool { spec.kind == .model }
}
