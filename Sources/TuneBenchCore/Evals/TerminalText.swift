/// Untrusted text (model outputs, inputs, reasons) made safe for one terminal line: control characters (C0, DEL,
/// C1, including ESC) and bidirectional controls become `·`, line breaks `⏎`, tabs a space; longer than `width` characters ends in `…`.
public func terminalSafeLine(_ text: String, width: Int) -> String {
    var out = ""
    var count = 0
    for scalar in text.unicodeScalars {
        guard count < width else { out.removeLast(); out += "…"; return out }
        switch scalar.value {
        case 0x0a: out += "⏎"
        case 0x0d: continue
        case 0x09: out += " "
        default: if TerminalSafeText.isUnsafe(scalar) { out += "·" } else { out.unicodeScalars.append(scalar) }
        }
        count += 1
    }
    return out
}
