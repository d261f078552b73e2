/// What duplicate detection compares: the normalised conversation's text, hashed exactly and sketched for
/// similarity.
public struct ContentFingerprint: Sendable, Equatable {
    /// Hash of the roles, texts (trimmed), tool calls and tool definitions; equal for exact duplicates.
    public var exactHash: UInt64
    /// One-permutation MinHash sketch of the word 3-grams of the non-system text and tool calls
    /// (`MinHashSketch.size` values).
    public var sketch: [UInt16]

    public init(exactHash: UInt64, sketch: [UInt16]) {
        self.exactHash = exactHash
        self.sketch = sketch
    }

    /// The fingerprint of a normalised example. The rejected side of a preference pair counts as content.
    public init(of example: NormalisedExample) {
        var canonical: [UInt8] = []
        var text: [UInt8] = []
        for message in example.messages + (example.rejected ?? []) {
            canonical.append(contentsOf: (message["role"]?.stringValue ?? "").utf8)
            canonical.append(0x1F)
            var content = ContentText.text(of: message["content"]) ?? ""
            // System prompts are usually shared by a whole dataset: similarity is judged on the exchange.
            let isSystem = message["role"]?.stringValue == "system"
            content.withUTF8 { bytes in
                let trimmed = Self.trimmed(UnsafeRawBufferPointer(bytes))
                canonical.append(contentsOf: trimmed)
                if !isSystem {
                    text.append(contentsOf: trimmed)
                    text.append(0x20)
                }
            }
            if let calls = message["tool_calls"] {
                canonical.append(0x1F)
                JSONWriter.write(calls, into: &canonical)
                for call in calls.arrayValue ?? [] {
                    let function = call["function"]
                    text.append(contentsOf: (function?["name"]?.stringValue ?? "").utf8)
                    text.append(0x20)
                    text.append(contentsOf: (function?["arguments"]?.stringValue ?? "").utf8)
                    text.append(0x20)
                }
            }
            canonical.append(0x1E)
        }
        if let tools = example.chat["tools"] { JSONWriter.write(tools, into: &canonical) }
        exactHash = StableHash.hash(canonical)
        sketch = text.withUnsafeBytes { MinHashSketch.sketch(of: $0) }
    }
}

extension ContentFingerprint {
    /// The bytes without leading and trailing ASCII whitespace.
    static func trimmed(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer.SubSequence {
        var start = 0, end = bytes.count
        while start < end && [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        while end > start && [0x20, 0x09, 0x0A, 0x0D].contains(bytes[end - 1]) { end -= 1 }
        return bytes[start..<end]
    }
}

/// One-permutation MinHash (Li, Owen, Zhang 2012) over word 3-grams, with rotation densification: one hash per
/// shingle instead of one per permutation, so sketching costs about as much as reading the text.
public enum MinHashSketch {
    /// Values per sketch (32 bins of 16 bits: 64 bytes per example).
    public static let size = 32
    /// The value of every bin in the sketch of a text without words (such sketches are never near duplicates).
    public static let empty: UInt16 = .max

    /// The sketch of UTF-8 text; words are runs of bytes between ASCII whitespace, hashed inline (rotate-xor per
    /// byte, one multiply per word) so sketching costs about two cycles per byte.
    public static func sketch(of text: UnsafeRawBufferPointer) -> [UInt16] {
        var bins = [UInt32](repeating: .max, count: size)
        bins.withUnsafeMutableBufferPointer { bins in
            var w1: UInt64 = 0, w2: UInt64 = 0
            var words = 0
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var inWord = false
            @inline(__always) func add(_ shingle: UInt64) {
                var mixed = (shingle ^ (shingle >> 29)) &* 0xbf58_476d_1ce4_e5b9
                mixed ^= mixed >> 32
                let bin = Int(mixed >> 59)
                let value = UInt32(truncatingIfNeeded: (mixed >> 8) & 0xFFFF)
                if value < bins[bin] { bins[bin] = value }
            }
            @inline(__always) func endWord() {
                hash = (hash ^ (hash >> 31)) &* 0x9E37_79B9_7F4A_7C15
                words += 1
                if words >= 3 { add(w2 &* 0x9E37_79B9_7F4A_7C15 ^ w1 &* 0xC2B2_AE3D_27D4_EB4F ^ hash) }
                w2 = w1
                w1 = hash
                hash = 0xcbf2_9ce4_8422_2325
            }
            for byte in text {
                if isSpace(byte) {
                    if inWord { endWord(); inWord = false }
                } else {
                    hash = ((hash << 5) | (hash >> 59)) ^ UInt64(byte)
                    inWord = true
                }
            }
            if inWord { endWord() }
            if words == 1 { add(w1) } else if words == 2 { add(w2 &* 0x9E37_79B9_7F4A_7C15 ^ w1) }
        }
        // Densify: an empty bin borrows the next filled bin's value, offset so borrowed values rarely match by chance.
        var sketch = [UInt16](repeating: empty, count: size)
        guard bins.contains(where: { $0 != .max }) else { return sketch }
        for bin in 0..<size {
            var source = bin
            var steps: UInt32 = 0
            while bins[source] == .max { source = (source + 1) % size; steps += 1 }
            sketch[bin] = UInt16(truncatingIfNeeded: (bins[source] &+ steps &* 0x9E37) & 0xFFFF)
        }
        return sketch
    }

    @inline(__always) private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    /// The estimated Jaccard similarity of two sketches: the share of equal bins.
    public static func similarity(_ a: ArraySlice<UInt16>, _ b: ArraySlice<UInt16>) -> Double {
        var equal = 0
        for (x, y) in zip(a, b) where x == y { equal += 1 }
        return Double(equal) / Double(size)
    }
}
