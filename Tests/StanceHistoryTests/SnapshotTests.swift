import Foundation
import StanceAggregate
import StanceModel
import Testing

@testable import StanceHistory

@Suite struct SnapshotTests {
    func aggregate(_ ks: [Int], _ period: Period) -> Aggregate {
        var a = Aggregate()
        for k in ks { a.add(analysis(k), period: period) }
        return a
    }

    @Test(arguments: Period.allCases)
    func aggregatesRoundTripAndEqualOnesEncodeToEqualBytes(period: Period) throws {
        let a = aggregate(Array(0..<60), period)
        let bytes = AggregateCodec.encode(a)
        #expect(try bytes.withUnsafeBytes { try AggregateCodec.decode($0) } == a)
        // The same articles added in another order: an equal aggregate, the same bytes.
        #expect(AggregateCodec.encode(aggregate(Array((0..<60).reversed()), period)) == bytes)
        #expect(try AggregateCodec.encode(Aggregate()).withUnsafeBytes { try AggregateCodec.decode($0) } == Aggregate())
    }

    @Test func damagedSnapshotsAreRefused() {
        let bytes = AggregateCodec.encode(aggregate(Array(0..<10), .month))
        for cut in [0, 1, bytes.count / 2, bytes.count - 1] {
            #expect(throws: AnalysisCodec.Failure.self) { try Array(bytes.prefix(cut)).withUnsafeBytes { try AggregateCodec.decode($0) } }
        }
        #expect(throws: AnalysisCodec.Failure.self) { try (bytes + [0]).withUnsafeBytes { try AggregateCodec.decode($0) } }
        #expect(throws: AnalysisCodec.Failure.self) { try ([9] + bytes.dropFirst()).withUnsafeBytes { try AggregateCodec.decode($0) } }
    }

    /// A snapshot is read back only while no batch was saved after it, and per period.
    @Test func aSnapshotIsValidUntilTheNextSave() throws {
        try withTemporaryFolder { dir in
            let store = try HistoryStore(path: dir + "/h.sqlite")
            let run = try store.beginRun(arguments: [], lexiconVersion: "v")
            #expect(try store.generation() == 0)
            try store.save((0..<5).map { (analysis($0), "h\($0)") }, run: run)
            #expect(try store.generation() == 1)
            let month = aggregate(Array(0..<5), .month)
            try store.saveSnapshot(month, period: "month")
            #expect(try store.snapshot(period: "month") == month)
            #expect(try store.snapshot(period: "week") == nil)
            try store.save([(analysis(5), "h5")], run: run)
            #expect(try store.generation() == 2)
            #expect(try store.snapshot(period: "month") == nil, "a save after the snapshot makes it stale")
            // An empty batch writes nothing and leaves the generation alone.
            try store.save([], run: run)
            #expect(try store.generation() == 2)
        }
    }

    /// A save that fails rolls back its generation bump with its rows: the snapshot stays valid.
    @Test func aFailedSaveLeavesTheSnapshotValid() throws {
        try withTemporaryFolder { dir in
            let path = dir + "/h.sqlite"
            do {
                let store = try HistoryStore(path: path)
                let run = try store.beginRun(arguments: [], lexiconVersion: "v")
                try store.save([(analysis(0), "h0")], run: run)
                try store.saveSnapshot(aggregate([0], .day), period: "day")
            }
            struct Injected: Error {}
            let failing = try HistoryStore(path: path, saveHook: { row in if row == 1 { throw Injected() } })
            let run = try failing.beginRun(arguments: [], lexiconVersion: "v")
            #expect(throws: Injected.self) { try failing.save([(analysis(1), "h1"), (analysis(2), "h2")], run: run) }
            #expect(try failing.generation() == 1)
            #expect(try failing.snapshot(period: "day") == aggregate([0], .day))
        }
    }
}
