/// A piece of text in one style.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// One line of styled text.
///
///     Line([Span("Problem  ", Style(.muted)), Span(problem)])
public struct Line: Hashable, Sendable, ExpressibleByStringLiteral {
    public var spans: [Span]

    public init(_ spans: [Span]) { self.spans = spans }
    public init(_ text: String, _ style: Style = .plain) { self.spans = [Span(text, style)] }
    public init(stringLiteral value: String) { self.spans = [Span(value)] }

    /// The columns the line takes once sanitised.
    public var width: Int {
        var total = 0
        for span in spans {
            if let count = DisplayWidth.printableASCIICount(span.text) { total += count; continue }
            Sanitizer.forEachGrapheme(in: span.text) { total += $1; return true }
        }
        return total
    }

    /// The plain text.
    public var plainText: String { spans.map(\.text).joined() }
}
