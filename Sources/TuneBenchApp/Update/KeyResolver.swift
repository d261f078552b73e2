import TerminalUI

/// Turns input into actions through the binding table: overlay first (modal), then the focused pane, then
/// global. Printable keys an open line does not bind are typed into it (the `:` line, or a pane overlay's
/// ``PaneOverlay/typing``).
public enum KeyResolver {
    public static func action(for key: Key, in state: AppState) -> Action? {
        switch key {
        case .resize(let size): return .resized(size)
        case .mouse(let event): return .mouse(event)
        default: break
        }
        if let binding = Bindings.table.resolve(key, in: Bindings.activeScopes(state)) {
            if let reason = binding.disabledReason(state) {
                return .showMessage(StatusMessage("\(binding.longName): \(reason)", kind: .warning))
            }
            return binding.action
        }
        guard case .character(let character) = key else { return nil }
        if case .commandLine = state.overlay { return .commandInput(.insert(character)) }
        if state.overlay == nil, let typing = state.paneOverlay?.overlay.typing { return typing(character) }
        return nil
    }
}
