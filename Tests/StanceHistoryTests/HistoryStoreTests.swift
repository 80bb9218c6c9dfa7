import Foundation
import StanceAggregate
import StanceModel
import Testing

@testable import StanceHistory

/// What an incremental run does with the store: skip same hash, replace changed, add new, in batches.
@discardableResult
func night(_ analyses: [ArticleAnalysis], into store: HistoryStore, batchSize: Int = 4) throws -> (added: Int, replaced: Int, skipped: Int) {
    let run = try store.beginRun(arguments: ["analyze", "night"], lexiconVersion: "test-1")
    var counts = (added: 0, replaced: 0, skipped: 0)
    var start = 0
    while start < analyses.count {
        let slice = Array(analyses[start..<min(start + batchSize, analyses.count)])
        let stored = try store.existingHashes(ids: slice.map(\.article.id))
        var batch: [(analysis: ArticleAnalysis, hash: String)] = []
        for analysis in slice {
            let hash = HistoryStore.contentHash(analysis.article)
            switch stored[analysis.article.id] {
            case hash: counts.skipped += 1
            case nil: counts.added += 1; batch.append((analysis, hash))
            default: counts.replaced += 1; batch.append((analysis, hash))
            }
        }
        try store.save(batch, run: run)
        start += batchSize
    }
    try store.finishRun(run, added: counts.added, replaced: counts.replaced, skipped: counts.skipped)
    return counts
}

func stored(_ store: HistoryStore, since: String? = nil, until: String? = nil) throws -> [ArticleAnalysis] {
    var all: [ArticleAnalysis] = []
    try store.forEachAnalysis(since: since, until: until) { all.append($0) }
    return all
}

@Suite struct RoundTripTests {
    @Test func analysesComeBackEqualInDateAndIdOrder() throws {
        try withTemporaryFolder { folder in
            let store = try HistoryStore(path: folder + "/history.sqlite")
            let analyses = (0..<30).map { analysis($0) }
            try night(analyses, into: store)
            let back = try stored(store)
            let expected = analyses.sorted {
                $0.article.date != $1.article.date
                    ? $0.article.date.utf8.lexicographicallyPrecedes($1.article.date.utf8)
                    : $0.article.id.utf8.lexicographicallyPrecedes($1.article.id.utf8)
            }
            #expect(back == expected)
            #expect(back.first?.article.date == "")
        }
    }

    @Test func emptyUntilAnArticleIsStored() throws {
        try withTemporaryFolder { folder in
            let store = try HistoryStore(path: folder + "/history.sqlite")
            #expect(try store.isEmpty())
            let run = try store.beginRun(arguments: ["analyze"], lexiconVersion: "test-1")
            #expect(try store.isEmpty())
            try store.save([(analysis(0), "hash")], run: run)
            #expect(try !store.isEmpty())
        }
    }

    @Test func contentHashIsPinned() {
        // Values computed independently (Python); a change here silently re-extracts every stored article.
        let article = Article(
            id: "reuters-1", date: "1987-02-26", source: "Reuters", title: "BAHIA COCOA REVIEW",
            text: "Showers continued throughout the week in the Bahia cocoa zone.")
        #expect(HistoryStore.contentHash(article) == "58e5155e3cedfff8")
        #expect(HistoryStore.contentHash(Article(id: "a", text: "")) == "3ebb9838ed57f428")
    }

    @Test(arguments: [
        Article(id: "x", date: "2020", source: "s", title: "t", text: "body"),
        Article(id: "x", date: "2020", source: "s", title: "t", text: "body "),
        Article(id: "x", date: "2021", source: "s", title: "t", text: "body"),
        Article(id: "x", date: "2020", source: "S", title: "t", text: "body"),
        Article(id: "x", date: "2020", source: "s", title: "tt", text: "body"),
        Article(id: "x", date: "2020", source: "st", title: "", text: "body"),
    ])
    func contentHashSeesEveryField(changed: Article) {
        let base = Article(id: "x", date: "2020", source: "s", title: "t", text: "body")
        #expect((HistoryStore.contentHash(changed) == HistoryStore.contentHash(base)) == (changed == base))
    }
}

