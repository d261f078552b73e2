import TerminalUI

/// The `?` overlay, generated from the binding table: every binding, grouped, the focused pane first.
enum HelpScreen {
    static func overlay(for state: AppState) -> HelpOverlay {
        let offset: Int
        if case .help(let value) = state.overlay { offset = value } else { offset = 0 }
        let table = Bindings.table
        let sections = table.groups(in: Bindings.helpScopes(state)).map { group, rows in
            (group: group, entries: rows.map { index in
                let keys = table.keyLabels[index]
                return HelpOverlay.Entry(keys: keys.isEmpty ? "(:)" : keys, command: table.longNamesByRow[index],
                                         help: table.rows[index].help, disabledReason: table.rows[index].disabledReason(state))
            })
        }
        return HelpOverlay(title: "Keys  (Esc closes)", sections: sections, offset: offset)
    }
}
