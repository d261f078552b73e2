/// A strict RFC 8259 syntax check. Foundation's parsers accept trailing commas (`[1,]`), which a model's output must
/// not get away with when the grader says "valid JSON".
enum StrictJSON {
    /// Nil when `text` is exactly one JSON value (whitespace around it allowed), else where and what is wrong.
    static func firstError(in text: String) -> String? {
        var scanner = Scanner(bytes: Array(text.utf8))
        do throws(Failure) {
            scanner.skipWhitespace()
            try scanner.value(depth: 0)
            scanner.skipWhitespace()
            if scanner.index < scanner.bytes.count { throw scanner.failure("unexpected text after the JSON value") }
            return nil
        } catch { return error.message }
    }

    private struct Failure: Error {
        var message: String
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        func failure(_ message: String) -> Failure {
            let before = bytes[..<min(index, bytes.count)]
            let line = before.reduce(1) { $0 + ($1 == 0x0a ? 1 : 0) }
            let column = index - (before.lastIndex(of: 0x0a).map { $0 + 1 } ?? 0) + 1
            return Failure(message: "line \(line), column \(column): \(message)")
        }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipWhitespace() {
            while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0a || byte == 0x0d { index += 1 }
        }

        mutating func expect(_ literal: String) throws(Failure) {
            for byte in literal.utf8 {
                guard current == byte else { throw failure("expected \(literal)") }
                index += 1
            }
        }

        mutating func value(depth: Int) throws(Failure) {
            guard depth < 512 else { throw failure("nested too deeply") }
            switch current {
            case UInt8(ascii: "{")?:
                index += 1
                skipWhitespace()
                if current == UInt8(ascii: "}") { index += 1; return }
                while true {
                    skipWhitespace()
                    guard current == UInt8(ascii: "\"") else { throw failure("expected a string key") }
                    try string()
                    skipWhitespace()
                    try expect(":")
                    skipWhitespace()
                    try value(depth: depth + 1)
                    skipWhitespace()
                    if current == UInt8(ascii: ",") { index += 1; continue }
                    try expect("}")
                    return
                }
            case UInt8(ascii: "[")?:
                index += 1
                skipWhitespace()
                if current == UInt8(ascii: "]") { index += 1; return }
                while true {
                    skipWhitespace()
                    try value(depth: depth + 1)
                    skipWhitespace()
                    if current == UInt8(ascii: ",") { index += 1; continue }
                    try expect("]")
                    return
                }
            case UInt8(ascii: "\"")?: try string()
            case UInt8(ascii: "t")?: try expect("true")
            case UInt8(ascii: "f")?: try expect("false")
            case UInt8(ascii: "n")?: try expect("null")
            case let byte? where byte == UInt8(ascii: "-") || (0x30...0x39).contains(byte): try number()
            case nil: throw failure("unexpected end of text")
            default: throw failure("unexpected character")
            }
        }

        mutating func string() throws(Failure) {
            index += 1
            while let byte = current {
                index += 1
                switch byte {
                case UInt8(ascii: "\""): return
                case UInt8(ascii: "\\"):
                    guard let escaped = current else { break }
                    index += 1
                    if escaped == UInt8(ascii: "u") {
                        for _ in 0..<4 {
                            guard let hex = current, (0x30...0x39).contains(hex) || (0x41...0x46).contains(hex) || (0x61...0x66).contains(hex) else {
                                throw failure("bad \\u escape")
                            }
                            index += 1
                        }
                    } else if !"\"\\/bfnrt".utf8.contains(escaped) { throw failure("bad escape") }
                case 0x00..<0x20: throw failure("control character in string")
                default: continue
                }
            }
            throw failure("unterminated string")
        }

        mutating func digits() -> Int {
            let start = index
            while let byte = current, (0x30...0x39).contains(byte) { index += 1 }
            return index - start
        }

        mutating func number() throws(Failure) {
            if current == UInt8(ascii: "-") { index += 1 }
            if current == UInt8(ascii: "0") { index += 1 }
            else if digits() == 0 { throw failure("expected a digit") }
            if current == UInt8(ascii: ".") {
                index += 1
                if digits() == 0 { throw failure("expected a digit after the decimal point") }
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                index += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
                if digits() == 0 { throw failure("expected a digit in the exponent") }
            }
        }
    }
}
