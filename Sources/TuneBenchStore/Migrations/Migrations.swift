import GRDB

/// Every migration tunebench knows, oldest first. Append only: a shipped migration is never edited, renamed,
/// reordered or removed, because project files record which ones they have applied.
enum Migrations {
    static let all: [Migration] = [
        projectMetadata,
        datasets,
        evals,
        decisions,
        cost,
        datasetSearch,
        evalOverrideLog,
        reviewEdits,
        datasetSearchRuns,
        exampleEditFacts,
        editLog,
        exampleTextCascade,
        runners,
        tunePlans,
        datasetCompleteness,
        exampleAcceptedIndex,
        exampleIndexTables,
    ]

    /// The migrator that applies `all` in order, each in its own transaction.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in all {
            migrator.registerMigration(migration.name, migrate: migration.apply)
        }
        return migrator
    }

    /// The identifiers of `all`, in order.
    static var names: [String] { all.map(\.name) }
}
