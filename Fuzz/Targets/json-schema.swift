import Foundation
import TuneBenchCore

/// Fuzzes the JSON Schema subset: loading the input as a schema, then checking the input itself and a few fixed values against it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = FuzzInput.data(start, count)
    guard let schema = try? JSONSchema(data: data, fileName: "fuzz.json") else { return 0 }
    let values = [data, Data("{\"a\":[1,2.5,\"x\",null,true],\"b\":{\"c\":-1e308}}".utf8), Data("\"text\"".utf8), Data("12".utf8)]
    for value in values {
        if let parsed = try? JSONParser.parse([UInt8](value)) { _ = schema.firstViolation(parsed) }
    }
    return 0
}
