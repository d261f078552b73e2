import Foundation
import Testing
import TuneBenchTestSupport

/// The Decision pane in the real binary: answering the tree from scratch, undo, and the answers kept in the file.
@Suite struct TUIDecisionTests {
    @Test func answerTheTreeFromScratchThenUndo() async throws {
        let fixture = try TUIFixture()
        try await fixture.run(width: 120, height: 36) { tmux in
            try await tmux.send("z")
            try await tmux.waitUntil("the decision tree, zoomed") {
                $0[0].contains("› Decision") && $0.joined().contains("What is wrong with the current AI?")
            }
            // The first question has no answer: l picks the first one (format), which leads to the evals gate.
            try await tmux.send("l")
            let answered = try await tmux.waitUntil("problem answered") { $0.joined().contains("format (you)") }
            #expect(answered.joined().contains("BUILD EVALS FIRST"))
            #expect(answered.joined().contains("no (data)"))
            // Another answer to the same question: company facts lead straight to RAG.
            for _ in 0..<4 { try await tmux.send("l") }
            try await tmux.waitUntil("facts → RAG") { $0.joined().contains("USE RAG, NOT FINE-TUNING") }
            try await tmux.send("u")
            try await tmux.waitUntil("undone to cost") { $0.joined().contains("cost (you)") }
            try await tmux.send("q")
        }
        let decide = try CLI.run(["decide", fixture.path, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(decide.stdout.utf8)) as? [String: Any])
        #expect((object["steps"] as? [[String: Any]])?.first?["answer"] as? String == "cost")
        #expect(object["recommendation"] as? String == "build evals first")
    }
}
