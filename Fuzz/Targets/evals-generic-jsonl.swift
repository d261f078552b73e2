import Foundation
import TuneBenchCore

/// Fuzzes the generic JSON Lines eval importer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    _ = try? EvalFileImport.runs(from: FuzzInput.data(start, count), fileName: "fuzz.jsonl", format: .jsonl)
    return 0
}
