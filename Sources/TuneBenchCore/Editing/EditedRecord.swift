/// Checks a record a reviewer edited (in `$EDITOR`, as pretty-printed JSON) before it may replace a stored
/// example: it must parse, be a JSON object, and still be a record of its dataset's format. What passes is
/// stored as one line of compact JSON (key order and number lexemes as typed), like an imported record.
public enum EditedRecord {
    /// The record as compact JSON text, or why it cannot be stored.
    public static func check(_ text: String, format: DatasetFormat) -> Result<String, EditedRecordError> {
        let value: JSONValue
        do throws(JSONParseError) {
            value = try JSONParser.parse(text)
        } catch {
            let (line, column) = position(ofByte: error.offset, in: text)
            return .failure(EditedRecordError(line: line, column: column, reason: error.reason))
        }
        guard case .object(let members) = value else {
            return .failure(EditedRecordError(reason: "the record must be a JSON object"))
        }
        if format == .csv {
            if let key = members.first(where: { if case .string = $0.value { false } else { true } })?.key {
                return .failure(EditedRecordError(reason: "a CSV record holds strings only; \"\(key)\" is not one"))
            }
        } else if DatasetFormat.recognise(value) != format {
            return .failure(EditedRecordError(reason: "the record is no longer \(format.rawValue) (\(expectedKeys(format)))"))
        }
        return .success(JSONWriter.string(value))
    }

    /// 1-based line and column (in characters) of a UTF-8 byte offset.
    static func position(ofByte offset: Int, in text: String) -> (line: Int, column: Int) {
        let prefix = text.utf8.prefix(offset)
        let line = prefix.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let lastLine = prefix.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).last ?? []
        return (line, String(decoding: lastLine, as: UTF8.self).count + 1)
    }

    private static func expectedKeys(_ format: DatasetFormat) -> String {
        switch format {
        case .openaiChat: "it needs a \"messages\" array"
        case .openaiPreference: "it needs \"input\" and \"preferred_output\""
        case .trlPreference: "it needs \"chosen\" and \"rejected\""
        case .promptCompletion: "it needs \"prompt\" and \"completion\""
        case .alpaca: "it needs \"instruction\" and \"output\""
        case .sharegpt: "it needs a \"conversations\" array"
        case .csv: "it needs string columns"
        }
    }
}

/// Why an edited record was not stored.
public struct EditedRecordError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Where the JSON stopped making sense (nil when it parsed but is the wrong shape).
    public var line: Int?
    public var column: Int?
    public var reason: String

    public init(line: Int? = nil, column: Int? = nil, reason: String) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    public var description: String {
        guard let line, let column else { return reason }
        return "invalid JSON at line \(line), column \(column): \(reason)"
    }
}
