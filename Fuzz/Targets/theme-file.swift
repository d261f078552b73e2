import TerminalUI

/// Fuzzes theme files (TOML, `themes/*.toml`): ThemeFile and ThemeError are compiled in from
/// Sources/TuneBenchApp/Themes, with TerminalUI (colour parsing, attributes) and TOMLKit instrumented.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    _ = try? ThemeFile.parse(text, path: "fuzz.toml", name: "fuzz", base: .mono)
    return 0
}
