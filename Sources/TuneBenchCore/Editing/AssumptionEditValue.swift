import Foundation

/// A cost assumption as the project stores it: the value and when the user entered it (its provenance date).
public struct StoredAssumption: Sendable, Equatable, Codable {
    public var value: AssumptionValue
    public var updatedAt: Date

    public init(value: AssumptionValue, updatedAt: Date) {
        self.value = value
        self.updatedAt = updatedAt
    }
}

/// One change of a stored cost assumption (nil: nothing stored, the default or the dataset's figure applies).
public struct AssumptionChangeEdit: Sendable, Equatable, Codable {
    public var name: CostAssumptionName
    public var before: StoredAssumption?
    public var after: StoredAssumption?

    public init(name: CostAssumptionName, before: StoredAssumption?, after: StoredAssumption?) {
        self.name = name
        self.before = before
        self.after = after
    }

    public var inverse: AssumptionChangeEdit { AssumptionChangeEdit(name: name, before: after, after: before) }
}

extension AssumptionValue: Codable {
    private enum CodingKeys: String, CodingKey { case number, model }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let model = try container.decodeIfPresent(String.self, forKey: .model) {
            self = .model(model)
        } else {
            self = .number(try container.decode(CostRange.self, forKey: .number))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .number(let range): try container.encode(range, forKey: .number)
        case .model(let model): try container.encode(model, forKey: .model)
        }
    }
}
