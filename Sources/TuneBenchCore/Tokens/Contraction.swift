/// English contractions both patterns split off: `(?i:'s|'t|'re|'ve|'m|'ll|'d)`, ASCII apostrophe only.
extension ClassifiedUTF8 {
    /// The end of the contraction starting at `i`, or nil when none starts there.
    @inline(__always) func contractionEnd(at i: Int) -> Int? {
        guard byte(at: i, is: 0x27) else { return nil }
        switch lowercasedASCII(at: i + 1) {
        case 0x73, 0x64, 0x6D, 0x74: // s d m t
            return i + 2
        case 0x6C: // ll
            return lowercasedASCII(at: i + 2) == 0x6C ? i + 3 : nil
        case 0x76, 0x72: // ve re
            return lowercasedASCII(at: i + 2) == 0x65 ? i + 3 : nil
        default:
            return nil
        }
    }
}
