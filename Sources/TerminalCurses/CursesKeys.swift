@preconcurrency import CNcursesw
import TerminalUI

/// Translates what `wget_wch` returns into ``Key`` values.
enum CursesKeys {
    /// A character code (`wget_wch` returned OK).
    static func key(character code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// A function-key code (`wget_wch` returned KEY_CODE_YES); resize and mouse are handled by the caller.
    static func key(function code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case (KEY_F0 + 1)...(KEY_F0 + 24): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    /// A mouse report, in grid coordinates.
    static func mouseEvent(_ event: MEVENT) -> MouseEvent? {
        let state = event.bstate
        let x = Int(event.x), y = Int(event.y)
        if state & shim_button4_pressed() != 0 { return MouseEvent(.wheelUp, x: x, y: y) }
        if state & shim_button5_pressed() != 0 { return MouseEvent(.wheelDown, x: x, y: y) }
        if state & (shim_button1_pressed() | shim_button1_clicked()) != 0 { return MouseEvent(.press, x: x, y: y) }
        if state & shim_button1_released() != 0 { return MouseEvent(.release, x: x, y: y) }
        return nil
    }
}
