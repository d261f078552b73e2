import Foundation

/// Reads and processes a dataset file on a background thread while the caller stores the previous batch:
/// reading, parsing, counting and fingerprinting overlap with the database writes, on two cores.
///
/// Memory stays flat: at most `queueDepth` processed batches wait, each about `batchBytes` of records.
public enum ImportPipeline {
    public static let batchRecords = 4_096
    public static let batchBytes = 4 << 20
    static let queueDepth = 2

    /// Runs the import: `consume` is called on the calling thread with every batch, in file order.
    /// Errors from reading or from `consume` stop the pipeline and are rethrown.
    ///
    /// Three stages overlap: a reader thread (read, SHA-256, split into records), a processing thread (parse,
    /// normalise, count, check, fingerprint; `parallelism` threads per batch) and the caller (store).
    public static func run(
        source: any RecordSource, processor: RecordProcessor, parallelism: Int = 2,
        consume: (ProcessedBatch) throws -> Void
    ) throws {
        let raw = BoundedChannel<Result<RecordBatch, any Error>>(capacity: queueDepth)
        let processed = BoundedChannel<Result<ProcessedBatch, any Error>>(capacity: queueDepth)
        let box = SourceBox(source)
        let finished = DispatchSemaphore(value: 0)
        let reader = Thread {
            defer { raw.close(); finished.signal() }
            do {
                while !raw.isCancelled, let batch = try box.source.nextBatch(maxRecords: batchRecords, maxBytes: batchBytes) {
                    guard raw.send(.success(batch)) else { return }
                }
            } catch {
                _ = raw.send(.failure(error))
            }
        }
        let worker = Thread {
            defer { processed.close(); finished.signal() }
            while let item = raw.receive() {
                let result = item.map { processor.process($0, parallelism: parallelism) }
                guard processed.send(result) else { raw.cancel(); return }
            }
        }
        for thread in [reader, worker] {
            thread.stackSize = 8 << 20
            thread.start()
        }
        defer {
            finished.wait()
            finished.wait()
        }
        do {
            while let item = processed.receive() {
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
