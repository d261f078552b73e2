import TuneBenchCore

/// Why an undo, redo or logged change cannot be made.
public enum EditStoreError: Error, Equatable, CustomStringConvertible {
    /// No change of the scope (nil: of any scope) is left to undo.
    case nothingToUndo(EditScope?)
    /// No undone change of the scope (nil: of any scope) can be redone.
    case nothingToRedo(EditScope?)
    /// The data is no longer as the change left it (another window or the CLI changed it since).
    case changedElsewhere(String)

    public var description: String {
        switch self {
        case .nothingToUndo(let scope): "nothing to undo" + (scope.map { " in \($0.rawValue)" } ?? "")
        case .nothingToRedo(let scope): "nothing to redo" + (scope.map { " in \($0.rawValue)" } ?? "")
        case .changedElsewhere(let what): "\(what) was changed elsewhere since (another window or the CLI); reload and try again"
        }
    }
}

/// What one apply, undo or redo did.
public struct EditOutcome: Sendable, Equatable {
    public var action: EditAction
    /// The edit as it was applied now (for an undo: the inverse of the change undone).
    public var edit: Edit
    /// How many records the change covered (a bulk review change: its examples).
    public var count: Int
    /// The log entry written (for a bulk change: the first).
    public var sequence: Int64
    /// What undo and redo can do in the edit's scope afterwards.
    public var availability: UndoAvailability
    /// The row the change is about, when it has one: the example's rowid for a review change, the run's id for
    /// an override (the panes select it).
    public var recordID: Int64?

    public init(action: EditAction, edit: Edit, count: Int, sequence: Int64, availability: UndoAvailability,
                recordID: Int64? = nil) {
        self.action = action
        self.edit = edit
        self.count = count
        self.sequence = sequence
        self.availability = availability
        self.recordID = recordID
    }

    /// What was done, in words: `accepted #3f2a9c1e`, `undone: #3f2a9c1e back to pending`.
    public var description: String {
        switch action {
        case .apply: edit.summary(count: count)
        case .undo: "undone: " + edit.summary(count: count)
        case .redo: "redone: " + edit.summary(count: count)
        }
    }
}

/// Whether a scope has a change to undo and one to redo, with what they are (for key help and status lines).
public struct UndoAvailability: Sendable, Equatable {
    /// The change `u` would take back, in words; nil: nothing to undo.
    public var nextUndo: String?
    /// The change `Ctrl-R` would apply again, in words; nil: nothing to redo.
    public var nextRedo: String?

    public init(nextUndo: String? = nil, nextRedo: String? = nil) {
        self.nextUndo = nextUndo
        self.nextRedo = nextRedo
    }

    public var canUndo: Bool { nextUndo != nil }
    public var canRedo: Bool { nextRedo != nil }
}

extension EditOutcome {
    /// The review change made, when the outcome is one (for a bulk change: the first example's).
    public var review: ReviewEdit? { edit.review }
}
