/// An action with a stable long name (`focus-next`, `toggle-zoom`), as in VisiData: keys bind to names, the
/// `:` command line runs names, and help and docs list them.
public protocol NamedAction: Sendable {
    var longName: String { get }
}
