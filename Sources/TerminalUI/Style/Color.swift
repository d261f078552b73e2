/// A colour as a theme names it: the terminal's own default, a palette index, or a 24-bit value.
///
///     Color(parsing: "#5fafff")   // .rgb(0x5f, 0xaf, 0xff)
///     Color(parsing: "bright-red") // .indexed(9)
///
/// Backends with fewer colours ask for ``paletteIndex(forPaletteSize:)``, which picks the nearest colour the
/// terminal has (256, 16 or 8), so one theme works everywhere.
public enum Color: Hashable, Sendable {
    /// The terminal's default foreground or background.
    case `default`
    /// An index into the terminal's 256-colour palette (0-15 are the ANSI colours).
    case indexed(UInt8)
    /// A 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)

    /// The names accepted in theme files for the 16 ANSI colours, in palette order.
    public static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta",
        "bright-cyan", "bright-white",
    ]

    /// Reads `default`, an ANSI name (`red`, `bright-blue`), a palette index (`"208"`) or `#rrggbb`.
    /// Returns nil for anything else.
    public init?(parsing text: String) {
        let value = text.trimmingWhitespace().lowercased()
        if value == "default" || value == "none" {
            self = .default
        } else if let index = Color.ansiNames.firstIndex(of: value) {
            self = .indexed(UInt8(index))
        } else if let number = UInt8(value) {
            self = .indexed(number)
        } else if value.hasPrefix("#"), value.count == 7, let packed = UInt32(value.dropFirst(), radix: 16) {
            self = .rgb(UInt8(packed >> 16 & 0xFF), UInt8(packed >> 8 & 0xFF), UInt8(packed & 0xFF))
        } else {
            return nil
        }
    }

    /// The palette index to use on a terminal with `paletteSize` colours (256, 16 or 8), or nil for the
    /// terminal default. Colours the terminal lacks become the nearest one it has.
    public func paletteIndex(forPaletteSize paletteSize: Int) -> Int? {
        switch self {
        case .default:
            return nil
        case .indexed(let index):
            if Int(index) < paletteSize { return Int(index) }
            return Color.nearest(to: Palette.rgb(ofIndex: Int(index)), paletteSize: paletteSize)
        case .rgb(let r, let g, let b):
            return Color.nearest(to: (Int(r), Int(g), Int(b)), paletteSize: paletteSize)
        }
    }

    private static func nearest(to rgb: (Int, Int, Int), paletteSize: Int) -> Int {
        if paletteSize >= 256 { return Palette.nearestIn256(rgb) }
        // Greys would land on whichever hue happens to be nearest (a mid grey is "nearer" yellow than black):
        // keep them grey.
        if max(rgb.0, rgb.1, rgb.2) - min(rgb.0, rgb.1, rgb.2) < 32 {
            let level = (rgb.0 + rgb.1 + rgb.2) / 3
            if paletteSize >= 16 { return level < 64 ? 0 : level < 160 ? 8 : level < 240 ? 7 : 15 }
            return level < 128 ? 0 : 7
        }
        let candidates = paletteSize >= 16 ? 0..<16 : 0..<min(max(paletteSize, 1), 8)
        return candidates.min { Palette.distance(rgb, Palette.rgb(ofIndex: $0)) < Palette.distance(rgb, Palette.rgb(ofIndex: $1)) } ?? 0
    }
}

/// The xterm palette's RGB values, used to degrade colours.
enum Palette {
    static let ansi: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    static func rgb(ofIndex index: Int) -> (Int, Int, Int) {
        switch index {
        case 0..<16: return ansi[index]
        case 16..<232:
            let cube = index - 16
            return (cubeLevels[cube / 36], cubeLevels[cube / 6 % 6], cubeLevels[cube % 6])
        default:
            let level = 8 + (index - 232) * 10
            return (level, level, level)
        }
    }

    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return dr * dr + dg * dg + db * db
    }

    /// The nearest colour among the 6x6x6 cube and the grey ramp (16-255), as xterm lays them out.
    static func nearestIn256(_ rgb: (Int, Int, Int)) -> Int {
        func level(_ value: Int) -> Int { cubeLevels.indices.min { abs(cubeLevels[$0] - value) < abs(cubeLevels[$1] - value) }! }
        let cube = 16 + 36 * level(rgb.0) + 6 * level(rgb.1) + level(rgb.2)
        let average = (rgb.0 + rgb.1 + rgb.2) / 3
        let grey = 232 + min(23, max(0, (average - 3) / 10))
        return distance(rgb, self.rgb(ofIndex: grey)) < distance(rgb, self.rgb(ofIndex: cube)) ? grey : cube
    }
}

extension String {
    func trimmingWhitespace() -> Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<end]
    }
}
