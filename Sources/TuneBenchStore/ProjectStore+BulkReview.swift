import Foundation
import GRDB
import TuneBenchCore

/// A review change made to every example of a filter that qualifies, as one step of undo.
public enum BulkReviewAction: Sendable, Equatable {
    /// Accept the pending examples without error findings (decisions already made are left alone).
    case acceptValid
    /// Reject every exact or near duplicate except the first of its group, in dataset order (the group is the
    /// whole dataset's, so the kept first may lie outside the filter).
    case rejectDuplicates
    /// Add a tag to every example that lacks it.
    case tag(String)

    /// What the change does to one example.
    var change: ReviewChange {
        switch self {
        case .acceptValid: ReviewChange(status: .accepted)
        case .rejectDuplicates: ReviewChange(status: .rejected)
        case .tag(let tag): ReviewChange(addTags: [tag])
        }
    }
}

extension ProjectStore {
    /// How many examples of `filter` the bulk action would change (what the confirmation states).
    public func bulkReviewCount(_ action: BulkReviewAction, filter: ExampleFilter) throws -> Int {
        try pool.read { db in try Self.bulkCandidates(action, filter: filter, db: db).count }
    }

    /// Applies a bulk action in one transaction: one edit log entry per changed example, the later ones
    /// grouped under the first, so one undo takes the whole change back.
    /// - Returns: the outcome (its `edit` the first example's, `count` how many changed), or nil when none qualified.
    @discardableResult
    public func applyBulkReview(_ action: BulkReviewAction, filter: ExampleFilter, now: Date = Date()) throws -> EditOutcome? {
        try pool.write { db in
            let candidates = try Self.bulkCandidates(action, filter: filter, db: db)
            var first: (edit: Edit, sequence: Int64, rowID: Int64)?
            for rowID in candidates {
                let before = try Self.reviewState(db, rowID: rowID)
                let key = try Int64.fetchOne(db.cachedStatement(sql: "SELECT key FROM example WHERE id = ?"), arguments: [rowID])!
                let review = ReviewEdit(exampleID: ExampleKey.string(key), before: before,
                                        after: action.change.applied(to: before, at: now))
                try Self.writeState(review, rowID: rowID, db: db)
                let edit = Edit.review(review)
                let sequence = try Self.logApply(edit, references: EditReferences(exampleRowID: rowID),
                                                 leader: first?.sequence, now: now, db: db)
                if first == nil { first = (edit, sequence, rowID) }
            }
            guard let first else { return nil }
            return try Self.applied(first.edit, sequence: first.sequence, count: candidates.count, recordID: first.rowID, db: db)
        }
    }

    /// The rowids the action would change, in dataset order.
    static func bulkCandidates(_ action: BulkReviewAction, filter: ExampleFilter, db: Database) throws -> [Int64] {
        let (condition, arguments) = filter.condition
        switch action {
        case .acceptValid:
            let rows = try Row.fetchCursor(db, sql: """
                SELECT id, checks FROM example WHERE \(condition) AND status = \(statusCodes.firstIndex(of: .pending)!) ORDER BY id
                """, arguments: arguments)
            var result: [Int64] = []
            while let row = try rows.next() {
                let checks: String? = row[1]
                if !CheckCounts(encoded: checks).categories.contains(where: \.isError) { result.append(row[0]) }
            }
            return result
        case .tag(let tag):
            let tagged = String(decoding: try JSONEncoder().encode(tag), as: UTF8.self)
            var tagArguments = arguments
            _ = tagArguments.append(contentsOf: [tagged])
            return try Int64.fetchAll(db, sql: "SELECT id FROM example WHERE \(condition) AND instr(tags, ?) = 0 ORDER BY id",
                                      arguments: tagArguments)
        case .rejectDuplicates:
            let inFilter = Set(try Int64.fetchAll(db, sql: "SELECT id FROM example WHERE \(condition) AND status != \(statusCodes.firstIndex(of: .rejected)!)",
                                                  arguments: arguments))
            guard !inFilter.isEmpty else { return [] }
            let finder = DuplicateFinder(threshold: try validationSettings(db).nearDuplicateThreshold)
            var result: [Int64] = []
            for dataset in try datasetRows(db) {
                var rowIDs: [Int64] = [], hashes: [UInt64] = [], sketches: [UInt16] = []
                let rows = try Row.fetchCursor(db, sql: "SELECT id, content_hash, sketch FROM example WHERE +dataset_id = ? ORDER BY id",
                                               arguments: [dataset.id])
                while let row = try rows.next() {
                    rowIDs.append(row[0])
                    hashes.append(UInt64(bitPattern: row[1]))
                    let sketch: Data = row[2]
                    sketch.withUnsafeBytes { sketches.append(contentsOf: $0.bindMemory(to: UInt16.self)) }
                }
                let report = finder.analyse(exactHashes: hashes, sketches: sketches, groups: true)
                var seen = Set<Int32>()
                for (index, group) in report.group.enumerated() where !seen.insert(group).inserted {
                    if inFilter.contains(rowIDs[index]) { result.append(rowIDs[index]) }
                }
            }
            return result.sorted()
        }
    }
}
