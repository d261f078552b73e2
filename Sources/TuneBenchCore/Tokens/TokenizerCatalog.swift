import Foundation
import Synchronization

/// Finds, loads and keeps tokenizers for the life of the process: every caller asking for the same rank file
/// shares one loaded vocabulary.
public struct TokenizerCatalog: Sendable {
    /// Where rank files are looked for.
    public let locator: RankFileLocator

    public init(locator: RankFileLocator = RankFileLocator()) {
        self.locator = locator
    }

    /// The exact tokenizer for `encoding`, from the first candidate file that loads with the published hash.
    public func tokenizer(for encoding: TiktokenEncoding) throws(MissingRankFile) -> BPETokenizer {
        let candidates = locator.candidates(for: encoding)
        var rejected: [String] = []
        for path in candidates {
            if let loaded = Self.loaded.withLock({ $0[path] }) { return loaded }
            guard FileManager.default.fileExists(atPath: path) else { continue }
            do {
                let tokenizer = try BPETokenizer(encoding: encoding, rankFile: path)
                Self.loaded.withLock { $0[path] = tokenizer }
                return tokenizer
            } catch {
                rejected.append(error.description)
            }
        }
        throw MissingRankFile(encoding: encoding, searched: candidates, rejected: rejected)
    }

    /// An exact counter for `encoding` when its rank file is available, else the estimator with the reason.
    public func counter(for encoding: TiktokenEncoding) -> ResolvedTokenCounter {
        do {
            return ResolvedTokenCounter(counter: try tokenizer(for: encoding), fallbackReason: nil)
        } catch {
            return ResolvedTokenCounter(counter: EstimatedTokenCounter(), fallbackReason: error.description)
        }
    }

    /// The counter for a model: its encoding's (see `TiktokenEncoding.forModel`), else the estimator, labelled.
    public func counter(forModel model: String) -> ResolvedTokenCounter {
        guard let encoding = TiktokenEncoding.forModel(model) else {
            return ResolvedTokenCounter(
                counter: EstimatedTokenCounter(),
                fallbackReason: "no known tokenizer for model \(model); counts are estimates"
            )
        }
        return counter(for: encoding)
    }

    private static let loaded = Mutex<[String: BPETokenizer]>([:])
}

/// A token counter chosen for an encoding or model, and, when it is an estimate, why.
public struct ResolvedTokenCounter: Sendable {
    /// The counter to use; `counter.isExact` tells whether figures must be labelled as estimates.
    public let counter: any TokenCounter
    /// Why the exact tokenizer could not be used, or nil when it is used.
    public let fallbackReason: String?
}
