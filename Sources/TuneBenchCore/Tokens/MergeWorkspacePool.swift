import Synchronization

/// Merge workspaces (scratch buffers and a piece cache) kept between calls, one per thread in use: `count` on
/// many short texts neither allocates per call nor loses its cache, and concurrent callers never share one.
final class MergeWorkspacePool: Sendable {
    private let vocabulary: ByteVocabulary
    private let idle = Mutex<[BytePairMerger]>([])

    init(vocabulary: ByteVocabulary) {
        self.vocabulary = vocabulary
    }

    /// Runs `body` with a workspace no other thread is using.
    @inline(__always) func withWorkspace<Result>(_ body: (BytePairMerger) -> Result) -> Result {
        let merger = idle.withLock { $0.popLast() } ?? BytePairMerger(vocabulary: vocabulary)
        defer { idle.withLock { $0.append(merger) } }
        return body(merger)
    }
}
