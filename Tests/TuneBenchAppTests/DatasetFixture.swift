import Foundation
import TerminalUI
import TuneBenchApp
import TuneBenchCore
import TuneBenchStore
import TuneBenchTestSupport

/// A project with examples that stress the browser (CJK, emoji, RTL, a 10 KB line, escape sequences, JSON
/// contents, tool calls, an invalid record), opened in the real runtime on a headless terminal.
final class DatasetSession: AppSession {

    /// The records, one JSON object a line, in file order.
    static let records: [String] = {
        func chat(_ messages: [[String: Any]], tools: [[String: Any]]? = nil) -> String {
            var object: [String: Any] = ["messages": messages]
            if let tools { object["tools"] = tools }
            let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self)
        }
        let system: [String: Any] = ["role": "system", "content": "You translate questions into GraphQL queries."]
        var records = [
            chat([system, ["role": "user", "content": "List all repos with their open issues"],
                  ["role": "assistant", "content": "query { viewer { repositories(first: 10) { nodes { name } } } }"]]),
            chat([system, ["role": "user", "content": "请列出所有仓库和它们的星标数"],
                  ["role": "assistant", "content": "好的 ✅ 🚀 query { viewer { login } }"]]),
            chat([system, ["role": "user", "content": "ما هي عاصمة فرنسا؟ שלום"],
                  ["role": "assistant", "content": "باريس"]]),
            chat([system, ["role": "user", "content": "Long: " + String(repeating: "lorem ipsum ", count: 850)],
                  ["role": "assistant", "content": "ok"]]),
            chat([system, ["role": "user", "content": "Colour \u{1B}[31mred\u{1B}[0m and \u{1B}]0;title\u{07} please"],
                  ["role": "assistant", "content": "{\"colour\": \"red\", \"codes\": [31, 0]}"]]),
            chat([system, ["role": "user", "content": "What is the weather in Paris?"],
                  ["role": "assistant", "tool_calls": [["id": "call_1", "type": "function",
                     "function": ["name": "get_weather", "arguments": "{\"city\":\"Paris\"}"]]]],
                  ["role": "tool", "tool_call_id": "call_1", "content": "{\"temp\": 18}"],
                  ["role": "assistant", "content": "It is 18 degrees in Paris."]],
                 tools: [["type": "function", "function": ["name": "get_weather", "description": "Current weather",
                          "parameters": ["type": "object", "properties": ["city": ["type": "string"]]]]]]),
            chat([["role": "user", "content": "No system message here"], ["role": "assistant", "content": ""]]),
        ]
        for index in 8...30 {
            records.append(chat([system, ["role": "user", "content": "Question number \(index) about fragments"],
                                 ["role": "assistant", "content": "query { q\(index) }"]]))
        }
        return records
    }()

    /// - Parameter environment: the variables the workbench sees (`EDITOR` for editing sessions).
    init(size: Size, environment: [String: String] = [:]) async throws {
        let directory = try TemporaryDirectory()
        let store = try ProjectStore.create(path: directory.path("p.tunebench"), name: "browser-test", problem: "valid GraphQL")
        let file = directory.path("train.jsonl")
        try Data((Self.records.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: file))
        _ = try store.importDataset(file: file, options: DatasetImportOptions(counter: EstimatedTokenCounter()))
        _ = try store.validate(dataset: nil, settings: ValidationSettings())
        try await super.init(directory: directory, store: store, size: size, environment: environment)
    }

    /// The stored status of the example on line `index` (0-based) of the file.
    func status(ofRecord index: Int) throws -> ReviewStatus {
        try store.examples()[index].status
    }
}
