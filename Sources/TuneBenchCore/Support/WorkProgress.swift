/// How far a long job (an import, an export, a validation, an index build) has got: records and, where the job
/// reads a file, bytes, each with its total when known.
public struct WorkProgress: Sendable, Equatable {
    public var records: Int
    public var totalRecords: Int?
    public var bytes: Int?
    public var totalBytes: Int?

    public init(records: Int, totalRecords: Int? = nil, bytes: Int? = nil, totalBytes: Int? = nil) {
        self.records = records
        self.totalRecords = totalRecords
        self.bytes = bytes
        self.totalBytes = totalBytes
    }

    /// The share done, 0…1: by bytes when both are known, else by records, else nil.
    public var fraction: Double? {
        if let bytes, let totalBytes, totalBytes > 0 { return min(1, Double(bytes) / Double(totalBytes)) }
        if let totalRecords, totalRecords > 0 { return min(1, Double(records) / Double(totalRecords)) }
        return nil
    }
}
