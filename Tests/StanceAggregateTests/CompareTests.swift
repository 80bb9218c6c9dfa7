import Testing
@testable import StanceAggregate
import StanceModel

/// Synthetic sides: article `k` of a side has the given keys; tones are in [-1, 1] and stored in millionths.
private func side(_ prefix: String, _ n: Int, _ keys: (Int) -> [KeyObservation]) -> [ArticleObservations] {
    (0..<n).map { ArticleObservations(article: "\(prefix)\($0)", keys: keys($0)) }
}

private func entity(_ key: String, count: Int = 1, tone: Double, goldstein: Double? = nil) -> KeyObservation {
    KeyObservation(kind: "entity", key: key, count: count, toneSum: Fixed.from(tone), toneCount: 1,
                   goldsteinTenths: goldstein.map { Int64(($0 * 10).rounded()) } ?? 0, goldsteinCount: goldstein == nil ? 0 : 1)
}

/// A small spread that repeats: the same multiset of values on both sides when `shift` is 0.
private func noise(_ k: Int) -> Double { Double(k % 7 - 3) / 10 }

@Suite struct CompareTests {
    let baseline = side("a", 40) { k in [entity("USA", tone: -0.4 + noise(k), goldstein: -5), entity("RUS", count: 1 + k % 3, tone: noise(k))] }
    let current = side("b", 40) { k in [entity("USA", count: 2, tone: 0.4 + noise(k), goldstein: 3), entity("RUS", count: 1 + k % 3, tone: noise(k))] }

    func find(_ rows: [Change], _ key: String, _ metric: ChangeMetric) -> Change? {
        rows.first { $0.key == key && $0.metric == metric }
    }

    @Test func sameSeedSameRowsOtherSeedOtherIntervals() {
        let once = Compare.changes(baseline: baseline, current: current, options: CompareOptions(seed: 7))
        let again = Compare.changes(baseline: baseline, current: current, options: CompareOptions(seed: 7))
        let other = Compare.changes(baseline: baseline, current: current, options: CompareOptions(seed: 8))
        #expect(once == again)
        #expect(once.map(\.fields) == again.map(\.fields))
        #expect(once.map(\.delta) == other.map(\.delta))
        #expect(once.map(\.low) != other.map(\.low))
    }

    @Test func clearShiftGivesAnIntervalWithoutZero() throws {
        let rows = Compare.changes(baseline: baseline, current: current)
        let tone = try #require(find(rows, "USA", .tone))
        #expect(abs(tone.delta - 0.8) < 1e-9)
        #expect(tone.low > 0 && tone.low <= tone.delta && tone.delta <= tone.high)
        #expect(tone.isClear)
        let volume = try #require(find(rows, "USA", .volume))
        #expect(volume.baseline == 100 && volume.current == 200)
        let goldstein = try #require(find(rows, "USA", .goldstein))
        #expect(goldstein.delta == 8 && goldstein.low == 8 && goldstein.high == 8)
    }

    @Test func noShiftGivesAnIntervalWithZero() throws {
        let rows = Compare.changes(baseline: baseline, current: current)
        for metric in [ChangeMetric.tone, .volume] {
            let row = try #require(find(rows, "RUS", metric))
            #expect(abs(row.delta) < 1e-9)
            #expect(row.low < 0 && row.high > 0)
            #expect(!row.isClear)
        }
        // RUS has no stances: no Goldstein row rather than a made-up zero.
        #expect(find(rows, "RUS", .goldstein) == nil)
    }

    /// The prefix sort puts keys in the order of the string comparison: shared prefixes longer than eight bytes,
    /// kinds that differ after eight bytes, empty strings, NUL bytes and non-ASCII keys included.
    @Test func prefixSortMatchesTheKeyOrder() {
        let kinds = ["entity", "pair", "entity_long_kind_a", "entity_long_kind_b", "", "pa"]
        let keys = ["USA", "USA->RUS", "USA->RUSSIA", "volodymyr_zelenskyy", "volodymyr_zelenska", "", "a\u{0}b", "a",
                    "Ελλάδα", "Zürich", "zürich", "abcdefgh", "abcdefghi", "abcdefgh\u{0}"]
        var rng = SplitMix64(seed: 3)
        for round in 0..<40 {
            var observations = (0..<(1 + round % 12)).map { n in
                KeyObservation(kind: kinds[rng.below(kinds.count)], key: keys[rng.below(keys.count)], count: n)
            }
            let expected = observations.sorted(by: KeyObservation.precedes)
            KeyObservation.sortInKeyOrder(&observations)
            #expect(observations.map { [$0.kind, $0.key] } == expected.map { [$0.kind, $0.key] }, "round \(round)")
        }
    }

