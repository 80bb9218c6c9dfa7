import StanceModel

// Trend comparison for `changes.csv`: how each entity or actor pair moved between a baseline and a current set
// of articles, with a percentile bootstrap interval of the move. Pure: observations in, sorted rows out; the
// pipeline decides which articles form each side (two runs, or the last two periods of one run).
//
// The unit of resampling is the article, not the mention or the stance: mentions in one article are not
// independent (one long speech can name Russia forty times), so resampling them would give intervals that are
// far too narrow. Per-article inputs are kept as integer counts and fixed-point sums, so a resample is a
// weighted integer sum and the output is the same bytes whatever order the articles come in.

/// What one article contributes to one key: counts and sums, never means, so that resamples can re-weight them.
public struct KeyObservation: Sendable, Equatable {
    /// `entity` or `pair`, as `key_kind` in `trends.csv`.
    public var kind: String
    /// An entity id (`USA`, `joe_biden`) or a pair label (`USA->RUS`).
    public var key: String
    /// Mentions of the entity, or asserted stances of the pair: the `volume` metric.
    public var count: Int
    /// Tones of the distinct sentences behind the key, in millionths (`Fixed`), and how many there were.
    public var toneSum: Int64
    public var toneCount: Int
    /// Goldstein values of the key's asserted stances, in tenths, and how many there were.
    public var goldsteinTenths: Int64
    public var goldsteinCount: Int

    /// In `KeyID` order, compared in place: building two keys per comparison copied four strings.
    static func precedes(_ a: KeyObservation, _ b: KeyObservation) -> Bool {
        KeyID.precedes(a.kind, a.key, b.kind, b.key)
    }

    /// Sorts `keys` by `precedes`, comparing the first eight bytes of each kind and key as numbers first (worked
    /// out once per key) and the strings only when those are equal: an article's dozen keys were sorted with a
    /// string comparison at every step. Zero-padded big-endian prefixes never disagree with the byte order (a
    /// string before another never has a larger prefix), so the order is the same.
    static func sortInKeyOrder(_ keys: inout [KeyObservation]) {
        guard keys.count > 1 else { return }
        @inline(__always) func prefix(_ s: String) -> UInt64 {
            var value: UInt64 = 0
            var n: UInt64 = 0
            for b in s.utf8 {
                if n == 8 { break }
                value = value << 8 | UInt64(b)
                n += 1
            }
            return n == 0 ? 0 : value << (8 * (8 - n))
        }
        let prefixes = keys.map { (kind: prefix($0.kind), key: prefix($0.key)) }
        let order = keys.indices.sorted { i, j in
            let (a, b) = (prefixes[i], prefixes[j])
            if a.kind != b.kind { return a.kind < b.kind }
            if keys[i].kind != keys[j].kind { return bytesBefore(keys[i].kind, keys[j].kind) }
            if a.key != b.key { return a.key < b.key }
            return bytesBefore(keys[i].key, keys[j].key)
        }
        keys = order.map { keys[$0] }
    }

    public init(kind: String, key: String, count: Int, toneSum: Int64 = 0, toneCount: Int = 0,
                goldsteinTenths: Int64 = 0, goldsteinCount: Int = 0) {
        self.kind = kind
        self.key = key
        self.count = count
        self.toneSum = toneSum
        self.toneCount = toneCount
        self.goldsteinTenths = goldsteinTenths
        self.goldsteinCount = goldsteinCount
    }
}

/// One article of a side, with an observation per key it has. An article with no keys still counts: it is in
/// the denominator of `volume`.
public struct ArticleObservations: Sendable, Equatable {
    public var article: String
    public var keys: [KeyObservation]

    public init(article: String, keys: [KeyObservation]) {
        self.article = article
        self.keys = keys
    }
}

/// The metrics of `changes.csv`, named in its `metric` column.
public enum ChangeMetric: String, Sendable, CaseIterable, Comparable {
    /// Mean Goldstein value of the key's asserted stances.
    case goldstein
    /// Mean tone of the sentences behind the key (as `tone` in `trends.csv`).
    case tone
    /// Mentions (entity) or asserted stances (pair) per 100 articles of the side.
    case volume

