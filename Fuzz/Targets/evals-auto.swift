import Foundation
import TuneBenchCore

/// Fuzzes eval format detection (`tunebench evals import` without --format) on a .json file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    _ = try? EvalFileImport.runs(from: FuzzInput.data(start, count), fileName: "fuzz.json")
    return 0
}
