import StanceModel
import Testing
@testable import StanceAggregate

@Suite struct CountsTests {
    /// A tally is the same whatever order its counts came in, keeps its keys in byte order, and picks the most
    /// frequent key with ties to the first in byte order.
    @Test func tallyIsOrderFreeAndSorted() {
        let adds: [(String, Int)] = [("RUS", 2), ("USA", 1), ("", 1), ("UKR", 3), ("RUS", 1), ("Ärzte", 1), ("AUS", 3)]
        var forward = Tally()
        for (key, n) in adds { forward.add(key, n) }
        var backward = Tally()
        for (key, n) in adds.reversed() { backward.add(key, n) }
        #expect(forward == backward)
        #expect(forward.entries.map(\.key) == ["", "AUS", "RUS", "UKR", "USA", "Ärzte"])
        #expect(forward.entries.map(\.count) == [1, 3, 3, 3, 1, 1])
        #expect(forward.count == 6)
        #expect(forward.mostFrequent == "AUS")
        #expect(Tally().mostFrequent == "" && Tally().entries.isEmpty)

        // Merging splits gives the whole, in any order.
        var left = Tally()
        var right = Tally()
        for (k, (key, n)) in adds.enumerated() { if k % 2 == 0 { left.add(key, n) } else { right.add(key, n) } }
        var merged = right
        merged.merge(left)
        #expect(merged == forward)
        left.merge(right)
        #expect(left == forward)
        var empty = Tally()
        empty.merge(forward)
        #expect(empty == forward)
    }

    /// Type counts: the most frequent type, ties to the first in name order, `.other` when nothing was counted.
    @Test func typeCountsPickTheMostFrequent() {
        var counts = TypeCounts()
        #expect(counts.mostFrequent == .other && counts.count == 0)
        counts[.person] += 2
        counts[.country] += 2
        #expect(counts.mostFrequent == .country)  // COUNTRY before PERSON
        var more = TypeCounts()
        more[.person] = 1
        counts.merge(more)
        #expect(counts.mostFrequent == .person && counts[.person] == 3 && counts.count == 2)
    }
}
