@preconcurrency import CNcursesw
@preconcurrency import Glibc
import TerminalUI

/// The ``Terminal`` over ncursesw's wide-character API: writes only the cells that changed since the last
/// frame, maps theme colours to the palette the terminal has (256, 16 or 8), reads keys, mouse and resizes.
///
///     let terminal = try CursesTerminal(theme: theme)
///     defer { terminal.restore() }
///
/// `restore()` must run before the process exits; stop signals only set a flag (see ``CursesSignals``).
public final class CursesTerminal: Terminal {
    private let theme: Theme
    private var shown: Grid?
    private var screen: OpaquePointer?
    private var isActive = false
    private var pairs: [PairKey: Int16] = [:]
    private var paletteSize = 0
    private var colorsEnabled = false

    private struct PairKey: Hashable {
        var foreground: Int?
        var background: Int?
    }

    /// Refuses when standard input or output is not a terminal, before the caller opens anything it would have
    /// to undo (the project file is not opened for writing by a UI that cannot start).
    public static func requireTerminal() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CursesError(description: "the terminal UI needs a terminal (standard input and output are not one)")
        }
    }

    /// Takes over the terminal: UTF-8 locale, raw-ish key input, 25 ms ESC delay, mouse, colours.
    /// - Throws: ``CursesError`` when standard input/output is not a usable terminal.
    public init(theme: Theme) throws {
        self.theme = theme
        CursesTerminal.chooseUTF8Locale()
        try CursesTerminal.requireTerminal()
        guard let screen = newterm(nil, stdout, stdin) else {
            let type = getenv("TERM").map { String(cString: $0) } ?? ""
            throw CursesError(description: "cannot use the terminal type '\(type)' (is TERM set to a known terminal?)")
        }
        self.screen = screen
        set_term(screen)
        isActive = true
        cbreak()
        noecho()
        nonl()
        keypad(stdscr, true)
        set_escdelay(25)
        curs_set(0)
        mouseinterval(0)
        var old: mmask_t = 0
        mousemask(shim_button_events(), &old)
        if has_colors() {
            start_color()
            use_default_colors()
            paletteSize = COLORS >= 256 ? 256 : (COLORS >= 16 ? 16 : 8)
            colorsEnabled = true
        }
        CursesSignals.install()
    }

    /// A UTF-8 locale from the environment, else C.UTF-8, so wide characters and Unicode borders work.
    static func chooseUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset.uppercased().replacingDashes() != "UTF8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    public var size: Size { Size(width: Int(COLS), height: Int(LINES)) }

    public func present(_ grid: Grid) {
        guard isActive else { return }
        for change in grid.changes(from: shown) {
            draw(change.cell, x: Int32(change.x), y: Int32(change.y))
        }
        shown = grid
        wnoutrefresh(stdscr)
        doupdate()
    }

    private func draw(_ cell: Cell, x: Int32, y: Int32) {
        var resolved = theme.resolve(cell.style)
        // With 8 colours or none, roles blur together; add the mono theme's attributes so selection, emphasis
        // and errors stay visible.
        if paletteSize < 16 { resolved.attributes.formUnion(Theme.mono.resolve(cell.style).attributes) }
        let attributes = CursesTerminal.attributes(resolved.attributes)
        let pair = colorsEnabled ? pairNumber(resolved) : 0
        let scalars = cell.scalars
        var characters = scalars.prefix(Int(CCHARW_MAX)).map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        var cchar = cchar_t()
        if setcchar(&cchar, characters, attributes, pair, nil) != OK {
            characters = [wchar_t(bitPattern: scalars.first?.value ?? 32), 0]
            setcchar(&cchar, characters, attributes, pair, nil)
        }
        mvwadd_wch(stdscr, y, x, &cchar)
    }

    private func pairNumber(_ style: ResolvedStyle) -> Int16 {
        let key = PairKey(foreground: style.foreground.paletteIndex(forPaletteSize: paletteSize),
                          background: style.background.paletteIndex(forPaletteSize: paletteSize))
        if key.foreground == nil && key.background == nil { return 0 }
        if let pair = pairs[key] { return pair }
        // COLOR_PAIR() holds 8 bits; a theme needs a few dozen pairs, so pairs beyond 255 share pair 0.
        guard pairs.count < 255, Int32(pairs.count + 1) < COLOR_PAIRS else { return 0 }
        let pair = Int16(pairs.count + 1)
        init_pair(pair, Int16(key.foreground ?? -1), Int16(key.background ?? -1))
        pairs[key] = pair
        return pair
    }

    static func attributes(_ attributes: TextAttributes) -> attr_t {
        var result = attr_t(0)
        if attributes.contains(.bold) { result |= shim_a_bold() }
        if attributes.contains(.dim) { result |= shim_a_dim() }
        if attributes.contains(.italic) { result |= shim_a_italic() }
        if attributes.contains(.underline) { result |= shim_a_underline() }
        if attributes.contains(.reverse) { result |= shim_a_reverse() }
        return result
    }

    public func nextKey(timeoutMilliseconds: Int) -> Key? {
        guard isActive else { return nil }
        wtimeout(stdscr, Int32(timeoutMilliseconds))
        var code: wint_t = 0
        let result = wget_wch(stdscr, &code)
        if result == OK { return CursesKeys.key(character: UInt32(code)) }
        guard result == KEY_CODE_YES else { return nil }
        switch Int32(code) {
        case KEY_RESIZE:
            shown = nil
            return .resize(size)
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            return CursesKeys.mouseEvent(event).map(Key.mouse)
        default:
            return CursesKeys.key(function: Int32(code))
        }
    }

    /// Gives the terminal to `body` (curses saves its modes and leaves the screen), then takes it back and clears
    /// the screen, so the next frame is drawn whole over whatever the program left.
    public func runReleased(_ body: () -> Void) {
        guard isActive else { return body() }
        def_prog_mode()
        endwin()
        body()
        reset_prog_mode()
        clearok(stdscr, true)
        shown = nil
        refresh()
    }

    /// Gives the terminal back: normal mode, cursor shown, screen as before. Safe to call more than once.
    public func restore() {
        guard isActive else { return }
        isActive = false
        var old: mmask_t = 0
        mousemask(0, &old)
        curs_set(1)
        endwin()
        CursesSignals.uninstall()
        if let screen { delscreen(screen) }
        screen = nil
    }

    deinit { restore() }
}

extension String {
    fileprivate func replacingDashes() -> String { String(filter { $0 != "-" }) }
}
