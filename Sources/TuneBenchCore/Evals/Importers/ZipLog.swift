import Foundation

/// An inspect `.eval` zip: its entries read through `ZipArchive`, with errors that name the log and the entry.
///
/// inspect_ai 0.3.206 and later compress every entry with zstd (method 93); older logs use deflate. No entry is
/// inflated past `entryLimit` (`--max-record-bytes`: a `samples/*.json` entry is one sample with its events), nor
/// past the size the directory declares for it.
struct ZipLog {

    private let archive: ZipArchive
    private let fileName: String
    private let entryLimit: Int
    /// Entry paths in archive order (a path written twice counts once, at its last record).
    var entryPaths: [String] { archive.entries.map(\.path) }

    init(data: Data, fileName: String, entryLimit: Int = RecordLimit.defaultBytes) throws(EvalInputError) {
        self.fileName = fileName
        self.entryLimit = entryLimit
        do throws(ZipError) {
            archive = try ZipArchive(data: data)
        } catch .notAZip {
            throw EvalInputError(location: fileName, message: "not a zip archive (no end of central directory record); an .eval log is a zip")
        } catch {
            throw EvalInputError(location: fileName, message: error.description)
        }
    }

    func contains(_ path: String) -> Bool { archive.entry(path) != nil }

    /// The uncompressed bytes of entry `path`.
    func read(_ path: String) throws(EvalInputError) -> Data {
        let location = "\(fileName): \(path)"
        guard let entry = archive.entry(path) else { throw EvalInputError(location: location, message: "entry missing from the archive") }
        do throws(ZipError) {
            return try archive.read(entry, limit: entryLimit)
        } catch {
            let option = if case .tooLarge = error { " (--max-record-bytes)" } else { "" }
            throw EvalInputError(location: location, message: error.description + option)
        }
    }
}
