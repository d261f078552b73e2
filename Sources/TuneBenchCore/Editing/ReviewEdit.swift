/// One reversible change of an example's review state: the state before and after, so its inverse is exact.
public struct ReviewEdit: Sendable, Equatable, Codable {
    /// The stable example id (for a bulk change: the first example it changed).
    public var exampleID: String
    public var before: ReviewState
    public var after: ReviewState
    /// The change also replaced the example's text (an edit in `$EDITOR`).
    public var editedText = false
    /// How many examples the change covered: a bulk action is one entry of the undo history.
    public var count = 1

    public init(exampleID: String, before: ReviewState, after: ReviewState, editedText: Bool = false, count: Int = 1) {
        self.exampleID = exampleID
        self.before = before
        self.after = after
        self.editedText = editedText
        self.count = count
    }

    /// The edit that undoes this one.
    public var inverse: ReviewEdit {
        ReviewEdit(exampleID: exampleID, before: after, after: before, editedText: editedText, count: count)
    }
}

/// Why a review log entry was written.
public enum ReviewLogAction: String, Sendable, Codable {
    /// A new change by the reviewer.
    case apply
    /// The inverse of an earlier entry (`target`).
    case undo
    /// An earlier entry (`target`) applied again after its undo.
    case redo
}

/// One row of the append-only review log: the edit that was applied and why.
public struct ReviewLogEntry: Sendable, Equatable {
    public var sequence: Int64
    public var action: ReviewLogAction
    /// The edit as applied to the example (for an undo, the inverse of the target's edit).
    public var edit: ReviewEdit
    /// For undo and redo: the `apply` entry they act on.
    public var target: Int64?
    /// For the later entries of a bulk change: the first entry of the change, which stands for all of them in
    /// the undo history (undoing it undoes them all).
    public var batch: Int64?

    public init(sequence: Int64, action: ReviewLogAction, edit: ReviewEdit, target: Int64? = nil, batch: Int64? = nil) {
        self.sequence = sequence
        self.action = action
        self.edit = edit
        self.target = target
        self.batch = batch
    }
}

/// The undo and redo stacks implied by a review log, replayed from its entries in order. Keeping only the log
/// makes undo survive restarts: the stacks are a function of it.
public struct UndoHistory: Sendable, Equatable {
    /// `apply` entries that can be undone, most recent last.
    public private(set) var undoStack: [Int64] = []
    /// `apply` entries that can be redone, most recently undone last.
    public private(set) var redoStack: [Int64] = []

    public init() {}

    /// Replays `entries` (in sequence order).
    public init<S: Sequence>(replaying entries: S) where S.Element == ReviewLogEntry {
        for entry in entries { record(entry) }
    }

    /// Advances the stacks past one entry.
    public mutating func record(_ entry: ReviewLogEntry) {
        record(sequence: entry.sequence, action: entry.action, target: entry.target, batch: entry.batch)
    }

    /// Advances the stacks past one entry, given only what the stacks depend on (a store replays its log
    /// without decoding every edit).
    public mutating func record(sequence: Int64, action: ReviewLogAction, target: Int64?, batch: Int64?) {
        // The later entries of a bulk change move with its first entry.
        guard batch == nil else { return }
        switch action {
        case .apply:
            undoStack.append(sequence)
            redoStack.removeAll()
        case .undo:
            if let target, let index = undoStack.lastIndex(of: target) {
                undoStack.remove(at: index)
                redoStack.append(target)
            }
        case .redo:
            if let target, let index = redoStack.lastIndex(of: target) {
                redoStack.remove(at: index)
                undoStack.append(target)
            }
        }
    }
}
