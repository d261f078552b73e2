import Foundation
import TuneBenchCore

/// Imports one fuzz input as a dataset file of `format`, the way `tunebench import` does (detect the container,
/// read batches, parse, normalise, count tokens, check, fingerprint), and checks one invariant: reading the same
/// file in small chunks (2 to 98 bytes, by input length) yields exactly the same records and problems as reading
/// it in one chunk.
enum DatasetFuzzing {
    static func run(_ start: UnsafeRawPointer?, _ count: Int, format: DatasetFormat) {
        let path = FuzzInput.file(start, count, extension: format == .csv ? "csv" : "jsonl")
        guard let file = try? DatasetFile(path: path, format: format) else { return }
        let processor = RecordProcessor(
            normaliser: Normaliser(format: format, columnMapping: file.columnMapping), counter: EstimatedTokenCounter())
        var whole = file.source
        let wholeBatches = drain(&whole, processor: processor)
        guard let stream = try? ByteStream(path: path, chunkSize: 2 + count % 97) else { return }
        var chunked: any RecordSource = switch file.container {
        case .jsonArray: JSONArrayReader(stream: stream)
        case .jsonValues: JSONArrayReader(stream: stream, insideArray: false)
        case .jsonLines: JSONLinesReader(stream: stream)
        case .csv: CSVReader(stream: stream)
        }
        let chunkedBatches = drain(&chunked, processor: processor)
        precondition(
            wholeBatches == chunkedBatches,
            "the records read in one chunk differ from those read in small chunks")
    }

    /// Every record's bytes and every problem, in order.
    private static func drain(_ source: inout any RecordSource, processor: RecordProcessor) -> [String] {
        var seen: [String] = []
        while let batch = try? source.nextBatch(maxRecords: 16, maxBytes: 4096) {
            let processed = processor.process(batch, parallelism: 1)
            for record in processed.records {
                seen.append("\(record.span.line) \(String(decoding: processed.bytes(of: record), as: UTF8.self))")
            }
            seen += processed.problems.map(\.description)
            if batch.isEmpty { break }
        }
        return seen
    }
}
