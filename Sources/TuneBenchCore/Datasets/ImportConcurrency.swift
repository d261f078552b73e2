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

/// Hands items numbered 0, 1, 2, … by several producer threads to one consumer in number order, whatever order
/// they arrive in. A producer more than `window` ahead of the consumer waits, so memory stays bounded.
final class OrderedChannel<Element>: @unchecked Sendable {
    private let condition = NSCondition()
    private var waiting: [Int: Element] = [:]
    private var nextToHand = 0
    /// How many items there are, once the producers know.
    private var total: Int?
    private var cancelled = false
    private let window: Int

    init(window: Int) { self.window = max(1, window) }

    /// Stores item `sequence`; blocks while it is `window` or more ahead of the consumer. False once cancelled.
    func put(_ sequence: Int, _ item: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while sequence >= nextToHand + window && !cancelled { condition.wait() }
        if cancelled { return false }
        waiting[sequence] = item
        condition.broadcast()
        return true
    }

    /// Tells the consumer how many items there are in all.
    func finish(count: Int) {
        condition.lock()
        total = count
        condition.broadcast()
        condition.unlock()
    }

    /// The next item in number order; nil after the last one, or once cancelled.
    func next() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while waiting[nextToHand] == nil && !cancelled && (total.map { nextToHand < $0 } ?? true) { condition.wait() }
        guard !cancelled, let item = waiting.removeValue(forKey: nextToHand) else { return nil }
        nextToHand += 1
        condition.broadcast()
        return item
    }

    func cancel() {
        condition.lock()
        cancelled = true
        waiting.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }
}
