/// An interner from byte strings to dense ids, built once from the data and then read-only.
///
/// Lookups hash the bytes of a token in place (FNV-1a, open addressing), so the hot path never builds a
/// `String` per token. `lowercased` lookups fold ASCII letters while hashing.
///
/// A slot holds the id and 32 bits of the word's hash: a probe compares the hash bits first and reads the
/// word's bytes only when they agree, so a word that is not there (most tokens, in the exact-case vocabulary)
/// costs one read of the slot table and no visit to the word store.
struct Vocabulary: Sendable {
    private struct Slot: Sendable {
        var check: UInt32
        var id: Int32  // -1: empty
    }

    private var slots: [Slot]
    private var offsets: [Int32] = [0]
    private var arena: [UInt8] = []
    private var mask: Int

    init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(check: 0, id: -1), count: size)
        mask = size - 1
    }

    var count: Int { offsets.count - 1 }

    /// The id of `word`, adding it if new.
    mutating func intern(_ word: String) -> Int32 {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            if let id = lookup(buffer, lowercased: false) { return id }
            if count * 2 >= slots.count { grow() }
            let id = Int32(count)
            arena.append(contentsOf: buffer)
            offsets.append(Int32(arena.count))
            insert(id: id, hash: Self.hash(buffer, lowercased: false))
            return id
        }
    }

    /// The text of an id.
    func word(_ id: Int32) -> String {
        let i = Int(id)
        return String(decoding: arena[Int(offsets[i])..<Int(offsets[i + 1])], as: UTF8.self)
    }

    /// The id of the bytes, folded to ASCII lower case first when `lowercased`, or nil.
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, lowercased: Bool) -> Int32? {
        let id = lookup(bytes, hash: Self.hash(bytes, lowercased: lowercased), lowercased: lowercased)
        return id < 0 ? nil : id
    }

    /// The id of the bytes whose hash (`hashes(_:)`, the one matching `lowercased`) is `hash`, or -1.
    @inline(__always)
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, lowercased: Bool) -> Int32 {
        let check = UInt32(truncatingIfNeeded: hash >> 32)
        return slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let entry = slots[slot]
                if entry.id < 0 { return -1 }
                if entry.check == check, equals(entry.id, bytes, lowercased: lowercased) { return entry.id }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Reads the first slot probed for `hash` and gives its id: a branch-free read that brings the slot into the
    /// cache before a batch of lookups (`Document` reads every token's slot first, so the misses overlap).
    @inline(__always)
    func touch(hash: UInt64) -> Int32 {
        slots.withUnsafeBufferPointer { $0[Int(truncatingIfNeeded: hash) & mask].id }
    }

    /// Reads the start of the word with id `id` (if any) into the cache: see `touch(hash:)`.
    @inline(__always)
    func touch(id: Int32) -> Int32 {
        offsets.withUnsafeBufferPointer { $0[Int(max(id, 0))] }
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

    /// The exact and the ASCII-lower-cased hash of the bytes, in one pass, and whether they hold an ASCII capital
    /// (without one, the two forms are the same bytes).
    @inline(__always)
    static func hashes(_ bytes: UnsafeBufferPointer<UInt8>) -> (exact: UInt64, lower: UInt64, hasCapital: Bool) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var l = h
        var capital = false
        for b in bytes {
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3
            let isCapital = b >= 65 && b <= 90
            capital = capital || isCapital
            l = (l ^ UInt64(isCapital ? b + 32 : b)) &* 0x0000_0100_0000_01b3
        }
        return (h ^ (h >> 29), l ^ (l >> 29), capital)
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, lowercased: Bool) -> UInt64 {
        let (exact, lower, _) = hashes(bytes)
        return lowercased ? lower : exact
    }

    private mutating func insert(id: Int32, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].id >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(check: UInt32(truncatingIfNeeded: hash >> 32), id: id)
    }

    private mutating func grow() {
        let old = count
        slots = Array(repeating: Slot(check: 0, id: -1), count: slots.count * 2)
        mask = slots.count - 1
        for id in 0..<old {
            let range = Int(offsets[id])..<Int(offsets[id + 1])
            let h = arena[range].withUnsafeBufferPointer { Self.hash($0, lowercased: false) }
            insert(id: Int32(id), hash: h)
        }
    }
}
