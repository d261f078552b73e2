/// tunebench's one JSON reader: a strict RFC 8259 parser over raw bytes, for dataset records (a million lines per
/// import, so it is on the hot path) and eval files alike.
///
/// Why not Foundation: `JSONSerialization` loses key order and number lexemes, which lossless conversion needs,
/// accepts what RFC 8259 does not (`[1,]` on Linux) and costs several times more per record. The input must already
/// be valid UTF-8 (see `UTF8Validation`). Errors carry the byte offset, line and column.
public struct JSONParser {
    /// Receives each element of the streamed array and its index; its error stops the parse.
    public typealias ElementHandler = (JSONValue, Int) throws(EvalInputError) -> Void

    /// Deepest nesting of arrays and objects accepted (deeper input is refused, not a stack overflow).
    public static let maximumDepth = 512

    private let bytes: UnsafeRawBufferPointer
    private var index = 0
    private var depth = 0
    /// Object keys from the root to the array whose elements go to `handler` instead of into the result.
    private let streamPath: [String]
    private let handler: ElementHandler?
    /// The handler's error, kept while the parse unwinds.
    private var handlerError: EvalInputError?

    private init(bytes: UnsafeRawBufferPointer, streamPath: [String] = [], handler: ElementHandler? = nil) {
        self.bytes = bytes
        self.streamPath = streamPath
        self.handler = handler
    }

    /// Parses one JSON text that fills `bytes` (surrounding whitespace allowed).
    public static func parse(_ bytes: UnsafeRawBufferPointer) throws(JSONParseError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        return try parser.document(streamDepth: nil)
    }

