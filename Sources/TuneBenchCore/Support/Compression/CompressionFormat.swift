/// The compressed formats tunebench inflates while it reads.
public enum CompressionFormat: String, Sendable, CaseIterable {
    /// A gzip file (RFC 1952), one member or several one after another.
    case gzip
    /// A Zstandard file (RFC 8878), one frame or several one after another.
    case zstd
    /// A raw deflate stream (RFC 1951), as a zip entry holds it (method 8).
    case rawDeflate = "deflate"

    /// The format whose magic number `prefix` starts with, or nil for anything else (plain text, a zip).
    /// A zstd skippable frame (magic `0x184D2A50`-`0x184D2A5F`) counts as zstd.
    public static func detect(_ prefix: some Collection<UInt8>) -> CompressionFormat? {
        let bytes = Array(prefix.prefix(4))
        if bytes.count >= 2, bytes[0] == 0x1F, bytes[1] == 0x8B { return .gzip }
        guard bytes.count == 4 else { return nil }
        if bytes == [0x28, 0xB5, 0x2F, 0xFD] { return .zstd }
        if bytes[0] & 0xF0 == 0x50, bytes[1] == 0x2A, bytes[2] == 0x4D, bytes[3] == 0x18 { return .zstd }
        return nil
    }

    /// Whether another frame (member) may follow the end of one.
    var allowsConcatenation: Bool { self != .rawDeflate }

    func makeDecompressor() throws(DecompressionError) -> any Decompressor {
        switch self {
        case .zstd: try ZstdDecompressor()
        case .gzip: try DeflateDecompressor(gzip: true)
        case .rawDeflate: try DeflateDecompressor(gzip: false)
        }
    }
}
