import Foundation
import GRDB
import StanceAggregate
import StanceModel
import Testing

@testable import StanceHistory

@Suite struct ComparisonPartTests {
    /// A part with both example forms, both common kinds and another, and values at the edges of their ranges.
    static let part = ComparisonPart(
        keys: [
            KeyObservation(kind: "entity", key: "USA", count: 3, toneSum: -1_250_000, toneCount: 2),
            KeyObservation(kind: "entity", key: "joe_biden", count: 1),
            KeyObservation(kind: "other", key: "é→", count: Int.max, toneSum: .min, toneCount: 0, goldsteinTenths: .max, goldsteinCount: 7),
            KeyObservation(kind: "pair", key: "USA->RUS", count: 2, goldsteinTenths: -100, goldsteinCount: 2),
        ],
        examples: [
            ComparisonPart.Example(kind: "pair", key: "USA->RUS", stance: 0),
            ComparisonPart.Example(kind: "pair", key: "USA->RUS", stance: 4),
            ComparisonPart.Example(kind: "entity", key: "USA", stance: nil, start: 0, end: 120),
            ComparisonPart.Example(kind: "entity", key: "joe_biden", stance: nil, start: 121, end: 5_000_000),
        ])

    @Test func partsRoundTrip() throws {
        for part in [Self.part, ComparisonPart(keys: [], examples: [])] {
            #expect(try ComparisonCodec.encode(part).withUnsafeBytes { try ComparisonCodec.decode($0) } == part)
        }
    }

    /// Every prefix of a part, a part with a byte more, another version and an unknown form or kind are refused.
    @Test func damagedPartsThrowInsteadOfCrashing() {
        let bytes = ComparisonCodec.encode(Self.part)
        for cut in 0..<bytes.count {
            #expect(throws: AnalysisCodec.Failure.self) { try Array(bytes.prefix(cut)).withUnsafeBytes { try ComparisonCodec.decode($0) } }
        }
        #expect(throws: AnalysisCodec.Failure.self) { try (bytes + [0]).withUnsafeBytes { try ComparisonCodec.decode($0) } }
        #expect(throws: AnalysisCodec.Failure.self) { try ([9] + bytes.dropFirst()).withUnsafeBytes { try ComparisonCodec.decode($0) } }
        let oneExample = ComparisonCodec.encode(ComparisonPart(keys: [], examples: [.init(kind: "pair", key: "A", stance: 1)]))
        // version, no keys, one example: kind 1 (pair), key "A" (length 1), form, stance.
        #expect(oneExample == [ComparisonCodec.version, 0, 2, 2, 2, 65, 2, 2])
        #expect(throws: AnalysisCodec.Failure.self) { try [ComparisonCodec.version, 0, 2, 2, 2, 65, 6, 2].withUnsafeBytes { try ComparisonCodec.decode($0) } }
        #expect(throws: AnalysisCodec.Failure.self) { try [ComparisonCodec.version, 0, 2, 8, 2, 65, 2, 2].withUnsafeBytes { try ComparisonCodec.decode($0) } }
    }

