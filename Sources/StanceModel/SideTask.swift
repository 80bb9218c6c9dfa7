import Dispatch

/// A value worked out on another thread while the caller goes on (`parallel`), or on the caller's thread when it
/// is asked for.
///
/// For two independent pieces of work where one of them runs `orderedMap` (or any `concurrentPerform`) itself:
/// libdispatch gives a `concurrentPerform` called from inside another one's worker only the width the outer one
/// leaves, none on two cores, so `orderedMap(count: 2)` as two lanes ran the bootstrap inside one of them on a
/// single thread. A side task runs on a queue, not in an apply, and leaves the caller's `orderedMap` its width.
public final class SideTask<Value: Sendable>: @unchecked Sendable {
    private let work: @Sendable () -> Value
    private let parallel: Bool
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the side thread before `done` is signalled, read after waiting for it.
    private var value: Value?

    public init(parallel: Bool, _ work: @escaping @Sendable () -> Value) {
        self.work = work
        self.parallel = parallel
        if parallel {
            DispatchQueue.global().async {
                self.value = work()
                self.done.signal()
            }
        }
    }

    /// The value, waiting for the side thread (or working it out now, when not `parallel`).
    public func result() -> Value {
        guard parallel else { return work() }
        done.wait()
        return value!
    }
}
