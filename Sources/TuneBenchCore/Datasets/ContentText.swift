/// The text of a message `content`, which is a string or an array of parts (`{"type":"text","text":...}`).
public enum ContentText {
    /// The text of one content part: a `text` part's text, or a bare string; nil for images and other parts.
    public static func textOfPart(_ part: JSONValue) -> String? {
        if case .string(let text) = part { return text }
        if let text = part["text"]?.stringValue, (part["type"]?.stringValue ?? "text") == "text" { return text }
        return nil
    }

    /// The text of a content value (text parts joined by newlines), or nil when it holds no text at all.
    public static func text(of content: JSONValue?) -> String? {
        switch content {
        case .string(let text): return text
        case .array(let parts):
            let texts = parts.compactMap(textOfPart)
            return texts.isEmpty ? nil : texts.joined(separator: "\n")
        default: return nil
        }
    }
}
