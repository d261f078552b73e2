import Foundation

/// `json-valid`: the whole output (trimmed) is one JSON value.
struct JSONValidGrader: Grader {
    let spec = "json-valid"

    func grade(_ item: GradingInput) -> GraderVerdict {
        if let problem = StrictJSON.firstError(in: item.output) { return verdict(false, "output is not valid JSON: \(problem)") }
        return verdict(true, "output is valid JSON")
    }
}

/// `json-schema:FILE`: the output is JSON that satisfies the schema (the subset `JSONSchema` documents).
struct JSONSchemaGrader: Grader {
    let spec: String
    let schema: JSONSchema

    func grade(_ item: GradingInput) -> GraderVerdict {
        if let problem = StrictJSON.firstError(in: item.output) { return verdict(false, "output is not valid JSON: \(problem)") }
        let value: EvalJSON
        do { value = try EvalJSON.parse(Data(item.output.utf8), location: item.id) }
        catch { return verdict(false, "output is not valid JSON: \(error.message)") }
        if let failure = schema.firstViolation(value) { return verdict(false, failure) }
        return verdict(true, "output satisfies the schema")
    }
}
