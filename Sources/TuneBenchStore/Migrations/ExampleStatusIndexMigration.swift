import GRDB

extension Migrations {
    /// The accepted examples of each dataset by index, for the cost model's billed tokens: the project summary,
    /// rebuilt at open and after each review, scanned a million rows to find the accepted few (about 300 ms at a
    /// million, BENCHMARKS.md). A partial index over accepted rows only (status 1, `ProjectStore.statusCodes`):
    /// imports add nothing to it (new rows are pending), and no query that filters on another status, or on a
    /// bound status, can be planned onto it and lose its id order.
    static let exampleAcceptedIndex = Migration(name: "example-accepted-index") { db in
        try db.execute(sql: "CREATE INDEX example_accepted ON example(dataset_id) WHERE status = 1")
    }
}
