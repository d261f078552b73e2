/// A mouse event in grid coordinates.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case press, release, wheelUp = "wheel-up", wheelDown = "wheel-down"
    }

    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
