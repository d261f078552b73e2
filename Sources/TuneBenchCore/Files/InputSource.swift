import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One dataset input opened once: a file, `-` (standard input), a pipe, a FIFO or process substitution.
///
/// Format detection reads the start of the input before the import proper reads all of it. What the probes read
/// is kept and handed out again, so every byte comes from the file once and a pipe loses nothing (its SHA-256
/// covers every byte read); only a regular file whose probes read more than ``probeLimit`` is read again from its
/// start.
public final class InputSource {
    /// The path the user gave (`-` for standard input).
    public let path: String
    /// The most a probe may read from an input that cannot seek.
    public static let probeLimit = 64 << 20
    private let descriptor: Int32
    private let startOffset: off_t?
    private var recorded: [UInt8] = []
    private var recording = true
    private var overflowed = false
    private var replayPosition: Int?

    /// True when `path` is a FIFO: opening it waits until a writer opens the other end.
    public static func isFIFO(_ path: String) -> Bool {
        var info = stat()
        return path != "-" && stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO
    }

    /// Opens `path` for reading; errors name the path and the reason.
    public init(path: String) throws(DatasetFileError) {
        self.path = path
        let fd: Int32
        if path == "-" {
            fd = dup(STDIN_FILENO)
        } else {
            var info = stat()
            guard stat(path, &info) == 0 else { throw DatasetFileError.unreadable(path, FileWriteError.reason(errno: errno)) }
            if (info.st_mode & S_IFMT) == S_IFDIR { throw DatasetFileError.unreadable(path, "is a directory, not a dataset file") }
            fd = open(path, O_RDONLY | O_CLOEXEC)
        }
        guard fd >= 0 else { throw DatasetFileError.unreadable(path, FileWriteError.reason(errno: errno)) }
        descriptor = fd
        var info = stat()
        let seekable = fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
        startOffset = seekable ? lseek(fd, 0, SEEK_CUR) : nil
    }

    deinit { close(descriptor) }

    /// True for a regular file: one whose probes read more than ``probeLimit`` is read again by seeking.
    public var isSeekable: Bool { startOffset != nil }

    /// Bytes read from the file or pipe itself, replays not counted: the input's size once the import drained it.
    public private(set) var bytesFromInput = 0

    /// Up to `count` bytes, or nil at the end of the input. A probe of an input that cannot seek ends once it
    /// has read more than ``probeLimit``: the input cannot be replayed any more, so reading on would only cost time.
    public func read(upToCount count: Int) throws(DatasetFileError) -> Data? {
        if overflowed && recording && startOffset == nil { return nil }
        if let position = replayPosition {
            if position < recorded.count {
                let end = min(recorded.count, position + count)
                replayPosition = end
                return Data(recorded[position..<end])
            }
            replayPosition = nil
            if !recording { recorded = [] }
        }
        var data = Data(count: count)
        let got: Int = data.withUnsafeMutableBytes { raw in
            while true {
                let n = Glibc.read(descriptor, raw.baseAddress!, count)
                if n < 0 && errno == EINTR { continue }
                return n
            }
        }
        if got < 0 { throw DatasetFileError.unreadable(path, FileWriteError.reason(errno: errno)) }
        guard got > 0 else { return nil }
        data.count = got
        bytesFromInput += got
        if recording && !overflowed {
            if recorded.count + got <= Self.probeLimit {
                recorded.append(contentsOf: data)
            } else {
                overflowed = true
                recorded = []
            }
        }
        return data
    }

    /// Starts the input again from its first byte. `final` is the import proper: nothing more is kept.
    public func rewind(final: Bool) throws(DatasetFileError) {
        if !overflowed {
            replayPosition = 0
        } else if let startOffset {
            guard lseek(descriptor, startOffset, SEEK_SET) == startOffset else {
                throw DatasetFileError.unreadable(path, FileWriteError.reason(errno: errno))
            }
            overflowed = false
            replayPosition = nil
        } else {
            throw DatasetFileError.unreadable(path, "telling its format took more than \(Self.probeLimit >> 20) MB of an input "
                + "that cannot be read twice (a pipe); give --format")
        }
        if final { recording = false }
    }
}
