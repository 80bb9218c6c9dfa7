// Name tagger: greedy left-to-right averaged perceptron over BIO tags (PER, LOC, ORG, MISC).
//
// The weights (`name_tagger.tsv` in StanceLexicon/Resources) are trained by
// `Scripts/train_name_tagger.py`; this file implements exactly the same feature templates
// (version 1, listed in the script's docstring) and decoding. Feature strings are never built:
// each feature is the FNV-1a 64 hash of its UTF-8 bytes `name=value`, computed by continuing the
// hash of the template prefix over the value bytes. Weights are kept as integers (weight * 10000,
// exact for the 4-decimal file), so scores and ties are the same as in the Python script.

import CPrefetch
import StanceModel

/// FNV-1a 64 over bytes, continuable.
struct FNV1a: Sendable {
    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always)
    static func step(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* prime }

    @inline(__always)
    static func fold<S: Sequence>(_ h: UInt64, _ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h = h
        for b in bytes { h = step(h, b) }
        return h
    }

    @inline(__always)
    static func fold(_ h: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var h = h
        for i in range { h = step(h, bytes[i]) }
        return h
    }

    static func hash(_ s: String) -> UInt64 { fold(basis, s.utf8) }
}

/// Gazetteer lookup for the `g1=T` / `gf=T` / `gi=T` features: exact-case word -> feature hashes.
public struct NameGazetteer: Sendable {
    /// FNV-1a of the word's UTF-8 bytes -> hashes of its distinct gazetteer features.
    let table: [UInt64: [UInt64]]

    /// Builds the lookup from `(alias, type)` pairs, e.g. `("Baltic Sea", "LOCATION")`. Each alias is split
    /// on single spaces (no other tokenisation); a one-word alias gives `g1=T` to its word, a longer one
    /// `gf=T` to its first word and `gi=T` to the others.
    public init(aliases: [(alias: String, type: String)]) {
        // Features are numbered as they are first met (a few dozen: three positions per type), so that a word's
        // set is a short list of numbers instead of a set of strings built per alias.
        var names: [String] = []
        var number: [String: Int] = [:]
        func feature(_ position: String, _ type: String) -> Int {
            let name = position + type
            if let known = number[name] { return known }
            names.append(name)
            number[name] = names.count - 1
            return names.count - 1
        }
        var numbers: [String: (g1: Int, gf: Int, gi: Int)] = [:]
        var features: [UInt64: [Int]] = [:]
        func add(_ word: String, _ feature: Int) {
            let key = FNV1a.fold(FNV1a.basis, word.utf8)
            if features[key]?.contains(feature) != true { features[key, default: []].append(feature) }
        }
        for (alias, type) in aliases {
            let words = alias.fields(separatedBy: 0x20)
            guard let first = words.first else { continue }
            let n: (g1: Int, gf: Int, gi: Int)
            if let known = numbers[type] { n = known } else {
                n = (feature("g1=", type), feature("gf=", type), feature("gi=", type))
                numbers[type] = n
            }
            if words.count == 1 {
                add(first, n.g1)
            } else {
                add(first, n.gf)
                for word in words.dropFirst() { add(word, n.gi) }
            }
        }
        // Each word's features in the order of their names, as hashes.
        let hashes = names.map(FNV1a.hash)
        table = features.mapValues { $0.sorted { names[$0] < names[$1] }.map { hashes[$0] } }
    }

    /// The feature hashes of a word given as UTF-8 bytes (exact case).
    @inline(__always) func features(wordHash: UInt64) -> [UInt64]? { table[wordHash] }

    /// The number of distinct gazetteer words.
    public var count: Int { table.count }
}

/// Averaged-perceptron name tagger; see `Scripts/train_name_tagger.py`.
///
/// A class, so that handing the tagger to a sentence shares it instead of copying (and retaining) its tables; the
/// tables are written by `init` only, then read-only, hence the unchecked `Sendable`.
public final class NameTagger: @unchecked Sendable {
    /// The tags in score order; ties go to the earlier tag.
    public static let tags = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
    static let tagCount = 9
    /// Index of the pseudo-tag `<s>` in the history hash tables.
    static let start = 9

    private struct Slot: Sendable {
        var key: UInt64
        var row: Int32  // -1: empty
    }

