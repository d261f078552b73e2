import Foundation
import TerminalUI
import TuneBenchApp
import TuneBenchCore

/// A project snapshot as the GraphQL example would give it.
func sampleSnapshot(name: String = "graphql-assistant") -> ProjectSnapshot {
    ProjectSnapshot(path: "/projects/graphql-assistant.tunebench", metadata: ProjectMetadata(
        name: name, problem: "output format (valid GraphQL for our schema)",
        targetMetric: "share of valid queries, goal 98%",
        createdAt: Date(timeIntervalSince1970: 0), updatedAt: Date(timeIntervalSince1970: 0)))
}

func sampleState(width: Int, height: Int) -> AppState {
    AppState(project: sampleSnapshot(), size: Size(width: width, height: height))
}

/// The state after a list of actions (effects ignored).
func state(after actions: [Action], width: Int = 120, height: Int = 36) -> AppState {
    var state = sampleState(width: width, height: height)
    for action in actions { _ = update(&state, action) }
    return state
}

func render(_ state: AppState) -> Grid {
    var grid = Grid(size: state.size)
    AppView.render(state, into: &grid)
    return grid
}
