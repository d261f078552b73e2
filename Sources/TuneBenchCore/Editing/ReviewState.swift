import Foundation

/// Where an example stands in review.
public enum ReviewStatus: String, CaseIterable, Sendable, Codable {
    case pending, accepted, rejected, flagged
}

/// The review state kept with each example.
public struct ReviewState: Sendable, Equatable, Codable {
    public var status: ReviewStatus
    /// Tags in the order they were added, without repeats.
    public var tags: [String]
    public var note: String
    /// When the state last changed by review; nil while never reviewed.
    public var reviewedAt: Date?

    public init(status: ReviewStatus = .pending, tags: [String] = [], note: String = "", reviewedAt: Date? = nil) {
        self.status = status
        self.tags = tags
        self.note = note
        self.reviewedAt = reviewedAt
    }

    /// The state of a freshly imported example.
    public static let initial = ReviewState()
}

/// What a reviewer asks to change; nil fields stay as they are.
public struct ReviewChange: Sendable, Equatable {
    public var status: ReviewStatus?
    public var addTags: [String]
    public var removeTags: [String]
    public var note: String?

    public init(status: ReviewStatus? = nil, addTags: [String] = [], removeTags: [String] = [], note: String? = nil) {
        self.status = status
        self.addTags = addTags
        self.removeTags = removeTags
        self.note = note
    }

    /// The state after this change, stamped `at`.
    public func applied(to state: ReviewState, at date: Date) -> ReviewState {
        var next = state
        if let status { next.status = status }
        for tag in addTags where !next.tags.contains(tag) { next.tags.append(tag) }
        next.tags.removeAll { removeTags.contains($0) }
        if let note { next.note = note }
        next.reviewedAt = date
        return next
    }
}
