import Foundation
import TuneBenchCore

/// Fuzzes the promptfoo importer on a JSON export (`promptfoo eval -o out.json`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    _ = try? EvalFileImport.runs(from: FuzzInput.data(start, count), fileName: "fuzz.json", format: .promptfoo)
    return 0
}
