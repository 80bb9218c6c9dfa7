import CPrefetch
import StanceModel

/// An interner from byte strings to dense ids: built once from the data and then read-only (the extractor's
/// vocabularies), or filled as words come (the name tagger's per-thread memo).
///
/// Lookups hash the bytes of a token in place (eight bytes at a time, open addressing), so the hot path never builds
/// a `String` per token. `lowercased` lookups fold ASCII letters while hashing.
///
/// A slot holds the id, its first eight bytes, and a check word of 24 bits of the word's hash and its length
/// (capped at 255): a probe compares those and reads the word store only for a word longer than eight bytes that
/// agrees on all of them, so most lookups, found or not, read one slot. Slots are 16 bytes, four to a cache line:
/// the tables are larger than the caches, and a lookup's cost is mostly the slot's load.
struct Vocabulary: Sendable {
    private struct Slot: Sendable {
        var check: UInt32
        var id: Int32  // -1: empty
        var head: UInt64

        static let empty = Slot(check: 0, id: -1, head: 0)
    }

    /// What a lookup needs of a token: its hash, first eight bytes and length, in the form looked up.
    struct Key {
        var hash: UInt64
        var head: UInt64
    }

    private var slots: [Slot]
    private var offsets: [Int32] = [0]
    private var arena: [UInt8] = []
    private var mask: Int

