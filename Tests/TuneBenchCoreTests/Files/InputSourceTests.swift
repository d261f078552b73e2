import Foundation
import Testing
import TuneBenchCore
import TuneBenchTestSupport

/// The file is read once: what the format probes read is replayed to the import, not read from the file again.
@Suite struct InputSourceTests {
    private func temporaryFile(_ bytes: Data) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("input-source-\(UUID().uuidString).jsonl")
        try bytes.write(to: url)
        return url
    }

    @Test func aRegularFileIsReadOnceThroughBothProbesAndTheImport() throws {
        // Larger than one 4 MB chunk, so the format probe reads past the container probe's first chunk.
        let line = #"{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"hello"}]}"# + "\n"
        let url = try temporaryFile(Data(String(repeating: line, count: 120_000).utf8))
        defer { try? FileManager.default.removeItem(at: url) }
        let size = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int)
        let file = try DatasetFile(path: url.path)
        #expect(file.format == .openaiChat)
        let read = try DatasetFixture.records(file)
        #expect(read.records.count == 120_000)
        #expect(file.stream.bytesRead == size)
        #expect(file.stream.bytesFromInput == size)
    }

    @Test func aRegularFileWhoseProbeReadsPastTheLimitIsReadAgainFromItsStart() throws {
        var bytes = Data(count: InputSource.probeLimit + (1 << 20))
        bytes.withUnsafeMutableBytes { raw in
            for i in 0..<raw.count { raw[i] = UInt8(ascii: "a") + UInt8(i % 26) }
        }
        let url = try temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(at: url) }
        let input = try InputSource(path: url.path)
        var probed = 0
        while let chunk = try input.read(upToCount: 1 << 20) { probed += chunk.count }
        #expect(probed == bytes.count)
        try input.rewind(final: true)
        var again = Data()
        while let chunk = try input.read(upToCount: 4 << 20) { again.append(chunk) }
        #expect(again == bytes)
        #expect(input.bytesFromInput == 2 * bytes.count)
    }

    @Test func aShortProbeIsReplayedAndTheRestFollowsInOrder() throws {
        let bytes = Data((0..<10_000).map { UInt8(truncatingIfNeeded: $0) })
        let url = try temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(at: url) }
        let input = try InputSource(path: url.path)
        let head = try #require(try input.read(upToCount: 3_000))
        try input.rewind(final: false)
        let replayed = try #require(try input.read(upToCount: 1_000))
        #expect(replayed == head.prefix(1_000))
        try input.rewind(final: true)
        var all = Data()
        while let chunk = try input.read(upToCount: 4_096) { all.append(chunk) }
        #expect(all == bytes)
        #expect(input.bytesFromInput == bytes.count)
    }
}
