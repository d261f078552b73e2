import Foundation
import TerminalUI
import TuneBenchCore

/// Where themes come from: the shipped themes/ folder, then the user's folder
/// (`$XDG_CONFIG_HOME/tunebench/themes`, else `~/.config/tunebench/themes`), whose files override shipped
/// ones of the same name.
public struct ThemeCatalog: Sendable {
    /// Folders searched for `NAME.toml`, later ones winning.
    public var directories: [String]
    /// The most a theme file may hold: the default record limit, so a file with no end (`/dev/zero` behind a
    /// symlink) is refused before it fills memory, while a long but finite hostile theme still gets its warning.
    public static let fileLimit = RecordLimit.default

    public init(directories: [String]) { self.directories = directories }

    /// The shipped folder (found above the executable or the working directory) and the user's folder.
    public static func standard(environment: [String: String], searchRoots: [URL]) -> ThemeCatalog {
        var directories: [String] = []
        if let shipped = shippedDirectory(searchRoots: searchRoots) { directories.append(shipped) }
        if let user = userDirectory(environment: environment) { directories.append(user) }
        return ThemeCatalog(directories: directories)
    }

    /// The user's theme folder: `$XDG_CONFIG_HOME/tunebench/themes`, else `~/.config/tunebench/themes`.
    public static func userDirectory(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty { return config + "/tunebench/themes" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/tunebench/themes" }
        return nil
    }

    /// The nearest `themes/` (a checkout) or `share/tunebench/themes/` (an install under a prefix) folder holding
    /// `default.toml`, walking up from each root.
    public static func shippedDirectory(searchRoots: [URL]) -> String? {
        for root in searchRoots {
            var directory = root.standardizedFileURL
            while true {
                for relative in ["themes", "share/tunebench/themes"] {
                    let candidate = directory.appendingPathComponent(relative)
                    if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("default.toml").path) {
                        return candidate.path
                    }
                }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        return nil
    }

    /// The file a theme name resolves to, if any.
    public func path(of name: String) -> String? {
        directories.reversed().map { "\($0)/\(name).toml" }.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// Every theme name available, sorted.
    public func names() -> [String] {
        let files = directories.flatMap { (try? FileManager.default.contentsOfDirectory(atPath: $0)) ?? [] }
        return Array(Set(files.filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) })).sorted()
    }

    /// Loads a theme by name; nil when no file has that name.
    public func load(_ name: String) throws -> Theme? {
        guard let path = path(of: name) else { return nil }
        let data: Data
        do {
            data = try DocumentFile.read(path, limit: Self.fileLimit)
        } catch {
            if case .tooLong = error { throw ThemeError(path: path, line: 1, problem: "longer than \(Self.fileLimit): not a theme file") }
            throw ThemeError(path: path, line: 1, problem: "cannot read the file as UTF-8 text")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ThemeError(path: path, line: 1, problem: "cannot read the file as UTF-8 text")
        }
        return try ThemeFile.parse(text, path: path, name: name, base: BuiltinThemes.dark)
    }
}
