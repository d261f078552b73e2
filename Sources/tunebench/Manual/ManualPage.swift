/// Writes tunebench(1) in man(7) roff from the command tree: every command with its arguments and options,
/// then the environment, files and exit statuses. The same tree gives the same bytes (no date), so a test can
/// check the committed page is current.
enum ManualPage {
    static func render(_ root: CommandTree, version: String) -> String {
        var out = [".TH TUNEBENCH 1 \"\" \"tunebench \(version)\" \"User Commands\"", ".SH NAME",
                   "tunebench \\- " + escaped(root.abstract ?? ""), ".SH SYNOPSIS",
                   ".B tunebench", ".I PATH", ".br", ".B tunebench", ".I COMMAND", "[\\fIARGUMENTS\\fR]", ".SH DESCRIPTION"]
        out += paragraphs(root.discussion)
        out += paragraphs("""
            tunebench PATH is tunebench open PATH: the terminal UI on a project file. Every command takes \
            \\-\\-help. A word where a command is expected that is neither a command nor a file is refused with the \
            nearest command name (exit 2).
            """, escape: false)
        out.append(".SH COMMANDS")
        for (path, command) in flattened(root, path: []) where !path.isEmpty {
            out += section(path: path, command)
        }
        out += staticSections
        return out.joined(separator: "\n") + "\n"
    }

    /// Every command below `command`, depth first, with its full name.
    private static func flattened(_ command: CommandTree, path: [String]) -> [([String], CommandTree)] {
        [(path, command)] + command.visibleSubcommands.flatMap { flattened($0, path: path + [$0.commandName]) }
    }

    private static func section(path: [String], _ command: CommandTree) -> [String] {
        let positionals = command.visibleArguments.filter { $0.kind == "positional" }
        let usage = positionals.map { argument -> String in
            let name = "\\fI" + escaped(argument.valueName ?? "value") + "\\fR" + (argument.isRepeating ? "..." : "")
            return argument.isOptional ? "[\(name)]" : name
        }
        let hasOptions = command.visibleArguments.contains { $0.kind != "positional" }
        let group = !command.visibleSubcommands.isEmpty
        var lines = [".SS \"" + (["tunebench"] + path).joined(separator: " ") + (group ? " \\fICOMMAND\\fR" : "")
            + (usage.isEmpty ? "" : " " + usage.joined(separator: " ")) + (hasOptions ? " [\\fIoptions\\fR]" : "") + "\""]
        lines += paragraphs(command.abstract)
        lines += paragraphs(command.discussion)
        if group {
            lines.append(".PP")
            lines.append("Commands: " + command.visibleSubcommands.map { escaped($0.commandName) }.joined(separator: ", ") + ".")
        }
        for argument in command.visibleArguments {
            lines.append(".TP")
            lines.append(term(argument))
            var help = argument.abstract ?? ""
            if let value = argument.defaultValue, !value.isEmpty, argument.kind == "option" { help += " (default: \(value))" }
            lines.append(escaped(help))
            if let discussion = argument.discussion, !discussion.isEmpty { lines += paragraphs(discussion) }
        }
        return lines
    }

    private static func term(_ argument: CommandTree.Argument) -> String {
        let value = "\\fI" + escaped(argument.valueName ?? "value") + "\\fR"
        if argument.kind == "positional" { return value + (argument.isRepeating ? "..." : "") }
        let names = (argument.names ?? []).map { "\\fB" + escaped($0.spelled) + "\\fR" }.joined(separator: ", ")
        return names + (argument.kind == "option" ? " " + value : "") + (argument.isRepeating ? " (repeatable)" : "")
    }

    private static let staticSections: [String] = [
        ".SH ENVIRONMENT",
        ".TP", "\\fBTUNEBENCH_THEME\\fR", "The colour theme when no \\-\\-theme is given (default, light, high-contrast, mono, or NAME.toml in the user's theme folder).",
        ".TP", "\\fBNO_COLOR\\fR", "When set and not empty, the mono theme (attributes only).",
        ".TP", "\\fBTUNEBENCH_RANK_DIR\\fR", "A folder of tiktoken rank files, searched after \\-\\-rank\\-dir and before the project's tokenizer.rank_dir setting; tokenizer install writes there by default.",
        ".TP", "\\fBTIKTOKEN_CACHE_DIR\\fR, \\fBDATA_GYM_CACHE_DIR\\fR", "tiktoken's cache, searched for rank files by tiktoken's own names.",
        ".TP", "\\fBXDG_CONFIG_HOME\\fR", "User themes live in $XDG_CONFIG_HOME/tunebench/themes (default ~/.config/tunebench/themes).",
        ".TP", "\\fBXDG_DATA_HOME\\fR", "Rank files installed by tokenizer install live in $XDG_DATA_HOME/tunebench/encodings (default ~/.local/share/tunebench/encodings).",
        ".TP", "\\fBVISUAL\\fR, \\fBEDITOR\\fR", "The editor the Dataset pane opens a record in (default vi).",
        ".SH FILES",
        ".TP", "\\fINAME\\fR.tunebench", "A project: one SQLite database.",
        ".TP", "\\fIPREFIX\\fR/share/tunebench/themes", "The shipped themes of an installed tunebench.",
        ".PP", "tunebench config shows every place looked in and what was found there.",
        ".SH EXIT STATUS",
        "0 success, 1 a check failed, 2 usage or input error.",
        ".SH SEE ALSO",
        "The README of the tunebench sources, and tunebench keys for the terminal UI's keys.",
    ]

    /// Text as roff paragraphs: blank lines separate paragraphs, and each line is escaped.
    private static func paragraphs(_ text: String?, escape: Bool = true) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        var lines = [".PP"]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { lines.append(".PP"); continue }
            lines.append(escape ? escaped(trimmed) : trimmed)
        }
        return lines
    }

    /// Backslashes and a line's leading `.` or `'` made literal; `-` kept as a hyphen-minus; anything beyond ASCII
    /// written as `\[uXXXX]`, which every roff reads whatever the locale.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\e"
            case "-": result += "\\-"
            case _ where scalar.value < 0x20: result += " "
            case _ where scalar.value > 0x7E:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
            default: result.unicodeScalars.append(scalar)
            }
        }
        if result.hasPrefix(".") || result.hasPrefix("'") { result = "\\&" + result }
        return result
    }
}
