import TuneBenchCore
import TuneBenchStore

/// A change for the store to make, as a value (what tests compare): the pane that asks, the request, and the
/// pane's own number for it (so a result can be matched with what the pane shows meanwhile). The runtime
/// performs it on the ordered queue and hands the outcome back as ``Action/editFinished(_:_:)``.
public struct EditEffect: Sendable, Equatable {
    public var request: EditRequest
    public var pane: PaneID
    public var tag: Int

    public init(_ request: EditRequest, from pane: PaneID, tag: Int = 0) {
        self.request = request
        self.pane = pane
        self.tag = tag
    }

    /// Makes the change in the project and says how it went: the action the runtime feeds back.
    public func perform(in environment: AppEnvironment) -> Action {
        let outcome: Result<EditOutcome?, EditFailure>
        do {
            outcome = .success(try environment.store.perform(request))
        } catch {
            outcome = .failure(EditFailure("\(error)"))
        }
        return .editFinished(pane, EditResult(request: request, tag: tag, outcome: outcome))
    }

    /// The status bar's word for the work while it runs.
    public var title: String {
        switch request {
        case .undo: "undoing"
        case .redo: "redoing"
        case .bulkReview: "saving bulk review"
        default: "saving"
        }
    }
}

/// What became of an ``EditEffect``: the request, the pane's number, and the store's outcome (nil: nothing
/// changed) or why it failed (nothing was stored).
public struct EditResult: Sendable, Equatable {
    public var request: EditRequest
    public var tag: Int
    public var outcome: Result<EditOutcome?, EditFailure>

    public init(request: EditRequest, tag: Int, outcome: Result<EditOutcome?, EditFailure>) {
        self.request = request
        self.tag = tag
        self.outcome = outcome
    }

    /// The change made, if any.
    public var change: EditOutcome? { if case .success(let outcome) = outcome { outcome } else { nil } }

    /// The status line for the result: what was done and the key that takes it back, or why nothing was.
    public func message(nothing: String) -> StatusMessage {
        switch outcome {
        case .failure(let failure): return StatusMessage(failure.message, kind: .warning)
        case .success(nil): return StatusMessage(nothing, kind: .warning)
        case .success(let outcome?):
            return StatusMessage(outcome.description + (outcome.action == .undo ? " (Ctrl-R redo)" : " (u to undo)"))
        }
    }
}

/// Why the store did not make a change, in words.
public struct EditFailure: Error, Sendable, Equatable {
    public var message: String

    public init(_ message: String) { self.message = message }
}
