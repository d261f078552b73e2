import TuneBenchCore

/// `:pairs A B FILE [--format trl] …` (or `:pairs FILE` on a comparison, for its A and B): the CLI's `evals pairs`
/// run as a job, ending with the pair count and the file in the status bar. App-level, because the runs can come
/// from the comparison on screen.
enum EvalsPairsFlow {
    /// Handles the pairs actions; nil for the pane's other actions.
    static func update(_ state: inout AppState, _ action: EvalsPane.Action) -> [Effect]? {
        switch action {
        case .writePairs(let words):
            let evals = state.evals
            let comparing = evals.screen == .compare
                ? evals.runID.flatMap { a in evals.otherRunID.map { (a: String(a), b: String($0)) } } : nil
            let job: PreferencePairsJob
            do {
                job = try PreferencePairsJob(arguments: words, comparing: comparing)
            } catch {
                state.message = StatusMessage(error.message, kind: .warning)
                return []
            }
            return [.task(AppTask(title: "writing preference pairs", kind: .job) { environment, _ in
                .evals(.pairsWritten(StatusMessage(try job.run(environment.store).summary)))
            })]
        case .pairsWritten(let message):
            state.message = message
            return []
        default:
            return nil
        }
    }
}
