import Foundation

/// How the Markdown and HTML reports write numbers. The JSON format carries the raw values.
enum ReportNumbers {
    /// `0.6943` → `69.4%`.
    static func percent(_ rate: Double) -> String { String(format: "%.1f%%", rate * 100) }

    /// `0.6943` → `69%`, for tight places.
    static func wholePercent(_ rate: Double) -> String { "\(Int((rate * 100).rounded()))%" }

    /// Pass-rate points: `0.12` → `12.0 pts`.
    static func points(_ rate: Double) -> String { String(format: "%.1f pts", rate * 100) }

    /// Signed points: `0.12` → `+12.0 pts`.
    static func signedPoints(_ rate: Double) -> String { String(format: "%+.1f pts", rate * 100) }

    /// A 95% interval as `64.2–74.1%`.
    static func interval(_ low: Double, _ high: Double) -> String {
        String(format: "%.1f–%.1f%%", low * 100, high * 100)
    }

    /// A p-value: three decimals, `< 0.001` below that.
    static func pValue(_ p: Double) -> String { p < 0.001 ? "< 0.001" : String(format: "%.3f", p) }

    /// A token figure with a thin grouping: `12345.6` → `12,346`.
    static func count(_ value: Double) -> String { grouped(Int(value.rounded())) }

    /// `1234567` → `1,234,567`.
    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// SVG coordinates: one decimal, no trailing noise.
    static func coordinate(_ value: Double) -> String { String(format: "%.1f", value) }

    /// A text bar of `width` cells filled to `fraction` (0...1): `████████░░░░`.
    static func bar(_ fraction: Double, width: Int = 20) -> String {
        let filled = Int((min(1, max(0, fraction)) * Double(width)).rounded())
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }
}
