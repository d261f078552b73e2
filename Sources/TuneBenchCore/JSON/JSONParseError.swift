/// Why a text is not valid JSON: the reason and where, as a byte offset and a 1-based line and column (bytes).
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 0-based byte offset where the text stopped being JSON.
    public var offset: Int
    /// 1-based line of `offset`.
    public var line: Int
    /// 1-based column of `offset`, counted in bytes from the line's start.
    public var column: Int
    public var reason: String

    public init(offset: Int, line: Int, column: Int, reason: String) {
        self.offset = offset
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// Locates `offset` in `bytes`; the line is counted only here, when a parse fails, never while parsing.
    init(in bytes: UnsafeRawBufferPointer, offset: Int, reason: String) {
        var line = 1, lineStart = 0
        for position in 0..<min(offset, bytes.count) where bytes[position] == 0x0A {
            line += 1
            lineStart = position + 1
        }
        self.init(offset: offset, line: line, column: offset - lineStart + 1, reason: reason)
    }

    /// How a dataset record's problem reads (records are one line each, so the byte is the place).
    public var description: String { "invalid JSON at byte \(offset + 1): \(reason)" }

    /// How a file's problem reads: `line 2, column 8: expected ',' or '}' in an object`.
    public var positioned: String { "line \(line), column \(column): \(reason)" }
}

/// Why a streamed parse stopped: the text is not JSON, or the element handler refused an element.
public enum JSONStreamError: Error, Sendable {
    case syntax(JSONParseError)
    case handler(EvalInputError)
}
