import Foundation
import GRDB

/// Runs, versions and coverage: the bookkeeping around the articles.
extension HistoryStore {
    /// SQLite's clock as UTC ISO 8601 with milliseconds.
    private static let now = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

    /// Records the start of a run and returns its id (to pass to `save` and `finishRun`).
    /// - Parameters:
    ///   - arguments: The command line as given.
    ///   - lexiconVersion: The version of the lexicon and dictionaries the run extracts with.
    public func beginRun(arguments: [String], lexiconVersion: String) throws -> Int64 {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let argumentsJSON = String(decoding: try encoder.encode(arguments), as: UTF8.self)
        return try write { db in
            try db.execute(
                sql: "INSERT INTO run(started, arguments, lexicon_version, status) VALUES (\(Self.now), ?, ?, ?)",
                arguments: [argumentsJSON, lexiconVersion, RunStatus.running.rawValue])
            return db.lastInsertedRowID
        }
    }

    /// Records the end of a run with its counts.
    /// - Parameters:
    ///   - status: `.finished` (the default), or `.interrupted` / `.failed` for a run that stopped early
    ///     (its saved batches stay: they are whole, and the next run skips them).
    public func finishRun(_ run: Int64, added: Int, replaced: Int, skipped: Int, status: RunStatus = .finished) throws {
        let changed = try write { db in
            try db.execute(
                sql: """
                    UPDATE run SET finished = \(Self.now), articles_added = ?, articles_replaced = ?,
                        articles_skipped = ?, status = ? WHERE id = ?
                    """,
                arguments: [added, replaced, skipped, status.rawValue, run])
            return db.changesCount
        }
        if changed == 0 { throw HistoryError.unknownRun(run) }
    }

    /// Every run, oldest first.
    public func runs() throws -> [RunRecord] {
        let decoder = JSONDecoder()
        return try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM run ORDER BY id").map { row in
                let argumentsText: String = row["arguments"]
                let arguments = (try? decoder.decode([String].self, from: Data(argumentsText.utf8))) ?? [argumentsText]
                let statusText: String = row["status"]
                return RunRecord(
                    id: row["id"], started: row["started"], finished: row["finished"], arguments: arguments,
                    lexiconVersion: row["lexicon_version"], added: row["articles_added"],
                    replaced: row["articles_replaced"], skipped: row["articles_skipped"],
                    status: RunStatus(rawValue: statusText) ?? .interrupted)
            }
        }
    }

    /// How many articles the history holds and the span of their (non-empty) dates, in byte order.
    public func coverage() throws -> (articles: Int, firstDate: String?, lastDate: String?) {
        try read { db in
            // The first and last non-empty dates by two seeks in the date index (an empty date sorts first); only
            // the count reads a whole index (the ids').
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT (SELECT count(*) FROM article), (SELECT min(date) FROM article WHERE date > ''),
                        (SELECT NULLIF(max(date), '') FROM article)
                    """)!
            return (row[0], row[1], row[2])
        }
    }

    /// Whether no article is stored (one row read at most, where `coverage` counts them all).
    public func isEmpty() throws -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM article)") ?? true }
    }

    /// How many stored articles each lexicon version produced (through the run that last wrote each one),
    /// by version: more than one line means the history mixes versions and `--reprocess` would unify it.
    public func lexiconVersions() throws -> [(version: String, articles: Int)] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT run.lexicon_version, count(*) FROM article JOIN run ON run.id = article.run_id
                    GROUP BY run.lexicon_version ORDER BY run.lexicon_version
                    """
            ).map { ($0[0], $0[1]) }
        }
    }

    /// The lexicon version the last run recorded, or nil for a new history.
    public func storedLexiconVersion() throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'lexicon_version'") }
    }

    /// Records the lexicon version the history's newest analyses were made with.
    public func setLexiconVersion(_ version: String) throws {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO meta(key, value) VALUES ('lexicon_version', ?)
                    ON CONFLICT(key) DO UPDATE SET value = excluded.value
                    """,
                arguments: [version])
        }
    }
}
