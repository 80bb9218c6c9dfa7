import StanceModel

/// How many mentions of an entity had each type: one count per `EntityType`, added lane by lane. It replaces a
/// dictionary that every article's share of every entity allocated, hashed into and merged.
public struct TypeCounts: Sendable, Equatable {
    private var lanes = SIMD8<Int>()

    public init() {}

    @inline(__always) private static func lane(_ type: EntityType) -> Int {
        switch type {
        case .person: 0
        case .country: 1
        case .org: 2
        case .location: 3
        case .group: 4
        case .other: 5
        }
    }

    public subscript(type: EntityType) -> Int {
        get { lanes[Self.lane(type)] }
        set { lanes[Self.lane(type)] = newValue }
    }

    /// How many types have a count (what the dictionary's `count` was).
    public var count: Int { EntityType.allCases.reduce(0) { $0 + (self[$1] != 0 ? 1 : 0) } }

    public mutating func merge(_ other: TypeCounts) { lanes &+= other.lanes }

    /// The most frequent type; ties go to the first in name order, and no count at all gives `.other`.
    public var mostFrequent: EntityType {
        var best: EntityType?
        for type in Self.byName where self[type] != 0 && (best == nil || self[type] > self[best!]) { best = type }
        return best ?? .other
    }

    private static let byName = EntityType.allCases.sorted()
}

/// Counts per string key, for the few keys one entity has (its actors: almost always one). Kept sorted in byte
/// order, so two tallies of the same counts are equal whatever order they were built in, and a merge is a walk
/// of short arrays instead of a dictionary's hashing. The first entry is held inline: a tally of one key, the
/// usual case (an entity in one article), allocates nothing.
public struct Tally: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var key: String
        public var count: Int
    }

    /// The entry with the smallest key, then the others in byte order of their keys.
    private var head: Entry?
    private var tail: [Entry] = []

    public init() {}

    public var count: Int { head == nil ? 0 : 1 + tail.count }

    /// The entries in byte order of their keys.
    public var entries: [Entry] { head.map { [$0] + tail } ?? [] }

    /// Adds `count` to `key`.
    public mutating func add(_ key: String, _ count: Int = 1) {
        guard let first = head else {
            head = Entry(key: key, count: count)
            return
        }
        if first.key == key {
            head!.count += count
            return
        }
        if bytesBefore(key, first.key) {
            tail.insert(first, at: 0)
            head = Entry(key: key, count: count)
            return
        }
        var k = 0
        while k < tail.count {
            if tail[k].key == key {
                tail[k].count += count
                return
            }
            if bytesBefore(key, tail[k].key) { break }
            k += 1
        }
        tail.insert(Entry(key: key, count: count), at: k)
    }

    public mutating func merge(_ other: Tally) {
        guard let first = other.head else { return }
        if head == nil {
            self = other
            return
        }
        add(first.key, first.count)
        for entry in other.tail { add(entry.key, entry.count) }
    }

    /// The key with the highest count; ties go to the first in byte order; "" when empty.
    public var mostFrequent: String {
        guard var best = head else { return "" }
        for entry in tail where entry.count > best.count { best = entry }
        return best.key
    }
}
