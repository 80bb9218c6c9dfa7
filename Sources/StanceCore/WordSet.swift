/// A set of vocabulary ids as a bit table: membership is one bounds check and one load, no hashing.
struct WordSet: Sendable {
    private var bits: [Bool] = []

    init() {}

    init(_ ids: some Sequence<Int32>) {
        for id in ids { insert(id) }
    }

    mutating func insert(_ id: Int32) {
        guard id >= 0 else { return }
        bits.grow(to: Int(id) + 1, filling: false)
        bits[Int(id)] = true
    }

    @inline(__always) func contains(_ id: Int32) -> Bool { id >= 0 && Int(id) < bits.count && bits[Int(id)] }
}

/// A table from vocabulary ids to values, as an array: lookups without hashing.
struct IdTable<Value: Sendable>: Sendable {
    private var values: [Value?] = []

    init() {}

    subscript(id: Int32) -> Value? {
        get { id >= 0 && Int(id) < values.count ? values[Int(id)] : nil }
        set {
            guard id >= 0 else { return }
            values.grow(to: Int(id) + 1, filling: nil)
            values[Int(id)] = newValue
        }
    }

    /// The values present, in id order.
    var present: [Value] { values.compactMap { $0 } }
}
