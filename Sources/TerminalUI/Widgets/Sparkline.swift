/// A row of eighth-block bars, one per value, scaled to the largest: `▁▂▅█▇▅▃▂▁▁`.
///
///     Sparkline(values: histogram).render(in: row, into: &grid)
///
/// Values beyond the width are dropped from the end (the rest are scaled among themselves); negative and
/// non-finite values count as zero.
public struct Sparkline: Widget {
    public var values: [Double]
    public var style: Style

    public init(values: [Double], style: Style = Style(.accent)) {
        self.values = values
        self.style = style
    }

    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The bars as text.
    public static func text(_ values: [Double]) -> String {
        let top = values.max() ?? 0
        return String(values.map { value -> Character in
            guard top > 0, value.isFinite, value > 0 else { return levels[0] }
            return levels[min(levels.count - 1, Int((value / top * Double(levels.count - 1)).rounded()))]
        })
    }

    public func render(in area: Rect, into grid: inout Grid) {
        guard area.height > 0 else { return }
        grid.write(Sparkline.text(Array(values.prefix(area.width))), x: area.x, y: area.y, style: style, maxWidth: area.width)
    }
}
