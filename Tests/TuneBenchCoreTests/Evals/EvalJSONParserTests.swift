import Foundation
import Testing
@testable import TuneBenchCore

@Suite("Strict JSON parsing of eval files")
struct EvalJSONParserTests {
    func parse(_ text: String) -> Result<EvalJSON, EvalInputError> {
        Result { () throws(EvalInputError) in try EvalJSON.parse(Data(text.utf8), location: "f.json") }
    }

    @Test("values, escapes and surrogate pairs")
    func values() throws {
        let value = try parse(#"{"a": [1, -2.5e2, 0, true, false, null], "s": "q\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00", "o": {}}"#).get()
        #expect(value["a"] == .array([.number(1), .number(-250), .number(0), .bool(true), .bool(false), .null]))
        #expect(value["s"] == .string("q\"\\/\u{8}\u{c}\n\r\té😀"))
        #expect(value["o"] == .object([:]))
        #expect(try parse(" \"plain\" ").get() == .string("plain"))
        #expect(try parse("12345678901234567890").get() == .number(12345678901234567168))  // the nearest Double
    }

    @Test("refusals carry line and column", arguments: [
        ("[1,]", "line 1, column 4: unexpected character"),
        ("{\"a\": 1,}", "line 1, column 9: expected a string key"),
        ("[01]", "line 1, column 3: expected , or ]"),
        ("{\n  \"a\" 1}", "line 2, column 7: expected :"),
        ("\"tab\there\"", "line 1, column 5: control character in string"),
        ("[1] x", "line 1, column 5: unexpected text after the JSON value"),
        ("nul", "line 1, column 1: expected null"),
        ("\"\\x\"", "line 1, column 3: bad escape"),
        ("[1.]", "line 1, column 4: expected a digit after the decimal point"),
        ("", "line 1, column 1: unexpected end of text"),
    ])
    func refusals(text: String, message: String) {
        guard case .failure(let error) = parse(text) else { Issue.record("accepted \(text)"); return }
        #expect(error.location == "f.json")
        #expect(error.message == "not valid JSON (\(message))")
    }

    @Test("deep nesting is refused, not a stack overflow")
    func depth() {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        guard case .failure(let error) = parse(text) else { Issue.record("accepted"); return }
        #expect(error.message.contains("nested too deeply"))
    }

    @Test("canonical text sorts keys and round-trips")
    func canonical() throws {
        let value = try parse(#"{"b": [1, 2.5, "x\n"], "a": null}"#).get()
        #expect(value.canonicalText == #"{"a":null,"b":[1,2.5,"x\n"]}"#)
        #expect(try parse(value.canonicalText).get() == value)
    }
}
