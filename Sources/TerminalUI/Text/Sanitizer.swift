/// Turns untrusted text into graphemes that are safe to put on a terminal.
///
///     Sanitizer.graphemes(in: "a\u{1B}[2Jb")   // ["a", "^", "[", "[", "2", "J", "b"]
///
/// C0 controls and DEL are shown in caret notation (`^[` for ESC, `^?` for DEL, `^J` for a newline), C1
/// controls and bidirectional overrides as `<9B>` and `<202E>`, and tabs expand to the next multiple of
/// ``tabWidth`` columns. Other zero-width characters standing alone are dropped. Nothing else is changed.
/// ``Grid/write(_:x:y:style:maxWidth:)`` calls this for every string, so no view can forget it.
public enum Sanitizer {
    /// Columns between tab stops.
    public static let tabWidth = 4

    /// The printable graphemes of `text`, with their display widths. `column` is where the text starts, so
    /// tabs stop at the same columns wherever text is split.
    public static func graphemes(in text: some StringProtocol, startingAt column: Int = 0) -> [(Character, Int)] {
        var result: [(Character, Int)] = []
        result.reserveCapacity(text.utf8.count)
        forEachGrapheme(in: text, startingAt: column) { result.append(($0, $1)); return true }
        return result
    }

    /// Calls `body` with each printable grapheme of `text` and its width, without allocating, until `body`
    /// returns false. The same graphemes as ``graphemes(in:startingAt:)``.
    @inlinable
    public static func forEachGrapheme(in text: some StringProtocol, startingAt column: Int = 0,
                                       _ body: (Character, Int) -> Bool) {
        var position = column
        for character in text {
            if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F {
                if !body(character, 1) { return }
                position += 1
            } else if character.unicodeScalars.contains(where: isControl) {
                for scalar in character.unicodeScalars {
                    if scalar == "\t" {
                        let spaces = tabWidth - position % tabWidth
                        for _ in 0..<spaces where !body(" ", 1) { return }
                        position += spaces
                    } else if isControl(scalar) {
                        for visible in escape(scalar) where !body(visible, 1) { return }
                        position += escape(scalar).count
                    } else {
                        let character = Character(scalar)
                        let width = DisplayWidth.of(character)
                        if width > 0 {
                            if !body(character, width) { return }
                            position += width
                        }
                    }
                }
            } else {
                let width = DisplayWidth.of(character)
                if width > 0 {
                    if !body(character, width) { return }
                    position += width
                }
            }
        }
    }

    /// The text as one safe string (for messages built outside the grid, such as stderr lines).
    public static func visible(_ text: some StringProtocol) -> String {
        String(graphemes(in: text).map(\.0))
    }

    /// C0 (including ESC and newline), DEL and C1, and the bidirectional overrides and isolates, which can
    /// make text display in an order other than the one it has ("Trojan Source").
    @inlinable
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value)
    }

    /// The visible form of one control character.
    @usableFromInline
    static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x7F: return "^?"
        case 0..<0x20: return "^" + String(Character(Unicode.Scalar(UInt8(scalar.value) + 0x40)))
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "<" + hex + ">"
        }
    }
}
