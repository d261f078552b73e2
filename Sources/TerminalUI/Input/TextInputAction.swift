/// What a key does to a line being typed (the `:` line, a pane's prompt, an in-place editor): one set of
/// actions, bindings and behaviour for every place text is typed.
public enum TextInputAction: Hashable, Sendable {
    /// A printable key the line does not bind.
    case insert(Character)
    case deleteBackward
    /// Moves the cursor left (-1) or right (+1).
    case cursor(Int)
    /// Empties the line (Ctrl-U, as in a shell).
    case clear
    /// Completes the last word from the line's candidates.
    case complete

    /// The action's long name under `prefix`: `dataset-prompt` gives `dataset-prompt-delete-backward`.
    public func longName(prefix: String) -> String {
        switch self {
        case .insert: "\(prefix)-insert"
        case .deleteBackward: "\(prefix)-delete-backward"
        case .cursor(let delta): delta < 0 ? "\(prefix)-cursor-left" : "\(prefix)-cursor-right"
        case .clear: "\(prefix)-clear"
        case .complete: "\(prefix)-complete"
        }
    }

    /// The keys that do it, where a key does (insert has none: every unbound printable key inserts).
    public var keys: [Key] {
        switch self {
        case .insert: []
        case .deleteBackward: [.backspace]
        case .cursor(let delta): delta < 0 ? [.left] : [.right]
        case .clear: [.control("u")]
        case .complete: [.tab]
        }
    }

    /// The help text of the action's binding.
    public var help: String {
        switch self {
        case .insert: "type a character"
        case .deleteBackward: "delete the character before the cursor (on an empty line: cancel)"
        case .cursor(let delta): delta < 0 ? "move the cursor left" : "move the cursor right"
        case .clear: "clear the line"
        case .complete: "complete the last word"
        }
    }

    /// The editing actions a line binds to keys; `completes` adds Tab.
    public static func bound(completes: Bool) -> [TextInputAction] {
        [.deleteBackward, .cursor(-1), .cursor(1), .clear] + (completes ? [.complete] : [])
    }
}

extension CommandLineState {
    /// Applies a typing action. Returns false when the line should close: Backspace on an empty line, as in
    /// vim's command line.
    @discardableResult
    public mutating func apply(_ action: TextInputAction, candidates: [String] = []) -> Bool {
        switch action {
        case .insert(let character): insert(character)
        case .deleteBackward: return deleteBackward()
        case .cursor(let delta): moveCursor(by: delta)
        case .clear: self = CommandLineState()
        case .complete: completeLastWord(from: candidates)
        }
        return true
    }

    /// Completes the word the line ends with from candidates (the whole line when it has no space).
    public mutating func completeLastWord(from candidates: [String]) {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var last = CommandLineState(text: words.popLast() ?? "")
        last.complete(from: candidates)
        self = CommandLineState(text: (words + [last.text]).joined(separator: " "))
    }
}
