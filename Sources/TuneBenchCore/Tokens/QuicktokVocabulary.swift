/// The binary vocabularies of the `quicktok-v1` Python package (`quicktok/data/o200k.vocab`, `cl100k.vocab`):
/// a little-endian u32 count, then per entry a u16 length, the token bytes and a u32 rank.
/// Converted to tiktoken's text form (rank order) they are byte-identical to tiktoken's rank files.
public enum QuicktokVocabulary {
    /// The rank-file text (`base64 rank` lines in rank order) of a binary vocabulary.
    public static func rankFileText(fromBinary data: [UInt8]) throws(TokenizerInstallError) -> [UInt8] {
        var offset = 0
        func read(_ size: Int) throws(TokenizerInstallError) -> ArraySlice<UInt8> {
            guard offset + size <= data.count else { throw .malformedVocabulary("ends inside an entry at byte \(offset)") }
            defer { offset += size }
            return data[offset..<(offset + size)]
        }
        func littleEndian(_ bytes: ArraySlice<UInt8>) -> Int {
            bytes.reversed().reduce(0) { $0 << 8 | Int($1) }
        }
        let count = littleEndian(try read(4))
        var entries: [(rank: Int, bytes: ArraySlice<UInt8>)] = []
        entries.reserveCapacity(min(count, 1 << 20))
        for _ in 0..<count {
            let length = littleEndian(try read(2))
            let bytes = try read(length)
            entries.append((littleEndian(try read(4)), bytes))
        }
        guard offset == data.count else { throw .malformedVocabulary("\(data.count - offset) bytes after the last entry") }
        entries.sort { $0.rank < $1.rank }
        var text: [UInt8] = []
        text.reserveCapacity(data.count * 2)
        for entry in entries {
            Base64.encode(entry.bytes, appendingTo: &text)
            text.append(0x20)
            text += Array(String(entry.rank).utf8)
            text.append(0x0A)
        }
        return text
    }
}
