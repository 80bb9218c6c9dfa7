import Foundation
import Testing
@testable import StanceCore

/// Parity of the Swift name tagger with `Scripts/train_name_tagger.py` on the bundled weights (for words within
/// two words of a capitalised one: the Swift tagger does not score the others).
///
/// The expected tags come from the Python script, run with the same small gazetteer:
///
///     printf 'Estavia\tCOUNTRY\nEstavian\tGROUP\nQuillon Party\tORG\nBaltic Grain Union\tORG\nAnna Kowalczyk\tPERSON\nTaunton\tLOCATION\nSão Tomé\tLOCATION\nU.N.\tORG\n' > /tmp/gaz.tsv
///     python3 Scripts/train_name_tagger.py --predict SENTENCES.txt --gazetteer-file /tmp/gaz.tsv --swift
///
/// (SENTENCES.txt: the sentences below, one a line, words separated by single spaces.) Regenerate the
/// expectations whenever `name_tagger.tsv` is retrained.
@Suite struct NameTaggerTests {
    static let tagger: NameTagger = {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .appendingPathComponent("../../Sources/StanceLexicon/Resources/name_tagger.tsv")
        let text = try! String(contentsOf: url, encoding: .utf8)
        return NameTagger(text: text)
    }()

    static let gazetteer = NameGazetteer(aliases: [
        ("Estavia", "COUNTRY"), ("Estavian", "GROUP"), ("Quillon Party", "ORG"), ("Baltic Grain Union", "ORG"),
        ("Anna Kowalczyk", "PERSON"), ("Taunton", "LOCATION"), ("São Tomé", "LOCATION"), ("U.N.", "ORG"),
    ])

