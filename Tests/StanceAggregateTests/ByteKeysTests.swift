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
