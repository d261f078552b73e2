import Foundation
import Testing
import TuneBenchCore

/// Hostile project text in every text field of the report cannot add markup to the HTML or structure to the
/// Markdown: it appears as text.
@Suite struct ReportSafetyTests {
    /// Each payload tries a different way out of its context.
    static let payloads = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "</style><script>alert(2)</script>",
        "' onmouseover='alert(3)",
        "</title></td></table><svg onload=alert(4)>",
        "| a | b |\n# injected heading\n- injected item",
        "# heading [link](javascript:alert(5)) ![img](data:image/png;base64,AAAA) <b>bold</b> *em* `code`",
        "1. ordered\r\n> quote\u{1B}[31m red \u{07}&amp;",
    ]

    @Test(arguments: payloads)
    func htmlGetsNoMarkupFromProjectText(_ payload: String) throws {
        let renderer = try ReportFixture.renderer()
        let benign = try renderer.render(try ReportFixture.report(withEveryText: "plain"), as: .html)
        let hostile = try renderer.render(try ReportFixture.report(withEveryText: payload), as: .html)
        #expect(!hostile.lowercased().contains("<script"))
        let benignParse = try HTMLStructure.parse(benign)
        let parsed = try HTMLStructure.parse(hostile)
        // The same elements with the same attribute names, in the same order: nothing came from the text.
        #expect(parsed.tags == benignParse.tags)
        #expect(parsed.style == benignParse.style)
        #expect(!parsed.attributeValues.contains { $0.lowercased().contains("http") || $0.lowercased().contains("javascript:") })
        // The text shows as text (control characters replaced, everything else intact).
        let visible = payload.unicodeScalars.map { $0.value < 0x20 && $0 != "\n" && $0 != "\t" ? "\u{FFFD}" : String($0) }.joined()
        #expect(parsed.text.contains("\(visible) project name"))
        #expect(parsed.text.contains("\(visible) run name"))
        #expect(parsed.text.contains("\(visible) dataset name"))
    }

    @Test func htmlIsSelfContained() throws {
        let html = try ReportFixture.renderer().render(try ReportFixture.report(), as: .html)
        let parsed = try HTMLStructure.parse(html)
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(!parsed.tags.contains { ["script", "link", "img", "iframe", "object", "embed"].contains($0.split(separator: " ").first.map(String.init) ?? "") })
        #expect(!parsed.attributeValues.contains { $0.contains("url(") })
        #expect(!parsed.style.contains("url(") && !parsed.style.contains("@import"))
        #expect(parsed.tags.contains { $0.hasPrefix("svg") })
    }

    @Test(arguments: payloads)
    func markdownGetsNoStructureFromProjectText(_ payload: String) throws {
        let renderer = try ReportFixture.renderer()
        let benign = try renderer.render(try ReportFixture.report(withEveryText: "plain"), as: .markdown)
        let hostile = try renderer.render(try ReportFixture.report(withEveryText: payload), as: .markdown)
        let benignLines = benign.split(separator: "\n", omittingEmptySubsequences: false)
        let hostileLines = hostile.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(hostileLines.count == benignLines.count)
        for (plain, attacked) in zip(benignLines, hostileLines) {
            #expect(MarkdownLine(attacked) == MarkdownLine(plain), "\(attacked)")
        }
        // Inline HTML needs an unescaped `<`; the only ones are none at all.
        #expect(!hostile.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
        #expect(hostile.replacingOccurrences(of: "\\<", with: "").contains("<") == false)
    }

    @Test func markdownEscapesOnlyWhatCouldBeStructure() {
        #expect(ReportEscaping.markdown("a | b") == "a \\| b")
        #expect(ReportEscaping.markdown("# title") == "\\# title")
        #expect(ReportEscaping.markdown("- item") == "\\- item")
        #expect(ReportEscaping.markdown("12. item") == "12\\. item")
        #expect(ReportEscaping.markdown("69.4% -3 pts") == "69.4% -3 pts")
        #expect(ReportEscaping.markdown("line\nbreak") == "line break")
        #expect(ReportEscaping.markdown("<b>&amp;") == "\\<b\\>\\&amp;")
        #expect(ReportEscaping.html("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }
}

/// What a Markdown line is, structurally: its block marker and how many table-cell separators it has.
struct MarkdownLine: Equatable {
    let marker: String
    let cells: Int

    init(_ line: Substring) {
        let trimmed = line.drop { $0 == " " }
        if trimmed.hasPrefix("#") {
            marker = String(trimmed.prefix { $0 == "#" })
        } else if let first = trimmed.first, "-+*>|`".contains(first) {
            marker = String(first)
        } else if trimmed.first?.isNumber == true, trimmed.drop(while: \.isNumber).first.map({ ".)".contains($0) }) == true {
            marker = "ordered"
        } else {
            marker = ""
        }
        var unescapedPipes = 0
        var escaped = false
        for character in line {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true } else if character == "|" { unescapedPipes += 1 }
        }
        cells = unescapedPipes
    }
}

/// An HTML document as a real parser (Python's html.parser) sees it.
struct HTMLStructure: Decodable {
    /// Every start tag with its attribute names: `td class`.
    let tags: [String]
    let attributeValues: [String]
    /// Text outside `<style>`, entities decoded.
    let text: String
    /// The contents of `<style>`.
    let style: String

    static let script = """
        import sys, json
        from html.parser import HTMLParser
        class P(HTMLParser):
            def __init__(self):
                super().__init__(convert_charrefs=True)
                self.tags, self.values, self.text, self.style, self.stack = [], [], [], [], []
            def handle_starttag(self, tag, attrs):
                self.tags.append(" ".join([tag] + [name for name, _ in attrs]))
                self.values += [value or "" for _, value in attrs]
                self.stack.append(tag)
            def handle_startendtag(self, tag, attrs):
                self.tags.append(" ".join([tag] + [name for name, _ in attrs]))
                self.values += [value or "" for _, value in attrs]
            def handle_endtag(self, tag):
                if self.stack and self.stack[-1] == tag: self.stack.pop()
            def handle_data(self, data):
                (self.style if self.stack and self.stack[-1] == "style" else self.text).append(data)
        p = P()
        p.feed(sys.stdin.read())
        p.close()
        json.dump({"tags": p.tags, "attributeValues": p.values, "text": "".join(p.text), "style": "".join(p.style)}, sys.stdout)
        """

    static func parse(_ html: String) throws -> HTMLStructure {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let writer = Thread { input.fileHandleForWriting.write(Data(html.utf8)); try? input.fileHandleForWriting.close() }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try JSONDecoder().decode(HTMLStructure.self, from: data)
    }
}
