import Dispatch

/// A value worked out on another thread while the caller goes on (`parallel`), or on the caller's thread when it
/// is asked for.
///
/// For two independent pieces of work where one of them runs `orderedMap` (or any `concurrentPerform`) itself:
/// libdispatch gives a `concurrentPerform` called from inside another one's worker only the width the outer one
/// leaves, none on two cores, so `orderedMap(count: 2)` as two lanes ran the bootstrap inside one of them on a
/// single thread. A side task runs on a queue, not in an apply, and leaves the caller's `orderedMap` its width.
///
/// The work is dropped on the side thread before its value is handed over: what it captured is released before
/// the caller goes on. (A history store captured by the end of a run's side task was once released by the side
/// thread after the process had already exited: never closed, its write-ahead log was left beside the file.)
public final class SideTask<Value: Sendable>: @unchecked Sendable {
    /// The work until it runs; with `parallel`, touched by the side thread only.
    private var work: (@Sendable () -> Value)?
    private let parallel: Bool
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the side thread before `done` is signalled, read after waiting for it.
    private var value: Value?

    public init(parallel: Bool, _ work: @escaping @Sendable () -> Value) {
        self.work = work
        self.parallel = parallel
        if parallel {
            DispatchQueue.global().async { self.runOnSideThread() }
        }
    }

    private func runOnSideThread() {
        do {
            let job = work.take()!
            value = job()
        }  // `job`, and all it captured, released here
        done.signal()
    }

    /// The value, waiting for the side thread (or working it out now, when not `parallel`); asked again, the same
    /// value.
    public func result() -> Value {
        if parallel {
            done.wait()
            // Signalled again for the next call (a semaphore counts: each wait takes one signal).
            done.signal()
        } else if value == nil {
            value = work.take()!()
        }
        return value!
    }
}