    /// Open-addressing table of feature hashes -> weight rows.
    private var slots: [Slot]
    private var shift: UInt64
    /// Weight rows, `tagCount` per feature, weight * 10000.
    private var weights: [Int32]
    /// Hashes of fixed features and of template prefixes.
    private let h: Prefixes
    /// Per (t-2, t-1), indexed `t2 * 10 + t1`: the summed weights of the features that do not depend on the word
    /// (`b=`, `t-1=`, `t-2t-1=`), added once instead of looked up per word.
    private var transition: [Vector] = []
    /// The weights of `first=1` and `caps=1` (zero when the model has none).
    private var firstWeights = Vector()
    private var capsWeights = Vector()
    /// The weights of the sentence-edge neighbours: `w-1=<s>` with `sh-1=<s>`, `w+1=</s>` with `sh+1=</s>`,
    /// `w-2=<s>`, `w+2=</s>`.
    private var startWeights = Vector()
    private var endWeights = Vector()
    private var secondStartWeights = Vector()
    private var secondEndWeights = Vector()

    /// Number of features with weights.
    public var featureCount: Int { weights.count / Self.tagCount }

    /// Parses the weights file: `#` lines and the header `feature	tag	weight` are skipped, then
    /// `feature<TAB>tag<TAB>weight` rows (weight with at most 4 decimals). Malformed rows are ignored.
    public init(text: String) {
        h = Prefixes()
        slots = []
        shift = 64
        weights = []
        var text = text
        text.makeContiguousUTF8()
        var rows: [(UInt64, Int, Int32)] = []
        rows.reserveCapacity(text.utf8.count / 24)
        _ = text.utf8.withContiguousStorageIfAvailable { bytes in
            let n = bytes.count
            var i = 0
            var sawHeader = false
            while i < n {
                let end = bytes.lineEnd(from: i)
                defer { i = end + 1 }
                if end == i || bytes[i] == 0x23 { continue }  // blank or '#'
                if !sawHeader { sawHeader = true; continue }
                // feature
                var j = i
                var key = FNV1a.basis
                while j < end && bytes[j] != 0x09 { key = FNV1a.step(key, bytes[j]); j += 1 }
                guard j < end else { continue }
                j += 1
                let tagStart = j
                while j < end && bytes[j] != 0x09 { j += 1 }
                guard j < end, let tag = Self.tagIndex(bytes, tagStart..<j) else { continue }
                j += 1
                guard let weight = Self.parseWeight(bytes, j..<end) else { continue }
                rows.append((key, tag, weight))
            }
        }
        // Rows of one feature are consecutive in the file: the key changes bound the number of features. The table
        // is sized for a load of at most 0.5 by features, not rows (a smaller table stays in cache).
        var features = 0
        var previous: UInt64? = nil
        for row in rows where row.0 != previous {
            features += 1
            previous = row.0
        }
        var capacity = 16
        while capacity < features * 2 { capacity <<= 1 }
        // Filled in local arrays: a class's stored arrays are checked for exclusive access at every write.
        var table = [Slot](repeating: Slot(key: 0, row: -1), count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        var rowWeights: [Int32] = []
        rowWeights.reserveCapacity(rows.count * 4)
        var lastKey: UInt64 = 0
        var lastRow = -1
        for (key, tag, weight) in rows {
            let row: Int
            if lastRow >= 0 && key == lastKey {
                row = lastRow
            } else {
                row = Self.insert(key, into: &table, weights: &rowWeights, shift: shift)
                lastKey = key
                lastRow = row
            }
            rowWeights[row * Self.tagCount + tag] = weight
        }
        slots = table
        weights = rowWeights
        // Integer sums: the order of the additions does not change a score.
        transition = (0..<100).map { index in weight(h.bias) &+ weight(h.t1[index % 10]) &+ weight(h.t2t1[index]) }
        firstWeights = weight(h.first)
        capsWeights = weight(h.caps)
        startWeights = weight(h.wm1Start) &+ weight(h.shm1Start)
        endWeights = weight(h.wp1End) &+ weight(h.shp1End)
        secondStartWeights = weight(h.wm2Start)
        secondEndWeights = weight(h.wp2End)
    }

    private static func insert(_ key: UInt64, into slots: inout [Slot], weights: inout [Int32], shift: UInt64) -> Int {
        let mask = slots.count - 1
        var s = home(key, shift)
        while true {
            if slots[s].row < 0 {
                let row = weights.count / tagCount
                slots[s] = Slot(key: key, row: Int32(row))
                weights.append(contentsOf: repeatElement(0, count: tagCount))
                return row
            }
            if slots[s].key == key { return Int(slots[s].row) }
            s = (s + 1) & mask
        }
    }

    /// The index of the tag spelt by the bytes (`O`, `B-PER`, ..., `I-MISC`), read byte by byte: it runs for
    /// every row of a 100,000-row file at start-up. The kind after `B-`/`I-` is compared as one number.
    private static func tagIndex(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        let n = range.count
        let at = range.lowerBound
        if n == 1 { return bytes[at] == UInt8(ascii: "O") ? 0 : nil }
        guard n >= 3, n <= 2 + 7, bytes[at + 1] == UInt8(ascii: "-") else { return nil }
        let inside: Int
        switch bytes[at] {
        case UInt8(ascii: "B"): inside = 0
        case UInt8(ascii: "I"): inside = 1
        default: return nil
        }
        let kind = packed(UnsafeBufferPointer(rebasing: bytes[(at + 2)..<(at + n)]))
        for (known, first) in tagKinds where known == kind { return first + inside }
        return nil
    }

    /// Up to seven bytes as one number, with their count (so that no two byte strings of that size share one).
    private static func packed(_ bytes: some Collection<UInt8>) -> UInt64 {
        var value = UInt64(bytes.count)
        for b in bytes { value = value << 8 | UInt64(b) }
        return value
    }

    /// The entity kinds of `tags` (`PER`, ...), packed, and the index of their B- tag.
    private static let tagKinds: [(UInt64, Int)] = tags.enumerated().filter { $0.element.hasPrefix("B-") }.map {
        (packed(Array($0.element.utf8.dropFirst(2))), $0.offset)
    }

    /// `-12.3456` -> -123456; at most 4 decimals.
    private static func parseWeight(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32? {
        var i = range.lowerBound
        var negative = false
        if i < range.upperBound && bytes[i] == 0x2D { negative = true; i += 1 }
        var value: Int64 = 0
        var digits = 0
        while i < range.upperBound && bytes[i] >= 0x30 && bytes[i] <= 0x39 {
            value = value * 10 + Int64(bytes[i] - 0x30); i += 1; digits += 1
            if value > Int64(Int32.max) { return nil }
        }
        var decimals = 0
        if i < range.upperBound && bytes[i] == 0x2E {
            i += 1
            while i < range.upperBound && bytes[i] >= 0x30 && bytes[i] <= 0x39 && decimals < 4 {
                value = value * 10 + Int64(bytes[i] - 0x30); i += 1; decimals += 1
            }
        }
        guard i == range.upperBound, digits + decimals > 0 else { return nil }
        while decimals < 4 { value *= 10; decimals += 1 }
        if negative { value = -value }
        guard value >= Int64(Int32.min) && value <= Int64(Int32.max) else { return nil }
        return Int32(value)
    }

    /// The weights of the feature with hash `key` as a vector (zero when the model has none).
    private func weight(_ key: UInt64) -> Vector {
        slots.withUnsafeBufferPointer { slots in
            let r = Self.row(slots, shift, key)
            return r < 0 ? Vector() : weights.withUnsafeBufferPointer { Self.vector($0, r) }
        }
    }

    /// The first slot probed for `key`.
    @inline(__always)
    private static func home(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always)
    private static func row(_ slots: UnsafeBufferPointer<Slot>, _ shift: UInt64, _ key: UInt64) -> Int {
        let mask = slots.count - 1
        var s = home(key, shift)
        while true {
            let slot = slots[s]
            if slot.row < 0 { return -1 }
            if slot.key == key { return Int(slot.row) }
            s = (s + 1) & mask
        }
    }

    /// One BIO tag per word of one sentence.
    public func tag(words: [String], gazetteer: NameGazetteer) -> [String] {
        tagIndices(words: words, gazetteer: gazetteer).map { Self.tags[Int($0)] }
    }

    /// One tag index (into `NameTagger.tags`) per word of one sentence.
    public func tagIndices(words: [String], gazetteer: NameGazetteer, memo: NameTaggerMemo? = nil) -> [UInt8] {
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        for word in words {
            let start = bytes.count
            bytes.append(contentsOf: word.utf8)
            ranges.append(start..<bytes.count)
        }
        return bytes.withUnsafeBufferPointer { tagIndices(bytes: $0, words: ranges, gazetteer: gazetteer, memo: memo) }
    }

    /// The same for words given as byte ranges of `bytes` (an article's tokens: no `String` per word). `memo`
    /// keeps what each distinct word adds to the scores, across sentences (one per thread); without it every
    /// word is worked out afresh.
    ///
    /// `keys`, when given, names each word by a number that stands for its bytes (the same bytes always the same
    /// key, different bytes different keys; -1 for a word without one), in `0 ..< keySpace`: the memo then finds
    /// a keyed word by indexing an array instead of hashing its bytes into a table larger than the caches. The
    /// extractor passes the words' vocabulary ids.
    func tagIndices(
        bytes: UnsafeBufferPointer<UInt8>, words: some Collection<Range<Int>>, keys: [Int32]? = nil, keySpace: Int = 0,
        gazetteer: NameGazetteer, memo: NameTaggerMemo? = nil
    ) -> [UInt8] {
        precondition(keys == nil || keys!.count == words.count, "one key per word")
        let described = zip(words, keys ?? Array(repeating: -1, count: words.count)).map { TaggerWord(bytes: $0, key: $1) }
        return tagIndices(bytes: bytes, words: described, keySpace: keys == nil ? 0 : keySpace, gazetteer: gazetteer, memo: memo)
    }

    /// The same for words described with their keys and, when the caller knows it, their case (`TaggerWord`): the
    /// extractor's path, which hands its tokens over without building an array per sentence.
    func tagIndices(
        bytes: UnsafeBufferPointer<UInt8>, words: some Collection<TaggerWord>, keySpace: Int, gazetteer: NameGazetteer,
        memo: NameTaggerMemo? = nil
    ) -> [UInt8] {
        let n = words.count
        guard n > 0 else { return [] }
        let memo = memo ?? NameTaggerMemo()
        return memo.withState(for: self, words: n, keySpace: keySpace) { state in
            tagIndices(bytes: bytes, words: words, gazetteer: gazetteer, state: &state)
        }
    }

    private func tagIndices(
        bytes: UnsafeBufferPointer<UInt8>, words: some Collection<TaggerWord>, gazetteer: NameGazetteer,
        state: inout NameTaggerMemo.State
    ) -> [UInt8] {
        state.text.reset(bytes, words)
        let n = state.text.count
        var out = [UInt8](repeating: 0, count: n)

        // Names are capitalised: a word with no capital letter within two words of it is tagged O without
        // scoring (every feature of a word reaches two words away), and only the words within two of a scored
        // one are looked at. In news text this skips about half of the words.
        Self.capitalRadius(state.text.hasCapital, count: n, into: &state.radius)
        let capital = state.radius
        // Every feature but `t-1=`, `t-2t-1=` and `t-1w=` depends on one word's text only: the word itself (`w=`,
        // `sh=`, `p3=`, `s3=`, the gazetteer) or one neighbour (`w-1=` is the previous word's text). So each
        // distinct word has six weight vectors (as itself, as each of the four neighbours, and `t-1w=` after O),
        // summed once and kept in the memo; a word's score is the sum of its own and its neighbours' vectors.
        state.entries.grow(to: n, filling: -1)
        state.entries.withUnsafeMutableBufferPointer { entries in for i in 0..<n { entries[i] = -1 } }
        for i in 0..<n where capital[i] <= 4 {
            let (e, inserted) = state.entry(key: state.text.keys[i], bytes: UnsafeBufferPointer(rebasing: bytes[state.text.words[i]]))
            state.entries[i] = e
            if !inserted {
                // The memo is larger than the caches: its vectors are asked for now, read by the scoring below.
                state.vectors.withUnsafeBufferPointer { all in
                    let first = all.baseAddress! + e * WordPart.count
                    for line in stride(from: 0, to: WordPart.count * MemoryLayout<Vector>.stride, by: 64) {
                        stancewatch_prefetch(UnsafeRawPointer(first) + line)
                    }
                }
            } else {
                state.text.form(i, bytes)
                let text = state.text
                state.vectors.withUnsafeMutableBufferPointer { all in
                    wordVectors(
                        text, i, bytes, gazetteer,
                        into: UnsafeMutableBufferPointer(rebasing: all[(e * WordPart.count)..<((e + 1) * WordPart.count)]))
                }
            }
        }

        // Scores are SIMD vectors with a lane per tag but O, relative to O (`Vector`; wrapping integer adds, as the
        // scalar sums).
        var p2 = Self.start
        var p1 = Self.start
        let allCaps = state.text.allCaps
        for i in 0..<n {
            if capital[i] > 2 {
                out[i] = 0
                p2 = p1
                p1 = 0
                continue
            }
            var scores = state.vectors.withUnsafeBufferPointer { vectors in
                state.entries.withUnsafeBufferPointer { entry in
                    @inline(__always) func part(_ word: Int, _ part: Int) -> Vector {
                        vectors[entry[word] * WordPart.count + part]
                    }
                    var scores = transition[p2 * 10 + p1] &+ part(i, WordPart.itself)
                    scores &+= i >= 1 ? part(i - 1, WordPart.previous) : startWeights
                    scores &+= i + 1 < n ? part(i + 1, WordPart.next) : endWeights
                    scores &+= i >= 2 ? part(i - 2, WordPart.secondPrevious) : secondStartWeights
                    scores &+= i + 2 < n ? part(i + 2, WordPart.secondNext) : secondEndWeights
                    if p1 == 0 { scores &+= part(i, WordPart.afterO) }
                    return scores
                }
            }
            if i == 0 { scores &+= firstWeights }
            if allCaps { scores &+= capsWeights }
            if p1 != 0 {
                state.text.form(i, bytes)
                scores &+= weight(state.text.lower.withUnsafeBufferPointer { FNV1a.fold(h.t1w[p1], $0, state.text.lowerRanges[i]) })
            }
            var best = 0
            var bestScore: Int32 = 0  // O's
            for t in 1..<Self.tagCount where scores[t - 1] > bestScore {
                best = t
                bestScore = scores[t - 1]
            }
            // An I-X after a tag other than B-X / I-X becomes B-X (odd tags are B-, even I-).
            if best != 0 && best % 2 == 0 && !(p1 == best || p1 == best - 1) { best -= 1 }
            out[i] = UInt8(best)
            p2 = p1
            p1 = best
        }
        return out
    }

    /// The six weight vectors of word `i` (see `WordPart`), written to `into`; the word is formed.
    private func wordVectors(
        _ text: SentenceText, _ i: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ gazetteer: NameGazetteer,
        into: UnsafeMutableBufferPointer<Vector>
    ) {
        for k in into.indices { into[k] = Vector() }
        weights.withUnsafeBufferPointer { weights in
            slots.withUnsafeBufferPointer { slots in
                text.lower.withUnsafeBufferPointer { lower in
                    text.shape.withUnsafeBufferPointer { shape in
                        func add(_ key: UInt64, _ part: Int) {
                            let r = Self.row(slots, shift, key)
                            if r >= 0 { into[part] &+= Self.vector(weights, r) }
                        }
                        let l = text.lowerRanges[i]
                        let s = text.shapeRanges[i]
                        add(FNV1a.fold(h.w, lower, l), WordPart.itself)
                        add(FNV1a.fold(h.sh, shape, s), WordPart.itself)
                        add(FNV1a.fold(h.p3, lower, prefix3(lower, l)), WordPart.itself)
                        add(FNV1a.fold(h.s3, lower, suffix3(lower, l)), WordPart.itself)
                        if let g = gazetteer.features(wordHash: text.exactHash(i, bytes)) { for f in g { add(f, WordPart.itself) } }
                        add(FNV1a.fold(h.wm1, lower, l), WordPart.previous)
                        add(FNV1a.fold(h.shm1, shape, s), WordPart.previous)
                        add(FNV1a.fold(h.wp1, lower, l), WordPart.next)
                        add(FNV1a.fold(h.shp1, shape, s), WordPart.next)
                        add(FNV1a.fold(h.wm2, lower, l), WordPart.secondPrevious)
                        add(FNV1a.fold(h.wp2, lower, l), WordPart.secondNext)
                        add(FNV1a.fold(h.t1w[0], lower, l), WordPart.afterO)
                    }
                }
            }
        }
    }

    /// Weight row `r` as a vector: each tag's weight less the weight of O (see `Vector`).
    @inline(__always)
    private static func vector(_ weights: UnsafeBufferPointer<Int32>, _ r: Int) -> Vector {
        var v = Vector()
        let w = r * tagCount
        for t in 1..<tagCount { v[t - 1] = weights[w + t] &- weights[w] }
        return v
    }
}

/// Scores or weights over the tags, relative to O: lane `t - 1` holds tag `t`'s value less O's. Every score is a sum
/// of weights, so the relative score is the sum of the relative weights, and O's is always zero: eight lanes
/// instead of nine, which halves a word's memo entry (six 32-byte vectors, three cache lines). The tag chosen is
/// the same: `s[t] > s[best]` exactly when `s[t] - s[O] > s[best] - s[O]` (scores are far from overflowing: at
/// most some twenty weights of under 2 * 10^5 each).
typealias Vector = SIMD8<Int32>

/// The parts of a word's memo entry, each a weight vector over the tags: what the word adds to its own score,
/// to the score of the word after it (as `w-1=` and `sh-1=`), before it, two after, two before, and its own
/// `t-1w=` feature after an O.
private enum WordPart {
    static let itself = 0, previous = 1, next = 2, secondPrevious = 3, secondNext = 4, afterO = 5
    static let count = 6
}

/// What each distinct word adds to the name tagger's scores, kept across the sentences and articles one thread
/// analyses (a word's vectors depend on its text only, so a word met before costs one lookup instead of a dozen
/// hashed feature lookups). Exact: words are found by a key that stands for their bytes (the extractor's vocabulary
/// ids), or interned by their bytes (`Vocabulary`), never by a hash alone.
/// Bounded: it starts over past `limit` words. Used by one thread at a time (the pipeline gives each worker its
/// own).
public final class NameTaggerMemo: @unchecked Sendable {
    /// The tagger the entries were computed with (a memo is never shared between taggers; held, so that its
    /// address cannot be reused by another).
    private var owner: NameTagger?
    /// Everything a sentence reads and writes, in one value: a sentence takes it once (`withState`), so that the
    /// class's exclusivity check runs once per sentence rather than at every word.
    private var state: State

    public init(limit: Int = 1 << 16) {
        state = State(limit: max(16, limit))
    }

    /// The number of words kept.
    public var count: Int { state.entryCount }

    /// Runs `body` on the memo's state, readied for a sentence of `words` words tagged by `tagger` with keys in
    /// `0 ..< keySpace`: it starts over for another tagger, or when the sentence could take it past its limit
    /// (never during a sentence, whose entries are in use).
    fileprivate func withState<R>(for tagger: NameTagger, words count: Int, keySpace: Int, _ body: (inout State) -> R) -> R {
        if owner !== tagger || state.entryCount + count > state.limit {
            owner = tagger
            state.removeAll()
        }
        state.entryOfKey.grow(to: keySpace, filling: -1)
        return body(&state)
    }

    fileprivate struct State {
        let limit: Int
        /// Entry `e` has the vectors `vectors[e * WordPart.count ..< (e + 1) * WordPart.count]`. Starts small and
        /// doubles as words come (a memo made for one article costs little).
        var vectors: [Vector] = []
        /// Keyed words: key -> entry, or -1.
        var entryOfKey: [Int32] = []
        /// Words without a key, interned by their bytes, and each one's entry.
        var words = Vocabulary(capacity: 32)
        var entryOfWord: [Int32] = []
        /// The sentence being tagged (its buffers reused from one sentence to the next).
        var text = SentenceText()
        /// Per word of the sentence (the first `text.count`; the storage only grows): its entry, or -1 when it is not
        /// scored.
        var entries: [Int] = []
        /// Per word of the sentence (the same): how far the nearest capitalised word is (`NameTagger.capitalRadius`).
        var radius: [UInt8] = []

        init(limit: Int) { self.limit = limit }

        var entryCount: Int { vectors.count / WordPart.count }

        mutating func removeAll() {
            vectors.removeAll(keepingCapacity: true)
            for k in entryOfKey.indices { entryOfKey[k] = -1 }
            words.removeAll()
            entryOfWord.removeAll(keepingCapacity: true)
        }

        /// The entry of the word with this key (or, without one, these bytes), and whether it is new (its vectors
        /// are then zero, for the caller to fill).
        mutating func entry(key: Int32, bytes: UnsafeBufferPointer<UInt8>) -> (Int, inserted: Bool) {
            if key >= 0 {
                let known = entryOfKey[Int(key)]
                if known >= 0 { return (Int(known), false) }
                let e = newEntry()
                entryOfKey[Int(key)] = Int32(e)
                return (e, true)
            }
            let (id, inserted) = words.intern(bytes)
            guard inserted else { return (Int(entryOfWord[Int(id)]), false) }
            let e = newEntry()
            entryOfWord.append(Int32(e))
            return (e, true)
        }

        private mutating func newEntry() -> Int {
            let e = entryCount
            vectors.append(contentsOf: repeatElement(Vector(), count: WordPart.count))
            return e
        }
    }
}

extension NameTagger {
    /// Per word of the first `n`, the distance in words to the nearest word with a capital letter (capped at 255),
    /// in the first `n` of `distance` (its storage only grows).
    fileprivate static func capitalRadius(_ hasCapital: [Bool], count n: Int, into distance: inout [UInt8]) {
        distance.grow(to: n, filling: 255)
        distance.withUnsafeMutableBufferPointer { distance in
            hasCapital.withUnsafeBufferPointer { hasCapital in
                var last = -1000
                for i in 0..<n {
                    if hasCapital[i] { last = i }
                    distance[i] = UInt8(min(255, i - last))
                }
                last = Int.max / 2
                for i in stride(from: n - 1, through: 0, by: -1) {
                    if distance[i] == 0 { last = i }
                    distance[i] = min(distance[i], UInt8(min(255, last - i)))
                }
            }
        }
    }
}

/// Hashes of the fixed features and of the template prefixes (`w=`, `t-1w=B-PER|`, ...).
private struct Prefixes: Sendable {
    let bias, first, caps: UInt64
    let w, wm1, wp1, wm2, wp2, sh, shm1, shp1, p3, s3: UInt64
    let wm1Start, wp1End, wm2Start, wp2End, shm1Start, shp1End: UInt64
    /// Indexed by tag, `<s>` at 9.
    let t1: [UInt64]
    /// Indexed by t-2 * 10 + t-1.
    let t2t1: [UInt64]
    /// State after `t-1w=TAG|`, indexed by tag.
    let t1w: [UInt64]

    init() {
        let hash = FNV1a.hash
        bias = hash("b="); first = hash("first=1"); caps = hash("caps=1")
        w = hash("w="); wm1 = hash("w-1="); wp1 = hash("w+1="); wm2 = hash("w-2="); wp2 = hash("w+2=")
        sh = hash("sh="); shm1 = hash("sh-1="); shp1 = hash("sh+1="); p3 = hash("p3="); s3 = hash("s3=")
        wm1Start = hash("w-1=<s>"); wp1End = hash("w+1=</s>"); wm2Start = hash("w-2=<s>"); wp2End = hash("w+2=</s>")
        shm1Start = hash("sh-1=<s>"); shp1End = hash("sh+1=</s>")
        let names = NameTagger.tags + ["<s>"]
        t1 = names.map { hash("t-1=" + $0) }
        t2t1 = names.flatMap { a in names.map { b in hash("t-2t-1=" + a + "|" + b) } }
        t1w = names.map { hash("t-1w=" + $0 + "|") }
    }
}

/// A word handed to the tagger: its bytes in the text, its memo key (-1: none; see `NameTagger.tagIndices`), and,
/// when the caller knows the word is all ASCII, whether it holds an upper-case and a lower-case letter (the
/// extractor's tokens carry both; nil: the tagger scans the bytes).
struct TaggerWord {
    var bytes: Range<Int>
    var key: Int32
    var asciiCase: (capital: Bool, lower: Bool)? = nil
}

/// The byte forms of one sentence's words that the features need: lower-cased words and shapes in flat buffers.
/// Only what every word needs is worked out up front (whether it holds a capital, and whether the sentence has a
/// lower-case letter); a word's forms are built when it is first asked for, which most words never are: a word
/// the memo knows needs its forms only for `t-1w=` after a name. The buffers are reused from sentence to
/// sentence (the memo keeps one `SentenceText`).
struct SentenceText {
    private(set) var lower: [UInt8] = []
    private(set) var lowerRanges: [Range<Int>] = []
    private(set) var shape: [UInt8] = []
    private(set) var shapeRanges: [Range<Int>] = []
    private var formed: [Bool] = []
    /// The sentence's word count. The arrays per word hold its words first: their storage only grows, reused from
    /// sentence to sentence, and is written in place (an append per word and array cost more than the tagging).
    private(set) var count = 0
    /// Each word's bytes in the sentence's buffer.
    private(set) var words: [Range<Int>] = []
    /// Each word's memo key (-1: none).
    private(set) var keys: [Int32] = []
    /// Per word: it holds an upper-case letter (an `X` in its shape).
    private(set) var hasCapital: [Bool] = []
    /// No ASCII lower-case letter in any word.
    private(set) var allCaps = true

    init() {}

    /// Starts over for the words `words` of `bytes`.
    mutating func reset(_ bytes: UnsafeBufferPointer<UInt8>, _ words: some Collection<TaggerWord>) {
        let n = words.count
        count = n
        lower.removeAll(keepingCapacity: true)
        shape.removeAll(keepingCapacity: true)
        self.words.grow(to: n, filling: 0..<0)
        keys.grow(to: n, filling: -1)
        hasCapital.grow(to: n, filling: false)
        formed.grow(to: n, filling: false)
        lowerRanges.grow(to: n, filling: 0..<0)
        shapeRanges.grow(to: n, filling: 0..<0)
        var allCaps = true
        self.words.withUnsafeMutableBufferPointer { ranges in
            keys.withUnsafeMutableBufferPointer { keys in
                hasCapital.withUnsafeMutableBufferPointer { capitals in
                    formed.withUnsafeMutableBufferPointer { formed in
                        var i = 0
                        for word in words {
                            ranges[i] = word.bytes
                            keys[i] = word.key
                            formed[i] = false
                            if let known = word.asciiCase {
                                capitals[i] = known.capital
                                if known.lower { allCaps = false }
                            } else {
                                capitals[i] = Self.scanCase(bytes, word.bytes, allCaps: &allCaps)
                            }
                            i += 1
                        }
                    }
                }
            }
        }
        self.allCaps = allCaps
    }

    /// Whether the word holds an upper-case letter; clears `allCaps` when it holds an ASCII lower-case one.
    private static func scanCase(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, allCaps: inout Bool) -> Bool {
        var capital = false
        var i = word.lowerBound
        while i < word.upperBound {
            let b = bytes[i]
            if b < 0x80 {
                if b >= 0x41 && b <= 0x5A { capital = true } else if b >= 0x61 && b <= 0x7A { allCaps = false }
                i += 1
                continue
            }
            if !capital, b >= 0xC0, let scalar = Unicode.Scalar(Tokenizer.decode(bytes, i)),
                scalar.properties.generalCategory == .uppercaseLetter
            {
                capital = true
            }
            i += 1
        }
        return capital
    }

    /// Builds word `i`'s lower-case form and shape, if not yet built.
    @inline(__always)
    mutating func form(_ i: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        if !formed[i] { build(i, bytes) }
    }

    /// FNV-1a of word `i`'s exact UTF-8 bytes (the gazetteer key).
    func exactHash(_ i: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { FNV1a.fold(FNV1a.basis, bytes, words[i]) }

    private mutating func build(_ i: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        formed[i] = true
        let word = UnsafeBufferPointer(rebasing: bytes[words[i]])
        let lowerStart = lower.count
        let shapeStart = shape.count
        if word.allSatisfy({ $0 < 0x80 }) {
            var last: UInt8 = 0
            for b in word {
                let m: UInt8
                switch b {
                case 0x41...0x5A: lower.append(b | 0x20); m = 0x58  // X
                case 0x61...0x7A: lower.append(b); m = 0x78  // x
                case 0x30...0x39: lower.append(b); m = 0x64  // d
                default: lower.append(b); m = b
                }
                if m != last { shape.append(m); last = m }
            }
        } else {
            Self.appendUnicode(String(decoding: word, as: UTF8.self), lower: &lower, shape: &shape)
        }
        lowerRanges[i] = lowerStart..<lower.count
        shapeRanges[i] = shapeStart..<shape.count
    }

    /// Slow path for words with non-ASCII scalars: per-scalar full lower-case mapping and shape.
    private static func appendUnicode(_ word: String, lower: inout [UInt8], shape: inout [UInt8]) {
        var last: UInt32 = 0xFFFF_FFFF
        for scalar in word.unicodeScalars {
            let v = scalar.value
            let m: Unicode.Scalar
            if v < 0x80 {
                let b = UInt8(v)
                switch b {
                case 0x41...0x5A: lower.append(b | 0x20); m = "X"
                case 0x61...0x7A: lower.append(b); m = "x"
                case 0x30...0x39: lower.append(b); m = "d"
                default: lower.append(b); m = scalar
                }
            } else {
                let properties = scalar.properties
                lower.append(contentsOf: properties.lowercaseMapping.utf8)
                switch properties.generalCategory {
                case .uppercaseLetter: m = "X"
                case .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: m = "x"
                default: m = scalar
                }
            }
            if m.value != last {
                shape.append(contentsOf: m.utf8)
                last = m.value
            }
        }
    }
}

extension SentenceText {
    /// One word, formed (for tests).
    init(_ word: String) {
        self.init()
        let bytes = Array(word.utf8)
        bytes.withUnsafeBufferPointer {
            reset($0, [TaggerWord(bytes: 0..<bytes.count, key: -1)])
            form(0, $0)
        }
    }
}

@inline(__always) private func isScalarStart(_ b: UInt8) -> Bool { b & 0xC0 != 0x80 }

/// The bytes of the first 3 scalars (the whole word when shorter).
private func prefix3(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
    var starts = 0
    var i = range.lowerBound
    while i < range.upperBound {
        if isScalarStart(bytes[i]) {
            if starts == 3 { break }
            starts += 1
        }
        i += 1
    }
    return range.lowerBound..<i
}

/// The bytes of the last 3 scalars (the whole word when shorter).
private func suffix3(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
    var starts = 0
    var i = range.upperBound
    while i > range.lowerBound {
        i -= 1
        if isScalarStart(bytes[i]) {
            starts += 1
            if starts == 3 { break }
        }
    }
    return i..<range.upperBound
}

extension NameTagger {
    /// The word shape of the feature templates (for tests): `Leicestershire` -> `Xx`, `U.S.` -> `X.X.`.
    static func shape(_ word: String) -> String {
        let text = SentenceText(word)
        return String(decoding: text.shape[text.shapeRanges[0]], as: UTF8.self)
    }

    /// The per-code-point lower-case form of the feature templates (for tests).
    static func lower(_ word: String) -> String {
        let text = SentenceText(word)
        return String(decoding: text.lower[text.lowerRanges[0]], as: UTF8.self)
    }
}
