import Synchronization
import TuneBenchStore

/// Applies the Decision pane's answer writes one at a time and in the order the keys were pressed: tasks run
/// concurrently, so a write that arrives after a newer one is skipped instead of overwriting it.
final class AnswerWriteQueue: Sendable {
    static let shared = AnswerWriteQueue()

    /// The highest sequence number applied, per project file.
    private let lastApplied = Mutex<[String: Int]>([:])

    /// Stores `answers` unless a newer write already stored them, then records the recommendation.
    func write(_ answers: [String: String?], sequence: Int, store: ProjectStore) throws {
        try lastApplied.withLock { applied in
            guard sequence > applied[store.path, default: 0] else { return }
            applied[store.path] = sequence
            let outcome = try store.evaluateDecision(answers: answers.compactMapValues { $0 })
            try store.setDecisionAnswers(answers, outcome: outcome)
            try store.recordDecision(try store.evaluateDecision())
        }
    }
}
