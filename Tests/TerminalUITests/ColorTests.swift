import Testing
import TerminalUI

@Suite struct ColorTests {
    @Test func parsesThemeNotation() {
        #expect(Color(parsing: "#ff8000") == .rgb(255, 128, 0))
        #expect(Color(parsing: "bright-red") == .indexed(9))
        #expect(Color(parsing: "208") == .indexed(208))
        #expect(Color(parsing: "default") == .default)
        #expect(Color(parsing: "#12") == nil)
        #expect(Color(parsing: "purple-ish") == nil)
    }

    @Test func degradesToThePaletteTheTerminalHas() {
        #expect(Color.rgb(255, 0, 0).paletteIndex(forPaletteSize: 256) == 196)
        #expect(Color.rgb(255, 0, 0).paletteIndex(forPaletteSize: 16) == 9)
        #expect(Color.rgb(255, 0, 0).paletteIndex(forPaletteSize: 8) == 1)
        #expect(Color.indexed(208).paletteIndex(forPaletteSize: 8) == 3)
        #expect(Color.rgb(128, 128, 128).paletteIndex(forPaletteSize: 256) == 244)
        #expect(Color.indexed(4).paletteIndex(forPaletteSize: 8) == 4)
        #expect(Color.default.paletteIndex(forPaletteSize: 256) == nil)
    }

    @Test func monoThemeMapsRolesToAttributes() {
        let resolved = Theme.mono.resolve(Style(.error, on: .selection))
        #expect(resolved.attributes == [.bold, .underline, .reverse])
        #expect(resolved.foreground == .default)
    }
}

@Suite struct ColorDegradationTests {
    @Test func greysStayGreyOnSmallPalettes() {
        #expect(Color.indexed(243).paletteIndex(forPaletteSize: 8) == 0)
        #expect(Color.indexed(250).paletteIndex(forPaletteSize: 8) == 7)
        #expect(Color.indexed(245).paletteIndex(forPaletteSize: 16) == 8)
        #expect(Color.rgb(40, 40, 40).paletteIndex(forPaletteSize: 16) == 0)
    }
}
