import Foundation
import Testing
@testable import TuneBenchCore

@Suite("Zip archives: zip64, repeated paths, methods")
struct ZipArchiveTests {
    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/evals/\(name)", withExtension: nil))
        return try Data(contentsOf: url)
    }

    static func text(_ archive: ZipArchive, _ path: String) throws -> String {
        String(decoding: try archive.read(try #require(archive.entry(path)), limit: 1 << 20), as: UTF8.self)
    }

    @Test("Python's zipfile with zip64 forced: every method reads, a repeated path is its later record")
    func zip64() throws {
        let archive = try ZipArchive(data: Self.fixture("zip64_entries.zip"))
        #expect(archive.entries.map(\.path) == ["stored.txt", "deflate.txt", "zstd.txt", "a.txt"])
        #expect(archive.entries.map(\.method) == [0, 8, 93, 93])
        #expect(try Self.text(archive, "a.txt") == "second")
        #expect(try Self.text(archive, "stored.txt") == "stored bytes\n")
        #expect(try Self.text(archive, "deflate.txt") == String(repeating: "deflate ", count: 100))
        #expect(try Self.text(archive, "zstd.txt") == String(repeating: "zstd ", count: 100))
    }

    @Test("bytes before the archive (a self-extractor's stub) shift every offset")
    func prefix() throws {
        let archive = try ZipArchive(data: Data(repeating: 0x41, count: 777) + Self.fixture("zip64_entries.zip"))
        #expect(try Self.text(archive, "zstd.txt") == String(repeating: "zstd ", count: 100))
        let plain = try ZipArchive(data: Data("#!/bin/sh\n".utf8) + Self.fixture("inspect_0.3.285_arithmetic.eval"))
        #expect(try Self.text(plain, "header.json").contains("\"task\": \"arithmetic\"") || Self.text(plain, "header.json").contains("\"task\":\"arithmetic\""))
    }

    @Test("a changed byte in an entry's data fails its CRC-32 or its stream")
    func checksum() throws {
        var bytes = [UInt8](try Self.fixture("zip64_entries.zip"))
        let stored = try #require(bytes.firstRange(of: Array("stored bytes".utf8)))
        bytes[stored.lowerBound] = UInt8(ascii: "S")
        let archive = try ZipArchive(data: Data(bytes))
        #expect(throws: ZipError.checksum) { try archive.read(try #require(archive.entry("stored.txt")), limit: 100) }
    }

    @Test("not a zip, and a directory cut off, are refused in words")
    func notAZip() throws {
        #expect(throws: ZipError.notAZip) { try ZipArchive(data: Data("just text".utf8)) }
        let whole = try Self.fixture("inspect_0.3.285_arithmetic.eval")
        var bytes = [UInt8](whole)
        // Claim the directory is 20 bytes shorter than it is: its first record is not where it then starts.
        let eocd = try #require(bytes.lastRange(of: [0x50, 0x4B, 0x05, 0x06])).lowerBound
        let size = ZipFixtureBytes.u16(bytes, eocd + 12) - 20
        bytes[eocd + 12] = UInt8(size & 0xFF)
        bytes[eocd + 13] = UInt8(size >> 8)
        let shorter = try #require(throws: ZipError.self) { try ZipArchive(data: Data(bytes)) }
        #expect(shorter == .damaged("central directory record 1 is broken"))
        // And 20 bytes longer than the file before it allows.
        let offset = ZipFixtureBytes.u16(bytes, eocd + 16)
        bytes[eocd + 12] = UInt8((offset + 100) & 0xFF)
        bytes[eocd + 13] = UInt8((offset + 100) >> 8)
        let longer = try #require(throws: ZipError.self) { try ZipArchive(data: Data(bytes)) }
        #expect(longer.description.hasPrefix("damaged archive: "), "\(longer)")
    }

    @Test("an entry declared larger than the limit is refused before inflating")
    func limit() throws {
        let archive = try ZipArchive(data: Self.fixture("zstd_bomb.eval"))
        let entry = try #require(archive.entry("samples/1_epoch_1.json"))
        #expect(entry.uncompressedSize == 2 << 30)
        #expect(throws: ZipError.tooLarge(declared: 2 << 30, limit: 256 << 20)) { try archive.read(entry, limit: 256 << 20) }
        #expect(ZipError.tooLarge(declared: 2 << 30, limit: 256 << 20).description
            == "the entry inflates to 2 GiB, more than the 256 MiB tunebench reads from one entry")
    }
}

private extension Array where Element == UInt8 {
    func lastRange(of needle: [UInt8]) -> Range<Int>? {
        var start = count - needle.count
        while start >= 0 {
            if Array(self[start..<(start + needle.count)]) == needle { return start..<(start + needle.count) }
            start -= 1
        }
        return nil
    }
}
