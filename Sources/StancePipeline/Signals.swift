import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// SIGINT and SIGTERM ask the run to stop between batches: the partial output is removed, nothing half-written
/// is left, and the exit code says which signal stopped it.
public enum StopSignal {
    static let received = Atomic<Int32>(0)

    /// A broken pipe on standard output ends output quietly for every command (`compare | head`).
    public static func ignoreBrokenPipe() { signal(SIGPIPE, SIG_IGN) }

    public static func install() {
        // sigaction without SA_RESTART: a read blocked on standard input returns EINTR, so the run can stop.
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { sig in StopSignal.received.store(sig, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        sigaction(SIGTERM, &action, nil)
        // A closed pipe on standard output is an ordinary end, not a crash.
        signal(SIGPIPE, SIG_IGN)
    }

    public static var pending: Int32? {
        let value = received.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }
}
