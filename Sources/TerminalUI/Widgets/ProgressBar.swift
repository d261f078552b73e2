/// A horizontal bar filled to a fraction, with eighth-cell resolution: `█████▌░░░░`.
public struct ProgressBar: Widget {
    public var fraction: Double
    public var filledStyle: Style
    public var emptyStyle: Style

    public init(fraction: Double, filledStyle: Style = Style(.accent), emptyStyle: Style = Style(.muted)) {
        self.fraction = fraction
        self.filledStyle = filledStyle
        self.emptyStyle = emptyStyle
    }

    static let partials: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// The bar's text at a width, for callers that compose it into a line.
    public static func text(fraction: Double, width: Int) -> (filled: String, empty: String) {
        guard width > 0 else { return ("", "") }
        let eighths = Int((min(max(fraction.isFinite ? fraction : 0, 0), 1) * Double(width * 8)).rounded())
        var filled = String(repeating: "█", count: eighths / 8)
        if eighths % 8 > 0 { filled.append(partials[eighths % 8 - 1]) }
        return (filled, String(repeating: "░", count: width - filled.count))
    }

    public func render(in area: Rect, into grid: inout Grid) {
        guard area.height > 0 else { return }
        let (filled, empty) = ProgressBar.text(fraction: fraction, width: area.width)
        let used = grid.write(filled, x: area.x, y: area.y, style: filledStyle, maxWidth: area.width)
        grid.write(empty, x: area.x + used, y: area.y, style: emptyStyle, maxWidth: area.width - used)
    }
}
