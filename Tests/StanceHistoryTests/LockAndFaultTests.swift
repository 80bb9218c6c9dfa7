import Foundation
import GRDB
import GRDBSQLite
import StanceModel
import Testing

@testable import StanceHistory

@Suite struct LockTests {
    @Test func aSecondStoreOnTheSameDatabaseIsRefusedUntilTheFirstCloses() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/history.sqlite"
            var first: HistoryStore? = try HistoryStore(path: path)
            let error = #expect(throws: HistoryError.self) { try HistoryStore(path: path) }
            #expect(error == .locked(path: path, lockPath: path + ".lock", pid: getpid()))
            #expect(
                error?.description
                    == "another stancewatch run is using \(path) (lock \(path).lock held by pid \(getpid())); wait for it to finish")
            // Readers take no lock: `history` and `report` work during a run.
            let reader = try HistoryStore(path: path, access: .readOnly)
            #expect(try reader.coverage().articles == 0)
            withExtendedLifetime(first) {}
            first = nil
            let again = try HistoryStore(path: path)
            #expect(try again.runs().isEmpty)
        }
    }

    /// `report --db` after the nightly run closed the database (SQLite removes `-wal` and `-shm` then).
    @Test func aReaderOpensAClosedHistoryAndCannotWrite() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/history.sqlite"
            do {
                let writer = try HistoryStore(path: path)
                try night((0..<6).map { analysis($0) }, into: writer)
            }
            let reader = try HistoryStore(path: path, access: .readOnly)
            #expect(try stored(reader).count == 6)
            #expect(try reader.runs().map(\.status) == [.finished])
            #expect(throws: HistoryError.self) { try reader.beginRun(arguments: [], lexiconVersion: "x") }
            // A reader does not block the next run.
            _ = try HistoryStore(path: path)
        }
    }

    @Test func readOnlyNeedsAnExistingHistory() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/none.sqlite"
            #expect(throws: HistoryError.notAHistory(path: path)) { try HistoryStore(path: path, access: .readOnly) }
        }
    }

    @Test func aMissingFolderIsAClearError() throws {
        let error = #expect(throws: HistoryError.self) { try HistoryStore(path: "/nonexistent-folder/h.sqlite") }
        #expect(error == .cannotLock(lockPath: "/nonexistent-folder/h.sqlite.lock", reason: "No such file or directory"))
    }
}

@Suite struct FaultTests {
    /// A batch whose transaction fails midway leaves the history as it was before the batch.
    @Test func aFailedBatchLeavesNoPartialRows() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/history.sqlite"
            let before: [ArticleAnalysis]
            do {
                // Throws after the fourth row of any batch: the three-row first batch passes.
                let store = try HistoryStore(path: path, saveHook: { row in if row == 3 { throw InjectedFault() } })
                let run = try store.beginRun(arguments: ["analyze"], lexiconVersion: "v1")
                let first = (0..<3).map { analysis($0) }
                try store.save(first.map { ($0, HistoryStore.contentHash($0.article)) }, run: run)
                before = try stored(store)
                #expect(before.count == 3)

                // The second batch replaces a1 and adds four: it fails at its fourth row.
                let second = [analysis(1, revision: 7)] + (3..<7).map { analysis($0) }
                #expect(throws: InjectedFault.self) {
                    try store.save(second.map { ($0, HistoryStore.contentHash($0.article)) }, run: run)
                }
                #expect(try stored(store) == before)
                #expect(try store.existingHash(id: "a1") == HistoryStore.contentHash(analysis(1).article))
                #expect(try store.existingHashes(ids: (3..<7).map { "a\($0)" }).isEmpty)
                // The run never finished (as if the process had been killed).
            }
            let reopened = try HistoryStore(path: path)
            #expect(try stored(reopened) == before)
            #expect(try reopened.runs().map(\.status) == [.interrupted])
        }
    }
}

