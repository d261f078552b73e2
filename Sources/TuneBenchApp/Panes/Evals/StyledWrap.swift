import TerminalUI

/// Word wrapping that keeps each span's style (a word diff colours single words inside a paragraph). Newlines in
/// the text start new lines; words longer than a line are cut; untrusted text is sanitised first.
enum StyledWrap {
    static func lines(_ spans: [Span], width: Int, indent: String = "") -> [Line] {
        let width = max(1, width - DisplayWidth.of(indent))
        var lines: [Line] = []
        var current: [Span] = [], used = 0
        func append(_ text: String, _ style: Style, width textWidth: Int) {
            if let last = current.last, last.style == style { current[current.count - 1].text += text } else { current.append(Span(text, style)) }
            used += textWidth
        }
        func breakLine() {
            lines.append(Line((indent.isEmpty ? [] : [Span(indent)]) + current))
            current = []
            used = 0
        }
        for span in spans {
            for (paragraphIndex, paragraph) in span.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if paragraphIndex > 0 { breakLine() }
                for token in tokens(paragraph) {
                    let word = Sanitizer.visible(token.word), wordWidth = DisplayWidth.of(word)
                    if used > 0, used + wordWidth > width { breakLine() }
                    if wordWidth > width {
                        for character in word {
                            let characterWidth = DisplayWidth.of(character)
                            if used + characterWidth > width { breakLine() }
                            append(String(character), span.style, width: characterWidth)
                        }
                    } else if wordWidth > 0 {
                        append(word, span.style, width: wordWidth)
                    }
                    let spaces = min(token.spaces, max(0, width - used))
                    if spaces > 0 { append(String(repeating: " ", count: spaces), Style(.text), width: spaces) }
                }
            }
        }
        if !current.isEmpty || lines.isEmpty { breakLine() }
        return lines
    }

    /// Words and the count of spaces (tabs count as one) after each.
    private static func tokens(_ text: Substring) -> [(word: Substring, spaces: Int)] {
        var result: [(Substring, Int)] = []
        var index = text.startIndex
        while index < text.endIndex {
            let wordEnd = text[index...].firstIndex { $0 == " " || $0 == "\t" } ?? text.endIndex
            var spaceEnd = wordEnd
            while spaceEnd < text.endIndex, text[spaceEnd] == " " || text[spaceEnd] == "\t" { spaceEnd = text.index(after: spaceEnd) }
            result.append((text[index..<wordEnd], text.distance(from: wordEnd, to: spaceEnd)))
            index = spaceEnd
        }
        return result
    }
}
