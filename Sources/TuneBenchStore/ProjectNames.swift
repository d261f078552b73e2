import Foundation
import GRDB

/// Names in a project file, read for shell completion: read-only, after the same checks `open` makes, and never
/// migrating, so pressing Tab cannot change a file. Anything unreadable gives no names rather than an error.
public enum ProjectNames {
    /// The project's dataset names, in import order.
    public static func datasets(inProjectAt path: String) -> [String] {
        // A file from before datasets had a completeness mark (completion never migrates) has no `complete`.
        names(path, sql: "SELECT name FROM dataset WHERE complete ORDER BY id")
            ?? names(path, sql: "SELECT name FROM dataset ORDER BY id") ?? []
    }

    /// The project's eval run names (what `RUN` arguments take besides ids), in import order, each once.
    public static func evalRuns(inProjectAt path: String) -> [String] {
        names(path, sql: "SELECT name FROM eval_run GROUP BY name ORDER BY MIN(id)") ?? []
    }

    /// The names `sql` reads, or nil when the file cannot be read or the query fails.
    private static func names(_ path: String, sql: String) -> [String]? {
        guard (try? ProjectFileInspection.inspect(path: path)) != nil else { return nil }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "completion"
        configuration.busyMode = .timeout(1)
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return nil }
        defer { try? queue.close() }
        return try? queue.read { db in try String.fetchAll(db, sql: sql) }
    }
}
