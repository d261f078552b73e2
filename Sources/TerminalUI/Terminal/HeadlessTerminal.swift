/// A terminal in memory, for tests: keys come from a queue, and presenting applies the diff to a screen
/// grid, the way a real backend would, so tests see exactly what a user would.
///
///     let terminal = HeadlessTerminal(size: Size(width: 80, height: 24), keys: [.character("?")])
///     terminal.screen.lines()
public final class HeadlessTerminal: Terminal {
    public private(set) var size: Size
    /// What the terminal shows now.
    public private(set) var screen: Grid
    /// How many cells the last `present` wrote.
    public private(set) var lastWriteCount = 0
    private var shown: Grid?
    private var keys: [Key]

    public init(size: Size, keys: [Key] = []) {
        self.size = size
        self.screen = Grid(size: size)
        self.keys = keys
    }

    /// Whether queued keys are still waiting to be read (a scripted loop stops when they run out).
    public var hasQueuedKeys: Bool { !keys.isEmpty }

    /// Queues keys for `nextKey`.
    public func enqueue(_ keys: [Key]) { self.keys.append(contentsOf: keys) }

    /// Changes the size and queues the resize event a real terminal would send.
    public func resize(to size: Size) {
        self.size = size
        keys.append(.resize(size))
    }

    public func present(_ grid: Grid) {
        if grid.size != screen.size { screen = Grid(size: grid.size) }
        let changes = grid.changes(from: shown)
        for change in changes { screen.put(change.cell, x: change.x, y: change.y) }
        // A wide grapheme also covers the cell to its right, as on a real terminal.
        for change in changes where change.cell.width == 2 && change.x + 1 < screen.width {
            screen.put(Cell(" ", width: 0, style: change.cell.style), x: change.x + 1, y: change.y)
        }
        lastWriteCount = changes.count
        shown = grid
    }

    /// How many times the terminal was released to another program.
    public private(set) var releaseCount = 0

    /// Runs `body` at once (there is no screen to give back); the next `present` redraws every cell, as after a
    /// real release.
    public func runReleased(_ body: () -> Void) {
        releaseCount += 1
        body()
        shown = nil
    }

    public func nextKey(timeoutMilliseconds: Int) -> Key? {
        keys.isEmpty ? nil : keys.removeFirst()
    }
}
