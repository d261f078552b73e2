import Foundation
import TuneBenchCore

/// Fuzzes the generic CSV eval importer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    _ = try? EvalFileImport.runs(from: FuzzInput.data(start, count), fileName: "fuzz.csv", format: .csv)
    return 0
}
