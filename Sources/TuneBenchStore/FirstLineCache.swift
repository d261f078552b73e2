import Synchronization

/// The list's first lines, remembered by the stored text they came from: a window read near the one before
/// re-reads mostly the same rows, and cutting a first line out of a record means parsing all of it (measured on
/// the million-example project: 11 ms of a 13 ms window read). Keyed by a hash of the record's bytes and its
/// dataset (the format that reads it), so an edited record is simply a new entry; bounded, cleared when full.
final class FirstLineCache: Sendable {
    static let shared = FirstLineCache()
    /// About 20 windows of rows; a first line is at most 300 characters.
    static let capacity = 8_192

    private struct Key: Hashable {
        var textHash: Int
        var length: Int
        var dataset: Int64
    }

    private let entries = Mutex<[Key: String]>([:])

    /// The first line of `original`, computed by `make` when not remembered.
    func firstLine(of original: String, dataset: Int64, make: () -> String) -> String {
        var hasher = Hasher()
        var original = original
        original.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        let key = Key(textHash: hasher.finalize(), length: original.utf8.count, dataset: dataset)
        if let line = entries.withLock({ $0[key] }) { return line }
        let line = make()
        entries.withLock {
            if $0.count >= Self.capacity { $0.removeAll(keepingCapacity: true) }
            $0[key] = line
        }
        return line
    }
}