@Suite struct IncrementalTests {
    @Test func sameHashIsSkippedAndChangedHashReplaced() throws {
        try withTemporaryFolder { folder in
            let store = try HistoryStore(path: folder + "/history.sqlite")
            let first = (0..<10).map { analysis($0) }
            #expect(try night(first, into: store) == (10, 0, 0))
            // The same night again changes nothing.
            #expect(try night(first, into: store) == (0, 0, 10))
            #expect(try store.coverage().articles == 10)

            // Article a3 is edited: its row is replaced, the count stays.
            var edited = analysis(3, revision: 1)
            #expect(HistoryStore.contentHash(edited.article) != HistoryStore.contentHash(first[3].article))
            edited.tokens = 999
            #expect(try night([edited, first[4], analysis(10)], into: store) == (1, 1, 1))
            #expect(try store.coverage().articles == 11)
            let back = try stored(store)
            #expect(back.first { $0.article.id == "a3" } == edited)
            #expect(back.filter { $0.article.id == "a3" }.count == 1)
            #expect(try store.existingHash(id: "a3") == HistoryStore.contentHash(edited.article))
            #expect(try store.existingHash(id: "nope") == nil)
        }
    }

    @Test func existingHashesWorksPastOneChunk() throws {
        try withTemporaryFolder { folder in
            let store = try HistoryStore(path: folder + "/history.sqlite")
            let analyses = (0..<1_200).map { analysis($0) }
            try night(analyses, into: store, batchSize: 256)
            let ids = analyses.map(\.article.id) + ["missing-1", "missing-2"]
            let hashes = try store.existingHashes(ids: ids)
            #expect(hashes.count == 1_200)
            #expect(hashes["a1199"] == HistoryStore.contentHash(analyses[1199].article))
            #expect(hashes["missing-1"] == nil)
        }
    }
}

@Suite struct NightsTests {
    /// Two nights in a different order, with a retried night in between, fold to the one-run aggregate.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func twoNightsFoldToTheAggregateOfOneRun(seed: UInt64) throws {
        try withTemporaryFolder { folder in
            var rng = SplitMix64(seed: seed)
            let all = (0..<80).map { analysis($0) }
            var whole = Aggregate()
            for a in all { whole.add(a, period: .week) }

            let store = try HistoryStore(path: folder + "/nights.sqlite")
            let shuffled = all.shuffled(using: &rng)
            let cut = Int(rng.next() % 60) + 10
            try night(Array(shuffled[cut...]), into: store, batchSize: 7)
            try night(Array(shuffled[cut...].shuffled(using: &rng)), into: store, batchSize: 5)  // retried night
            try night(Array(shuffled[..<cut]), into: store, batchSize: 3)

            var folded = Aggregate()
            try store.forEachAnalysis(since: nil, until: nil) { folded.add($0, period: .week) }
            #expect(folded == whole)

            // And the history itself equals the one of a single run.
            let single = try HistoryStore(path: folder + "/single.sqlite")
            try night(all, into: single, batchSize: 256)
            #expect(try stored(store) == stored(single))
            #expect(try store.coverage() == single.coverage())
        }
    }
}

@Suite struct DateRangeTests {
    static let dates = ["", "1987", "1987-02", "1987-02-26", "1987-03", "1987-03-01", "1988-01-01"]

    @Test(arguments: [
        (nil, nil, ["", "1987", "1987-02", "1987-02-26", "1987-03", "1987-03-01", "1988-01-01"]),
        ("1987-03-01", nil, ["1987", "1987-03", "1987-03-01", "1988-01-01"]),
        (nil, "1987-02", ["1987", "1987-02", "1987-02-26"]),
        ("1987-02-27", "1987-03", ["1987", "1987-02", "1987-03", "1987-03-01"]),
        ("1988", "1988", ["1988-01-01"]),
        ("1987-02-26", "1987-02-26", ["1987", "1987-02", "1987-02-26"]),
        ("1989", nil, []),
    ] as [(String?, String?, [String])])
    func boundsCompareOnTheCommonPrefix(since: String?, until: String?, kept: [String]) throws {
        try withTemporaryFolder { folder in
            let store = try HistoryStore(path: folder + "/history.sqlite")
            let analyses = Self.dates.enumerated().map { k, date in
                var a = analysis(k)
                a.article.date = date
                return a
            }
            try night(analyses, into: store)
            #expect(try stored(store, since: since, until: until).map(\.article.date) == kept)
        }
    }

    @Test(arguments: ["", "87", "1987-13", "2021-02-29", "1987-2-1", "1987-02-26T10:00:00"])
    func malformedBoundsAreRefused(bound: String) throws {
        try withTemporaryFolder { folder in
            let store = try HistoryStore(path: folder + "/history.sqlite")
            #expect(throws: HistoryError.invalidDate(bound)) { try store.forEachAnalysis(since: bound, until: nil) { _ in } }
            #expect(throws: HistoryError.invalidDate(bound)) { try store.forEachAnalysis(since: nil, until: bound) { _ in } }
        }
    }
}