    /// A key's rows do not depend on which other metrics it has: keys with the same counts (and tones, Goldstein
    /// values) in the same articles get the same intervals, whether the key has all three metrics, no stances, or
    /// stances but no tone (the resample sums only what a key's rows read).
    @Test func aKeysIntervalsDoNotDependOnItsOtherMetrics() throws {
        func keys(_ k: Int, shift: Double) -> [KeyObservation] {
            let count = 1 + k % 4, tone = Fixed.from(noise(k) + shift), tenths = Int64(k % 5 - 2 + Int(shift * 10))
            return [
                KeyObservation(kind: "entity", key: "FULL", count: count, toneSum: tone, toneCount: 1, goldsteinTenths: tenths, goldsteinCount: 1),
                KeyObservation(kind: "entity", key: "NOSTANCE", count: count, toneSum: tone, toneCount: 1, goldsteinTenths: 0, goldsteinCount: 0),
                KeyObservation(kind: "entity", key: "NOTONE", count: count, toneSum: 0, toneCount: 0, goldsteinTenths: tenths, goldsteinCount: 1),
                KeyObservation(kind: "entity", key: "VOLUME", count: count, toneSum: 0, toneCount: 0, goldsteinTenths: 0, goldsteinCount: 0),
            ]
        }
        let rows = Compare.changes(baseline: side("a", 30) { keys($0, shift: 0) }, current: side("b", 30) { keys($0, shift: 0.3) })
        for (key, metrics) in [("NOSTANCE", [ChangeMetric.volume, .tone]), ("NOTONE", [.volume, .goldstein]), ("VOLUME", [.volume])] {
            for metric in metrics {
                let full = try #require(find(rows, "FULL", metric)), other = try #require(find(rows, key, metric))
                #expect(other.low == full.low && other.high == full.high && other.delta == full.delta, "\(key) \(metric)")
            }
        }
        #expect(find(rows, "NOSTANCE", .goldstein) == nil && find(rows, "NOTONE", .tone) == nil && find(rows, "VOLUME", .tone) == nil)
    }

