import Foundation

/// Writes a file through a temporary sibling that is renamed over the target only when complete, so a failed
/// or interrupted write never leaves a half file under the target name.
public final class AtomicFileWriter {
    public let path: String
    private let temporaryPath: String
    private let handle: FileHandle
    private var pending: [UInt8] = []
    private var committed = false

    public init(path: String) throws(AtomicFileWriterError) {
        self.path = path
        let url = URL(fileURLWithPath: path)
        temporaryPath = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)").path
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporaryPath) else {
            throw AtomicFileWriterError(path: path, reason: "cannot create a file next to it")
        }
        self.handle = handle
    }

    deinit {
        if !committed {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temporaryPath)
        }
    }

    /// Appends bytes (buffered).
    public func write<S: Sequence>(_ bytes: S) throws where S.Element == UInt8 {
        pending.append(contentsOf: bytes)
        if pending.count >= 1 << 20 { try flush() }
    }

    private func flush() throws {
        try handle.write(contentsOf: pending)
        pending.removeAll(keepingCapacity: true)
    }

    /// Flushes, syncs and renames the temporary file to `path`.
    public func commit() throws {
        try flush()
        try handle.synchronize()
        try handle.close()
        guard rename(temporaryPath, path) == 0 else {
            throw AtomicFileWriterError(path: path, reason: String(cString: strerror(errno)))
        }
        committed = true
    }
}

/// A file that could not be written.
public struct AtomicFileWriterError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "cannot write \(path): \(reason)" }
}
