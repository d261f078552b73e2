import Foundation
import Testing
@testable import TuneBenchCore

/// Counts whitespace-separated words: a stand-in with a rule simple enough to check by eye; it only feeds the
/// max-tokens grader, whose comparison and labelling are what these tests check.
private struct GraderWordCounter: TokenCounter {
    var encodingName: String { "words" }
    var isExact: Bool { false }
    func count(_ text: String) -> Int { text.split(whereSeparator: \.isWhitespace).count }
}

@Suite("Local graders")
struct GraderTests {
    static let schemaFiles: [String: String] = [
        "person.json": """
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "person", "type": "object",
         "properties": {"name": {"type": "string", "pattern": "^[A-Z]"}, "age": {"type": "integer", "minimum": 0, "maximum": 150},
                        "role": {"enum": ["admin", "user"]}, "tags": {"type": "array", "items": {"type": "string"}},
                        "id": {"anyOf": [{"type": "integer"}, {"type": "string", "pattern": "^u-"}]}},
         "required": ["name", "age"], "additionalProperties": false}
        """,
        "open.json": #"{"type": ["object", "null"], "additionalProperties": {"type": "number"}}"#,
        "never.json": "false",
        "bad-keyword.json": #"{"type": "object", "oneOf": []}"#,
        "bad-type.json": #"{"type": "float"}"#,
        "tuple.json": #"{"items": [{"type": "string"}]}"#,
    ]

    static let registry = GraderRegistry.standard(tokenCounter: GraderWordCounter()) { path in
        guard let text = schemaFiles[path] else { throw CocoaError(.fileNoSuchFile) }
        return Data(text.utf8)
    }

    func verdict(_ spec: String, _ output: String, expected: String? = nil) throws -> GraderVerdict {
        try Self.registry.grader(for: spec).grade(GradingInput(id: "c1", output: output, expected: expected))
    }

    @Test("exact, normalized, contains")
    func text() throws {
        #expect(try verdict("exact", "Paris", expected: "Paris").pass)
        #expect(try !verdict("exact", "paris", expected: "Paris").pass)
        #expect(try verdict("normalized", "  the   Eiffel\n tower ", expected: "The Eiffel Tower").pass)
        #expect(try !verdict("normalized", "Eiffel", expected: "The Eiffel Tower").pass)
        #expect(try verdict("contains", "It is Paris.", expected: "Paris").pass)
        #expect(try verdict("contains:Par", "It is Paris.").pass)
        #expect(try !verdict("contains:London", "It is Paris.").pass)
        let missing = try verdict("exact", "x")
        #expect(!missing.pass && missing.reason == "no expected value for this case")
    }

    @Test("regex from the spec or from expected; colons inside the pattern are kept")
    func regex() throws {
        #expect(try verdict(#"regex:^\d{2}:\d{2}$"#, "12:30").pass)
        #expect(try !verdict(#"regex:^\d{2}:\d{2}$"#, "12:3").pass)
        #expect(try verdict("regex", "abc123", expected: "[0-9]+").pass)
        #expect(throws: EvalInputError.self) { try Self.registry.grader(for: "regex:(") }
    }

    @Test("numeric:TOL")
    func numeric() throws {
        #expect(try verdict("numeric:0.01", " 3.141 ", expected: "3.14159").pass)
        #expect(try !verdict("numeric:0.0001", "3.141", expected: "3.14159").pass)
        #expect(try verdict("numeric:0", "-2", expected: "-2.0").pass)
        #expect(try verdict("numeric:1", "about 3", expected: "3").reason == "output is not a number")
        #expect(throws: EvalInputError.self) { try Self.registry.grader(for: "numeric:-1") }
        #expect(throws: EvalInputError.self) { try Self.registry.grader(for: "numeric") }
    }

    @Test("max-tokens:N uses the injected counter and says when it estimates")
    func maxTokens() throws {
        let pass = try verdict("max-tokens:3", "one two three")
        #expect(pass.pass && pass.reason == "3 tokens (estimate) ≤ 3")
        #expect(try !verdict("max-tokens:3", "one two three four").pass)
        let noCounter = GraderRegistry.standard(tokenCounter: nil) { _ in Data() }
        #expect(throws: EvalInputError.self) { try noCounter.grader(for: "max-tokens:3") }
    }

    @Test("json-valid accepts any JSON value, rejects text around it")
    func jsonValid() throws {
        #expect(try verdict("json-valid", #"{"a": [1, 2, null]}"#).pass)
        #expect(try verdict("json-valid", "42").pass)
        #expect(try verdict("json-valid", #""text""#).pass)
        #expect(try !verdict("json-valid", #"{"a": 1,}"#).pass)
        #expect(try !verdict("json-valid", "Here you go: {}").pass)
        #expect(try verdict("json-valid", "[1,]").reason == "output is not valid JSON: line 1, column 4: unexpected character ']'")
        #expect(try verdict("json-valid", "{\n \"a\": 01}").reason == "output is not valid JSON: line 2, column 8: expected ',' or '}' in an object")
        #expect(try verdict("json-valid", #"["\u00e9\n", -1.5e+3, true, false, null, {}]"#).pass)
        #expect(try !verdict("json-valid", "\"tab\there\"" /* a raw tab inside a string */).pass)
        #expect(try !verdict("json-schema:open.json", #"{"a": 1,}"#).pass)
    }

