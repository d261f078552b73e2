import TerminalUI
import TuneBenchCore

/// Draws the whole app state into a grid: header, panes, status bar, then any overlay on top. Pure.
///
///     var grid = Grid(size: state.size)
///     AppView.render(state, into: &grid)
public enum AppView {
    public static func render(_ state: AppState, into grid: inout Grid) {
        grid.clear()
        let layout = ScreenLayout(state: state)
        if layout.isTooSmall {
            renderTooSmall(size: state.size, into: &grid)
            return
        }
        HeaderView(state: state).render(in: layout.header, into: &grid)
        for (pane, frame) in layout.paneFrames {
            renderPane(pane, state: state, frame: frame, into: &grid)
        }
        switch state.overlay {
        case .help:
            HelpScreen.overlay(for: state).render(in: layout.overlayArea, into: &grid)
            StatusBarView(state: state).render(in: layout.statusBar, into: &grid)
        case .commandLine(let line):
            let area = Rect(x: 0, y: layout.statusBar.y - 1, width: state.size.width, height: 2)
            CommandLineView(state: line, matches: Bindings.table.longNames(startingWith: line.text))
                .render(in: area, into: &grid)
        case .confirmQuit:
            renderConfirmQuit(state, in: layout.body, into: &grid)
            StatusBarView(state: state).render(in: layout.statusBar, into: &grid)
        case nil:
            guard let (pane, overlay) = state.paneOverlay else {
                StatusBarView(state: state).render(in: layout.statusBar, into: &grid)
                return
            }
            switch overlay.placement {
            case .statusLine:
                state.renderPaneOverlay(pane, in: layout.statusBar, into: &grid)
            case .body:
                state.renderPaneOverlay(pane, in: layout.overlayArea, into: &grid)
                StatusBarView(state: state).render(in: layout.statusBar, into: &grid)
            case .inPane:
                StatusBarView(state: state).render(in: layout.statusBar, into: &grid)
            }
        }
    }

    /// What the frame's title says about the whole pane: the Dataset pane's list shows bare token counts, so
    /// its title marks them once when they are estimates.
    static func titleNote(_ pane: PaneID, state: AppState) -> String? {
        guard pane == .dataset, state.dataset.statistics?.tokensEstimated == true else { return nil }
        return TokenFigureMark.tokens(estimated: true)
    }

    static func renderPane(_ pane: PaneID, state: AppState, frame: Rect, into grid: inout Grid) {
        let focused = pane == state.focus
        let border = focused ? Style(.accent, attributes: .bold) : Style(.muted)
        var title = Line("\(pane.number) \(pane.title)", focused ? Style(.accent, attributes: .bold) : Style(.text))
        if let note = titleNote(pane, state: state) { title.spans.append(Span(" · " + note, Style(.warning))) }
        if frame.height < 2 {
            grid.fill(frame, with: Cell("─", style: border))
            grid.write(Line([Span("─ ", border)] + title.spans + [Span(" ", border)]), x: frame.x, y: frame.y,
                       maxWidth: frame.width)
            return
        }
        Box(title: title, borderStyle: border).render(in: frame, into: &grid)
        let inner = Box.inner(frame).inset(horizontal: 1, vertical: 0)
        let mode: PaneMode = state.fullScreenPane == nil ? .summary : .fullScreen
        let context = state.context(for: pane)
        switch pane {
        case .decision: DecisionPane.render(state.decision, context: context, mode: mode, in: inner, into: &grid)
        case .dataset: DatasetPane.render(state.dataset, context: context, mode: mode, in: inner, into: &grid)
        case .evals: EvalsPane.render(state.evals, context: context, mode: mode, in: inner, into: &grid)
        case .cost: CostPane.render(state.cost, context: context, mode: mode, in: inner, into: &grid)
        case .report: ReportPane.render(state.report, context: context, mode: mode, in: inner, into: &grid)
        }
    }

    static func renderTooSmall(size: Size, into grid: inout Grid) {
        let minimum = ScreenLayout.minimum
        let lines = ["Terminal too small", "\(size.width)×\(size.height), needs \(minimum.width)×\(minimum.height)",
                     "q quits"]
        let top = max(0, (size.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let x = max(0, (size.width - DisplayWidth.of(line)) / 2)
            grid.write(line, x: x, y: top + index, style: index == 0 ? Style(.warning, attributes: .bold) : .plain)
        }
    }

    static func renderConfirmQuit(_ state: AppState, in area: Rect, into grid: inout Grid) {
        let running = state.tasks.map(\.title).joined(separator: ", ")
        let lines = [Line("Work is running: \(running)"), Line("Quit anyway?  y quit   n keep working", Style(.muted))]
        let width = min(area.width, max(36, lines.map(\.width).max()! + 4))
        let box = area.centered(Size(width: width, height: 4))
        Box(title: Line("Quit?", Style(.warning, attributes: .bold)), borderStyle: Style(.warning)).render(in: box, into: &grid)
        Paragraph(lines: lines, wrap: false).render(in: Box.inner(box).inset(horizontal: 1, vertical: 0), into: &grid)
    }
}
