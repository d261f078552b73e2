/// Which CSV column holds which chat role, e.g. `system=persona,user=question,assistant=answer`.
public struct CSVColumnMapping: Sendable, Equatable, Codable {
    /// Role and column pairs in message order.
    public var columns: [RoleColumn]

    public struct RoleColumn: Sendable, Equatable, Codable {
        public var role: String
        public var column: String
    }

    public init(columns: [RoleColumn]) { self.columns = columns }

    /// Parses `role=column,role=column`.
    public init(parsing text: String) throws(DatasetFileError) {
        var columns: [RoleColumn] = []
        for part in text.split(separator: ",") {
            let pieces = part.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces }
            guard pieces.count == 2, !pieces[0].isEmpty, !pieces[1].isEmpty else {
                throw DatasetFileError.badColumnMapping("'\(part)' is not role=column")
            }
            guard ["system", "user", "assistant"].contains(pieces[0]) else {
                throw DatasetFileError.badColumnMapping("role '\(pieces[0])' is not system, user or assistant")
            }
            columns.append(RoleColumn(role: pieces[0], column: pieces[1]))
        }
        guard columns.contains(where: { $0.role == "assistant" }) else {
            throw DatasetFileError.badColumnMapping("no assistant column")
        }
        self.columns = columns
    }

    /// The mapping guessed from column names: system/user/assistant, else prompt/completion, else
    /// instruction(+input)/output.
    public static func guess(columns: [String]) -> CSVColumnMapping? {
        let names = Set(columns)
        func mapping(_ pairs: [(String, String)]) -> CSVColumnMapping {
            CSVColumnMapping(columns: pairs.filter { names.contains($0.1) }.map { RoleColumn(role: $0.0, column: $0.1) })
        }
        if names.contains("user") && names.contains("assistant") {
            return mapping([("system", "system"), ("user", "user"), ("assistant", "assistant")])
        }
        if names.contains("prompt") && names.contains("completion") {
            return mapping([("system", "system"), ("user", "prompt"), ("assistant", "completion")])
        }
        if names.contains("instruction") && names.contains("output") {
            return mapping([("system", "system"), ("user", "instruction"), ("user", "input"), ("assistant", "output")])
        }
        return nil
    }

    /// The text form, as `--columns` takes it.
    public var description: String { columns.map { "\($0.role)=\($0.column)" }.joined(separator: ",") }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
