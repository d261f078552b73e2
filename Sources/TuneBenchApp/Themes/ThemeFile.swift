import TerminalUI
import TOMLKit

/// Reads theme files (TOML, see themes/default.toml):
///
///     name = "mine"
///     [roles]
///     accent = { color = "#5fafff", attributes = ["bold"] }
///
/// Roles a file leaves out keep the look of `base`. Every problem names the file, the line and what is wrong.
public enum ThemeFile {
    public static func parse(_ text: String, path: String, name: String, base: Theme) throws -> Theme {
        if let line = headerTOMLKitCannotParse(in: text) {
            throw ThemeError(path: path, line: line, problem: "a table header must start with a key, as in [roles]")
        }
        if let line = missingValueTOMLKitCannotParse(in: text) {
            throw ThemeError(path: path, line: line, problem: "a value is missing (a '}' follows '=', '[' or ',')")
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeError(path: path, line: error.source.begin.line, problem: error.description)
        }
        guard let roles = table["roles"]?.table else {
            throw ThemeError(path: path, line: 1, problem: "no [roles] table")
        }
        var theme = base
        theme.name = name
        for (key, value) in roles {
            let line = lineNumber(of: key, in: text)
            guard let role = ColorRole(rawValue: key) else {
                let known = ColorRole.allCases.map(\.rawValue).joined(separator: ", ")
                throw ThemeError(path: path, line: line, problem: "unknown role '\(short(key))' (roles: \(known))")
            }
            guard let entry = value.table else {
                throw ThemeError(path: path, line: line, problem: "role '\(short(key))' must be a table like { color = \"red\" }")
            }
            theme.paints[role] = try paint(entry, role: key, path: path, line: line)
        }
        return theme
    }

    static func paint(_ entry: TOMLTable, role: String, path: String, line: Int) throws -> Paint {
        var paint = Paint()
        for (key, value) in entry {
            switch key {
            case "color":
                guard let text = value.string, let color = Color(parsing: text) else {
                    throw ThemeError(path: path, line: line, problem:
                        "role '\(role)': color \(short(value.debugDescription)) is not a colour (use \"default\", a name such as \"red\", \"0\"-\"255\" or \"#rrggbb\")")
                }
                paint.color = color
            case "attributes":
                guard let names = value.array else {
                    throw ThemeError(path: path, line: line, problem: "role '\(role)': attributes must be a list of names")
                }
                for name in names {
                    guard let attribute = TextAttributes.named.first(where: { $0.name == name.string })?.value else {
                        let known = TextAttributes.named.map(\.name).joined(separator: ", ")
                        throw ThemeError(path: path, line: line, problem:
                            "role '\(role)': unknown attribute \(short(name.debugDescription)) (attributes: \(known))")
                    }
                    paint.attributes.insert(attribute)
                }
            default:
                throw ThemeError(path: path, line: line, problem: "role '\(role)': unknown key '\(short(key))' (use color, attributes)")
            }
        }
        return paint
    }

    /// The line of a table header whose key starts with a character no key can start with (`[{`, `[=`, `[` at the
    /// end of a line), or nil. toml++ 3 inside TOMLKit 0.6.0 asserts on these (`parse_key`) and aborts the whole
    /// process instead of reporting an error (found by fuzzing), so they are refused before TOMLKit sees them.
    /// A line inside a multi-line value that looks like such a header is refused too; no theme needs one.
    static func headerTOMLKitCannotParse(in text: String) -> Int? {
        let bytes = Array(text.utf8)
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        func canStartKey(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"),
                 UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "]"): true
            default: false
            }
        }
        var start = 0, line = 1
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            var i = start
            while i < end && isBlank(bytes[i]) { i += 1 }
            if i < end && bytes[i] == UInt8(ascii: "[") {
                i += 1
                let afterBracket = i
                while i < end && isBlank(bytes[i]) { i += 1 }
                // `[[` opens an array of tables; `[ [` is an error toml++ reports itself.
                let spacedBracket = i < end && bytes[i] == UInt8(ascii: "[") && i > afterBracket
                if i < end && bytes[i] == UInt8(ascii: "[") && i == afterBracket {
                    i += 1
                    while i < end && isBlank(bytes[i]) { i += 1 }
                }
                if i == end {
                    if end < bytes.count { return line }  // the end of the file is an error toml++ reports
                } else if !spacedBracket && !canStartKey(bytes[i]) {
                    return line
                }
            }
            start = end + 1
            line += 1
        }
        return nil
    }

    /// The line where, outside strings and comments, `=`, `[` or `,` is followed by `}` (or `=` by `]` or `,`), or
    /// nil. toml++ asserts when it expects a value there (`attributes = [ }`, found by fuzzing) and aborts the
    /// process; all of these are invalid TOML, so refusing them first loses nothing.
    static func missingValueTOMLKitCannotParse(in text: String) -> Int? {
        var line = 1
        var quote: UInt8?
        var escaped = false, inComment = false
        var pending: UInt8?  // the last `=`, `[` or `,` seen, until something other than a blank follows it
        for byte in text.utf8 {
            if byte == 0x0A { line += 1; inComment = false }
            if inComment { continue }
            if let open = quote {
                if escaped { escaped = false } else if byte == 0x5C && open == 0x22 { escaped = true } else if byte == open { quote = nil }
                continue
            }
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            if let before = pending {
                pending = nil
                if byte == UInt8(ascii: "}") { return line }
                if before == UInt8(ascii: "=") && (byte == UInt8(ascii: "]") || byte == UInt8(ascii: ",")) { return line }
            }
            switch byte {
            case 0x22, 0x27: quote = byte
            case UInt8(ascii: "#"): inComment = true
            case UInt8(ascii: "="), UInt8(ascii: "["), UInt8(ascii: ","): pending = byte
            default: break
            }
        }
        return nil
    }

    /// A value quoted back in a problem, cut to 60 characters: a theme file may hold a megabyte-long one.
    static func short(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(59)) + "…" : text
    }

    /// The first line that defines `key` (TOMLKit keeps no positions for values).
    static func lineNumber(of key: String, in text: String) -> Int {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix(key), trimmed.dropFirst(key.count).first.map({ $0 == " " || $0 == "=" || $0 == "." }) ?? false {
                return index + 1
            }
        }
        return 1
    }
}
