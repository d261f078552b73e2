import TerminalUI

/// The theme the app starts with, and a warning to show when the asked-for theme could not be used.
public struct ThemeChoice: Sendable {
    public var theme: Theme
    public var warning: String?

    /// Picks the theme: `NO_COLOR` forces mono; otherwise `--theme`, then `TUNEBENCH_THEME`, then the
    /// project's `theme` setting, then `default`. A missing or malformed theme falls back to `default` with a
    /// warning naming the file, line and problem.
    public static func choose(flag: String?, environment: [String: String], projectSetting: String?,
                              catalog: ThemeCatalog) -> ThemeChoice {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty {
            return ThemeChoice(theme: Theme.mono, warning: nil)
        }
        let requested = requestedName(flag: flag, environment: environment, projectSetting: projectSetting)
        do {
            if let theme = try catalog.load(requested) { return ThemeChoice(theme: theme, warning: nil) }
            // Without the shipped themes/ folder (an installed binary), the compiled-in default stands in.
            if requested == "default" { return ThemeChoice(theme: BuiltinThemes.dark, warning: nil) }
            let known = catalog.names().joined(separator: ", ")
            return fallback(catalog, warning: "no theme named '\(shown(requested))' (themes: \(shown(known))); using default")
        } catch let error as ThemeError {
            return fallback(catalog, warning: "\(shown(error.description)); using default")
        } catch {
            return fallback(catalog, warning: "\(shown("\(error)")); using default")
        }
    }

    /// The theme name asked for: `--theme`, then `TUNEBENCH_THEME`, then the project's setting, then `default`.
    public static func requestedName(flag: String?, environment: [String: String], projectSetting: String?) -> String {
        [flag, environment["TUNEBENCH_THEME"], projectSetting].compactMap { $0 }.first { !$0.isEmpty } ?? "default"
    }

    /// The longest problem a warning repeats: a theme file can quote a megabyte-long value back at us.
    static let maximumProblemLength = 300

    /// Text from a theme file or the environment, made fit for one status-bar or stderr line: control
    /// characters made visible (see `Sanitizer`) and cut at ``maximumProblemLength`` characters.
    private static func shown(_ text: String) -> String {
        let visible = Sanitizer.visible(text)
        guard visible.count > maximumProblemLength else { return visible }
        return String(visible.prefix(maximumProblemLength - 1)) + "…"
    }

    private static func fallback(_ catalog: ThemeCatalog, warning: String) -> ThemeChoice {
        let theme = (try? catalog.load("default")).flatMap { $0 } ?? BuiltinThemes.dark
        return ThemeChoice(theme: theme, warning: warning)
    }
}
