import TuneBenchStore

/// Named filters, kept as project settings (`browser.filter.NAME` = the filter's text), so they travel with the
/// project file: `:filter save NAME`, `:filter NAME`, `:filter delete NAME`, `:filter` lists them.
enum DatasetSavedFilters {
    static let settingPrefix = "browser.filter."
    static let usage = "usage: :filter [save NAME | delete NAME | NAME]"

    /// The effects of `:filter WORDS` with the pane's current filter.
    static func run(_ words: [String], current: ExampleFilter) -> [Effect] {
        switch words.count {
        case 0:
            return [.task(AppTask(title: "reading saved filters", kind: .read) { environment, _ in
                let saved = try environment.store.allSettings().filter { $0.key.hasPrefix(settingPrefix) }
                    .map { ($0.key.dropFirst(settingPrefix.count), $0.value) }.sorted { $0.0 < $1.0 }
                guard !saved.isEmpty else {
                    return .showMessage(StatusMessage("no saved filters; :filter save NAME saves the current one"))
                }
                return .showMessage(StatusMessage("saved filters: " + saved.map { "\($0.0) (\($0.1))" }.joined(separator: ", ")))
            })]
        case 2 where words[0] == "save":
            let name = words[1], text = current.label
            guard !current.isEmpty else {
                return [.task(AppTask(title: "saving filter", kind: .read) { _, _ in
                    .showMessage(StatusMessage("nothing to save: no filter is set (F sets one)", kind: .warning))
                })]
            }
            return [.task(AppTask(title: "saving filter", kind: .ordered) { environment, _ in
                try environment.store.setSetting(settingPrefix + name, to: text)
                return .showMessage(StatusMessage("filter saved as \(name): \(text) (:filter \(name) recalls it)"))
            })]
        case 2 where words[0] == "delete":
            let name = words[1]
            return [.task(AppTask(title: "deleting filter", kind: .ordered) { environment, _ in
                guard try environment.store.setting(settingPrefix + name) != nil else {
                    return .showMessage(StatusMessage("no saved filter named \(name)", kind: .warning))
                }
                try environment.store.setSetting(settingPrefix + name, to: nil)
                return .showMessage(StatusMessage("deleted the saved filter \(name)"))
            })]
        case 1:
            let name = words[0]
            return [.task(AppTask(title: "reading filter", kind: .ordered) { environment, _ in
                guard let text = try environment.store.setting(settingPrefix + name) else {
                    return .showMessage(StatusMessage("no saved filter named \(name) (:filter lists them)", kind: .warning))
                }
                return .dataset(.submitted(.filter, text))
            })]
        default:
            return [.task(AppTask(title: "filter", kind: .read) { _, _ in .showMessage(StatusMessage(usage, kind: .warning)) })]
        }
    }
}
