import TerminalUI
import TuneBenchCore
import TuneBenchStore

/// A line of text the Dataset pane asks for (search, tag, note, filter), typed at the bottom of the screen.
/// It is one of the pane's overlays (``DatasetOverlay``): while it is open, printable keys are typed into it.
public struct DatasetPrompt: Equatable, Sendable {
    public enum Purpose: String, Equatable, Sendable {
        case search, tag, note, filter
        case bulkTag = "bulk-tag"

        /// What the line starts with.
        var label: String {
            switch self {
            case .search: "/"
            case .tag: "tag (-tag removes): "
            case .note: "note: "
            case .filter: "filter: "
            case .bulkTag: "tag every example of the filter: "
            }
        }
    }

    public var purpose: Purpose
    public var line: CommandLineState
    /// What Tab completes the last word from.
    public var candidates: [String]

    public init(purpose: Purpose, text: String = "", candidates: [String] = []) {
        self.purpose = purpose
        self.line = CommandLineState(text: text)
        self.candidates = candidates
    }
}

/// The overlays' actions that need the whole app state: a submitted line or an answer sets the status message
/// and runs the pane's action through the app's update.
enum DatasetPromptFlow {
    /// Applies a prompt action; nil for the pane's other actions.
    static func update(_ state: inout AppState, _ action: DatasetPane.Action) -> [Effect]? {
        switch action {
        case .openPrompt(let purpose):
            state.dataset.overlay = .prompt(prompt(purpose, for: state.dataset))
            return []
        case .promptInput(let input):
            guard case .prompt(var prompt) = state.dataset.overlay else { return [] }
            state.dataset.overlay = prompt.line.apply(input, candidates: prompt.candidates) ? .prompt(prompt) : nil
            return []
        case .answer(let yes):
            return DatasetQuestion.answer(&state, yes)
        case .openBulkMenu:
            state.dataset.overlay = .bulkMenu
            return []
        case .bulk:
            if state.dataset.overlay == .bulkMenu { state.dataset.overlay = nil }
            return nil
        case .exportFile(.some) where state.dataset.filter.category != nil:
            state.message = StatusMessage("export-dataset: the export filters by status and tag only; clear the finding filter (F) first",
                                          kind: .warning)
            return []
        case .imported(let file, let result):
            let report = DatasetFileCommands.outcome(of: file, result).1
            if let report {
                state.dataset.lastProblems = report
                if state.dataset.overlay == nil { state.dataset.overlay = .problems(report) }
            }
            return (try? result.get()) == nil ? [] : [.task(.loadProject)]
        case .problemsScroll(let lines):
            guard case .problems(var report) = state.dataset.overlay else { return [] }
            report.offset = min(max(0, report.offset + lines), max(0, report.lines.count - 1))
            state.dataset.overlay = .problems(report)
            return []
        case .showProblems:
            if let report = state.dataset.lastProblems { state.dataset.overlay = .problems(report) }
            return []
        case .bulkCounted(let action, let filter, let count):
            if let question = DatasetBulkFlow.question(action, filter: filter, count: count) { state.dataset.overlay = .question(question) }
            return []
        case .editStored(let edit, .invalid(let reason)):
            state.dataset.overlay = .question(DatasetEditFlow.question(edit, reason: reason))
            return []
        case .promptSubmit:
            guard case .prompt(let prompt) = state.dataset.overlay else { return [] }
            state.dataset.overlay = nil
            let submitted = DatasetPane.Action.submitted(prompt.purpose, prompt.line.text)
            if let message = DatasetPane.statusMessage(for: submitted) { state.message = message }
            return DatasetPane.update(&state.dataset, submitted, context: state.context(for: .dataset))
        default:
            return nil
        }
    }

    /// A fresh prompt: the note starts from the current note, tags complete from the tags on screen, the filter
    /// from the current filter and every status and finding.
    static func prompt(_ purpose: DatasetPrompt.Purpose, for state: DatasetPaneState) -> DatasetPrompt {
        switch purpose {
        case .search: DatasetPrompt(purpose: .search, text: state.search ?? "")
        case .note: DatasetPrompt(purpose: .note, text: state.detail?.note ?? "")
        case .tag: DatasetPrompt(purpose: .tag, candidates: Array(Set(state.page.rows.flatMap(\.tags))).sorted())
        case .bulkTag: DatasetPrompt(purpose: .bulkTag, candidates: Array(Set(state.page.rows.flatMap(\.tags))).sorted())
        case .filter:
            DatasetPrompt(purpose: .filter, text: state.filter.label,
                          candidates: ReviewStatus.allCases.map { "status=\($0.rawValue)" }
                            + CheckCategory.allCases.map { "\($0.isError ? "error" : "warning"):\($0.rawValue)" }
                            + ["dup", "tokens>", "tokens<", "tokens="] + ["system", "user", "assistant", "tool"].map { "role:\($0)" }
                            + Array(Set(state.page.rows.flatMap(\.tags))).sorted().map { "tag:\($0)" })
        }
    }

    /// Reads `status=pending tag:nested error:turn_order dup tokens>500 tokens<2000 role:tool` (the form
    /// ``ExampleFilter/label`` writes); every word must hold.
    static func parseFilter(_ text: String) -> Result<ExampleFilter, FilterError> {
        var filter = ExampleFilter()
        for word in text.split(separator: " ").map(String.init) {
            if word.hasPrefix("status="), let status = ReviewStatus(rawValue: String(word.dropFirst(7))) {
                filter.status = status
            } else if word.hasPrefix("tag:"), word.count > 4 {
                filter.tag = String(word.dropFirst(4))
            } else if word == "dup" {
                filter.duplicates = true
            } else if word.hasPrefix("role:"), word.count > 5 {
                filter.role = String(word.dropFirst(5))
            } else if word.hasPrefix("tokens"), let range = tokenRange(word.dropFirst(6)) {
                if let low = range.0 { filter.minTokens = max(low, filter.minTokens ?? low) }
                if let high = range.1 { filter.maxTokens = min(high, filter.maxTokens ?? high) }
            } else if let colon = word.firstIndex(of: ":"),
                      let category = CheckCategory(rawValue: String(word[word.index(after: colon)...])) {
                filter.category = category
            } else {
                return .failure(FilterError(word: word))
            }
        }
        return .success(filter)
    }

    /// `>500`, `>=500`, `<200`, `<=200`, `=500` or `=100-500`: the inclusive bounds.
    static func tokenRange(_ text: Substring) -> (Int?, Int?)? {
        func number(after prefix: String) -> Int? {
            guard text.hasPrefix(prefix), let value = Int(text.dropFirst(prefix.count)), value >= 0 else { return nil }
            return value
        }
        if let value = number(after: ">=") { return (value, nil) }
        if let value = number(after: "<=") { return (nil, value) }
        if let value = number(after: ">") { return (value + 1, nil) }
        if let value = number(after: "<") { return (nil, value - 1) }
        guard text.hasPrefix("=") else { return nil }
        let parts = text.dropFirst().split(separator: "-", omittingEmptySubsequences: false)
        guard let low = parts.first.flatMap({ Int($0) }), low >= 0 else { return nil }
        if parts.count == 1 { return (low, low) }
        guard parts.count == 2, let high = Int(parts[1]), high >= low else { return nil }
        return (low, high)
    }

    struct FilterError: Error, Equatable {
        var word: String
        var description: String {
            "filter: cannot read '\(word)' (status=S, tag:NAME, error:CATEGORY, dup, tokens>N, tokens<N, "
                + "tokens=N-M, role:ROLE; Tab completes)"
        }
    }
}
