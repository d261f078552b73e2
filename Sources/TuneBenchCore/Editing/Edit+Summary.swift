/// One-line descriptions of edits, for the history, the CLI and the status bar.
extension Edit {
    /// What the edit does, in words; `count` is how many records a bulk change covered.
    public func summary(count: Int = 1) -> String {
        switch self {
        case .review(let edit):
            let what = count > 1 ? "\(count) examples" : "#\(edit.exampleID.prefix(8))"
            if let text = edit.text { return text.restoresBefore ? "text of \(what) put back" : "text of \(what) edited" }
            var parts: [String] = []
            if edit.before.status != edit.after.status {
                parts.append(edit.after.status == .pending ? "\(what) back to pending" : "\(edit.after.status.rawValue) \(what)")
            }
            let added = edit.after.tags.filter { !edit.before.tags.contains($0) }
            let removed = edit.before.tags.filter { !edit.after.tags.contains($0) }
            if !added.isEmpty { parts.append("tagged \(what) \(added.joined(separator: ", "))") }
            if !removed.isEmpty { parts.append("untagged \(what) \(removed.joined(separator: ", "))") }
            if edit.before.note != edit.after.note {
                parts.append(edit.after.note.isEmpty ? "note of \(what) removed" : "note on \(what): \(edit.after.note)")
            }
            return parts.isEmpty ? "reviewed \(what)" : parts.joined(separator: "; ")
        case .evalOverride(let edit):
            let verdict = edit.after.map { "\($0.pass ? "pass" : "fail") by hand" + ($0.note.isEmpty ? "" : " (\($0.note))") }
            return "\(edit.caseKey): \(verdict ?? "back to its imported verdict")"
        case .decisionAnswers(let edit):
            return edit.changes.map { "\($0.node): \($0.before ?? "evidence") → \($0.after ?? "evidence")" }
                .joined(separator: ", ")
        case .assumption(let edit):
            func text(_ stored: StoredAssumption?) -> String { stored?.value.displayText ?? "default" }
            return "\(edit.name.rawValue): \(text(edit.before)) → \(text(edit.after))"
        case .setting(let edit):
            return "\(edit.key): \(edit.before ?? "unset") → \(edit.after ?? "unset")"
        case .runner(let edit):
            switch (edit.before, edit.after) {
            case (nil, _): return "runner \(edit.name) added"
            case (_, nil): return "runner \(edit.name) removed"
            default: return "runner \(edit.name) changed"
            }
        case .tunePlan(let edit):
            if let plan = edit.after { return "tune #\(plan.id) planned (\(plan.tool.rawValue), \(plan.trainExamples) examples)" }
            return "tune #\(edit.before?.id ?? 0) record removed"
        case .runTune(let edit):
            let run = TerminalSafeText.clean(edit.runName)
            if let tune = edit.after { return "\(run) linked to tune #\(tune)" }
            return "\(run) unlinked from tune #\(edit.before ?? 0)"
        }
    }
}
