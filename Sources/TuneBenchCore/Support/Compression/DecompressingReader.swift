import Foundation

/// Inflates a compressed stream chunk by chunk, so memory stays bounded whatever the stream inflates to.
///
/// Compressed bytes are pulled from `source` as they are needed; each `read` hands out at most `outputChunk`
/// inflated bytes. More than `limit` inflated bytes in all is refused (`DecompressionError.tooLarge`) as soon as
/// the limit is passed, so a compression bomb costs at most one chunk past the limit. zstd frames and gzip members
/// that follow one another are read as one stream; bytes after the end of a raw deflate stream are ignored.
public final class DecompressingReader {
    /// Returns up to `maxCount` more compressed bytes, or nil (or empty) at the end.
    public typealias Source = (_ maxCount: Int) throws -> Data?

    public let format: CompressionFormat
    private let decompressor: any Decompressor
    private let source: Source
    private let limit: Int
    private let inputChunk: Int
    private let scratch: UnsafeMutableRawBufferPointer
    private var pending = Data()
    private var pendingOffset = 0
    private var sourceEnded = false
    private var inFrame = true
    private var finished = false
    /// Compressed bytes taken from the source so far.
    public private(set) var bytesIn = 0
    /// Inflated bytes handed out so far.
    public private(set) var bytesOut = 0

    public init(
        format: CompressionFormat, limit: Int = .max, outputChunk: Int = 256 << 10, inputChunk: Int = 256 << 10,
        source: @escaping Source
    ) throws(DecompressionError) {
        self.format = format
        decompressor = try format.makeDecompressor()
        self.source = source
        self.limit = limit
        self.inputChunk = inputChunk
        scratch = .allocate(byteCount: max(outputChunk, 1), alignment: 16)
    }

    deinit { scratch.deallocate() }

    /// Hands the next inflated bytes (at most `outputChunk`, never none) to `sink`; returns false, calling nothing,
    /// once the stream has ended and everything was handed out. Source errors are rethrown as they are.
    public func read(_ sink: (UnsafeRawBufferPointer) throws -> Void) throws -> Bool {
        while !finished {
            if pendingOffset == pending.count, !sourceEnded {
                if let next = try source(inputChunk), !next.isEmpty {
                    pending = next
                    pendingOffset = 0
                    bytesIn += next.count
                } else {
                    sourceEnded = true
                }
            }
            let available = pending.count - pendingOffset
            if !inFrame {
                guard available > 0, format.allowsConcatenation else {
                    if available == 0, !sourceEnded { continue }
                    finished = true
                    break
                }
                try decompressor.startNextFrame()
                inFrame = true
            }
            // One byte past the limit is asked for, so going over it is seen without inflating further.
            let left = limit - bytesOut
            let room = left < scratch.count ? left + 1 : scratch.count
            let output = UnsafeMutableRawBufferPointer(rebasing: scratch[0..<room])
            let offset = pendingOffset, decompressor = self.decompressor
            let step = try pending.withUnsafeBytes { raw in
                try decompressor.step(UnsafeRawBufferPointer(rebasing: raw[offset...]), into: output)
            }
            pendingOffset += step.consumed
            bytesOut += step.produced
            if bytesOut > limit { throw DecompressionError.tooLarge(format, limit: limit) }
            if step.frameEnded { inFrame = false }
            if step.produced > 0 {
                try sink(UnsafeRawBufferPointer(rebasing: scratch[0..<step.produced]))
                return true
            }
            if !step.frameEnded, step.consumed == 0 {
                if available == 0, sourceEnded { throw DecompressionError.truncated(format) }
                if available > 0 { throw DecompressionError.damaged(format, detail: "the decompressor stopped taking input") }
            }
        }
        return false
    }
}
