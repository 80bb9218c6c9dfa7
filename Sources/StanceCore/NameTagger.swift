// Name tagger: greedy left-to-right averaged perceptron over BIO tags (PER, LOC, ORG, MISC).
//
// The weights (`name_tagger.tsv` in StanceLexicon/Resources) are trained by
// `Scripts/train_name_tagger.py`; this file implements exactly the same feature templates
// (version 1, listed in the script's docstring) and decoding. Feature strings are never built:
// each feature is the FNV-1a 64 hash of its UTF-8 bytes `name=value`, computed by continuing the
// hash of the template prefix over the value bytes. Weights are kept as integers (weight * 10000,
// exact for the 4-decimal file), so scores and ties are the same as in the Python script.

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
        var features: [UInt64: Set<String>] = [:]
        for (alias, type) in aliases {
            let words = alias.utf8.split(separator: 0x20, omittingEmptySubsequences: true)
            guard let first = words.first else { continue }
            if words.count == 1 {
                features[FNV1a.fold(FNV1a.basis, first), default: []].insert("g1=" + type)
            } else {
                features[FNV1a.fold(FNV1a.basis, first), default: []].insert("gf=" + type)
                for word in words.dropFirst() {
                    features[FNV1a.fold(FNV1a.basis, word), default: []].insert("gi=" + type)
                }
            }
        }
        table = features.mapValues { $0.sorted().map(FNV1a.hash) }
    }

    /// The feature hashes of a word given as UTF-8 bytes (exact case).
    @inline(__always) func features(wordHash: UInt64) -> [UInt64]? { table[wordHash] }

    /// The number of distinct gazetteer words.
    public var count: Int { table.count }
}

/// Averaged-perceptron name tagger; see `Scripts/train_name_tagger.py`.
public struct NameTagger: Sendable {
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
    /// Per (t-2, t-1), indexed `(t2 * 10 + t1) * tagCount + tag`: the summed weights of the features that do not
    /// depend on the word (`b=`, `t-1=`, `t-2t-1=`), added once instead of looked up per word.
    private var transition: [Int32] = []
    /// The weights of `first=1` and `caps=1` (zero when the model has none).
    private var firstWeights = [Int32](repeating: 0, count: NameTagger.tagCount)
    private var capsWeights = [Int32](repeating: 0, count: NameTagger.tagCount)

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
                var end = i
                while end < n && bytes[end] != 0x0A { end += 1 }
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
        slots = Array(repeating: Slot(key: 0, row: -1), count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        weights.reserveCapacity(rows.count * 4)
        var lastKey: UInt64 = 0
        var lastRow = -1
        for (key, tag, weight) in rows {
            let row: Int
            if lastRow >= 0 && key == lastKey {
                row = lastRow
            } else {
                row = insert(key)
                lastKey = key
                lastRow = row
            }
            weights[row * Self.tagCount + tag] = weight
        }
        // Integer sums: the order of the additions does not change a score.
        let table = slots, shift = shift, weights = weights
        func add(_ key: UInt64, into out: inout [Int32], at base: Int) {
            let r = table.withUnsafeBufferPointer { Self.row($0, shift, key) }
            guard r >= 0 else { return }
            for t in 0..<Self.tagCount { out[base + t] &+= weights[r * Self.tagCount + t] }
        }
        transition = [Int32](repeating: 0, count: 100 * Self.tagCount)
        for p2 in 0..<10 {
            for p1 in 0..<10 {
                let base = (p2 * 10 + p1) * Self.tagCount
                add(h.bias, into: &transition, at: base)
                add(h.t1[p1], into: &transition, at: base)
                add(h.t2t1[p2 * 10 + p1], into: &transition, at: base)
            }
        }
        add(h.first, into: &firstWeights, at: 0)
        add(h.caps, into: &capsWeights, at: 0)
    }

