/// The tiktoken encodings tunebench counts exactly, with the published facts about their rank files.
public enum TiktokenEncoding: String, CaseIterable, Sendable, CustomStringConvertible {
    /// gpt-4, gpt-3.5-turbo, the text-embedding-3 models.
    case cl100kBase = "cl100k_base"
    /// gpt-4o, gpt-4o-mini, gpt-4.1, the o-series.
    case o200kBase = "o200k_base"

    /// The encoding's name as tiktoken spells it.
    public var description: String { rawValue }

    /// The sha256 of the rank file tiktoken downloads (and checks).
    public var rankFileSHA256: String {
        switch self {
        case .cl100kBase: "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7"
        case .o200kBase: "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d"
        }
    }

    /// Number of mergeable ranks (lines) in the rank file.
    public var mergeableRankCount: Int {
        switch self {
        case .cl100kBase: 100_256
        case .o200kBase: 199_998
        }
    }

    /// The file name tiktoken caches the rank file under: the sha1 of the URL it downloads the file from.
    public var tiktokenCacheName: String {
        switch self {
        case .cl100kBase: "9b5ad71b2ce5302211f9c61530b329a4922fc6a4"
        case .o200kBase: "fb374d419588a4632f3f557e76b4b70aebbca790"
        }
    }

    /// The file name tunebench installs the rank file under.
    public var rankFileName: String { "\(rawValue).tiktoken" }

    /// The pre-tokenizer pattern of the encoding.
    public var splitPattern: SplitPattern {
        switch self {
        case .cl100kBase: .cl100k
        case .o200kBase: .o200k
        }
    }
}

/// The pre-tokenizer patterns tunebench implements (hand-written scanners of tiktoken's regexes).
public enum SplitPattern: Sendable {
    /// cl100k_base's pattern.
    case cl100k
    /// o200k_base's pattern.
    case o200k
}
