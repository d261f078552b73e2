import Foundation

/// Formats US dollar amounts for screens and reports.
public enum Money {
    /// Whole dollars with thousands separators: `12500.4` → `$12,500`, `-3` → `-$3`.
    public static func format(_ amount: Double) -> String {
        guard amount.isFinite else { return "$?" }
        let whole = Int(amount.rounded())
        return (whole < 0 ? "-$" : "$") + grouped(abs(whole))
    }

    /// An integer with comma thousands separators, independent of the locale: `1234567` → `1,234,567`.
    public static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var text = value < 0 ? "-" : ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }

    /// Cents shown for small amounts: `0.00418` → `$0.0042`, larger ones as `format`.
    public static func formatPrecise(_ amount: Double) -> String {
        abs(amount) >= 100 ? format(amount) : "$" + String(format: "%.4g", amount)
    }
}