    private mutating func insert(_ key: UInt64) -> Int {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            if slots[s].row < 0 {
                let row = weights.count / Self.tagCount
                slots[s] = Slot(key: key, row: Int32(row))
                weights.append(contentsOf: repeatElement(0, count: Self.tagCount))
                return row
            }
            if slots[s].key == key { return Int(slots[s].row) }
            s = (s + 1) & mask
        }
    }

    private static func tagIndex(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        outer: for (t, tag) in tags.enumerated() {
            let u = tag.utf8
            guard u.count == range.count else { continue }
            var k = range.lowerBound
            for b in u {
                if bytes[k] != b { continue outer }
                k += 1
            }
            return t
        }
        return nil
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
    public func tagIndices(words: [String], gazetteer: NameGazetteer) -> [UInt8] {
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        for word in words {
            let start = bytes.count
            bytes.append(contentsOf: word.utf8)
            ranges.append(start..<bytes.count)
        }
        return bytes.withUnsafeBufferPointer { tagIndices(bytes: $0, words: ranges, gazetteer: gazetteer) }
    }

    /// The same for words given as byte ranges of `bytes` (an article's tokens: no `String` per word).
    func tagIndices(bytes: UnsafeBufferPointer<UInt8>, words: some Collection<Range<Int>>, gazetteer: NameGazetteer) -> [UInt8] {
        let n = words.count
        guard n > 0 else { return [] }
        let text = SentenceText(bytes, words)
        var out = [UInt8](repeating: 0, count: n)

        // Per word: hashes of every static template that uses the word, as the word itself or as a
        // neighbour of another word.
        // Names are capitalised: a word with no capital letter within two words of it is tagged O without
        // scoring (every feature of a word reaches two words away), and only the words within two of a scored
        // one need their hashes. In news text this skips about half of the words.
        let capital = Self.capitalRadius(text, n)
        var wordFeatures = [UInt64](repeating: 0, count: n * WordSlot.count)
        text.lower.withUnsafeBufferPointer { lower in
            text.shape.withUnsafeBufferPointer { shape in
                for i in 0..<n where capital[i] <= 4 {
                    let l = text.lowerRanges[i]
                    let s = text.shapeRanges[i]
                    let base = i * WordSlot.count
                    wordFeatures[base + WordSlot.w] = FNV1a.fold(h.w, lower, l)
                    wordFeatures[base + WordSlot.wm1] = FNV1a.fold(h.wm1, lower, l)
                    wordFeatures[base + WordSlot.wp1] = FNV1a.fold(h.wp1, lower, l)
                    wordFeatures[base + WordSlot.wm2] = FNV1a.fold(h.wm2, lower, l)
                    wordFeatures[base + WordSlot.wp2] = FNV1a.fold(h.wp2, lower, l)
                    wordFeatures[base + WordSlot.sh] = FNV1a.fold(h.sh, shape, s)
                    wordFeatures[base + WordSlot.shm1] = FNV1a.fold(h.shm1, shape, s)
                    wordFeatures[base + WordSlot.shp1] = FNV1a.fold(h.shp1, shape, s)
                    wordFeatures[base + WordSlot.p3] = FNV1a.fold(h.p3, lower, prefix3(lower, l))
                    wordFeatures[base + WordSlot.s3] = FNV1a.fold(h.s3, lower, suffix3(lower, l))
                }
            }
        }

        // Per scored word, the summed weights of every feature that does not depend on the tags before it. The
        // weight table is megabytes, so most lookups miss the cache; done one after the other, each miss waits for
        // the one before (the probe loop's branches depend on it). So the hashes of the whole sentence are listed
        // first, their slots and then their weight rows are read in branch-free passes that the processor overlaps,
        // and only then are the rows found and summed, from cache. Integer sums: the same scores in any order.
        let stride = Self.tagCount
        var keys: [UInt64] = []
        var owners: [Int32] = []
        keys.reserveCapacity(n * 12)
        owners.reserveCapacity(n * 12)
        var wordScores = [Int32](repeating: 0, count: n * stride)
        for i in 0..<n where capital[i] <= 2 {
            let base = i * WordSlot.count
            let start = keys.count
            keys.append(wordFeatures[base + WordSlot.w])
            keys.append(i >= 1 ? wordFeatures[base - WordSlot.count + WordSlot.wm1] : h.wm1Start)
            keys.append(i + 1 < n ? wordFeatures[base + WordSlot.count + WordSlot.wp1] : h.wp1End)
            keys.append(i >= 2 ? wordFeatures[base - 2 * WordSlot.count + WordSlot.wm2] : h.wm2Start)
            keys.append(i + 2 < n ? wordFeatures[base + 2 * WordSlot.count + WordSlot.wp2] : h.wp2End)
            keys.append(wordFeatures[base + WordSlot.sh])
            keys.append(i >= 1 ? wordFeatures[base - WordSlot.count + WordSlot.shm1] : h.shm1Start)
            keys.append(i + 1 < n ? wordFeatures[base + WordSlot.count + WordSlot.shp1] : h.shp1End)
            keys.append(wordFeatures[base + WordSlot.p3])
            keys.append(wordFeatures[base + WordSlot.s3])
            if let g = gazetteer.features(wordHash: text.exactHashes[i]) { keys.append(contentsOf: g) }
            for _ in start..<keys.count { owners.append(Int32(i)) }
            if i == 0 { for t in 0..<stride { wordScores[t] &+= firstWeights[t] } }
            if text.allCaps { for t in 0..<stride { wordScores[i * stride + t] &+= capsWeights[t] } }
        }
        // The one tag-dependent word feature, `t-1w=`, is looked up the same way for the commonest previous tag, O.
        var afterO = [UInt64](repeating: 0, count: n)
        text.lower.withUnsafeBufferPointer { lower in
            for i in 0..<n where capital[i] <= 2 { afterO[i] = FNV1a.fold(h.t1w[0], lower, text.lowerRanges[i]) }
        }
        var rows = [Int](repeating: -1, count: keys.count)
        var afterORows = [Int](repeating: -1, count: n)
        weights.withUnsafeBufferPointer { weights in
            slots.withUnsafeBufferPointer { slots in
                var touched: Int32 = 0
                for key in keys { touched &+= slots[Self.home(key, shift)].row }
                for i in 0..<n where capital[i] <= 2 { touched &+= slots[Self.home(afterO[i], shift)].row }
                for j in keys.indices { rows[j] = Self.row(slots, shift, keys[j]) }
                for i in 0..<n where capital[i] <= 2 { afterORows[i] = Self.row(slots, shift, afterO[i]) }
                for r in rows { touched &+= weights[max(r, 0) * stride] }
                for r in afterORows { touched &+= weights[max(r, 0) * stride] }
                keepAlive(touched)
                wordScores.withUnsafeMutableBufferPointer { scores in
                    for j in rows.indices where rows[j] >= 0 {
                        let w = rows[j] * stride
                        let at = Int(owners[j]) * stride
                        for t in 0..<stride { scores[at + t] &+= weights[w + t] }
                    }
                }
            }
        }

        var scores = [Int32](repeating: 0, count: stride)
        var p2 = Self.start
        var p1 = Self.start
        text.lower.withUnsafeBufferPointer { lower in
            weights.withUnsafeBufferPointer { weights in
                slots.withUnsafeBufferPointer { slots in
                    for i in 0..<n {
                        if capital[i] > 2 {
                            out[i] = 0
                            p2 = p1
                            p1 = 0
                            continue
                        }
                        let fixed = (p2 * 10 + p1) * stride
                        for t in 0..<stride { scores[t] = wordScores[i * stride + t] &+ transition[fixed + t] }
                        let r = p1 == 0 ? afterORows[i] : Self.row(slots, shift, FNV1a.fold(h.t1w[p1], lower, text.lowerRanges[i]))
                        if r >= 0 { for t in 0..<stride { scores[t] &+= weights[r * stride + t] } }
                        var best = 0
                        for t in 1..<stride where scores[t] > scores[best] { best = t }
                        // An I-X after a tag other than B-X / I-X becomes B-X (odd tags are B-, even I-).
                        if best != 0 && best % 2 == 0 && !(p1 == best || p1 == best - 1) { best -= 1 }
                        out[i] = UInt8(best)
                        p2 = p1
                        p1 = best
                    }
                }
            }
        }
        return out
    }
}

