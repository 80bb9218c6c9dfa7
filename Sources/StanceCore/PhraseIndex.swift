/// Multi-token phrases over interned token ids, matched longest-first at a token position.
///
/// A phrase is a list of slots; a slot accepts one of a few ids, or is a gap of zero to `maxGap` tokens.
/// Phrases are indexed by the ids their first slot accepts, longest first, so a lookup touches only the
/// phrases that can start at the token.
struct PhraseIndex: Sendable {
    struct Phrase: Sendable {
        /// Each slot's accepted ids; an empty slot is a gap.
        var slots: [[Int32]]
        var payload: Int32
    }

    static let maxGap = 3
    private(set) var phrases: [Phrase] = []
    private var building: [Int32: [Int32]] = [:]
    /// Candidates by first id, longest first (filled by `finish`).
    private var byFirst: [[Int32]] = []

    mutating func add(slots: [[Int32]], payload: Int32) {
        guard let first = slots.first, !first.isEmpty else { return }
        let index = Int32(phrases.count)
        phrases.append(Phrase(slots: slots, payload: payload))
        for id in Set(first) { building[id, default: []].append(index) }
    }

    /// Sorts candidates longest first; call once after the last `add`.
    mutating func finish() {
        let size = Int((building.keys.max() ?? -1) + 1)
        byFirst = Array(repeating: [], count: size)
        for (key, list) in building {
            byFirst[Int(key)] = list.sorted { a, b in
                let la = phrases[Int(a)].slots.count
                let lb = phrases[Int(b)].slots.count
                return la != lb ? la > lb : a < b
            }
        }
    }

    var isEmpty: Bool { phrases.isEmpty }

    /// The longest phrase starting at `position`: its payload and the end position (exclusive), or nil.
    /// `id(k)` gives the id of token `k` (or -1), `limit` is the end of the token range searched.
    @inline(__always)
    func longestMatch(at position: Int, limit: Int, id: (Int) -> Int32) -> (payload: Int32, end: Int)? {
        let first = id(position)
        guard first >= 0, Int(first) < byFirst.count else { return nil }
        let candidates = byFirst[Int(first)]
        if candidates.isEmpty { return nil }
        var best: (payload: Int32, end: Int)?
        for candidate in candidates {
            let phrase = phrases[Int(candidate)]
            if let end = match(phrase.slots, 1, position + 1, limit, id) {
                if best == nil || end > best!.end { best = (phrase.payload, end) }
            }
        }
        return best
    }

    /// Every phrase starting at `position`, longest first (ties: data order).
    func matches(at position: Int, limit: Int, id: (Int) -> Int32) -> [(payload: Int32, end: Int)] {
        let first = id(position)
        guard first >= 0, Int(first) < byFirst.count else { return [] }
        var out: [(payload: Int32, end: Int)] = []
        for candidate in byFirst[Int(first)] {
            let phrase = phrases[Int(candidate)]
            if let end = match(phrase.slots, 1, position + 1, limit, id) { out.append((phrase.payload, end)) }
        }
        return out.sorted { $0.end > $1.end }
    }

    private func match(_ slots: [[Int32]], _ s: Int, _ k: Int, _ limit: Int, _ id: (Int) -> Int32) -> Int? {
        if s == slots.count { return k }
        let slot = slots[s]
        if slot.isEmpty {
            // A gap: try the shortest first so the phrase stays tight.
            for skip in 0...Self.maxGap where k + skip <= limit {
                if let end = match(slots, s + 1, k + skip, limit, id) { return end }
            }
            return nil
        }
        guard k < limit else { return nil }
        let token = id(k)
        guard token >= 0, slot.contains(token) else { return nil }
        return match(slots, s + 1, k + 1, limit, id)
    }
}
