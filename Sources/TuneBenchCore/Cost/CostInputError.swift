/// Impossible cost input, named by the assumption it concerns.
public struct CostInputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The assumption name (`hourly_rate`), or the text the user typed when it names none.
    public let assumption: String
    public let description: String

    public init(assumption: String, _ description: String) {
        self.assumption = assumption
        self.description = description
    }
}
