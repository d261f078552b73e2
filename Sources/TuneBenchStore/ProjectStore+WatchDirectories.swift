import Foundation
import TuneBenchCore

/// The directories the TUI watches for results files (`:watch DIR`): a setting of the Evals scope holding a JSON
/// list, so adding one is undone with the Evals pane's `u`.
extension ProjectStore {
    /// The setting's key.
    public static let watchDirectoriesKey = "evals.watch_directories"

    /// The watched directories, in the order they were added.
    public func watchDirectories() throws -> [String] {
        guard let value = try setting(Self.watchDirectoriesKey) else { return [] }
        return (try? JSONDecoder().decode([String].self, from: Data(value.utf8))) ?? []
    }

    /// The setting's value for a list of directories (nil: none, the setting is removed).
    public static func watchDirectoriesValue(_ directories: [String]) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        guard !directories.isEmpty, let data = try? encoder.encode(directories) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
