import Foundation

/// The one-line progress text the CLI redraws in place on a terminal:
/// `importing train.jsonl  12,345 records  45.2 MB of 300.0 MB  15%  8.1 MB/s  0:31 left`.
/// Pure: the caller passes the time elapsed and the terminal's width; the label is made visible-safe here.
public enum ProgressLine {
    /// - Parameters:
    ///   - label: what is running (`importing train.jsonl`); unsafe scalars in it (``TerminalSafeText``) become `?`.
    ///   - elapsed: seconds since the job started; rate and time left appear once half a second has passed.
    ///   - width: the terminal's columns; the line is cut to one less, so it never wraps.
    public static func text(label: String, progress: WorkProgress, elapsed: Double, width: Int) -> String {
        var parts = [TerminalSafeText.clean(label)]
        var records = "\(grouped(progress.records)) records"
        if let total = progress.totalRecords, progress.totalBytes == nil { records += " of \(grouped(total))" }
        parts.append(records)
        if let bytes = progress.bytes {
            parts.append(progress.totalBytes.map { "\(size(bytes)) of \(size($0))" } ?? size(bytes))
        }
        let fraction = progress.fraction
        if let fraction { parts.append("\(Int((fraction * 100).rounded(.down)))%") }
        if elapsed >= 0.5 {
            if let bytes = progress.bytes {
                parts.append("\(size(Int(Double(bytes) / elapsed)))/s")
            } else {
                parts.append("\(grouped(Int(Double(progress.records) / elapsed))) records/s")
            }
            if let fraction, fraction > 0, fraction < 1 {
                parts.append("\(clock(elapsed * (1 - fraction) / fraction)) left")
            }
        }
        let line = parts.joined(separator: "  ")
        let limit = max(1, width - 1)
        return line.count <= limit ? line : String(line.prefix(max(0, limit - 1))) + "…"
    }

    /// `12,345`.
    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (i, character) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// `812 B`, `45.2 MB`, `1.3 GB` (powers of 1000, as file managers show sizes).
    static func size(_ bytes: Int) -> String {
        let units = ["B", "kB", "MB", "GB", "TB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1000, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        return unit == 0 ? "\(bytes) B" : String(format: "%.1f %@", value, units[unit])
    }

    /// `0:31`, `12:05`, `1:02:03`.
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        let (h, m, s) = (total / 3600, total % 3600 / 60, total % 60)
        return h > 0 ? String(format: "%d:%02d:%02d", h, m, s) : String(format: "%d:%02d", m, s)
    }
}
