import Foundation

/// Every change a user makes to the project, as a value with an exact inverse.
///
/// The store applies an edit in one transaction, checking first that the data is as the edit's *before* side
/// says, and appends it to the edit log; undo applies the inverse the same way, so undo and redo work alike in
/// every pane and survive restarts. A new kind of change is a new case here (with its payload type beside this
/// file), a `kind` name, and the store's `perform` for it (see docs/ARCHITECTURE.md, "How to add an edit").
public enum Edit: Sendable, Equatable {
    case review(ReviewEdit)
    case evalOverride(EvalOverrideEdit)
    case decisionAnswers(DecisionAnswersEdit)
    case assumption(AssumptionChangeEdit)
    case setting(SettingEdit)
    case runner(RunnerEdit)
    case tunePlan(TunePlanEdit)
    case runTune(RunTuneEdit)

    /// The edit that undoes this one.
    public var inverse: Edit {
        switch self {
        case .review(let edit): .review(edit.inverse)
        case .evalOverride(let edit): .evalOverride(edit.inverse)
        case .decisionAnswers(let edit): .decisionAnswers(edit.inverse)
        case .assumption(let edit): .assumption(edit.inverse)
        case .setting(let edit): .setting(edit.inverse)
        case .runner(let edit): .runner(edit.inverse)
        case .tunePlan(let edit): .tunePlan(edit.inverse)
        case .runTune(let edit): .runTune(edit.inverse)
        }
    }

    /// The pane whose undo this edit belongs to.
    public var scope: EditScope {
        switch self {
        case .review: .dataset
        case .evalOverride: .evals
        case .decisionAnswers: .decision
        case .assumption: .cost
        case .setting(let edit): edit.scope
        case .runner: .evals
        case .tunePlan: .decision
        case .runTune: .evals
        }
    }

    /// The stable name of the edit's kind, stored in the log beside its payload.
    public var kind: String {
        switch self {
        case .review: "review"
        case .evalOverride: "eval-override"
        case .decisionAnswers: "decision-answers"
        case .assumption: "cost-assumption"
        case .setting: "setting"
        case .runner: "runner"
        case .tunePlan: "tune-plan"
        case .runTune: "run-tune"
        }
    }

    /// The payload as the edit log stores it (compact JSON).
    public func payload() throws -> String {
        let encoder = Edit.encoder
        let data: Data = switch self {
        case .review(let edit): try encoder.encode(edit)
        case .evalOverride(let edit): try encoder.encode(edit)
        case .decisionAnswers(let edit): try encoder.encode(edit)
        case .assumption(let edit): try encoder.encode(edit)
        case .setting(let edit): try encoder.encode(edit)
        case .runner(let edit): try encoder.encode(edit)
        case .tunePlan(let edit): try encoder.encode(edit)
        case .runTune(let edit): try encoder.encode(edit)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Reads an edit back from its kind and payload.
    /// - Throws: ``EditDecodingError`` for a kind this version does not know or a payload that does not decode.
    public init(kind: String, payload: String) throws {
        let decoder = Edit.decoder
        let data = Data(payload.utf8)
        do {
            switch kind {
            case "review": self = .review(try decoder.decode(ReviewEdit.self, from: data))
            case "eval-override": self = .evalOverride(try decoder.decode(EvalOverrideEdit.self, from: data))
            case "decision-answers": self = .decisionAnswers(try decoder.decode(DecisionAnswersEdit.self, from: data))
            case "cost-assumption": self = .assumption(try decoder.decode(AssumptionChangeEdit.self, from: data))
            case "setting": self = .setting(try decoder.decode(SettingEdit.self, from: data))
            case "runner": self = .runner(try decoder.decode(RunnerEdit.self, from: data))
            case "tune-plan": self = .tunePlan(try decoder.decode(TunePlanEdit.self, from: data))
            case "run-tune": self = .runTune(try decoder.decode(RunTuneEdit.self, from: data))
            default: throw EditDecodingError(kind: kind, reason: "unknown kind of edit")
            }
        } catch let error as EditDecodingError {
            throw error
        } catch {
            throw EditDecodingError(kind: kind, reason: "payload does not decode")
        }
    }

    /// The encoder of edit payloads (dates as seconds, sorted keys).
    public static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = .sortedKeys
        return encoder
    }

    /// The decoder of edit payloads.
    public static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return decoder
    }
}

/// An edit log entry this version cannot read.
public struct EditDecodingError: Error, Equatable, CustomStringConvertible {
    public var kind: String
    public var reason: String

    public var description: String { "edit log entry of kind '\(kind)': \(reason)" }
}

extension Edit {
    /// The review change, when the edit is one.
    public var review: ReviewEdit? { if case .review(let edit) = self { edit } else { nil } }
}
