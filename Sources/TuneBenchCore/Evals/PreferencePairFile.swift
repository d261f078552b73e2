import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The training formats preference pairs are written in.
public enum PreferencePairFormat: String, CaseIterable, Sendable {
    /// OpenAI's DPO fine-tuning JSONL: `input.messages`, `preferred_output`, `non_preferred_output`.
    case openaiPreference = "openai-preference"
    /// TRL's conversational preference form: `prompt`, `chosen`, `rejected` as message lists.
    case trl

    /// The record of one pair: only the format's own keys (the metadata goes to the sidecar).
    public func record(_ pair: PreferencePair) -> JSONValue {
        let example = NormalisedExample(
            chat: .object([JSONMember("messages", .array(pair.prompt + [Normaliser.message("assistant", .string(pair.chosen))]))]))
        let rejected = [Normaliser.message("assistant", .string(pair.rejected))]
        switch self {
        case .openaiPreference: return OpenAIPreference.record(example, rejected: rejected)
        case .trl: return TRLPreference.record(example, rejected: rejected)
        }
    }
}

/// A run as the metadata sidecar names it.
public struct PreferenceRun: Sendable, Equatable {
    public var id: Int64
    public var name: String

    public init(id: Int64, name: String) {
        self.id = id
        self.name = name
    }
}

/// Writes preference pairs: one record per line in the chosen format, and beside it a metadata sidecar whose
/// line N describes line N of the pairs file (case key, the chosen and rejected runs, override notes).
public enum PreferencePairFile {
    /// Writes every pair to `pairs` and its metadata to `metadata` (when given), then commits both.
    public static func write(_ pairs: [PreferencePair], format: PreferencePairFormat, runs: (a: PreferenceRun, b: PreferenceRun),
                             to output: SafeFileWriter, metadata: SafeFileWriter?) throws(FileWriteError) {
        var line: [UInt8] = []
        for (index, pair) in pairs.enumerated() {
            line.removeAll(keepingCapacity: true)
            JSONWriter.write(format.record(pair), into: &line)
            line.append(UInt8(ascii: "\n"))
            try output.write(line)
            if let metadata {
                line.removeAll(keepingCapacity: true)
                JSONWriter.write(metadataRecord(pair, line: index + 1, runs: runs), into: &line)
                line.append(UInt8(ascii: "\n"))
                try metadata.write(line)
            }
        }
        try output.commit()
        try metadata?.commit()
    }

    /// `{"line", "case", "chosen_run", "chosen_run_id", "rejected_run", "rejected_run_id", "chosen_override_note",
    /// "rejected_override_note"}`; a note is null when that verdict was not overridden.
    public static func metadataRecord(_ pair: PreferencePair, line: Int, runs: (a: PreferenceRun, b: PreferenceRun)) -> JSONValue {
        let (chosen, rejected) = pair.chosenSide == .a ? (runs.a, runs.b) : (runs.b, runs.a)
        return .object([
            JSONMember("line", .number(String(line))),
            JSONMember("case", .string(pair.key)),
            JSONMember("chosen_run", .string(chosen.name)),
            JSONMember("chosen_run_id", .number(String(chosen.id))),
            JSONMember("rejected_run", .string(rejected.name)),
            JSONMember("rejected_run_id", .number(String(rejected.id))),
            JSONMember("chosen_override_note", pair.chosenNote.map(JSONValue.string) ?? .null),
            JSONMember("rejected_override_note", pair.rejectedNote.map(JSONValue.string) ?? .null),
        ])
    }

    /// Where the metadata of pairs written to `output` goes by default: `x.jsonl` → `x.meta.jsonl`, any other
    /// name gets `.meta.jsonl` appended. Nil when `output` is a device, FIFO or socket (`/dev/stdout`): there is
    /// no file beside it to write.
    public static func defaultMetadataPath(forOutput output: String) -> String? {
        if isStream(output) { return nil }
        let suffix = ".jsonl"
        if output.hasSuffix(suffix), output.count > suffix.count, !output.hasSuffix("/" + suffix) {
            return String(output.dropLast(suffix.count)) + ".meta.jsonl"
        }
        return output + ".meta.jsonl"
    }

    /// Whether `path` (links followed) is an existing device, FIFO or socket rather than a file or free name.
    public static func isStream(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        let kind = status.st_mode & S_IFMT
        return kind == S_IFCHR || kind == S_IFIFO || kind == S_IFSOCK
    }
}
