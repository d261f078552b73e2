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
        let requested = [flag, environment["TUNEBENCH_THEME"], projectSetting]
            .compactMap { $0 }.first { !$0.isEmpty } ?? "default"
        do {
            if let theme = try catalog.load(requested) { return ThemeChoice(theme: theme, warning: nil) }
            // Without the shipped themes/ folder (an installed binary), the compiled-in default stands in.
            if requested == "default" { return ThemeChoice(theme: BuiltinThemes.dark, warning: nil) }
            let known = catalog.names().joined(separator: ", ")
            return fallback(catalog, warning: "no theme named '\(requested)' (themes: \(known)); using default")
        } catch let error as ThemeError {
            return fallback(catalog, warning: "\(error.description); using default")
        } catch {
            return fallback(catalog, warning: "\(error); using default")
        }
    }

    private static func fallback(_ catalog: ThemeCatalog, warning: String) -> ThemeChoice {
        let theme = (try? catalog.load("default")).flatMap { $0 } ?? BuiltinThemes.dark
        return ThemeChoice(theme: theme, warning: warning)
    }
}
