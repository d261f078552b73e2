/// Word wrapping by display width.
public enum Wrap {
    /// Splits sanitised text into lines of at most `width` columns, breaking at spaces where it can and
    /// inside words that are longer than a line. Newlines in the text start new lines.
    ///
    ///     Wrap.lines("the quick brown fox", width: 9)   // ["the quick", "brown fox"]
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                let graphemes = Sanitizer.graphemes(in: word)
                let wordWidth = graphemes.reduce(0) { $0 + $1.1 }
                let needed = lineWidth == 0 ? wordWidth : lineWidth + 1 + wordWidth
                if needed <= width {
                    if lineWidth > 0 { line += " "; lineWidth += 1 }
                    line += String(graphemes.map(\.0)); lineWidth += wordWidth
                    continue
                }
                if lineWidth > 0 { result.append(line); line = ""; lineWidth = 0 }
                for (character, characterWidth) in graphemes {
                    if lineWidth + characterWidth > width { result.append(line); line = ""; lineWidth = 0 }
                    line.append(character); lineWidth += characterWidth
                }
            }
            result.append(line)
        }
        return result
    }
}
