import CZlib

/// zlib's inflate over a raw deflate stream (a zip entry) or gzip members one after another.
final class DeflateDecompressor: Decompressor {
    private let stream: UnsafeMutablePointer<z_stream>
    private let format: CompressionFormat

    init(gzip: Bool) throws(DecompressionError) {
        format = gzip ? .gzip : .rawDeflate
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // Window bits: 15 + 16 reads a gzip header and trailer (CRC-32 and size checked); -15 is raw deflate.
        let code = shim_inflate_init2(stream, gzip ? 31 : -15)
        guard code == Z_OK else {
            stream.deallocate()
            throw .cannotStart(format, detail: "zlib error \(code)")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
    }

    func step(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) throws(DecompressionError) -> DecompressionStep {
        let inputBase = input.baseAddress.map { UnsafeMutablePointer(mutating: $0.assumingMemoryBound(to: Bytef.self)) }
        stream.pointee.next_in = inputBase
        stream.pointee.avail_in = uInt(clamping: input.count)
        stream.pointee.next_out = output.baseAddress?.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_out = uInt(clamping: output.count)
        let offered = Int(stream.pointee.avail_in), room = Int(stream.pointee.avail_out)
        let code = inflate(stream, Z_NO_FLUSH)
        let consumed = offered - Int(stream.pointee.avail_in), produced = room - Int(stream.pointee.avail_out)
        switch code {
        case Z_OK, Z_BUF_ERROR: return DecompressionStep(consumed: consumed, produced: produced, frameEnded: false)
        case Z_STREAM_END: return DecompressionStep(consumed: consumed, produced: produced, frameEnded: true)
        case Z_MEM_ERROR: throw .cannotStart(format, detail: "out of memory")
        default:
            let message = stream.pointee.msg.map { String(cString: $0) } ?? "zlib error \(code)"
            throw .damaged(format, detail: message)
        }
    }

    func startNextFrame() throws(DecompressionError) {
        let code = inflateReset(stream)
        guard code == Z_OK else { throw .cannotStart(format, detail: "zlib error \(code)") }
    }
}
