/// Text from files (model names, sources) made safe to print: control characters become `?`, so imported
/// data can never reach the terminal as escape sequences.
enum TerminalSafeText {
    static func clean(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)) ? "?" : scalar
        }))
    }
}
