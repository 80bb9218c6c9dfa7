/// The draw counts of a block of bootstrap resamples on one side, article by article: `count(article)[r]` is
/// how many times resample `r` of the block drew the article.
///
/// Why this layout: a resample's sums for a key are its postings' values weighted by their articles' draw counts.
/// Summed one resample at a time, every resample walks every key's postings again (a thousand walks of a few MB on
/// a night of a long history) and reads one scattered count per posting. Summed a block at a time, a posting is
/// read once per block and multiplies a run of the block's counts, contiguous in memory, into a run of sums: a
/// loop the compiler turns into vector instructions (`BlockSums`).
///
/// Counts are bytes (a count above 255 is possible only on a side of more than 255 articles, and then about as
/// likely as a 256-fold draw of one article among thousands: `overflowed` tells when it happened, and the caller
/// redoes the block the direct way).
///
/// Unchecked `Sendable`: a block is written by one thread while it draws, then only read (by every thread) until
/// the next draw, which starts after those reads end (`Compare.bootstrapInBlocks`).
final class ResampleBlock: @unchecked Sendable {
    let articles: Int
    /// Resamples per block: the stride of an article's run of counts.
    let width: Int
    private let counts: UnsafeMutableBufferPointer<UInt8>
    /// The largest count held (255; less in tests, to make blocks overflow).
    private let limit: UInt8
    /// Whether a count of the block would have passed `limit` (it was then not counted).
    private(set) var overflowed = false

    /// Bytes of counts a block of one side may take: the larger the block, the fewer walks of the postings; a
    /// block that fits the caches keeps a posting's run of counts a cheap read.
    static let bytesPerBlock = 1 << 21

    /// The block width for sides of `articles` articles together: at least 16 resamples, at most 256, and a
    /// multiple of 16 (whole vector registers).
    static func width(articles: Int, resamples: Int) -> Int {
        let fit = bytesPerBlock / max(articles, 1)
        return min(max(16, fit / 16 * 16), 256, max(16, (resamples + 15) / 16 * 16))
    }

    init(articles: Int, width: Int, limit: UInt8 = .max) {
        self.articles = articles
        self.width = width
        self.limit = limit
        counts = .allocate(capacity: max(articles * width, 1))
        counts.initialize(repeating: 0)
    }

    deinit { counts.deallocate() }

    /// Forgets the counts of the last block.
    func clear() {
        counts.update(repeating: 0)
        overflowed = false
    }

    /// Draws resample `r` of the block: as many articles as the side has, with replacement, as `Side.draw` does
    /// (the same calls of `rng`, so that the same seed gives the same resamples in either layout).
    @inline(__always)
    func draw(column r: Int, _ rng: inout SplitMix64) {
        let base = counts.baseAddress! + r
        for _ in 0..<articles {
            let slot = base + rng.below(articles) &* width
            if slot.pointee == limit { overflowed = true } else { slot.pointee &+= 1 }
        }
    }

    /// Draws the first `n` resamples of both sides' blocks from `start`, as one resample at a time draws them
    /// (side a's articles, then side b's, resample after resample), and gives the generator after them.
    ///
    /// With `parallel`, each side draws on a thread of its own from the state the draws before its own would
    /// leave: every draw takes one number of the generator but for a rejection (`SplitMix64.below`, about once in
    /// 2^64 / articles draws). A side whose state did not move by exactly its draws found one: the block is drawn
    /// again on this thread. Either way the counts are those of the serial draws.
    static func draw(_ n: Int, _ blocks: (a: ResampleBlock, b: ResampleBlock), from start: SplitMix64, parallel: Bool) -> SplitMix64 {
        let (a, b) = blocks
        let perResample = a.articles + b.articles
        a.clear()
        b.clear()
        if parallel {
            let exact = orderedMap(count: 2, jobs: 2, state: { _ in }) { _, side -> Bool in
                let (block, before) = side == 0 ? (a, 0) : (b, a.articles)
                for r in 0..<n {
                    var rng = start.skipping(r * perResample + before)
                    block.draw(column: r, &rng)
                    guard rng.state == start.skipping(r * perResample + before + block.articles).state else { return false }
                }
                return true
            }
            if exact.allSatisfy({ $0 }) { return start.skipping(n * perResample) }
            a.clear()
            b.clear()
        }
        var rng = start
        for r in 0..<n {
            a.draw(column: r, &rng)
            b.draw(column: r, &rng)
        }
        return rng
    }

    /// The run of the block's counts of article `article` (`width` bytes).
    @inline(__always)
    func run(_ article: Int) -> UnsafePointer<UInt8> { UnsafePointer(counts.baseAddress! + article &* width) }
}

/// A worker's buffers for a block: each side's sums and a key's deltas.
final class BlockScratch {
    let a: BlockSums, b: BlockSums
    let deltas: UnsafeMutableBufferPointer<Double>