extension NameTagger {
    /// Per word, the distance in words to the nearest word with a capital letter (capped at 255).
    fileprivate static func capitalRadius(_ text: SentenceText, _ n: Int) -> [UInt8] {
        var distance = [UInt8](repeating: 255, count: n)
        var last = -1000
        for i in 0..<n {
            if text.shape[text.shapeRanges[i]].contains(UInt8(ascii: "X")) { last = i }
            distance[i] = UInt8(min(255, i - last))
        }
        last = Int.max / 2
        for i in stride(from: n - 1, through: 0, by: -1) {
            if distance[i] == 0 { last = i }
            distance[i] = min(distance[i], UInt8(min(255, last - i)))
        }
        return distance
    }
}

/// Index of each per-word hash in `tagIndices`.
private enum WordSlot {
    static let w = 0, wm1 = 1, wp1 = 2, wm2 = 3, wp2 = 4, sh = 5, shm1 = 6, shp1 = 7, p3 = 8, s3 = 9
    static let count = 10
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

/// The byte forms of one sentence the features need: lower-cased words and shapes in flat buffers.
private struct SentenceText {
    var lower: [UInt8] = []
    var lowerRanges: [Range<Int>] = []
    var shape: [UInt8] = []
    var shapeRanges: [Range<Int>] = []
    /// FNV-1a of each word's exact UTF-8 bytes (gazetteer key).
    var exactHashes: [UInt64] = []
    /// No ASCII lower-case letter in any word.
    var allCaps = true

