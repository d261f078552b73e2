/// One terminal cell: the grapheme shown there and its style. (Expanded by the TUI shell.)
public struct Cell: Equatable, Sendable {
    public var grapheme: String
    public init(_ grapheme: String = " ") { self.grapheme = grapheme }
}
