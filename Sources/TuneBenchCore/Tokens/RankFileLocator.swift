import Foundation

/// Where rank files are looked for, in order (each directory may hold `<name>.tiktoken` or tiktoken's cache name):
/// 1. the directory given on the command line (`--rank-dir`);
/// 2. `$TUNEBENCH_RANK_DIR`;
/// 3. the project's directory setting (`tokenizer.rank_dir`);
/// 4. tiktoken's own cache: `$TIKTOKEN_CACHE_DIR`, else `$DATA_GYM_CACHE_DIR`, else `<tmp>/data-gym-cache`, files
///    named by the sha1 of the download URL, so a tiktoken user gets exact counts with no set-up;
/// 5. `$XDG_DATA_HOME/tunebench/encodings/<name>.tiktoken` (default `~/.local/share/...`), where
///    `tunebench tokenizer install` puts them (unless `--directory` or `$TUNEBENCH_RANK_DIR` says otherwise).
public struct RankFileLocator: Sendable {
    /// The environment variable naming a rank-file directory.
    public static let directoryVariable = "TUNEBENCH_RANK_DIR"

    /// One directory searched, with where it came from (`--rank-dir`, `$TUNEBENCH_RANK_DIR`, ...).
    public struct Place: Sendable, Equatable {
        public var source: String
        public var directory: String
        /// Whether tunebench's own file name (`<name>.tiktoken`), tiktoken's cache name (the sha1 of the URL), or
        /// both are looked for there.
        public var names: Names

        public enum Names: Sendable, Equatable { case both, tiktokenCache, tunebench }
    }

    /// The directory given on the command line (`--rank-dir`), if any.
    public var commandLineDirectory: String?
    /// The project's rank directory setting, if any.
    public var settingsDirectory: String?
    /// The environment the variables above are read from.
    public var environment: [String: String]

    public init(commandLineDirectory: String? = nil, settingsDirectory: String? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.commandLineDirectory = commandLineDirectory
        self.settingsDirectory = settingsDirectory
        self.environment = environment
    }

    /// The directory `tunebench tokenizer install` writes to by default: `$TUNEBENCH_RANK_DIR` when set, else
    /// the XDG data folder, so an installed file is always found again.
    public var defaultInstallDirectory: String {
        environment[Self.directoryVariable].flatMap { $0.isEmpty ? nil : $0 } ?? installDirectory
    }

    /// `$XDG_DATA_HOME/tunebench/encodings` (default `~/.local/share/tunebench/encodings`).
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

    /// The directories searched, in order, with where each comes from.
    public var places: [Place] {
        var places: [Place] = []
        func add(_ source: String, _ directory: String?, _ names: Place.Names) {
            guard let directory, !directory.isEmpty else { return }
            places.append(Place(source: source, directory: directory, names: names))
        }
        add(Self.sources[0], commandLineDirectory, .both)
        add(Self.sources[1], environment[Self.directoryVariable], .both)
        add(Self.sources[2], settingsDirectory, .both)
        add(Self.sources[3], tiktokenCacheDirectory, .tiktokenCache)
        add(Self.sources[4], installDirectory, .tunebench)
        return places
    }

    /// Every kind of place, in search order, whether set or not (`tunebench config` lists them all).
    public static let sources = ["--rank-dir", "$\(directoryVariable)", "project setting tokenizer.rank_dir",
                                 "tiktoken cache", "tokenizer install default"]

    /// Every path that may hold the encoding's rank file, in the order they are tried.
    public func candidates(for encoding: TiktokenEncoding) -> [String] {
        places.flatMap { place -> [String] in
            let names: [String]
            switch place.names {
            case .both: names = [encoding.rankFileName, encoding.tiktokenCacheName]
            case .tiktokenCache: names = [encoding.tiktokenCacheName]
            case .tunebench: names = [encoding.rankFileName]
            }
            return names.map { (place.directory as NSString).appendingPathComponent($0) }
        }
    }
}
