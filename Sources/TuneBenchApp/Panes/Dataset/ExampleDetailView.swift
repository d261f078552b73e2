import TerminalUI
import TuneBenchCore
import TuneBenchStore

/// The selected example in full: a header (id, status, tokens, tags), its validation findings and note,
/// then every message under its role in the role's colour, wrapped; JSON contents and tool-call arguments
/// pretty-printed; tool definitions and a preference pair's rejected reply after the messages.
struct ExampleDetailView {
    let state: DatasetPaneState

    func render(in area: Rect, into grid: inout Grid) {
        guard let detail = state.detail, detail.row.rowID == state.selected else {
            if state.selected != nil { grid.write("reading…", x: area.x, y: area.y, style: Style(.muted)) }
            return
        }
        // A search shows every line, so a match in the system prompt is never folded away.
        let fold = !state.showsFullSystemPrompt && state.search == nil
        var lines = Self.lines(detail, status: state.pending[detail.row.rowID]?.status ?? detail.row.status,
                               width: area.width, foldingSystemPrompt: fold,
                               estimated: state.statistics?.tokensEstimated == true)
        if let search = state.search { lines = lines.map { Self.highlighting(search, in: $0) } }
        let offset = min(state.detailOffset, max(0, lines.count - area.height))
        Paragraph(lines: lines, wrap: false, offset: offset).render(in: area, into: &grid)
    }

    /// How many lines of a folded system prompt stay visible.
    static let foldedSystemLines = 3

    /// The detail as lines already wrapped to `width`. With `foldingSystemPrompt`, a system message longer than
    /// ``foldedSystemLines`` shows only its start and a line saying how much is hidden: most datasets repeat one
    /// long system prompt, which would otherwise push the user and assistant turns off every screen.
    /// `estimated` marks the token count as an estimate.
    static func lines(_ detail: ExampleDetail, status: ReviewStatus, width: Int,
                      foldingSystemPrompt: Bool = false, estimated: Bool = false) -> [Line] {
        let width = max(4, width)
        let glyph = ExampleListView.glyph(status)
        var header = [Span("#\(detail.row.id)  ", Style(.text, attributes: .bold)),
                      Span("\(glyph.0) \(status.rawValue)", Style(glyph.1)),
                      Span("  \(TokenFigureMark.tokens(estimated: estimated)) \(detail.row.tokens)", Style(.muted))]
        var lines: [Line] = []
        if !detail.row.tags.isEmpty {
            // Tags go on the header line when they fit there, else on their own line below it.
            let tags = Span("  tags: \(detail.row.tags.joined(separator: ", "))", Style(.accent))
            if Line(header).width + Line([tags]).width <= width { header.append(tags) } else { lines.append(Line([tags])) }
        }
        lines.insert(Line(header), at: 0)
        for finding in detail.row.findings {
            let (mark, role): (String, ColorRole) = finding.category.isError ? ("✘", .error) : ("⚠", .warning)
            let times = finding.count > 1 ? " ×\(finding.count)" : ""
            lines.append(Line("\(mark) \(finding.category.rawValue)\(times)", Style(role)))
        }
        if !detail.note.isEmpty {
            lines += wrapped(detail.note, width: width, indent: "note: ", style: Style(.muted))
        }
        if let unparsed = detail.unparsed {
            lines.append(Line([]))
            lines.append(Line("The record is not valid JSON; its text:", Style(.error)))
            return lines + wrapped(unparsed, width: width, indent: "  ", style: .plain)
        }
        for message in detail.messages {
            lines.append(Line([]))
            let messageLines = messageLines(message, width: width)
            let hidden = messageLines.count - 1 - foldedSystemLines
            if foldingSystemPrompt, message["role"]?.stringValue == "system", hidden > 1 {
                lines += messageLines.prefix(1 + foldedSystemLines)
                lines.append(Line("  … \(hidden) more lines of the system prompt (s unfolds)", Style(.muted)))
            } else {
                lines += messageLines
            }
        }
        if !detail.tools.isEmpty {
            lines.append(Line([]))
            lines.append(Line("tools", Style(.tool, attributes: .bold)))
            for tool in detail.tools {
                let function = tool["function"] ?? tool
                let name = function["name"]?.stringValue ?? "?"
                let description = function["description"]?.stringValue.map { ": " + $0 } ?? ""
                lines += wrapped(name + description, width: width, indent: "  ", style: Style(.tool))
                if let parameters = function["parameters"] {
                    lines += wrapped(PrettyJSON.string(parameters), width: width, indent: "    ", style: Style(.muted))
                }
            }
        }
        if let rejected = detail.rejected {
            lines.append(Line([]))
            lines.append(Line("rejected reply (preference pair)", Style(.error, attributes: .bold)))
            for message in rejected { lines += messageLines(message, width: width) }
        }
        return lines
    }