    static let cases: [([String], [String])] = [
        (["Leicestershire", "beat", "Somerset", "at", "Taunton", "on", "Friday", "."],
         ["B-ORG", "O", "B-ORG", "O", "B-LOC", "O", "O", "O"]),
        (["Foreign", "Minister", "Anna", "Kowalczyk", "met", "officials", "of", "the", "Baltic", "Grain", "Union", "in", "Zürich", "."],
         ["O", "O", "B-PER", "I-PER", "O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "O"]),
        (["MORAVIAN", "TEXTILE", "FIRM", "BUYS", "STAKE", "IN", "NORDVALE", "HOLDINGS"],
         ["B-ORG", "O", "O", "O", "O", "O", "O", "O"]),
        (["The", "Quillon", "Party", "of", "Estavia", "said", "São", "Tomé", "officials", "would", "visit", "the", "U.N.", "on", "1996-08-30", "."],
         ["O", "B-ORG", "I-ORG", "O", "B-LOC", "O", "B-PER", "I-PER", "O", "O", "O", "O", "B-ORG", "O", "O", "O"]),
        (["Estavian", "troops", "crossed", "into", "Ostrova", ",", "Jan", "Verhoeven", "told", "Radio", "Meridian", "in", "Brussels", "."],
         ["B-MISC", "O", "O", "O", "B-PER", "O", "B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O"]),
    ]

    @Test func weightsLoad() {
        #expect(Self.tagger.featureCount > 10_000)
    }

    @Test(arguments: 0..<cases.count)
    func matchesPython(index: Int) {
        let (words, expected) = Self.cases[index]
        #expect(Self.tagger.tag(words: words, gazetteer: Self.gazetteer) == expected)
    }

    /// Unlike the Python script, a word with no capital letter within two words of it is O without scoring (the
    /// model tags some prices in lower-case text as places: "412.5p" here was B-LOC).
    @Test func wordsFarFromAnyCapitalAreO() {
        let words = ["The", "tender", "values", "every", "Morvane", "ordinary", "share", "at", "412.5p", ",", "a", "20.1", "pct", "premium", "."]
        #expect(Self.tagger.tag(words: words, gazetteer: Self.gazetteer)[8...] == ["O", "O", "O", "O", "O", "O", "O"])
        // Near a capital the model decides as before.
        #expect(Self.tagger.tag(words: ["output", "rose", "in", "Taunton", "."], gazetteer: Self.gazetteer) == ["O", "O", "O", "B-LOC", "O"])
    }

    /// A memo kept across sentences (and one so small that it starts over every few words) gives the same tags as
    /// none; a memo filled by one tagger is not read for another.
    @Test func aMemoChangesNoTag() {
        // The last sentence (30 words) is longer than the small memo's limit.
        let sentences = Self.cases.map(\.0) + [Self.cases[3].0 + Self.cases[4].0]
        let fresh = sentences.map { Self.tagger.tagIndices(words: $0, gazetteer: Self.gazetteer) }
        for memo in [NameTaggerMemo(), NameTaggerMemo(limit: 16)] {
            for _ in 0..<2 {
                #expect(sentences.map { Self.tagger.tagIndices(words: $0, gazetteer: Self.gazetteer, memo: memo) } == fresh)
            }
        }
        let memo = NameTaggerMemo()
        _ = Self.tagger.tagIndices(words: Self.cases[0].0, gazetteer: Self.gazetteer, memo: memo)
        #expect(memo.count > 0)
        let other = NameTagger(text: "feature\ttag\tweight\nw=leicestershire\tO\t100\n")
        #expect(other.tagIndices(words: Self.cases[0].0, gazetteer: Self.gazetteer, memo: memo)
            == other.tagIndices(words: Self.cases[0].0, gazetteer: Self.gazetteer))
    }

    /// Words found in the memo by key (as the extractor passes its vocabulary ids) get the tags they get by their
    /// bytes, some keyed and some not, in a memo big or small, shared with the byte path or not.
    @Test func keyedWordsTagAsTheirBytes() {
        let sentences = Self.cases.map(\.0) + [Self.cases[3].0 + Self.cases[4].0]
        let fresh = sentences.map { Self.tagger.tagIndices(words: $0, gazetteer: Self.gazetteer) }
        // Every distinct word a key, except those of odd length (they take the byte path).
        let distinct = Array(Set(sentences.joined())).sorted()
        func key(_ word: String) -> Int32 { word.utf8.count % 2 == 1 ? -1 : Int32(distinct.firstIndex(of: word)!) + 5 }
        for memo in [NameTaggerMemo(), NameTaggerMemo(limit: 16)] {
            for round in 0..<3 {
                let tags = sentences.map { words in
                    var bytes: [UInt8] = []
                    var ranges: [Range<Int>] = []
                    for word in words {
                        ranges.append(bytes.count..<(bytes.count + word.utf8.count))
                        bytes += word.utf8
                    }
                    return bytes.withUnsafeBufferPointer {
                        Self.tagger.tagIndices(
                            bytes: $0, words: ranges, keys: words.map(key), keySpace: distinct.count + 5, gazetteer: Self.gazetteer,
                            memo: memo)
                    }
                }
                #expect(tags == fresh)
                if round == 1 { _ = sentences.map { Self.tagger.tagIndices(words: $0, gazetteer: Self.gazetteer, memo: memo) } }
            }
        }
    }

    @Test func emptySentence() {
        #expect(Self.tagger.tag(words: [], gazetteer: Self.gazetteer) == [])
    }

    /// Shapes and lower-case forms as printed by the Python `shape()` / `lower()`.
    @Test(arguments: [
        ("Leicestershire", "Xx", "leicestershire"), ("U.S.", "X.X.", "u.s."), ("1996-08-30", "d-d-d", "1996-08-30"),
        ("Zürich", "Xx", "zürich"), ("ÉCOLE", "X", "école"), ("İstanbul", "Xx", "i\u{307}stanbul"), ("ΟΔΟΣ", "X", "οδοσ"),
    ])
    func shapeAndLower(word: String, shape: String, lower: String) {
        #expect(NameTagger.shape(word) == shape)
        #expect(NameTagger.lower(word) == lower)
    }
}
