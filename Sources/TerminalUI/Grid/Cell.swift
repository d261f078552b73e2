/// One terminal cell: the grapheme shown there, how many columns it takes and its style.
///
/// A wide grapheme (CJK, most emoji) sits in its left cell with `width == 2`; the cell to its right is a
/// *continuation* (`width == 0`) that backends skip, because the terminal fills it when drawing the left one.
public struct Cell: Hashable, Sendable {
    public var grapheme: Character
    /// 1 for normal graphemes, 2 for wide ones, 0 for the right half of a wide one.
    public var width: UInt8
    public var style: Style

    public init(_ grapheme: Character = " ", width: UInt8 = 1, style: Style = .plain) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    /// A blank cell in a style.
    public static func blank(_ style: Style = .plain) -> Cell { Cell(" ", style: style) }

    /// True for the right half of a wide grapheme.
    public var isContinuation: Bool { width == 0 }

    /// Shown where a wide grapheme would be split by a right edge.
    public static let widePlaceholder: Character = "…"

    /// Byte-wise equality: `Character`'s own `==` applies Unicode canonical equivalence, which costs more than
    /// the rest of a frame's diff. For deciding what to redraw, identical bytes is the right question.
    public static func == (lhs: Cell, rhs: Cell) -> Bool {
        lhs.width == rhs.width && lhs.style == rhs.style && lhs.grapheme.utf8.elementsEqual(rhs.grapheme.utf8)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(width)
        hasher.combine(style)
        for byte in grapheme.utf8 { hasher.combine(byte) }
    }
}
