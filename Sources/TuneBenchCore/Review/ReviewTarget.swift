/// The accepted examples to aim for: the project's `:target`, else the answered problem's threshold
/// (300 for a format tune, 5,000 for vocabulary).
public struct ReviewTarget: Sendable, Equatable {
    public var needed: Int
    /// Where the number comes from: `set with :target`, `output format or style tune`.
    public var source: String

    public init(needed: Int, source: String) {
        self.needed = needed
        self.source = source
    }

    /// The project setting that stores `:target`.
    public static let settingKey = "browser.accepted_target"

    /// The target from the stored setting and the Decision pane's `problem` answer; nil when neither is known.
    public static func resolve(setting: Int?, problem: String?) -> ReviewTarget? {
        if let setting { return ReviewTarget(needed: setting, source: "set with :target") }
        guard let kind = problem.flatMap(ProblemKind.init(rawValue:)) else { return nil }
        return ReviewTarget(needed: kind.exampleThreshold, source: "\(kind.shortLabel) tune")
    }
}
