import Testing

@testable import StanceCore

@Suite struct VocabularyTests {
    /// Words of every length around the eight-byte steps, ASCII and not, in several cases.
    static let words: [String] = {
        var out: [String] = []
        for n in 0...20 {
            let letters = Array("abcdefghijklmnopqrstuvwxyz".prefix(n))
            out.append(String(letters))
            out.append(String(letters).uppercased())
            out.append(String(letters.enumerated().map { $0.offset % 3 == 0 ? Character($0.element.uppercased()) : $0.element }))
        }
        return out + ["Zelenskyy", "Kyiv", "Élysée", "ÉLYSÉE", "@POTUS", "U.S.", "[Z]", "`a`", "naïve", "NAÏVE", "\u{7F}A\u{40}Z\u{5B}"]
    }()

    /// The ids of a data phrase interned from its bytes (`Extractor.ids`) are those of its tokens as strings,
    /// interned as they are or lower-cased by `String.lowercased()` (ASCII folded in place, the rest as strings).
    @Test func phraseIdsFromBytesMatchTheTokensAsStrings() {
        let phrases = ["Joe Biden", "the U.S. President", "ÉLYSÉE Palace", "Ukraine's", "naïve NAÏVE İstanbul", "@POTUS", "pro-Russian", ""]
        for lowercased in [false, true] {
            var fromBytes = Vocabulary(capacity: 64), fromStrings = Vocabulary(capacity: 64)
            for phrase in phrases {
                let got = Extractor.ids(phrase, &fromBytes, lowercased: lowercased)
                let expected = Extractor.words(phrase).map { fromStrings.intern(lowercased ? $0.lowercased() : $0) }
                #expect(got == expected, "\(phrase), lowercased \(lowercased)")
            }
            #expect(fromBytes.count == fromStrings.count)
            for id in 0..<Int32(fromBytes.count) { #expect(fromBytes.word(id) == fromStrings.word(id)) }
        }
    }

    /// A token's keys computed in place in a text (a masked eight-byte load where the text goes on, byte by byte near
    /// its end) are the keys of its bytes alone.
    @Test func keysInPlaceMatchKeysOfTheBytes() {
        for word in Self.words {
            let alone = Array(word.utf8)
            for padding in 0...9 {
                let text = Array(repeating: UInt8(ascii: "x"), count: 3) + alone + Array(repeating: UInt8(ascii: "Q"), count: padding)
                text.withUnsafeBufferPointer { text in
                    alone.withUnsafeBufferPointer { alone in
                        let inPlace = Vocabulary.keys(in: text, 3..<(3 + alone.count))
                        let own = Vocabulary.keys(alone)
                        #expect(inPlace.exact.hash == own.exact.hash && inPlace.exact.head == own.exact.head, "\(word) + \(padding)")
                        #expect(inPlace.lower.hash == own.lower.hash && inPlace.lower.head == own.lower.head, "\(word) + \(padding)")
                        #expect(inPlace.hasCapital == own.hasCapital)
                    }
                }
            }
        }
    }

    /// The lower key folds exactly the ASCII capitals: it is the exact key of the word with `A`-`Z` lowered, and a
    /// word has a capital when the two differ.
    @Test func lowerKeyFoldsASCIICapitalsOnly() {
        for word in Self.words {
            let bytes = Array(word.utf8)
            let folded = bytes.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
            bytes.withUnsafeBufferPointer { bytes in
                folded.withUnsafeBufferPointer { folded in
                    let keys = Vocabulary.keys(bytes)
                    let expected = Vocabulary.keys(folded).exact
                    #expect(keys.lower.hash == expected.hash && keys.lower.head == expected.head, "\(word)")
                    #expect(keys.hasCapital == (Array(bytes) != Array(folded)), "\(word)")
                }
            }
        }
    }

    /// Interned words come back by their bytes, by their lower-cased bytes, and by nothing else.
    @Test func internedWordsAreFoundExactlyAndFolded() {
        var vocabulary = Vocabulary(capacity: 4)
        let lowered = Self.words.map { String($0.map { $0.isASCII ? Character($0.lowercased()) : $0 }) }
        var ids: [String: Int32] = [:]
        for word in lowered { ids[word] = vocabulary.intern(word) }
        #expect(vocabulary.count == Set(lowered).count)
        for (word, lower) in zip(Self.words, lowered) {
            #expect(Array(lower.utf8).withUnsafeBufferPointer { vocabulary.lookup($0, lowercased: false) } == ids[lower])
            let found = Array(word.utf8).withUnsafeBufferPointer { vocabulary.lookup($0, lowercased: true) }
            #expect(found == ids[lower], "\(word)")
            #expect(vocabulary.word(ids[lower]!) == lower)
        }
        for absent in ["abcdefghi!", "zz", "Kiev", "naive", "abcdefghijklmnopqrstu"] {
            #expect(Array(absent.utf8).withUnsafeBufferPointer { vocabulary.lookup($0, lowercased: true) } == nil, "\(absent)")
        }
    }
}
