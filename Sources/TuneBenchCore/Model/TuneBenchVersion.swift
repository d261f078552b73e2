/// The version of tunebench itself, printed by `--version` and written into report footers.
public enum TuneBenchVersion {
    public static let current = "0.1.0"
}
