import Foundation

/// Why an edit log entry was written.
public enum EditAction: String, Sendable, Codable {
    /// A new change by the user.
    case apply
    /// The inverse of an earlier `apply` entry (its `target`).
    case undo
    /// An earlier `apply` entry (its `target`) applied again after its undo.
    case redo
}

/// Where an applied change stands: on the undo stack, on the redo stack, or neither.
public enum EditState: String, Sendable, Codable {
    /// In force: the next undo of its scope may take it back.
    case done
    /// Undone; a redo of its scope may apply it again.
    case undone
    /// Undone, and another change of its scope came after: it can no longer be redone.
    case discarded
}

/// One change as the history shows it: an `apply` entry of the log (a bulk change counts once).
public struct EditLogEntry: Sendable, Equatable {
    public var sequence: Int64
    public var at: Date
    public var edit: Edit
    public var state: EditState
    /// How many records the change covered (a bulk review change: its examples).
    public var count: Int

    public init(sequence: Int64, at: Date, edit: Edit, state: EditState, count: Int = 1) {
        self.sequence = sequence
        self.at = at
        self.edit = edit
        self.state = state
        self.count = count
    }

    /// One line for people: `accepted #3f2a9c1e`, `hourly_rate: 100 → 90 (75-125)`.
    public var description: String { edit.summary(count: count) }
}
