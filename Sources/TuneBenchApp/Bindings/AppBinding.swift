import TerminalUI

/// A row of the app's binding table; its disabled reason reads the app state.
public typealias AppBinding = Binding<Action, AppState>
