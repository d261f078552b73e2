import Foundation
import GRDB
import TuneBenchCore

extension ProjectStore {
    // MARK: - Assumptions

    /// The cost assumptions of this project: built-in defaults, the training tokens (given, or else those of the
    /// project's own accepted examples), then every value stored with `setCostAssumption` (provenance
    /// "user-entered YYYY-MM-DD"). With `measuringPace`, `minutes_per_example` comes from the engineer's
    /// measured review pace once it is measured (provenance "measured from N decisions over H hours"); a value
    /// the user stored still wins, and its provenance says it overrides the measurement.
    /// - Throws: ``CostInputError`` when a stored value breaks its assumption's rules (a damaged file).
    public func costAssumptions(trainingTokens: TrainingTokens? = nil, measuringPace: Bool = true) throws -> CostAssumptions {
        var assumptions = CostAssumptions.defaults(trainingTokens: try trainingTokens ?? self.trainingTokens())
        var measured: ReviewPace?
        if measuringPace {
            let pace = ReviewPace.measure(try reviewDecisions())
            if let minutes = pace.minutesPerAcceptedExample {
                measured = pace
                try assumptions.set(.minutesPerExample, to: .number(minutes),
                                    provenance: AssumptionProvenance(origin: .measured, detail: pace.measuredLabel))
            }
        }
        for stored in try storedCostAssumptions() {
            var detail = "user-entered \(Self.day(stored.updatedAt))"
            if stored.name == .minutesPerExample, let measured {
                detail += " (wins over the pace \(measured.measuredLabel))"
            }
            try assumptions.set(stored.name, to: stored.value, provenance: AssumptionProvenance(origin: .stored, detail: detail))
        }
        return assumptions
    }

    /// One assumption value the user stored.
    public struct StoredCostAssumption: Equatable, Sendable {
        public var name: CostAssumptionName
        public var value: AssumptionValue
        public var updatedAt: Date
    }

