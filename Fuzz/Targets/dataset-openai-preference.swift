import TuneBenchCore

/// Fuzzes the dataset importer for the `openai-preference` format.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDataset(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    DatasetFuzzing.run(start, count, format: .openaiPreference)
    return 0
}
