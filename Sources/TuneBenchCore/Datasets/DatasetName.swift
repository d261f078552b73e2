import Foundation

/// The rules for a dataset's name: it is shown in lists, headers and file names, so it must be short, visible
/// and on one line.
public enum DatasetName {
    /// The longest name accepted, in characters.
    public static let maximumLength = 200

    /// Why `name` cannot name a dataset, or nil when it can.
    public static func problem(_ name: String) -> String? {
        if name.trimmingCharacters(in: .whitespaces).isEmpty { return "it is empty; give a name with --dataset" }
        if name.count > maximumLength { return "it is \(name.count) characters long (at most \(maximumLength))" }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
            return "it holds a newline or another control character"
        }
        return nil
    }

    /// `name` cut to 60 characters with control characters shown as `?`, for an error message.
    public static func shown(_ name: String) -> String {
        let cut = name.count > 60 ? String(name.prefix(60)) + "…" : name
        return String(String.UnicodeScalarView(cut.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : $0 }))
    }
}
