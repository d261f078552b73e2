import TerminalUI

/// Applies one action to the state and returns the effects to run. Pure: no IO, no clock, no randomness, so
/// a test can drive the whole app with a list of actions.
public func update(_ state: inout AppState, _ action: Action) -> [Effect] {
    // A message stays until the user does something else, as in lazygit.
    if action.isUserAction { state.message = nil }
    switch action {
    case .focusNext: focus(&state, step: 1)
    case .focusPrevious: focus(&state, step: -1)
    case .focus(let pane): return focus(&state, on: pane)
    case .toggleZoom:
        if state.focus == .report {
            state.focus = state.lastHomeFocus
        } else {
            state.isZoomed.toggle()
        }
    case .back:
        if state.focus == .report {
            state.focus = state.lastHomeFocus
        } else {
            state.isZoomed = false
        }
    case .openReport:
        if state.focus != .report { state.lastHomeFocus = state.focus }
        state.focus = .report
        // The report is rendered afresh each time the view opens: the project may have changed since.
        return ReportPane.update(&state.report, .refresh, context: state.context(for: .report))
    case .showHelp: state.overlay = .help(offset: 0)
    case .openCommandLine:
        state.overlay = .commandLine(CommandLineState())
        state.commandHistoryPosition = state.commandHistory.count
    case .reloadProject:
        let evals = EvalsPane.update(&state.evals, .reload, context: state.context(for: .evals))
        guard state.project.reviewCounts.total > 0 else { return [.task(.loadProject)] + evals }
        return [.task(.loadProject)] + DatasetPane.update(&state.dataset, .load, context: state.context(for: .dataset)) + evals
    case .quit:
        // Only work the user started (an import, an export) is worth a question; reads are dropped and
        // ordered writes finish before the runtime returns.
        if state.tasks.contains(where: { $0.kind == .job }) {
            state.overlay = .confirmQuit
            return []
        }
        state.isQuitting = true
    case .quitNow:
        state.overlay = nil
        state.isQuitting = true
    case .closeOverlay: state.closeOverlay()
    case .helpScroll(let lines):
        if case .help(let offset) = state.overlay {
            let limit = HelpScreen.overlay(for: state).maxOffset(in: ScreenLayout(state: state).overlayArea)
            state.overlay = .help(offset: min(max(0, offset + lines), limit))
        }
    case .commandInput, .commandRun, .commandHistory:
        return updateCommandLine(&state, action)
    case .started:
        return DatasetPane.update(&state.dataset, .load, context: state.context(for: .dataset)) + EvalsRunnerFlow.watchEffects(&state)
    case .resized(let size): state.size = size
    case .mouse(let event): return handleMouse(&state, event)
    case .projectLoaded(let summary):
        let examplesChanged = summary.reviewCounts.total != state.project.reviewCounts.total
        let shownCost = state.project.cost
        state.project = summary
        // Read before the Cost pane's last edit was stored: keep the assumptions on screen until it is.
        if state.cost.pendingWrites > 0 { state.project.cost = shownCost }
        let watching = EvalsRunnerFlow.watchEffects(&state)
        // Examples imported or removed elsewhere: the Dataset pane reads its list again.
        if examplesChanged { return DatasetPane.update(&state.dataset, .load, context: state.context(for: .dataset)) + watching }
        return watching
    case .taskStarted(let id, let title, let kind): state.tasks.append(RunningTask(id: id, title: title, kind: kind))
    case .taskProgress(let id, let fraction):
        if let index = state.tasks.firstIndex(where: { $0.id == id }) { state.tasks[index].fraction = fraction }
    case .taskNote(let id, let note):
        if let index = state.tasks.firstIndex(where: { $0.id == id }) { state.tasks[index].note = note }
    case .taskFinished(let id): state.tasks.removeAll { $0.id == id }
    case .taskFailed(let id, let message):
        let title = state.tasks.first { $0.id == id }?.title ?? "work"
        state.tasks.removeAll { $0.id == id }
        state.message = StatusMessage("\(title) failed: \(message)", kind: .error)
    case .showMessage(let message): state.message = message
    case .editFinished(let pane, let result):
        if let outcome = result.change { state.project.undo[outcome.edit.scope] = outcome.availability }
        return editFinished(&state, pane, result)
    case .decision(let paneAction):
        if let message = DecisionPane.statusMessage(for: paneAction) { state.message = message }
        return DecisionPane.update(&state.decision, paneAction, context: state.context(for: .decision))
    case .dataset(let paneAction):
        if let message = DatasetPane.statusMessage(for: paneAction) { state.message = message }
        if let effects = DatasetPromptFlow.update(&state, paneAction) { return effects }
        return DatasetPane.update(&state.dataset, paneAction, context: state.context(for: .dataset))
    case .evals(let paneAction):
        return EvalsFlow.update(&state, paneAction)
    case .cost(let paneAction):
        if let effects = CostEditFlow.update(&state, paneAction) { return effects }
        return CostPane.update(&state.cost, paneAction, context: state.context(for: .cost))
    case .report(let paneAction):
        return ReportPane.update(&state.report, paneAction, context: state.context(for: .report))
    }
    return []
}

