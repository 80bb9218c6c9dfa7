import StanceModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive `flock` on `PATH.lock`, held while this object lives.
///
/// The kernel drops the lock when the descriptor closes, including when the process dies (`kill -9`), so a
/// crash never leaves a stale lock. The file itself stays (it holds the last holder's pid for the message);
/// removing it would let a second process lock a fresh inode while a first still holds the old one.
/// `flock` locks belong to the open file description, so two stores in one process also exclude each other.
final class FileLock: Sendable {
    let path: String
    private let descriptor: Int32

    /// Takes the lock or throws `HistoryError.locked` at once (never waits).
    init(path: String, databasePath: String) throws(HistoryError) {
        self.path = path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .cannotLock(lockPath: path, reason: Self.errorText()) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            let holder = Self.readPID(fd)
            close(fd)
            if code == EWOULDBLOCK { throw .locked(path: databasePath, lockPath: path, pid: holder) }
            throw .cannotLock(lockPath: path, reason: String(cString: strerror(code)))
        }
        descriptor = fd
        // Record the holder for the next one's message; a failure here does not weaken the lock.
        let text = Array("\(getpid())\n".utf8)
        if ftruncate(fd, 0) == 0 { _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) } }
    }

    deinit { close(descriptor) }

    private static func readPID(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[0..<count], as: UTF8.self).trimmingASCIIWhitespace())
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
}
