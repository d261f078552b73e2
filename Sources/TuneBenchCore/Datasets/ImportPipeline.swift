import Foundation

/// Reads and processes a dataset file on a background thread while the caller stores the previous batch:
/// reading, parsing, counting and fingerprinting overlap with the database writes, on two cores.
///
/// Memory stays flat: at most `queueDepth` processed batches wait, each about `batchBytes` of records.
public enum ImportPipeline {
    public static let batchRecords = 4_096
    public static let batchBytes = 8 << 20
    static let queueDepth = 2

    /// Runs the import: `consume` is called on the calling thread with every batch, in file order.
    /// Errors from reading or from `consume` stop the pipeline and are rethrown.
    public static func run(
        source: any RecordSource, processor: RecordProcessor, parallelism: Int = 2,
        consume: (ProcessedBatch) throws -> Void
    ) throws {
        let channel = BoundedChannel<Result<ProcessedBatch, any Error>>(capacity: queueDepth)
        let box = SourceBox(source)
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            defer { channel.close(); finished.signal() }
            do {
                while !channel.isCancelled,
                      let batch = try box.source.nextBatch(maxRecords: batchRecords, maxBytes: batchBytes) {
                    guard channel.send(.success(processor.process(batch, parallelism: parallelism))) else { return }
                }
            } catch {
                _ = channel.send(.failure(error))
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
        defer { finished.wait() }
        do {
            while let item = channel.receive() {
                try consume(item.get())
            }
        } catch {
            channel.cancel()
            throw error
        }
    }
}

/// Moves a record source to the producer thread, which is then its only user.
private final class SourceBox: @unchecked Sendable {
    var source: any RecordSource
    init(_ source: any RecordSource) { self.source = source }
}