/// Hands a stored (or refused) change to the pane that asked for it.
private func editFinished(_ state: inout AppState, _ pane: PaneID, _ result: EditResult) -> [Effect] {
    switch pane {
    case .decision: update(&state, .decision(.editFinished(result)))
    case .dataset: update(&state, .dataset(.editFinished(result)))
    case .evals: update(&state, .evals(.editFinished(result)))
    case .cost: update(&state, .cost(.editFinished(result)))
    case .report: []
    }
}

/// Moves focus around the home panes (leaving the Report view if it is open).
private func focus(_ state: inout AppState, step: Int) {
    let current = state.focus == .report ? state.lastHomeFocus : state.focus
    let index = PaneID.home.firstIndex(of: current) ?? 0
    let next = PaneID.home[(index + step + PaneID.home.count) % PaneID.home.count]
    focus(&state, on: next)
}

@discardableResult
private func focus(_ state: inout AppState, on pane: PaneID) -> [Effect] {
    if pane == .report { return update(&state, .openReport) }
    state.focus = pane
    state.lastHomeFocus = pane
    return []
}

private func updateCommandLine(_ state: inout AppState, _ action: Action) -> [Effect] {
    guard case .commandLine(var line) = state.overlay else { return [] }
    switch action {
    case .commandInput(let input):
        guard line.apply(input, candidates: Bindings.table.longNames(startingWith: "")) else {
            state.overlay = nil
            return []
        }
    case .commandHistory(let step):
        let position = min(max(0, state.commandHistoryPosition + step), state.commandHistory.count)
        state.commandHistoryPosition = position
        line = CommandLineState(text: position < state.commandHistory.count ? state.commandHistory[position] : "")
    case .commandRun:
        state.overlay = nil
        let text = line.text.trimmingCharacters(in: " ")
        guard !text.isEmpty else { return [] }
        if state.commandHistory.last != text { state.commandHistory.append(text) }
        let words = CommandWords.split(text)
        let name = words.first ?? text
        guard let binding = Bindings.table.command(named: name) else {
            state.message = StatusMessage("unknown command: \(name) (Tab completes)", kind: .error)
            return []
        }
        if let reason = binding.disabledReason(state) {
            state.message = StatusMessage("\(name): \(reason)", kind: .warning)
            return []
        }
        switch binding.action.applying(arguments: Array(words.dropFirst())) {
        case .success(let action): return update(&state, action)
        case .failure(let error):
            state.message = StatusMessage(error.message, kind: .warning)
            return []
        }
    default: break
    }
    state.overlay = .commandLine(line)
    return []
}

private func handleMouse(_ state: inout AppState, _ event: MouseEvent) -> [Effect] {
    guard state.overlay == nil, state.paneOverlay == nil else { return [] }
    let layout = ScreenLayout(state: state)
    if event.kind == .press, layout.header.contains(x: event.x, y: event.y) {
        if let tab = HeaderView(state: state).tabColumns(width: layout.header.width).first(where: { $0.columns.contains(event.x) }) {
            focus(&state, on: tab.pane)
        }
        return []
    }
    let frames = layout.paneFrames
    guard let pane = frames.first(where: { $0.value.contains(x: event.x, y: event.y) })?.key else { return [] }
    switch event.kind {
    case .press:
        var effects: [Effect] = []
        if pane != state.focus { effects = focus(&state, on: pane) }
        let content = Box.inner(frames[pane]!)
        if content.contains(x: event.x, y: event.y), let action = clickAction(pane, row: event.y - content.y, state) {
            return effects + update(&state, action)
        }
        return effects
    case .wheelDown, .wheelUp:
        let command: ScrollCommand = event.kind == .wheelDown ? .down : .up
        return update(&state, scrollAction(pane, command))
    case .release:
        break
    }
    return []
}

/// The action a click on a content row means to a pane, if any.
private func clickAction(_ pane: PaneID, row: Int, _ state: AppState) -> Action? {
    switch pane {
    case .decision: DecisionPane.clickAction(row: row, state: state.decision).map(Action.decision)
    case .dataset: DatasetPane.clickAction(row: row, state: state.dataset).map(Action.dataset)
    case .evals: EvalsPane.clickAction(row: row, state: state.evals).map(Action.evals)
    case .cost: CostPane.clickAction(row: row, state: state.cost).map(Action.cost)
    case .report: ReportPane.clickAction(row: row, state: state.report).map(Action.report)
    }
}

/// The action a scroll (wheel or key) means to a pane.
private func scrollAction(_ pane: PaneID, _ command: ScrollCommand) -> Action {
    switch pane {
    case .decision: .decision(DecisionPane.scrollAction(command))
    case .dataset: .dataset(DatasetPane.scrollAction(command))
    case .evals: .evals(EvalsPane.scrollAction(command))
    case .cost: .cost(CostPane.scrollAction(command))
    case .report: .report(ReportPane.scrollAction(command))
    }
}

extension String {
    fileprivate func trimmingCharacters(in character: Character) -> String {
        String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
    }
}