    init(_ bytes: UnsafeBufferPointer<UInt8>, _ words: some Collection<Range<Int>>) {
        lowerRanges.reserveCapacity(words.count)
        shapeRanges.reserveCapacity(words.count)
        exactHashes.reserveCapacity(words.count)
        lower.reserveCapacity(words.reduce(0) { $0 + $1.count })
        shape.reserveCapacity(lower.capacity)
        for range in words {
            let word = UnsafeBufferPointer(rebasing: bytes[range])
            var exact = FNV1a.basis
            var ascii = true
            let lowerStart = lower.count
            let shapeStart = shape.count
            var last: UInt8 = 0
            for b in word {
                exact = FNV1a.step(exact, b)
                if b >= 0x80 { ascii = false; continue }
                guard ascii else { continue }
                let m: UInt8
                switch b {
                case 0x41...0x5A: lower.append(b | 0x20); m = 0x58  // X
                case 0x61...0x7A: lower.append(b); m = 0x78; allCaps = false  // x
                case 0x30...0x39: lower.append(b); m = 0x64  // d
                default: lower.append(b); m = b
                }
                if m != last { shape.append(m); last = m }
            }
            exactHashes.append(exact)
            if !ascii {
                lower.removeSubrange(lowerStart...)
                shape.removeSubrange(shapeStart...)
                Self.appendUnicode(String(decoding: word, as: UTF8.self), lower: &lower, shape: &shape, allCaps: &allCaps)
            }
            lowerRanges.append(lowerStart..<lower.count)
            shapeRanges.append(shapeStart..<shape.count)
        }
    }

    /// Slow path for words with non-ASCII scalars: per-scalar full lower-case mapping and shape.
    private static func appendUnicode(_ word: String, lower: inout [UInt8], shape: inout [UInt8], allCaps: inout Bool) {
        var last: UInt32 = 0xFFFF_FFFF
        for scalar in word.unicodeScalars {
            let v = scalar.value
            let m: Unicode.Scalar
            if v < 0x80 {
                let b = UInt8(v)
                switch b {
                case 0x41...0x5A: lower.append(b | 0x20); m = "X"
                case 0x61...0x7A: lower.append(b); m = "x"; allCaps = false
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
    /// One word (for tests).
    init(_ word: String) {
        let bytes = Array(word.utf8)
        self = bytes.withUnsafeBufferPointer { SentenceText($0, [0..<bytes.count]) }
    }
}

/// Uses a value the optimiser cannot see through, so that loads made only to bring memory into the cache stay.
@_optimize(none) @inline(never) func keepAlive(_ value: Int32) {}

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
