import Foundation
import Testing
@testable import TuneBenchCore

@Suite("Streaming decompression: zstd, gzip, raw deflate")
struct DecompressingReaderTests {
    static let text = Data((0..<5000).map { "line \($0): the quick brown fox\n" }.joined().utf8)

    /// Inflates `compressed` fed `inputChunk` bytes at a time; returns the bytes and the largest chunk handed out.
    static func inflate(_ compressed: Data, _ format: CompressionFormat, limit: Int = .max, inputChunk: Int = 7, outputChunk: Int = 1000) throws -> (Data, Int) {
        var position = 0
        let reader = try DecompressingReader(format: format, limit: limit, outputChunk: outputChunk, inputChunk: inputChunk) { maxCount in
            let to = min(position + maxCount, compressed.count)
            defer { position = to }
            return compressed[position..<to]
        }
        var output = Data(), largest = 0
        while try reader.read({ chunk in output.append(contentsOf: chunk); largest = max(largest, chunk.count) }) {}
        return (output, largest)
    }

    @Test("each format round-trips, fed a few bytes at a time, in bounded chunks", arguments: CompressionFormat.allCases)
    func roundTrip(format: CompressionFormat) throws {
        let compressed = switch format {
        case .zstd: TestCompressors.zstd(Self.text)
        case .gzip: TestCompressors.deflate(Self.text, gzip: true)
        case .rawDeflate: TestCompressors.deflate(Self.text, gzip: false)
        }
        let (output, largest) = try Self.inflate(compressed, format)
        #expect(output == Self.text)
        #expect(largest <= 1000)
    }

    @Test("zstd frames and gzip members one after another read as one stream")
    func concatenated() throws {
        let first = Data("first half\n".utf8), second = Data("second half\n".utf8)
        #expect(try Self.inflate(TestCompressors.zstd(first) + TestCompressors.zstd(second), .zstd).0 == first + second)
        #expect(try Self.inflate(TestCompressors.deflate(first, gzip: true) + TestCompressors.deflate(second, gzip: true), .gzip).0 == first + second)
    }

    @Test("a stream cut short is `truncated`", arguments: [CompressionFormat.zstd, .gzip, .rawDeflate])
    func truncated(format: CompressionFormat) throws {
        let whole = format == .zstd ? TestCompressors.zstd(Self.text) : TestCompressors.deflate(Self.text, gzip: format == .gzip)
        let error = try #require(throws: DecompressionError.self) { try Self.inflate(whole.prefix(whole.count / 2), format) }
        #expect(error == .truncated(format))
        #expect(error.description.contains("ends before its stream does"))
    }

    @Test("garbage is `damaged`, in the library's words")
    func damaged() throws {
        var zstd = TestCompressors.zstd(Self.text)
        zstd[zstd.startIndex + 5] ^= 0xFF
        zstd[zstd.startIndex + 12] ^= 0xFF
        let error = try #require(throws: DecompressionError.self) { try Self.inflate(zstd, .zstd) }
        guard case .damaged(.zstd, _) = error else { Issue.record("\(error)"); return }
        let gzip = try #require(throws: DecompressionError.self) { try Self.inflate(Data("not gzip at all".utf8), .gzip) }
        #expect(gzip == .damaged(.gzip, detail: "incorrect header check"))
    }

    @Test("a bomb (64 MiB of zeros in a few KiB) stops one chunk past the limit")
    func bomb() throws {
        let zeros = Data(count: 64 << 20)
        for (format, compressed) in [(CompressionFormat.zstd, TestCompressors.zstd(zeros)), (.gzip, TestCompressors.deflate(zeros, gzip: true))] {
            #expect(compressed.count < 256 << 10)
            var handedOut = 0
            var position = 0
            let reader = try DecompressingReader(format: format, limit: 1 << 20) { maxCount in
                let to = min(position + maxCount, compressed.count)
                defer { position = to }
                return compressed[position..<to]
            }
            let error = try #require(throws: DecompressionError.self) {
                while try reader.read({ handedOut += $0.count }) {}
            }
            #expect(error == .tooLarge(format, limit: 1 << 20))
            #expect(error.description.contains("more than 1 MiB"))
            #expect(handedOut <= 1 << 20)
            #expect(reader.bytesOut == (1 << 20) + 1, "it inflates one byte past the limit, no more")
        }
    }

    @Test("magic numbers: gzip, zstd (and its skippable frames); nothing else")
    func detection() {
        #expect(CompressionFormat.detect([0x1F, 0x8B, 0x08, 0x00]) == .gzip)
        #expect(CompressionFormat.detect([0x28, 0xB5, 0x2F, 0xFD]) == .zstd)
        #expect(CompressionFormat.detect([0x5A, 0x2A, 0x4D, 0x18]) == .zstd)
        #expect(CompressionFormat.detect(Array("{\"a\"".utf8)) == nil)
        #expect(CompressionFormat.detect([0x50, 0x4B, 0x03, 0x04]) == nil)
        #expect(CompressionFormat.detect([0x28]) == nil)
    }
}
