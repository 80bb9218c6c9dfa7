import Foundation
import GRDB
import StanceModel

/// The run history: every analysed article's extraction results, kept in an SQLite database so that nightly
/// runs only analyse what is new or changed and reports can be rebuilt from the history alone.
///
/// Design:
/// - One row per article id holds its `ArticleAnalysis` in `AnalysisCodec`'s binary form, its content hash, and the
///   run that wrote it; `forEachAnalysis` streams them back in `(date, id)` order, which is total because ids
///   are unique, so a report folded from the history never depends on which night an article arrived.
/// - `save` writes a batch in one transaction: a run killed at any point leaves whole batches or nothing.
///   The database is in WAL mode with `synchronous = NORMAL` (GRDB's WAL setup): a killed process loses no
///   committed batch; a power cut may roll back the last ones, never corrupt the file.
/// - A read-write store holds an exclusive `flock` on `PATH.lock` for its lifetime, so two runs on one
///   database are refused (`HistoryError.locked`) instead of interleaving. Read-only stores take no lock
///   (WAL readers see the last committed state), so `history` and `report` work while a run is going.
///
/// Schema (version `v1`, applied by a `DatabaseMigrator`):
/// ```sql
/// CREATE TABLE run(id INTEGER PRIMARY KEY AUTOINCREMENT, started TEXT NOT NULL, finished TEXT,
///     arguments TEXT NOT NULL, lexicon_version TEXT NOT NULL, articles_added INTEGER NOT NULL DEFAULT 0,
///     articles_replaced INTEGER NOT NULL DEFAULT 0, articles_skipped INTEGER NOT NULL DEFAULT 0,
///     status TEXT NOT NULL);
/// CREATE TABLE article(id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, date TEXT NOT NULL,
///     source TEXT NOT NULL, run_id INTEGER NOT NULL REFERENCES run(id), analysis BLOB NOT NULL);
/// CREATE INDEX article_date_id ON article(date, id);
/// CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
/// ```
/// Version `v2` adds:
/// ```sql
/// CREATE TABLE aggregate_snapshot(period TEXT PRIMARY KEY, generation INTEGER NOT NULL, data BLOB NOT NULL);
/// ```
/// Version `v3` adds each article's part in the trend comparison (`ComparisonCodec`), written when a comparison
/// first reads the article back, and valid while the article's analysis is the one it was made from (the same
/// `run_id`: a save that replaces the analysis leaves it stale, without a write of its own):
/// ```sql
/// CREATE TABLE comparison_part(id TEXT PRIMARY KEY, run_id INTEGER NOT NULL, data BLOB NOT NULL) WITHOUT ROWID;
/// ```
/// Since stop 19 the date index also holds the run, so that the comparison's read of a period's articles (their
/// ids, dates and runs in date order) is answered from the index alone, without a page of `article` (a row and
/// its analysis) per article. It is not a schema version: a read-write open builds it when it is missing (and
/// drops the narrower one), and a version that knows only `(date, id)` still opens the history (no query names an
/// index; SQLite uses this one in its place):
/// ```sql
/// CREATE INDEX article_date_id_run ON article(date, id, run_id); DROP INDEX article_date_id;
/// ```
/// `run.arguments` is a JSON array of strings; `run.started`/`finished` are UTC ISO 8601 with milliseconds;
/// `meta` holds `lexicon_version`, the version the last run used, and `generation`, a counter every `save`
/// raises in its transaction. `aggregate_snapshot.data` is the whole history's `Aggregate` for one period
/// (`AggregateCodec`), valid only while its generation equals `meta.generation`.
public final class HistoryStore: Sendable {
    /// Read-write stores migrate the schema and take the lock; read-only ones do neither.
    public enum Access: Sendable {
        case readWrite
        case readOnly
    }

    /// Called by `save` once per row, after the INSERT that holds the row (up to `rowsPerInsert` rows) has run,
    /// inside the transaction (tests inject failures with it).
    package typealias SaveHook = @Sendable (_ row: Int) throws -> Void

