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
        if name.unicodeScalars.contains(where: isControl) {
            return "it holds a newline or another control character"
        }
        return nil
    }

    /// The name a file gives its dataset when none is chosen: control characters become `?` and it is cut to
    /// the longest accepted length.
    public static func derived(from fileStem: String) -> String {
        let visible = String(String.UnicodeScalarView(fileStem.unicodeScalars.map { isControl($0) ? "?" : $0 }))
        return String(visible.prefix(maximumLength))
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    /// `name` cut to 60 characters with control characters shown as `?`, for an error message.
    public static func shown(_ name: String) -> String {
        let cut = name.count > 60 ? String(name.prefix(60)) + "…" : name
        return String(String.UnicodeScalarView(cut.unicodeScalars.map { isControl($0) ? "?" : $0 }))
    }
}
