import Foundation
import TuneBenchCore

/// Fuzzes the inspect importer on a `.eval` log (a zip archive of JSON entries).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    _ = try? EvalFileImport.runs(from: FuzzInput.data(start, count), fileName: "fuzz.eval", format: .inspect)
    return 0
}