    public static func < (a: ChangeMetric, b: ChangeMetric) -> Bool { a.rawValue < b.rawValue }
}

/// A row of `changes.csv`.
public struct Change: Sendable, Equatable {
    public var kind: String
    public var key: String
    public var metric: ChangeMetric
    public var baseline: Double
    public var current: Double
    /// `current - baseline`.
    public var delta: Double
    /// The percentile bootstrap interval of `delta`.
    public var low: Double
    public var high: Double
    /// Articles behind the metric on the side that has fewer.
    public var support: Int

    /// The contract's columns, then `metric` (columns may only be added at the end).
    public static let header = ["key_kind", "key", "baseline", "current", "delta", "low", "high", "support", "metric"]

    public var fields: [String] {
        [kind, key, Fixed.format(baseline), Fixed.format(current), Fixed.format(delta), Fixed.format(low),
         Fixed.format(high), String(support), metric.rawValue]
    }

    /// Whether the interval excludes zero: the change is unlikely to be resampling noise alone.
    public var isClear: Bool { low > 0 || high < 0 }
}

public struct CompareOptions: Sendable {
    public var resamples = 1000
    public var seed: UInt64 = 1
    /// Keys with fewer supporting articles on either side are left out: their means swing on one article.
    public var minSupport = 3
    /// Coverage of the interval (0.95 gives the 2.5th and 97.5th percentiles).
    public var level = 0.95
    /// Threads for the bootstrap (the result is the same for any value).
    public var jobs = 1

    /// The share of resampled deltas below the interval, and above it.
    var tail: Double { min(max((1 - level) / 2, 0), 0.5) }

    public init(resamples: Int = 1000, seed: UInt64 = 1, minSupport: Int = 3, level: Double = 0.95, jobs: Int = 1) {
        self.resamples = resamples
        self.seed = seed
        self.minSupport = minSupport
        self.level = level
        self.jobs = jobs
    }
}

public enum Compare {
    /// The changes of every key present on both sides, sorted by `key_kind`, `key` and `metric` (byte order).
    /// Each bootstrap resample draws, on each side independently, as many articles as the side has, with
    /// replacement; a mean that a resample leaves undefined (no article with the key drawn) skips that resample.
    public static func changes(baseline: [ArticleObservations], current: [ArticleObservations],
                               options: CompareOptions = CompareOptions()) -> [Change] {
        changes(baseline: baseline, current: current, options: options, method: Method())
    }

    /// How the bootstrap sums its resamples: a block at a time (`ResampleBlock`, the default) or one at a time,
    /// and the largest draw count a block holds before it is redone one at a time. Tests set them to check that
    /// every way gives the same numbers.
    struct Method {
        var blocked = true
        var countLimit = UInt8.max
        /// The most rows in a chunk (nil: as many as 16 MB of kept deltas hold); tests make it small, so that the
        /// chunks take several passes.
        var maxRowsPerChunk: Int?
    }

