import Dispatch
import Synchronization

/// `body(state, k)` for every `k` in `0..<count` on up to `jobs` threads, each worker with its own `state(w)` (an
/// encoder or decoder; `w` in `0..<jobs` numbers the workers of this call, so a caller may hand each one a
/// long-lived scratch object of its own), the results in index order whatever the timing. Workers take the next index from a shared
/// counter, so a worker slowed by another thread (the write stage) takes fewer items instead of holding up the
/// batch; the slot an item lands in never depends on who took it. One job runs on the calling thread.
public func orderedMap<State, Value>(
    count: Int, jobs: Int, state: @escaping @Sendable (Int) -> State, _ body: @escaping @Sendable (State, Int) -> Value
) -> [Value] {
    let slots = Slots<Value>(count: count)
    let workers = max(1, min(jobs, count))
    let next = Atomic<Int>(0)
    let work: @Sendable (Int) -> Void = { worker in
        let own = state(worker)
        while true {
            let k = next.wrappingAdd(1, ordering: .relaxed).oldValue
            guard k < count else { break }
            slots.set(k, body(own, k))
        }
    }
    if workers == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: workers, execute: work) }
    return slots.values()
}

/// Result slots written by worker threads, each index by exactly one worker.
///
/// The buffer is allocated once and never moves: workers write disjoint slots through it, with no access to a
/// shared Array (whose inout access would be a data race under TSan even when the indices differ).
final class Slots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    func set(_ index: Int, _ value: Value) { storage[index] = value }

    /// The values, moved out (not copied: a copy retains every reference a value holds, and the slots' release
    /// then releases them all again).
    func values() -> [Value] { storage.indices.map { storage[$0].take()! } }
}
