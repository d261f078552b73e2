import Foundation

/// Reads and processes a dataset file on background threads while the caller stores the batches in file order:
/// one reader (read, SHA-256, split into records) and `workers` processing threads, each taking whole batches
/// (parse, normalise, count tokens, check, fingerprint), so the per-record work runs on every core without a
/// barrier per batch. Results are handed to the caller in file order whatever order the workers finish in.
///
/// Memory stays flat: at most `queueDepth` raw batches wait, each worker holds one, and at most `queueDepth`
/// processed batches wait ahead of the caller, each about `batchBytes` of records.
public enum ImportPipeline {
    public static let batchRecords = 4_096
    public static let batchBytes = 4 << 20
    static let queueDepth = 2

    /// Runs the import: `consume` is called on the calling thread with every batch, in file order.
    /// Errors from reading or from `consume` stop the pipeline and are rethrown. With `workers` 1 the per-record
    /// work runs on one thread (the results are the same); `maxRecords` caps the records of one batch.
    public static func run(
        source: any RecordSource, processor: RecordProcessor,
        workers: Int = max(1, ProcessInfo.processInfo.activeProcessorCount), maxRecords: Int = batchRecords,
        consume: (ProcessedBatch) throws -> Void
    ) throws {
        let workers = max(1, workers)
        let raw = BoundedChannel<(Int, Result<RecordBatch, any Error>)>(capacity: queueDepth)
        let processed = OrderedChannel<Result<ProcessedBatch, any Error>>(window: queueDepth + workers)
        let box = SourceBox(source)
        let finished = DispatchSemaphore(value: 0)
        let reader = Thread {
            defer { raw.close(); finished.signal() }
            var sequence = 0
            do {
                while !raw.isCancelled, let batch = try box.source.nextBatch(maxRecords: maxRecords, maxBytes: batchBytes) {
                    guard raw.send((sequence, .success(batch))) else { return }
                    sequence += 1
                }
                processed.finish(count: sequence)
            } catch {
                if raw.send((sequence, .failure(error))) { processed.finish(count: sequence + 1) }
            }
        }
        let processors = (0..<workers).map { _ in
            Thread {
                defer { finished.signal() }
                while let (sequence, item) = raw.receive() {
                    let result = item.map { processor.process($0, parallelism: 1) }
                    guard processed.put(sequence, result) else { raw.cancel(); return }
                }
            }
        }
        for thread in [reader] + processors {
            thread.stackSize = 8 << 20
            thread.start()
        }
        defer {
            for _ in 0...workers { finished.wait() }
        }
        do {
            while let item = processed.next() {
                try consume(item.get())
            }
        } catch {
            processed.cancel()
            raw.cancel()
            throw error
        }
    }
}

/// Moves a record source to the producer thread, which is then its only user.
private final class SourceBox: @unchecked Sendable {
    var source: any RecordSource
    init(_ source: any RecordSource) { self.source = source }
}
