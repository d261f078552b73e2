import Foundation

/// Watching a directory for results files: which files are ready to import, scan after scan. A file is ready
/// when it looks the same (size and modification time) on two scans in a row, so a file still being written
/// waits until it is complete and stable; a file is offered again only when it changes. Whether its content was
/// imported before is the store's question (by content hash).
public struct ResultsWatch: Sendable, Equatable {
    /// A file's size and modification time on one scan.
    public struct Stamp: Sendable, Equatable {
        public var size: Int
        public var modified: Double

        public init(size: Int, modified: Double) {
            self.size = size
            self.modified = modified
        }
    }

    public let directory: String
    /// What each file looked like on the last scan.
    private var lastSeen: [String: Stamp] = [:]
    /// The look of each file when it was last offered.
    private var offered: [String: Stamp] = [:]

    public init(directory: String) { self.directory = directory }

    /// Scans the directory and returns the files that became ready since the last scan, by path.
    public mutating func scan() -> [String] {
        var seen: [String: Stamp] = [:]
        for path in RunnerResults.files(in: directory) {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  let size = attributes[.size] as? Int, let modified = attributes[.modificationDate] as? Date else { continue }
            seen[path] = Stamp(size: size, modified: modified.timeIntervalSince1970)
        }
        return advance(to: seen)
    }

    /// The pure step of ``scan()``: given what the files look like now, the ones that are ready.
    public mutating func advance(to seen: [String: Stamp]) -> [String] {
        var ready: [String] = []
        for (path, stamp) in seen.sorted(by: { $0.key < $1.key }) where lastSeen[path] == stamp && offered[path] != stamp && stamp.size > 0 {
            ready.append(path)
            offered[path] = stamp
        }
        lastSeen = seen
        return ready
    }
}