    /// What the comparison reads back: an article's analysis until its part is stored, then the part (in `(date,
    /// id)` order, within the bounds), and the analysis again once `save` replaces it; a part of another version
    /// counts as none. Storing parts leaves the generation (and so the snapshot) alone.
    @Test func anArticleGivesItsAnalysisUntilItsPartIsStoredAndAgainAfterAReplace() throws {
        try withTemporaryFolder { dir in
            let store = try HistoryStore(path: dir + "/h.sqlite")
            let run = try store.beginRun(arguments: [], lexiconVersion: "v")
            let analyses = (0..<6).map { analysis($0) }
            try store.save(analyses.map { ($0, "h") }, run: run)
            var runs: [String: Int64] = [:]
            func sources() throws -> [String] {
                var out: [String] = []
                try store.forEachComparisonSource(since: nil, until: nil) { source in
                    switch source {
                    case .part(let id, let date, let part):
                        #expect(part == Self.part)
                        #expect(analyses.first { $0.article.id == id }?.article.date == date)
                        out.append("part " + id)
                    case .analysis(let a, let run):
                        runs[a.article.id] = run
                        #expect(a.article == analyses.first { $0.article.id == a.article.id }?.article)
                        out.append("analysis " + a.article.id)
                    }
                }
                return out
            }
            let order = try stored(store).map(\.article.id)
            #expect(try sources() == order.map { "analysis " + $0 })
            #expect(Set(runs.values) == [run])
            let generation = try store.generation()
            let encoded = ComparisonCodec.encode(Self.part)
            try store.saveComparisonParts(order.prefix(4).map { ($0, run, encoded) })
            #expect(try store.generation() == generation)
            #expect(try sources() == order.prefix(4).map { "part " + $0 } + order.dropFirst(4).map { "analysis " + $0 })
            // A part of an analysis replaced since (by another run) is not read, nor one of another version, nor a
            // damaged one.
            let later = try store.beginRun(arguments: [], lexiconVersion: "v")
            try store.save([(analyses.first { $0.article.id == order[0] }!, "h2")], run: later)
            try store.saveComparisonParts([(order[1], run, [ComparisonCodec.version &+ 1] + encoded.dropFirst())])
            try store.saveComparisonParts([(order[2], run, Array(encoded.dropLast()))])
            #expect(try sources() == ["analysis " + order[0], "analysis " + order[1], "analysis " + order[2], "part " + order[3]]
                + order.dropFirst(4).map { "analysis " + $0 })
            #expect(runs[order[0]] == later && runs[order[1]] == run)
            // The bounds are those of forEachAnalysis.
            var bounded: [String] = []
            try store.forEachComparisonSource(since: "2022-02", until: nil) { source in
                if case .part(let id, _, _) = source { bounded.append(id) }
                if case .analysis(let a, _) = source { bounded.append(a.article.id) }
            }
            let expected = try stored(store, since: "2022-02").map(\.article.id)
            #expect(!bounded.isEmpty && bounded.count < order.count && bounded == expected)
        }
    }

    /// The comparison's read of a period is answered from the (date, id, run_id) index and the parts' table: no
    /// page of `article` (row and analysis) per article. Also after opening a history whose index lacked the run.
    @Test func theComparisonReadNeedsNoArticleRows() throws {
        try withTemporaryFolder { dir in
            let path = dir + "/h.sqlite"
            do {
                let store = try HistoryStore(path: path)
                try store.save((0..<3).map { (analysis($0), "h") }, run: try store.beginRun(arguments: [], lexiconVersion: "v"))
            }
            func plan() throws -> String {
                let queue = try DatabaseQueue(path: path)
                defer { try? queue.close() }
                return try queue.read { db in
                    let (filter, arguments) = try HistoryStore.dateFilter(since: "2022-02", until: nil)
                    let sql = HistoryStore.comparisonSourcesSQL(filter: filter, version: "01")
                    return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: StatementArguments(arguments))
                        .map { $0["detail"] as String }.joined(separator: "; ")
                }
            }
            let current = try plan()
            #expect(current.contains("article USING COVERING INDEX article_date_id_run"), "\(current)")
            // The index is not a schema version: a version that knows only (date, id) still opens the history.
            let queue = try DatabaseQueue(path: path)
            #expect(try queue.read { db in try HistoryStore.migrator.appliedIdentifiers(db) } == ["v1", "v2", "v3"])
            // Back to the narrower index, as the previous version left it.
            try queue.write { db in
                try db.execute(sql: "DROP INDEX article_date_id_run; CREATE INDEX article_date_id ON article(date, id)")
            }
            try queue.close()
            #expect(try !plan().contains("COVERING INDEX"))
            var before: [String] = []
            try HistoryStore(path: path, access: .readOnly).forEachAnalysis(since: nil, until: nil) { before.append($0.article.id) }
            let upgraded = try HistoryStore(path: path)
            var ids: [String] = []
            try upgraded.forEachComparisonSource(since: nil, until: nil) { source in
                if case .analysis(let a, _) = source { ids.append(a.article.id) }
            }
            #expect(ids == before && ids.count == 3)
            try upgraded.close()
            let upgradedPlan = try plan()
            #expect(upgradedPlan.contains("article USING COVERING INDEX article_date_id_run"), "\(upgradedPlan)")
        }
    }

    /// A history written before the comparison parts (schema `v2`) can still be looked at read-only, and the next
    /// read-write open adds the parts' table; its articles give their analyses until their parts are stored.
    @Test func aHistoryOfTheEarlierSchemaIsReadAndUpgraded() throws {
        try withTemporaryFolder { dir in
            let path = dir + "/h.sqlite"
            do {
                let store = try HistoryStore(path: path)
                try store.save((0..<3).map { (analysis($0), "h") }, run: try store.beginRun(arguments: [], lexiconVersion: "v"))
            }
            // Back to v2, as a version without the parts left it.
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "DROP TABLE comparison_part; DELETE FROM grdb_migrations WHERE identifier = 'v3'")
            }
            try queue.close()
            #expect(try stored(HistoryStore(path: path, access: .readOnly)).count == 3)
            #expect(throws: (any Error).self) {
                try HistoryStore(path: path, access: .readOnly).forEachComparisonSource(since: nil, until: nil) { _ in }
            }
            let store = try HistoryStore(path: path)
            var analyses = 0
            try store.forEachComparisonSource(since: nil, until: nil) { if case .analysis = $0 { analyses += 1 } }
            #expect(analyses == 3)
        }
    }
}