    static func changes(baseline: [ArticleObservations], current: [ArticleObservations], options: CompareOptions,
                        method: Method) -> [Change] {
        let a = Side(baseline), b = Side(current)
        var rows: [Row] = []
        // In `KeyID` order, sorted on one byte buffer (`kind NUL key`: kinds hold no NUL), not by comparing strings.
        let common = a.postings.keys.filter { b.postings[$0] != nil }
        for id in ByteKeys(joining: common.lazy.map { ($0.kind, $0.key) }).sortedIndices().map({ common[$0] }) {
            let postings = (a: a.postings[id]!, b: b.postings[id]!)
            let sa = Sums(postings.a), sb = Sums(postings.b)
            for metric in ChangeMetric.allCases.sorted() {
                let support = min(sa.support(metric), sb.support(metric))
                guard support >= max(1, options.minSupport),
                      let va = sa.value(metric, articles: a.count), let vb = sb.value(metric, articles: b.count)
                else { continue }
                rows.append(Row(id: id, postings: postings, change: Change(kind: id.kind, key: id.key, metric: metric, baseline: va,
                                                       current: vb, delta: vb - va, low: vb - va, high: vb - va,
                                                       support: support)))
            }
        }
        guard options.resamples > 0 else { return rows.map(\.change) }
        // Rows are bootstrapped in chunks, one per thread of about the same work (a key's postings on both sides,
        // read at every block of resamples), more only when the kept deltas would pass 16 MB; all chunks see the same seeded
        // draws, so the result does not depend on the chunks or the thread count. A key's metrics stay in one
        // chunk (they share its sums).
        let workers = max(1, options.jobs)
        let keep = RowExtremes.keep(limit: options.resamples, p: options.tail, q: 1 - options.tail)
        let maxRows = method.maxRowsPerChunk ?? max(1, (1 << 21) / (2 * keep))
        let work = rows.indices.map { k in
            k > 0 && rows[k].id == rows[k - 1].id ? 1 : rows[k].postings.a.count + rows[k].postings.b.count + 1
        }
        let share = work.reduce(0, +) / workers + 1
        var bounds: [Range<Int>] = []
        var start = 0
        while start < rows.count {
            var end = start, done = 0
            while end < rows.count && (end == start || rows[end].id == rows[end - 1].id || (done < share && end - start < maxRows)) {
                done += work[end]
                end += 1
            }
            bounds.append(start..<end)
            start = end
        }
        let parts = bounds.map { Chunk(Array(rows[$0])) }
        // A block of resamples at a time (`ResampleBlock`), unless a key's sums could pass what a double holds
        // exactly (never on real data; one resample at a time then, for the same numbers).
        let blocked = method.blocked && parts.allSatisfy { $0.groups.allSatisfy { BlockSums.isExact($0.a) && BlockSums.isExact($0.b) } }
        guard blocked else {
            return orderedMap(count: parts.count, jobs: workers, state: { _ in }) { _, c in
                let part = parts[c]
                let deltas = RowExtremes(rows: part.rows.count, keep: keep)
                var rng = SplitMix64(seed: options.seed)
                resampleDirectly(options.resamples, part.groups, part.metrics, a, b, &rng, deltas)
                return part.changes(deltas, options)
            }.flatMap { $0 }
        }
        // Chunks in passes of one per thread, each pass drawing the blocks again: the kept deltas of a pass stay
        // within a few times 16 MB whatever the number of rows.
        var changes: [Change] = []
        for pass in stride(from: 0, to: parts.count, by: workers) {
            changes += bootstrapInBlocks(Array(parts[pass..<min(pass + workers, parts.count)]), a, b, options, keep: keep, method: method)
        }
        return changes
    }

    /// Resamples `parts` a block at a time: each block's draw counts made once (each side on a thread of its own
    /// when there are two), then every chunk summed from them on a thread.
    private static func bootstrapInBlocks(
        _ parts: [Chunk], _ a: Side, _ b: Side, _ options: CompareOptions, keep: Int, method: Method
    ) -> [Change] {
        let workers = max(1, options.jobs)
        let width = ResampleBlock.width(articles: a.count + b.count, resamples: options.resamples)
        let blocks = (a: ResampleBlock(articles: a.count, width: width, limit: method.countLimit),
                      b: ResampleBlock(articles: b.count, width: width, limit: method.countLimit))
        let packed = parts.map { $0.packed(width: width) }
        let extremes = parts.map { RowExtremes(rows: $0.rows.count, keep: keep) }
        var rng = SplitMix64(seed: options.seed)
        var first = 0
        while first < options.resamples {
            let n = min(width, options.resamples - first)
            let start = rng
            rng = ResampleBlock.draw(n, blocks, from: start, parallel: workers > 1)
            let (overflowed, end) = (blocks.a.overflowed || blocks.b.overflowed, rng)
            _ = orderedMap(count: parts.count, jobs: workers, state: { _ in BlockScratch(width: width) }) { scratch, c in
                if overflowed {
                    // A count passed a byte: the block the direct way, from the same draws.
                    var replay = start
                    resampleDirectly(n, parts[c].groups, parts[c].metrics, a, b, &replay, extremes[c])
                    assert(replay.state == end.state, "the direct resamples drew differently")
                } else {
                    parts[c].add(n, blocks, packed[c], scratch, a.count, b.count, into: extremes[c])
                }
            }
            first += n
        }
        return zip(parts, extremes).flatMap { part, deltas in part.changes(deltas, options) }
    }

