import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The user's editor: `$VISUAL`, else `$EDITOR`, else `vi`. The command may carry arguments (`code --wait`),
/// so it runs through `/bin/sh -c 'COMMAND "$1"' sh FILE`, with the app's standard input, output and error.
public struct ExternalEditor: Sendable, Equatable {
    public var command: String

    public init(command: String) { self.command = command }

    /// The editor the environment names.
    public init(environment: [String: String]) {
        let named = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }
            .first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        command = named ?? "vi"
    }

    /// What came back from one editing session.
    public enum Outcome: Equatable, Sendable {
        /// The file as saved (the text it started with when nothing was saved).
        case saved(String)
        /// The editor could not start or exited with a failure status (`:cq` in vi): nothing to store.
        case failed(String)
    }

    /// Writes `text` to a new temporary file (named `fileName` inside a private folder), runs the editor on it,
    /// waits for it, and reads the file back. The folder is removed afterwards.
    public func edit(_ text: String, fileName: String) -> Outcome {
        let fileManager = FileManager.default
        let folder = fileManager.temporaryDirectory.appendingPathComponent("tunebench-edit-\(UUID().uuidString)")
        do {
            try fileManager.createDirectory(at: folder, withIntermediateDirectories: false,
                                            attributes: [.posixPermissions: 0o700])
        } catch {
            return .failed("cannot create a temporary file: \(error.localizedDescription)")
        }
        defer { try? fileManager.removeItem(at: folder) }
        let file = folder.appendingPathComponent(fileName)
        do {
            try Data(text.utf8).write(to: file)
        } catch {
            return .failed("cannot write \(file.path): \(error.localizedDescription)")
        }
        switch run(file: file.path) {
        case .success(0): break
        case .success(let status): return .failed("the editor (\(command)) exited with status \(status); nothing saved")
        case .failure(let failure): return .failed(failure.description)
        }
        guard let data = fileManager.contents(atPath: file.path) else {
            return .failed("the edited file \(fileName) is gone; nothing saved")
        }
        guard let saved = String(validating: data, as: UTF8.self) else {
            return .failed("the edited file is not valid UTF-8; nothing saved")
        }
        return .saved(saved)
    }

    /// Spawns the shell running the editor and waits for it; the exit status, or why it could not run.
    private func run(file: String) -> Result<Int32, EditorFailure> {
        let arguments = ["/bin/sh", "-c", "\(command) \"$1\"", "sh", file]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ)
        guard spawned == 0 else { return .failure(EditorFailure("cannot start /bin/sh: \(String(cString: strerror(spawned)))")) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { return .failure(EditorFailure("lost the editor process: \(String(cString: strerror(errno)))")) }
        }
        // WIFEXITED / WEXITSTATUS by hand: the macros are not imported.
        if status & 0x7f == 0 { return .success((status >> 8) & 0xff) }
        return .success(128 + (status & 0x7f))
    }
}

struct EditorFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
