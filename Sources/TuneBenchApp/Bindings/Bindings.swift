import TerminalUI

/// The one binding table of the workbench: global keys, each pane's keys (with its overlays'), and the app's
/// overlays' keys. Help, the
/// footer hints, `:` completion, `tunebench keys --markdown` and docs/keys.md all come from it.
public enum Bindings {
    public static let table = BindingTable<Action, AppState>(global + panes + overlays)

    static let global: [AppBinding] = [
        AppBinding([.tab], .focusNext, scope: .global, group: "Panes", help: "focus the next pane"),
        AppBinding([.backTab], .focusPrevious, scope: .global, group: "Panes", help: "focus the previous pane"),
    ] + PaneID.home.map { pane in
        AppBinding([.character(Character(String(pane.number)))], .focus(pane), scope: .global, group: "Panes",
                   help: "focus the \(pane.title) pane")
    } + [
        AppBinding([.character("z"), .enter], .toggleZoom, scope: .global, group: "Panes",
                   help: "zoom the focused pane to full screen and back"),
        AppBinding([.character("5")], .openReport, scope: .global, group: "Panes", help: "open the Report view"),
        AppBinding([.escape], .back, scope: .global, group: "Panes", help: "back to the home screen",
                   disabledReason: { $0.fullScreenPane == nil ? "already on the home screen" : nil }),
        AppBinding([.character("?"), .function(1)], .showHelp, scope: .global, group: "App", help: "show every key"),
        AppBinding([.character(":")], .openCommandLine, scope: .global, group: "App",
                   help: "run a command by name (Tab completes)"),
        AppBinding([.control("l")], .reloadProject, scope: .global, group: "App",
                   help: "re-read the project file",
                   disabledReason: { $0.tasks.contains { $0.title == AppTask.loadProject.title } ? "already reading" : nil }),
        AppBinding([.character("q")], .quit, scope: .global, group: "App",
                   help: "quit (asks first while work is running)"),
    ]

    static let panes: [AppBinding] =
        DecisionPane.bindings + DatasetPane.bindings + EvalsPane.bindings + CostPane.bindings + ReportPane.bindings

    static let overlays: [AppBinding] = [
        AppBinding([.character("j"), .down], .helpScroll(1), scope: .overlay("help"), group: "Help", help: "scroll down"),
        AppBinding([.character("k"), .up], .helpScroll(-1), scope: .overlay("help"), group: "Help", help: "scroll up"),
        AppBinding([.pageDown, .character(" ")], .helpScroll(10), scope: .overlay("help"), group: "Help",
                   help: "scroll a page down"),
        AppBinding([.pageUp], .helpScroll(-10), scope: .overlay("help"), group: "Help", help: "scroll a page up"),
        AppBinding([.escape, .character("?"), .character("q")], .closeOverlay, scope: .overlay("help"),
                   group: "Help", help: "close help"),
        AppBinding([.enter], .commandRun, scope: .overlay("command-line"), group: "Command line",
                   help: "run the command"),
        AppBinding([.up], .commandHistory(-1), scope: .overlay("command-line"), group: "Command line",
                   help: "the previous command"),
        AppBinding([.down], .commandHistory(1), scope: .overlay("command-line"), group: "Command line",
                   help: "the next command"),
        AppBinding([.escape], .closeOverlay, scope: .overlay("command-line"), group: "Command line",
                   help: "cancel"),
        AppBinding([.character("y")], .quitNow, scope: .overlay("confirm-quit"), group: "Quit",
                   help: "quit although work is running"),
        AppBinding([.character("n"), .escape], .closeOverlay, scope: .overlay("confirm-quit"), group: "Quit",
                   help: "keep working"),
    ] + TextInputBindings.rows(scope: .overlay("command-line"), group: "Command line", completes: true,
                               wrap: Action.commandInput)

    /// The scopes keys resolve in, innermost first: an open overlay alone (it is modal, the app's or a pane's),
    /// else the focused pane, then global.
    public static func activeScopes(_ state: AppState) -> [BindingScope] {
        if let overlay = state.overlay { return [overlay.scope] }
        if let (_, overlay) = state.paneOverlay { return [overlay.scope] }
        return [state.focus.scope, .global]
    }

    /// The scopes in the order the help screen lists them: the focused pane, global, the other panes, then
    /// every overlay in the table's order (the app's first, then each pane's as the pane declares them).
    public static func helpScopes(_ state: AppState) -> [BindingScope] {
        let panes = [state.focus.scope, .global] + PaneID.allCases.filter { $0 != state.focus }.map(\.scope)
        return panes + overlayScopes
    }

    /// Every overlay scope of the table, in the order of its rows.
    static let overlayScopes: [BindingScope] = table.rows.reduce(into: []) { scopes, row in
        if case .overlay = row.scope, !scopes.contains(row.scope) { scopes.append(row.scope) }
    }

    /// The keys documentation: the table as Markdown, by scope.
    public static func markdown() -> String {
        table.markdown(title: "tunebench keys", scopeTitles: scopeTitle) + "\n" + signalNote + "\n"
    }

    /// Keys that are not bindings: the terminal turns them into signals.
    static let signalNote = "`ctrl-c` (like `kill -TERM` or a closed terminal) quits at once, from anywhere, "
        + "without asking; the terminal is always restored."

    /// The table as aligned text, one binding a line, for `tunebench keys`.
    public static func plainText() -> String {
        var text = ""
        var scope: BindingScope?
        for row in table.rows {
            if row.scope != scope {
                text += (scope == nil ? "" : "\n") + scopeTitle(row.scope) + "\n"
                scope = row.scope
            }
            let keys = row.keys.isEmpty ? "(:)" : row.keys.map(\.name).joined(separator: " ")
            let line: String = "  " + keys.padding(to: 22) + row.longName.padding(to: 26) + row.help
            text += line + "\n"
        }
        return text
    }

    static func scopeTitle(_ scope: BindingScope) -> String {
        switch scope {
        case .global: "Everywhere"
        case .pane(let name): "\(PaneID(rawValue: name)?.title ?? name) pane (when focused)"
        case .overlay(let name): "\(String(name.map { $0 == "-" ? " " : $0 }).capitalizedFirst) overlay"
        }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }

    func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
