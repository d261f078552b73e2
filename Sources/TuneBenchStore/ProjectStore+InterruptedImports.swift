import GRDB

extension ProjectStore {
    /// Examples deleted per transaction when an incomplete dataset is removed: small enough that another
    /// process's write waits a few milliseconds, not the seconds one big DELETE of a million rows would take.
    static let deleteChunk = 2_000

    /// The SQL condition (after WHERE, on `example`) that keeps only examples of complete datasets. Every read
    /// of examples that is not already limited to a complete dataset's id adds it.
    static let inCompleteDataset = "+example.dataset_id NOT IN (SELECT id FROM dataset WHERE NOT complete)"

    /// How many incomplete datasets were left by imports whose process has ended (kill -9, power loss); the
    /// next import removes them. Imports still running are not counted.
    public func interruptedImports() throws -> Int {
        try pool.read { db in try Self.deadImports(db).count }
    }

    /// Removes every incomplete dataset whose importing process has ended, in chunks.
    /// - Returns: how many were removed.
    @discardableResult
    public func removeInterruptedImports() throws -> Int {
        let dead = try pool.read { db in try Self.deadImports(db) }
        for id in dead { try removeIncompleteDataset(id: id) }
        return dead.count
    }

    /// The ids of incomplete datasets whose importer is not running (or not recorded in a form we can read).
    static func deadImports(_ db: Database) throws -> [Int64] {
        try Row.fetchAll(db, sql: "SELECT id, importer FROM dataset WHERE NOT complete ORDER BY id").compactMap { row in
            let importer: String? = row["importer"]
            let alive = importer.flatMap(ImporterIdentity.init(recorded:))?.isAlive ?? false
            return alive ? nil : row["id"]
        }
    }

    /// Deletes an incomplete dataset's examples and their index-table rows (an import killed while indexing
    /// leaves some) a chunk per transaction, then the dataset row (its problems and import record go with it).
    /// Does nothing to a complete dataset.
    func removeIncompleteDataset(id: Int64) throws {
        for delete in [
            "DELETE FROM example WHERE id IN (SELECT id FROM example WHERE +dataset_id = ? LIMIT ?)",
            "DELETE FROM example_by_key WHERE dataset_id = ?1 AND key IN (SELECT key FROM example_by_key WHERE dataset_id = ?1 LIMIT ?2)",
            "DELETE FROM example_by_hash WHERE dataset_id = ?1 AND content_hash IN (SELECT content_hash FROM example_by_hash WHERE dataset_id = ?1 LIMIT ?2)",
        ] {
            while try pool.write({ db -> Int in
                guard try Bool.fetchOne(db, sql: "SELECT NOT complete FROM dataset WHERE id = ?", arguments: [id]) == true else { return 0 }
                try db.execute(sql: delete, arguments: [id, Self.deleteChunk])
                return db.changesCount
            }) > 0 {
                Self.handOverWriteLock()
            }
        }
        try pool.write { db in
            try db.execute(sql: "DELETE FROM dataset WHERE id = ? AND NOT complete", arguments: [id])
        }
    }
}
