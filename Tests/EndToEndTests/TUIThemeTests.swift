import Foundation
import Testing
import TuneBenchTestSupport

/// Themes reach the terminal: colours by palette size, none under NO_COLOR, and a broken theme falls back.
@Suite struct TUIThemeTests {
    /// The SGR parameters the screen uses, e.g. ["1", "38;5;75", "0"].
    func sgrParameters(_ styled: String) -> Set<String> {
        var found: Set<String> = []
        var rest = Substring(styled)
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "m") else { break }
            found.insert(String(rest[..<end]))
            rest = rest[rest.index(after: end)...]
        }
        return found
    }

    func styledHome(environment: [String: String] = [:], arguments: [String] = []) async throws -> Set<String> {
        let fixture = try TUIFixture()
        var variables = fixture.environment
        for (key, value) in environment { variables[key] = value }
        return try await TmuxSession.with(command: fixture.command + arguments, width: 100, height: 30,
                                          environment: variables) { tmux in
            try await tmux.waitUntil("the home screen") { $0.last?.contains("q quit") == true }
            return sgrParameters(try await tmux.captureWithStyles())
        }
    }

    @Test func defaultThemeUses256Colours() async throws {
        let codes = try await styledHome()
        #expect(codes.contains { $0.contains("38;5;75") }, "accent #5fafff is palette 75: \(codes)")
    }

    @Test func eightColourTerminalsGetTheNearestBasicColours() async throws {
        let codes = try await styledHome(environment: ["TERM": "screen"])
        #expect(!codes.contains { $0.contains("38;5;") }, "\(codes)")
        #expect(codes.contains { $0.split(separator: ";").contains { (30...37).contains(Int($0) ?? 0) } }, "\(codes)")
    }

    @Test func noColorMeansAttributesOnly() async throws {
        let codes = try await styledHome(environment: ["NO_COLOR": "1"], arguments: ["--theme", "light"])
        let colours = codes.filter { code in
            code.contains("38;") || code.contains("48;")
                || code.split(separator: ";").contains { (30...37).contains(Int($0) ?? 0) || (40...47).contains(Int($0) ?? 0) }
        }
        #expect(colours.isEmpty, "\(colours)")
        #expect(codes.contains { $0.split(separator: ";").contains("7") }, "the focused tab is reversed: \(codes)")
    }

    @Test func aBrokenThemeFallsBackAndSaysWhere() async throws {
        let fixture = try TUIFixture()
        let themes = fixture.directory.path("config") + "/tunebench/themes"
        try FileManager.default.createDirectory(atPath: themes, withIntermediateDirectories: true)
        try "[roles]\naccent = { color = \"#zz0000\" }\n".write(toFile: themes + "/broken.toml", atomically: true, encoding: .utf8)
        try await TmuxSession.with(command: fixture.command + ["--theme", "broken"], width: 160, height: 30,
                                   environment: fixture.environment) { tmux in
            try await tmux.waitFor("broken.toml:2: role 'accent'")
            try await tmux.send("q")
            try await tmux.waitFor("[exit 0]")
            try await tmux.waitFor("tunebench: warning: \(themes)/broken.toml:2:")
        }
    }
}