    @Test func keysBelowTheSupportAreDropped() {
        // `rare` is in 2 baseline articles and 30 current ones: the smaller side decides.
        let a = side("a", 30) { k in k < 2 ? [entity("rare", tone: 0.1)] : [] }
        let b = side("b", 30) { _ in [entity("rare", tone: 0.2)] }
        #expect(Compare.changes(baseline: a, current: b).isEmpty)
        let kept = Compare.changes(baseline: a, current: b, options: CompareOptions(minSupport: 2))
        #expect(kept.map(\.metric) == [.tone, .volume])
        #expect(kept.allSatisfy { $0.support == 2 })
        // A key on one side only has no baseline to compare with.
        #expect(Compare.changes(baseline: a, current: side("c", 30) { _ in [] }, options: CompareOptions(minSupport: 1)).isEmpty)
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func inputOrderDoesNotMatter(shuffleSeed: UInt64) {
        var rng = SplitMix64(seed: shuffleSeed)
        let shuffled = current.shuffled(using: &rng).map { ArticleObservations(article: $0.article, keys: $0.keys.reversed()) }
        #expect(Compare.changes(baseline: baseline.shuffled(using: &rng), current: shuffled) == Compare.changes(baseline: baseline, current: current))
    }

    @Test func rowsAreSortedAndMatchTheHeader() {
        let pair = KeyObservation(kind: "pair", key: "USA->RUS", count: 1, goldsteinTenths: -60, goldsteinCount: 1)
        let a = baseline.map { ArticleObservations(article: $0.article, keys: $0.keys + [pair]) }
        let rows = Compare.changes(baseline: a, current: current.map { ArticleObservations(article: $0.article, keys: [pair] + $0.keys) })
        let order = rows.map { [$0.kind, $0.key, $0.metric.rawValue] }
        #expect(order == order.sorted { $0.lexicographicallyPrecedes($1) })
        #expect(order.first == ["entity", "RUS", "tone"] && order.last == ["pair", "USA->RUS", "volume"])
        #expect(rows.allSatisfy { $0.fields.count == Change.header.count })
        #expect(Change.header.last == "metric")
    }

    /// A key listed twice in an article counts as the sum of both, whether the article's keys come sorted, unsorted
    /// or repeated.
    @Test func aKeyListedTwiceIsSummed() {
        // The smaller side repeats keys, so that a repeated key counted as two articles would change the support.
        let few = Array(baseline.prefix(20))
        let twice = few.map { article in
            ArticleObservations(article: article.article, keys: article.keys.flatMap { o in
                var half = o
                half.count = 1
                var rest = o
                rest.count -= 1
                rest.toneSum = 0
                rest.toneCount = 0
                rest.goldsteinTenths = 0
                rest.goldsteinCount = 0
                return rest.count > 0 ? [half, rest] : [half]
            })
        }
        let sorted = few.map { ArticleObservations(article: $0.article, keys: $0.keys.sorted(by: KeyObservation.precedes)) }
        let expected = Compare.changes(baseline: few, current: current)
        #expect(!expected.isEmpty && expected.allSatisfy { $0.support <= 20 })
        #expect(Compare.changes(baseline: twice, current: current) == expected)
        #expect(Compare.changes(baseline: sorted, current: current) == expected)
    }

    /// The few extremes the bootstrap keeps per row give the numbers the sorted interpolation of all the values
    /// gives, for any count up to the limit, with ties, one value, equal bounds and the levels' tails; rows filled
    /// in turn do not mix.
    @Test func keptExtremesGiveTheSortedQuantiles() {
        var rng = SplitMix64(seed: 7)
        for limit in [1, 2, 3, 8, 40, 1000] {
            for (p, q) in [(0.025, 0.975), (0.05, 0.95), (0.5, 0.5), (0, 1), (0.3, 0.31), (0.1, 0.9), (0.005, 0.995)] {
                let keep = RowExtremes.keep(limit: limit, p: p, q: q)
                for spread in [3, 1000] {
                    let counts = Set([1, 2, limit / 2, limit - 1, limit, rng.below(limit) + 1].filter { (1...limit).contains($0) }).sorted()
                    let rows = counts.map { n in (0..<n).map { _ in Double(rng.below(spread)) / 4 - 100 } }
                    let extremes = RowExtremes(rows: rows.count, keep: keep)
                    for i in 0..<limit {
                        for (r, values) in rows.enumerated() where i < values.count { extremes.add(values[i], row: r) }
                    }
                    // The same values added a run at a time (runs of 37, as a block of resamples adds them).
                    let runs = RowExtremes(rows: rows.count, keep: keep)
                    for (r, values) in rows.enumerated() {
                        values.withUnsafeBufferPointer { values in
                            for start in stride(from: 0, to: values.count, by: 37) {
                                runs.add(UnsafeBufferPointer(rebasing: values[start..<min(start + 37, values.count)]), row: r)
                            }
                        }
                    }
                    for (r, values) in rows.enumerated() {
                        let sorted = values.sorted()
                        let got = extremes.quantiles(row: r, p, q)
                        #expect(got?.0 == Compare.quantile(sorted, p) && got?.1 == Compare.quantile(sorted, q),
                                "limit \(limit), n \(values.count), spread \(spread), p \(p), q \(q), keep \(keep)")
                        #expect(runs.quantiles(row: r, p, q)! == got!, "runs: limit \(limit), n \(values.count)")
                    }
                }
            }
        }
        #expect(RowExtremes.keep(limit: 1000, p: 0.025, q: 0.975) < 40)
        let empty = RowExtremes(rows: 2, keep: 3)
        empty.add(1, row: 0)
        #expect(empty.quantiles(row: 1, 0.025, 0.975) == nil && empty.quantiles(row: 0, 0.025, 0.975)! == (1, 1))
    }

