import Foundation
import Testing
import TuneBenchTestSupport

/// The Dataset pane's need order in the real binary: `o` puts the error, the duplicate group and the outlier
/// first with their reasons, `]` follows that order, `u` goes back to dataset order, `:order need` comes back,
/// and the project keeps the choice.
@Suite struct TUINeedOrderTests {
    @Test func oShowsTheNeedOrderAndTheProjectKeepsIt() async throws {
        let fixture = try TUIFixture()
        let file = fixture.directory.path("train.jsonl")
        try Data((NeedOrderCommandTests.records.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: file))
        #expect(try CLI.run(["import", fixture.path, file]).status == 0)

        try await fixture.run(width: 140, height: 36) { tmux in
            try await tmux.send("2", "z")
            try await tmux.waitUntil("the list in dataset order") { $0.joined().contains("Question 12") && $0.joined().contains("dataset order") }
            try await tmux.send("o")
            // The list's first rows (below the pane's header): the error, the group of three together, the
            // outlier, then the rest; the selection on the first.
            let screen = try await tmux.waitUntil("the need order read") {
                $0.joined().contains("need order (5 first)") && $0.count > 3 && $0[3].contains("validation error")
            }
            let rows = screen.dropFirst(3).prefix(6)
            let reasons = rows.map { row in
                ["validation error", "near-duplicate group of 3", "outlier"].first { row.contains($0) } ?? "rest"
            }
            #expect(reasons == ["validation error", "near-duplicate group of 3", "near-duplicate group of 3",
                                "near-duplicate group of 3", "outlier", "rest"], "\(screen.joined(separator: "\n"))")
            #expect(rows.first?.contains("▶") == true)
            #expect(rows.last?.contains("Question 1 about") == true)

            // `]` goes to the next unreviewed example in this order: the group's first member.
            try await tmux.send("]")
            try await tmux.waitUntil("the group's first member selected") { screen in
                screen.contains { $0.contains("▶") && $0.contains("near-duplicate group of 3") }
            }
            try await tmux.send("u")
            try await tmux.waitUntil("dataset order again") { $0.last?.contains("back to dataset order") == true }
            try await tmux.send(":")
            try await tmux.type("order need")
            try await tmux.send("Enter")
            try await tmux.waitUntil("need order again") { $0.joined().contains("need order (5 first)") }
            try await tmux.send("q")
        }
        // Reopened: the project kept the order.
        try await fixture.run(width: 140, height: 36) { tmux in
            try await tmux.send("2", "z")
            try await tmux.waitUntil("the need order kept") {
                $0.joined().contains("need order (5 first)") && $0.count > 3 && $0[3].contains("▶ · ") && $0[3].contains("validation error")
            }
            try await tmux.send("q")
        }
    }
}