    static func messageLines(_ message: JSONValue, width: Int) -> [Line] {
        guard message.isObject else {
            return wrapped(JSONWriter.string(message), width: width, indent: "  ", style: Style(.error))
        }
        let roleName = message["role"]?.stringValue ?? "(no role)"
        let role: ColorRole = switch roleName {
        case "system": .system
        case "user": .user
        case "assistant": .assistant
        case "tool", "function": .tool
        default: .warning
        }
        var label = roleName
        if let name = message["name"]?.stringValue { label += " (\(name))" }
        if let callID = message["tool_call_id"]?.stringValue { label += " → reply to \(callID)" }
        if let weight = message["weight"] { label += "  weight \(JSONWriter.string(weight))" }
        var lines = [Line(label, Style(role, attributes: .bold))]
        let content = message["content"]
        if let text = ContentText.text(of: content) {
            if let json = PrettyJSON.lines(ofJSONText: text) {
                lines += json.flatMap { wrapped($0, width: width, indent: "  ", style: .plain) }
            } else {
                lines += wrapped(text, width: width, indent: "  ", style: .plain)
            }
        } else if let content, content != .null {
            lines += wrapped(PrettyJSON.string(content), width: width, indent: "  ", style: Style(.muted))
        }
        for call in message["tool_calls"]?.arrayValue ?? [] {
            let function = call["function"] ?? call
            let name = function["name"]?.stringValue ?? "?"
            let id = call["id"]?.stringValue.map { " [\($0)]" } ?? ""
            lines.append(Line("  → call \(name)\(id)", Style(.tool)))
            if let arguments = function["arguments"] {
                let text = arguments.stringValue.flatMap(PrettyJSON.lines(ofJSONText:))?.joined(separator: "\n")
                    ?? arguments.stringValue ?? PrettyJSON.string(arguments)
                lines += wrapped(text, width: width, indent: "      ", style: .plain)
            }
        }
        if let call = message["function_call"] {
            lines.append(Line("  → call \(call["name"]?.stringValue ?? "?")", Style(.tool)))
            lines += wrapped(call["arguments"]?.stringValue ?? "", width: width, indent: "      ", style: .plain)
        }
        return lines
    }

    /// Where the detail should start to show the first line holding `term` with two lines above it (0 when
    /// the match is on the first screen).
    static func offset(ofFirst term: String, in detail: ExampleDetail, width: Int, height: Int) -> Int {
        let lines = Self.lines(detail, status: detail.row.status, width: width).map { highlighting(term, in: $0) }
        guard let match = lines.firstIndex(where: { $0.spans.contains { $0.style.attributes.contains(.reverse) } }),
              match >= height else { return 0 }
        return match - 2
    }

    /// The line with each occurrence of the search's words in `term` (ASCII letters in any case) reversed.
    static func highlighting(_ term: String, in line: Line) -> Line {
        // The index matches words and CJK runs, each on its own: mark each (the whole text when it has none).
        let terms = SearchQuery(term).terms
        return (terms.isEmpty ? [term] : terms).reduce(line) { marking($1, in: $0) }
    }

    private static func marking(_ term: String, in line: Line) -> Line {
        guard !term.isEmpty else { return line }
        let needle = Sanitizer.visible(term).lowercased()
        var spans: [Span] = []
        for span in line.spans {
            var rest = Substring(span.text)
            while let range = rest.lowercased().range(of: needle) {
                // Lowercasing keeps ASCII offsets; map the match back by character offsets.
                let lowered = rest.lowercased()
                let start = lowered.distance(from: lowered.startIndex, to: range.lowerBound)
                let length = lowered.distance(from: range.lowerBound, to: range.upperBound)
                guard let from = rest.index(rest.startIndex, offsetBy: start, limitedBy: rest.endIndex),
                      let to = rest.index(from, offsetBy: length, limitedBy: rest.endIndex) else { break }
                if from > rest.startIndex { spans.append(Span(String(rest[..<from]), span.style)) }
                var marked = span.style
                marked.attributes.insert(.reverse)
                spans.append(Span(String(rest[from..<to]), marked))
                rest = rest[to...]
            }
            if !rest.isEmpty || spans.isEmpty { spans.append(Span(String(rest), span.style)) }
        }
        return Line(spans)
    }

    /// Text wrapped to `width` under an indent (the first line carries `indent` as its label when it is one);
    /// each paragraph keeps its own leading spaces, so indented JSON stays indented.
    static func wrapped(_ text: String, width: Int, indent: String, style: Style) -> [Line] {
        let pad = String(repeating: " ", count: indent.count)
        var lines: [Line] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let leading = String(paragraph.prefix { $0 == " " }.prefix(max(0, width - indent.count - 8)))
            let body = String(paragraph.dropFirst(leading.count))
            for part in Wrap.lines(body, width: max(1, width - indent.count - leading.count)) {
                lines.append(Line((lines.isEmpty ? indent : pad) + leading + part, style))
            }
        }
        return lines
    }
}
