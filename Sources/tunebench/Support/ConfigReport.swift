import Foundation
import TuneBenchApp
import TuneBenchCore

/// What `tunebench config` shows, and its `--json` contract:
/// `{"themes": {"shipped": DIR, "user": DIR, "names": [NAME], "selected": NAME},
///   "rank_files": {"places": [{"source", "directory", "exists"}], "encodings": [{"name", "path"}]},
///   "settings": {"project": PATH, "values": {KEY: VALUE}, "environment": {VARIABLE: VALUE}}}`;
/// a folder or file not found is null.
struct ConfigReport: Encodable {
    struct Themes: Encodable {
        @NullEncoded var shipped: String?
        @NullEncoded var user: String?
        var names: [String]
        var selected: String
    }

    struct Place: Encodable {
        var source: String
        @NullEncoded var directory: String?
        var exists: Bool
    }

    struct Encoding: Encodable {
        var name: String
        @NullEncoded var path: String?
    }

    struct RankFiles: Encodable {
        var places: [Place]
        var encodings: [Encoding]
    }

    struct Settings: Encodable {
        @NullEncoded var project: String?
        var values: [String: String]
        var environment: [String: NullEncoded<String>]
    }

    /// The variables tunebench reads.
    static let variables = ["TUNEBENCH_THEME", "NO_COLOR", RankFileLocator.directoryVariable, "TIKTOKEN_CACHE_DIR",
                            "DATA_GYM_CACHE_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "VISUAL", "EDITOR"]

    var themes: Themes
    var rankFiles: RankFiles
    var settings: Settings

    enum CodingKeys: String, CodingKey {
        case themes, settings
        case rankFiles = "rank_files"
    }

    init(environment: [String: String], searchRoots: [URL], project: String?, settings values: [String: String],
         locator: RankFileLocator) {
        let catalog = ThemeCatalog.standard(environment: environment, searchRoots: searchRoots)
        let user = ThemeCatalog.userDirectory(environment: environment)
        let selected = ThemeChoice.requestedName(flag: nil, environment: environment, projectSetting: values["theme"])
        themes = Themes(shipped: ThemeCatalog.shippedDirectory(searchRoots: searchRoots),
                        user: user.flatMap { Self.isDirectory($0) ? $0 : nil }, names: catalog.names(), selected: selected)
        let catalogOfRanks = TokenizerCatalog(locator: locator)
        rankFiles = RankFiles(
            places: RankFileLocator.sources.map { source in
                let directory = locator.places.first { $0.source == source }?.directory
                return Place(source: source, directory: directory, exists: directory.map(Self.isDirectory) ?? false)
            },
            encodings: TiktokenEncoding.allCases.map { encoding in
                Encoding(name: encoding.rawValue, path: try? catalogOfRanks.tokenizer(for: encoding).rankFilePath)
            })
        settings = Settings(project: project, values: values,
                            environment: Dictionary(uniqueKeysWithValues: Self.variables.map { ($0, NullEncoded(wrappedValue: environment[$0])) }))
        userThemeFolder = user
    }

    /// Where user themes would go even when the folder does not exist yet (the text says so).
    private var userThemeFolder: String?

    /// The text form: one section per kind of thing, every place on its own line with what was found.
    var text: String {
        var lines = ["themes"]
        lines.append("  shipped   " + (themes.shipped.map(shown) ?? "not found (the compiled-in default stands in)"))
        lines.append("  user      " + (userThemeFolder.map { shown($0) + (themes.user == nil ? "  (missing)" : "") } ?? "no HOME"))
        lines.append("  available " + (themes.names.isEmpty ? "default (compiled in)" : themes.names.map(shown).joined(separator: ", ")))
        lines.append("  selected  " + shown(themes.selected) + (settings.environment["NO_COLOR"]?.wrappedValue.map { $0.isEmpty ? "" : " (NO_COLOR forces mono)" } ?? ""))
        lines.append("rank files, searched in this order")
        let width = (rankFiles.places.map(\.source.count).max() ?? 0) + 2
        for place in rankFiles.places {
            let found = place.directory.map { shown($0) + (place.exists ? "" : "  (missing)") } ?? "(not set)"
            lines.append("  " + place.source.padding(toLength: width, withPad: " ", startingAt: 0) + found)
        }
        for encoding in rankFiles.encodings {
            lines.append("  " + encoding.name.padding(toLength: width, withPad: " ", startingAt: 0)
                + (encoding.path.map { "found " + shown($0) } ?? "not found (counts are estimates; tunebench tokenizer install)"))
        }
        lines.append("settings")
        if let project = settings.project {
            lines.append("  project   " + shown(project) + (settings.values.isEmpty ? " (no settings)" : ""))
            for (key, value) in settings.values.sorted(by: { $0.key < $1.key }) {
                lines.append("    " + shown(key) + " = " + shown(value))
            }
        } else {
            lines.append("  project   (give --project PATH to list a project's settings)")
        }
        for variable in Self.variables {
            lines.append("  $" + variable.padding(toLength: 19, withPad: " ", startingAt: 0)
                + (settings.environment[variable]?.wrappedValue.map(shown) ?? "(unset)"))
        }
        return lines.joined(separator: "\n")
    }

    private func shown(_ text: String) -> String { TerminalSafe.text(text) }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
