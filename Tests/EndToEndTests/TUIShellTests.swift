import Foundation
import Testing
import TuneBenchTestSupport

/// The real binary in tmux: the home screen, focus and zoom, help, the command line, resizing.
@Suite struct TUIShellTests {
    @Test func opensTheProjectWithFourPanesTwoByTwo() async throws {
        try await TUIFixture().run { tmux in
            let screen = try await tmux.capture()
            #expect(screen[0].contains("graphql-assistant"))
            #expect(screen[0].contains("[1 Decision]"))
            #expect(screen[1].contains("1 Decision") && screen[1].contains("2 Dataset"))
            let bottom = try #require(screen.firstIndex { $0.contains("3 Evals") })
            #expect(screen[bottom].contains("4 Cost"))
            #expect(screen.joined().contains("output format (valid GraphQL)"))
            #expect(screen.last?.contains("? help") == true)
        }
    }

    @Test func focusAndZoomEveryPane() async throws {
        try await TUIFixture().run { tmux in
            for (digit, title) in [("1", "Decision"), ("2", "Dataset"), ("3", "Evals"), ("4", "Cost")] {
                try await tmux.send(digit)
                try await tmux.waitFor("[\(digit) \(title)]")
                try await tmux.send("z")
                // Poll for the whole frame: a capture can land while tmux is still drawing one.
                let zoomed = try await tmux.waitUntil("\(title) zoomed, alone") {
                    $0[0].contains("› \(title)") && !$0.joined().contains("┐┌")
                }
                #expect(zoomed[1].hasPrefix("┌ \(digit) \(title) "))
                // Enter zooms back out everywhere but in Cost, where it edits the selected assumption; Esc always does.
                try await tmux.send(digit == "4" ? "Escape" : "Enter")
                try await tmux.waitUntil("home again") { !$0[0].contains("›") && $0[1].contains("┐┌") }
            }
            try await tmux.send("Tab")
            try await tmux.waitFor("[1 Decision]")
            try await tmux.send("BTab")
            try await tmux.waitFor("[4 Cost]")
            try await tmux.send("5")
            try await tmux.waitUntil("the Report view") { $0[0].contains("› Report") && $0[1].hasPrefix("┌ 5 Report ") }
            try await tmux.send("z")
            try await tmux.waitUntil("back from the report") { $0[0].contains("[4 Cost]") && !$0[0].contains("›") }
        }
    }

    @Test func helpOverlayListsKeysAndScrolls() async throws {
        try await TUIFixture().run { tmux in
            try await tmux.send("?")
            try await tmux.waitUntil("the help overlay") { screen in
                screen.joined().contains("Keys  (Esc closes)") && screen.joined().contains(":toggle-zoom")
                    && screen.contains { $0.contains("1-") && $0.contains("j/k") }
            }
            try await tmux.send("PageDown")
            try await tmux.waitFor("11-")
            try await tmux.send("Escape")
            try await tmux.waitUntil("help closed") { !$0.joined().contains("Keys  (Esc closes)") }
        }
    }

    @Test func commandLineCompletesAndRunsAnAction() async throws {
        try await TUIFixture().run { tmux in
            try await tmux.send(":")
            try await tmux.type("focus-c")
            try await tmux.send("Tab")
            try await tmux.waitUntil("completion") { $0.last == ":focus-cost" }
            try await tmux.send("Enter")
            try await tmux.waitFor("[4 Cost]")
            try await tmux.send(":")
            try await tmux.type("nonsense")
            try await tmux.send("Enter")
            try await tmux.waitFor("unknown command: nonsense")
        }
    }

    @Test func resizeToTheMinimumAndBack() async throws {
        try await TUIFixture().run { tmux in
            try await tmux.resize(width: 40, height: 10)
            try await tmux.waitUntil("the 40x10 layout") { screen in
                screen.count == 10 && screen[1].hasPrefix("┌ 1 Decision") && screen.contains { $0.hasPrefix("─ 4 Cost") }
            }
            try await tmux.resize(width: 30, height: 8)
            try await tmux.waitFor("needs 40×10")
            try await tmux.resize(width: 100, height: 30)
            try await tmux.waitUntil("the 2x2 layout") { $0.count == 30 && $0[1].contains("┐┌") && $0[0].contains("[1 Decision]") }
        }
    }

    @Test func clickingAPaneFocusesIt() async throws {
        try await TUIFixture().run { tmux in
            try await tmux.click(x: 80, y: 22)
            try await tmux.waitFor("[4 Cost]")
            try await tmux.click(x: 10, y: 22)
            try await tmux.waitFor("[3 Evals]")
        }
    }
}
