/// The most bytes a reader holds for one record, line or whole-file document (`--max-record-bytes`).
///
/// Memory while reading stays within this limit plus a chunk: a line with no newline (`/dev/zero`, a corrupt file,
/// `yes | tr -d '\n'`) is skipped with a problem instead of being buffered until memory runs out.
public struct RecordLimit: Sendable, Equatable, CustomStringConvertible {
    /// 64 MB: far above any real fine-tuning record, far below what a laptop can hold.
    public static let defaultBytes = 64 << 20
    public static let `default` = RecordLimit(bytes: defaultBytes)

    /// The limit in bytes (at least 1).
    public let bytes: Int

    public init(bytes: Int) { self.bytes = max(1, bytes) }

    /// `64 MB`, `1 KB`, `1,500 bytes`: whole binary units when the limit is one, else the exact byte count.
    public var description: String {
        if bytes >= 1 << 30 && bytes % (1 << 30) == 0 { return "\(ProgressLine.grouped(bytes >> 30)) GB" }
        if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(ProgressLine.grouped(bytes >> 20)) MB" }
        if bytes >= 1 << 10 && bytes % (1 << 10) == 0 { return "\(ProgressLine.grouped(bytes >> 10)) KB" }
        return "\(ProgressLine.grouped(bytes)) \(bytes == 1 ? "byte" : "bytes")"
    }

    /// The problem of a record that starts at 0-based `offset` of the (decompressed) input and runs past the limit:
    /// `record at byte 1,234,567 is longer than 64 MB (--max-record-bytes); skipped`.
    public func overLimitReason(offset: Int, what: String = "record") -> String {
        "\(what) at byte \(ProgressLine.grouped(offset + 1)) is longer than \(self) (--max-record-bytes); skipped"
    }
}
