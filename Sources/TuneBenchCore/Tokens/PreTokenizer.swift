/// Splits text into the pieces that byte-pair merging works on, like the regex of a tiktoken encoding.
protocol PreTokenizer {
    init(_ text: ClassifiedUTF8)
    /// The text being split.
    var text: ClassifiedUTF8 { get }
    /// The end of the piece that starts at byte `i` (< text.count); always > i.
    func pieceEnd(from i: Int) -> Int
}

extension ClassifiedUTF8 {
    /// Up to two more numbers after the first (`\p{N}{1,3}`).
    @inline(__always) func numberRunEnd(afterFirstAt start: Int) -> Int {
        var end = start
        for _ in 0..<2 {
            guard end < count else { break }
            let (flags, length) = scalar(at: end)
            guard flags.contains(.number) else { break }
            end += length
        }
        return end
    }
}
