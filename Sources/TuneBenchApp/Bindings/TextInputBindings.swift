import TerminalUI

/// The keys of a line being typed, the same in every prompt: Backspace, Left, Right, Ctrl-U and (where the line
/// completes) Tab. Printable keys the scope does not bind are typed in (``PaneOverlay/typing``).
enum TextInputBindings {
    /// The editing rows for a line in `scope`, whose actions `wrap` turns into the app's.
    static func rows(scope: BindingScope, group: String, completes: Bool,
                     wrap: (TextInputAction) -> Action) -> [AppBinding] {
        TextInputAction.bound(completes: completes).map { action in
            AppBinding(action.keys, wrap(action), scope: scope, group: group, help: action.help)
        }
    }
}
