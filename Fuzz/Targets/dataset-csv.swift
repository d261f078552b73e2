import TuneBenchCore

/// Fuzzes the dataset importer for the `csv` format.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDataset(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    DatasetFuzzing.run(start, count, format: .csv)
    return 0
}