    public let path: String
    private let database: DatabaseQueue
    // Declared after `database` so that the lock is released only once the connection is closed.
    private let lock: FileLock?
    private let saveHook: SaveHook?

    /// Opens (creating if needed) the history at `path`.
    /// - Parameters:
    ///   - path: The database file; its folder must exist. `PATH.lock`, `PATH-wal` and `PATH-shm` live beside it.
    ///   - access: `.readWrite` (the default) takes the lock, migrates the schema and marks runs left
    ///     `running` by a killed process as `interrupted`; `.readOnly` requires an existing history.
    /// - Throws: `HistoryError.locked` when another store holds the database, other `HistoryError`s otherwise.
    public convenience init(path: String, access: Access = .readWrite) throws {
        try self.init(path: path, access: access, saveHook: nil)
    }

    package init(path: String, access: Access = .readWrite, saveHook: SaveHook?) throws {
        self.path = path
        self.saveHook = saveHook
        switch access {
        case .readWrite:
            lock = try FileLock(path: path + ".lock", databasePath: path)
            var configuration = Configuration()
            configuration.journalMode = .wal
            database = try Self.wrap(path) { try DatabaseQueue(path: path, configuration: configuration) }
            try Self.wrap(path) {
                if try database.read({ try Self.migrator.hasBeenSuperseded($0) }) { throw HistoryError.newerSchema(path: path) }
                try Self.migrator.migrate(database)
                try database.write { db in
                    try Self.widenDateIndex(db)
                    // We hold the lock, so a run still marked running was killed before it could finish.
                    try db.execute(sql: "UPDATE run SET status = ? WHERE status = ?", arguments: [RunStatus.interrupted.rawValue, RunStatus.running.rawValue])
                }
            }
        case .readOnly:
            lock = nil
            guard FileManager.default.isReadableFile(atPath: path) else { throw HistoryError.notAHistory(path: path) }
            var configuration = Configuration()
            configuration.readonly = true
            database = try Self.wrap(path) { try DatabaseQueue(path: path, configuration: configuration) }
            try Self.wrap(path) {
                let state = try database.read { db in
                    (try Self.migrator.hasBeenSuperseded(db), try Self.migrator.appliedIdentifiers(db))
                }
                if state.0 { throw HistoryError.newerSchema(path: path) }
                // What a reader reads (the comparison's parts are read only by a read-write run, which migrates):
                // a history that no run of this version has opened yet can still be looked at and reported.
                if !state.1.isSuperset(of: Self.readOnlyNeeds) { throw HistoryError.notAHistory(path: path) }
            }
        }
    }

    /// Closes the connection (folding the write-ahead log back into the database file); the store is not used
    /// after. Closing happens anyway when the store is released, but a process that exits first never closes it.
    public func close() throws {
        try Self.wrap(path) { try database.close() }
    }

