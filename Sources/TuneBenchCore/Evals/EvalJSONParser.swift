import Foundation

/// A strict RFC 8259 parser into `EvalJSON`.
///
/// Foundation's parsers on Linux take about 40 µs per promptfoo result and accept trailing commas (`[1,]`); this
/// one reads bytes directly, refuses anything RFC 8259 does not allow, and reports line and column.
struct EvalJSONParser {
    struct Failure: Error {
        var message: String
    }

    /// Hands each element of the streamed array to the importer; its error stops the parse.
    typealias ElementHandler = (EvalJSON, Int) throws(EvalInputError) -> Void

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// Object keys leading to the array whose elements are streamed instead of kept.
    private let streamPath: [String]
    private let handler: ElementHandler?
    private var handlerError: EvalInputError?

    private init(bytes: UnsafeBufferPointer<UInt8>, streamPath: [String] = [], handler: ElementHandler? = nil) {
        self.bytes = bytes
        self.streamPath = streamPath
        self.handler = handler
    }

    /// Parses one JSON value (whitespace around it allowed), or says where and what is wrong.
    static func parse(_ data: Data) -> Result<EvalJSON, Failure> {
        data.withUnsafeBytes { raw in
            var parser = EvalJSONParser(bytes: raw.bindMemory(to: UInt8.self))
            do throws(Failure) { return .success(try parser.document(streamDepth: nil)) } catch { return .failure(error) }
        }
    }

    /// Parses a document, but hands each element of the array at `path` (object keys from the root) to `element`
    /// as soon as it is read and keeps that array empty in the result, so a 100,000-result file never exists as
    /// one tree. Syntax errors are located at `location`.
    static func parse(
        _ data: Data, location: String, streaming path: [String], element: @escaping ElementHandler
    ) throws(EvalInputError) -> EvalJSON {
        let result: Result<EvalJSON, EvalInputError> = data.withUnsafeBytes { raw in
            var parser = EvalJSONParser(bytes: raw.bindMemory(to: UInt8.self), streamPath: path, handler: element)
            do throws(Failure) { return .success(try parser.document(streamDepth: 0)) } catch {
                return .failure(parser.handlerError ?? EvalInputError(location: location, message: "not valid JSON (\(error.message))"))
            }
        }
        return try result.get()
    }

    /// The keys of the top-level object, found without building any value (nil when the text does not start as a
    /// JSON object or breaks before its end): how `--format auto` tells promptfoo from inspect cheaply.
    static func topLevelKeys(_ data: Data) -> Set<String>? {
        data.withUnsafeBytes { raw in
            var parser = EvalJSONParser(bytes: raw.bindMemory(to: UInt8.self))
            var keys = Set<String>()
            do throws(Failure) {
                parser.skipWhitespace()
                guard parser.current == UInt8(ascii: "{") else { return nil }
                parser.index += 1
                parser.skipWhitespace()
                if parser.current == UInt8(ascii: "}") { return keys }
                while true {
                    parser.skipWhitespace()
                    guard parser.current == UInt8(ascii: "\"") else { return nil }
                    keys.insert(try parser.string())
                    parser.skipWhitespace()
                    guard parser.current == UInt8(ascii: ":") else { return nil }
                    parser.index += 1
                    parser.skipWhitespace()
                    try parser.skipValue(depth: 0)
                    parser.skipWhitespace()
                    if parser.current == UInt8(ascii: ",") { parser.index += 1; continue }
                    return parser.current == UInt8(ascii: "}") ? keys : nil
                }
            } catch { return nil }
        }
    }

