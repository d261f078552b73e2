/// What a training run will be, worked out from the exact training set: the tool, model, epochs, the tokens it
/// trains and is charged for, the sequence length that fits every example, and the cost.
public struct TunePlan: Sendable, Equatable {
    public var tool: TuneTool
    public var baseModel: String
    /// `supervised`, or `dpo` when every example is a preference pair (OpenAI only).
    public var method: TuneMethod
    public var trainExamples: Int
    public var validationExamples: Int
    /// Exact per-epoch training tokens: Σ min(cap, tokens) over the training examples (the OpenAI billing rule;
    /// the cap never binds for Axolotl/TRL, whose sequence length covers the longest example).
    public var tokensPerEpoch: Int
    public var epochs: Int
    /// True when `epochs` was given; false when it is OpenAI's default rule (job.json then says `auto`).
    public var epochsGiven: Bool
    /// epochs × tokensPerEpoch.
    public var chargedTokens: Int
    /// The longest training or validation example, in tokens.
    public var longestExampleTokens: Int
    /// The power of two at or above the longest example (Axolotl's `sequence_len`, TRL's `max_length`).
    public var sequenceLength: Int
    /// How many examples the next smaller power of two would cut.
    public var examplesCutAtHalfLength: Int
    /// The encoding the counts were made with, and whether they are exact.
    public var encodingName: String
    public var tokensExact: Bool
    public var seed: UInt64
    /// The training share of the split, nil without a validation file.
    public var trainFraction: Double?
    /// SHA-256 of `train.jsonl` as written: the identity of the exact training set.
    public var trainingSetHash: String
    public var cost: TuneCost

    /// The OpenAI job's `suffix` (at most 64 characters by the API; letters, digits, dashes).
    public var suffix: String { "tunebench-\(trainingSetHash.prefix(8))" }
}

/// How the model is trained.
public enum TuneMethod: String, Sendable, Codable {
    case supervised
    case dpo
}

/// The facts of the training set a plan is made from (the store reads them off the export).
public struct TuneTrainingSet: Sendable, Equatable {
    /// Exact tokens of each training example, in file order.
    public var trainTokens: [Int]
    /// Exact tokens of each validation example.
    public var validationTokens: [Int]
    /// True when every example is a preference pair.
    public var allPreference: Bool
    public var encodingName: String
    public var tokensExact: Bool
    public var trainingSetHash: String

    public init(trainTokens: [Int], validationTokens: [Int], allPreference: Bool, encodingName: String,
                tokensExact: Bool, trainingSetHash: String) {
        self.trainTokens = trainTokens
        self.validationTokens = validationTokens
        self.allPreference = allPreference
        self.encodingName = encodingName
        self.tokensExact = tokensExact
        self.trainingSetHash = trainingSetHash
    }
}

/// What the user asked for.
public struct TuneRequest: Sendable, Equatable {
    public var tool: TuneTool
    public var baseModel: String?
    public var epochs: Int?
    public var seed: UInt64
    public var trainFraction: Double?

    public init(tool: TuneTool, baseModel: String? = nil, epochs: Int? = nil, seed: UInt64 = 0, trainFraction: Double? = nil) {
        self.tool = tool
        self.baseModel = baseModel
        self.epochs = epochs
        self.seed = seed
        self.trainFraction = trainFraction
    }
}

/// Works out a `TunePlan` (pure arithmetic over the training set's facts and the cost assumptions).
public enum TunePlanner {
    /// The plan for `request` on `set`. Epochs: the request's, else OpenAI's default rule (formats.md §3) for the
    /// number of training examples; charged tokens = epochs × Σ min(cap, tokens).
    public static func plan(_ request: TuneRequest, set: TuneTrainingSet, tokenCap: Int,
                            assumptions: CostAssumptions) -> TunePlan {
        let rule = TrainingTokenRule(maxTokensPerExample: tokenCap)
        let epochs = request.epochs ?? rule.defaultEpochs(exampleCount: set.trainTokens.count)
        let perEpoch = rule.billingTokens(set.trainTokens)
        let charged = epochs * perEpoch
        let all = set.trainTokens + set.validationTokens
        let longest = all.max() ?? 0
        let length = sequenceLength(covering: longest)
        return TunePlan(
            tool: request.tool, baseModel: request.baseModel ?? request.tool.defaultBaseModel,
            method: request.tool == .openai && set.allPreference && !set.trainTokens.isEmpty ? .dpo : .supervised,
            trainExamples: set.trainTokens.count, validationExamples: set.validationTokens.count,
            tokensPerEpoch: perEpoch, epochs: epochs, epochsGiven: request.epochs != nil, chargedTokens: charged,
            longestExampleTokens: longest, sequenceLength: length,
            examplesCutAtHalfLength: all.filter { $0 > length / 2 }.count,
            encodingName: set.encodingName, tokensExact: set.tokensExact, seed: request.seed,
            trainFraction: request.trainFraction, trainingSetHash: set.trainingSetHash,
            cost: TuneCost.estimate(tool: request.tool, chargedTokens: charged, assumptions: assumptions))
    }

    /// The smallest power of two at or above `tokens` (at least 256).
    public static func sequenceLength(covering tokens: Int) -> Int {
        var length = 256
        while length < tokens { length *= 2 }
        return length
    }
}
