import Foundation
import GRDB
import TuneBenchCore

/// The reads the project report is assembled from (``ProjectReport/assemble(from:cost:now:)`` in the app).
extension ProjectStore {
    /// Every example's token count, over every dataset.
    public func totalTokens() throws -> [Int] {
        try pool.read { db in try Int.fetchAll(db, sql: "SELECT total_tokens FROM example WHERE \(ProjectStore.inCompleteDataset)") }
    }

    /// Examples with each stored finding (the last validation's, or the import checks before one ran).
    public func findingCounts() throws -> [ReportDataset.Finding] {
        try pool.read { db in
            var examples: [CheckCategory: Int] = [:]
            let cursor = try String.fetchCursor(db, sql: "SELECT checks FROM example WHERE \(ProjectStore.inCompleteDataset) AND checks IS NOT NULL AND checks != ''")
            while let encoded = try cursor.next() {
                for category in CheckCounts(encoded: encoded).categories { examples[category, default: 0] += 1 }
            }
            return examples.keys.sorted().map { ReportDataset.Finding($0, examples: examples[$0]!) }
        }
    }

    /// SHA-256 of the project file after a passive checkpoint moved committed pages into it (nothing is written
    /// but that checkpoint, so the hash is of what was committed).
    public func fileSHA256() throws -> String {
        // Best effort: a read-only file or a busy writer leaves pages in the WAL, and the hash is of the file as is.
        _ = try? pool.writeWithoutTransaction { db in try db.checkpoint(.passive) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw ProjectFileError.unreadable(path: path, detail: "cannot open to hash it") }
        defer { try? handle.close() }
        var hash = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            chunk.withUnsafeBytes { hash.update(bufferPointer: $0) }
        }
        return hash.hexDigest()
    }
}
