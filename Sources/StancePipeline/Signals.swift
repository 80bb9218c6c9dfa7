import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// SIGINT and SIGTERM ask the run to stop between batches: the partial output is removed, nothing half-written
/// is left, and the exit code says which signal stopped it.
public enum StopSignal {
    static let received = Atomic<Int32>(0)

    public static func install() {
        signal(SIGINT) { sig in StopSignal.received.store(sig, ordering: .relaxed) }
        signal(SIGTERM) { sig in StopSignal.received.store(sig, ordering: .relaxed) }
        // A closed pipe on standard output is an ordinary end, not a crash.
        signal(SIGPIPE, SIG_IGN)
    }

    public static var pending: Int32? {
        let value = received.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }
}
