import GRDB

extension Migrations {
    /// A completeness mark on datasets: an import commits its examples in chunks (so other tunebench processes
    /// can write between them) and marks the dataset complete only in its last transaction; every read skips
    /// incomplete datasets. `importer` names the process importing an incomplete dataset (``ImporterIdentity``),
    /// so a later import can tell a dead import's leftovers from a running one. Existing datasets are complete.
    static let datasetCompleteness = Migration(name: "dataset-completeness") { db in
        try db.execute(sql: """
            ALTER TABLE dataset ADD COLUMN complete INTEGER NOT NULL DEFAULT 1;
            ALTER TABLE dataset ADD COLUMN importer TEXT;
            """)
    }
}
