/// A fast 64-bit hash whose values never change between runs, machines or versions: example ids and duplicate
/// keys are derived from it and stored. (Swift's `Hasher` is seeded per process, so it cannot be used.)
///
/// The construction follows wyhash: 16 bytes per round through a 64×64→128-bit multiply-fold.
public enum StableHash {
    private static let p0: UInt64 = 0xa076_1d64_78bd_642f
    private static let p1: UInt64 = 0xe703_7ed1_a0b4_28db
    private static let p2: UInt64 = 0x8ebc_6af0_9c88_c6e3
    private static let p3: UInt64 = 0x5899_65cc_7537_4cc3

    @inline(__always) static func fold(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }

    /// The hash of `bytes` under `seed`.
    public static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
        let count = bytes.count
        var state = seed ^ fold(seed ^ p0, p1)
        var index = 0
        while count - index >= 16 {
            let a = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self).littleEndian
            let b = bytes.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self).littleEndian
            state = fold(a ^ p1, b ^ state)
            index += 16
        }
        var a: UInt64 = 0
        var b: UInt64 = 0
        var shift: UInt64 = 0
        while index < count {
            if shift < 64 { a |= UInt64(bytes[index]) << shift } else { b |= UInt64(bytes[index]) << (shift - 64) }
            shift += 8
            index += 1
        }
        return fold(p1 ^ UInt64(count), fold(a ^ p1, b ^ state ^ p2) ^ p3)
    }

    /// The hash of a byte array.
    public static func hash(_ bytes: [UInt8], seed: UInt64 = 0) -> UInt64 {
        bytes.withUnsafeBytes { hash($0, seed: seed) }
    }

    /// The hash of a string's UTF-8 bytes.
    public static func hash(_ text: String, seed: UInt64 = 0) -> UInt64 {
        var copy = text
        return copy.withUTF8 { hash(UnsafeRawBufferPointer($0), seed: seed) }
    }

    /// Combines two hashes (order matters).
    public static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 { fold(a ^ p2, b ^ p3) }

    /// 16 lowercase hex digits.
    public static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
