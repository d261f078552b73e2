/// Finds and patches central-directory records in a zip's bytes, for tests that damage real archives.
enum ZipFixtureBytes {
    static func u16(_ bytes: [UInt8], _ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }

    /// The offset of the central record whose name is `name`.
    static func centralRecord(named name: String, in bytes: [UInt8]) -> Int? {
        let needle = Array(name.utf8)
        for offset in 0..<(bytes.count - 46) where bytes[offset..<(offset + 4)] == [0x50, 0x4B, 0x01, 0x02] {
            let length = u16(bytes, offset + 28)
            if length == needle.count, Array(bytes[(offset + 46)..<(offset + 46 + length)]) == needle { return offset }
        }
        return nil
    }

    /// Writes `size` as the record's uncompressed size: into its zip64 extra field when the 32-bit field is saturated.
    static func setUncompressedSize(_ size: UInt32, record: Int, in bytes: inout [UInt8]) {
        let little = (0..<4).map { UInt8(truncatingIfNeeded: size >> (8 * $0)) }
        if bytes[(record + 24)..<(record + 28)] == [0xFF, 0xFF, 0xFF, 0xFF] {
            let extra = record + 46 + u16(bytes, record + 28)
            precondition(u16(bytes, extra) == 1, "the first extra field is zip64")
            bytes.replaceSubrange((extra + 4)..<(extra + 12), with: little + [0, 0, 0, 0])
        } else {
            bytes.replaceSubrange((record + 24)..<(record + 28), with: little)
        }
    }
}
