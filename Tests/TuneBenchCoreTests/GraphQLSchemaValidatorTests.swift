import Foundation
import Testing
import TuneBenchCore

@Suite struct GraphQLSchemaValidatorTests {
    static let sdl = """
        type Query { user(id: ID!, limit: Int = 10): User  users(first: Int, status: Status): [User!]!  node(id: ID!): Node }
        interface Node { id: ID! }
        type User implements Node { id: ID! name: String friends(first: Int): [User!]! status: Status }
        enum Status { ACTIVE SUSPENDED }
        """

    let validator: GraphQLSchemaValidator

    init() throws {
        validator = try GraphQLSchemaValidator(sdl: Self.sdl, sourceName: "users.graphql")
    }

    @Test func validDocumentsPass() {
        let documents = [
            #"{ user(id: "1") { id name } }"#,
            #"{ user(id: 5, limit: 3) { friends(first: 2) { name status } } }"#,
            "query Friends($id: ID!, $n: Int) { user(id: $id) { ...Basics friends(first: $n) { ...Basics } } } fragment Basics on User { id name }",
            #"{ a: user(id: "1") { name } b: user(id: "2") { name } }"#,
            #"{ node(id: "1") { id ... on User { status } } }"#,
        ]
        for document in documents {
            #expect(validator.check(document) == GraphQLCheck(errorCount: 0, reason: nil), "\(document)")
        }
    }

    @Test func unknownFieldNamesTheNearMiss() {
        let check = validator.check(#"{ user(id: "1") { nmae } }"#)
        #expect(!check.passed)
        #expect(check.reason == #"Cannot query field "nmae" on type "User". Did you mean "name"? (1:19)"#)
    }

    @Test func wrongArgumentType() {
        let check = validator.check(#"{ user(id: "1", limit: "10") { name } }"#)
        #expect(check.reason == #"Int cannot represent non-integer value: "10" (1:24)"#)
    }

    @Test func missingSelectionSet() {
        let check = validator.check("{ users(first: 3) }")
        #expect(check.reason?.hasPrefix(#"Field "users" of type "[User!]!" must have a selection of subfields."#) == true)
    }

    @Test func unbalancedBracesAreASyntaxErrorOnOneLine() {
        let unclosed = validator.check("query {\n user(id: \"1\") {\n id\n\n")
        #expect(unclosed.reason == "Syntax Error GraphQL (5:1) Expected Name, found <EOF>")
        #expect(unclosed.errorCount == 1)
        let extra = validator.check(#"{ user(id: "1") { id } } }"#)
        #expect(extra.reason?.hasPrefix("Syntax Error GraphQL (1:26)") == true)
        #expect(extra.reason?.contains("\n") == false)
    }

    @Test func missingRequiredArgument() {
        let check = validator.check("{ user { name } }")
        #expect(check.reason == #"Field "user" argument "id" of type "ID!" is required, but it was not provided. (1:3)"#)
    }

    @Test func unknownTypeInFragment() {
        let inline = validator.check(#"{ node(id: "1") { ... on Person { name } } }"#)
        #expect(inline.reason == #"Unknown type "Person". (1:26)"#)
        let named = validator.check(#"{ user(id: "1") { ...F } } fragment F on Users { id }"#)
        #expect(named.reason?.hasPrefix(#"Unknown type "Users"."#) == true)
    }

    @Test func unknownEnumValueAndUndeclaredVariable() {
        let enumValue = validator.check(#"{ users(status: ACTIV) { name } }"#)
        #expect(enumValue.reason?.contains(#""ACTIV""#) == true)
        let variable = validator.check(#"query { user(id: $id) { name } }"#)
        #expect(variable.reason?.hasPrefix(#"Variable "$id" is not defined"#) == true)
    }

    @Test func countsEveryErrorButReportsTheFirst() {
        let check = validator.check(#"{ user(id: "1") { nmae frends } }"#)
        #expect(check.errorCount == 2)
        #expect(check.reason?.contains(#""nmae""#) == true)
    }

    @Test func reasonsCarryNoControlCharacters() throws {
        let reasons = [
            validator.check("{ user(id: \"1\") { \u{1B}[31mname } }").reason,
            validator.check("{ user(id: \"1\") { name\u{7}x } }").reason,
            validator.check("{ user(id: \"1\") {\r\n nmae } }").reason,
            validator.check("{ user(id: \"\u{1B}]0;title\u{7}\") { nmae } }").reason,
        ]
        for reason in reasons {
            let text = try #require(reason)
            #expect(!text.unicodeScalars.contains { $0.properties.generalCategory == .control }, "\(text)")
        }
    }

    @Test func missingSchemaFileNamesThePath() {
        let url = URL(fileURLWithPath: "/nonexistent/schema.graphql")
        #expect {
            try GraphQLSchemaValidator(contentsOf: url)
        } throws: { error in
            (error as? GraphQLSchemaError)?.description.hasPrefix("/nonexistent/schema.graphql: cannot read") == true
        }
    }

    @Test func emptyOutputFails() {
        #expect(validator.check("").reason?.hasPrefix("Syntax Error") == true)
    }

    @Test func badSchemaIsRefusedWithItsName() {
        #expect(throws: GraphQLSchemaError(sourceName: "bad.graphql", detail: #"Unknown type "Foo"."#)) {
            try GraphQLSchemaValidator(sdl: "type Query { a: Foo }", sourceName: "bad.graphql")
        }
        #expect(throws: GraphQLSchemaError.self) {
            try GraphQLSchemaValidator(sdl: "type Query { a: String", sourceName: "bad.graphql")
        }
        // Parses, but is not a valid type system: the object does not implement the interface's field.
        #expect(throws: GraphQLSchemaError.self) {
            try GraphQLSchemaValidator(sdl: "interface N { id: ID! } type Query implements N { a: String }")
        }
    }

}

/// The `graphql:SCHEMA` grader as `evals grade` builds it from a spec.
@Suite struct GraphQLGraderTests {
    let sdl = "type Query { user(id: ID!): User }  type User { id: ID! name: String }"

    @Test func specBuildsAGraderThatNamesTheFirstError() throws {
        let registry = GraderRegistry.standard(tokenCounter: nil) { _ in Data(sdl.utf8) }
        let grader = try registry.grader(for: "graphql:schema.graphql")
        #expect(grader.grade(GradingInput(id: "1", output: "{ user(id: \"1\") { name } }")).pass)
        let bad = grader.grade(GradingInput(id: "2", output: "{ user(id: \"1\") { nmae } }"))
        #expect(!bad.pass)
        #expect(bad.reason.contains("Cannot query field \"nmae\" on type \"User\""))
        #expect(bad.grader == "graphql:schema.graphql")
    }

    @Test func missingOrBrokenSchemaIsAnInputError() {
        let registry = GraderRegistry.standard(tokenCounter: nil) { _ in Data("type Query { x: Nope }".utf8) }
        #expect(throws: EvalInputError.self) { try registry.grader(for: "graphql") }
        #expect(throws: EvalInputError.self) { try registry.grader(for: "graphql:broken.graphql") }
    }
}
