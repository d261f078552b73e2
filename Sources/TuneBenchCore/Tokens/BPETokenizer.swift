import Foundation

/// A tiktoken-compatible byte-level BPE tokenizer: the same ids as tiktoken's `encode_ordinary` (special-token
/// strings such as `<|endoftext|>` are encoded as ordinary text).
///
///     let tokenizer = try BPETokenizer(encoding: .o200kBase, rankFile: path)
///     tokenizer.count("Hello world")   // 2
///
/// A value type over an immutable, shared vocabulary: copy it freely and use it from any number of threads.
public struct BPETokenizer: TokenCounter {
    public let encodingName: String
    /// Always true: counts equal the provider's.
    public let isExact = true
    /// The pre-tokenizer pattern.
    public let splitPattern: SplitPattern
    /// The rank file the vocabulary was read from.
    public let rankFilePath: String
    /// Number of tokens in the vocabulary.
    public var vocabularySize: Int { vocabulary.count }

    let vocabulary: ByteVocabulary
    private let workspaces: MergeWorkspacePool

    /// Loads a known encoding from its rank file, refusing a file whose sha256 is not the published one.
    public init(encoding: TiktokenEncoding, rankFile path: String) throws(RankFileError) {
        vocabulary = try RankFile.load(path: path, expectedSHA256: encoding.rankFileSHA256)
        workspaces = MergeWorkspacePool(vocabulary: vocabulary)
        rankFilePath = path
        encodingName = encoding.rawValue
        splitPattern = encoding.splitPattern
    }

    /// Builds a tokenizer from rank-file bytes under a name and pattern of the caller's choosing; the sha256 is
    /// checked when given.
    public init(name: String, splitPattern: SplitPattern, rankFileBytes: [UInt8], path: String, expectedSHA256: String?) throws(RankFileError) {
        vocabulary = try RankFile.parse(rankFileBytes, path: path, expectedSHA256: expectedSHA256)
        workspaces = MergeWorkspacePool(vocabulary: vocabulary)
        rankFilePath = path
        encodingName = name
        self.splitPattern = splitPattern
    }

    /// The token ids of `text`.
    public func encode(_ text: String) -> [Int] {
        var ids: [Int] = []
        ids.reserveCapacity(text.utf8.count / 3)
        forEachPiece(of: text) { tokens, count in
            for k in 0..<count { ids.append(Int(tokens[k])) }
        }
        return ids
    }

    /// The number of tokens of `text`. A text of a megabyte or more is counted on all cores (see
    /// `LineBoundaries`); the count is the same.
    public func count(_ text: String) -> Int {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { buffer in
            guard buffer.count >= LineBoundaries.parallelThreshold else { return count(buffer) }
            let chunks = LineBoundaries.chunks(of: buffer, count: ProcessInfo.processInfo.activeProcessorCount * 4)
            let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: chunks.count)
            defer { counts.deallocate() }
            // Each iteration reads its own part of the text and writes its own slot.
            nonisolated(unsafe) let input = buffer, output = counts
            DispatchQueue.concurrentPerform(iterations: chunks.count) { index in
                output[index] = count(UnsafeBufferPointer(rebasing: input[chunks[index]]))
            }
            return counts.reduce(0, +)
        } ?? 0
    }

    private func count(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
        let classified = ClassifiedUTF8(buffer)
        switch splitPattern {
        case .cl100k: return countPieces(Cl100kPreTokenizer(classified))
        case .o200k: return countPieces(O200kPreTokenizer(classified))
        }
    }

    /// The tokens of every piece, counted without handing them out (cached pieces are not copied).
    @inline(__always) private func countPieces<P: PreTokenizer>(_ splitter: P) -> Int {
        workspaces.withWorkspace { merger in
            let text = splitter.text
            var total = 0
            var start = 0
            while start < text.count {
                let end = splitter.pieceEnd(from: start)
                total += merger.count(text.bytes + start, end - start)
                start = end
            }
            return total
        }
    }

    /// Splits, merges and hands each piece's tokens to `body`.
    private func forEachPiece(of text: String, _ body: (UnsafePointer<UInt32>, Int) -> Void) {
        var text = text
        text.makeContiguousUTF8()
        text.utf8.withContiguousStorageIfAvailable { forEachPiece(of: $0, body) }
    }

    private func forEachPiece(of buffer: UnsafeBufferPointer<UInt8>, _ body: (UnsafePointer<UInt32>, Int) -> Void) {
        let classified = ClassifiedUTF8(buffer)
        switch splitPattern {
        case .cl100k: run(Cl100kPreTokenizer(classified), body)
        case .o200k: run(O200kPreTokenizer(classified), body)
        }
    }

    @inline(__always) private func run<P: PreTokenizer>(_ splitter: P, _ body: (UnsafePointer<UInt32>, Int) -> Void) {
        workspaces.withWorkspace { merger in
            let text = splitter.text
            var start = 0
            while start < text.count {
                let end = splitter.pieceEnd(from: start)
                let produced = merger.merge(text.bytes + start, end - start)
                body(merger.ids, produced)
                start = end
            }
        }
    }
}
