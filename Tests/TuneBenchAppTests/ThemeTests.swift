import Foundation
import Testing
import TerminalUI
import TuneBenchApp
import TuneBenchStore
import TuneBenchTestSupport

@Suite struct ThemeTests {
    static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes").path

    var catalog: ThemeCatalog { ThemeCatalog(directories: [ThemeTests.shipped]) }

    @Test func shippedThemesAllLoad() throws {
        #expect(catalog.names() == ["default", "high-contrast", "light", "mono"])
        for name in catalog.names() {
            let theme = try #require(try catalog.load(name))
            #expect(theme.name == name)
            #expect(ColorRole.allCases.allSatisfy { theme.paints[$0] != nil }, "\(name) leaves out a role")
        }
    }

    @Test func compiledInThemesMatchTheirFiles() throws {
        #expect(try catalog.load("default") == BuiltinThemes.dark)
        #expect(try catalog.load("mono")?.paints.filter { $0.value != Paint() } == Theme.mono.paints.filter { $0.value != Paint() })
    }

    @Test func precedenceIsFlagThenEnvironmentThenProjectSetting() {
        func chosen(flag: String?, env: [String: String], setting: String?) -> String {
            ThemeChoice.choose(flag: flag, environment: env, projectSetting: setting, catalog: catalog).theme.name
        }
        #expect(chosen(flag: "light", env: ["TUNEBENCH_THEME": "mono"], setting: "high-contrast") == "light")
        #expect(chosen(flag: nil, env: ["TUNEBENCH_THEME": "mono"], setting: "high-contrast") == "mono")
        #expect(chosen(flag: nil, env: [:], setting: "high-contrast") == "high-contrast")
        #expect(chosen(flag: nil, env: [:], setting: nil) == "default")
    }

    @Test func noColorForcesMono() {
        let choice = ThemeChoice.choose(flag: "light", environment: ["NO_COLOR": "1"], projectSetting: nil, catalog: catalog)
        #expect(choice.theme == Theme.mono)
        #expect(choice.warning == nil)
    }

    @Test func userThemesOverrideShippedOnes() throws {
        let user = try TemporaryDirectory()
        try "[roles]\naccent = { color = \"red\" }\n".write(toFile: user.path("light.toml"), atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog(directories: [ThemeTests.shipped, user.url.path])
        let light = try #require(try catalog.load("light"))
        #expect(light[.accent] == Paint(.indexed(1)))
        #expect(light[.text] == BuiltinThemes.dark[.text], "left-out roles keep the default look")
    }

    @Test func standardCatalogFindsXDGThemes() {
        let catalog = ThemeCatalog.standard(environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/u"],
                                            searchRoots: [URL(fileURLWithPath: ThemeTests.shipped)])
        #expect(catalog.directories == [ThemeTests.shipped, "/cfg/tunebench/themes"])
        #expect(ThemeCatalog.standard(environment: ["HOME": "/home/u"], searchRoots: []).directories
            == ["/home/u/.config/tunebench/themes"])
    }

    @Test(arguments: [
        ("name = \"x\"\n[roles]\naccent = { color = \"#12\" }\n", 3, "role 'accent': color \"#12\" is not a colour"),
        ("[roles]\ntext = { color = \"red\" }\nshadow = { color = \"red\" }\n", 3, "unknown role 'shadow'"),
        ("[roles]\nerror = { color = \"red\", attributes = [\"blink\"] }\n", 2, "unknown attribute \"blink\""),
        ("[roles]\naccent = { color = \"red\"\n", 2, "Error while parsing"),
        ("name = \"x\"\n", 1, "no [roles] table"),
    ])
    func malformedThemesNameFileLineAndProblem(text: String, line: Int, problem: String) throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("broken.toml")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog(directories: [ThemeTests.shipped, directory.url.path])
        let error = try #require(throws: ThemeError.self) { try catalog.load("broken") }
        #expect(error.path == path)
        #expect(error.line == line)
        #expect(error.problem.contains(problem), "\(error.problem)")
        let choice = ThemeChoice.choose(flag: "broken", environment: [:], projectSetting: nil, catalog: catalog)
        #expect(choice.theme == BuiltinThemes.dark)
        #expect(choice.warning?.hasPrefix("\(path):\(line): ") == true)
        #expect(choice.warning?.hasSuffix("; using default") == true)
    }

    @Test func unknownThemeNameFallsBackWithTheList() {
        let choice = ThemeChoice.choose(flag: "solarized", environment: [:], projectSetting: nil, catalog: catalog)
        #expect(choice.theme == BuiltinThemes.dark)
        #expect(choice.warning == "no theme named 'solarized' (themes: default, high-contrast, light, mono); using default")
    }

    @Test func withoutTheShippedFolderTheCompiledInDefaultIsUsedSilently() {
        let choice = ThemeChoice.choose(flag: nil, environment: [:], projectSetting: nil, catalog: ThemeCatalog(directories: []))
        #expect(choice.theme == BuiltinThemes.dark)
        #expect(choice.warning == nil)
    }

    @Test func theProjectsThemeSettingIsUsedByTheWorkbench() throws {
        let directory = try TemporaryDirectory()
        let store = try ProjectStore.create(path: directory.path("p.tunebench"), name: "p")
        try store.setSetting("theme", to: "high-contrast")
        let root = URL(fileURLWithPath: ThemeTests.shipped).deletingLastPathComponent()
        let workbench = try Workbench(store: store, themeFlag: nil, environment: [:], searchRoots: [root])
        #expect(workbench.themeChoice.theme.name == "high-contrast")
        let flagged = try Workbench(store: store, themeFlag: "light", environment: [:], searchRoots: [root])
        #expect(flagged.themeChoice.theme.name == "light")
    }
}
