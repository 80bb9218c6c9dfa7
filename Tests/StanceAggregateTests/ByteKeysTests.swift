import Testing
@testable import StanceAggregate

@Suite struct ByteKeysTests {
    /// The order of `ByteKeys.before` is the byte order of the UTF-8 (not Swift's string order), prefixes first.
    @Test func ordersByUTF8Bytes() {
        let keys = ["b", "", "a", "ab", "é", "e\u{301}", "Z", "a\u{0}", "zz", "ä", "a"]
        let byteKeys = ByteKeys(keys)
        let sorted = keys.indices.sorted(by: byteKeys.before).map { keys[$0] }
        #expect(sorted == keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(!byteKeys.before(2, 10) && !byteKeys.before(10, 2))  // equal keys
        #expect(sorted.first == "" && sorted.last == "é")
    }
}

extension ByteKeysTests {
    /// The radix sort gives the comparison sort's order, equal keys by position, on keys that share long
    /// prefixes (as `trends.csv`'s do), end inside one another, repeat, and hold bytes above 0x7F.
    @Test func radixSortMatchesTheComparisonSort() {
        var generator = SplitMix64(seed: 7)
        for round in 0..<40 {
            let count = [0, 1, 2, 13, 200, 3_000][round % 6]
            let keys = (0..<count).map { _ -> String in
                let prefix = ["", "1987-03\u{0}entity\u{0}", "1987-03\u{0}pair\u{0}", "1987-04\u{0}entity\u{0}"][generator.below(4)]
                let length = generator.below(6)
                let letters = (0..<length).map { _ in ["a", "b", "é", "Z", "\u{0}", "ab"][generator.below(6)] }.joined()
                return prefix + letters
            }
            let byteKeys = ByteKeys(keys)
            let expected = keys.indices.sorted { byteKeys.before($0, $1) || (!byteKeys.before($1, $0) && $0 < $1) }
            #expect(byteKeys.sortedIndices() == expected, "round \(round), \(count) keys")
        }
    }
}

extension ByteKeysTests {
    /// Pairs joined by NUL sort as (first, then second) in byte order when the firsts hold no NUL (the comparison's
    /// kinds), prefixes included; `equal` compares the whole key.
    @Test func joinedPairsSortAsTuples() {
        let pairs = [("pair", "A>B"), ("entity", "usa"), ("entity", "us"), ("entityx", ""), ("entity", "usa"), ("e", "zz"), ("pair", "")]
        let keys = ByteKeys(joining: pairs)
        let expected = pairs.indices.sorted { i, j in
            let (a, b) = (pairs[i], pairs[j])
            if a.0 != b.0 { return bytesBefore(a.0, b.0) }
            if a.1 != b.1 { return bytesBefore(a.1, b.1) }
            return i < j
        }
        #expect(keys.sortedIndices() == expected)
        #expect(keys.equal(1, 4) && !keys.equal(1, 2) && !keys.equal(0, 6))
    }

    /// A side's articles sorted on their ids' bytes, runs of one id by content, are `sorted(by: Side.precedes)`.
    @Test func sideSortMatchesTheComparisonSort() {
        var generator = SplitMix64(seed: 5)
        for round in 0..<30 {
            let articles = (0..<[1, 2, 40, 300][round % 4]).map { _ in
                ArticleObservations(
                    // `é` composed and decomposed: one text to Swift's `==`, two ids to the history.
                    article: ["a", "b", "a1", "\u{E9}", "e\u{301}", "ab"][generator.below(6)] + String(generator.below(4)),
                    keys: [KeyObservation(kind: "entity", key: ["x", "y"][generator.below(2)], count: generator.below(3))])
            }
            #expect(Side.sorted(articles) == articles.sorted(by: Side.precedes), "round \(round)")
        }
    }
}
