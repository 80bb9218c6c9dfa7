import Foundation
import StanceLexicon
import StanceModel

/// The article ids a run has accepted, each with where it was first met (its input and record), so that a later
/// record with the same id is rejected as a duplicate naming the first.
///
/// A run keeps one entry per accepted article, so this is the one table of a run that grows with the corpus: a
/// `[String: (input: String, record: String)]` took about 170 bytes an id (a heap string per id and a wide
/// bucket); here an id takes about 70 (its bytes and its record's in one buffer, a 24-byte entry and an 8-byte
/// slot at most half full). A million ids: about 70 MB instead of 170.
///
/// Ids compare as Swift strings compare (canonical equivalence, as the table it replaces): an ASCII id, the common
/// case, is found by its bytes; any other id by a `String` dictionary, or by its bytes when its composed form is
/// ASCII and equal to it (the Kelvin sign `K` is `K`), so that an id and an equal ASCII id meet either way.
struct SeenIDs {
    private struct Entry {
        /// Where the id's bytes start in `bytes`; the record's follow them.
        var start: Int
        var idLength: Int32
        var recordLength: Int32
        var input: Int32
    }

    private var bytes: [UInt8] = []
    private var entries: [Entry] = []
    /// Open addressing over the ASCII ids: 0 for an empty slot, else the top 32 bits of the id's hash over its
    /// entry's index + 1.
    private var slots = [UInt64](repeating: 0, count: 1 << 10)
    /// Ids that are neither ASCII nor equal to an ASCII id, by their entry.
    private var others: [String: Int32] = [:]
    /// The inputs met, by index (one string per input, not per id), found by their bytes: two files whose names
    /// differ only in Unicode form are two inputs (Swift's `==` would take them for one).
    private var inputs: [String] = []
    private var inputIndex: [[UInt8]: Int32] = [:]

    var count: Int { entries.count }

    /// Records `id` as first met at `input`, `record`, and gives nil; when an equal id was recorded before, records
    /// nothing and gives where that one was met. An id is looked at once: its form (ASCII, its ASCII composed
    /// form, or none) worked out and its hash computed one time, for the look-up and the insertion alike.
    mutating func insert(_ id: String, input: String, record: String) -> (input: String, record: String)? {
        var key = id
        if !Self.isASCII(id) {
            if let entry = others[id] { return location(of: entry) }
            guard let form = Self.asciiForm(of: id) else {
                others[id] = add(id, input: input, record: record, hash: nil)
                return nil
            }
            key = form
        }
        let hash = key.withUTF8 { Self.hash($0) }
        if let found = key.withUTF8({ find(ascii: $0, hash: hash) }) { return location(of: found) }
        add(key, input: input, record: record, hash: hash)
        return nil
    }

    /// The entry of the ASCII id with these bytes and hash (`hash(_:)`), if any.
    private func find(ascii id: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        let check = hash >> 32
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            if slots[slot] >> 32 == check {
                let entry = Int32(truncatingIfNeeded: slots[slot] & 0xFFFF_FFFF) - 1
                if idBytes(entry).elementsEqual(id) { return entry }
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Appends an entry (and, with a hash, its slot); gives its index.
    @discardableResult
    private mutating func add(_ id: String, input: String, record: String, hash: UInt64?) -> Int32 {
        let index = Int32(entries.count)
        let start = bytes.count
        bytes.append(contentsOf: id.utf8)
        let idLength = bytes.count - start
        bytes.append(contentsOf: record.utf8)
        entries.append(
            Entry(start: start, idLength: Int32(idLength), recordLength: Int32(bytes.count - start - idLength), input: self.index(of: input)))
        if let hash {
            if (entries.count) * 2 > slots.count { grow() }
            place(hash: hash, entry: index)
        }
        return index
    }

    private mutating func place(hash: UInt64, entry: Int32) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = (hash >> 32) << 32 | UInt64(UInt32(entry + 1))
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        for value in old where value != 0 {
            let entry = Int32(truncatingIfNeeded: value & 0xFFFF_FFFF) - 1
            place(hash: Self.hash(idBytes(entry)), entry: entry)
        }
    }

    private mutating func index(of input: String) -> Int32 {
        // Ids come input after input: the last one's index is the answer but at an input's first id.
        if let last = inputs.last, Self.sameBytes(last, input) { return Int32(inputs.count - 1) }
        let bytes = Array(input.utf8)
        if let known = inputIndex[bytes] { return known }
        let index = Int32(inputs.count)
        inputs.append(input)
        inputIndex[bytes] = index
        return index
    }

    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        var (a, b) = (a, b)
        return a.withUTF8 { x in
            b.withUTF8 { y in x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
        }
    }

    private func idBytes(_ entry: Int32) -> ArraySlice<UInt8> {
        let e = entries[Int(entry)]
        return bytes[e.start..<(e.start + Int(e.idLength))]
    }

    private func location(of entry: Int32) -> (input: String, record: String) {
        let e = entries[Int(entry)]
        let recordStart = e.start + Int(e.idLength)
        let record = String(decoding: bytes[recordStart..<(recordStart + Int(e.recordLength))], as: UTF8.self)
        return (inputs[Int(e.input)], record)
    }

    private static func isASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { $0.allSatisfy { $0 < 0x80 } }
    }

    /// The composed form of a non-ASCII id when it is ASCII and equal to the id as Swift compares strings (a
    /// compatibility character such as the Kelvin sign composes to a letter); nil otherwise.
    private static func asciiForm(of id: String) -> String? {
        let composed = id.precomposedStringWithCanonicalMapping
        guard composed.utf8.allSatisfy({ $0 < 0x80 }), composed == id else { return nil }
        return composed
    }

    /// A 64-bit hash of the bytes (`fnv1a64`, then `finalMix` so that the low bits pick the slot well).
    private static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 { finalMix(fnv1a64(bytes)) }
}
