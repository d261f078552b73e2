import Foundation
import Testing
import TuneBenchCore
@testable import TuneBenchStore
import TuneBenchTestSupport

/// Tune plans: the bundle's data and arithmetic, the record as an edit, run links and staleness.
@Suite struct TuneStoreTests {
    let dir: TemporaryDirectory
    let store: ProjectStore
    let ids: [String]
    let runID: Int64

    /// Six examples, all accepted; the last has no assistant message (a validation error).
    init() throws {
        dir = try TemporaryDirectory()
        store = try ProjectStore.create(path: dir.path("p.tunebench"), name: "tunes")
        let file = dir.path("d.jsonl")
        var records = (1...5).map {
            #"{"messages":[{"role":"system","content":"GraphQL only."},{"role":"user","content":"question \#($0) about orders"},{"role":"assistant","content":"{ orders(first: \#($0)) { id total } }"}]}"#
        }
        records.append(#"{"messages":[{"role":"user","content":"no reply here"}]}"#)
        try Data((records.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: file))
        try store.importForTest(file)
        ids = try store.examples().map(\.id)
        let earlier = Date(timeIntervalSinceNow: -60)
        for id in ids { try store.applyReview(exampleID: id, change: ReviewChange(status: .accepted), now: earlier) }
        runID = try store.insertEvalRuns([EvalRun(name: "tuned", source: "jsonl", cases: [
            EvalCase(key: "k1", input: "", output: "", pass: true, score: 1),
        ])], sourceFile: nil)[0].id
        try store.setEvalRung(runID: runID, to: .finetune)
    }

    func plan(_ tool: TuneTool, folder: String = "bundle", split: Double? = 0.5, epochs: Int? = nil) throws -> TunePlanResult {
        try store.planTune(TunePlanOptions(request: TuneRequest(tool: tool, epochs: epochs, seed: 3, trainFraction: split),
                                           output: dir.path(folder)))
    }

    @Test func bundleDataIsTheAcceptedExamplesWithoutErrorsCountedExactly() throws {
        let result = try plan(.axolotl)
        let train = try String(contentsOfFile: dir.path("bundle/train.jsonl"), encoding: .utf8)
        let val = try String(contentsOfFile: dir.path("bundle/val.jsonl"), encoding: .utf8)
        let trainLines = train.split(separator: "\n").map(String.init)
        let valLines = val.split(separator: "\n").map(String.init)
        #expect(trainLines.count + valLines.count == 5)
        #expect(!(trainLines + valLines).contains { $0.contains("no reply here") })
        #expect(Set(trainLines).isDisjoint(with: Set(valLines)))

        // The tokens are the chat formula's count of each training line with the project's counter.
        let counter = try store.tokenCounter().counter
        let recount = try trainLines.reduce(0) { sum, line in
            sum + ChatTokenFormula().count(Normaliser(format: .openaiChat).normalise(try JSONParser.parse(line)), with: counter).total
        }
        #expect(result.plan.tokensPerEpoch == recount)
        #expect(result.plan.epochs == TrainingTokenRule().defaultEpochs(exampleCount: trainLines.count))
        #expect(result.plan.chargedTokens == result.plan.epochs * recount)
        #expect(result.plan.trainingSetHash == SHA256.hex(of: Array(train.utf8)))
        #expect(result.files.map { URL(fileURLWithPath: $0).lastPathComponent } == ["train.jsonl", "val.jsonl", "axolotl.yaml", "README.md"])
        let given = try plan(.openai, folder: "b2", split: nil, epochs: 2)
        #expect(given.plan.epochs == 2 && given.plan.validationExamples == 0)
        #expect(!FileManager.default.fileExists(atPath: dir.path("b2/val.jsonl")))
        #expect(try String(contentsOfFile: dir.path("b2/job.json"), encoding: .utf8).contains(#""n_epochs": 2"#))
    }

    @Test func planIsRecordedAndUndoneAsAnEdit() throws {
        let result = try plan(.trl)
        #expect(try store.tunes().map(\.record) == [result.record])
        #expect(try store.undoAvailability(scope: .decision).nextUndo == "tune #1 planned (trl, \(result.plan.trainExamples) examples)")
        try store.undo(scope: .decision)
        #expect(try store.tunes().isEmpty)
        try store.redo(scope: .decision)
        let reopened = try ProjectStore.open(path: dir.path("p.tunebench"))
        #expect(try reopened.tunes().map(\.record) == [result.record])
    }

    @Test func linkedTuneIsStaleAfterARejectionAndLinksUndo() throws {
        let result = try plan(.openai)
        #expect(throws: TuneStoreError.tuneNotFound(9)) { try store.linkRun(runID, toTune: 9) }
        try store.linkRun(runID, toTune: result.record.id)
        let linked = try #require(try store.tune(forRun: runID))
        #expect(!linked.isStale && linked.runs.map(\.name) == ["tuned"])
        #expect(try store.currentTune()?.record.id == result.record.id)

        // A plan a run is linked to cannot be taken away; unlinking first (the Evals scope's undo) allows it.
        #expect(throws: EditStoreError.self) { try store.undo(scope: .decision) }
        try store.applyReview(exampleID: ids[0], change: ReviewChange(status: .rejected))
        let stale = try #require(try store.tune(forRun: runID))
        #expect(stale.isStale && stale.changedSince == 1)
        #expect(stale.summary.contains("stale, 1 example(s) changed since"))
        // A tag is not a change of the training data.
        try store.applyReview(exampleID: ids[1], change: ReviewChange(addTags: ["checked"]))
        #expect(try store.tune(forRun: runID)?.changedSince == 1)

        try store.undo(scope: .evals)
        #expect(try store.tune(forRun: runID) == nil)
        try store.redo(scope: .evals)
        #expect(try store.tune(forRun: runID)?.record.id == result.record.id)
    }

    @Test func onlyAFineTuneRunLinks() throws {
        let result = try plan(.axolotl)
        try store.setEvalRung(runID: runID, to: .prompt)
        #expect(throws: TuneStoreError.rungNotFineTune("tuned")) { try store.linkRun(runID, toTune: result.record.id) }
    }

    @Test func noTrainableExampleIsRefusedNamingTheFolder() throws {
        for id in ids { try store.applyReview(exampleID: id, change: ReviewChange(status: .rejected)) }
        #expect(throws: TuneBundleError.self) { try plan(.openai) }
    }
}
