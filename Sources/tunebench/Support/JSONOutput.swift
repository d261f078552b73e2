import Foundation

/// Prints a value as JSON on standard output (or `handle`): pretty, keys sorted, so scripts and diffs see stable text.
func printJSON<T: Encodable>(_ value: T, to handle: FileHandle = .standardOutput) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(value)
    handle.write(data)
    handle.write(Data("\n".utf8))
}
