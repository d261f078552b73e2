/// What a command line asks to count with: an encoding by name, a model, or neither.
public enum TokenizerSelection: Sendable, Equatable {
    /// `cl100k_base`, `o200k_base`, or `estimate`.
    case encoding(String)
    /// A model name, counted with its encoding (see `TiktokenEncoding.forModel`).
    case model(String)
    /// No choice given: o200k_base, the encoding of the current models.
    case defaultEncoding
}

/// Why a selected counter cannot be used.
public enum TokenizerSelectionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The encoding name is not one tunebench knows.
    case unknownEncoding(String)
    /// An exact encoding was asked for and its rank file is not available.
    case missingRankFile(MissingRankFile)

    public var description: String {
        switch self {
        case .unknownEncoding(let name):
            let known = TiktokenEncoding.allCases.map(\.rawValue) + [EstimatedTokenCounter().encodingName]
            return "unknown encoding \(name); use one of \(known.joined(separator: ", "))"
        case .missingRankFile(let missing):
            return missing.description
        }
    }
}

extension TokenizerCatalog {
    /// The counter for a selection. An exact encoding whose rank file is missing is an error (never silently
    /// estimated); the estimator is used when asked for by name or for a model with no known encoding, and then
    /// `fallbackReason` says so.
    public func counter(for selection: TokenizerSelection) throws(TokenizerSelectionError) -> ResolvedTokenCounter {
        let encoding: TiktokenEncoding
        switch selection {
        case .encoding(let name):
            if name == EstimatedTokenCounter().encodingName {
                return ResolvedTokenCounter(counter: EstimatedTokenCounter(), fallbackReason: "counts are estimates, as asked")
            }
            guard let known = TiktokenEncoding(rawValue: name) else { throw .unknownEncoding(name) }
            encoding = known
        case .model(let model):
            guard let known = TiktokenEncoding.forModel(model) else { return counter(forModel: model) }
            encoding = known
        case .defaultEncoding:
            encoding = .o200kBase
        }
        do {
            return ResolvedTokenCounter(counter: try tokenizer(for: encoding), fallbackReason: nil)
        } catch {
            throw .missingRankFile(error)
        }
    }
}
