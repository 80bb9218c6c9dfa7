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
    /// The trends in `trends.csv` order: by period, kind and key, in byte order. Periods and kinds are ASCII and
    /// hold no NUL, so one key per row, `period NUL kind NUL key`, sorts them in one buffer.
    public var sortedTrends: [(key: TrendKey, value: TrendStats)] {
        let entries = Array(trends)
        let keys = ByteKeys(entries.lazy.map { "\($0.key.period)\u{0}\($0.key.kind)\u{0}\($0.key.key)" })
        return entries.indices.sorted(by: keys.before).map { entries[$0] }
    }
}
