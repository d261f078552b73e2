import CZlib
import CZstd
import Foundation

/// Compresses with the real libraries (libzstd, zlib), so the decompressor tests read what those libraries write.
enum TestCompressors {
    static func zstd(_ data: Data, level: Int32 = 3) -> Data {
        var output = [UInt8](repeating: 0, count: ZSTD_compressBound(data.count))
        let written = data.withUnsafeBytes { raw in
            ZSTD_compress(&output, output.count, raw.baseAddress, raw.count, level)
        }
        precondition(ZSTD_isError(written) == 0, String(cString: ZSTD_getErrorName(written)))
        return Data(output[0..<written])
    }

    /// gzip (window bits 31) or raw deflate (-15).
    static func deflate(_ data: Data, gzip: Bool) -> Data {
        var stream = z_stream()
        precondition(shim_deflate_init2(&stream, 6, gzip ? 31 : -15) == Z_OK)
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(data.count))) + 64)
        let code = data.withUnsafeBytes { raw in
            output.withUnsafeMutableBytes { out in
                stream.next_in = UnsafeMutablePointer(mutating: raw.baseAddress?.assumingMemoryBound(to: Bytef.self))
                stream.avail_in = uInt(raw.count)
                stream.next_out = out.baseAddress?.assumingMemoryBound(to: Bytef.self)
                stream.avail_out = uInt(out.count)
                return CZlib.deflate(&stream, Z_FINISH)
            }
        }
        precondition(code == Z_STREAM_END)
        return Data(output[0..<Int(stream.total_out)])
    }
}
