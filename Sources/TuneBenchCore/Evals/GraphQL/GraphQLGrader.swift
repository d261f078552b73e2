import Foundation

/// `graphql:SCHEMA.graphql`: passes an output that parses as a GraphQL document and validates against the schema;
/// the reason names the first error.
struct GraphQLGrader: Grader {
    let spec: String
    let validator: GraphQLSchemaValidator

    func grade(_ item: GradingInput) -> GraderVerdict {
        let check = validator.check(item.output)
        if let reason = check.reason { return verdict(false, reason) }
        return verdict(true, "valid GraphQL for the schema")
    }
}

extension GraderRegistry {
    /// Adds `graphql:SCHEMA.graphql`, reading the schema with `readFile`.
    mutating func registerGraphQL(readFile: @escaping @Sendable (String) throws -> Data) {
        register("graphql") { spec, argument throws(EvalInputError) in
            guard let path = argument, !path.isEmpty else {
                throw EvalInputError(location: "--grader \(spec)", message: "needs a schema file after the colon")
            }
            let data: Data
            do { data = try readFile(path) } catch {
                throw EvalInputError(location: "--grader \(spec)", message: "cannot read schema file \(path)")
            }
            do {
                return GraphQLGrader(spec: spec, validator: try GraphQLSchemaValidator(
                    sdl: String(decoding: data, as: UTF8.self), sourceName: path))
            } catch {
                throw EvalInputError(location: "--grader \(spec)", message: "\(error)")
            }
        }
    }
}
