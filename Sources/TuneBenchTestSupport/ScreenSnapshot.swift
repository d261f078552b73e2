import Foundation

/// Compares screen lines with a committed snapshot file, as swift-argument-parser's `assertSnapshot` does.
///
///     try ScreenSnapshot.check(grid.lines(), named: "home-120x36")
///
/// The file is `Snapshots/<name>.txt` next to the calling test file. When it is missing, or when the
/// environment has `RECORD_SNAPSHOTS=1`, the lines are written there and the check *fails* ("recorded"), so
/// a new baseline is always looked at before it is committed.
public enum ScreenSnapshot {
    public struct Mismatch: Error, CustomStringConvertible {
        public let description: String
    }

    public static func check(_ lines: [String], named name: String, testFile: String = #filePath) throws {
        let folder = URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("Snapshots")
        let file = folder.appendingPathComponent(name + ".txt")
        let actual = lines.joined(separator: "\n") + "\n"
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        guard !record, let expected = try? String(contentsOf: file, encoding: .utf8) else {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            throw Mismatch(description: "recorded new baseline \(file.path); check it and run again")
        }
        guard expected != actual else { return }
        throw Mismatch(description: "screen differs from \(file.path):\n" + ScreenDiff.describe(
            expected: expected.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init),
            actual: lines))
    }
}

/// A readable line-by-line difference between two screens.
public enum ScreenDiff {
    public static func describe(expected: [String], actual: [String]) -> String {
        var report: [String] = []
        for index in 0..<max(expected.count, actual.count) {
            let want = index < expected.count ? expected[index] : "<no line>"
            let got = index < actual.count ? actual[index] : "<no line>"
            if want != got { report.append(String(format: "%3d - %@\n    + %@", index, want, got)) }
        }
        return report.joined(separator: "\n")
    }
}
