import TerminalUI

/// Turns input into actions through the binding table: overlay first (modal), then the focused pane, then
/// global. Printable keys the command line does not bind are typed into it.
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
        if case .commandLine = state.overlay, case .character(let character) = key {
            return .commandInsert(character)
        }
        if case .prompt = state.overlay, case .character(let character) = key {
            return .dataset(.promptInsert(character))
        }
        if Bindings.activeScopes(state) == [CostPane.editorScope], case .character(let character) = key {
            return .cost(.editInsert(character))
        }
        if case .evalsPrompt = state.overlay, case .character(let character) = key {
            return .evals(.promptInsert(character))
        }
        return nil
    }
}