    /// A chunk of rows: its keys' postings, rows and metrics.
    final class Chunk: Sendable {
        let rows: [Row]
        let metrics: [ChangeMetric]
        /// Rows of one key are consecutive and share its weighted sums: each resample sums a key's postings once.
        /// Only plain arrays are read inside the resample loop (no row, key or string is copied there).
        let groups: [Group]

        init(_ rows: [Row]) {
            var groups: [Group] = []
            for k in rows.indices {
                if k > 0 && rows[k].id == rows[k - 1].id {
                    groups[groups.count - 1].rows = groups[groups.count - 1].rows.lowerBound..<(k + 1)
                } else {
                    groups.append(Group(a: rows[k].postings.a, b: rows[k].postings.b, rows: k..<(k + 1)))
                }
                if rows[k].change.metric == .tone { groups[groups.count - 1].tone = true }
                if rows[k].change.metric == .goldstein { groups[groups.count - 1].goldstein = true }
            }
            self.rows = rows
            self.metrics = rows.map(\.change.metric)
            self.groups = groups
        }

        /// The postings of both sides as `BlockSums.fill` reads them.
        func packed(width: Int) -> (a: BlockPostings, b: BlockPostings) {
            var (packedA, packedB) = (BlockPostings(width: width), BlockPostings(width: width))
            for group in groups {
                let fields = BlockPostings.Fields(tone: group.tone, goldstein: group.goldstein)
                packedA.add(group.a, fields: fields)
                packedB.add(group.b, fields: fields)
            }
            return (packedA, packedB)
        }

        /// Adds each row's deltas in the first `n` resamples of the blocks to `deltas`.
        func add(
            _ n: Int, _ blocks: (a: ResampleBlock, b: ResampleBlock), _ packed: (a: BlockPostings, b: BlockPostings),
            _ scratch: BlockScratch, _ aArticles: Int, _ bArticles: Int, into deltas: RowExtremes
        ) {
            let resampled = scratch.deltas
            for (g, group) in groups.enumerated() {
                scratch.a.fill(packed.a, g, blocks.a, n)
                scratch.b.fill(packed.b, g, blocks.b, n)
                for k in group.rows {
                    let got = BlockSums.deltas(metrics[k], n, baseline: scratch.a, aArticles, current: scratch.b, bArticles, into: resampled.baseAddress!)
                    deltas.add(UnsafeBufferPointer(rebasing: resampled[..<got]), row: k)
                }
            }
        }

        /// The rows with their intervals.
        func changes(_ deltas: RowExtremes, _ options: CompareOptions) -> [Change] {
            rows.enumerated().map { k, row in
                var change = row.change
                if let (low, high) = deltas.quantiles(row: k, options.tail, 1 - options.tail) { (change.low, change.high) = (low, high) }
                return change
            }
        }
    }

    /// A key's postings on both sides, its rows, and which of its sums they read.
    struct Group {
        var a: [Side.Posting], b: [Side.Posting]
        var rows: Range<Int>
        var tone = false, goldstein = false
    }

    /// `n` resamples one at a time: each side's draw counts, then every key's sums over its postings (`Int64`).
    private static func resampleDirectly(
        _ n: Int, _ groups: [Group], _ metrics: [ChangeMetric], _ a: Side, _ b: Side, _ rng: inout SplitMix64, _ deltas: RowExtremes
    ) {
        var wa = [Int64](repeating: 0, count: a.count), wb = [Int64](repeating: 0, count: b.count)
        for _ in 0..<n {
            a.draw(into: &wa, &rng)
            b.draw(into: &wb, &rng)
            wa.withUnsafeBufferPointer { wa in
                wb.withUnsafeBufferPointer { wb in
                    for group in groups {
                        let sa = WeightedSums(group.a, wa, tone: group.tone, goldstein: group.goldstein)
                        let sb = WeightedSums(group.b, wb, tone: group.tone, goldstein: group.goldstein)
                        for k in group.rows {
                            if let va = sa.value(metrics[k], articles: a.count), let vb = sb.value(metrics[k], articles: b.count) {
                                deltas.add(vb - va, row: k)
                            }
                        }
                    }
                }
            }
        }
    }

