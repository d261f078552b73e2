import TuneBenchCore
import TuneBenchStore

/// The validation settings a job may set for one run (`--token-limit`, `--json-output`, `--near-threshold`);
/// unset ones fall back to the project's. Shared by import and validate.
public struct ValidationOverrides: Equatable, Sendable {
    public var tokenLimit: Int?
    public var jsonOutput: Bool?
    public var nearThreshold: Double?

    public init(tokenLimit: Int? = nil, jsonOutput: Bool? = nil, nearThreshold: Double? = nil) {
        self.tokenLimit = tokenLimit
        self.jsonOutput = jsonOutput
        self.nearThreshold = nearThreshold
    }

    public static let options = [
        JobOption("token-limit", value: "N",
                  help: "Tokens per example above which over_token_limit is reported (default 16385; gpt-4o-mini trains on up to 65536)."),
        JobOption("json-output", value: "BOOL",
                  help: "Whether assistant replies must be valid JSON (true/false; default: the project's setting)."),
        JobOption("near-threshold", value: "SIMILARITY",
                  help: "Estimated word-3-gram Jaccard similarity from which examples are near duplicates (default 0.8)."),
    ]

    init(words: JobWords) throws(JobInputError) {
        tokenLimit = try words.value("token-limit", { Int($0).flatMap { $0 > 0 ? $0 : nil } }, expecting: "a positive whole number")
        jsonOutput = try words.value("json-output", { Bool($0) }, expecting: "true or false")
        nearThreshold = try words.value("near-threshold", { Double($0) }, expecting: "a number between 0 and 1")
    }

    /// The project's settings with these applied.
    public func settings(_ store: ProjectStore) throws -> ValidationSettings {
        var settings = try store.validationSettings()
        if let tokenLimit { settings.tokenLimit = tokenLimit }
        if let jsonOutput { settings.requireJSONOutput = jsonOutput }
        if let nearThreshold {
            guard (0...1).contains(nearThreshold) else { throw JobInputError("--near-threshold must be between 0 and 1") }
            settings.nearDuplicateThreshold = nearThreshold
        }
        return settings
    }
}
