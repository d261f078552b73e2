import TuneBenchCore

extension ProjectStore {
    /// Settings key: a folder holding tiktoken rank files, searched before the tiktoken cache and the XDG folder.
    public static let tokenizerRankDirectoryKey = "tokenizer.rank_dir"
    /// Settings key: the encoding the project's token figures use (`o200k_base` unless set).
    public static let tokenizerEncodingKey = "tokenizer.encoding"

    /// The project's token counter: the exact tokenizer of its encoding when a rank file is found (settings
    /// folder, `TIKTOKEN_CACHE_DIR`, `$XDG_DATA_HOME/tunebench/encodings`), else the labelled estimator with the
    /// reason. Every command and pane that counts tokens takes it from here.
    /// - Parameter rankDirectory: a directory given on the command line (`--rank-dir`), searched first.
    public func tokenCounter(rankDirectory: String? = nil) throws -> ResolvedTokenCounter {
        let encoding = try setting(Self.tokenizerEncodingKey).flatMap(TiktokenEncoding.init(rawValue:)) ?? .o200kBase
        let locator = RankFileLocator(commandLineDirectory: rankDirectory,
                                      settingsDirectory: try setting(Self.tokenizerRankDirectoryKey))
        return TokenizerCatalog(locator: locator).counter(for: encoding)
    }
}
