/// Multi-token phrases over interned token ids, matched longest-first at a token position.
///
/// A phrase is a list of slots; a slot accepts one of a few ids, or is a gap of zero to `maxGap` tokens.
/// Phrases are indexed by the ids their first slot accepts, longest first, so a lookup touches only the
/// phrases that can start at the token.
///
/// Everything is kept in flat integer arrays (no array per phrase or slot), so that matching, which runs at
/// every token of every article, reads plain memory and never retains or releases anything. An index matches one
/// of a token's two ids (`Form`): aliases the exact-case one, everything else the lower-case one.
struct PhraseIndex: Sendable {
    /// Which of a token's ids the phrases are written in.
    enum Form: Sendable {
        case lower, exact
    }

    static let maxGap = 3
    let form: Form
    /// Phrase `p` has the slots `slotFirst[p] ..< slotFirst[p + 1]`, and carries `payloads[p]`.
    private var slotFirst: [Int32] = [0]
    private var payloads: [Int32] = []
    /// Slot `s` accepts `ids[idFirst[s] ..< idFirst[s + 1]]`; an empty slot is a gap.
    private var idFirst: [Int32] = [0]
    private var ids: [Int32] = []
    /// (first-slot id, phrase) of every phrase, sorted into the candidate lists by `finish`.
    private var building: [(first: Int32, phrase: Int32)] = []
    /// The candidates of first id `f`: `candidates[candidateFirst[f] ..< candidateFirst[f + 1]]`, longest first
    /// (filled by `finish`).
    private var candidateFirst: [Int32] = [0]
    private var candidates: [Int32] = []
    /// Per candidate: the one id its phrase's second slot accepts, `anyNext` when the phrase has one slot, or
    /// `checkNext` (a gap or several ids). Most candidates fail on the next token: this test reads the candidate
    /// lists only, not the slots, which lie elsewhere in memory (two cache misses a candidate in the profile).
    private var candidateNext: [Int32] = []
    private static let anyNext: Int32 = -2
    private static let checkNext: Int32 = -1

    init(form: Form) {
        self.form = form
    }

    /// The id of token `k` in this index's form, or -1.
    @inline(__always)
    private func id(_ tokens: [Token], _ k: Int) -> Int32 { form == .lower ? tokens[k].lower : tokens[k].exact }

    /// Adds a phrase of one id per slot (an alias, a role phrase, a cue: no array per slot).
    mutating func add(words: [Int32], payload: Int32) {
        guard let first = words.first else { return }
        let index = Int32(payloads.count)
        payloads.append(payload)
        for id in words {
            ids.append(id)
            idFirst.append(Int32(ids.count))
        }
        slotFirst.append(Int32(idFirst.count - 1))
        building.append((first, index))
    }

    mutating func add(slots: [[Int32]], payload: Int32) {
        guard let first = slots.first, !first.isEmpty else { return }
        let index = Int32(payloads.count)
        payloads.append(payload)
        for slot in slots {
            ids.append(contentsOf: slot)
            idFirst.append(Int32(ids.count))
        }
        slotFirst.append(Int32(idFirst.count - 1))
        for (k, id) in first.enumerated() where !first[..<k].contains(id) { building.append((id, index)) }
    }

    /// Sorts candidates longest first; call once after the last `add`.
    mutating func finish() {
        // One sort of every (first id, phrase): by first id, then longest first, then in data order.
        var entries = building
        building = []
        entries.sort { a, b in
            if a.first != b.first { return a.first < b.first }
            let (la, lb) = (slotCount(Int(a.phrase)), slotCount(Int(b.phrase)))
            return la != lb ? la > lb : a.phrase < b.phrase
        }
        let size = Int((entries.last?.first ?? -1) + 1)
        candidates = entries.map(\.phrase)
        candidateFirst = [Int32](repeating: 0, count: size + 1)
        for entry in entries { candidateFirst[Int(entry.first) + 1] += 1 }
        for key in 0..<size { candidateFirst[key + 1] += candidateFirst[key] }
        candidateNext = candidates.map { phrase in
            let slots = Int(slotFirst[Int(phrase)])..<Int(slotFirst[Int(phrase) + 1])
            guard slots.count >= 2 else { return Self.anyNext }
            let accepted = Int(idFirst[slots.lowerBound + 1])..<Int(idFirst[slots.lowerBound + 2])
            return accepted.count == 1 ? ids[accepted.lowerBound] : Self.checkNext
        }
    }

