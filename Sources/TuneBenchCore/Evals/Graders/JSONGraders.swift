import Foundation

/// `json-valid`: the whole output (trimmed) is one JSON value.
struct JSONValidGrader: Grader {
    let spec = "json-valid"

    func grade(_ item: GradingInput) -> GraderVerdict {
        switch EvalJSONParser.parse(Data(item.output.utf8)) {
        case .success: return verdict(true, "output is valid JSON")
        case .failure(let failure): return verdict(false, "output is not valid JSON: \(failure.message)")
        }
    }
}

/// `json-schema:FILE`: the output is JSON that satisfies the schema (the subset `JSONSchema` documents).
struct JSONSchemaGrader: Grader {
    let spec: String
    let schema: JSONSchema

    func grade(_ item: GradingInput) -> GraderVerdict {
        let value: EvalJSON
        switch EvalJSONParser.parse(Data(item.output.utf8)) {
        case .success(let parsed): value = parsed
        case .failure(let failure): return verdict(false, "output is not valid JSON: \(failure.message)")
        }
        if let failure = schema.firstViolation(value) { return verdict(false, failure) }
        return verdict(true, "output satisfies the schema")
    }
}
