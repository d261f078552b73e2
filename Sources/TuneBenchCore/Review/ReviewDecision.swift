import Foundation

/// What a review decision did, for pace statistics: an edit of the text costs more than an accept.
public enum ReviewDecisionKind: String, CaseIterable, Sendable, Codable {
    case accept, reject, flag, edit
}

/// One review decision with the moment it was recorded (an `edit_log` review entry).
public struct ReviewDecision: Sendable, Equatable {
    public var at: Date
    public var kind: ReviewDecisionKind
    /// The decision left the example accepted (an accept, or an edit that accepts).
    public var accepted: Bool

    public init(at: Date, kind: ReviewDecisionKind, accepted: Bool) {
        self.at = at
        self.kind = kind
        self.accepted = accepted
    }

    /// The decision a single-example review edit records, nil for changes that are not a decision (back to
    /// pending, a tag or a note alone).
    public init?(_ edit: ReviewEdit, at: Date) {
        let accepted = edit.after.status == .accepted
        if edit.editedText {
            self.init(at: at, kind: .edit, accepted: accepted)
            return
        }
        guard edit.after.status != edit.before.status else { return nil }
        switch edit.after.status {
        case .accepted: self.init(at: at, kind: .accept, accepted: true)
        case .rejected: self.init(at: at, kind: .reject, accepted: false)
        case .flagged: self.init(at: at, kind: .flag, accepted: false)
        case .pending: return nil
        }
    }
}
