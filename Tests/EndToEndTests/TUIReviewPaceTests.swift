import Foundation
import GRDB
import Testing
import TuneBenchTestSupport

/// The review pace measured from a real session: keys pressed a known time apart in the Dataset pane, one
/// pause longer than the break threshold, then `review stats --json` and `cost --json` read the result.
@Suite struct TUIReviewPaceTests {
    static let records = (1...30).map { index in
        #"{"messages":[{"role":"user","content":"Question \#(index) about pace"},"#
            + #"{"role":"assistant","content":"query { q\#(index) }"}]}"#
    }

    @Test func pauseBetweenKeysIsTheMeasuredPaceAndTheBreakIsLeftOut() async throws {
        let fixture = try TUIFixture()
        let file = fixture.directory.path("train.jsonl")
        try Data((Self.records.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: file))
        #expect(try CLI.run(["import", fixture.path, file]).status == 0)

        let keys = (0..<22).map { $0 % 4 == 3 ? "x" : "a" }  // 17 accepts, 5 rejects
        try await fixture.run(width: 160, height: 36) { tmux in
            try await tmux.send("2", "z")
            try await tmux.waitUntil("the list") { $0.joined().contains("Question 10") }
            try await tmux.send(":")
            try await tmux.type("target 300")
            try await tmux.send("Enter")
            try await tmux.waitUntil("the target") { $0.joined().contains("accepted 0/300") }
            for (index, key) in keys.enumerated() {
                if index == 12 { try await Task.sleep(for: .seconds(8)) }  // the break (threshold 6 s below)
                else if index > 0 { try await Task.sleep(for: .seconds(1)) }
                try await tmux.send(key)
            }
            let screen = try await tmux.waitUntil("22 decisions and the pace in the header") {
                $0.joined().contains("reviewed 22") && $0.joined().contains("/h overall")
            }
            #expect(screen.joined().contains("h to target"))
            try await tmux.send("q")
        }

        let stats = try CLI.run(["review", "stats", fixture.path, "--json", "--break-minutes", "0.1"])
        #expect(stats.status == 0, "\(stats.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        #expect(json["decisions"] as? Int == 22)
        let spread = try #require(json["seconds_per_decision"] as? [String: Double])
        // The pace is the one the session recorded: 21 gaps, each at least the 1 s between keys (more on a busy
        // machine, where the key's trip through tmux and the write take longer), and the 8 s pause a break (over
        // the 6 s threshold given), with any other gap a busy machine stretched past 6 s. The figures are checked
        // against the decisions' own times, not against the clock, so load cannot fail them.
        let recorded = try Self.decisionGaps(fixture.path)
        #expect(recorded.count == 21)
        let breaks = recorded.filter { $0 > 6 }
        let gaps = recorded.filter { $0 <= 6 }.sorted()
        #expect(breaks.contains { $0 >= 7.5 }, "the 8 s pause is a break: \(recorded)")
        #expect(json["sessions"] as? Int == 1 + breaks.count)
        #expect(abs((json["break_seconds"] as? Double ?? 0) - breaks.reduce(0, +)) < 1e-6)
        // Median and p90 lie between the order statistics around their ranks, whatever the interpolation.
        func around(_ q: Double) -> ClosedRange<Double> {
            let rank = q * Double(gaps.count - 1)
            return gaps[Int(rank.rounded(.down))]...gaps[Int(rank.rounded(.up))]
        }
        #expect(around(0.5) ~= (spread["median"] ?? 0), "\(spread) \(gaps)")
        #expect(around(0.9) ~= (spread["p90"] ?? 0), "\(spread) \(gaps)")
        #expect(around(0.5).lowerBound >= 0.8, "keys were sent a second apart: \(gaps)")
        let active = try #require(json["active_seconds"] as? Double)
        #expect(abs(active - gaps.reduce(0, +)) < 1e-6, "a break is not review time: \(active)")
        #expect(abs((json["accept_rate"] as? Double ?? 0) - 17.0 / 22.0) < 1e-9)
        #expect(json["remaining_to_target"] as? Int == 300 - 17)
        let hours = try #require(json["projected_hours"] as? [String: Double])
        #expect(hours["low"]! <= hours["expected"]! && hours["expected"]! <= hours["high"]!)

        // Under the default five-minute threshold the 8 s pause is review time; the cost says it is measured.
        let cost = try CLI.run(["cost", fixture.path, "--json"])
        let costJSON = try #require(try JSONSerialization.jsonObject(with: Data(cost.stdout.utf8)) as? [String: Any])
        let building = try #require(costJSON["dataset_building"] as? [String: Any])
        #expect(building["source"] as? String == "measured")
        #expect(building["decisions"] as? Int == 22)
        #expect((building["detail"] as? String)?.hasPrefix("measured from 22 decisions over") == true)
        let text = try CLI.run(["cost", fixture.path])
        #expect(text.stdout.contains("Dataset building:") && text.stdout.contains("measured from 22 decisions"))

        // A value the user stores wins, and says so.
        #expect(try CLI.run(["assume", fixture.path, "minutes_per_example=12"]).status == 0)
        let set = try CLI.run(["cost", fixture.path, "--json"])
        let setJSON = try #require(try JSONSerialization.jsonObject(with: Data(set.stdout.utf8)) as? [String: Any])
        let setBuilding = try #require(setJSON["dataset_building"] as? [String: Any])
        #expect(setBuilding["source"] as? String == "set")
        #expect((setBuilding["detail"] as? String)?.contains("wins over the pace measured from 22 decisions") == true)
    }

    /// The seconds between consecutive review decisions, as the project's edit log recorded them.
    static func decisionGaps(_ project: String) throws -> [Double] {
        var configuration = Configuration()
        configuration.readonly = true
        let times = try DatabaseQueue(path: project, configuration: configuration).read { db in
            try Double.fetchAll(db, sql: """
                SELECT at FROM edit_log WHERE kind = 'review' AND action = 'apply' AND group_leader IS NULL ORDER BY seq
                """)
        }
        return zip(times.dropFirst(), times).map { $0 - $1 }
    }
}
