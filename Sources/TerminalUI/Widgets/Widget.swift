/// Something that draws itself into a rectangle of a grid. Widgets are values built fresh for every frame;
/// state that outlives a frame (selection, scroll offset) belongs to the application state.
public protocol Widget {
    func render(in area: Rect, into grid: inout Grid)
}

extension Grid {
    /// Renders a widget into a rectangle.
    public mutating func render(_ widget: some Widget, in area: Rect) {
        widget.render(in: area, into: &self)
    }
}