    /// Linear interpolation between order statistics (Hyndman and Fan type 7, the R and NumPy default).
    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        quantile(count: sorted.count, p) { sorted[$0] }
    }

    /// The same for `count` values whose `i`-th smallest is `orderStatistic(i)` (only the two it interpolates
    /// between are asked for).
    @inline(__always)
    static func quantile(count: Int, _ p: Double, orderStatistic at: (Int) -> Double) -> Double {
        let h = Double(count - 1) * p
        let lo = Int(h.rounded(.down))
        guard lo + 1 < count else { return at(lo) }
        return at(lo) + (h - Double(lo)) * (at(lo + 1) - at(lo))
    }

    struct Row {
        var id: KeyID
        /// The key's postings on each side (found once, when the rows are made).
        var postings: (a: [Side.Posting], b: [Side.Posting])
        var change: Change
    }
}

struct KeyID: Hashable, Comparable {
    var kind: String
    var key: String

    /// The key alone: kinds are two ("entity", "pair") and seldom share a key, and equality still compares both.
    /// One string hashed instead of two (a side's postings look up every observation of its articles).
    func hash(into hasher: inout Hasher) { hasher.combine(key) }

    static func < (a: KeyID, b: KeyID) -> Bool { precedes(a.kind, a.key, b.kind, b.key) }

    /// Kind, then key, in byte order.
    static func precedes(_ aKind: String, _ aKey: String, _ bKind: String, _ bKey: String) -> Bool {
        aKind != bKind ? bytesBefore(aKind, bKind) : bytesBefore(aKey, bKey)
    }
}

/// Byte order, as every other sorted output (Swift's `<` on strings follows Unicode and can differ).
/// Compares the UTF-8 bytes in place (the generic `utf8.lexicographicallyPrecedes` walks an iterator per byte,
/// which showed in sorting tens of thousands of keys).
public func bytesBefore(_ a: String, _ b: String) -> Bool {
    var a = a, b = b
    return a.withUTF8 { x in b.withUTF8 { y in bytesBefore(x, y) } }
}

/// Whether `x` precedes `y` in byte order (a prefix first).
func bytesBefore(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = min(x.count, y.count)
    var k = 0
    while k < n {
        if x[k] != y[k] { return x[k] < y[k] }
        k += 1
    }
    return x.count < y.count
}

/// The articles of one side, sorted into a fixed order so that a resample index names the same article
/// whatever order the caller gave them in, and each key's postings (article index, observation).
struct Side {
    let count: Int
    var postings: [KeyID: [Posting]] = [:]

    /// An observation without its strings: the bootstrap reads these a thousand times, so no reference counting.
    struct Posting {
        var article: Int
        var count: Int64, toneSum: Int64, toneCount: Int64, goldsteinTenths: Int64, goldsteinCount: Int64
    }

    init(_ articles: [ArticleObservations]) {
        count = articles.count
        let normalised = Self.sorted(articles.map(Self.merged))
        for (index, article) in normalised.enumerated() {
            for o in article.keys {
                postings[KeyID(kind: o.kind, key: o.key), default: []].append(
                    Posting(article: index, count: Int64(o.count), toneSum: o.toneSum, toneCount: Int64(o.toneCount),
                            goldsteinTenths: o.goldsteinTenths, goldsteinCount: Int64(o.goldsteinCount)))
            }
        }
    }

    /// Multinomial weights of one resample: how many times each article is drawn.
    func draw(into weights: inout [Int64], _ rng: inout SplitMix64) {
        weights.withUnsafeMutableBufferPointer { weights in
            precondition(weights.count == count, "weights of another side")
            weights.update(repeating: 0)
            for _ in 0..<count { weights[rng.below(count)] &+= 1 }
        }
    }

