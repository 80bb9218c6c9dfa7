/// The few smallest and the few largest of each row's stream of values: all that a percentile interval reads.
///
/// A 95 % bootstrap interval reads four order statistics of a row's thousand resampled deltas, about the 25th
/// from each end. Keeping every delta of every row until the end cost `rows x resamples` doubles, so the rows were
/// bootstrapped in chunks that each drew the resamples' weights again (six times over on a night of a long
/// history). Two heaps per row, the `keep` smallest (largest on top) and the `keep` largest (smallest on top), hold
/// the same order statistics in a small fraction of the memory; a value that goes in neither costs two comparisons.
struct RowExtremes {
    /// Values kept at each end of a row.
    let keep: Int
    /// Row `r`: its max-heap of the smallest values at `r * 2 * keep`, its min-heap of the largest `keep` after.
    private var heaps: [Double]
    /// Values added to each row.
    private(set) var counts: [Int]

    /// How many values to keep at each end so that the quantiles `p <= q` of up to `limit` values can be read
    /// (type 7 reads the order statistics `floor((n - 1) p)` and the one above, and the same for `q`): the larger
    /// tail's share of `limit`, and a margin for the rounding of `(n - 1) p`.
    static func keep(limit: Int, p: Double, q: Double) -> Int {
        let tail = min(max(p, 1 - q, 0), 1)
        return max(1, min(limit, Int((Double(max(limit - 1, 0)) * tail).rounded(.down)) + 4))
    }

    init(rows: Int, keep: Int) {
        precondition(keep > 0, "keeps no values")
        self.keep = keep
        heaps = [Double](repeating: 0, count: rows * 2 * keep)
        counts = [Int](repeating: 0, count: rows)
    }

    /// Adds `value` to row `row`'s stream.
    @inline(__always)
    mutating func add(_ value: Double, row: Int) {
        let n = counts[row]
        counts[row] = n + 1
        let low = row * 2 * keep, high = low + keep
        if n < keep {
            Self.push(value, &heaps, base: low, size: n, above: >)
            Self.push(value, &heaps, base: high, size: n, above: <)
            return
        }
        if value < heaps[low] { Self.replaceTop(value, &heaps, base: low, size: keep, above: >) }
        if value > heaps[high] { Self.replaceTop(value, &heaps, base: high, size: keep, above: <) }
    }

    /// The quantiles `p <= q` of row `row`'s values (type 7, as `Compare.quantile` on all of them sorted), nil for
    /// a row without values. `p` and `q` must be within the tails `keep` was worked out for. Sorts the row's heaps
    /// in place: no value may be added to the row after (reading it again is fine).
    mutating func quantiles(row: Int, _ p: Double, _ q: Double) -> (Double, Double)? {
        let n = counts[row]
        guard n > 0 else { return nil }
        let kept = min(n, keep)
        let low = row * 2 * keep, high = low + keep
        heaps[low..<(low + kept)].sort()
        heaps[high..<(high + kept)].sort()
        let heaps = self.heaps
        // The `i`-th smallest of all `n` values.
        func at(_ i: Int) -> Double {
            if i < kept { return heaps[low + i] }
            precondition(i >= n - kept, "order statistic \(i) of \(n) is not kept (\(keep) at each end)")
            return heaps[high + i - (n - kept)]
        }
        func quantile(_ p: Double) -> Double {
            let h = Double(n - 1) * p
            let lo = Int(h.rounded(.down))
            guard lo + 1 < n else { return at(lo) }
            return at(lo) + (h - Double(lo)) * (at(lo + 1) - at(lo))
        }
        return (quantile(p), quantile(q))
    }

    /// Adds `value` to the heap of `size` values at `base` (`above(parent, child)` holds in the heap).
    @inline(__always)
    private static func push(_ value: Double, _ heaps: inout [Double], base: Int, size: Int,
                             above: (Double, Double) -> Bool) {
        var i = size
        while i > 0 {
            let parent = (i - 1) / 2
            guard above(value, heaps[base + parent]) else { break }
            heaps[base + i] = heaps[base + parent]
            i = parent
        }
        heaps[base + i] = value
    }

    /// Puts `value` in place of the top of the full heap of `size` values at `base`.
    @inline(__always)
    private static func replaceTop(_ value: Double, _ heaps: inout [Double], base: Int, size: Int,
                                   above: (Double, Double) -> Bool) {
        var i = 0
        while true {
            var child = 2 * i + 1
            guard child < size else { break }
            if child + 1 < size && above(heaps[base + child + 1], heaps[base + child]) { child += 1 }
            guard above(heaps[base + child], value) else { break }
            heaps[base + i] = heaps[base + child]
            i = child
        }
        heaps[base + i] = value
    }
}
