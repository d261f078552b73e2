/// The one table of key bindings an application has. Key resolution, help, `:` completion and the keys
/// documentation all read it, so they cannot disagree.
///
///     let table = BindingTable(rows)
///     table.resolve(.character("q"), in: [.overlay("help"), .pane("dataset"), .global])
///     table.conflicts()   // [] when no key is bound twice in one scope
public struct BindingTable<Action: NamedAction, Context>: Sendable {
    public let rows: [Binding<Action, Context>]
    /// For each scope, its groups in table order and the indices of their rows: help is drawn every frame it is
    /// open, and walking (and copying) every row per scope each time cost more than the drawing.
    private let groupsByScope: [BindingScope: [(group: String, rows: [Int])]]
    /// Each row's ``Binding/keyLabel`` and ``Binding/longName``, computed once for the same reason.
    public let keyLabels: [String], longNamesByRow: [String]

    public init(_ rows: [Binding<Action, Context>]) {
        self.rows = rows
        var groups: [BindingScope: [(group: String, rows: [Int])]] = [:]
        for (index, row) in rows.enumerated() {
            if let at = groups[row.scope]?.firstIndex(where: { $0.group == row.group }) {
                groups[row.scope]![at].rows.append(index)
            } else {
                groups[row.scope, default: []].append((row.group, [index]))
            }
        }
        groupsByScope = groups
        keyLabels = rows.map(\.keyLabel)
        longNamesByRow = rows.map(\.longName)
    }

    /// The first binding for `key` in the first of `scopes` that binds it.
    public func resolve(_ key: Key, in scopes: [BindingScope]) -> Binding<Action, Context>? {
        for scope in scopes {
            if let row = rows.first(where: { $0.scope == scope && $0.keys.contains(key) }) { return row }
        }
        return nil
    }

    /// The binding whose action has this long name.
    public func command(named longName: String) -> Binding<Action, Context>? {
        rows.first { $0.longName == longName }
    }

    /// Long names that start with `prefix`, sorted, without repeats.
    public func longNames(startingWith prefix: String) -> [String] {
        Array(Set(rows.map(\.longName).filter { $0.hasPrefix(prefix) })).sorted()
    }

    /// A key bound more than once in one scope.
    public struct Conflict: Hashable, Sendable, CustomStringConvertible {
        public var scope: BindingScope
        public var key: Key
        public var longNames: [String]
        public var description: String { "\(key.name) in \(scope): \(longNames.joined(separator: ", "))" }
    }

    /// Every key bound more than once within one scope.
    public func conflicts() -> [Conflict] {
        var seen: [BindingScope: [Key: [String]]] = [:]
        for row in rows {
            for key in row.keys { seen[row.scope, default: [:]][key, default: []].append(row.longName) }
        }
        return seen.flatMap { scope, keys in
            keys.filter { $0.value.count > 1 }.map { Conflict(scope: scope, key: $0.key, longNames: $0.value) }
        }.sorted { ($0.scope, $0.key.name) < ($1.scope, $1.key.name) }
    }

    /// The rows (indices into ``rows``) of some scopes grouped for help, groups in first-seen order, scopes in the
    /// order given.
    public func groups(in scopes: [BindingScope]) -> [(group: String, rows: [Int])] {
        var merged: [(group: String, rows: [Int])] = []
        for scope in scopes {
            for (group, indices) in groupsByScope[scope] ?? [] {
                if let at = merged.firstIndex(where: { $0.group == group }) {
                    merged[at].rows += indices
                } else {
                    merged.append((group, indices))
                }
            }
        }
        return merged
    }

    /// The table as Markdown: one section per scope, one table row per binding.
    public func markdown(title: String, scopeTitles: (BindingScope) -> String) -> String {
        var scopes: [BindingScope] = []
        for row in rows where !scopes.contains(row.scope) { scopes.append(row.scope) }
        var text = "# \(title)\n\n"
        text += "Generated from the binding table by `tunebench keys --markdown`; do not edit by hand.\n"
        for scope in scopes {
            text += "\n## \(scopeTitles(scope))\n\n| keys | command | group | what it does |\n| --- | --- | --- | --- |\n"
            for row in rows where row.scope == scope {
                let keys = row.keys.isEmpty ? "(`:` only)" : row.keys.map { "`\($0.name)`" }.joined(separator: " ")
                text += "| \(keys) | `\(row.longName)` | \(row.group) | \(row.help.replacingPipes()) |\n"
            }
        }
        return text
    }
}

extension String {
    fileprivate func replacingPipes() -> String {
        split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }
}
