import Foundation
import Testing

/// The eval fixture files of this test target (origins in Fixtures/evals/SOURCES.md).
enum EvalFixtures {
    static func data(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/evals/\(name)", withExtension: nil))
        return try Data(contentsOf: url)
    }
}
