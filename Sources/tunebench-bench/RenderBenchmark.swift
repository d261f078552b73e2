import ArgumentParser
import Foundation
import TerminalUI
import TuneBenchApp
import TuneBenchCore

/// `tunebench-bench render`: one full frame of the home screen rendered into a grid and diffed against the
/// frame before, at 200×60 by default (goal: under 1 ms in a release build).
struct RenderBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Time rendering a full frame into the cell grid plus the diff against the previous frame.")

    @Option(help: "Screen width in cells.") var width = 200
    @Option(help: "Screen height in cells.") var height = 60
    @Option(help: "Frames to time per case.") var iterations = 2000

    @OptionGroup var machine: MachineOptions

    func run() throws {
        try machine.check()
        let size = Size(width: width, height: height)
        let metadata = ProjectMetadata(
            name: "graphql-assistant", problem: "output format (valid GraphQL for our schema)",
            targetMetric: "share of outputs that validate against the schema, goal 98%",
            createdAt: Date(timeIntervalSince1970: 0), updatedAt: Date(timeIntervalSince1970: 0))
        let home = AppState(project: ProjectSnapshot(path: "/projects/graphql-assistant.tunebench", metadata: metadata),
                            size: size)
        var focused = home
        _ = update(&focused, .focusNext)
        var helpOpen = home
        _ = update(&helpOpen, .showHelp)

        print("tunebench-bench render: \(size) frame = render into the grid + diff against the previous frame")
        report("home, nothing changed", states: [home, home])
        report("home, focus moves (Tab)", states: [home, focused])
        report("help overlay opens and closes", states: [home, helpOpen])
    }

    /// Renders the states in turn, each diffed against the frame before it.
    private func report(_ name: String, states: [AppState]) {
        var previous = Grid(size: states[0].size)
        AppView.render(states[0], into: &previous)
        var index = 0
        var changed = 0
        let samples = Samples.measure(iterations: iterations) {
            index = (index + 1) % states.count
            var grid = Grid(size: states[index].size)
            AppView.render(states[index], into: &grid)
            changed = grid.changes(from: previous).count
            previous = grid
        }
        print("  \(name.padding(toLength: 32, withPad: " ", startingAt: 0)) \(samples.summary)  cells written: \(changed)")
    }
}
