import Foundation
import Testing
@testable import TuneBenchCore

@Suite("Eval files through the one JSON parser: strictness, line and column, streaming")
struct EvalJSONInputTests {
    func parse(_ text: String) -> Result<JSONValue, EvalInputError> {
        Result { () throws(EvalInputError) in try JSONParser.parse(Data(text.utf8), location: "f.json") }
    }

    @Test("values, escapes and surrogate pairs")
    func values() throws {
        let value = try parse(#"{"a": [1, -2.5e2, 0, true, false, null], "s": "q\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00", "o": {}}"#).get()
        #expect(value["a"] == .array([.number("1"), .number("-2.5e2"), .number("0"), .bool(true), .bool(false), .null]))
        #expect(value["a"]?.arrayValue?.map(\.numberValue) == [1, -250, 0, nil, nil, nil])
        #expect(value["s"] == .string("q\"\\/\u{8}\u{c}\n\r\té😀"))
        #expect(value["o"] == .object([]))
        #expect(try parse(" \"plain\" ").get() == .string("plain"))
        // The lexeme is kept exactly; its Double is the nearest one.
        #expect(try parse("12345678901234567890").get() == .number("12345678901234567890"))
        #expect(try parse("12345678901234567890").get().numberValue == 12345678901234567168)
    }

    @Test("refusals carry line and column", arguments: [
        ("[1,]", "line 1, column 4: unexpected character ']'"),
        ("{\"a\": 1,}", "line 1, column 9: expected a string key"),
        ("[01]", "line 1, column 3: expected ',' or ']' in an array"),
        ("{\n  \"a\" 1}", "line 2, column 7: expected ':' after key"),
        ("\"tab\there\"", "line 1, column 5: control character in a string"),
        ("[1] x", "line 1, column 5: unexpected text after the JSON value"),
        ("nul", "line 1, column 1: unexpected end of input"),
        ("nulx", "line 1, column 1: expected null"),
        ("\"\\x\"", "line 1, column 3: invalid escape '\\x'"),
        ("[1.]", "line 1, column 4: expected a digit after the decimal point"),
        ("[1e]", "line 1, column 4: expected a digit in the exponent"),
        ("[-]", "line 1, column 3: expected a digit"),
        ("", "line 1, column 1: unexpected end of input"),
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
        #expect(error.message.contains("nested deeper than 512 levels"))
    }

    @Test("canonical text sorts keys and round-trips")
    func canonical() throws {
        let value = try parse(#"{"b": [1, 2.5, "x\n"], "a": null}"#).get()
        #expect(value.canonicalText == #"{"a":null,"b":[1,2.5,"x\n"]}"#)
        #expect(try parse(value.canonicalText).get().canonicalText == value.canonicalText)
    }

    @Test("top-level keys without building values")
    func topLevelKeys() {
        #expect(JSONParser.topLevelKeys(Data(#"{"eval": {"a": [1, "x\"y"]}, "samples": [], "v": 2}"#.utf8)) == ["eval", "samples", "v"])
        #expect(JSONParser.topLevelKeys(Data("[1]".utf8)) == nil)
        #expect(JSONParser.topLevelKeys(Data(#"{"a": [1, }"#.utf8)) == nil)
        #expect(JSONParser.topLevelKeys(Data("{}".utf8)) == [])
    }

    @Test("streaming hands over each element of one array and keeps it empty")
    func streaming() throws {
        let text = #"{"results": {"version": 3, "results": [{"n": 1}, {"n": 2}], "other": [9]}, "results2": [7]}"#
        var seen: [(JSONValue, Int)] = []
        let root = try JSONParser.parse(Data(text.utf8), location: "f.json", streaming: ["results", "results"]) { element, index in
            seen.append((element, index))
        }
        #expect(seen.map(\.1) == [0, 1])
        #expect(seen.map { $0.0["n"] } == [.number("1"), .number("2")])
        #expect(root["results"]?["results"] == .array([]))
        #expect(root["results"]?["other"] == .array([.number("9")]))
        #expect(root["results2"] == .array([.number("7")]))
    }

    @Test("an importer's error stops a streamed parse and keeps its location; syntax errors keep theirs")
    func streamingErrors() {
        let text = #"{"samples": [{"id": 1}, {"id": 2}]}"#
        do {
            _ = try JSONParser.parse(Data(text.utf8), location: "f.json", streaming: ["samples"]) { _, index throws(EvalInputError) in
                if index == 1 { throw EvalInputError(location: "f.json: samples[1]", message: "bad") }
            }
            Issue.record("expected an error")
        } catch { #expect(error.description == "f.json: samples[1]: bad") }
        do {
            _ = try JSONParser.parse(Data(#"{"samples": [1,]}"#.utf8), location: "f.json", streaming: ["samples"]) { _, _ in }
            Issue.record("expected an error")
        } catch { #expect(error.description == "f.json: not valid JSON (line 1, column 16: unexpected character ']')") }
    }
}
