import Foundation

/// Where rank files are looked for, in order:
/// 1. the project's directory setting (`tokenizer.rank_dir`): `<name>.tiktoken` or tiktoken's cache name;
/// 2. tiktoken's own cache: `$TIKTOKEN_CACHE_DIR`, else `$DATA_GYM_CACHE_DIR`, else `<tmp>/data-gym-cache`, files
///    named by the sha1 of the download URL, so a tiktoken user gets exact counts with no set-up;
/// 3. `$XDG_DATA_HOME/tunebench/encodings/<name>.tiktoken` (default `~/.local/share/...`), where
///    `tunebench tokenizer install` puts them.
public struct RankFileLocator: Sendable {
    /// The project's rank directory setting, if any.
    public var settingsDirectory: String?
    /// The environment the variables above are read from.
    public var environment: [String: String]

    public init(settingsDirectory: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.settingsDirectory = settingsDirectory
        self.environment = environment
    }

    /// The directory `tunebench tokenizer install` writes to.
    public var installDirectory: String {
        var dataHome = environment["XDG_DATA_HOME"] ?? ""
        if !dataHome.hasPrefix("/") {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            dataHome = (home as NSString).appendingPathComponent(".local/share")
        }
        return (dataHome as NSString).appendingPathComponent("tunebench/encodings")
    }

    /// tiktoken's cache directory, or nil when tiktoken would not cache (the variable is set but empty).
    public var tiktokenCacheDirectory: String? {
        let directory: String
        if let value = environment["TIKTOKEN_CACHE_DIR"] {
            directory = value
        } else if let value = environment["DATA_GYM_CACHE_DIR"] {
            directory = value
        } else {
            let temporary = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
            directory = (temporary as NSString).appendingPathComponent("data-gym-cache")
        }
        return directory.isEmpty ? nil : directory
    }

    /// Every path that may hold the encoding's rank file, in the order they are tried.
    public func candidates(for encoding: TiktokenEncoding) -> [String] {
        var paths: [String] = []
        if let directory = settingsDirectory, !directory.isEmpty {
            paths.append((directory as NSString).appendingPathComponent(encoding.rankFileName))
            paths.append((directory as NSString).appendingPathComponent(encoding.tiktokenCacheName))
        }
        if let directory = tiktokenCacheDirectory {
            paths.append((directory as NSString).appendingPathComponent(encoding.tiktokenCacheName))
        }
        paths.append((installDirectory as NSString).appendingPathComponent(encoding.rankFileName))
        return paths
    }
}
