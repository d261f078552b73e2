/// Bad eval input: a file, record or argument that cannot be used, with where it is.
public struct EvalInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `file:line`, `file: results[3].testIdx`, `file: entry samples/1_epoch_1.json`, or an argument name.
    public var location: String
    public var message: String

    public init(location: String, message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(message)" }
}