    /// Every way of summing the resamples gives the same intervals to the bit: a block at a time (blocks whose
    /// width does not divide the resamples), one resample at a time, and blocks redone one at a time when a draw
    /// count passes the block's limit; on one thread or three. Keys of each set of sums (volume only, with tone,
    /// with Goldstein, with both), present in some articles only (resamples that leave a mean undefined).
    @Test(arguments: [1000, 37, 1] as [Int])
    func blockedAndDirectResamplesAgree(resamples: Int) {
        func keys(_ k: Int, shift: Double) -> [KeyObservation] {
            var keys = [
                KeyObservation(kind: "entity", key: "ONLY_VOLUME", count: 1 + k % 4, toneSum: 0, toneCount: 0, goldsteinTenths: 0, goldsteinCount: 0),
                KeyObservation(kind: "entity", key: "TONE", count: 1 + k % 3, toneSum: Fixed.from(noise(k) + shift), toneCount: 1 + k % 2,
                               goldsteinTenths: 0, goldsteinCount: 0),
            ]
            if k % 3 == 0 {
                keys.append(KeyObservation(kind: "entity", key: "BOTH", count: 2, toneSum: Fixed.from(noise(k * 5) - shift), toneCount: 2,
                                           goldsteinTenths: Int64(k % 11) - 5, goldsteinCount: 1))
            }
            if k % 5 == 1 {
                keys.append(KeyObservation(kind: "pair", key: "USA>RUS", count: 1, toneSum: 0, toneCount: 0,
                                           goldsteinTenths: Int64(k % 7) * 10 - 30, goldsteinCount: 1 + k % 2))
            }
            return keys
        }
        let a = side("a", 300) { keys($0, shift: 0) }
        let b = side("b", 257) { keys($0, shift: 0.1) }
        for jobs in [1, 3] {
            let options = CompareOptions(resamples: resamples, seed: 11, jobs: jobs)
            let blocked = Compare.changes(baseline: a, current: b, options: options, method: .init())
            let direct = Compare.changes(baseline: a, current: b, options: options, method: .init(blocked: false))
            let redone = Compare.changes(baseline: a, current: b, options: options, method: .init(countLimit: 2))
            // Chunks of two rows: several passes over the blocks (each drawing them again).
            let passes = Compare.changes(baseline: a, current: b, options: options, method: .init(maxRowsPerChunk: 2))
            #expect(passes == direct, "passes: resamples \(resamples), jobs \(jobs)")
            #expect(Set(blocked.map(\.key)) == ["ONLY_VOLUME", "TONE", "BOTH", "USA>RUS"])
            #expect(resamples == 1 || blocked.contains { $0.low != $0.high })
            #expect(blocked == direct, "resamples \(resamples), jobs \(jobs)")
            #expect(redone == direct, "resamples \(resamples), jobs \(jobs)")
        }
    }

    /// Sums a double cannot hold exactly (past 2^53) are summed as integers, one resample at a time: the same
    /// intervals as the integer sums give, where doubles would round.
    @Test func sumsPastWhatADoubleHoldsStayExact() {
        let big = Int64(1) << 50
        func key(_ k: Int, _ step: Int64) -> [KeyObservation] {
            [KeyObservation(kind: "entity", key: "A", count: 1, toneSum: big + step * Int64(k % 9), toneCount: 1, goldsteinTenths: 0, goldsteinCount: 0)]
        }
        let a = side("a", 40) { key($0, 1) }, b = side("b", 40) { key($0, 3) }
        let options = CompareOptions(resamples: 200, seed: 5)
        let got = Compare.changes(baseline: a, current: b, options: options)
        #expect(got.contains { $0.metric == .tone && $0.low != $0.high })
        #expect(got == Compare.changes(baseline: a, current: b, options: options, method: .init(blocked: false)))
    }

    /// The exactness bound: magnitudes summing to just under 2^53 / 256 pass, at it they do not, on any field.
    @Test func exactnessBoundIsTwoToThe53rdOver256() {
        let limit = Int64(1) << 45  // 2^53 / 256
        func posting(_ field: Int, _ value: Int64) -> Side.Posting {
            var p = Side.Posting(article: 0, count: 0, toneSum: 0, toneCount: 0, goldsteinTenths: 0, goldsteinCount: 0)
            switch field {
            case 0: p.count = value
            case 1: p.toneSum = -value
            case 2: p.toneCount = value
            case 3: p.goldsteinTenths = value
            default: p.goldsteinCount = value
            }
            return p
        }
        for field in 0..<5 {
            #expect(BlockSums.isExact([posting(field, limit - 1)]), "field \(field)")
            #expect(BlockSums.isExact([posting(field, limit / 2), posting(field, limit / 2 - 1)]), "field \(field)")
            #expect(!BlockSums.isExact([posting(field, limit / 2), posting(field, limit / 2)]), "field \(field)")
        }
    }

