/// One step of a streaming decompressor: what it took from the input and gave to the output.
struct DecompressionStep {
    var consumed: Int
    var produced: Int
    /// A frame (zstd) or member (gzip) or the stream (raw deflate) ended with this step.
    var frameEnded: Bool
}

/// A C decompressor driven in steps over caller-owned buffers (libzstd's `ZSTD_DStream`, zlib's `z_stream`).
protocol Decompressor: AnyObject {
    /// Decompresses from `input` into `output` as far as either allows.
    func step(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) throws(DecompressionError) -> DecompressionStep
    /// Makes ready for the next frame or member after one ended.
    func startNextFrame() throws(DecompressionError)
}

/// Why compressed bytes could not be inflated. The description is a sentence's tail meant to follow a file name.
public enum DecompressionError: Error, Equatable, CustomStringConvertible {
    /// The library refused the bytes (its own words in `detail`).
    case damaged(CompressionFormat, detail: String)
    /// The input ended inside a frame.
    case truncated(CompressionFormat)
    /// More than `limit` bytes came out.
    case tooLarge(CompressionFormat, limit: Int)
    /// The library could not start (out of memory).
    case cannotStart(CompressionFormat, detail: String)

    public var description: String {
        switch self {
        case .damaged(let format, let detail): "the \(format.rawValue) data is damaged (\(detail))"
        case .truncated(let format): "the \(format.rawValue) data ends before its stream does (the file is cut short)"
        case .tooLarge(let format, let limit):
            "the \(format.rawValue) data inflates to more than \(ByteCount.text(limit)), the most tunebench inflates here; a compression bomb or a file to split"
        case .cannotStart(let format, let detail): "cannot start the \(format.rawValue) decompressor (\(detail))"
        }
    }
}

/// Byte counts as people read them.
enum ByteCount {
    /// `512 bytes`, `64 KiB`, `256 MiB`, `2.0 GiB`.
    static func text(_ count: Int) -> String {
        let units = ["KiB", "MiB", "GiB", "TiB"]
        guard count >= 1024 else { return "\(count) bytes" }
        var value = Double(count) / 1024, unit = 0
        while value >= 1024, unit < units.count - 1 { value /= 1024; unit += 1 }
        let whole = value.rounded() == value
        return (whole ? String(Int(value)) : String(format: "%.1f", value)) + " " + units[unit]
    }
}
