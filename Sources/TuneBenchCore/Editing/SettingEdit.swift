/// One change of a project setting (`browser.accepted_target`, a saved review order...): the value before and
/// after (nil: unset). The scope says which pane's undo it belongs to.
public struct SettingEdit: Sendable, Equatable, Codable {
    public var scope: EditScope
    public var key: String
    public var before: String?
    public var after: String?

    public init(scope: EditScope, key: String, before: String?, after: String?) {
        self.scope = scope
        self.key = key
        self.before = before
        self.after = after
    }

    public var inverse: SettingEdit { SettingEdit(scope: scope, key: key, before: after, after: before) }
}
