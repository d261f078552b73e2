import GRDB

extension Migrations {
    /// The CJK runs of each indexed example as plain text (what the trigram table indexes, which keeps no copy):
    /// runs of one or two characters are too short for trigrams and are looked for here instead of in the stored
    /// records (measured at a million: an absent two-character search read every CJK record, 0.7 s a pass).
    /// Examples already indexed get their runs now.
    static let datasetSearchRuns = Migration(name: "dataset-search-cjk-runs") { db in
        try db.execute(sql: "CREATE TABLE example_cjk_runs (id INTEGER PRIMARY KEY, runs TEXT NOT NULL)")
        try ProjectStore.storeCJKRunsOfIndexedExamples(db)
    }
}
