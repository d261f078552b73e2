/// A theme file that cannot be used: where and why. The app then falls back to the default theme.
public struct ThemeError: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var problem: String

    public var description: String { "\(path):\(line): \(problem)" }
}
