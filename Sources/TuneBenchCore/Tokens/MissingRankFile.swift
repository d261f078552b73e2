/// No usable rank file for an encoding: where tunebench looked, what it rejected, and how to install one.
public struct MissingRankFile: Error, Equatable, Sendable, CustomStringConvertible {
    /// The encoding asked for.
    public let encoding: TiktokenEncoding
    /// Every path tried, in order.
    public let searched: [String]
    /// Files found but refused (wrong hash, unreadable), with why.
    public let rejected: [String]

    public var description: String {
        var lines = ["no rank file for \(encoding.rawValue) (\(encoding.rankFileName)); looked in:"]
        lines += searched.map { "  \($0)" }
        lines += rejected.map { "  rejected: \($0)" }
        lines.append("install it with `tunebench tokenizer install`, point TUNEBENCH_RANK_DIR (or --rank-dir) at a folder "
            + "holding it, or TIKTOKEN_CACHE_DIR at a tiktoken cache")
        return lines.joined(separator: "\n")
    }
}
