import Foundation
import GRDB
import TuneBenchCore

/// A recorded tune with what has happened to its data since.
public struct TuneStatus: Sendable, Equatable {
    public var record: TunePlanRecord
    /// Examples edited, accepted or rejected since the plan was made (0: the bundle is still the reviewed data).
    public var changedSince: Int
    /// The eval runs linked to this tune (id and name).
    public var runs: [LinkedRun]

    public var isStale: Bool { changedSince > 0 }

    /// `⚠ stale: 2 examples edited, accepted or rejected since the plan`, or nil while the tune is fresh.
    public var staleWarning: String? {
        guard isStale else { return nil }
        return "⚠ stale: \(changedSince) example\(changedSince == 1 ? "" : "s") edited, accepted or rejected since the plan"
    }

    /// One eval run linked to a tune.
    public struct LinkedRun: Sendable, Equatable {
        public var id: Int64
        public var name: String
    }

    /// `tune #3 (axolotl, 412 examples, sha 1a2b3c4d5e6f)` plus the stale warning when there is one.
    public var summary: String {
        let base = "tune #\(record.id) (\(record.tool.rawValue), \(record.trainExamples) examples, sha \(record.shortHash))"
        return isStale ? base + ": stale, \(changedSince) example(s) changed since" : base
    }
}

/// Why a tune could not be recorded or linked.
public enum TuneStoreError: Error, Equatable, CustomStringConvertible {
    case tuneNotFound(Int64)
    case rungNotFineTune(String)

    public var description: String {
        switch self {
        case .tuneNotFound(let id): "no tune #\(id) in this project (see `tunebench tune list`)"
        case .rungNotFineTune(let run): "\(run): only a finetune run can be linked to a tune"
        }
    }
}

extension ProjectStore {
    // MARK: - Reading

    /// Every recorded tune, newest first, with its staleness and linked runs.
    public func tunes() throws -> [TuneStatus] {
        try pool.read { db in
            try Self.tuneRecords(db, sql: "SELECT record FROM tune_plan ORDER BY id DESC").map { try Self.status(of: $0, db: db) }
        }
    }

    /// One tune by id.
    public func tune(id: Int64) throws -> TuneStatus {
        try pool.read { db in
            guard let record = try Self.tuneRecords(db, sql: "SELECT record FROM tune_plan WHERE id = ?", [id]).first else {
                throw TuneStoreError.tuneNotFound(id)
            }
            return try Self.status(of: record, db: db)
        }
    }

    /// The tune an eval run is linked to, or nil.
    public func tune(forRun runID: Int64) throws -> TuneStatus? {
        try pool.read { db in
            try Self.tuneRecords(db, sql: """
                SELECT p.record FROM run_tune r JOIN tune_plan p ON p.id = r.tune_id WHERE r.run_id = ?
                """, [runID]).first.map { try Self.status(of: $0, db: db) }
        }
    }

    /// The tune the Decision and Cost panes speak of: the newest one linked to a run, else the newest planned.
    public func currentTune() throws -> TuneStatus? { Self.current(among: try tunes()) }

    /// ``currentTune()``'s choice among `tunes` (newest first, as ``tunes()`` lists them), for callers that hold
    /// the list already.
    public static func current(among tunes: [TuneStatus]) -> TuneStatus? {
        tunes.first { !$0.runs.isEmpty } ?? tunes.first
    }

    private static func tuneRecords(_ db: Database, sql: String, _ arguments: StatementArguments = []) throws -> [TunePlanRecord] {
        try String.fetchAll(db, sql: sql, arguments: arguments).map { try Edit.decoder.decode(TunePlanRecord.self, from: Data($0.utf8)) }
    }

    /// Counts the examples whose training-relevant state changed after the plan: text edited, or status changed
    /// to or from accepted, or to rejected (undo and redo count too), in the plan's dataset when it had one.
    private static func status(of record: TunePlanRecord, db: Database) throws -> TuneStatus {
        let rows = try Row.fetchAll(db, sql: """
            SELECT l.example_id, l.payload FROM edit_log l JOIN example e ON e.id = l.example_id
            JOIN dataset d ON d.id = e.dataset_id
            WHERE l.kind = 'review' AND l.at > ? AND (?2 IS NULL OR d.name = ?2)
            """, arguments: [record.createdAt.timeIntervalSince1970, record.dataset])
        var changed: Set<Int64> = []
        for row in rows {
            guard let edit = try? Edit.decoder.decode(ReviewEdit.self, from: Data((row["payload"] as String).utf8)) else { continue }
            let statuses = [edit.before.status, edit.after.status]
            let statusMatters = edit.before.status != edit.after.status
                && (statuses.contains(.accepted) || edit.after.status == .rejected)
            if edit.editedText || statusMatters { changed.insert(row["example_id"]) }
        }
        let runs = try Row.fetchAll(db, sql: """
            SELECT r.id, r.name FROM run_tune t JOIN eval_run r ON r.id = t.run_id WHERE t.tune_id = ? ORDER BY r.id
            """, arguments: [record.id]).map { TuneStatus.LinkedRun(id: $0["id"], name: $0["name"]) }
        return TuneStatus(record: record, changedSince: changed.count, runs: runs)
    }

