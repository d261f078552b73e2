/// Text from files (model names, sources, dataset names, project fields) made safe to print: control characters
/// become `?`, so imported data can never reach the terminal as escape sequences or reorder the line around it.
public enum TerminalSafeText {
    /// The text with every unsafe scalar (see ``isUnsafe(_:)``) replaced by `?`.
    public static func clean(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { isUnsafe($0) ? "?" : $0 }))
    }

    /// Whether a terminal would act on the scalar instead of just showing it: C0 controls (ESC, BEL, NUL, …), DEL,
    /// C1 controls (CSI U+009B, OSC U+009D, …), and the bidirectional controls that reorder the text after them
    /// (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069).
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