    /// Parses a byte array (convenience for tests and small inputs).
    public static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
        let result: Result<JSONValue, JSONParseError> = bytes.withUnsafeBytes { buffer in
            Result { () throws(JSONParseError) in try parse(buffer) }
        }
        return try result.get()
    }

    /// Parses a string's UTF-8 bytes.
    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try parse(Array(text.utf8))
    }

    /// Parses a document, but hands each element of the array at `path` (object keys from the root) to `element`
    /// as soon as it is read and keeps that array empty in the result, so a 100,000-result eval file never exists
    /// as one tree. A syntax error throws `.syntax`; the handler's own error is rethrown as `.handler`.
    public static func parse(_ bytes: UnsafeRawBufferPointer, streaming path: [String],
                             element: @escaping ElementHandler) throws(JSONStreamError) -> JSONValue {
        var parser = JSONParser(bytes: bytes, streamPath: path, handler: element)
        do throws(JSONParseError) {
            return try parser.document(streamDepth: 0)
        } catch {
            if let handlerError = parser.handlerError { throw .handler(handlerError) }
            throw .syntax(error)
        }
    }

    /// The keys of the top-level object, found without building any value (nil when the text is not a JSON
    /// object or breaks before its end): how `--format auto` tells promptfoo from inspect cheaply.
    public static func topLevelKeys(_ bytes: UnsafeRawBufferPointer) -> Set<String>? {
        var parser = JSONParser(bytes: bytes)
        var keys = Set<String>()
        do throws(JSONParseError) {
            parser.skipWhitespace()
            guard parser.current == UInt8(ascii: "{") else { return nil }
            parser.index += 1
            parser.skipWhitespace()
            if parser.current == UInt8(ascii: "}") { return keys }
            while true {
                parser.skipWhitespace()
                guard parser.current == UInt8(ascii: "\"") else { return nil }
                keys.insert(try parser.parseString())
                parser.skipWhitespace()
                guard parser.current == UInt8(ascii: ":") else { return nil }
                parser.index += 1
                parser.skipWhitespace()
                try parser.skipValue()
                parser.skipWhitespace()
                if parser.current == UInt8(ascii: ",") { parser.index += 1; continue }
                return parser.current == UInt8(ascii: "}") ? keys : nil
            }
        } catch { return nil }
    }

    private mutating func document(streamDepth: Int?) throws(JSONParseError) -> JSONValue {
        skipWhitespace()
        let value = try parseValue(streamDepth: streamDepth)
        skipWhitespace()
        if index != bytes.count { throw error("unexpected text after the JSON value") }
        return value
    }

    private func error(_ reason: String) -> JSONParseError { JSONParseError(in: bytes, offset: index, reason: reason) }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    /// `streamDepth`: how many keys of `streamPath` lead here (nil when off that path, always nil without a handler).
    private mutating func parseValue(streamDepth: Int? = nil) throws(JSONParseError) -> JSONValue {
        guard index < bytes.count else { throw error("unexpected end of input") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(streamDepth: streamDepth)
        case UInt8(ascii: "["): return try parseArray(streams: streamDepth == streamPath.count && handler != nil)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw error("unexpected character '\(printable(bytes[index]))'")
        }
    }

    private func printable(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "\\x" + String(byte, radix: 16)
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONParseError) {
        let count = literal.utf8CodeUnitCount
        let start = literal.utf8Start
        guard index + count <= bytes.count else { throw error("unexpected end of input") }
        for offset in 0..<count where bytes[index + offset] != start[offset] { throw error("expected \(literal)") }
        index += count
    }

    private mutating func enter() throws(JSONParseError) {
        depth += 1
        if depth > Self.maximumDepth { throw error("nested deeper than \(Self.maximumDepth) levels") }
    }

    private mutating func parseObject(streamDepth: Int?) throws(JSONParseError) -> JSONValue {
        try enter()
        index += 1
        var members: [JSONMember] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error("expected a string key") }
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':' after key") }
            index += 1
            skipWhitespace()
            let childDepth = streamDepth.flatMap { $0 < streamPath.count && streamPath[$0] == key ? $0 + 1 : nil }
            let value = try parseValue(streamDepth: childDepth)
            members.append(JSONMember(key, value))
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of input in an object") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; break }
            throw error("expected ',' or '}' in an object")
        }
        depth -= 1
        return .object(members)
    }

    /// `streams`: hand the elements to `handler` and return an empty array.
    private mutating func parseArray(streams: Bool) throws(JSONParseError) -> JSONValue {
        try enter()
        index += 1
        var elements: [JSONValue] = []
        var position = 0
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            let element = try parseValue()
            if streams, let handler {
                do { try handler(element, position) } catch {
                    handlerError = error
                    throw self.error("stopped by the importer")
                }
                position += 1
            } else {
                elements.append(element)
            }
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of input in an array") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; break }
            throw error("expected ',' or ']' in an array")
        }
        depth -= 1
        return .array(elements)
    }

    /// Moves past one value without building it (strings are checked, not decoded): `topLevelKeys`' pace.
    private mutating func skipValue() throws(JSONParseError) {
        guard let byte = current else { throw error("unexpected end of input") }
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            try enter()
            let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            index += 1
            skipWhitespace()
            if current == close { index += 1; depth -= 1; return }
            while true {
                skipWhitespace()
                if close == UInt8(ascii: "}") {
                    guard current == UInt8(ascii: "\"") else { throw error("expected a string key") }
                    try skipString()
                    skipWhitespace()
                    guard current == UInt8(ascii: ":") else { throw error("expected ':' after key") }
                    index += 1
                    skipWhitespace()
                }
                try skipValue()
                skipWhitespace()
                if current == UInt8(ascii: ",") { index += 1; continue }
                guard current == close else { throw error("expected ',' or '\(printable(close))'") }
                index += 1
                depth -= 1
                return
            }
        case UInt8(ascii: "\""): try skipString()
        default: _ = try parseValue()
        }
    }

    private mutating func skipString() throws(JSONParseError) {
        index += 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""): index += 1; return
            case UInt8(ascii: "\\"): index += 2
            case 0..<0x20: throw error("control character in a string")
            default: index += 1
            }
        }
        throw error("unterminated string")
    }

    private mutating func parseNumber() throws(JSONParseError) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw error("expected a digit") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while index < bytes.count && isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("expected a digit after the decimal point") }
            while index < bytes.count && isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            index += 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("expected a digit in the exponent") }
            while index < bytes.count && isDigit(bytes[index]) { index += 1 }
        }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    @inline(__always) private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private mutating func parseString() throws(JSONParseError) -> String {
        index += 1
        let start = index
        // Fast path: no escapes, the bytes are the string. Eight bytes at a time while none of them is a quote,
        // a backslash or a control character (SWAR: "has zero byte" / "has byte below 0x20" bit tricks).
        while index + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
            let special = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
            if special & highs != 0 { break }
            index += 8
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw error("control character in a string") }
            index += 1
        }
        var out = [UInt8](UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: out, as: UTF8.self)
            }
            if byte < 0x20 { throw error("control character in a string") }
            if byte != UInt8(ascii: "\\") {
                // The run up to the next quote, backslash or control character, appended at once.
                let runStart = index
                index += 1
                while index < bytes.count, bytes[index] >= 0x20, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") {
                    index += 1
                }
                out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[runStart..<index]))
                continue
            }
            index += 1
            guard index < bytes.count else { break }
            let escape = bytes[index]
            switch escape {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                index += 1
                var scalar = try parseHex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    if index + 1 < bytes.count && bytes[index] == UInt8(ascii: "\\") && bytes[index + 1] == UInt8(ascii: "u") {
                        index += 2
                        let low = try parseHex4()
                        if (0xDC00...0xDFFF).contains(low) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            appendScalar(0xFFFD, to: &out)
                            scalar = low
                        }
                    } else {
                        scalar = 0xFFFD
                    }
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    scalar = 0xFFFD  // a lone low surrogate, as Python's json would keep; we substitute
                }
                appendScalar(scalar, to: &out)
                continue
            default:
                throw error("invalid escape '\\\(printable(escape))'")
            }
            index += 1
        }
        throw error("unterminated string")
    }

    private mutating func parseHex4() throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw error("truncated \\u escape") }
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: throw error("invalid \\u escape")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private func appendScalar(_ value: UInt32, to out: inout [UInt8]) {
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        out.append(contentsOf: UTF8.encode(scalar)!)
    }
}
