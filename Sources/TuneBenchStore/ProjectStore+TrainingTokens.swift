import GRDB
import TuneBenchCore

extension ProjectStore {
    /// The training-token facts of the examples a fine-tune would train on, for the cost model: the accepted
    /// examples (all of them while none is accepted yet), billed with OpenAI's epochs rule and the project's
    /// per-example cap. Nil when the project has no examples.
    public func trainingTokens() throws -> TrainingTokens? {
        let cap = try validationSettings().tokenLimit
        let accepted = Self.statusCodes.firstIndex(of: .accepted)!
        return try pool.read { db in
            let datasets = try Row.fetchAll(db, sql: "SELECT token_counter, tokens_exact FROM dataset")
            guard !datasets.isEmpty else { return nil }
            var tokens = try Int.fetchAll(db, sql: "SELECT total_tokens FROM example WHERE status = ?", arguments: [accepted])
            if tokens.isEmpty { tokens = try Int.fetchAll(db, sql: "SELECT total_tokens FROM example") }
            guard !tokens.isEmpty else { return nil }
            let bill = TrainingTokenRule(maxTokensPerExample: cap).estimate(tokens)
            let counters = Set(datasets.map { $0["token_counter"] as String }).sorted().joined(separator: ", ")
            return TrainingTokens(examples: tokens.count, billingTokensPerEpoch: bill.billingTokens, epochs: bill.epochs,
                                  isExact: datasets.allSatisfy { $0["tokens_exact"] as Bool }, encodingName: counters)
        }
    }
}