    init(width: Int) {
        a = BlockSums(width: width)
        b = BlockSums(width: width)
        deltas = .allocate(capacity: width)
    }

    deinit { deltas.deallocate() }
}

/// A key's five sums on one side in each resample of a block, as doubles: `WeightedSums` for `width` resamples at
/// once.
///
/// Doubles, so that a posting's values times a run of counts are vector multiplies (the 64-bit integer multiply
/// has no vector form on these machines, and a `SIMD4<Int64>` version ran slower than the scalar loop). Exact: the
/// values are integers, and while every sum stays below 2^53 (`BlockSums.isExact`) each product and partial sum
/// is an integer a double holds exactly, so every sum is the very number the `Int64` arithmetic gives, and the
/// values computed from them are the same to the bit.
final class BlockSums {
    let width: Int
    private let storage: UnsafeMutableBufferPointer<Double>
    var count: UnsafeMutablePointer<Double> { storage.baseAddress! }
    var toneSum: UnsafeMutablePointer<Double> { storage.baseAddress! + width }
    var toneCount: UnsafeMutablePointer<Double> { storage.baseAddress! + 2 * width }
    var goldsteinTenths: UnsafeMutablePointer<Double> { storage.baseAddress! + 3 * width }
    var goldsteinCount: UnsafeMutablePointer<Double> { storage.baseAddress! + 4 * width }

    init(width: Int) {
        self.width = width
        storage = .allocate(capacity: 5 * width)
        storage.initialize(repeating: 0)
    }

    deinit { storage.deallocate() }

    /// Whether the sums over `postings` are exact in doubles for counts up to 255: every sum of magnitudes times
    /// 255 stays below 2^53.
    static func isExact(_ postings: [Side.Posting]) -> Bool {
        let limit = Double(1 << 53) / 256  // 255, and a margin for the rounding of these sums
        var sums = (0.0, 0.0, 0.0, 0.0, 0.0)
        for o in postings {
            sums.0 += Double(o.count.magnitude)
            sums.1 += Double(o.toneSum.magnitude)
            sums.2 += Double(o.toneCount.magnitude)
            sums.3 += Double(o.goldsteinTenths.magnitude)
            sums.4 += Double(o.goldsteinCount.magnitude)
        }
        return sums.0 < limit && sums.1 < limit && sums.2 < limit && sums.3 < limit && sums.4 < limit
    }

    /// The sums of the first `n` resamples of `block` over the postings of group `group` of `table` (those its
    /// rows read, `BlockPostings`).
    ///
    /// Four resamples at a time, their sums kept in registers while every posting adds its values times the four
    /// counts (a run of four bytes, widened to doubles in a few instructions); the sums are stored once per four.
    /// Resamples past `n` up to a multiple of four have zero counts (`ResampleBlock.clear`) and are computed
    /// for nothing (the block's width is a multiple of 16).
    func fill(_ table: BlockPostings, _ group: Int, _ block: ResampleBlock, _ n: Int) {
        let (postings, values, fields) = table.groups[group]
        typealias Two = SIMD2<Double>
        let (c, ts, tc, gt, gc) = (count, toneSum, toneCount, goldsteinTenths, goldsteinCount)
        @inline(__always) func store(_ low: Two, _ high: Two, _ to: UnsafeMutablePointer<Double>, _ r: Int) {
            UnsafeMutableRawPointer(to + r).storeBytes(of: SIMD4(lowHalf: low, highHalf: high), as: SIMD4<Double>.self)
        }
        table.offsets.withUnsafeBufferPointer { all in
            table.values.withUnsafeBufferPointer { allValues in
                let offsets = UnsafeBufferPointer(rebasing: all[postings])
                let values = UnsafeBufferPointer(rebasing: allValues[values...])
                let base = block.run(0)
                for r in stride(from: 0, to: n, by: 4) {
                    // The four counts of posting `p`, as two pairs of doubles.
                    @inline(__always) func counts(_ p: Int) -> (Two, Two) {
                        let bytes = UnsafeRawPointer(base + offsets[p] + r).loadUnaligned(as: SIMD4<UInt8>.self)
                        let x = SIMD4<Double>(SIMD4<Int32>(truncatingIfNeeded: bytes))
                        return (x.lowHalf, x.highHalf)
                    }
                    var c0 = Two(), c1 = Two(), s0 = Two(), s1 = Two(), n0 = Two(), n1 = Two()
                    var g0 = Two(), g1 = Two(), m0 = Two(), m1 = Two()
                    switch fields {
                    case .count:
                        for p in offsets.indices {
                            let (x0, x1) = counts(p)
                            let v = Two(repeating: values[p])
                            c0 += x0 * v
                            c1 += x1 * v
                        }
                    case .tone, .goldstein:
                        for p in offsets.indices {
                            let (x0, x1) = counts(p)
                            let (v, s, k) = (Two(repeating: values[3 &* p]), Two(repeating: values[3 &* p &+ 1]), Two(repeating: values[3 &* p &+ 2]))
                            c0 += x0 * v
                            c1 += x1 * v
                            s0 += x0 * s
                            s1 += x1 * s
                            n0 += x0 * k
                            n1 += x1 * k
                        }
                    case .all:
                        for p in offsets.indices {
                            let (x0, x1) = counts(p)
                            let (v, s, k) = (Two(repeating: values[5 &* p]), Two(repeating: values[5 &* p &+ 1]), Two(repeating: values[5 &* p &+ 2]))
                            let (t, u) = (Two(repeating: values[5 &* p &+ 3]), Two(repeating: values[5 &* p &+ 4]))
                            c0 += x0 * v
                            c1 += x1 * v
                            s0 += x0 * s
                            s1 += x1 * s
                            n0 += x0 * k
                            n1 += x1 * k
                            g0 += x0 * t
                            g1 += x1 * t
                            m0 += x0 * u
                            m1 += x1 * u
                        }
                    }
                    store(c0, c1, c, r)
                    switch fields {
                    case .count: break
                    case .tone:
                        store(s0, s1, ts, r)
                        store(n0, n1, tc, r)
                    case .goldstein:
                        store(s0, s1, gt, r)
                        store(n0, n1, gc, r)
                    case .all:
                        store(s0, s1, ts, r)
                        store(n0, n1, tc, r)
                        store(g0, g1, gt, r)
                        store(m0, m1, gc, r)
                    }
                }
            }
        }
    }

