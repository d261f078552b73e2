import Foundation

/// The other end of a FIFO for a test, on a thread of its own (opening a FIFO blocks until both ends are open,
/// which must not hold one of Swift concurrency's few threads).
public final class FIFOPeer: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    /// Opens `path` for reading and reads to its end.
    public static func read(_ path: String) -> FIFOPeer {
        let peer = FIFOPeer()
        Thread.detachNewThread {
            if let handle = FileHandle(forReadingAtPath: path) { peer.data = handle.readDataToEndOfFile() }
            peer.done.signal()
        }
        return peer
    }

    /// Opens `path` for writing, writes `bytes` and closes it.
    public static func write(_ bytes: Data, to path: String) -> FIFOPeer {
        let peer = FIFOPeer()
        Thread.detachNewThread {
            if let handle = FileHandle(forWritingAtPath: path) {
                handle.write(bytes)
                try? handle.close()
            }
            peer.done.signal()
        }
        return peer
    }

    /// Waits for the thread; what it read (empty for a writer).
    public func wait() -> Data {
        done.wait()
        return data
    }
}
