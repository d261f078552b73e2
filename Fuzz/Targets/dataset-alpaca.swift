import TuneBenchCore

/// Fuzzes the dataset importer for the `alpaca` format.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDataset(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    DatasetFuzzing.run(start, count, format: .alpaca)
    return 0
}
