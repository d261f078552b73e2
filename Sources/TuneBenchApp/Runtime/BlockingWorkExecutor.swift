import Dispatch

/// Where background work runs: Dispatch's global queue, not Swift's cooperative pool.
///
/// The work is blocking IO (SQLite through GRDB, file writes). On the cooperative pool (one thread per core) it
/// can wait behind whatever else holds those threads, such as a scripted session blocked in `settle()` or other
/// synchronous tests; Dispatch's global queue adds threads when its threads block.
final class BlockingWorkExecutor: TaskExecutor {
    static let shared = BlockingWorkExecutor()

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        DispatchQueue.global(qos: .userInitiated).async { job.runSynchronously(on: executor) }
    }
}
