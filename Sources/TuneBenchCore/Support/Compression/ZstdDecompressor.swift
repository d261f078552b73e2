import CZstd

/// libzstd's streaming decompressor. Frames may follow one another; the window is capped at libzstd's default
/// (128 MiB), so a frame that asks for more memory is refused rather than allocated.
final class ZstdDecompressor: Decompressor {
    private let stream: OpaquePointer

    init() throws(DecompressionError) {
        guard let stream = ZSTD_createDStream() else { throw .cannotStart(.zstd, detail: "out of memory") }
        self.stream = stream
        let code = ZSTD_initDStream(stream)
        if ZSTD_isError(code) != 0 {
            ZSTD_freeDStream(stream)
            throw .cannotStart(.zstd, detail: Self.errorName(code))
        }
    }

    deinit { ZSTD_freeDStream(stream) }

    func step(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) throws(DecompressionError) -> DecompressionStep {
        var inBuffer = ZSTD_inBuffer(src: input.baseAddress, size: input.count, pos: 0)
        var outBuffer = ZSTD_outBuffer(dst: output.baseAddress, size: output.count, pos: 0)
        let code = ZSTD_decompressStream(stream, &outBuffer, &inBuffer)
        if ZSTD_isError(code) != 0 { throw .damaged(.zstd, detail: Self.errorName(code)) }
        // 0: the frame is decoded and flushed; the next call starts a new frame.
        return DecompressionStep(consumed: inBuffer.pos, produced: outBuffer.pos, frameEnded: code == 0)
    }

    func startNextFrame() {}

    private static func errorName(_ code: Int) -> String { String(cString: ZSTD_getErrorName(code)) }
}