    init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: .empty, count: size)
        mask = size - 1
    }

    var count: Int { offsets.count - 1 }

    /// The id of `word`, adding it if new.
    mutating func intern(_ word: String) -> Int32 {
        var word = word
        return word.withUTF8 { intern($0).id }
    }

    /// The id of the bytes (exact case), adding them if new; `inserted` tells which.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> (id: Int32, inserted: Bool) {
        let key = Self.keys(bytes).exact
        let found = lookup(bytes, key: key, lowercased: false)
        if found >= 0 { return (found, false) }
        if count * 2 >= slots.count { grow() }
        let id = Int32(count)
        arena.append(contentsOf: bytes)
        offsets.append(Int32(arena.count))
        insert(id: id, key: key, length: bytes.count)
        return (id, true)
    }

    /// Forgets every word, keeping the storage.
    mutating func removeAll() {
        for k in slots.indices { slots[k] = .empty }
        offsets = [0]
        arena.removeAll(keepingCapacity: true)
    }

    /// The text of an id.
    func word(_ id: Int32) -> String {
        let i = Int(id)
        return String(decoding: arena[Int(offsets[i])..<Int(offsets[i + 1])], as: UTF8.self)
    }

    /// The id of the bytes, folded to ASCII lower case first when `lowercased`, or nil.
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, lowercased: Bool) -> Int32? {
        let keys = Self.keys(bytes)
        let id = lookup(bytes, key: lowercased ? keys.lower : keys.exact, lowercased: lowercased)
        return id < 0 ? nil : id
    }

    /// The id of the bytes whose key (`keys(_:)`, the one matching `lowercased`) is `key`, or -1.
    @inline(__always)
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, key: Key, lowercased: Bool) -> Int32 {
        let check = Self.check(key.hash, length: bytes.count)
        return slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: key.hash) & mask
            while true {
                let entry = slots[slot]
                if entry.id < 0 { return -1 }
                // Equal checks mean equal lengths up to 255 bytes: a word of eight bytes or fewer is then all in
                // `head`; a longer one is compared in full (which compares the lengths too).
                if entry.check == check && entry.head == key.head
                    && (bytes.count <= 8 || equals(entry.id, bytes, lowercased: lowercased))
                {
                    return entry.id
                }
                slot = (slot + 1) & mask
            }
        }
    }

    private func equals(_ id: Int32, _ bytes: UnsafeBufferPointer<UInt8>, lowercased: Bool) -> Bool {
        let start = Int(offsets[Int(id)])
        let end = Int(offsets[Int(id) + 1])
        guard end - start == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { arena in
            for i in 0..<bytes.count {
                var b = bytes[i]
                if lowercased, b >= 65, b <= 90 { b += 32 }
                if arena[start + i] != b { return false }
            }
            return true
        }
    }

    /// Asks the cache for the slot a lookup of `key` reads first (a hint: nothing is read or changed).
    @inline(__always)
    func prefetch(_ key: Key) {
        slots.withUnsafeBufferPointer { stancewatch_prefetch($0.baseAddress! + (Int(truncatingIfNeeded: key.hash) & mask)) }
    }

    /// The exact and the ASCII-lower-cased keys of the bytes, in one pass, and whether they hold an ASCII capital
    /// (without one, the two forms are the same bytes).
    @inline(__always)
    static func keys(_ bytes: UnsafeBufferPointer<UInt8>) -> (exact: Key, lower: Key, hasCapital: Bool) {
        keys(in: bytes, 0..<bytes.count)
    }

    /// The same for `text[range]` (a token of an article): eight bytes at a time, each word of bytes folded to
    /// lower case and mixed into both hashes. A word that has eight bytes of the text from its start is loaded
    /// whole and masked to its length, so a short token is one load.
    @inline(__always)
    static func keys(in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (exact: Key, lower: Key, hasCapital: Bool) {
        let n = range.count
        var h = UInt64(truncatingIfNeeded: n) &* 0x9E37_79B9_7F4A_7C15
        var l = h
        var exactHead: UInt64 = 0
        var lowerHead: UInt64 = 0
        var capitals: UInt64 = 0
        var i = 0
        while i < n {
            let left = n - i
            var chunk: UInt64
            if range.lowerBound + i + 8 <= text.count {
                chunk = UInt64(littleEndian: UnsafeRawPointer(text.baseAddress! + range.lowerBound + i).loadUnaligned(as: UInt64.self))
                if left < 8 { chunk &= (1 << (8 * UInt64(left))) &- 1 }
            } else {
                chunk = 0
                for k in 0..<min(left, 8) { chunk |= UInt64(text[range.lowerBound + i + k]) << (8 * UInt64(k)) }
            }
            let upper = asciiCapitals(chunk)
            let folded = chunk | (upper >> 2)
            capitals |= upper
            if i == 0 {
                exactHead = chunk
                lowerHead = folded
            }
            h = (h ^ chunk) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            l = (l ^ folded) &* 0xFF51_AFD7_ED55_8CCD
            l ^= l >> 32
            i += 8
        }
        return (Key(hash: finish(h), head: exactHead), Key(hash: finish(l), head: lowerHead), capitals != 0)
    }

    /// The high bit of each byte of `word` that is an ASCII capital (`A`...`Z`): `>> 2` of it is the `0x20` that
    /// lower-cases the byte. Bytes of 0x80 and above are never flagged.
    @inline(__always)
    static func asciiCapitals(_ word: UInt64) -> UInt64 {
        let highs: UInt64 = 0x8080_8080_8080_8080
        let seven = word & ~highs
        let atLeastA = seven &+ 0x3F3F_3F3F_3F3F_3F3F  // high bit: the low seven bits are >= 0x41
        let pastZ = seven &+ 0x2525_2525_2525_2525  // high bit: >= 0x5B
        return atLeastA & ~pastZ & ~word & highs
    }

    /// The last mix of a hash (`finalMix`): every bit of the input reaches the low bits that pick the slot and the
    /// high bits of the check word.
    @inline(__always)
    private static func finish(_ h: UInt64) -> UInt64 { finalMix(h) }

    /// The slot's check word: the hash's top 24 bits over the length (capped at 255).
    @inline(__always)
    private static func check(_ hash: UInt64, length: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: hash >> 32) & 0xFFFF_FF00 | UInt32(min(length, 255))
    }

    private mutating func insert(id: Int32, key: Key, length: Int) {
        var slot = Int(truncatingIfNeeded: key.hash) & mask
        while slots[slot].id >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(check: Self.check(key.hash, length: length), id: id, head: key.head)
    }

    private mutating func grow() {
        let old = count
        slots = Array(repeating: .empty, count: slots.count * 2)
        mask = slots.count - 1
        for id in 0..<old {
            let range = Int(offsets[id])..<Int(offsets[id + 1])
            let key = arena[range].withUnsafeBufferPointer { Self.keys($0).exact }
            insert(id: Int32(id), key: key, length: range.count)
        }
    }
}