@Suite struct ManyRowInsertTests {
    /// A batch longer than one INSERT's rows (two full ones and a shorter one) is stored whole, a replaced row
    /// keeps one copy, and a failure in the last INSERT leaves none of the batch.
    @Test func aLongBatchIsStoredWholeOrNotAtAll() throws {
        try withTemporaryFolder { folder in
            let count = 2 * HistoryStore.rowsPerInsert + 6
            let failAt = 2 * HistoryStore.rowsPerInsert + 3
            let path = folder + "/history.sqlite"
            let store = try HistoryStore(path: path, saveHook: { row in if row == failAt { throw InjectedFault() } })
            let run = try store.beginRun(arguments: ["analyze"], lexiconVersion: "v1")
            let first = (0..<failAt).map { analysis($0) }
            try store.save(first.map { ($0, HistoryStore.contentHash($0.article)) }, run: run)
            #expect(try stored(store).count == failAt)
            // a0 replaced, the rest new: fails in its third INSERT.
            let second = [analysis(0, revision: 2)] + (failAt..<(failAt + count - 1)).map { analysis($0) }
            #expect(throws: InjectedFault.self) { try store.save(second.map { ($0, HistoryStore.contentHash($0.article)) }, run: run) }
            #expect(try stored(store) == first.sorted(by: Self.dateAndId))

            let plain = try HistoryStore(path: folder + "/other.sqlite")
            let run2 = try plain.beginRun(arguments: ["analyze"], lexiconVersion: "v1")
            try plain.save(first.map { ($0, HistoryStore.contentHash($0.article)) }, run: run2)
            try plain.save(second.map { ($0, HistoryStore.contentHash($0.article)) }, run: run2)
            let expected = (second + first.dropFirst()).sorted(by: Self.dateAndId)
            #expect(try stored(plain) == expected)
        }
    }

    /// A stored batch leaves no analysis behind in the cached INSERTs (one per row count, each would hold its last
    /// rows' values until its next use): SQLite's copies of the bound values are cleared once the INSERT has run.
    @Test func theInsertsKeepNoValuesOnceDone() throws {
        try withTemporaryFolder { folder in
            let store = try HistoryStore(path: folder + "/history.sqlite")
            let run = try store.beginRun(arguments: ["analyze"], lexiconVersion: "v1")
            let batch = (0..<(HistoryStore.rowsPerInsert + 5)).map { analysis($0) }
            try store.save(batch.map { ($0, HistoryStore.contentHash($0.article)) }, run: run)
            for rows in [HistoryStore.rowsPerInsert, 5] {
                // The statement with its bound values written in: only NULLs once they are let go (a text or a blob
                // bound shows as a quoted literal, and the INSERT's own text has no quote).
                let expanded = try store.read { db in
                    let statement = try db.cachedStatement(sql: HistoryStore.insertArticles[rows - 1])
                    let sql = sqlite3_expanded_sql(statement.sqliteStatement)
                    defer { sqlite3_free(sql) }
                    return sql.map { String(cString: $0) } ?? ""
                }
                #expect(expanded.contains("NULL"), "\(expanded.prefix(300))")
                #expect(!expanded.contains("'"), "the INSERT of \(rows) rows keeps its values: \(expanded.prefix(300))")
            }
        }
    }

    /// The values bound without GRDB's arguments are stored as GRDB stored them: an empty date or source as an empty
    /// text (not NULL), a text only up to a NUL (as GRDB binds a C string, and as every later look-up of an id
    /// binds it), the analysis byte for byte.
    @Test func rawBindingsStoreWhatGRDBWould() throws {
        try withTemporaryFolder { folder in
            let store = try HistoryStore(path: folder + "/history.sqlite")
            let run = try store.beginRun(arguments: ["analyze"], lexiconVersion: "v1")
            var empty = analysis(4)
            empty.article = Article(id: "undated", date: "", source: "", text: empty.article.text)
            var nul = analysis(5)
            nul.article = Article(id: "cut\u{0}here", date: "2022-02-24", source: "src\u{0}x", text: nul.article.text)
            try store.save([empty, nul].map { ($0, HistoryStore.contentHash($0.article)) }, run: run)
            let rows = try store.read { db in
                try Row.fetchAll(db, sql: "SELECT id, typeof(date), date, typeof(source), source, analysis FROM article ORDER BY rowid")
            }
            #expect(rows.count == 2)
            #expect(rows[0]["id"] as String == "undated")
            #expect(rows[0][1] as String == "text" && rows[0][2] as String == "")
            #expect(rows[0][3] as String == "text" && rows[0][4] as String == "")
            #expect(rows[0]["analysis"] as Data == Data(AnalysisCodec.encode(empty)))
            #expect(rows[1]["id"] as String == "cut")
            #expect(rows[1]["source"] as String == "src")
            #expect(try store.existingHashes(ids: ["cut\u{0}here"]).count == 1)
        }
    }

