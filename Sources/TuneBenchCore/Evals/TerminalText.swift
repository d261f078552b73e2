/// Untrusted text (model outputs, inputs, reasons) made safe for one terminal line: control characters (C0, DEL,
/// C1, including ESC) become `·`, line breaks `⏎`, tabs a space; longer than `width` characters ends in `…`.
public func terminalSafeLine(_ text: String, width: Int) -> String {
    var out = ""
    var count = 0
    for scalar in text.unicodeScalars {
        guard count < width else { out.removeLast(); out += "…"; return out }
        switch scalar.value {
        case 0x0a: out += "⏎"
        case 0x0d: continue
        case 0x09: out += " "
        case 0x00..<0x20, 0x7f..<0xa0: out += "·"
        default: out.unicodeScalars.append(scalar)
        }
        count += 1
    }
    return out
}
