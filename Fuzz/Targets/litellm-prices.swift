import Foundation
import TuneBenchCore

/// Fuzzes the LiteLLM price table importer (`tunebench prices import`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    _ = try? LiteLLMPriceImporter.importPrices(from: FuzzInput.data(start, count), fileName: "fuzz.json", asOf: "2026-11-25")
    return 0
}
