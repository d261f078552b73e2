/// Standard base64 (RFC 4648, with padding), decoded without Foundation's per-call allocations.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, char) in alphabet.enumerated() {
            table[Int(char)] = UInt8(index)
        }
        return table
    }()

    /// Appends the decoded bytes; false when the text is not canonical padded base64.
    static func decode(_ text: ArraySlice<UInt8>, appendingTo output: inout [UInt8]) -> Bool {
        guard !text.isEmpty, text.count % 4 == 0 else { return false }
        let table = values
        var index = text.startIndex
        while index < text.endIndex {
            let isLast = index + 4 == text.endIndex
            let c0 = table[Int(text[index])], c1 = table[Int(text[index + 1])]
            let p2 = text[index + 2] == 0x3D, p3 = text[index + 3] == 0x3D
            let c2 = p2 ? 0 : table[Int(text[index + 2])], c3 = p3 ? 0 : table[Int(text[index + 3])]
            guard c0 != 0xFF, c1 != 0xFF, c2 != 0xFF, c3 != 0xFF, !(p2 && !p3), isLast || !p3 else { return false }
            output.append(c0 << 2 | c1 >> 4)
            if !p2 { output.append(c1 << 4 | c2 >> 2) }
            if !p3 { output.append(c2 << 6 | c3) }
            index += 4
        }
        return true
    }

    /// Appends the padded base64 text of `bytes`.
    static func encode(_ bytes: ArraySlice<UInt8>, appendingTo output: inout [UInt8]) {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let b0 = bytes[index]
            let b1 = index + 1 < bytes.endIndex ? bytes[index + 1] : 0
            let b2 = index + 2 < bytes.endIndex ? bytes[index + 2] : 0
            output.append(alphabet[Int(b0 >> 2)])
            output.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
            output.append(index + 1 < bytes.endIndex ? alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)] : 0x3D)
            output.append(index + 2 < bytes.endIndex ? alphabet[Int(b2 & 0x3F)] : 0x3D)
            index += 3
        }
    }
}
