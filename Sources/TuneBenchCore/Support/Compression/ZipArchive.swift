import CZlib
import Foundation

/// A zip archive over bytes in memory (or mapped from a file): its central directory, zip64 included, and each
/// entry inflated (stored, deflate or zstd) with its size capped.
///
/// The directory is read from the end-of-central-directory record (APPNOTE 4.3.16), or from the zip64 record its
/// locator points to (4.3.14-15) when the archive holds more than 65,535 entries or 4 GiB; an entry's zip64 extra
/// field (4.5.3) gives its sizes and offset. When a path appears twice (an append-mode writer superseded it), the
/// later record wins, as in Python's `zipfile`. Bytes before the archive (a self-extractor's stub) are allowed.
public struct ZipArchive {
    /// One record of the central directory.
    public struct Entry: Equatable, Sendable {
        public var path: String
        /// 0 stored, 8 deflate, 93 zstd.
        public var method: UInt16
        public var flags: UInt16
        public var crc32: UInt32
        public var compressedSize: Int
        public var uncompressedSize: Int
        /// From the start of the file (any prefix before the archive included).
        public var localHeaderOffset: Int
    }

    private let data: Data
    /// Unique paths in directory order.
    public let entries: [Entry]
    private let index: [String: Int]

    /// Reads the central directory; the archive's bytes are kept (a mapped `Data` stays mapped).
    public init(data: Data) throws(ZipError) {
        self.data = data
        let all = try LittleEndianBytes.over(data) { bytes throws(ZipError) in try Self.directory(bytes) }
        var last: [String: Int] = [:]
        for (position, entry) in all.enumerated() { last[entry.path] = position }
        entries = all.enumerated().filter { last[$0.element.path] == $0.offset }.map(\.element)
        index = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($0.element.path, $0.offset) })
    }

    public func entry(_ path: String) -> Entry? { index[path].map { entries[$0] } }

    /// The uncompressed bytes of `entry`, checked against its declared size and CRC-32. An entry declared larger
    /// than `limit` is refused before anything is inflated; one that inflates past its declared size is stopped
    /// there.
    public func read(_ entry: Entry, limit: Int) throws(ZipError) -> Data {
        if entry.flags & 1 != 0 { throw .encrypted }
        guard [0, 8, 93].contains(entry.method) else { throw .unsupportedMethod(entry.method) }
        let start = try dataStart(entry)
        guard entry.uncompressedSize <= limit else { throw .tooLarge(declared: entry.uncompressedSize, limit: limit) }
        let end = start + entry.compressedSize
        if entry.method == 0 {
            guard entry.compressedSize == entry.uncompressedSize else { throw .checksum }
            let bytes = Data(data[(data.startIndex + start)..<(data.startIndex + end)])
            guard Self.crc(of: bytes) == entry.crc32 else { throw .checksum }
            return bytes
        }
        let data = self.data
        var position = start
        var output = Data()
        output.reserveCapacity(entry.uncompressedSize)
        var crc: uLong = 0
        do {
            let reader = try DecompressingReader(
                format: entry.method == 93 ? .zstd : .rawDeflate, limit: entry.uncompressedSize,
                source: { maxCount in
                    let to = min(position + maxCount, end)
                    defer { position = to }
                    return position < to ? data[(data.startIndex + position)..<(data.startIndex + to)] : nil
                })
            while try reader.read({ chunk in
                output.append(contentsOf: chunk)
                crc = CZlib.crc32(crc, chunk.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt(chunk.count))
            }) {}
        } catch DecompressionError.tooLarge {
            throw .largerThanDeclared
        } catch let error as DecompressionError {
            throw .decompression(error)
        } catch {
            preconditionFailure("the in-memory source does not throw: \(error)")
        }
        guard output.count == entry.uncompressedSize, UInt32(crc) == entry.crc32 else { throw .checksum }
        return output
    }

    /// Where the entry's bytes start, after its local header.
    private func dataStart(_ entry: Entry) throws(ZipError) -> Int {
        try LittleEndianBytes.over(data) { bytes throws(ZipError) in
            let header = entry.localHeaderOffset
            guard header >= 0, header <= bytes.count - 30, bytes.u32(header) == 0x0403_4B50 else {
                throw .damaged("no local header for the entry")
            }
            let start = header + 30 + bytes.u16(header + 26) + bytes.u16(header + 28)
            guard entry.compressedSize >= 0, entry.uncompressedSize >= 0 else { throw .damaged("the entry's sizes are impossible") }
            guard entry.compressedSize <= bytes.count - start else {
                throw .damaged("the entry runs past the end of the file (\(entry.compressedSize) bytes from byte \(start) of \(bytes.count))")
            }
            return start
        }
    }

    private static func crc(of bytes: Data) -> UInt32 {
        bytes.withUnsafeBytes { raw in
            UInt32(CZlib.crc32(0, raw.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt(raw.count)))
        }
    }

    // MARK: - The central directory

    private static func directory(_ bytes: LittleEndianBytes) throws(ZipError) -> [Entry] {
        guard let eocd = endRecord(bytes) else { throw .notAZip }
        var size = bytes.u32(eocd + 12), offset = bytes.u32(eocd + 16)
        var directoryEnd = eocd
        let locator = eocd - 20
        if locator >= 0, bytes.u32(locator) == 0x0706_4B50 {
            let record = bytes.u64(locator + 8)
            // The record sits just before the locator; a prefix before the archive moves it by the same amount.
            let found = [record, locator - 56].first { $0 >= 0 && $0 <= locator - 56 && bytes.u32($0) == 0x0606_4B50 }
            guard let found else { throw .damaged("the zip64 end of central directory record is missing") }
            size = bytes.u64(found + 40)
            offset = bytes.u64(found + 48)
            directoryEnd = found
        }
        guard size >= 0, size <= directoryEnd else { throw .damaged("the central directory's size is impossible") }
        let start = directoryEnd - size
        // A prefix before the archive shifts every offset the archive records.
        let shift = start - offset
        guard shift >= 0 else { throw .damaged("the central directory lies outside the file") }
        var entries: [Entry] = []
        var position = start
        while position < directoryEnd {
            guard position <= directoryEnd - 46, bytes.u32(position) == 0x0201_4B50 else {
                throw .damaged("central directory record \(entries.count + 1) is broken")
            }
            let nameLength = bytes.u16(position + 28), extraLength = bytes.u16(position + 30)
            let commentLength = bytes.u16(position + 32)
            let nameStart = position + 46, extraStart = nameStart + nameLength
            let next = extraStart + extraLength + commentLength
            guard next <= directoryEnd else { throw .damaged("central directory record \(entries.count + 1) runs past the directory") }
            var entry = Entry(
                path: String(decoding: bytes.slice(nameStart, nameLength), as: UTF8.self),
                method: UInt16(bytes.u16(position + 10)), flags: UInt16(bytes.u16(position + 8)),
                crc32: UInt32(bytes.u32(position + 16)), compressedSize: bytes.u32(position + 20),
                uncompressedSize: bytes.u32(position + 24), localHeaderOffset: bytes.u32(position + 42))
            try applyZip64(&entry, bytes: bytes, extra: extraStart, length: extraLength)
            entry.localHeaderOffset += shift
            entries.append(entry)
            position = next
        }
        return entries
    }

    /// The last end-of-central-directory signature within the 64 KiB comment window from the end.
    private static func endRecord(_ bytes: LittleEndianBytes) -> Int? {
        guard bytes.count >= 22 else { return nil }
        let lowest = max(0, bytes.count - 22 - 65_535)
        var position = bytes.count - 22
        while position >= lowest {
            if bytes.u32(position) == 0x0605_4B50 { return position }
            position -= 1
        }
        return nil
    }

    /// Replaces the 32-bit fields saturated at 0xFFFFFFFF by the zip64 extra field's 64-bit values, in its order.
    private static func applyZip64(_ entry: inout Entry, bytes: LittleEndianBytes, extra: Int, length: Int) throws(ZipError) {
        let saturated = 0xFFFF_FFFF
        guard entry.uncompressedSize == saturated || entry.compressedSize == saturated || entry.localHeaderOffset == saturated else { return }
        var position = extra
        while position + 4 <= extra + length {
            let id = bytes.u16(position), size = bytes.u16(position + 2)
            guard position + 4 + size <= extra + length else { break }
            if id == 0x0001 {
                var field = position + 4
                let end = field + size
                func next() throws(ZipError) -> Int {
                    guard field + 8 <= end else { throw .damaged("the zip64 extra field of \(entry.path) is too short") }
                    defer { field += 8 }
                    return bytes.u64(field)
                }
                if entry.uncompressedSize == saturated { entry.uncompressedSize = try next() }
                if entry.compressedSize == saturated { entry.compressedSize = try next() }
                if entry.localHeaderOffset == saturated { entry.localHeaderOffset = try next() }
                return
            }
            position += 4 + size
        }
        throw .damaged("\(entry.path) has zip64 sizes but no zip64 extra field")
    }
}

