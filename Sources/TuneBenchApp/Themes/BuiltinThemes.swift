import TerminalUI

/// The default theme compiled in, so the app has colours even when themes/ is not installed next to it.
/// A test checks it against themes/default.toml.
public enum BuiltinThemes {
    public static let dark = Theme(name: "default", paints: [
        .background: Paint(.default),
        .text: Paint(.indexed(252)),
        .muted: Paint(.indexed(245)),
        .accent: Paint(.rgb(0x5F, 0xAF, 0xFF)),
        .selection: Paint(.indexed(237)),
        .success: Paint(.rgb(0x5F, 0xD7, 0x5F)),
        .warning: Paint(.rgb(0xFF, 0xAF, 0x00)),
        .error: Paint(.rgb(0xFF, 0x5F, 0x5F), attributes: .bold),
        .system: Paint(.rgb(0xAF, 0x87, 0xFF), attributes: .italic),
        .user: Paint(.rgb(0x87, 0xD7, 0xFF)),
        .assistant: Paint(.rgb(0x87, 0xD7, 0x87)),
        .tool: Paint(.rgb(0xD7, 0xAF, 0x87)),
    ])
}
