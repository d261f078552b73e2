import Foundation

/// Eval files through the one `JSONParser`: syntax errors become `EvalInputError`s naming the file (or line) and
/// the line and column inside it.
extension JSONParser {
    /// Parses an eval file, record or schema strictly (RFC 8259).
    static func parse(_ data: Data, location: String) throws(EvalInputError) -> JSONValue {
        let result: Result<JSONValue, JSONParseError> = data.withUnsafeBytes { raw in
            Result { () throws(JSONParseError) in try parse(raw) }
        }
        switch result {
        case .success(let value): return value
        case .failure(let error): throw EvalInputError(location: location, message: "not valid JSON (\(error.positioned))")
        }
    }

    /// Parses an eval file, handing each element of the array at `path` to `element` (see `parse(_:streaming:element:)`).
    static func parse(_ data: Data, location: String, streaming path: [String],
                      element: @escaping ElementHandler) throws(EvalInputError) -> JSONValue {
        let result: Result<JSONValue, JSONStreamError> = data.withUnsafeBytes { raw in
            Result { () throws(JSONStreamError) in try parse(raw, streaming: path, element: element) }
        }
        switch result {
        case .success(let value): return value
        case .failure(.handler(let error)): throw error
        case .failure(.syntax(let error)): throw EvalInputError(location: location, message: "not valid JSON (\(error.positioned))")
        }
    }

    /// The top-level object's keys (see `topLevelKeys(_:)`).
    static func topLevelKeys(_ data: Data) -> Set<String>? {
        data.withUnsafeBytes { raw in topLevelKeys(raw) }
    }
}