    /// One observation per key, in key order (a key listed twice in an article is summed).
    static func merged(_ article: ArticleObservations) -> ArticleObservations {
        // Already so (an article's summary lists each key once, and its observations come sorted): as it is.
        let keys = article.keys
        if keys.indices.dropFirst().allSatisfy({ KeyObservation.precedes(keys[$0 - 1], keys[$0]) }) {
            return article
        }
        var byKey: [KeyID: KeyObservation] = [:]
        for o in article.keys {
            let id = KeyID(kind: o.kind, key: o.key)
            guard var sum = byKey[id] else {
                byKey[id] = o
                continue
            }
            sum.count += o.count
            sum.toneSum += o.toneSum
            sum.toneCount += o.toneCount
            sum.goldsteinTenths += o.goldsteinTenths
            sum.goldsteinCount += o.goldsteinCount
            byKey[id] = sum
        }
        return ArticleObservations(article: article.article, keys: byKey.sorted { $0.key < $1.key }.map(\.value))
    }

    /// The articles in `precedes` order, as `sorted(by: precedes)` gives them: by id on one byte buffer of the ids
    /// (equal ids keep their order), then each run of one id by content. Comparing the id strings took a tenth of
    /// the comparison of a long night's two months.
    static func sorted(_ articles: [ArticleObservations]) -> [ArticleObservations] {
        let ids = ByteKeys(articles.lazy.map(\.article))
        let order = ids.sortedIndices()
        var sorted: [ArticleObservations] = []
        sorted.reserveCapacity(articles.count)
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count && ids.equal(order[start], order[end]) { end += 1 }
            if end - start == 1 {
                sorted.append(articles[order[start]])
            } else {
                sorted.append(contentsOf: order[start..<end].map { articles[$0] }.sorted(by: precedes))
            }
            start = end
        }
        return sorted
    }

    /// A total order: by id, then (duplicate ids) by content, so even repeated ids cannot depend on input order.
    static func precedes(_ x: ArticleObservations, _ y: ArticleObservations) -> Bool {
        // Ids as bytes, as `sorted` groups them: Swift's `!=` takes the composed and decomposed forms of one text
        // (two ids a history can hold) as equal, which made their order depend on their content.
        if !x.article.utf8.elementsEqual(y.article.utf8) { return bytesBefore(x.article, y.article) }
        for (p, q) in zip(x.keys, y.keys) where p != q {
            let (ip, iq) = (KeyID(kind: p.kind, key: p.key), KeyID(kind: q.kind, key: q.key))
            if ip != iq { return ip < iq }
            return (p.count, p.toneSum, p.toneCount, p.goldsteinTenths, p.goldsteinCount)
                < (q.count, q.toneSum, q.toneCount, q.goldsteinTenths, q.goldsteinCount)
        }
        return x.keys.count < y.keys.count
    }
}

/// A key's sums over one side in one bootstrap resample, each article weighted by the times it was drawn: the
/// inner step of resampling one at a time (`resampleDirectly`, when blocks cannot be used) and the point
/// estimate's sums (`Sums`), so no support counts and no optional weights.
struct WeightedSums {
    var count: Int64 = 0, toneSum: Int64 = 0, toneCount: Int64 = 0, goldsteinTenths: Int64 = 0, goldsteinCount: Int64 = 0

    init() {}

    /// A key's sums over its postings, each article weighted by `weights`. Only the sums its rows read: the tone
    /// sums with `tone`, the Goldstein ones with `goldstein` (the others stay zero and are never read). A resample's
    /// inner loop: a key without stances skips two of the five products per posting.
    @inline(__always)
    init(_ postings: [Side.Posting], _ weights: UnsafeBufferPointer<Int64>, tone: Bool, goldstein: Bool) {
        self.init()
        postings.withUnsafeBufferPointer { postings in
            switch (tone, goldstein) {
            case (true, true):
                for o in postings { add(o, weight: weights[o.article]) }
            case (true, false):
                for o in postings {
                    let w = weights[o.article]
                    count &+= w &* o.count
                    toneSum &+= w &* o.toneSum
                    toneCount &+= w &* o.toneCount
                }
            case (false, true):
                for o in postings {
                    let w = weights[o.article]
                    count &+= w &* o.count
                    goldsteinTenths &+= w &* o.goldsteinTenths
                    goldsteinCount &+= w &* o.goldsteinCount
                }
            case (false, false):
                for o in postings { count &+= weights[o.article] &* o.count }
            }
        }
    }

