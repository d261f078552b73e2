import Foundation
import GraphQL

/// Checks GraphQL documents against one schema: the output must parse, and must pass every validation rule of
/// the GraphQL specification (known fields and types, argument types, required arguments, selection sets, ...).
///
/// Build it once from the schema's SDL and check any number of outputs; checking does not mutate it, so one
/// validator may be shared across threads.
public struct GraphQLSchemaValidator: Sendable {
    private let schema: GraphQLSchema

    /// Builds the schema from SDL text. `sourceName` names the schema in errors (usually its file name).
    public init(sdl: String, sourceName: String = "schema") throws(GraphQLSchemaError) {
        let built: GraphQLSchema
        do {
            built = try buildSchema(source: Source(body: sdl, name: sourceName))
        } catch {
            throw GraphQLSchemaError(sourceName: sourceName, detail: Self.oneLine(error))
        }
        // Validating here reports a malformed schema at load time, and fills the schema's own validation cache
        // before any concurrent use.
        if let first = validateSchema(schema: built).first {
            throw GraphQLSchemaError(sourceName: sourceName, detail: Self.oneLine(first))
        }
        schema = built
    }

    /// Builds the schema from an SDL file (conventionally `NAME.graphql`).
    public init(contentsOf url: URL) throws(GraphQLSchemaError) {
        let sdl: String
        do {
            sdl = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw GraphQLSchemaError(sourceName: url.path, detail: "cannot read the schema: \(error.localizedDescription)")
        }
        try self.init(sdl: sdl, sourceName: url.path)
    }

    /// Parses `document` and validates it against the schema.
    public func check(_ document: String) -> GraphQLCheck {
        let parsed: Document
        do {
            parsed = try parse(source: Source(body: document, name: "GraphQL"))
        } catch {
            return GraphQLCheck(errorCount: 1, reason: Self.oneLine(error))
        }
        let errors = validate(schema: schema, ast: parsed)
        guard let first = errors.first else { return GraphQLCheck(errorCount: 0, reason: nil) }
        return GraphQLCheck(errorCount: errors.count, reason: Self.oneLine(first))
    }

    /// One line naming an error: a syntax error's first line (it already carries its line and column), or a
    /// validation message followed by the line and column of its first location.
    private static func oneLine(_ error: any Error) -> String {
        guard let error = error as? GraphQLError else { return flattened("\(error)") }
        let firstLine = error.message.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
        let message = flattened(firstLine)
        if message.hasPrefix("Syntax Error") { return message }
        guard let location = error.locations.first else { return message }
        return "\(message) (\(location.line):\(location.column))"
    }

    /// Line breaks and tabs become spaces; other control characters (an output's escape sequences, quoted back in
    /// a message) become visible `\u{1B}` escapes, so a reason is safe to print on a terminal.
    private static func flattened(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" {
                if !result.hasSuffix(" ") { result.append(" ") }
            } else if scalar.properties.generalCategory == .control {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result.trimmingCharacters(in: .whitespaces)
    }
}

/// The verdict on one GraphQL document.
public struct GraphQLCheck: Sendable, Equatable {
    /// How many errors were found (a syntax error stops at one).
    public let errorCount: Int
    /// The first error on one line, or nil when the document is valid.
    public let reason: String?

    /// True when the document parses and validates against the schema.
    public var passed: Bool { reason == nil }

    public init(errorCount: Int, reason: String?) {
        self.errorCount = errorCount
        self.reason = reason
    }
}

/// A schema that cannot be loaded: unreadable, a syntax error, or an invalid type system.
public struct GraphQLSchemaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The schema's file path or name.
    public let sourceName: String
    /// The first problem, on one line.
    public let detail: String

    public init(sourceName: String, detail: String) {
        self.sourceName = sourceName
        self.detail = detail
    }

    public var description: String { "\(sourceName): \(detail)" }
}
