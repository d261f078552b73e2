import TerminalUI

/// The `?` overlay, generated from the binding table: every binding, grouped, the focused pane first.
enum HelpScreen {
    static func overlay(for state: AppState) -> HelpOverlay {
        let offset: Int
        if case .help(let value) = state.overlay { offset = value } else { offset = 0 }
        let sections = Bindings.table.groups(in: Bindings.helpScopes(state)).map { group, rows in
            (group: group, entries: rows.map { row in
                HelpOverlay.Entry(keys: row.keyLabel.isEmpty ? "(:)" : row.keyLabel, command: row.longName,
                                  help: row.help, disabledReason: row.disabledReason(state))
            })
        }
        return HelpOverlay(title: "Keys  (Esc closes)", sections: sections, offset: offset)
    }
}