    private func slotCount(_ phrase: Int) -> Int { Int(slotFirst[phrase + 1] - slotFirst[phrase]) }

    var isEmpty: Bool { payloads.isEmpty }

    /// The longest phrase starting at `position`: its payload and the end position (exclusive), or nil.
    /// `limit` is the end of the token range searched.
    @inline(__always)
    func longestMatch(at position: Int, limit: Int, tokens: [Token]) -> (payload: Int32, end: Int)? {
        var best: (payload: Int32, end: Int)?
        for c in candidateRange(at: position, tokens) where mayMatch(c, position, limit, tokens) {
            if let found = match(phrase: Int(candidates[c]), at: position, limit, tokens), best == nil || found.end > best!.end {
                best = found
            }
        }
        return best
    }

    /// Every phrase starting at `position`, longest first (ties: data order).
    func matches(at position: Int, limit: Int, tokens: [Token]) -> [(payload: Int32, end: Int)] {
        candidateRange(at: position, tokens).lazy.filter { self.mayMatch($0, position, limit, tokens) }
            .compactMap { match(phrase: Int(candidates[$0]), at: position, limit, tokens) }
            .sorted { $0.end > $1.end }
    }

    /// The positions in `candidates` of the phrases that can start at token `position` (empty when none).
    @inline(__always)
    private func candidateRange(at position: Int, _ tokens: [Token]) -> Range<Int> {
        let first = id(tokens, position)
        guard first >= 0, Int(first) + 1 < candidateFirst.count else { return 0..<0 }
        return Int(candidateFirst[Int(first)])..<Int(candidateFirst[Int(first) + 1])
    }

    /// Whether candidate `c` can match at `position`, from its second slot's id alone (false only when it cannot).
    @inline(__always)
    private func mayMatch(_ c: Int, _ position: Int, _ limit: Int, _ tokens: [Token]) -> Bool {
        let next = candidateNext[c]
        return next < 0 || (position + 1 < limit && id(tokens, position + 1) == next)
    }

    /// Phrase `phrase` from token `position` (whose id its first slot accepts): its payload and end, or nil.
    @inline(__always)
    private func match(phrase: Int, at position: Int, _ limit: Int, _ tokens: [Token]) -> (payload: Int32, end: Int)? {
        let slots = Int(slotFirst[phrase])..<Int(slotFirst[phrase + 1])
        return match(slots, slots.lowerBound + 1, position + 1, limit, tokens).map { (payloads[phrase], $0) }
    }

    /// Matches slots `s ..< slots.upperBound` from token `k`: the end token, or nil.
    private func match(_ slots: Range<Int>, _ s: Int, _ k: Int, _ limit: Int, _ tokens: [Token]) -> Int? {
        if s == slots.upperBound { return k }
        let accepted = Int(idFirst[s])..<Int(idFirst[s + 1])
        if accepted.isEmpty {
            // A gap: try the shortest first so the phrase stays tight.
            for skip in 0...Self.maxGap where k + skip <= limit {
                if let end = match(slots, s + 1, k + skip, limit, tokens) { return end }
            }
            return nil
        }
        guard k < limit else { return nil }
        let token = id(tokens, k)
        guard token >= 0, ids[accepted].contains(token) else { return nil }
        return match(slots, s + 1, k + 1, limit, tokens)
    }
}
