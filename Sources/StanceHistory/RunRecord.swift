/// How a run ended, as stored in `run.status`.
public enum RunStatus: String, Sendable, Codable, CaseIterable {
    /// Begun and not finished yet (only ever seen by the run itself: see `interrupted`).
    case running
    case finished
    /// Stopped by a signal, or found still `running` when the next store opened the database (killed).
    case interrupted
    /// Stopped by an error (output not writable, disk full).
    case failed
}

/// One row of the `run` table, for `stancewatch history`.
public struct RunRecord: Sendable, Equatable, Codable {
    public var id: Int64
    /// UTC, ISO 8601 with milliseconds (`2026-11-29T09:13:41.123Z`).
    public var started: String
    public var finished: String?
    /// The command line as given.
    public var arguments: [String]
    public var lexiconVersion: String
    public var added: Int
    public var replaced: Int
    public var skipped: Int
    public var status: RunStatus

    public init(
        id: Int64, started: String, finished: String?, arguments: [String], lexiconVersion: String, added: Int,
        replaced: Int, skipped: Int, status: RunStatus
    ) {
        self.id = id
        self.started = started
        self.finished = finished
        self.arguments = arguments
        self.lexiconVersion = lexiconVersion
        self.added = added
        self.replaced = replaced
        self.skipped = skipped
        self.status = status
    }
}