    /// The migrations a read-only store needs.
    static let readOnlyNeeds: Set<String> = ["v1", "v2"]

    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE run(
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        started TEXT NOT NULL,
                        finished TEXT,
                        arguments TEXT NOT NULL,
                        lexicon_version TEXT NOT NULL,
                        articles_added INTEGER NOT NULL DEFAULT 0,
                        articles_replaced INTEGER NOT NULL DEFAULT 0,
                        articles_skipped INTEGER NOT NULL DEFAULT 0,
                        status TEXT NOT NULL);
                    CREATE TABLE article(
                        id TEXT PRIMARY KEY,
                        content_hash TEXT NOT NULL,
                        date TEXT NOT NULL,
                        source TEXT NOT NULL,
                        run_id INTEGER NOT NULL REFERENCES run(id),
                        analysis BLOB NOT NULL);
                    CREATE INDEX article_date_id ON article(date, id);
                    CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    """)
        }
        migrator.registerMigration("v2") { db in
            // The whole history's aggregate per period, valid while `meta.generation` (bumped by every save)
            // still equals the generation it was taken at.
            try db.execute(
                sql: """
                    CREATE TABLE aggregate_snapshot(
                        period TEXT PRIMARY KEY,
                        generation INTEGER NOT NULL,
                        data BLOB NOT NULL);
                    """)
        }
        migrator.registerMigration("v3") { db in
            // Each article's part in the trend comparison, written when a comparison first reads the article back
            // (a table of its own: a column of `article` rewrote the whole row, analysis and all, to set it).
            try db.execute(
                sql: """
                    CREATE TABLE comparison_part(
                        id TEXT PRIMARY KEY,
                        run_id INTEGER NOT NULL,
                        data BLOB NOT NULL) WITHOUT ROWID;
                    """)
        }
        return migrator
    }()

    /// The date index with the run (see the type's comment), built when missing; (date, id) is a prefix of it, so
    /// every query that used the narrower index uses this one. Outside the migrations: an older version that opens
    /// the history afterwards finds no newer schema to refuse.
    static func widenDateIndex(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE INDEX IF NOT EXISTS article_date_id_run ON article(date, id, run_id);
                DROP INDEX IF EXISTS article_date_id;
                """)
    }

    // MARK: - Articles

    /// The stored content hash of an article, or nil when the history does not have it.
    public func existingHash(id: String) throws -> String? {
        try existingHashes(ids: [id])[id]
    }

    /// The stored content hashes of those of `ids` the history has (absent ids are not keys).
    public func existingHashes(ids: [String]) throws -> [String: String] {
        var found: [String: String] = [:]
        try read { db in
            // Chunks stay far below SQLite's bound on host parameters.
            var start = 0
            while start < ids.count {
                let chunk = ids[start..<min(start + 500, ids.count)]
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                let rows = try Row.fetchCursor(
                    db, sql: "SELECT id, content_hash FROM article WHERE id IN (\(marks))",
                    arguments: StatementArguments(Array(chunk)))
                while let row = try rows.next() { found[row[0]] = row[1] }
                start += chunk.count
            }
        }
        return found
    }

    /// Stores a batch of analyses in one transaction: each replaces any row with the same article id, and the
    /// whole batch is kept or (on any error) none of it.
    /// - Parameters:
    ///   - batch: Analyses with their article's `contentHash`.
    ///   - run: The id `beginRun` returned.
    public func save(_ batch: [(analysis: ArticleAnalysis, hash: String)], run: Int64) throws {
        try save(encoded: batch.map { ($0.analysis.article, $0.hash, AnalysisCodec.encode($0.analysis)) }, run: run)
    }

    /// The same with each analysis already encoded (`AnalysisCodec.encode`, done by the pipeline's workers), given
    /// with its article (whose id, date and source are stored; its text is not read).
    public func save(encoded batch: [(article: Article, hash: String, encoded: [UInt8])], run: Int64) throws {
        guard !batch.isEmpty else { return }
        let hook = saveHook
        try write { db in
            // Up to `rowsPerInsert` rows an INSERT: a statement's own costs (GRDB's bookkeeping around it, SQLite's
            // start and halt) are paid once for them all (a first run over Reuters: 47 K to 35 K instructions an
            // article stored).
            var start = 0
            while start < batch.count {
                let rows = min(Self.rowsPerInsert, batch.count - start)
                let statement = try db.cachedStatement(sql: Self.insertArticles[rows - 1])
                // The values are bound straight from the batch (`RawBindings`: GRDB's arguments would box each one
                // and copy every analysis twice more). SQLite's copies of them are let go once the INSERT is done,
                // or failed: a cached statement (one per row count) would keep them, analyses and all.
                defer { statement.setUncheckedArguments(StatementArguments()) }
                try RawBindings.bind(statement) { bind in
                    for k in start..<start + rows {
                        let article = batch[k].article
                        bind.text(article.id)
                        bind.text(batch[k].hash)
                        bind.text(article.date)
                        bind.text(article.source)
                        bind.int(run)
                        bind.blob(batch[k].encoded)
                    }
                }
                try statement.execute()
                for k in start..<start + rows { try hook?(k) }
                start += rows
            }
            try Self.bumpGeneration(db)
        }
    }

    /// The most articles one INSERT stores (six parameters each, far below SQLite's bound on host parameters).
    static let rowsPerInsert = 32

    /// The INSERT of 1 ... `rowsPerInsert` articles (each replaces any row with its id).
    static let insertArticles: [String] = (1...rowsPerInsert).map { rows in
        """
        INSERT INTO article(id, content_hash, date, source, run_id, analysis) VALUES \
        \(Array(repeating: "(?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", "))
        ON CONFLICT(id) DO UPDATE SET content_hash = excluded.content_hash, date = excluded.date,
            source = excluded.source, run_id = excluded.run_id, analysis = excluded.analysis
        """
    }

    /// Calls `body` with every stored analysis, in `(date, id)` byte order, reading through a cursor (memory
    /// stays bounded by one analysis whatever the history's size).
    ///
    /// Date bounds are inclusive and compared on the common prefix of the bound and the article's date, so a
    /// partial date counts when its period overlaps the range: with `since: "2020-03-15"`, `2020-03` and `2020`
    /// are kept and `2020-02` is not; with `until: "2020"`, every 2020 date is kept. Articles without a date are
    /// kept only when neither bound is given.
    ///
    /// `body` must not call back into this store (the read holds its connection).
    /// - Parameters:
    ///   - since: `yyyy`, `yyyy-mm` or `yyyy-mm-dd`, or nil for no lower bound.
    ///   - until: The same, or nil for no upper bound.
    ///   - cues: Whether the sentences' cues are decoded (`AnalysisCodec.decode(_:cues:)`): the folds need none.
    /// - Throws: `HistoryError.invalidDate` for a malformed bound, `.corrupt` for a row that does not decode,
    ///   and whatever `body` throws (which stops the iteration).
    public func forEachAnalysis(since: String?, until: String?, cues: Bool = true, _ body: (ArticleAnalysis) throws -> Void) throws {
        let (filter, arguments) = try Self.dateFilter(since: since, until: until)
        let path = self.path
        try read { db in
            let rows = try Row.fetchCursor(
                db, sql: "SELECT id, analysis FROM article \(filter) ORDER BY date, id",
                arguments: StatementArguments(arguments))
            while let row = try rows.next() {
                let analysis: ArticleAnalysis
                do {
                    analysis = try row.withUnsafeData(atIndex: 1) { data in
                        try (data ?? Data()).withUnsafeBytes { try AnalysisCodec.decode($0, cues: cues) }
                    }
                } catch {
                    throw HistoryError.corrupt(path: path, articleID: row[0], reason: "\(error)")
                }
                try body(analysis)
            }
        }
    }

    /// One stored article as the trend comparison reads it back.
    public enum ComparisonSource {
        /// Its stored part.
        case part(id: String, date: String, ComparisonPart)
        /// Its analysis (without cues) and the run that stored it, when it has no part of the current version made
        /// from that analysis: none kept yet, the analysis replaced since, a part of a version with other rules, or
        /// a damaged one (a part is only derived data). `saveComparisonParts` stores one.
        case analysis(ArticleAnalysis, run: Int64)
    }

    /// Calls `body` with every stored article within the bounds (compared as `forEachAnalysis` compares them), in
    /// `(date, id)` order: its comparison part, or its analysis when it has none (the analysis is then not even
    /// read from the file when it has one).
    public func forEachComparisonSource(since: String?, until: String?, _ body: (ComparisonSource) throws -> Void) throws {
        let (filter, arguments) = try Self.dateFilter(since: since, until: until)
        let path = self.path
        let current = String(ComparisonCodec.version, radix: 16)
        let version = current.count == 1 ? "0" + current : current
        try read { db in
            // The index on (date, id, run_id) answers for `article` (`widenDateIndex`); the analysis, needed only for an
            // article without a valid part, comes from its row, looked up by rowid in the same statement.
            let rows = try Row.fetchCursor(db, sql: Self.comparisonSourcesSQL(filter: filter, version: version), arguments: StatementArguments(arguments))
            while let row = try rows.next() {
                let source: ComparisonSource
                do {
                    func analysis(_ data: Data) throws -> ComparisonSource {
                        .analysis(try data.withUnsafeBytes { try AnalysisCodec.decode($0, cues: false) }, run: row[2])
                    }
                    let part = try row.withUnsafeData(atIndex: 4) { stored throws -> ComparisonSource? in
                        if let stored { return try analysis(stored) }
                        return try? row.withUnsafeData(atIndex: 3) { data in
                            .part(id: row[0], date: row[1], try (data ?? Data()).withUnsafeBytes { try ComparisonCodec.decode($0) })
                        }
                    }
                    if let part {
                        source = part
                    } else {
                        // A damaged part: the analysis instead (and its part stored again).
                        let id: String = row[0]
                        let data = try Data.fetchOne(db, sql: "SELECT analysis FROM article WHERE id = ?", arguments: [id]) ?? Data()
                        source = try analysis(data)
                    }
                } catch {
                    throw HistoryError.corrupt(path: path, articleID: row[0], reason: "\(error)")
                }
                try body(source)
            }
        }
    }

    /// The read behind `forEachComparisonSource`: each article's id, date and run, its part, and its analysis
    /// when the part will not do (none, one of another run's analysis or of another version). The analysis is a
    /// subquery by rowid, run only then: the scan itself reads the (date, id, run_id) index alone (`widenDateIndex`).
    static func comparisonSourcesSQL(filter: String, version: String) -> String {
        """
        SELECT article.id, article.date, article.run_id, part.data,
            CASE WHEN part.data IS NULL OR part.run_id <> article.run_id OR substr(part.data, 1, 1) <> x'\(version)'
                THEN (SELECT analysis FROM article AS stored WHERE stored.rowid = article.rowid) END
        FROM article LEFT JOIN comparison_part AS part ON part.id = article.id
        \(filter) ORDER BY article.date, article.id
        """
    }

    /// Stores the comparison parts of stored articles (`ComparisonCodec.encode`), each made from the analysis
    /// that run `run` stored (as `forEachComparisonSource` gave it), in one transaction. A part is derived from
    /// its article's analysis, so the history's generation (and its snapshot) stays as it was.
    public func saveComparisonParts(_ parts: [(id: String, run: Int64, encoded: [UInt8])]) throws {
        guard !parts.isEmpty else { return }
        try write { db in
            let statement = try db.cachedStatement(sql: "INSERT OR REPLACE INTO comparison_part(id, run_id, data) VALUES (?, ?, ?)")
            for part in parts { try statement.execute(arguments: [part.id, part.run, Data(part.encoded)]) }
        }
    }

    /// The `WHERE` clause and its arguments for inclusive date bounds (see `forEachAnalysis`).
    static func dateFilter(since: String?, until: String?) throws -> (String, [String]) {
        var conditions: [String] = []
        var arguments: [String] = []
        for (bound, comparison) in [(since, ">="), (until, "<=")] {
            guard let bound else { continue }
            guard !bound.isEmpty, ArticleDate.normalize(bound) == bound else { throw HistoryError.invalidDate(bound) }
            let common = "min(length(date), \(bound.utf8.count))"
            conditions.append("(date <> '' AND substr(date, 1, \(common)) \(comparison) substr(?, 1, \(common)))")
            arguments.append(bound)
        }
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), arguments)
    }

    // MARK: - Access

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.wrap(path) { try database.read(body) }
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.wrap(path) { try database.write(body) }
    }

    /// Runs `body`, turning SQLite errors into `HistoryError.database` (callers need not import GRDB).
    static func wrap<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as DatabaseError {
            throw HistoryError.database(path: path, message: error.message ?? error.description)
        }
    }
}
