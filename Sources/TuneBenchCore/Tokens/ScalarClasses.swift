/// The Unicode classes the tiktoken pre-tokenizer patterns test, as bit flags of one byte per scalar.
///
/// `\p{L}`, `\p{N}` and the letter subcategories come from `Unicode.Scalar.Properties.generalCategory`, `\s` is the
/// `White_Space` property (as in Rust's `regex`, which tiktoken uses).
struct ScalarClass: OptionSet, Sendable {
    let rawValue: UInt8

    /// `\p{L}`: any letter.
    static let letter = ScalarClass(rawValue: 1 << 0)
    /// `\p{N}`: any number (Nd, Nl, No).
    static let number = ScalarClass(rawValue: 1 << 1)
    /// `\s`: White_Space.
    static let whitespace = ScalarClass(rawValue: 1 << 2)
    /// `[\r\n]`.
    static let lineBreak = ScalarClass(rawValue: 1 << 3)
    /// o200k's `[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]`: the head of a word.
    static let upperHead = ScalarClass(rawValue: 1 << 4)
    /// o200k's `[\p{Ll}\p{Lm}\p{Lo}\p{M}]`: the tail of a word.
    static let lowerTail = ScalarClass(rawValue: 1 << 5)
    /// `/`, which o200k lets trail a punctuation run.
    static let slash = ScalarClass(rawValue: 1 << 6)

    /// `[^\r\n\p{L}\p{N}]`: what may stand before a word.
    @inline(__always) var isWordPrefix: Bool { rawValue & (Self.lineBreak.rawValue | Self.letter.rawValue | Self.number.rawValue) == 0 }
    /// `[^\s\p{L}\p{N}]`: punctuation, symbols, marks, controls.
    @inline(__always) var isPunctuation: Bool { rawValue & (Self.whitespace.rawValue | Self.letter.rawValue | Self.number.rawValue) == 0 }

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The classes of one scalar, from the Unicode tables of the standard library.
    init(of scalar: Unicode.Scalar) {
        var flags: ScalarClass = []
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: flags = [.letter, .upperHead]
        case .lowercaseLetter: flags = [.letter, .lowerTail]
        case .modifierLetter, .otherLetter: flags = [.letter, .upperHead, .lowerTail]
        case .nonspacingMark, .spacingMark, .enclosingMark: flags = [.upperHead, .lowerTail]
        case .decimalNumber, .letterNumber, .otherNumber: flags = .number
        default: break
        }
        if properties.isWhitespace { flags.insert(.whitespace) }
        if scalar == "\r" || scalar == "\n" { flags.insert(.lineBreak) }
        if scalar == "/" { flags.insert(.slash) }
        self = flags
    }
}

/// Classes of every Basic Multilingual Plane scalar, computed once (64 KB); other planes are classified on demand.
final class ScalarClassTable: @unchecked Sendable {
    /// The one shared table; immutable after construction.
    static let shared = ScalarClassTable()

    /// 65,536 entries, indexed by scalar value; surrogates are never looked up.
    let basicPlane: UnsafeMutablePointer<UInt8>

    private init() {
        basicPlane = .allocate(capacity: 0x10000)
        for value in 0..<0x10000 {
            basicPlane[value] = Unicode.Scalar(UInt32(value)).map { ScalarClass(of: $0).rawValue } ?? 0
        }
    }

    deinit { basicPlane.deallocate() }
}

/// A read cursor over valid UTF-8 bytes that classifies the scalar at a byte offset.
struct ClassifiedUTF8 {
    let bytes: UnsafePointer<UInt8>
    let count: Int
    let basicPlane: UnsafePointer<UInt8>

    init(_ buffer: UnsafeBufferPointer<UInt8>) {
        // An empty buffer may have a nil base address; any valid pointer does, since nothing is read.
        bytes = buffer.baseAddress ?? UnsafePointer(ScalarClassTable.shared.basicPlane)
        count = buffer.count
        basicPlane = UnsafePointer(ScalarClassTable.shared.basicPlane)
    }

    /// The classes of the scalar starting at byte `i` (< count) and its length in bytes.
    @inline(__always) func scalar(at i: Int) -> (ScalarClass, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (ScalarClass(rawValue: basicPlane[Int(b0)]), 1) }
        if b0 < 0xE0 {
            let value = (Int(b0 & 0x1F) << 6) | Int(bytes[i + 1] & 0x3F)
            return (ScalarClass(rawValue: basicPlane[value]), 2)
        }
        if b0 < 0xF0 {
            let value = (Int(b0 & 0x0F) << 12) | (Int(bytes[i + 1] & 0x3F) << 6) | Int(bytes[i + 2] & 0x3F)
            return (ScalarClass(rawValue: basicPlane[value]), 3)
        }
        let value = (UInt32(b0 & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12)
            | (UInt32(bytes[i + 2] & 0x3F) << 6) | UInt32(bytes[i + 3] & 0x3F)
        return (Unicode.Scalar(value).map { ScalarClass(of: $0) } ?? [], 4)
    }

    /// The end of the run of scalars, starting at `i`, that have any of `classes`.
    @inline(__always) func runEnd(from i: Int, whileAny classes: ScalarClass) -> Int {
        var j = i
        while j < count {
            let (flags, length) = scalar(at: j)
            if flags.rawValue & classes.rawValue == 0 { break }
            j += length
        }
        return j
    }

    /// The end of the punctuation run (`[^\s\p{L}\p{N}]+`) starting at `i`.
    @inline(__always) func punctuationRunEnd(from i: Int) -> Int {
        var j = i
        while j < count {
            let (flags, length) = scalar(at: j)
            if !flags.isPunctuation { break }
            j += length
        }
        return j
    }

    /// The whitespace run from `i`: its end, the end of its last `\r`/`\n` (or nil) and the start of its last scalar.
    @inline(__always) func whitespaceRun(from i: Int) -> (end: Int, afterLastLineBreak: Int?, lastScalarStart: Int) {
        var j = i
        var afterLastLineBreak: Int?
        var lastScalarStart = i
        while j < count {
            let (flags, length) = scalar(at: j)
            if !flags.contains(.whitespace) { break }
            lastScalarStart = j
            j += length
            if flags.contains(.lineBreak) { afterLastLineBreak = j }
        }
        return (j, afterLastLineBreak, lastScalarStart)
    }

    /// True when the byte at `i` exists and is `byte`.
    @inline(__always) func byte(at i: Int, is byte: UInt8) -> Bool { i < count && bytes[i] == byte }

    /// The byte at `i` folded to ASCII lower case, or 0 past the end.
    @inline(__always) func lowercasedASCII(at i: Int) -> UInt8 {
        guard i < count else { return 0 }
        let b = bytes[i]
        return (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
    }
}
