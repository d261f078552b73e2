/// The actions of a pane that moves a selection through a list (Dataset examples, Evals runs and cases, Cost
/// assumptions). Enum cases satisfy the requirements: `case move(Int)`, `case page(Int)`, `case top`,
/// `case bottom`.
protocol ListNavigationAction {
    static func move(_ delta: Int) -> Self
    static func page(_ delta: Int) -> Self
    static var top: Self { get }
    static var bottom: Self { get }
}

extension ListNavigationAction {
    /// What a scroll (wheel or key) means to the list: the selection moves.
    static func listAction(for command: ScrollCommand) -> Self {
        switch command {
        case .down: .move(1)
        case .up: .move(-1)
        case .pageDown: .page(1)
        case .pageUp: .page(-1)
        case .top: .top
        case .bottom: .bottom
        }
    }
}
