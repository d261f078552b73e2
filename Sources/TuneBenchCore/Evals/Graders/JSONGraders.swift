/// `json-valid`: the whole output (trimmed) is one JSON value.
struct JSONValidGrader: Grader {
    let spec = "json-valid"

    func grade(_ item: GradingInput) -> GraderVerdict {
        do throws(JSONParseError) {
            _ = try JSONParser.parse(item.output)
            return verdict(true, "output is valid JSON")
        } catch {
            return verdict(false, "output is not valid JSON: \(error.positioned)")
        }
    }
}

/// `json-schema:FILE`: the output is JSON that satisfies the schema (the subset `JSONSchema` documents).
struct JSONSchemaGrader: Grader {
    let spec: String
    let schema: JSONSchema

    func grade(_ item: GradingInput) -> GraderVerdict {
        let value: JSONValue
        do throws(JSONParseError) {
            value = try JSONParser.parse(item.output)
        } catch {
            return verdict(false, "output is not valid JSON: \(error.positioned)")
        }
        if let failure = schema.firstViolation(value) { return verdict(false, failure) }
        return verdict(true, "output satisfies the schema")
    }
}
