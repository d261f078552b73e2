import Foundation

/// A recorded tune plan as the project keeps it: what was planned, on which exact training set, at what cost.
public struct TunePlanRecord: Sendable, Equatable, Codable {
    public var id: Int64
    public var createdAt: Date
    public var tool: TuneTool
    public var baseModel: String
    /// The dataset the plan was limited to (nil: every dataset).
    public var dataset: String?
    /// The folder the bundle was written to.
    public var bundle: String
    public var trainExamples: Int
    public var validationExamples: Int
    public var tokensPerEpoch: Int
    public var epochs: Int
    public var chargedTokens: Int
    public var encodingName: String
    public var tokensExact: Bool
    /// SHA-256 of the training file as written.
    public var trainingSetHash: String
    public var cost: TuneCost

    public init(id: Int64, createdAt: Date, tool: TuneTool, baseModel: String, dataset: String?, bundle: String,
                trainExamples: Int, validationExamples: Int, tokensPerEpoch: Int, epochs: Int, chargedTokens: Int,
                encodingName: String, tokensExact: Bool, trainingSetHash: String, cost: TuneCost) {
        self.id = id
        self.createdAt = createdAt
        self.tool = tool
        self.baseModel = baseModel
        self.dataset = dataset
        self.bundle = bundle
        self.trainExamples = trainExamples
        self.validationExamples = validationExamples
        self.tokensPerEpoch = tokensPerEpoch
        self.epochs = epochs
        self.chargedTokens = chargedTokens
        self.encodingName = encodingName
        self.tokensExact = tokensExact
        self.trainingSetHash = trainingSetHash
        self.cost = cost
    }

    /// The record of `plan`, written to `bundle` at `createdAt`.
    public init(id: Int64, plan: TunePlan, dataset: String?, bundle: String, createdAt: Date) {
        self.init(id: id, createdAt: createdAt, tool: plan.tool, baseModel: plan.baseModel, dataset: dataset,
                  bundle: bundle, trainExamples: plan.trainExamples, validationExamples: plan.validationExamples,
                  tokensPerEpoch: plan.tokensPerEpoch, epochs: plan.epochs, chargedTokens: plan.chargedTokens,
                  encodingName: plan.encodingName, tokensExact: plan.tokensExact,
                  trainingSetHash: plan.trainingSetHash, cost: plan.cost)
    }

    /// The short form of the training-set hash shown on screens.
    public var shortHash: String { String(trainingSetHash.prefix(12)) }
}

/// Recording a tune plan (or, as its inverse, taking the record away). Undone in the Decision pane.
public struct TunePlanEdit: Sendable, Equatable, Codable {
    public var before: TunePlanRecord?
    public var after: TunePlanRecord?

    public init(before: TunePlanRecord?, after: TunePlanRecord?) {
        self.before = before
        self.after = after
    }

    public var inverse: TunePlanEdit { TunePlanEdit(before: after, after: before) }
}

/// Linking an eval run to the tune its model was trained by (nil: no link). Undone in the Evals pane.
public struct RunTuneEdit: Sendable, Equatable, Codable {
    public var runID: Int64
    public var runName: String
    public var before: Int64?
    public var after: Int64?

    public init(runID: Int64, runName: String, before: Int64?, after: Int64?) {
        self.runID = runID
        self.runName = runName
        self.before = before
        self.after = after
    }

    public var inverse: RunTuneEdit { RunTuneEdit(runID: runID, runName: runName, before: after, after: before) }
}
