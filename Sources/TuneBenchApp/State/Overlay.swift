import TerminalUI

/// A modal layer over the panes; while one is open, keys resolve in its scope only.
public enum Overlay: Equatable, Sendable {
    /// The `?` screen, scrolled by a line offset.
    case help(offset: Int)
    /// The `:` line.
    case commandLine(CommandLineState)
    /// "Work is running: quit anyway?"
    case confirmQuit
    /// A line the Dataset pane asks for (search, tag, note, filter).
    case prompt(DatasetPrompt)
    /// A line the Evals pane asks for (search, an override's note).
    case evalsPrompt(EvalsPrompt)
    /// A yes/no question the Dataset pane asks (reopen the editor? accept 312 examples?).
    case question(DatasetQuestion)
    /// The Dataset pane's bulk menu (`B`).
    case bulkMenu
    /// An import's problems, one `file:line: reason` a line.
    case problems(DatasetProblemsReport)

    /// The binding scope of the overlay's keys.
    public var scope: BindingScope {
        switch self {
        case .help: .overlay("help")
        case .commandLine: .overlay("command-line")
        case .confirmQuit: .overlay("confirm-quit")
        case .prompt: .overlay("prompt")
        case .evalsPrompt: .overlay("evals-prompt")
        case .question: .overlay("question")
        case .bulkMenu: .overlay("bulk")
        case .problems: .overlay("problems")
        }
    }
}
