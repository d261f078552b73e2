/// Where a long text can be cut so that counting the parts gives the count of the whole: right after a line feed
/// that is followed by an ASCII letter or digit.
///
/// No piece of either pre-tokenizer crosses such a point: the word alternatives' optional prefix excludes line
/// breaks, punctuation runs take trailing line breaks (and, in o200k, slashes) but stop at a letter or digit, and
/// every whitespace alternative ends at or before the end of a whitespace run (a run that ends the part is cut at
/// its last line break, as `\s*[\r\n]` cuts it in the whole text). BPE merges stay inside pieces.
enum LineBoundaries {
    /// Texts of at least this many bytes are worth cutting.
    static let parallelThreshold = 1 << 20

    /// Byte ranges covering `bytes` in order, about `count` of them, cut only at safe points.
    static func chunks(of bytes: UnsafeBufferPointer<UInt8>, count: Int) -> [Range<Int>] {
        let target = max(bytes.count / max(count, 1), 64 * 1024)
        var ranges: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            var cut = start + target
            while cut < bytes.count && !isSafeCut(bytes, cut) { cut += 1 }
            cut = min(cut, bytes.count)
            ranges.append(start..<cut)
            start = cut
        }
        return ranges
    }

    /// True when `i` follows a line feed and starts with an ASCII letter or digit.
    @inline(__always) private static func isSafeCut(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i > 0, bytes[i - 1] == 0x0A else { return false }
        let byte = bytes[i] | 0x20
        return (byte >= 0x61 && byte <= 0x7A) || (bytes[i] >= 0x30 && bytes[i] <= 0x39)
    }
}
