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
                // Printable ASCII needs no sanitising or measuring beyond its byte count.
                let isPlain = word.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
                let visible = isPlain ? String(word) : Sanitizer.visible(word)
                let wordWidth = isPlain ? word.utf8.count : DisplayWidth.of(visible)
                let needed = lineWidth == 0 ? wordWidth : lineWidth + 1 + wordWidth
                if needed <= width {
                    if lineWidth > 0 { line += " "; lineWidth += 1 }
                    line += visible
                    lineWidth += wordWidth
                    continue
                }
                if lineWidth > 0 { result.append(line); line = ""; lineWidth = 0 }
                if wordWidth <= width {
                    line = visible
                    lineWidth = wordWidth
                    continue
                }
                for character in visible {
                    let characterWidth = DisplayWidth.of(character)
                    if lineWidth + characterWidth > width { result.append(line); line = ""; lineWidth = 0 }
                    line.append(character)
                    lineWidth += characterWidth
                }
            }
            result.append(line)
        }
        return result
    }
}