    @inline(__always)
    mutating func add(_ o: Side.Posting, weight w: Int64) {
        count &+= w &* o.count
        toneSum &+= w &* o.toneSum
        toneCount &+= w &* o.toneCount
        goldsteinTenths &+= w &* o.goldsteinTenths
        goldsteinCount &+= w &* o.goldsteinCount
    }

    /// The metric's value: volume per 100 articles of the side, or a mean; nil when undefined.
    @inline(__always)
    func value(_ metric: ChangeMetric, articles: Int) -> Double? {
        switch metric {
        case .volume: articles == 0 ? nil : 100 * Double(count) / Double(articles)
        case .tone: toneCount == 0 ? nil : Double(toneSum) / Fixed.scale / Double(toneCount)
        case .goldstein: goldsteinCount == 0 ? nil : Double(goldsteinTenths) / 10 / Double(goldsteinCount)
        }
    }
}

/// A key's sums over one side for the point estimate (every article once), with the articles behind each metric.
struct Sums {
    var totals = WeightedSums()
    var withCount = 0, withTone = 0, withGoldstein = 0

    init(_ postings: [Side.Posting]) {
        for o in postings {
            totals.add(o, weight: 1)
            if o.count > 0 { withCount += 1 }
            if o.toneCount > 0 { withTone += 1 }
            if o.goldsteinCount > 0 { withGoldstein += 1 }
        }
    }

    /// Distinct articles behind the metric.
    func support(_ metric: ChangeMetric) -> Int {
        switch metric {
        case .volume: withCount
        case .tone: withTone
        case .goldstein: withGoldstein
        }
    }

    func value(_ metric: ChangeMetric, articles: Int) -> Double? { totals.value(metric, articles: articles) }
}

/// SplitMix64 (Steele, Lea and Flood 2014): tiny, fast, and fully specified, so a seed gives the same
/// resamples on every platform and Swift version (the standard library's generator and its `random(in:)`
/// make no such promise).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    var state: UInt64
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The generator `calls` numbers later (each number adds the same constant to the state).
    func skipping(_ calls: Int) -> SplitMix64 {
        SplitMix64(seed: state &+ UInt64(truncatingIfNeeded: calls) &* 0x9E37_79B9_7F4A_7C15)
    }

    /// Uniform in `0..<n` without modulo bias (Lemire 2019, multiply and reject), written out for the same reason.
    mutating func below(_ n: Int) -> Int {
        let bound = UInt64(n)
        var m = next().multipliedFullWidth(by: bound)
        if m.low < bound {
            let threshold = (0 &- bound) % bound
            while m.low < threshold { m = next().multipliedFullWidth(by: bound) }
        }
        return Int(m.high)
    }
}

extension ArticleObservations {
    /// The observations of an analysed article, counted as `Aggregate.add` counts `trends.csv`: entities by their
    /// mentions, pairs by asserted stances with a source actor, tone over distinct sentences.
    public init(_ analysis: ArticleAnalysis) {
        self.init(article: analysis.article.id, summary: ArticleSummary(analysis, period: .year))
    }

    /// The same from the article's summary (what it adds to the aggregate): its entity and pair rows of
    /// `trends.csv` are its observations.
    public init(article: String, summary: ArticleSummary) {
        var keys: [KeyObservation] = []
        for (key, t) in summary.trends where key.kind == "entity" || key.kind == "pair" {
            keys.append(
                KeyObservation(
                    kind: key.kind, key: key.key, count: key.kind == "entity" ? t.mentions : t.stances, toneSum: t.toneSum,
                    toneCount: t.toneCount, goldsteinTenths: t.goldsteinTenths, goldsteinCount: t.goldsteinCount))
        }
        KeyObservation.sortInKeyOrder(&keys)
        self.init(article: article, keys: keys)
    }
}
