import Foundation
import TuneBenchCore

/// Fuzzes the one JSON parser (`JSONParser`, every dataset record and eval file goes through it): it must never
/// crash or hang; what it accepts must survive a write-and-reparse unchanged (compact and canonical text); the
/// streaming parse must accept and refuse exactly what the plain parse does, at the same place; `topLevelKeys`
/// must list an accepted object's keys; an error's line and column must match its offset.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = [UInt8](FuzzInput.data(start, count))
    bytes.withUnsafeBytes { buffer in
        let plain = Result { () throws(JSONParseError) in try JSONParser.parse(buffer) }
        let streamed = Result { () throws(JSONStreamError) in
            try JSONParser.parse(buffer, streaming: ["a"]) { _, _ in }
        }
        switch (plain, streamed) {
        case (.success(let value), .success):
            check(value, buffer)
        case (.failure(let error), .failure(.syntax(let streamError))):
            precondition(error.offset == streamError.offset, "streamed parse stopped elsewhere: \(error) / \(streamError)")
            let before = bytes.prefix(error.offset)
            precondition(error.line == before.filter { $0 == 0x0A }.count + 1, "wrong line in \(error.positioned)")
            let lineStart = (before.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
            precondition(error.column == error.offset - lineStart + 1, "wrong column in \(error.positioned)")
        default:
            preconditionFailure("plain and streamed parses disagree")
        }
    }
    return 0
}

private func check(_ value: JSONValue, _ buffer: UnsafeRawBufferPointer) {
    guard UTF8Validation.firstInvalidOffset(buffer) == nil else { return }  // records are checked for UTF-8 first
    let compact = JSONWriter.string(value)
    precondition((try? JSONParser.parse(compact)) == value, "compact text does not reparse to the value: \(compact)")
    let canonical = value.canonicalText
    guard let reparsed = try? JSONParser.parse(canonical) else { preconditionFailure("canonical text is not JSON: \(canonical)") }
    precondition(reparsed.canonicalText == canonical, "canonical text is not stable: \(canonical)")
    if case .object(let members) = value {
        precondition(JSONParser.topLevelKeys(buffer) == Set(members.map(\.key)), "topLevelKeys disagrees with the parse")
    }
}
