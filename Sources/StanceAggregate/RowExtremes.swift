/// The few smallest and the few largest of each row's stream of values: all that a percentile interval reads.
///
/// A 95 % bootstrap interval reads four order statistics of a row's thousand resampled deltas, about the 25th
/// from each end. Keeping every delta of every row until the end cost `rows x resamples` doubles, so the rows were
/// bootstrapped in chunks that each drew the resamples' weights again (six times over on a night of a long
/// history). Two heaps per row, the `keep` smallest (largest on top) and the `keep` largest (smallest on top), hold
/// the same order statistics in a small fraction of the memory; a value that goes in neither costs two comparisons.
///
/// Unchecked `Sendable`: threads may share one, each adding to rows of its own (a chunk of the bootstrap's rows).
final class RowExtremes: @unchecked Sendable {
    /// Values kept at each end of a row.
    let keep: Int
    /// Row `r`: its max-heap of the smallest values at `r * 2 * keep`, its min-heap of the largest `keep` after.
    /// Raw buffers owned by this object: an array's uniqueness check at every write cost as much as the rest of
    /// an `add` that changes nothing (most of them, once a row has `keep` values).
    private let heaps: UnsafeMutableBufferPointer<Double>
    /// Values added to each row.
    private let counts: UnsafeMutableBufferPointer<Int>

    /// How many values to keep at each end so that the quantiles `p <= q` of up to `limit` values can be read
    /// (type 7 reads the order statistics `floor((n - 1) p)` and the one above, and the same for `q`): the larger
    /// tail's share of `limit`, and a margin for the rounding of `(n - 1) p`.
    static func keep(limit: Int, p: Double, q: Double) -> Int {
        let tail = min(max(p, 1 - q, 0), 1)
        return max(1, min(limit, Int((Double(max(limit - 1, 0)) * tail).rounded(.down)) + 4))
    }

    init(rows: Int, keep: Int) {
        precondition(keep > 0 && rows >= 0, "keeps no values")
        self.keep = keep
        heaps = .allocate(capacity: rows * 2 * keep)
        heaps.initialize(repeating: 0)
        counts = .allocate(capacity: rows)
        counts.initialize(repeating: 0)
    }

    deinit {
        heaps.deallocate()
        counts.deallocate()
    }

    /// Adds `value` to row `row`'s stream (`row` must be below the rows the object was made for).
    @inline(__always)
    func add(_ value: Double, row: Int) {
        let n = counts[row]
        counts[row] = n &+ 1
        let low = heaps.baseAddress! + row &* 2 &* keep, high = low + keep
        if n < keep {
            Self.push(value, low, size: n, above: >)
            Self.push(value, high, size: n, above: <)
            return
        }
        if value < low[0] { Self.replaceTop(value, low, size: keep, above: >) }
        if value > high[0] { Self.replaceTop(value, high, size: keep, above: <) }
    }

    /// Adds `values` to row `row`'s stream, in order (`add` for each, with the row's place worked out once).
    @inline(__always)
    func add(_ values: UnsafeBufferPointer<Double>, row: Int) {
        var n = counts[row]
        let low = heaps.baseAddress! + row &* 2 &* keep, high = low + keep
        for value in values {
            if n < keep {
                Self.push(value, low, size: n, above: >)
                Self.push(value, high, size: n, above: <)
            } else {
                if value < low[0] { Self.replaceTop(value, low, size: keep, above: >) }
                if value > high[0] { Self.replaceTop(value, high, size: keep, above: <) }
            }
            n &+= 1
        }
        counts[row] = n
    }

    /// The quantiles `p <= q` of row `row`'s values (type 7, as `Compare.quantile` on all of them sorted), nil for
    /// a row without values. `p` and `q` must be within the tails `keep` was worked out for. Sorts the row's heaps
    /// in place: no value may be added to the row after (reading it again is fine).
    func quantiles(row: Int, _ p: Double, _ q: Double) -> (Double, Double)? {
        let n = counts[row]
        guard n > 0 else { return nil }
        let kept = min(n, keep)
        var smallest = UnsafeMutableBufferPointer(start: heaps.baseAddress! + row * 2 * keep, count: kept)
        var largest = UnsafeMutableBufferPointer(start: smallest.baseAddress! + keep, count: kept)
        smallest.sort()
        largest.sort()
        // The `i`-th smallest of all `n` values.
        func at(_ i: Int) -> Double {
            if i < kept { return smallest[i] }
            precondition(i >= n - kept, "order statistic \(i) of \(n) is not kept (\(keep) at each end)")
            return largest[i - (n - kept)]
        }
        return (Compare.quantile(count: n, p, orderStatistic: at), Compare.quantile(count: n, q, orderStatistic: at))
    }

    /// Adds `value` to the heap of `size` values at `heap` (`above(parent, child)` holds in the heap).
    @inline(__always)
    private static func push(_ value: Double, _ heap: UnsafeMutablePointer<Double>, size: Int, above: (Double, Double) -> Bool) {
        var i = size
        while i > 0 {
            let parent = (i - 1) / 2
            guard above(value, heap[parent]) else { break }
            heap[i] = heap[parent]
            i = parent
        }
        heap[i] = value
    }

    /// Puts `value` in place of the top of the full heap of `size` values at `heap`.
    @inline(__always)
    private static func replaceTop(_ value: Double, _ heap: UnsafeMutablePointer<Double>, size: Int, above: (Double, Double) -> Bool) {
        var i = 0
        while true {
            var child = 2 * i + 1
            guard child < size else { break }
            if child + 1 < size && above(heap[child + 1], heap[child]) { child += 1 }
            guard above(heap[child], value) else { break }
            heap[i] = heap[child]
            i = child
        }
        heap[i] = value
    }
}
