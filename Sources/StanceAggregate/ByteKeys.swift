/// Strings laid out in one byte buffer, so that sorting tens of thousands of rows by key compares bytes in place:
/// no string is copied, retained or walked through an iterator per comparison (which took a tenth of a second
/// for the entities of Reuters).
public struct ByteKeys {
    private var arena: [UInt8] = []
    private var offsets: [Int] = [0]

    /// The keys in order; `before(a, b)` compares the `a`-th and `b`-th.
    public init(_ keys: some Sequence<String>) {
        for key in keys {
            arena.append(contentsOf: key.utf8)
            offsets.append(arena.count)
        }
    }

    /// One key per pair, `a NUL b`, laid out without building the joined strings.
    public init(joining pairs: some Sequence<(String, String)>) {
        for (a, b) in pairs {
            arena.append(contentsOf: a.utf8)
            arena.append(0)
            arena.append(contentsOf: b.utf8)
            offsets.append(arena.count)
        }
    }

    /// One key per triple, `a NUL b NUL c`, laid out without building the joined strings.
    public init(joining triples: some Sequence<(String, String, String)>) {
        for (a, b, c) in triples {
            arena.append(contentsOf: a.utf8)
            arena.append(0)
            arena.append(contentsOf: b.utf8)
            arena.append(0)
            arena.append(contentsOf: c.utf8)
            offsets.append(arena.count)
        }
    }

    /// The number of keys.
    public var count: Int { offsets.count - 1 }

    /// The positions of the keys in byte order (equal keys by position): `indices.sorted(by: before)`, found by a
    /// three-way radix quicksort (Bentley and Sedgewick's multikey quicksort). It looks at each key's bytes once per
    /// level instead of comparing whole keys from their first byte: the keys of `trends.csv` all begin with a
    /// period and a kind, which a comparison sort walks through again at each of its comparisons.
    public func sortedIndices() -> [Int] {
        var order = Array(0..<count)
        arena.withUnsafeBufferPointer { bytes in
            offsets.withUnsafeBufferPointer { offsets in
                order.withUnsafeMutableBufferPointer { order in
                    Self.radixSort(order, bytes: bytes, offsets: offsets)
                }
            }
        }
        return order
    }

    /// Sorts `order[range]`, whose keys share their first `depth` bytes.
    private static func radixSort(
        _ order: UnsafeMutableBufferPointer<Int>, bytes: UnsafeBufferPointer<UInt8>, offsets: UnsafeBufferPointer<Int>
    ) {
        // The byte of key `key` at `depth`, or -1 past its end (a prefix sorts first).
        func byte(_ key: Int, _ depth: Int) -> Int {
            let at = offsets[key] + depth
            return at < offsets[key + 1] ? Int(bytes[at]) : -1
        }
        func suffix(_ key: Int, _ depth: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: bytes[min(offsets[key] + depth, offsets[key + 1])..<offsets[key + 1]])
        }
        // Ranges still to sort and the depth their keys agree to (an explicit stack: no recursion to overflow).
        var pending: [(lower: Int, upper: Int, depth: Int)] = [(0, order.count, 0)]
        while let (lower, upper, depth) = pending.popLast() {
            if upper - lower <= 12 {
                // Insertion sort on the rest of the keys, equal ones by position.
                for i in (lower + 1)..<max(upper, lower + 1) {
                    let key = order[i]
                    var j = i
                    while j > lower {
                        let other = order[j - 1]
                        let (x, y) = (suffix(key, depth), suffix(other, depth))
                        guard bytesBefore(x, y) || (!bytesBefore(y, x) && key < other) else { break }
                        order[j] = other
                        j -= 1
                    }
                    order[j] = key
                }
                continue
            }
            // The median of three bytes as the pivot; Dijkstra's three-way partition on the byte at `depth`.
            let (a, b, c) = (byte(order[lower], depth), byte(order[(lower + upper) / 2], depth), byte(order[upper - 1], depth))
            let pivot = max(min(a, b), min(max(a, b), c))
            var (less, i, greater) = (lower, lower, upper)
            while i < greater {
                let value = byte(order[i], depth)
                if value < pivot {
                    order.swapAt(less, i)
                    less += 1
                    i += 1
                } else if value > pivot {
                    greater -= 1
                    order.swapAt(i, greater)
                } else {
                    i += 1
                }
            }
            if less - lower > 1 { pending.append((lower, less, depth)) }
            if upper - greater > 1 { pending.append((greater, upper, depth)) }
            if greater - less > 1 {
                if pivot < 0 {
                    // Keys that ended here are equal: by position.
                    var equal = UnsafeMutableBufferPointer(rebasing: order[less..<greater])
                    equal.sort()
                } else {
                    pending.append((less, greater, depth + 1))
                }
            }
        }
    }

    /// Whether keys `a` and `b` are the same bytes.
    public func equal(_ a: Int, _ b: Int) -> Bool {
        arena.withUnsafeBufferPointer { bytes in
            UnsafeBufferPointer(rebasing: bytes[offsets[a]..<offsets[a + 1]])
                .elementsEqual(UnsafeBufferPointer(rebasing: bytes[offsets[b]..<offsets[b + 1]]))
        }
    }

    /// Whether key `a` precedes key `b` in byte order.
    public func before(_ a: Int, _ b: Int) -> Bool {
        arena.withUnsafeBufferPointer { bytes in
            bytesBefore(
                UnsafeBufferPointer(rebasing: bytes[offsets[a]..<offsets[a + 1]]),
                UnsafeBufferPointer(rebasing: bytes[offsets[b]..<offsets[b + 1]]))
        }
    }
}

extension Aggregate {
    /// The entities in the byte order of their ids: the snapshot's order, and `entities.csv`'s among equal counts.
    public var entitiesByKey: [(key: String, value: EntityStats)] {
        let entries = Array(entities)
        return ByteKeys(entries.lazy.map(\.key)).sortedIndices().map { entries[$0] }
    }

    /// The trends in `trends.csv` order: by period, kind and key, in byte order. Periods and kinds are ASCII and
    /// hold no NUL, so one key per row, `period NUL kind NUL key`, sorts them in one buffer.
    public var sortedTrends: [(key: TrendKey, value: TrendStats)] {
        let entries = Array(trends)
        return ByteKeys(joining: entries.lazy.map { ($0.key.period, $0.key.kind, $0.key.key) }).sortedIndices().map { entries[$0] }
    }
}
