import Foundation

extension TiktokenEncoding {
    /// The encoding a model's API counts with, or nil when tunebench knows none (counts are then estimates).
    ///
    /// Follows tiktoken's model table: gpt-4o*, chatgpt-4o*, gpt-4.1*, gpt-4.5*, gpt-5* and the o-series (o1, o3,
    /// o4-mini) use o200k_base; gpt-4*, gpt-3.5*, gpt-35* (Azure), davinci-002, babbage-002 and the text-embedding
    /// models use cl100k_base. Accepts fine-tune names (`ft:gpt-4o-mini-2024-07-18:org::id`) and provider prefixes
    /// (`openai/gpt-4o`), in any case.
    public static func forModel(_ model: String) -> TiktokenEncoding? {
        var name = model.lowercased().trimmingCharacters(in: .whitespaces)
        if let slash = name.lastIndex(of: "/") { name = String(name[name.index(after: slash)...]) }
        if name.hasPrefix("ft:") { name = String(name.dropFirst(3)) }
        let o200kPrefixes = ["gpt-4o", "chatgpt-4o", "gpt-4.1", "gpt-4.5", "gpt-5"]
        if o200kPrefixes.contains(where: name.hasPrefix) || isOSeries(name) { return .o200kBase }
        let cl100kPrefixes = ["gpt-4", "gpt-3.5", "gpt-35", "davinci-002", "babbage-002", "text-embedding-ada-002", "text-embedding-3"]
        if cl100kPrefixes.contains(where: name.hasPrefix) { return .cl100kBase }
        return nil
    }

    /// o1, o1-mini, o3-2025-04-16, o4-mini…: the letter o, a digit, then the end or a dash.
    private static func isOSeries(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        guard scalars.count >= 2, scalars[0] == "o", scalars[1].properties.numericType == .decimal, scalars[1].isASCII else { return false }
        return scalars.count == 2 || scalars[2] == "-"
    }
}
