import TuneBenchCore

/// Fuzzes the dataset importer for the `prompt-completion` format.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDataset(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    DatasetFuzzing.run(start, count, format: .promptCompletion)
    return 0
}
