import Foundation

extension TokenCounter {
    /// The token count of every text, computed on all cores; the result is in the order of `texts`.
    ///
    /// Texts are handed out in contiguous chunks (a few per core), so the work scales with the number of cores.
    public func countAll(_ texts: [String]) -> [Int] {
        guard !texts.isEmpty else { return [] }
        var counts = [Int](repeating: 0, count: texts.count)
        let chunkCount = min(texts.count, ProcessInfo.processInfo.activeProcessorCount * 4)
        let chunkSize = (texts.count + chunkCount - 1) / chunkCount
        counts.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
                let start = chunk * chunkSize
                let end = min(start + chunkSize, texts.count)
                guard start < end else { return }
                for index in start..<end { output[index] = count(texts[index]) }
            }
        }
        return counts
    }

    /// The total token count of all texts, computed on all cores.
    public func countTotal(_ texts: [String]) -> Int {
        countAll(texts).reduce(0, +)
    }
}
