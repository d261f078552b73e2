import Foundation
import Testing
import TuneBenchTestSupport

/// The real TUI in tmux, its window resized a few hundred times as fast as tmux can: it keeps running, its memory
/// does not grow with the number of resizes, and it ends up drawn for the last size.
@Suite struct TUIResizeStormTests {
    /// Resident memory of a process, in kB (Linux /proc).
    private func residentKilobytes(_ pid: Int32) throws -> Int {
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") })
        return try #require(Int(line.split(separator: " ", omittingEmptySubsequences: true)[1]))
    }

    private func storm(_ tmux: TmuxSession, resizes: Int, offset: Int) async throws {
        for step in offset..<offset + resizes {
            let width = [1, 300, 80, 500, 40][step % 5] + step % 7
            let height = [1, 100, 24, 150, 10][step % 5] + step % 3
            try await tmux.resize(width: width, height: height)
        }
    }

    @Test func hundredsOfResizesNeitherCrashNorGrowMemory() async throws {
        let fixture = try TUIFixture()
        try await fixture.run(width: 100, height: 30) { tmux in
            let shell = try await tmux.panePID()
            let app = try #require(childProcesses(of: shell).first, "the TUI runs under the pane's shell")
            // A first storm settles the allocator at the largest sizes; the second must not add to it.
            try await storm(tmux, resizes: 60, offset: 0)
            try await tmux.resize(width: 100, height: 30)
            try await tmux.waitUntil("a redraw at 100×30") { $0.last?.contains("q quit") == true && $0.count == 30 }
            let before = try residentKilobytes(app)
            try await storm(tmux, resizes: 300, offset: 60)
            try await tmux.resize(width: 80, height: 24)
            try await tmux.waitUntil("a redraw at 80×24") { screen in
                screen.count == 24 && screen.last?.contains("q quit") == true && screen[1].contains("1 Decision")
                    && screen.allSatisfy { $0.count <= 80 }
            }
            try await tmux.send("?")
            try await tmux.waitFor("Keys")
            let after = try residentKilobytes(app)
            #expect(kill(app, 0) == 0, "the TUI is still running")
            // One leaked 500×150 frame per resize would be 300 × ~3 MB; allow allocator noise only.
            #expect(after - before < 24_000, "resident memory grew from \(before) kB to \(after) kB over 300 resizes")
        }
    }
}