    /// The stored assumption values, by name. Rows of names this tunebench does not know are ignored.
    public func storedCostAssumptions() throws -> [StoredCostAssumption] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM cost_assumption ORDER BY name").compactMap { row in
                guard let name = CostAssumptionName(rawValue: row["name"]) else { return nil }
                let stored = Self.storedAssumption(row)
                return StoredCostAssumption(name: name, value: stored.value, updatedAt: stored.updatedAt)
            }
        }
    }

    /// Stores assumption values (nil removes the stored value, so the default applies again) as one logged
    /// change, so `undo(scope: .cost)` puts the earlier values back. Values are not checked here: check them
    /// with `CostAssumptions.set` (``assume(_:now:)`` does).
    /// - Returns: the logged change, or nil when every value was already stored as given.
    @discardableResult
    public func changeCostAssumptions(_ values: [(CostAssumptionName, AssumptionValue?)], now: Date = Date()) throws -> EditOutcome? {
        try pool.write { db in
            var first: (edit: Edit, sequence: Int64)?
            for (name, value) in values {
                let before = try Self.storedAssumption(db, name)
                guard before?.value != value else { continue }
                let change = AssumptionChangeEdit(name: name, before: before,
                                                  after: value.map { StoredAssumption(value: $0, updatedAt: now) })
                try Self.writeAssumption(name, change.after, db: db)
                let sequence = try Self.logApply(.assumption(change), references: EditReferences(),
                                                 leader: first?.sequence, now: now, db: db)
                if first == nil { first = (.assumption(change), sequence) }
            }
            guard let first else { return nil }
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM edit_log WHERE seq = ? OR group_leader = ?",
                                         arguments: [first.sequence, first.sequence]) ?? 1
            return try Self.applied(first.edit, sequence: first.sequence, count: count, db: db)
        }
    }

    /// Applies a logged assumption change after checking the stored value is the one it expects.
    static func performAssumption(_ change: AssumptionChangeEdit, db: Database) throws {
        guard try storedAssumption(db, change.name) == change.before else {
            throw EditStoreError.changedElsewhere(change.name.rawValue)
        }
        try writeAssumption(change.name, change.after, db: db)
    }

    private static func storedAssumption(_ db: Database, _ name: CostAssumptionName) throws -> StoredAssumption? {
        try Row.fetchOne(db, sql: "SELECT * FROM cost_assumption WHERE name = ?", arguments: [name.rawValue]).map(storedAssumption)
    }

    private static func storedAssumption(_ row: Row) -> StoredAssumption {
        let value: AssumptionValue
        if let model: String = row["model"] {
            value = .model(model)
        } else {
            value = .number(CostRange(low: row["low"], expected: row["expected"], high: row["high"]))
        }
        return StoredAssumption(value: value, updatedAt: Date(timeIntervalSince1970: row["updated_at"]))
    }

    private static func writeAssumption(_ name: CostAssumptionName, _ stored: StoredAssumption?, db: Database) throws {
        switch stored?.value {
        case nil:
            try db.execute(sql: "DELETE FROM cost_assumption WHERE name = ?", arguments: [name.rawValue])
        case .model(let model)?:
            try db.execute(sql: """
                INSERT OR REPLACE INTO cost_assumption (name, low, expected, high, model, updated_at)
                VALUES (?, NULL, NULL, NULL, ?, ?)
                """, arguments: [name.rawValue, model, stored!.updatedAt.timeIntervalSince1970])
        case .number(let range)?:
            try db.execute(sql: """
                INSERT OR REPLACE INTO cost_assumption (name, low, expected, high, model, updated_at)
                VALUES (?, ?, ?, ?, NULL, ?)
                """, arguments: [name.rawValue, range.low, range.expected, range.high, stored!.updatedAt.timeIntervalSince1970])
        }
    }

    // MARK: - The dataset's training tokens

    /// The training tokens the cost model uses: the current tune plan's (``currentTune()``), measured in its
    /// training file, while its data is unchanged; otherwise the accepted examples' (nil when none is accepted).
    /// A stale plan no longer describes the data, so the accepted examples speak again.
    /// - Parameter tunes: the recorded tunes when the caller has read them already (nil: read them here).
    public func trainingTokens(tunes: [TuneStatus]? = nil) throws -> TrainingTokens? {
        if let tune = Self.current(among: try tunes ?? self.tunes()), !tune.isStale {
            let plan = tune.record
            return TrainingTokens(examples: plan.trainExamples, billingTokensPerEpoch: plan.tokensPerEpoch, epochs: plan.epochs,
                                  isExact: plan.tokensExact, encodingName: plan.encodingName, tune: plan.id)
        }
        return try acceptedTrainingTokens()
    }

    /// The training-token facts of the accepted examples of every dataset, billed as the data-prep rule does
    /// (Σ min(cap, tokens) per epoch, the default-epochs rule, cap = the project's validation token limit);
    /// nil when no example is accepted. Exact only when every contributing dataset was counted exactly.
    /// The dataset and token count of every accepted example in a complete dataset, found by the partial
    /// `example_accepted` index (no scan of the whole table: its status is a literal so the planner can use it).
    static let acceptedTokensSQL =
        "SELECT dataset_id, total_tokens FROM example WHERE status = \(statusCodes.firstIndex(of: .accepted)!) AND \(inCompleteDataset)"

    public func acceptedTrainingTokens() throws -> TrainingTokens? {
        let cap = try validationSettings().tokenLimit
        return try pool.read { db in
            var totals: [Int] = []
            var contributing: Set<Int64> = []
            let cursor = try Row.fetchCursor(db, sql: Self.acceptedTokensSQL)
            while let row = try cursor.next() {
                contributing.insert(row[0])
                totals.append(row[1])
            }
            guard !totals.isEmpty else { return nil }
            let datasets = try Self.datasetRows(db).filter { contributing.contains($0.id) }
            let bill = TrainingTokenRule(maxTokensPerExample: cap).estimate(totals)
            return TrainingTokens(
                examples: totals.count, billingTokensPerEpoch: bill.billingTokens, epochs: bill.epochs,
                isExact: datasets.allSatisfy(\.tokensExact),
                encodingName: Set(datasets.map(\.tokenCounter)).sorted().joined(separator: ", "))
        }
    }

    // MARK: - Prices

    /// The project's price table (seeded with `DefaultPrices`, plus imports and edits).
    public func priceTable() throws -> PriceTable {
        try pool.read { db in
            PriceTable(try Row.fetchAll(db, sql: "SELECT * FROM model_price").map { row in
                ModelPrice(model: row["model"], provider: row["provider"], inputPer1M: row["input_per_1m"],
                           outputPer1M: row["output_per_1m"], cacheReadPer1M: row["cache_read_per_1m"],
                           source: row["source"], asOf: row["as_of"])
            })
        }
    }

    /// Adds or replaces prices in one transaction.
    public func upsertPrices(_ prices: [ModelPrice]) throws {
        try pool.write { db in
            for price in prices { try Self.upsert(price, in: db) }
        }
    }

    static func upsert(_ price: ModelPrice, in db: Database) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO model_price (model, provider, input_per_1m, output_per_1m, cache_read_per_1m, source, as_of)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [price.model, price.provider, price.inputPer1M, price.outputPer1M, price.cacheReadPer1M,
                             price.source, price.asOf])
    }

    /// `YYYY-MM-DD` in UTC, the date format of prices and user-entered assumptions.
    public static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }
}
