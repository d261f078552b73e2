import Dispatch
import Foundation

/// Result slots filled from several threads, each slot by exactly one of them.
public final class ResultSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    public init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// Fills one slot; each index must be written by one thread only.
    public func set(_ index: Int, _ value: Value) { slots[index] = value }
    /// The slots, once every writer has finished.
    public var values: [Value?] { Array(slots) }
}

/// A read-only buffer handed to worker threads that finish before it is released.
struct UnsafeSendableBuffer: @unchecked Sendable {
    let buffer: UnsafeRawBufferPointer
    init(_ buffer: UnsafeRawBufferPointer) { self.buffer = buffer }
}

/// `DispatchQueue.concurrentPerform`, in one place.
enum DispatchQueueBridge {
    static func concurrentPerform(iterations: Int, _ work: @escaping @Sendable (Int) -> Void) {
        if iterations == 1 { work(0); return }
        DispatchQueue.concurrentPerform(iterations: iterations, execute: work)
    }
}

/// A bounded hand-over queue between one producer thread and one consumer thread.
final class BoundedChannel<Element>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Element] = []
    private var closed = false
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    /// Blocks while full; false when the consumer has cancelled.
    func send(_ item: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= capacity && !cancelled { condition.wait() }
        if cancelled { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    /// Blocks while empty; nil once closed and drained, or cancelled.
    func receive() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !closed { condition.wait() }
        if items.isEmpty { return nil }
        let item = items.removeFirst()
        condition.broadcast()
        return item
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    func cancel() {
        condition.lock()
        cancelled = true
        closed = true
        items.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }
}