    /// A block's draw counts: each resample draws as many articles as the side has, and a count past the limit
    /// is flagged, not wrapped.
    @Test func resampleBlocksCountTheDrawsAndFlagOverflow() {
        let block = ResampleBlock(articles: 5, width: 16)
        var rng = SplitMix64(seed: 3)
        for r in 0..<16 { block.draw(column: r, &rng) }
        for r in 0..<16 { #expect((0..<5).reduce(0) { $0 + Int(block.run($1)[r]) } == 5) }
        #expect(!block.overflowed)
        let one = ResampleBlock(articles: 1, width: 16, limit: 3)
        for _ in 0..<3 { one.draw(column: 0, &rng) }
        #expect(one.run(0)[0] == 3 && !one.overflowed)
        one.draw(column: 0, &rng)
        #expect(one.run(0)[0] == 3 && one.overflowed)
        one.clear()
        #expect(one.run(0)[0] == 0 && !one.overflowed)
        #expect(ResampleBlock.width(articles: 18_000, resamples: 1000) % 16 == 0)
        #expect(ResampleBlock.width(articles: 10, resamples: 5) == 16)
    }

    /// Both sides drawn on two threads, each from where the other's draws leave the generator, give the serial
    /// draws' counts and end state; so does a block whose generator rejects a number (the seed below makes the
    /// first number 0, which `below(3)` rejects), drawn again serially.
    @Test func parallelDrawsAreTheSerialDraws() {
        let rejecting = UInt64(0) &- 0x9E37_79B9_7F4A_7C15
        for (seed, articles) in [(UInt64(1), (3, 5)), (7, (40, 33)), (11, (1, 2)), (rejecting, (3, 3))] {
            func drawn(parallel: Bool) -> (counts: [[UInt8]], state: UInt64) {
                let blocks = (a: ResampleBlock(articles: articles.0, width: 16), b: ResampleBlock(articles: articles.1, width: 16))
                let end = ResampleBlock.draw(13, blocks, from: SplitMix64(seed: seed), parallel: parallel)
                let counts = [blocks.a, blocks.b].flatMap { block in (0..<block.articles).map { Array(UnsafeBufferPointer(start: block.run($0), count: 16)) } }
                return (counts, end.state)
            }
            let (serial, parallel) = (drawn(parallel: false), drawn(parallel: true))
            #expect(serial.counts == parallel.counts && serial.state == parallel.state, "seed \(seed)")
            let perResample = articles.0 + articles.1
            #expect((serial.state != SplitMix64(seed: seed).skipping(13 * perResample).state) == (seed == rejecting), "seed \(seed)")
        }
    }

    @Test func quantileInterpolates() {
        #expect(Compare.quantile([0, 10], 0.25) == 2.5)
        #expect(Compare.quantile([1, 2, 3, 4, 5], 0.5) == 3)
        #expect(Compare.quantile([4], 0.975) == 4)
    }

    /// The observations of an analysis sum to what `Aggregate` puts in `trends.csv`, so both files agree.
    @Test func observationsMatchTheTrends() {
        let analyses = (0..<60).map(MergeProperty().analysis)
        var aggregate = Aggregate()
        for a in analyses { aggregate.add(a, period: .year) }
        var expected: [KeyID: TrendStats] = [:]
        for (key, stats) in aggregate.trends where key.kind != "source" {
            expected[KeyID(kind: key.kind, key: key.key), default: TrendStats()].merge(stats)
        }
        var summed: [KeyID: TrendStats] = [:]
        for o in analyses.flatMap({ ArticleObservations($0).keys }) {
            var stats = TrendStats(mentions: o.kind == "entity" ? o.count : 0, articles: 1, toneSum: o.toneSum, toneCount: o.toneCount)
            stats.stances = o.kind == "pair" ? o.count : o.goldsteinCount
            stats.goldsteinTenths = o.goldsteinTenths
            stats.goldsteinCount = o.goldsteinCount
            summed[KeyID(kind: o.kind, key: o.key), default: TrendStats()].merge(stats)
        }
        #expect(summed == expected)
    }
}
