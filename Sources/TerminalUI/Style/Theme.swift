/// What one role looks like in a theme: a colour and attributes.
public struct Paint: Hashable, Sendable {
    public var color: Color
    public var attributes: TextAttributes

    public init(_ color: Color = .default, attributes: TextAttributes = []) {
        self.color = color
        self.attributes = attributes
    }
}

/// The colours and attributes resolved for one cell, ready for a backend.
public struct ResolvedStyle: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var attributes: TextAttributes
}

/// A theme: a paint for every ``ColorRole``.
///
/// A cell's foreground role gives its text colour and its background role the background colour; the
/// attributes of both roles are added to the cell's own. So `mono`, which has only attributes, still shows a
/// selection (reverse) and errors (bold underline).
public struct Theme: Hashable, Sendable {
    public var name: String
    public var paints: [ColorRole: Paint]

    public init(name: String, paints: [ColorRole: Paint]) {
        self.name = name
        self.paints = paints
    }

    /// The paint of a role; roles a theme leaves out are plain.
    public subscript(role: ColorRole) -> Paint { paints[role] ?? Paint() }

    /// The colours and attributes for a cell style.
    public func resolve(_ style: Style) -> ResolvedStyle {
        let foreground = self[style.foreground], background = self[style.background]
        return ResolvedStyle(
            foreground: foreground.color, background: background.color,
            attributes: style.attributes.union(foreground.attributes).union(background.attributes))
    }

    /// Attributes only, for NO_COLOR and terminals without colour.
    public static let mono = Theme(name: "mono", paints: [
        .muted: Paint(attributes: .dim), .accent: Paint(attributes: .bold), .selection: Paint(attributes: .reverse),
        .success: Paint(attributes: .bold), .warning: Paint(attributes: .underline),
        .error: Paint(attributes: [.bold, .underline]), .system: Paint(attributes: .italic),
        .user: Paint(attributes: .bold), .tool: Paint(attributes: .dim),
    ])
}
