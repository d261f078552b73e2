@preconcurrency import CNcursesw

/// The Terminal over ncursesw. (Built out by the TUI shell.)
public enum CursesTerminal {}
