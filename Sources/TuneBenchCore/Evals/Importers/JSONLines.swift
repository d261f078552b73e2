import Foundation

/// The non-blank lines of a JSONL file with their 1-based line numbers (a trailing `\r` is dropped).
struct JSONLines: Sequence {
    struct Line {
        var number: Int
        var bytes: Data
    }

    let data: Data

    init(_ data: Data) { self.data = data }

    func makeIterator() -> AnyIterator<Line> {
        var start = data.startIndex
        var number = 0
        let data = self.data
        return AnyIterator {
            while start < data.endIndex {
                number += 1
                let end = data[start...].firstIndex(of: UInt8(ascii: "\n")) ?? data.endIndex
                var lineEnd = end
                if lineEnd > start, data[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
                let line = data[start..<lineEnd]
                start = end < data.endIndex ? end + 1 : data.endIndex
                if line.contains(where: { $0 != 0x20 && $0 != 0x09 }) { return Line(number: number, bytes: Data(line)) }
            }
            return nil
        }
    }
}
