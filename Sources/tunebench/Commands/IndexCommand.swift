import ArgumentParser
import Foundation
import TuneBenchCore
import TuneBenchStore

/// `tunebench index PATH`: builds (or extends) the full-text search index over the examples.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build the search index over example text (incremental; safe to interrupt).",
        discussion: "Imports stay fast by leaving this to a later step; on a terminal, progress shows on standard error.")

    @Argument(help: "The project file.", completion: .projectFile)
    var path: String

    @Option(help: "Print the ids of examples matching these words instead of indexing.")
    var search: String?

    @Flag(help: "Print {\"indexed\", \"with_cjk\"} (or, with --search, the list of ids).")
    var json = false

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        let store = try openProjectForChange(path)
        if let search {
            let ids = try store.searchExamples(search, limit: 1000)
            if json { try printJSON(ids) } else { ids.forEach { print($0) } }
            return
        }
        let report = try progress.reporter("indexing").run { reporter in
            try store.buildSearchIndex { done, total in reporter.update(WorkProgress(records: done, totalRecords: total)) }
        }
        if json {
            try printJSON(IndexOutput(indexed: report.indexed, withCJK: report.withCJK))
        } else {
            print("indexed \(report.indexed) examples (\(report.withCJK) with CJK text)")
        }
    }
}

private struct IndexOutput: Encodable {
    let indexed: Int
    let withCJK: Int
    enum CodingKeys: String, CodingKey {
        case indexed
        case withCJK = "with_cjk"
    }
}