    /// A statement given fewer or more values than it has parameters is refused before it runs.
    @Test func rawBindingsCountTheParameters() throws {
        try withTemporaryFolder { folder in
            let store = try HistoryStore(path: folder + "/history.sqlite")
            try store.read { db in
                let statement = try db.makeStatement(sql: "SELECT ?, ?")
                #expect(throws: DatabaseError.self) { try RawBindings.bind(statement) { $0.int(1) } }
                #expect(throws: DatabaseError.self) { try RawBindings.bind(statement) { $0.int(1); $0.text("a"); $0.blob([]) } }
                try RawBindings.bind(statement) { $0.text(""); $0.blob([]) }
                let row = try Row.fetchOne(statement)
                #expect(row?[0] as String? == "" && row?[1] as Data? == Data())
            }
        }
    }

    static func dateAndId(_ a: ArticleAnalysis, _ b: ArticleAnalysis) -> Bool {
        a.article.date != b.article.date
            ? a.article.date.utf8.lexicographicallyPrecedes(b.article.date.utf8)
            : a.article.id.utf8.lexicographicallyPrecedes(b.article.id.utf8)
    }
}

@Suite struct RunTests {
    @Test func runsVersionsAndCoverageAreRecorded() throws {
        try withTemporaryFolder { folder in
            let store = try HistoryStore(path: folder + "/history.sqlite")
            #expect(try store.storedLexiconVersion() == nil)
            #expect(try store.coverage() == (0, nil, nil))

            let run1 = try store.beginRun(arguments: ["analyze", "night-1.jsonl", "--db", "/tmp/a b/h.sqlite"], lexiconVersion: "lex-1")
            try store.save((0..<5).map { (analysis($0), HistoryStore.contentHash(analysis($0).article)) }, run: run1)
            try store.finishRun(run1, added: 5, replaced: 0, skipped: 0)
            try store.setLexiconVersion("lex-1")

            let run2 = try store.beginRun(arguments: ["analyze", "--reprocess"], lexiconVersion: "lex-2")
            try store.save([(analysis(0, revision: 1), "changed")], run: run2)
            try store.finishRun(run2, added: 0, replaced: 1, skipped: 4, status: .interrupted)
            try store.setLexiconVersion("lex-2")

            #expect(try store.storedLexiconVersion() == "lex-2")
            #expect(try store.lexiconVersions().map { "\($0.version)=\($0.articles)" } == ["lex-1=4", "lex-2=1"])
            let runs = try store.runs()
            #expect(runs.map(\.id) == [run1, run2])
            #expect(runs[0].arguments == ["analyze", "night-1.jsonl", "--db", "/tmp/a b/h.sqlite"])
            #expect(runs[0].lexiconVersion == "lex-1")
            #expect((runs[0].added, runs[0].replaced, runs[0].skipped, runs[0].status) == (5, 0, 0, .finished))
            #expect((runs[1].added, runs[1].replaced, runs[1].skipped, runs[1].status) == (0, 1, 4, .interrupted))
            #expect(runs[0].started.count == 24 && runs[0].started.hasSuffix("Z"))
            #expect(runs[0].finished.map { $0 >= runs[0].started } == true)
            // Dates of analysis(0...4): 2022-01-10, 2022-02-21, 2022-02, 2022, "".
            #expect(try store.coverage() == (5, "2022", "2022-02-21"))
            #expect(throws: HistoryError.unknownRun(99)) { try store.finishRun(99, added: 0, replaced: 0, skipped: 0) }

            // Only undated articles: counted, no first or last date.
            let undated = try HistoryStore(path: folder + "/undated.sqlite")
            let run3 = try undated.beginRun(arguments: ["analyze"], lexiconVersion: "lex-1")
            try undated.save([4, 11].map { (analysis($0), HistoryStore.contentHash(analysis($0).article)) }, run: run3)
            #expect(try undated.coverage() == (2, nil, nil))
        }
    }
}