/// Why a zip archive or one of its entries cannot be read. Descriptions are sentence tails.
public enum ZipError: Error, Equatable, CustomStringConvertible {
    case notAZip
    case damaged(String)
    case unsupportedMethod(UInt16)
    case encrypted
    case tooLarge(declared: Int, limit: Int)
    case largerThanDeclared
    case checksum
    case decompression(DecompressionError)

    public var description: String {
        switch self {
        case .notAZip: "not a zip archive (no end of central directory record)"
        case .damaged(let why): "damaged archive: \(why)"
        case .unsupportedMethod(let method): "the entry uses zip compression method \(method), which tunebench cannot read (only stored, deflate and zstd)"
        case .encrypted: "the entry is encrypted"
        case .tooLarge(let declared, let limit):
            "the entry inflates to \(ByteCount.text(declared)), more than the \(ByteCount.text(limit)) tunebench reads from one entry"
        case .largerThanDeclared: "damaged archive: the entry inflates to more bytes than the directory declares"
        case .checksum: "damaged archive: the entry's CRC-32 or size does not match the directory"
        case .decompression(let error): "damaged archive: \(error)"
        }
    }
}

/// Little-endian reads from raw bytes; reads past the end give 0 (callers check bounds first).
struct LittleEndianBytes {
    let raw: UnsafeRawBufferPointer
    init(_ raw: UnsafeRawBufferPointer) { self.raw = raw }

    /// Runs `body` over `data`'s bytes, passing its error through with its type.
    static func over<T>(_ data: Data, _ body: (LittleEndianBytes) throws(ZipError) -> T) throws(ZipError) -> T {
        let result: Result<T, ZipError> = data.withUnsafeBytes { raw in
            do throws(ZipError) { return .success(try body(LittleEndianBytes(raw))) } catch { return .failure(error) }
        }
        return try result.get()
    }
    var count: Int { raw.count }

    func u16(_ at: Int) -> Int { at >= 0 && at <= count - 2 ? Int(raw[at]) | Int(raw[at + 1]) << 8 : 0 }
    func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
    /// Values past `Int.max` (never a real size or offset) become -1, which every bounds check refuses.
    func u64(_ at: Int) -> Int {
        let value = UInt64(u32(at)) | UInt64(u32(at + 4)) << 32
        return value > UInt64(Int.max) ? -1 : Int(value)
    }
    func slice(_ at: Int, _ length: Int) -> UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: raw[at..<(at + length)]) }
}