    /// The deltas `current - baseline` of the metric in the first `n` resamples, in their order, into `deltas`;
    /// their number. A resample that leaves either side's value undefined has none. Each value is computed as
    /// `WeightedSums.value` computes it (the same operations in the same order: the same doubles).
    static func deltas(
        _ metric: ChangeMetric, _ n: Int, baseline a: BlockSums, _ aArticles: Int, current b: BlockSums, _ bArticles: Int,
        into deltas: UnsafeMutablePointer<Double>
    ) -> Int {
        var got = 0
        switch metric {
        case .volume:
            guard aArticles > 0 && bArticles > 0 else { return 0 }
            let (na, nb) = (Double(aArticles), Double(bArticles))
            let (ca, cb) = (a.count, b.count)
            for r in 0..<n { deltas[r] = 100 * cb[r] / nb - 100 * ca[r] / na }
            got = n
        case .tone:
            let (sa, ka, sb, kb) = (a.toneSum, a.toneCount, b.toneSum, b.toneCount)
            for r in 0..<n where ka[r] != 0 && kb[r] != 0 {
                deltas[got] = sb[r] / Fixed.scale / kb[r] - sa[r] / Fixed.scale / ka[r]
                got &+= 1
            }
        case .goldstein:
            let (sa, ka, sb, kb) = (a.goldsteinTenths, a.goldsteinCount, b.goldsteinTenths, b.goldsteinCount)
            for r in 0..<n where ka[r] != 0 && kb[r] != 0 {
                deltas[got] = sb[r] / 10 / kb[r] - sa[r] / 10 / ka[r]
                got &+= 1
            }
        }
        return got
    }
}

/// The postings of every key of one side as `BlockSums.fill` reads them, in two flat arrays (not two arrays per
/// key): each posting's offset in a block (its article times the block's width), and the values its key's rows
/// need, converted to doubles once. (Held twice, as ready pairs of lanes, they saved 0.8 % of a long night's
/// instructions for up to twice the memory of the side's postings.)
struct BlockPostings {
    /// The sums the rows read: the count always, the tone sums with a tone row, the Goldstein sums with one.
    enum Fields {
        case count, tone, goldstein, all

        init(tone: Bool, goldstein: Bool) {
            self = tone ? (goldstein ? .all : .tone) : (goldstein ? .goldstein : .count)
        }

        var perPosting: Int {
            switch self {
            case .count: 1
            case .tone, .goldstein: 3
            case .all: 5
            }
        }
    }

    let width: Int
    var offsets: [Int] = []
    var values: [Double] = []
    /// Per key (in the order added): its postings in `offsets`, where its values start, and which they are.
    var groups: [(postings: Range<Int>, values: Int, fields: Fields)] = []

    init(width: Int) { self.width = width }

    /// Adds a key's postings.
    mutating func add(_ postings: [Side.Posting], fields: Fields) {
        groups.append((offsets.count..<(offsets.count + postings.count), values.count, fields))
        for o in postings {
            offsets.append(o.article * width)
            values.append(Double(o.count))
            switch fields {
            case .count: break
            case .tone:
                values.append(Double(o.toneSum))
                values.append(Double(o.toneCount))
            case .goldstein:
                values.append(Double(o.goldsteinTenths))
                values.append(Double(o.goldsteinCount))
            case .all:
                values.append(Double(o.toneSum))
                values.append(Double(o.toneCount))
                values.append(Double(o.goldsteinTenths))
                values.append(Double(o.goldsteinCount))
            }
        }
    }
}
