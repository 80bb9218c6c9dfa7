/// An interner from byte strings to dense ids, built once from the data and then read-only.
///
/// Lookups hash the bytes of a token in place (FNV-1a, open addressing), so the hot path never builds a
/// `String` per token. `lowercased` lookups fold ASCII letters while hashing.
struct Vocabulary: Sendable {
    private var slots: [Int32]  // -1 empty, else index into `offsets`
    private var offsets: [Int32] = [0]
    private var arena: [UInt8] = []
    private var mask: Int

    init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
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
        var slot = Int(truncatingIfNeeded: Self.hash(bytes, lowercased: lowercased)) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return nil }
            if equals(id, bytes, lowercased: lowercased) { return id }
            slot = (slot + 1) & mask
        }
    }

    private func equals(_ id: Int32, _ bytes: UnsafeBufferPointer<UInt8>, lowercased: Bool) -> Bool {
        let start = Int(offsets[Int(id)])
        let end = Int(offsets[Int(id) + 1])
        guard end - start == bytes.count else { return false }
        for i in 0..<bytes.count {
            var b = bytes[i]
            if lowercased, b >= 65, b <= 90 { b += 32 }
            if arena[start + i] != b { return false }
        }
        return true
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, lowercased: Bool) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for var b in bytes {
            if lowercased, b >= 65, b <= 90 { b += 32 }
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3
        }
        return h ^ (h >> 29)
    }

    private mutating func insert(id: Int32, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    private mutating func grow() {
        let old = count
        slots = Array(repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for id in 0..<old {
            let range = Int(offsets[id])..<Int(offsets[id + 1])
            let h = arena[range].withUnsafeBufferPointer { Self.hash($0, lowercased: false) }
            insert(id: Int32(id), hash: h)
        }
    }
}
