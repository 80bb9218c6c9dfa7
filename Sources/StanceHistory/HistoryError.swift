/// Why the history database could not be used. Every case reads as one line for the command's error message.
public enum HistoryError: Error, Equatable, CustomStringConvertible {
    /// Another process (or another open store in this process) holds the database's lock file.
    case locked(path: String, lockPath: String, pid: Int32?)
    /// The lock file could not be created or locked (permissions, missing folder).
    case cannotLock(lockPath: String, reason: String)
    /// A `--since`/`--until` bound that is not `yyyy`, `yyyy-mm` or `yyyy-mm-dd`.
    case invalidDate(String)
    /// The database was written by a newer stancewatch whose schema this one does not know.
    case newerSchema(path: String)
    /// A read-only store was opened on a database that is missing or was never migrated.
    case notAHistory(path: String)
    /// A stored analysis that no longer decodes.
    case corrupt(path: String, articleID: String, reason: String)
    /// `finishRun` for a run id that `beginRun` never returned.
    case unknownRun(Int64)
    /// An SQLite error (disk full, I/O error, not a database...), with SQLite's own message.
    case database(path: String, message: String)

    public var description: String {
        switch self {
        case .locked(let path, let lockPath, let pid):
            let holder = pid.map { " held by pid \($0)" } ?? ""
            return "another stancewatch run is using \(path) (lock \(lockPath)\(holder)); wait for it to finish"
        case .cannotLock(let lockPath, let reason):
            return "cannot lock the history: \(lockPath): \(reason)"
        case .invalidDate(let text):
            return "invalid date '\(text)': use yyyy, yyyy-mm or yyyy-mm-dd"
        case .newerSchema(let path):
            return "the history \(path) was written by a newer stancewatch; upgrade to use it"
        case .notAHistory(let path):
            return "\(path) is not a stancewatch history (missing, or never written by a run)"
        case .corrupt(let path, let id, let reason):
            return "the history \(path) has an unreadable analysis for article '\(id)': \(reason)"
        case .unknownRun(let id):
            return "no run \(id) in the history"
        case .database(let path, let message):
            return "history database \(path): \(message)"
        }
    }
}
