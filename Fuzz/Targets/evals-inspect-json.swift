import Foundation
import TuneBenchCore

/// Fuzzes the inspect importer on a JSON log.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    _ = try? EvalFileImport.runs(from: FuzzInput.data(start, count), fileName: "fuzz.json", format: .inspect)
    return 0
}
