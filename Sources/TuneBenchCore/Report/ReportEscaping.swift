import Foundation
import Mustache

/// How project text is escaped in each template language, and the Mustache content types that apply it.
///
/// Every `{{value}}` in a template goes through one of these; templates never use `{{{value}}}` or `{{&value}}`.
public enum ReportEscaping {
    /// The content type name Markdown templates declare with `{{% CONTENT_TYPE: MARKDOWN}}`.
    public static let markdownContentType = "MARKDOWN"
    /// The content type name HTML templates declare with `{{% CONTENT_TYPE: HTMLTEXT}}` (HTML escaping plus
    /// control characters made harmless; a partial that forgets it still gets the library's HTML escaping).
    public static let htmlContentType = "HTMLTEXT"

    /// Registers both content types with Mustache (once, before any template is parsed).
    static let registered: Void = {
        MustacheContentTypes.register(MarkdownText(), named: markdownContentType)
        MustacheContentTypes.register(HTMLText(), named: htmlContentType)
    }()

    /// Text for a Markdown line or table cell: line breaks become spaces, control characters become U+FFFD, and
    /// every character Markdown (CommonMark and GitHub's tables) could read as structure, inline HTML or an
    /// entity is backslash-escaped, as are a leading list, heading-underline or ordered-list marker.
    public static func markdown(_ text: String) -> String {
        let scalars = Array(flattened(text).trimmingCharacters(in: .whitespaces).unicodeScalars)
        let markerEnd = leadingMarkerEnd(scalars)
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if markdownActive.contains(scalar) || index == markerEnd { out.append("\\") }
            out.append(scalar)
        }
        return String(out)
    }

    /// The index of the character that makes the start of `scalars` a block marker (`- `, `+ `, `1. `, `1) `,
    /// a leading `=`), or nil.
    private static func leadingMarkerEnd(_ scalars: [Unicode.Scalar]) -> Int? {
        guard let first = scalars.first else { return nil }
        let endsMarker: (Int) -> Bool = { $0 + 1 == scalars.count || scalars[$0 + 1] == " " }
        if first == "=" { return 0 }
        if (first == "-" || first == "+") && endsMarker(0) { return 0 }
        var index = 0
        while index < scalars.count, scalars[index].isASCII, scalars[index].properties.numericType == .decimal { index += 1 }
        if index > 0, index < scalars.count, scalars[index] == "." || scalars[index] == ")", endsMarker(index) { return index }
        return nil
    }

    /// Text for HTML content or a double-quoted attribute: `& < > " '` as entities, control characters as U+FFFD.
    public static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in withoutControls(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static let markdownActive: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "{", "}", "[", "]", "<", ">", "#", "|", "~", "!", "&", "$",
    ]

    /// One line: every line break becomes a space (a Markdown value must not start a new block), controls U+FFFD.
    private static func flattened(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": out.append(" ")
            default: out.append(isControl(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return String(out)
    }

    private static func withoutControls(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(isControl(scalar) && scalar != "\n" && scalar != "\t" ? "\u{FFFD}" : scalar)
        }
        return String(out)
    }

    /// C0 (but tab and newline are handled by the callers), DEL and C1.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    struct MarkdownText: MustacheContentType {
        func escapeText(_ text: String) -> String { ReportEscaping.markdown(text) }
    }

    struct HTMLText: MustacheContentType {
        func escapeText(_ text: String) -> String { ReportEscaping.html(text) }
    }
}
