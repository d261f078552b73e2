import GRDB
import TuneBenchCore

extension Migrations {
    /// The cost estimator's tables: the assumptions the user changed, and the model price table, seeded with the
    /// dated default prices so a project's figures do not shift when a later tunebench ships newer defaults.
    static let cost = Migration(name: "cost-assumptions-and-prices") { db in
        try db.execute(sql: """
            CREATE TABLE cost_assumption (
                name TEXT PRIMARY KEY NOT NULL,
                low REAL,
                expected REAL,
                high REAL,
                model TEXT,
                updated_at REAL NOT NULL,
                CHECK ((model IS NULL) = (expected IS NOT NULL))
            ) WITHOUT ROWID;
            CREATE TABLE model_price (
                model TEXT PRIMARY KEY NOT NULL,
                provider TEXT NOT NULL DEFAULT '',
                input_per_1m REAL,
                output_per_1m REAL,
                cache_read_per_1m REAL,
                source TEXT NOT NULL,
                as_of TEXT NOT NULL
            ) WITHOUT ROWID;
            """)
        for price in DefaultPrices.all {
            try ProjectStore.upsert(price, in: db)
        }
    }
}
