/// One row of a binding table: the keys, the action they run, where they apply, and how help shows them.
///
///     Binding([.character("z"), .enter], .toggleZoom, scope: .global, group: "Panes", help: "zoom the focused pane")
///
/// A binding with no keys is still a command: `:` runs it by its long name. `disabledReason` returns why
/// the action cannot run in a context (nil when it can); help greys such rows out and pressing the key shows
/// the reason instead of acting.
public struct Binding<Action: NamedAction, Context>: Sendable {
    public var keys: [Key]
    public var action: Action
    public var scope: BindingScope
    public var group: String
    public var help: String
    public var disabledReason: @Sendable (Context) -> String?

    public init(_ keys: [Key], _ action: Action, scope: BindingScope, group: String, help: String,
                disabledReason: @escaping @Sendable (Context) -> String? = { _ in nil }) {
        self.keys = keys
        self.action = action
        self.scope = scope
        self.group = group
        self.help = help
        self.disabledReason = disabledReason
    }

    /// The action's long name.
    public var longName: String { action.longName }

    /// The keys as help shows them: `j/↓`.
    public var keyLabel: String { keys.map(\.label).joined(separator: "/") }
}
