/// One input event: a key press, a mouse event or a terminal resize.
///
/// Keys have stable names used by binding tables, `docs/keys.md` and scripted test sessions:
///
///     Key(name: "ctrl-r")     // .control("r")
///     Key.backTab.name        // "shift-tab"
///     Key.character("?").name // "?"
public enum Key: Hashable, Sendable, CustomStringConvertible {
    /// A printable character (including space).
    case character(Character)
    /// Ctrl plus a letter, stored lowercase.
    case control(Character)
    case enter, tab, backTab, backspace, delete, escape, insert
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
    case mouse(MouseEvent)
    /// The terminal now has this size.
    case resize(Size)

    static let namedKeys: [(String, Key)] = [
        ("enter", .enter), ("tab", .tab), ("shift-tab", .backTab), ("backspace", .backspace), ("delete", .delete),
        ("esc", .escape), ("insert", .insert), ("up", .up), ("down", .down), ("left", .left), ("right", .right),
        ("home", .home), ("end", .end), ("pgup", .pageUp), ("pgdn", .pageDown), ("space", .character(" ")),
    ]

    /// Parses a key name: a single character, `ctrl-x`, `f1`-`f12`, or a named key (`enter`, `tab`,
    /// `shift-tab`, `backspace`, `delete`, `esc`, `insert`, arrows, `home`, `end`, `pgup`, `pgdn`, `space`).
    public init?(name: String) {
        if let named = Key.namedKeys.first(where: { $0.0 == name }) {
            self = named.1
        } else if name.count == 1, let character = name.first {
            self = .character(character)
        } else if name.hasPrefix("ctrl-"), name.count == 6, let letter = name.last, letter.isLetter {
            self = .control(Character(letter.lowercased()))
        } else if name.hasPrefix("f"), let number = Int(name.dropFirst()), (1...24).contains(number) {
            self = .function(number)
        } else {
            return nil
        }
    }

    /// The key's name, the inverse of ``init(name:)``.
    public var name: String {
        switch self {
        case .character(let character): return character == " " ? "space" : String(character)
        case .control(let letter): return "ctrl-\(letter)"
        case .function(let number): return "f\(number)"
        case .mouse(let event): return "mouse-\(event.kind.rawValue)"
        case .resize(let size): return "resize-\(size)"
        default: return Key.namedKeys.first { $0.1 == self }?.0 ?? "?"
        }
    }

    /// How help screens show the key: `Ctrl-R`, `Shift-Tab`, `Enter`, `↑`, `j`.
    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .control(let letter): return "Ctrl-\(letter.uppercased())"
        case .function(let number): return "F\(number)"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .backTab: return "Shift-Tab"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .escape: return "Esc"
        default: return name.prefix(1).uppercased() + name.dropFirst()
        }
    }

    public var description: String { name }
}
