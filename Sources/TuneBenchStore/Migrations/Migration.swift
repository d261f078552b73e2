import GRDB

/// One named, append-only schema step. Each runs in its own transaction, once per project file.
struct Migration: Sendable {
    /// The stable identifier recorded in the file; never renamed once shipped.
    let name: String
    /// Creates or alters tables. Runs inside the migration's transaction.
    let apply: @Sendable (Database) throws -> Void
}
