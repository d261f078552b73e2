/// How a cell looks, in theme terms: a foreground role, a background role and attributes.
///
///     Style(.accent, attributes: .bold)          // accent text on the screen background
///     Style(.text, on: .selection)               // the selected row
///
/// Cells keep roles rather than colours, so screen tests assert meaning ("this is an error") and the theme
/// can change without re-rendering.
public struct Style: Hashable, Sendable {
    public var foreground: ColorRole
    public var background: ColorRole
    public var attributes: TextAttributes

    public init(_ foreground: ColorRole = .text, on background: ColorRole = .background, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// Plain text on the screen background.
    public static let plain = Style()

    /// This style with `attributes` added.
    public func adding(_ attributes: TextAttributes) -> Style {
        var copy = self
        copy.attributes.formUnion(attributes)
        return copy
    }
}