    @Test("json-schema: the supported keywords", arguments: [
        (#"{"name": "Ada", "age": 36}"#, nil),
        (#"{"name": "Ada", "age": 36, "role": "admin", "tags": ["x"], "id": 7}"#, nil),
        (#"{"name": "Ada", "age": 36, "id": "u-1"}"#, nil),
        (#"{"name": "Ada"}"#, "$: missing required property 'age'"),
        (#"{"name": "ada", "age": 1}"#, #"$.name: "ada" does not match /^[A-Z]/"#),
        (#"{"name": "Ada", "age": 1.5}"#, "$.age: expected integer, got number"),
        (#"{"name": "Ada", "age": -1}"#, "$.age: -1 is below the minimum 0"),
        (#"{"name": "Ada", "age": 151}"#, "$.age: 151 is above the maximum 150"),
        (#"{"name": "Ada", "age": 1, "role": "root"}"#, #"$.role: "root" is not one of ["admin","user"]"#),
        (#"{"name": "Ada", "age": 1, "tags": ["a", 2]}"#, "$.tags[1]: expected string, got number"),
        (#"{"name": "Ada", "age": 1, "id": "x-1"}"#, "$.id: matches none of the 2 anyOf schemas"),
        (#"{"name": "Ada", "age": 1, "extra": true}"#, "$: property 'extra' is not allowed"),
        (#"[1]"#, "$: expected object, got array"),
        (#"{"name": "Ada", "age": true}"#, "$.age: expected integer, got boolean"),
    ] as [(String, String?)])
    func schema(output: String, failure: String?) throws {
        let result = try verdict("json-schema:person.json", output)
        #expect(result.pass == (failure == nil))
        #expect(result.reason == (failure ?? "output satisfies the schema"))
    }

    @Test("json-schema: type lists, schema-valued additionalProperties, false schema, not JSON")
    func schemaEdges() throws {
        #expect(try verdict("json-schema:open.json", "null").pass)
        #expect(try verdict("json-schema:open.json", #"{"a": 1, "b": 2.5}"#).pass)
        #expect(try verdict("json-schema:open.json", #"{"a": "x"}"#).reason == "$.a: expected number, got string")
        #expect(try verdict("json-schema:never.json", "1").reason == "$: no value is allowed here")
        #expect(try verdict("json-schema:open.json", "nope").reason.hasPrefix("output is not valid JSON"))
    }

    @Test("json-schema: refuses what it cannot check, naming file and path")
    func schemaRefusals() {
        func message(_ spec: String) -> String? {
            do { _ = try Self.registry.grader(for: spec); return nil } catch { return error.description }
        }
        #expect(message("json-schema:bad-keyword.json")?.hasPrefix("bad-keyword.json: #: unsupported JSON Schema keyword 'oneOf'") == true)
        #expect(message("json-schema:bad-type.json") == "bad-type.json: #: unknown type 'float'")
        #expect(message("json-schema:tuple.json")?.contains("tuple validation") == true)
        #expect(message("json-schema:missing.json") == "--grader json-schema:missing.json: cannot read schema file missing.json")
        #expect(message("json-schema") == "--grader json-schema: needs a schema file after the colon")
        #expect(message("bleu")?.contains("unknown grader 'bleu'") == true)
        #expect(message("exact:x") == "--grader exact:x: this grader takes no argument")
    }

    @Test("graders combine: all must pass, score is the mean, every verdict kept")
    func combine() throws {
        let graders = try ["contains:Paris", "max-tokens:2", "json-valid"].map { spec throws in try Self.registry.grader(for: spec) }
        let outputs = """
        {"id": "q1", "input": "Capital?", "output": "\\"Paris\\"", "expected": "Paris"}
        {"id": "q2", "input": "Capital?", "output": "Paris is the capital"}
        """
        let run = try EvalGrading.run(outputs: Data(outputs.utf8), fileName: "out.jsonl", graders: graders, name: "graded", rung: .prompt)
        #expect(run.source == "tunebench-grade" && run.rung == .prompt)
        #expect(run.cases.map(\.pass) == [true, false])
        #expect(run.cases[0].score == 1)
        #expect(abs(run.cases[1].score - 1.0 / 3) < 1e-12)
        #expect(run.cases[1].verdicts.map(\.pass) == [true, false, false])
        #expect(run.cases[1].metrics == ["contains:Paris": 1, "max-tokens:2": 0, "json-valid": 0])
        #expect(run.cases[0].expected == "Paris")
    }

    @Test("outputs file errors name the line")
    func outputsErrors() throws {
        let graders = [try Self.registry.grader(for: "exact")]
        do {
            _ = try EvalGrading.run(outputs: Data("{\"id\": 1, \"output\": \"a\"}\n{\"id\": 2}\n".utf8), fileName: "o.jsonl", graders: graders, name: "x")
            Issue.record("expected an error")
        } catch { #expect(error.description == "o.jsonl:2: record has no output") }
    }

    @Test("a registry takes new grader kinds")
    func register() throws {
        struct Upper: Grader {
            let spec = "upper"
            func grade(_ item: GradingInput) -> GraderVerdict {
                GraderVerdict(grader: spec, pass: item.output == item.output.uppercased(), score: 1, reason: "")
            }
        }
        var registry = GraderRegistry()
        registry.register("upper") { _, _ in Upper() }
        #expect(try registry.grader(for: "upper").grade(GradingInput(id: "1", output: "OK")).pass)
        #expect(registry.names == ["upper"])
    }
}
