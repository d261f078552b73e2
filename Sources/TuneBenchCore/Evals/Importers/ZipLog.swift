import Foundation
import ZIPFoundation

/// An inspect `.eval` zip, read in memory through ZIPFoundation.
///
/// ZIPFoundation does not expose an entry's compression method, and fails on zstd (method 93, written by
/// inspect_ai 0.3.206 and later) with an opaque error, so the central directory is read here first: a zstd entry
/// gets an error that says how to convert the log.
struct ZipLog {
    private let archive: Archive
    private let fileName: String
    private let methods: [String: UInt16]
    /// Entry paths in archive order.
    let entryPaths: [String]

    init(data: Data, fileName: String) throws(EvalInputError) {
        self.fileName = fileName
        let directory = ZipLog.centralDirectory(data)
        guard let directory else {
            throw EvalInputError(location: fileName, message: "not a zip archive (no end of central directory record); an .eval log is a zip")
        }
        methods = Dictionary(directory.map { ($0.path, $0.method) }, uniquingKeysWith: { first, _ in first })
        entryPaths = directory.map(\.path)
        do { archive = try Archive(data: data, accessMode: .read) }
        catch { throw EvalInputError(location: fileName, message: "cannot open the zip archive (\(error))") }
    }

    /// The uncompressed bytes of entry `path`.
    func read(_ path: String) throws(EvalInputError) -> Data {
        let location = "\(fileName): \(path)"
        switch methods[path] {
        case nil: throw EvalInputError(location: location, message: "entry missing from the archive")
        case 0?, 8?: break
        case 93?:
            throw EvalInputError(location: location, message: "entry is zstd-compressed, which tunebench cannot read; convert the log with `inspect log dump \(fileName) > log.json` and import the JSON")
        case let method?:
            throw EvalInputError(location: location, message: "entry uses unsupported zip compression method \(method) (only stored and deflate)")
        }
        guard let entry = archive[path] else { throw EvalInputError(location: location, message: "entry missing from the archive") }
        var data = Data()
        do { _ = try archive.extract(entry, consumer: { data.append($0) }) }
        catch { throw EvalInputError(location: location, message: "cannot extract the entry (\(error))") }
        return data
    }

    struct DirectoryEntry: Equatable {
        var path: String
        var method: UInt16
    }

    /// Paths and compression methods from the central directory (zip APPNOTE 4.3.12/4.3.16), or nil when there is
    /// no end-of-central-directory record. Zip64 archives report no entries here; ZIPFoundation still reads them.
    static func centralDirectory(_ data: Data) -> [DirectoryEntry]? {
        let bytes = [UInt8](data)
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
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
            entries.append(DirectoryEntry(path: path, method: UInt16(u16(offset + 10))))
            offset += 46 + nameLength + extraLength + commentLength
        }
        return entries
    }
}