    /// Moves past one value without building it (strings are scanned, not decoded).
    private mutating func skipValue(depth: Int) throws(Failure) {
        guard depth < 512, let byte = current else { throw failure("unexpected end of text") }
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            index += 1
            skipWhitespace()
            if current == close { index += 1; return }
            while true {
                skipWhitespace()
                if close == UInt8(ascii: "}") {
                    try skipString()
                    skipWhitespace()
                    guard current == UInt8(ascii: ":") else { throw failure("expected :") }
                    index += 1
                    skipWhitespace()
                }
                try skipValue(depth: depth + 1)
                skipWhitespace()
                if current == UInt8(ascii: ",") { index += 1; continue }
                guard current == close else { throw failure("unexpected character") }
                index += 1
                return
            }
        case UInt8(ascii: "\""): try skipString()
        default: _ = try value(depth: depth)
        }
    }

    private mutating func skipString() throws(Failure) {
        guard current == UInt8(ascii: "\"") else { throw failure("expected a string") }
        index += 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""): index += 1; return
            case UInt8(ascii: "\\"): index += 2
            default: index += 1
            }
        }
        throw failure("unterminated string")
    }

    private mutating func document(streamDepth: Int?) throws(Failure) -> EvalJSON {
        skipWhitespace()
        let value = try value(depth: 0, streamDepth: streamDepth)
        skipWhitespace()
        if index < bytes.count { throw failure("unexpected text after the JSON value") }
        return value
    }

    private func failure(_ message: String) -> Failure {
        var line = 1, lineStart = 0
        for position in 0..<min(index, bytes.count) where bytes[position] == 0x0a {
            line += 1
            lineStart = position + 1
        }
        return Failure(message: "line \(line), column \(index - lineStart + 1): \(message)")
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x20 || byte == 0x0a || byte == 0x0d || byte == 0x09 else { return }
            index += 1
        }
    }

    private mutating func literal(_ text: StaticString, _ value: EvalJSON) throws(Failure) -> EvalJSON {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw failure("expected \(text)") }
        for offset in 0..<count where bytes[index + offset] != text.utf8Start[offset] { throw failure("expected \(text)") }
        index += count
        return value
    }

    /// `streamDepth`: how many keys of `streamPath` lead here (nil when off that path).
    private mutating func value(depth: Int, streamDepth: Int? = nil) throws(Failure) -> EvalJSON {
        guard depth < 512 else { throw failure("nested too deeply") }
        guard let byte = current else { throw failure("unexpected end of text") }
        switch byte {
        case UInt8(ascii: "{"):
            index += 1
            // Members are collected first so the dictionary is built at its final size (growing it was a third
            // of the parse time).
            var pairs: [(String, EvalJSON)] = []
            skipWhitespace()
            if current == UInt8(ascii: "}") { index += 1; return .object([:]) }
            while true {
                skipWhitespace()
                guard current == UInt8(ascii: "\"") else { throw failure("expected a string key") }
                let key = try string()
                skipWhitespace()
                guard current == UInt8(ascii: ":") else { throw failure("expected :") }
                index += 1
                skipWhitespace()
                let childDepth = streamDepth.flatMap { $0 < streamPath.count && streamPath[$0] == key ? $0 + 1 : nil }
                pairs.append((key, try value(depth: depth + 1, streamDepth: childDepth)))
                skipWhitespace()
                if current == UInt8(ascii: ",") { index += 1; continue }
                guard current == UInt8(ascii: "}") else { throw failure("expected , or }") }
                index += 1
                var members = [String: EvalJSON](minimumCapacity: pairs.count)
                for (key, member) in pairs { members[key] = member }
                return .object(members)
            }
        case UInt8(ascii: "["):
            index += 1
            var elements: [EvalJSON] = []
            let streams = handler != nil && streamDepth == streamPath.count
            var position = 0
            skipWhitespace()
            if current == UInt8(ascii: "]") { index += 1; return .array(elements) }
            while true {
                skipWhitespace()
                let element = try value(depth: depth + 1)
                if streams, let handler {
                    do { try handler(element, position) } catch {
                        handlerError = error
                        throw failure("stopped by the importer")
                    }
                    position += 1
                } else {
                    elements.append(element)
                }
                skipWhitespace()
                if current == UInt8(ascii: ",") { index += 1; continue }
                guard current == UInt8(ascii: "]") else { throw failure("expected , or ]") }
                index += 1
                return .array(elements)
            }
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), 0x30...0x39: return .number(try number())
        default: throw failure("unexpected character")
        }
    }

    private mutating func string() throws(Failure) -> String {
        index += 1
        let start = index
        // Fast path: no escapes.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw failure("control character in string") }
            index += 1
        }
        var buffer = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while let byte = current {
            index += 1
            switch byte {
            case UInt8(ascii: "\""): return String(decoding: buffer, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard let escaped = current else { throw failure("unterminated string") }
                index += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(escaped)
                case UInt8(ascii: "b"): buffer.append(0x08)
                case UInt8(ascii: "f"): buffer.append(0x0c)
                case UInt8(ascii: "n"): buffer.append(0x0a)
                case UInt8(ascii: "r"): buffer.append(0x0d)
                case UInt8(ascii: "t"): buffer.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xd800..<0xdc00).contains(scalar), current == UInt8(ascii: "\\"), index + 1 < bytes.count,
                       bytes[index + 1] == UInt8(ascii: "u") {
                        index += 2
                        let low = try hex4()
                        if (0xdc00..<0xe000).contains(low) { scalar = 0x10000 + ((scalar - 0xd800) << 10) + (low - 0xdc00) }
                        else { buffer.append(contentsOf: [0xef, 0xbf, 0xbd]); scalar = low }
                    }
                    buffer.append(contentsOf: String(Character(Unicode.Scalar(scalar) ?? "\u{fffd}")).utf8)
                default: index -= 1; throw failure("bad escape")
                }
            case 0x00..<0x20: throw failure("control character in string")
            default: buffer.append(byte)
            }
        }
        throw failure("unterminated string")
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current else { throw failure("bad \\u escape") }
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: throw failure("bad \\u escape")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private mutating func digits() -> Int {
        let start = index
        while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
        return index - start
    }

    private mutating func number() throws(Failure) -> Double {
        let start = index
        var isInteger = true
        if current == UInt8(ascii: "-") { index += 1 }
        if current == UInt8(ascii: "0") { index += 1 }
        else if digits() == 0 { throw failure("expected a digit") }
        if current == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            if digits() == 0 { throw failure("expected a digit after the decimal point") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            if digits() == 0 { throw failure("expected a digit in the exponent") }
        }
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
        if isInteger, slice.count <= 16 {
            var value = 0
            var negative = false
            for byte in slice {
                if byte == UInt8(ascii: "-") { negative = true } else { value = value * 10 + Int(byte - 0x30) }
            }
            return Double(negative ? -value : value)
        }
        guard let value = Double(String(decoding: slice, as: UTF8.self)) else { throw failure("number out of range") }
        return value
    }
}
