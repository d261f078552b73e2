/// How many terminal columns text takes, following wcwidth: East Asian wide and fullwidth characters and
/// emoji presentation take two, combining marks and format characters none, everything else one.
///
///     DisplayWidth.of("日本")   // 4
///     DisplayWidth.of("e\u{301}") // 1 (one grapheme: e + combining acute)
///
/// A grapheme cluster takes the width of its first scalar that has one; marks and joiners after it add
/// nothing. Control characters never reach the grid (see ``Sanitizer``), so their width is not defined here.
public enum DisplayWidth {
    /// The columns one grapheme cluster takes: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        if let first = scalars.first, scalars.count == 1 { return of(first) }
        for scalar in scalars {
            let width = of(scalar)
            if width > 0 { return width }
        }
        return 0
    }

    /// The columns a string takes.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        if let count = printableASCIICount(text) { return count }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The length of `text` when all of it is printable ASCII (one column per byte), else nil: most of the UI's
    /// text, measured without walking its graphemes.
    @inlinable
    public static func printableASCIICount<S: StringProtocol>(_ text: S) -> Int? {
        var count = 0
        for byte in text.utf8 {
            guard byte >= 0x20 && byte < 0x7F else { return nil }
            count += 1
        }
        return count
    }

    /// The columns one scalar takes.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        if value < 0x300 { return value == 0xAD ? 1 : (value < 0xA0 ? 0 : 1) }
        // Frequent in the UI and all one column: punctuation (– … •), arrows, box drawing, blocks, shapes.
        if (0x2010...0x2027).contains(value) || (0x2190...0x21FF).contains(value) || (0x2500...0x25FC).contains(value) {
            return 1
        }
        if isZeroWidth(scalar) { return 0 }
        if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if (0x1160...0x11FF).contains(value) || value == 0x200B { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    /// East Asian Wide and Fullwidth blocks (Unicode 15), without the emoji, which
    /// `isEmojiPresentation` covers.
    static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        for range in wideRanges where range.contains(value) { return true }
        return false
    }

    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
        0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251, 0x20000...0x2FFFD,
        0x30000...0x3FFFD,
    ]
}
