import TuneBenchCore
import TuneBenchStore

/// How many accepted examples the review aims at: the project's own number (`:target N`, the setting
/// `browser.accepted_target`), else what the problem answered in the Decision pane needs (300 for a format or
/// style tune, 5,000 for domain vocabulary). The decision's rule keeps the framework's number either way.
/// Changing it is an edit of the Dataset pane's scope: `u` puts the earlier target back.
enum DatasetTarget {
    static let settingKey = ReviewTarget.settingKey
    static let usage = "usage: :target N (accepted examples to aim for) or :target default"

    /// The target and where it comes from (`format or style tune`, `set with :target`), nil when unknown.
    static func resolve(setting: Int?, problem: String?) -> (needed: Int, source: String)? {
        ReviewTarget.resolve(setting: setting, problem: problem).map { ($0.needed, $0.source) }
    }

    /// Reads the setting (when the pane loads).
    static func load() -> Effect {
        .task(AppTask(title: "reading the target", kind: .read) { environment, _ in
            .dataset(.targetLoaded(try environment.store.setting(settingKey).flatMap(Int.init)))
        })
    }

    /// `:target WORDS`.
    static func run(_ words: [String], current: Int?) -> [Effect] {
        switch words.first {
        case nil:
            let text = current.map { "target: \($0) accepted examples (set with :target; :target default drops it)" }
                ?? "target: from the problem answered in Decision; :target N sets your own"
            return [.task(AppTask(title: "target", kind: .read) { _, _ in .showMessage(StatusMessage(text)) })]
        case "default" where words.count == 1:
            return [.edit(EditEffect(.setting(key: settingKey, value: nil, scope: .dataset), from: .dataset))]
        case let word?:
            guard words.count == 1, let value = Int(word), value > 0 else {
                return [.task(AppTask(title: "target", kind: .read) { _, _ in .showMessage(StatusMessage(usage, kind: .warning)) })]
            }
            return [.edit(EditEffect(.setting(key: settingKey, value: String(value), scope: .dataset), from: .dataset))]
        }
    }
}
