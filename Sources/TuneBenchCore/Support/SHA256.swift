import CLibCrypto

/// SHA-256 (FIPS 180-4), incremental, computed by the system's libcrypto (OpenSSL, with the CPU's SHA
/// extensions: about 5× the portable Swift version it replaced, BENCHMARKS.md "SHA-256").
///
/// Used to fingerprint imported files, rank files and project files. A value type: copying it forks the hash
/// (`SHA256_CTX` is a plain C struct), and `digest()` does not consume it.
///
///     var h = SHA256(); h.update("abc".utf8); h.hexDigest()   // "ba7816bf…"
public struct SHA256: @unchecked Sendable {
    private var context = SHA256_CTX()

    public init() { SHA256_Init(&context) }

    /// Feeds more bytes.
    public mutating func update<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        if let done = bytes.withContiguousStorageIfAvailable({ update(bufferPointer: UnsafeRawBufferPointer($0)) }) { return done }
        let array = Array(bytes)
        array.withUnsafeBytes { update(bufferPointer: $0) }
    }

    /// Feeds a contiguous buffer, the fast path for file chunks.
    public mutating func update(bufferPointer bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        SHA256_Update(&context, base, bytes.count)
    }

    /// The 32-byte digest of everything fed so far (the value itself is not consumed).
    public func digest() -> [UInt8] {
        var copy = context
        var out = [UInt8](repeating: 0, count: 32)
        SHA256_Final(&out, &copy)
        return out
    }

    /// The digest as 64 lowercase hex digits.
    public func hexDigest() -> String {
        let digits = Array("0123456789abcdef".utf8)
        var chars: [UInt8] = []
        chars.reserveCapacity(64)
        for byte in digest() { chars.append(digits[Int(byte >> 4)]); chars.append(digits[Int(byte & 15)]) }
        return String(decoding: chars, as: UTF8.self)
    }

    /// The hex digest of a byte sequence in one call.
    public static func hex<S: Sequence>(of bytes: S) -> String where S.Element == UInt8 {
        var h = SHA256()
        h.update(bytes)
        return h.hexDigest()
    }
}
