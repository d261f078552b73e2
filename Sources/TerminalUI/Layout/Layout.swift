/// How much room one part of a split gets.
public enum Constraint: Hashable, Sendable {
    /// Exactly this many cells (less if there is not enough room).
    case length(Int)
    /// A share of the room left after the lengths, by weight.
    case fill(Int)
}

/// Splits a rectangle into rows or columns by constraints.
///
///     let [header, body, footer] = Layout.vertical([.length(1), .fill(1), .length(1)], in: screen)
///     let [left, right] = Layout.horizontal([.fill(1), .fill(1)], in: body)
///
/// Lengths are served first, in order; the rest is shared among fills by weight, with the leftover cells of
/// the division going to the first fills, so the parts always cover the rectangle exactly.
public enum Layout {
    public static func vertical(_ constraints: [Constraint], in rect: Rect) -> [Rect] {
        sizes(constraints, total: rect.height).reduce(into: (rects: [Rect](), offset: rect.y)) { acc, height in
            acc.rects.append(Rect(x: rect.x, y: acc.offset, width: rect.width, height: height))
            acc.offset += height
        }.rects
    }

    public static func horizontal(_ constraints: [Constraint], in rect: Rect) -> [Rect] {
        sizes(constraints, total: rect.width).reduce(into: (rects: [Rect](), offset: rect.x)) { acc, width in
            acc.rects.append(Rect(x: acc.offset, y: rect.y, width: width, height: rect.height))
            acc.offset += width
        }.rects
    }

    static func sizes(_ constraints: [Constraint], total: Int) -> [Int] {
        var remaining = total
        var result = constraints.map { constraint -> Int in
            guard case .length(let length) = constraint else { return 0 }
            let granted = min(max(0, length), remaining)
            remaining -= granted
            return granted
        }
        let weights = constraints.map { if case .fill(let weight) = $0 { max(0, weight) } else { 0 } }
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0 else { return result }
        var leftover = remaining
        for index in result.indices where weights[index] > 0 {
            result[index] = remaining * weights[index] / totalWeight
            leftover -= result[index]
        }
        for index in result.indices where weights[index] > 0 && leftover > 0 {
            result[index] += 1
            leftover -= 1
        }
        return result
    }
}