    // MARK: - Changing

    /// Records a plan as a logged change of the Decision scope; returns the record with its new id.
    @discardableResult
    public func recordTunePlan(_ plan: TunePlan, dataset: String?, bundle: String, now: Date = Date()) throws -> TunePlanRecord {
        try pool.write { db in
            let next = (try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'tune_plan'") ?? 0) + 1
            // The record as it reads back from its JSON (its time may lose the last bits of a fraction of a second),
            // so what is returned equals what `tunes()` gives; staleness compares with that same time.
            let written = TunePlanRecord(id: next, plan: plan, dataset: dataset, bundle: bundle, createdAt: now)
            let record = try Edit.decoder.decode(TunePlanRecord.self, from: Edit.encoder.encode(written))
            let edit = TunePlanEdit(before: nil, after: record)
            try Self.performTunePlan(edit, db: db)
            try Self.logApply(.tunePlan(edit), references: EditReferences(), now: now, db: db)
            return record
        }
    }

    /// Links an eval run to a tune (nil unlinks) as a logged change of the Evals scope; the run must stand for
    /// the fine-tune rung. Returns nil when the run already had this link.
    @discardableResult
    public func linkRun(_ runID: Int64, toTune tuneID: Int64?, now: Date = Date()) throws -> EditOutcome? {
        try pool.write { db in
            guard let run = try Row.fetchOne(db, sql: "SELECT name, rung FROM eval_run WHERE id = ?", arguments: [runID]) else {
                throw EvalStoreError.runNotFound(String(runID))
            }
            if let tuneID {
                guard try Bool.fetchOne(db, sql: "SELECT 1 FROM tune_plan WHERE id = ?", arguments: [tuneID]) != nil else {
                    throw TuneStoreError.tuneNotFound(tuneID)
                }
                guard (run["rung"] as String?) == Rung.finetune.rawValue else { throw TuneStoreError.rungNotFineTune(run["name"]) }
            }
            let before = try Int64.fetchOne(db, sql: "SELECT tune_id FROM run_tune WHERE run_id = ?", arguments: [runID])
            guard before != tuneID else { return nil }
            let edit = Edit.runTune(RunTuneEdit(runID: runID, runName: run["name"], before: before, after: tuneID))
            if case .runTune(let change) = edit { try Self.performRunTune(change, db: db) }
            let sequence = try Self.logApply(edit, references: EditReferences(runID: runID), now: now, db: db)
            return try Self.applied(edit, sequence: sequence, recordID: runID, db: db)
        }
    }

    /// Applies a logged plan record change after checking the stored record is the one it expects (and, before
    /// taking a record away, that no run is linked to it).
    static func performTunePlan(_ change: TunePlanEdit, db: Database) throws {
        let id = change.after?.id ?? change.before?.id ?? 0
        let stored = try tuneRecords(db, sql: "SELECT record FROM tune_plan WHERE id = ?", [id]).first
        guard stored == change.before else { throw EditStoreError.changedElsewhere("tune #\(id)") }
        if let after = change.after {
            let json = String(decoding: try Edit.encoder.encode(after), as: UTF8.self)
            try db.execute(sql: "INSERT OR REPLACE INTO tune_plan (id, created_at, tool, dataset, record) VALUES (?, ?, ?, ?, ?)",
                           arguments: [after.id, after.createdAt.timeIntervalSince1970, after.tool.rawValue, after.dataset, json])
        } else {
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM run_tune WHERE tune_id = ?", arguments: [id]) != nil {
                throw EditStoreError.changedElsewhere("tune #\(id), which an eval run is linked to")
            }
            try db.execute(sql: "DELETE FROM tune_plan WHERE id = ?", arguments: [id])
        }
    }

    /// Applies a logged run link change after checking the run's link is the one it expects.
    static func performRunTune(_ change: RunTuneEdit, db: Database) throws {
        let current = try Int64.fetchOne(db, sql: "SELECT tune_id FROM run_tune WHERE run_id = ?", arguments: [change.runID])
        guard current == change.before else { throw EditStoreError.changedElsewhere("the tune link of \(change.runName)") }
        if let tune = change.after {
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM tune_plan WHERE id = ?", arguments: [tune]) != nil else {
                throw EditStoreError.changedElsewhere("tune #\(tune)")
            }
            try db.execute(sql: "INSERT OR REPLACE INTO run_tune (run_id, tune_id) VALUES (?, ?)", arguments: [change.runID, tune])
        } else {
            try db.execute(sql: "DELETE FROM run_tune WHERE run_id = ?", arguments: [change.runID])
        }
    }
}
