import Foundation
import GRDB
import TuneBenchCore

/// The project's runners: added and removed as logged changes of the Evals pane's scope, so `u` there (or
/// `tunebench undo`) takes them back.
extension ProjectStore {
    /// Every runner, by name.
    public func runners() throws -> [Runner] {
        try pool.read { db in try Row.fetchAll(db, sql: "SELECT * FROM eval_runner ORDER BY name").map(Self.runner) }
    }

    /// The runner with this name, or nil.
    public func runner(named name: String) throws -> Runner? {
        try pool.read { db in try Self.storedRunner(db, name: name) }
    }

    /// Adds a runner (checked with ``Runner/validated()``) and logs it.
    /// - Throws: ``EvalInputError`` for a bad name, command or timeout; ``EvalStoreError/runnerExists(_:)``.
    @discardableResult
    public func addRunner(_ runner: Runner, now: Date = Date()) throws -> EditOutcome {
        let runner = try runner.validated()
        return try pool.write { db in
            guard try Self.storedRunner(db, name: runner.name) == nil else { throw EvalStoreError.runnerExists(runner.name) }
            return try Self.logRunnerChange(RunnerEdit(name: runner.name, before: nil, after: runner), now: now, db: db)
        }
    }

    /// Removes a runner (its runs stay) and logs it.
    /// - Throws: ``EvalStoreError/runnerNotFound(_:)``.
    @discardableResult
    public func removeRunner(named name: String, now: Date = Date()) throws -> EditOutcome {
        try pool.write { db in
            guard let before = try Self.storedRunner(db, name: name) else { throw EvalStoreError.runnerNotFound(name) }
            return try Self.logRunnerChange(RunnerEdit(name: name, before: before, after: nil), now: now, db: db)
        }
    }

    private static func logRunnerChange(_ change: RunnerEdit, now: Date, db: Database) throws -> EditOutcome {
        try writeRunner(change, db: db)
        let edit = Edit.runner(change)
        let sequence = try logApply(edit, references: EditReferences(), now: now, db: db)
        return try applied(edit, sequence: sequence, db: db)
    }

    /// Applies a logged runner change after checking the runner is as it expects.
    static func performRunner(_ change: RunnerEdit, db: Database) throws {
        guard try storedRunner(db, name: change.name) == change.before else {
            throw EvalStoreError.runnerChangedElsewhere(change.name)
        }
        try writeRunner(change, db: db)
    }

    private static func writeRunner(_ change: RunnerEdit, db: Database) throws {
        try db.execute(sql: "DELETE FROM eval_runner WHERE name = ?", arguments: [change.name])
        guard let runner = change.after else { return }
        try db.execute(sql: """
            INSERT INTO eval_runner (name, command, rung, model, cwd, timeout_seconds) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [runner.name, runner.command, runner.rung?.rawValue, runner.model, runner.cwd, runner.timeoutSeconds])
    }

    private static func storedRunner(_ db: Database, name: String) throws -> Runner? {
        try Row.fetchOne(db, sql: "SELECT * FROM eval_runner WHERE name = ?", arguments: [name]).map(runner)
    }

    private static func runner(_ row: Row) -> Runner {
        Runner(name: row["name"], command: row["command"], rung: (row["rung"] as String?).flatMap(Rung.init(rawValue:)),
               model: row["model"], cwd: row["cwd"], timeoutSeconds: row["timeout_seconds"])
    }
}
