import Testing
import TuneBenchCore

@Suite struct JSONParserTests {
    @Test func keepsKeyOrderAndNumberLexemes() throws {
        let value = try JSONParser.parse(#"{"b": 1.0, "a": [true, null, -2e3], "c": {"x": "y"}}"#)
        #expect(value.objectMembers?.map(\.key) == ["b", "a", "c"])
        #expect(value["b"] == .number("1.0"))
        #expect(value["a"] == .array([.bool(true), .null, .number("-2e3")]))
        #expect(JSONWriter.string(value) == #"{"b":1.0,"a":[true,null,-2e3],"c":{"x":"y"}}"#)
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try JSONParser.parse(#""tab\there \"q\" \u00e9 \ud83d\ude00 \/""#)
        #expect(value == .string("tab\there \"q\" é 😀 /"))
        #expect(try JSONParser.parse(JSONWriter.string(value)) == value)
    }

    @Test(arguments: [
        ("{\"a\": 1", "unexpected end of input in an object"),
        ("{\"a\" 1}", "expected ':' after key"),
        ("[1, 2,]", "unexpected character ']'"),
        ("{\"a\": 01}", "expected ',' or '}' in an object"),
        ("\"x\ny\"", "control character in a string"),
        ("tru", "unexpected end of input"),
        ("{} {}", "unexpected text after the JSON value"),
    ])
    func rejectsMalformedJSON(input: String, reason: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(input) }
        do {
            _ = try JSONParser.parse(input)
        } catch {
            #expect(error.reason.hasPrefix(reason) || error.reason == reason, "\(input): \(error.reason)")
        }
    }

    @Test func findsInvalidUTF8() {
        let valid = Array("héllo 日本 😀".utf8)
        #expect(valid.withUnsafeBytes { UTF8Validation.firstInvalidOffset($0) } == nil)
        let cases: [[UInt8]] = [[0x61, 0xFF], [0x61, 0x62, 0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE6, 0x97], [0xF4, 0x90, 0x80, 0x80]]
        for bytes in cases {
            #expect(bytes.withUnsafeBytes { UTF8Validation.firstInvalidOffset($0) } != nil, "\(bytes)")
        }
        #expect(([0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0xFF] as [UInt8]).withUnsafeBytes { UTF8Validation.firstInvalidOffset($0) } == 9)
    }
}
