/// A terminal the application draws on and reads keys from. `CursesTerminal` is the real one;
/// ``HeadlessTerminal`` is the one tests use.
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// Shows a grid, writing only the cells that differ from the last grid shown.
    func present(_ grid: Grid)
    /// The next input event, waiting at most `timeoutMilliseconds` (nil when none came).
    func nextKey(timeoutMilliseconds: Int) -> Key?
    /// Runs `body` (a program that needs the terminal, such as `$EDITOR`) with the terminal given back: normal
    /// mode, the shell's screen. Afterwards the terminal is taken again and the next `present` redraws every cell.
    func runReleased(_ body: () -> Void)
}
