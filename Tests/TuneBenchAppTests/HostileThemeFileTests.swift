import Foundation
import Testing
import TerminalUI
@testable import TuneBenchApp
import TuneBenchTestSupport

/// Theme files with absurd content: each falls back to the default theme with one short warning that names the
/// file and holds no control character, whatever the file quotes back.
@Suite struct HostileThemeFileTests {
    static let megabyte = String(repeating: "x", count: 1 << 20)

    static let files: [(name: String, text: String, problem: String)] = [
        ("huge-number", "[roles]\naccent = { color = \"99999999999999999999999\" }\n", "is not a colour"),
        ("number-colour", "[roles]\naccent = { color = 1e308 }\n", "is not a colour"),
        ("huge-integer", "[roles]\naccent = { color = 9223372036854775807 }\n", "is not a colour"),
        ("unknown-colour", "[roles]\naccent = { color = \"ultraviolet\" }\n", "is not a colour"),
        ("megabyte-colour", "[roles]\naccent = { color = \"\(megabyte)\" }\n", "is not a colour"),
        ("megabyte-role", "[roles]\n\(megabyte) = { color = \"red\" }\n", "unknown role"),
        ("escape-colour", "[roles]\naccent = { color = \"\\u001b]52;c;aGk=\\u0007\\u001b[2J\" }\n", "is not a colour"),
        ("escape-role", "[roles]\n\"\\u001b[31m\\u202eevil\" = { color = \"red\" }\n", "unknown role"),
        ("escape-attribute", "[roles]\naccent = { attributes = [\"\\u009b31m\"] }\n", "unknown attribute"),
        ("deep-nesting", "[roles]\naccent = { attributes = \(String(repeating: "[", count: 5_000))\(String(repeating: "]", count: 5_000)) }\n", "nested value depth"),
        ("raw-control-bytes", "[roles]\naccent = { color = \"red\u{1B}[2J\" }\n", "control characters"),
    ]

    /// A theme that is `/dev/zero` behind a symlink is refused once it passes the limit, not read for ever.
    @Test func aThemeWithNoEndIsRefusedAtTheLimit() throws {
        let dir = try TemporaryDirectory()
        #expect(symlink("/dev/zero", dir.path("zero.toml")) == 0)
        let error = try #require(throws: ThemeError.self) { try ThemeCatalog(directories: [dir.path("")]).load("zero") }
        #expect(error.problem == "longer than 64 MB: not a theme file", "\(error)")
    }

    /// Table headers whose key starts with a character no key can start with: toml++ (in TOMLKit) asserted on them
    /// and aborted the process (found by the theme-file fuzzer from the shipped high-contrast theme, whose
    /// `[roles]` line it had turned into `[ { color = "bright-white" }`).
    @Test(arguments: [
        "name = \"high-contrast\"\n\n[ { color = \"bright-white\" }\nmuted = { color = \"white\" }\n",
        "[=]\n", "[#x]\n", "[\n[roles]\n", "[\r\n", "[[{]]\n", "[[[roles]]]\n", "  [.roles]\n",
    ])
    func headersTOMLKitWouldAbortOnAreRefused(text: String) throws {
        let error = try #require(throws: ThemeError.self) {
            try ThemeFile.parse(text, path: "t.toml", name: "t", base: .mono)
        }
        #expect(error.problem.contains("a table header must start with a key"), "\(error)")
    }

    /// `attributes = [ }`: toml++ asserted in `parse_value` (found by the theme-file fuzzer in the mono theme).
    @Test(arguments: [
        "[roles]\naccent = { color = \"default\", attributes = [ }\n", "[roles]\naccent = }\n",
        "[roles]\naccent = { color = \"red\", }\n", "[roles]\naccent = ,\n", "[roles]\naccent = [\n }\n",
    ])
    func missingValuesTOMLKitWouldAbortOnAreRefused(text: String) throws {
        let error = try #require(throws: ThemeError.self) {
            try ThemeFile.parse(text, path: "t.toml", name: "t", base: .mono)
        }
        #expect(error.problem.contains("a value is missing"), "\(error)")
    }

    @Test func ordinaryHeadersStillParse() throws {
        for text in ["[roles]\n", "[ roles ]\n", "[\"roles\"]\n", "[[roles.x]]\n", "[roles]\naccent = { attributes = [\n  \"bold\",\n] }\n", "[roles] # = }\ntext = { color = \"= }\" }\n"] {
            #expect(ThemeFile.headerTOMLKitCannotParse(in: text) == nil, "\(text)")
            #expect(ThemeFile.missingValueTOMLKitCannotParse(in: text) == nil, "\(text)")
        }
    }

    @Test(arguments: files.indices)
    func absurdThemesFallBackWithOneShortSafeWarning(index: Int) throws {
        let (name, text, problem) = Self.files[index]
        let directory = try TemporaryDirectory()
        let path = directory.path("\(name).toml")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("themes").path
        let catalog = ThemeCatalog(directories: [shipped, directory.url.path])
        let choice = ThemeChoice.choose(flag: name, environment: [:], projectSetting: nil, catalog: catalog)
        #expect(choice.theme == BuiltinThemes.dark)
        let warning = try #require(choice.warning)
        #expect(warning.hasPrefix(path))
        #expect(warning.hasSuffix("; using default"))
        #expect(warning.contains(problem), "\(warning)")
        #expect(warning.count < 400, "a \(warning.count)-character warning")
        #expect(!warning.unicodeScalars.contains { Sanitizer.isControl($0) }, "\(warning)")
    }
}
