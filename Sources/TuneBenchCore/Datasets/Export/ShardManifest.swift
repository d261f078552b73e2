import Foundation

/// `manifest.json` beside a sharded export: what each shard holds and how to check it, so the engines that read
/// the shards (DuckDB, Hugging Face `datasets`, Spark) can be checked against what tunebench wrote.
public struct ShardManifest: Codable, Equatable, Sendable {
    public struct Shard: Codable, Equatable, Sendable {
        /// Relative to the manifest's directory.
        public var path: String
        /// `train` or `validation` with a split, absent without.
        public var split: String?
        public var examples: Int
        public var bytes: Int
        public var sha256: String
    }

    public var format: String
    /// The training share of a split, absent without one.
    public var split: Double?
    public var seed: UInt64?
    public var examples: Int
    /// SHA-256 of every exported record in order (each with its newline), whatever the sharding: the dataset's
    /// content, comparable across exports.
    public var contentSHA256: String
    public var shards: [Shard]
    /// Examples chosen but not expressible in the format, by reason.
    public var skipped: [String: Int]
    public var tunebenchVersion = TuneBenchVersion.current

    enum CodingKeys: String, CodingKey {
        case format, split, seed, examples, shards, skipped
        case contentSHA256 = "dataset_content_sha256"
        case tunebenchVersion = "tunebench_version"
    }

    /// Writes the manifest as indented JSON with sorted keys, replacing the file only when complete.
    func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let writer = try SafeFileWriter(path: path)
        try writer.write(Array(try encoder.encode(self)) + [0x0A])
        try writer.commit()
    }
}

/// The directory a sharded export writes into.
enum ShardDirectory {
    /// Creates the directory (and the split's subdirectories) or, when it exists, removes the part files and
    /// manifest of an earlier export so no stale shard is left for a `part-*.jsonl` glob. A directory holding
    /// anything else is refused: the export never deletes files it did not write.
    static func prepare(_ directory: String, subdirectories: [String]) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw FileWriteError(path: directory, reason: "is a file; --shards writes into a directory") }
            for folder in [directory] + subdirectories.map({ "\(directory)/\($0.dropLast())" }) where manager.fileExists(atPath: folder) {
                let entries = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
                for entry in entries where !isOurs(entry, top: folder == directory) {
                    throw FileWriteError(path: directory, reason: "holds \(entry), which an earlier export did not write; give an empty or new directory")
                }
                for entry in entries where entry.hasPrefix("part-") || entry == "manifest.json" {
                    try manager.removeItem(atPath: "\(folder)/\(entry)")
                }
            }
        }
        do {
            try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for sub in subdirectories { try manager.createDirectory(atPath: "\(directory)/\(sub)", withIntermediateDirectories: true) }
        } catch {
            throw FileWriteError(path: directory, reason: "cannot create the directory")
        }
    }

    private static func isOurs(_ entry: String, top: Bool) -> Bool {
        (entry.hasPrefix("part-") && entry.hasSuffix(".jsonl")) || entry.hasPrefix(".part-") || entry.hasPrefix(".manifest.json")
            || (top && ["manifest.json", "train", "validation"].contains(entry))
    }
}
