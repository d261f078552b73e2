import Foundation
import GRDB
import TuneBenchCore

/// What `tune plan` is asked to do.
public struct TunePlanOptions: Sendable, Equatable {
    public var request: TuneRequest
    /// The folder the bundle is written to (created when missing).
    public var output: String
    /// Only this dataset (nil: every dataset).
    public var dataset: String?

    public init(request: TuneRequest, output: String, dataset: String? = nil) {
        self.request = request
        self.output = output
        self.dataset = dataset
    }
}

/// What `tune plan` wrote and recorded.
public struct TunePlanResult: Sendable, Equatable {
    public var plan: TunePlan
    public var record: TunePlanRecord
    /// The bundle's files, full paths, in the order written.
    public var files: [String]
    /// Why token counts are estimates, when they are.
    public var tokenWarning: String?
}

/// A bundle folder that cannot be used.
public struct TuneBundleError: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}

extension ProjectStore {
    /// Writes a training bundle for a tool from the accepted examples without validation errors and records the
    /// plan (one logged change, undone in the Decision pane).
    ///
    /// The data goes through the dataset export (openai-chat records, or openai-preference for an OpenAI DPO run
    /// on preference data) with its seeded, duplicate-aware split into `train.jsonl` / `val.jsonl`; every line
    /// written is counted with the project's tokenizer by the chat formula and the training file is hashed as
    /// written. `TunePlanner` then works out epochs, charged tokens, sequence length and cost, and the tool's
    /// configuration and README are written beside the data.
    /// - Parameter progress: called with the accepted examples written so far (of those accepted).
    /// - Throws: ``TuneBundleError`` for an unusable folder or no qualifying example; store and file errors.
    public func planTune(_ options: TunePlanOptions, now: Date = Date(),
                         progress: @escaping (WorkProgress) -> Void = { _ in }) throws -> TunePlanResult {
        let folder = URL(fileURLWithPath: options.output).standardizedFileURL.path
        try Self.prepareBundleFolder(folder)
        let resolved = try tokenCounter()
        let counter = resolved.counter
        let preference = try datasets().filter { options.dataset == nil || $0.name == options.dataset }
            .allSatisfy { $0.format == .openaiPreference || $0.format == .trlPreference }
        let format: DatasetFormat = options.request.tool == .openai && preference ? .openaiPreference : .openaiChat
        let split = options.request.trainFraction
        var paths = [folder + "/" + TuneBundleFiles.trainFileName]
        if split != nil { paths.append(folder + "/" + TuneBundleFiles.validationFileName) }
        let exportOptions = DatasetExportOptions(
            format: format, dataset: options.dataset, status: .accepted, trainFraction: split,
            seed: options.request.seed, nearDuplicateThreshold: try validationSettings().nearDuplicateThreshold,
            withoutErrors: true)
        let total = max(1, try acceptedCount(dataset: options.dataset))
        let normaliser = Normaliser(format: format)
        let formula = ChatTokenFormula()
        var tokens: [[Int]] = [[], []]
        var hash = SHA256()
        var seen = 0
        _ = try exportDataset(files: paths, options: exportOptions) { side, line in
            let record = try JSONParser.parse(line)
            tokens[side].append(formula.count(normaliser.normalise(record), with: counter).total)
            if side == 0 {
                hash.update(line)
                hash.update(CollectionOfOne(0x0A))
            }
            seen += 1
            if seen % 500 == 0 { progress(WorkProgress(records: min(seen, total), totalRecords: total)) }
        }
        guard !tokens[0].isEmpty else {
            throw TuneBundleError(path: folder, reason: "no accepted example without validation errors to train on "
                                  + "(accept examples in the Dataset pane or with `tunebench review`)")
        }
        let set = TuneTrainingSet(trainTokens: tokens[0], validationTokens: tokens[1], allPreference: preference,
                                  encodingName: counter.encodingName, tokensExact: counter.isExact,
                                  trainingSetHash: hash.hexDigest())
        let plan = TunePlanner.plan(options.request, set: set, tokenCap: try validationSettings().tokenLimit,
                                    assumptions: try costAssumptions())
        let configuration = TuneBundleFiles.configuration(for: plan)
        let projectName = (try? metadata().name) ?? "the project"
        var files = paths
        for (name, text) in [configuration,
                             (TuneBundleFiles.readmeFileName, TuneBundleFiles.readme(for: plan, project: projectName))] {
            let path = folder + "/" + name
            let writer = try SafeFileWriter(path: path)
            try writer.write(Array(text.utf8))
            try writer.commit()
            files.append(path)
        }
        let record = try recordTunePlan(plan, dataset: options.dataset, bundle: folder, now: now)
        progress(WorkProgress(records: total, totalRecords: total))
        return TunePlanResult(plan: plan, record: record, files: files, tokenWarning: resolved.fallbackReason)
    }

    /// Accepted examples of a dataset (nil: of all), for progress.
    private func acceptedCount(dataset: String?) throws -> Int {
        try pool.read { db in
            try Int.fetchOne(db, sql: """
                SELECT coalesce(sum(accepted_count), 0) FROM dataset WHERE complete AND (?1 IS NULL OR name = ?1)
                """, arguments: [dataset]) ?? 0
        }
    }

    /// Creates the folder when missing; refuses a path that is a file. The CLI calls it before it opens the
    /// project, so a bundle folder that cannot be made leaves the project's bytes as they were.
    public static func prepareBundleFolder(_ folder: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw TuneBundleError(path: folder, reason: "is a file, not a folder") }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            let cause = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            let reason = cause.map { FileWriteError.reason(errno: Int32($0.code)) } ?? "the system refused"
            throw TuneBundleError(path: folder, reason: "cannot create the folder (\(reason))")
        }
    }
}
