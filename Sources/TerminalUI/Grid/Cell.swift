/// One terminal cell: the grapheme shown there, how many columns it takes and its style.
///
/// A wide grapheme (CJK, most emoji) sits in its left cell with `width == 2`; the cell to its right is a
/// *continuation* (`width == 0`) that backends skip, because the terminal fills it when drawing the left one.
///
/// The grapheme is stored as up to six scalars packed into two integers, so a cell is plain data: copying a
/// grid is a memory copy and the diff compares integers (a `Character` field would cost a retain, a release
/// and a Unicode-aware comparison per cell per frame). Curses draws at most five scalars per cell
/// (`CCHARW_MAX`), so nothing displayable is lost; longer clusters keep their first six.
public struct Cell: Hashable, Sendable {
    private var head: UInt64
    private var tail: UInt64
    /// 1 for normal graphemes, 2 for wide ones, 0 for the right half of a wide one.
    public var width: UInt8
    public var style: Style

    static let maxScalars = 6

    public init(_ grapheme: Character = " ", width: UInt8 = 1, style: Style = .plain) {
        if let ascii = grapheme.asciiValue {
            head = UInt64(ascii)
            tail = 0
        } else {
            var packed: [UInt64] = [0, 0]
            for (index, scalar) in grapheme.unicodeScalars.prefix(Cell.maxScalars).enumerated() {
                packed[index / 3] |= UInt64(scalar.value) << (21 * UInt64(index % 3))
            }
            head = packed[0]
            tail = packed[1]
        }
        self.width = width
        self.style = style
    }

    /// A one-column cell holding a printable ASCII character, without going through `Character`.
    @inlinable
    init(ascii: UInt8, style: Style) {
        self.init(rawHead: UInt64(ascii), style: style)
    }

    @usableFromInline
    init(rawHead: UInt64, style: Style) {
        head = rawHead
        tail = 0
        width = 1
        self.style = style
    }

    /// The grapheme shown in the cell.
    public var grapheme: Character {
        if tail == 0 && head < 0x20_0000 { return Character(Unicode.Scalar(UInt32(head)) ?? " ") }
        return Character(String(String.UnicodeScalarView(scalars)))
    }

    /// The grapheme's scalars, in order.
    public var scalars: [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for index in 0..<Cell.maxScalars {
            let word = index < 3 ? head : tail
            let value = UInt32((word >> (21 * UInt64(index % 3))) & 0x1F_FFFF)
            guard value != 0, let scalar = Unicode.Scalar(value) else { break }
            result.append(scalar)
        }
        return result
    }

    /// A blank cell in a style.
    public static func blank(_ style: Style = .plain) -> Cell { Cell(rawHead: 0x20, style: style) }

    /// True for the right half of a wide grapheme.
    public var isContinuation: Bool { width == 0 }

    /// Shown where a wide grapheme would be split by a right edge.
    public static let widePlaceholder: Character = "…"
}
