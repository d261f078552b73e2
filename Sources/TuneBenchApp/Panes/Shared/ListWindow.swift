/// How much of a long list (the Dataset pane's examples, the Evals pane's cases) a pane holds: the rows read
/// before and after the anchor, and how near the window's edge the selection may come before the window is
/// read again around it. All three follow the list's height, with more rows before the anchor than the margin,
/// so a re-read leaves the selection clear of the edge and only every `margin`-th key reads again (a fixed
/// 100-row window on a 60-line list read the window on every key).
struct ListWindow {
    let before: Int
    let after: Int
    let margin: Int

    init(height: Int) {
        before = max(100, 3 * height)
        after = max(200, 4 * height)
        margin = max(40, 2 * height)
    }

    /// Whether selecting row `index` of the `count` held should read the window again around it.
    func needsRead(index: Int, count: Int, hasBefore: Bool, hasAfter: Bool) -> Bool {
        (index < margin && hasBefore) || (count - index <= margin && hasAfter)
    }
}
