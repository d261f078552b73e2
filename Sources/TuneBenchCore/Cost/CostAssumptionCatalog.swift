/// The built-in definitions and defaults of every cost assumption.
///
/// Defaults follow framework.md ("Cost of a fine-tuning project"): 300-3000 curated examples in 2-8 weeks,
/// a $500-$5,000 training budget, 1-2 weeks of evals, maintenance at 15-25% of an engineer with a retrain every
/// 3-6 months, 6-12 weeks of work for $5K-$50K direct cost. Volumes and token sizes are an example workload for
/// the user to replace with their own.
public enum CostAssumptionCatalog {
    private static let framework = "framework default"

    /// The definition of `name`.
    public static func spec(for name: CostAssumptionName) -> AssumptionSpec {
        switch name {
        case .hourlyRate:
            number(name, .people, "engineer cost", "$/hour", .positive, 50, 75, 100,
                   "framework: 6-12 weeks of work for $5K-$50K puts an engineer hour at about $50-$100")
        case .hoursPerWeek:
            number(name, .people, "working hours per week", "hours/week", .positive, 40, 40, 40, "40-hour week")
        case .examplesToCurate:
            number(name, .datasetBuilding, "examples to curate", "examples", .nonNegative, 300, 1000, 3000,
                   "framework: 300-3000 curated examples")
        case .minutesPerExample:
            number(name, .datasetBuilding, "curation time per example", "minutes/example", .nonNegative, 6, 10, 16,
                   "framework: 300 examples in 2 weeks (16 min each) to 3000 in 8 weeks (6.4 min each)")
        case .tokensPerExample:
            number(name, .trainingAPI, "billing tokens per example", "tokens/example", .nonNegative, 200, 500, 1000,
                   "estimate until the dataset's token statistics exist")
        case .epochs:
            number(name, .trainingAPI, "epochs", "epochs", .positive, 3, 3, 3,
                   "OpenAI default epochs rule: 3 for 34-8,333 examples")
        case .trainingPricePer1M:
            number(name, .trainingAPI, "training price", "$/1M training tokens", .nonNegative, 3, 5, 25,
                   "user-entered: no reliable public source; third-party pages cite $3 (gpt-4o-mini) to $25 (gpt-4o) and contradict each other")
        case .validationTokensPerRun:
            number(name, .trainingAPI, "billed validation tokens per run", "tokens/run", .nonNegative, 0, 0, 0,
                   "Together bills evaluations x validation-set tokens; OpenAI bills none")
        case .trainingRuns:
            number(name, .trainingAPI, "training runs per training", "runs", .positive, 1, 3, 5,
                   "experiments before the run you keep")
        case .modelParamsBillion:
            number(name, .trainingSelfHosted, "model size", "billion parameters", .positive, 8, 8, 8,
                   "an 8B open model")
        case .gpuEffectiveTFLOPS:
            number(name, .trainingSelfHosted, "training throughput per GPU", "TFLOP/s", .positive, 200, 300, 400,
                   "an H100 at 20-40% of its ~990 dense BF16 TFLOP/s")
        case .fineTuneComputeFactor:
            number(name, .trainingSelfHosted, "LoRA vs full compute factor", "share of full fine-tuning", .positive,
                   0.05, 0.075, 0.1, "framework: LoRA costs 10-20x less compute than full fine-tuning (set 1 for full)")
        case .gpuSetupHoursPerRun:
            number(name, .trainingSelfHosted, "GPU overhead per run", "GPU hours/run", .nonNegative, 2, 4, 8,
                   "setup, loading, checkpoints and evaluation billed beyond compute")
        case .gpuHourlyRate:
            number(name, .trainingSelfHosted, "GPU price", "$/GPU hour", .nonNegative, 2, 3, 5,
                   "H100 on-demand, about $2-5/hour (2026, third-party)")
        case .servingGPUHoursPerMonth:
            number(name, .trainingSelfHosted, "serving GPU hours", "GPU hours/month", .nonNegative, 365, 730, 1460,
                   "half a GPU to two GPUs always on")
        case .evalSuiteWeeks:
            number(name, .evalSuite, "building the eval suite", "weeks", .nonNegative, 1, 1.5, 2,
                   "framework: 1-2 weeks")
        case .maintenanceShare:
            number(name, .maintenance, "maintenance", "share of an engineer", .fraction, 0.15, 0.20, 0.25,
                   "framework: 15-25% of an engineer's time")
        case .retrainIntervalMonths:
            number(name, .maintenance, "retrain every", "months", .positive, 3, 4.5, 6,
                   "framework: provider updates force a re-run every 3-6 months")
        case .callsPerMonth:
            number(name, .inference, "calls", "calls/month", .nonNegative, 100_000, 300_000, 1_000_000,
                   "an example volume: enter yours")
        case .promptTokens:
            number(name, .inference, "prompt (instructions, examples, question)", "tokens/call", .nonNegative,
                   400, 800, 1500, "an example prompt: enter yours")
        case .ragContextTokens:
            number(name, .inference, "retrieved context", "tokens/call", .nonNegative, 1000, 2000, 4000,
                   "an example RAG context: enter yours")
        case .outputTokens:
            number(name, .inference, "output", "tokens/call", .nonNegative, 150, 300, 600,
                   "an example answer length: enter yours")
        case .tunedPromptTokens:
            number(name, .inference, "prompt the fine-tuned model still needs", "tokens/call", .nonNegative,
                   100, 200, 400, "instructions and examples learned by the tune are no longer sent")
        case .routingSetupWeeks:
            number(name, .routing, "building routing and caching", "weeks", .nonNegative, 0.5, 1, 2,
                   "an estimate")
        case .routedShare:
            number(name, .routing, "calls routed to the cheaper model", "share", .fraction, 0.3, 0.5, 0.7,
                   "an estimate: measure it with evals")
        case .cacheHitRate:
            number(name, .routing, "calls answered from cache", "share", .fraction, 0.1, 0.2, 0.4,
                   "an estimate: measure it on your traffic")
        case .currentModel:
            model(name, "current large model", "gpt-4.1")
        case .routerModel:
            model(name, "cheaper model calls are routed to", "gpt-4.1-mini")
        case .tunedModel:
            model(name, "fine-tuned small model", "ft:gpt-4.1-mini-2025-04-14")
        }
    }

    private static func number(
        _ name: CostAssumptionName, _ section: CostSection, _ label: String, _ unit: String,
        _ kind: AssumptionSpec.Kind, _ low: Double, _ expected: Double, _ high: Double, _ source: String
    ) -> AssumptionSpec {
        AssumptionSpec(name: name.rawValue, section: section, label: label, unit: unit, kind: kind,
                       defaultRange: CostRange(low: low, expected: expected, high: high), defaultSource: source)
    }

    private static func model(_ name: CostAssumptionName, _ label: String, _ model: String) -> AssumptionSpec {
        AssumptionSpec(name: name.rawValue, section: .models, label: label, unit: "model", kind: .model,
                       defaultModel: model, defaultSource: "default model; any model in the price table")
    }
}
