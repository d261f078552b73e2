import Foundation
import ZIPFoundation

/// An inspect `.eval` zip, read in memory.
///
/// The central directory is read here (paths, compression methods, sizes, CRCs), and each entry's bytes are taken
/// from its local header: a zstd entry (method 93, written by inspect_ai 0.3.206 and later) gets an error that says
/// how to convert the log, and an entry whose bytes run past the end of the file is refused before inflating.
/// Deflate is ZIPFoundation's `Data.decompress`, fed through a provider that stops at the entry's compressed size
/// and always hands over full chunks:
/// ZIPFoundation's own `Archive.extract` loops for ever on a damaged deflate stream (found by fuzzing) and leaks
/// its in-memory file when an archive fails to open.
struct ZipLog {
    private let bytes: [UInt8]
    private let fileName: String
    private let entries: [String: DirectoryEntry]
    /// Entry paths in archive order.
    let entryPaths: [String]

    init(data: Data, fileName: String) throws(EvalInputError) {
        bytes = [UInt8](data)
        self.fileName = fileName
        guard let directory = ZipLog.centralDirectory(data) else {
            throw EvalInputError(location: fileName, message: "not a zip archive (no end of central directory record); an .eval log is a zip")
        }
        entries = Dictionary(directory.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        entryPaths = directory.map(\.path)
    }

    /// The uncompressed bytes of entry `path`.
    func read(_ path: String) throws(EvalInputError) -> Data {
        let location = "\(fileName): \(path)"
        func fail(_ message: String) -> EvalInputError { EvalInputError(location: location, message: message) }
        guard let entry = entries[path] else { throw fail("entry missing from the archive") }
        switch entry.method {
        case 0, 8: break
        case 93:
            throw fail("entry is zstd-compressed, which tunebench cannot read; convert the log with `inspect log dump \(fileName) > log.json` and import the JSON")
        default:
            throw fail("entry uses unsupported zip compression method \(entry.method) (only stored and deflate)")
        }
        let bytes = self.bytes
        let header = entry.localHeaderOffset
        guard header >= 0, header + 30 <= bytes.count,
              ZipLog.u32(bytes, header) == 0x0403_4b50 else { throw fail("damaged archive: no local header for the entry") }
        let start = header + 30 + ZipLog.u16(bytes, header + 26) + ZipLog.u16(bytes, header + 28)
        guard start + entry.compressedSize <= bytes.count else {
            throw fail("damaged archive: the entry runs past the end of the file (\(entry.compressedSize) bytes from byte \(start) of \(bytes.count))")
        }
        if entry.method == 0 { return Data(bytes[start..<(start + entry.compressedSize)]) }
        var output = Data()
        do {
            let crc = try Data.decompress(
                size: Int64(entry.compressedSize), bufferSize: 64 << 10, skipCRC32: false,
                provider: { position, size in
                    let from = Int(position), to = min(Int(position) + size, entry.compressedSize)
                    guard from < to else { throw ZipEntryError.deflateStreamNotEnded }
                    // Always `size` bytes: ZIPFoundation tells zlib the chunk is `size` long whatever it is, so a
                    // short last chunk let inflate read past it (a heap over-read, found by fuzzing). Zeros
                    // after a damaged stream are an invalid deflate block, so they end it with an error.
                    var chunk = Data(bytes[(start + from)..<(start + to)])
                    chunk.append(Data(count: size - chunk.count))
                    return chunk
                },
                consumer: { chunk in
                    output.append(chunk)
                    guard output.count <= entry.uncompressedSize else { throw ZipEntryError.largerThanDeclared }
                })
            guard crc == entry.crc32, output.count == entry.uncompressedSize else { throw ZipEntryError.checksum }
        } catch let error as ZipEntryError {
            throw fail("damaged archive: \(error.description)")
        } catch {
            throw fail("damaged archive: cannot inflate the entry (\(error))")
        }
        return output
    }

    struct DirectoryEntry: Equatable {
        var path: String
        var method: UInt16
        var crc32: UInt32 = 0
        var compressedSize = 0
        var uncompressedSize = 0
        var localHeaderOffset = 0
    }

    private enum ZipEntryError: Error, CustomStringConvertible {
        case deflateStreamNotEnded, largerThanDeclared, checksum
        var description: String {
            switch self {
            case .deflateStreamNotEnded: "the compressed data ends before its deflate stream does"
            case .largerThanDeclared: "the entry inflates to more bytes than the directory declares"
            case .checksum: "the entry's CRC-32 or size does not match the directory"
            }
        }
    }

    static func u16(_ bytes: [UInt8], _ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
    static func u32(_ bytes: [UInt8], _ at: Int) -> Int { u16(bytes, at) | u16(bytes, at + 2) << 16 }

    /// The entries of the central directory (zip APPNOTE 4.3.12/4.3.16), or nil when there is no
    /// end-of-central-directory record. Zip64 archives report no entries here.
    static func centralDirectory(_ data: Data) -> [DirectoryEntry]? {
        let bytes = [UInt8](data)
        func u16(_ at: Int) -> Int { ZipLog.u16(bytes, at) }
        func u32(_ at: Int) -> Int { ZipLog.u32(bytes, at) }
        guard bytes.count >= 22 else { return nil }
        var eocd = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while eocd >= lowest, u32(eocd) != 0x0605_4b50 { eocd -= 1 }
        guard eocd >= lowest else { return nil }
        let count = u16(eocd + 10)
        var offset = u32(eocd + 16)
        var entries: [DirectoryEntry] = []
        for _ in 0..<count {
            guard offset + 46 <= bytes.count, u32(offset) == 0x0201_4b50 else { break }
            let nameLength = u16(offset + 28), extraLength = u16(offset + 30), commentLength = u16(offset + 32)
            guard offset + 46 + nameLength <= bytes.count else { break }
            let path = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            entries.append(DirectoryEntry(
                path: path, method: UInt16(u16(offset + 10)), crc32: UInt32(u32(offset + 16)),
                compressedSize: u32(offset + 20), uncompressedSize: u32(offset + 24), localHeaderOffset: u32(offset + 42)))
            offset += 46 + nameLength + extraLength + commentLength
        }
        return entries
    }
}
