import Testing
@testable import StanceCore

@Suite struct TokenizerTests {
    func words(_ text: String) -> [String] {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            let view = UnsafeBufferPointer(buffer)
            return Tokenizer.tokenize(view).map { String(decoding: view[Int($0.start)..<Int($0.end)], as: UTF8.self) }
        }
    }

    @Test(arguments: [
        ("Ukraine's border", ["Ukraine", "'s", "border"]),
        ("Ukraine’s border", ["Ukraine", "’s", "border"]),
        ("the U.S. and U.K.", ["the", "U.S.", "and", "U.K."]),
        ("didn't threaten", ["did", "n't", "threaten"]),
        ("can’t", ["ca", "n’t"]),
        ("pro-Russian forces", ["pro", "-", "Russian", "forces"]),
        ("O'Brien and Côte d'Ivoire", ["O'Brien", "and", "Côte", "d'Ivoire"]),
        ("155,221 bags at 5.93 mln", ["155,221", "bags", "at", "5.93", "mln"]),
        ("@POTUS and #StandWithUkraine", ["@POTUS", "and", "#StandWithUkraine"]),
        ("“We will,” he said.", ["“", "We", "will", ",", "”", "he", "said", "."]),
        ("G7 leaders in the 1990s", ["G7", "leaders", "in", "the", "1990s"]),
        ("George W. Bush", ["George", "W", ".", "Bush"]),
        ("Erdoğan — and Zelenskyy…", ["Erdoğan", "—", "and", "Zelenskyy", "…"]),
        ("n't", ["n't"]),
        // Directional marks, isolates and joiners are skipped; U+200B and U+FEFF separate words like spaces.
        ("Israel.\u{200E} Biden \u{2067}Erdoğan\u{2069}", ["Israel", ".", "Biden", "Erdoğan"]),
        ("a\u{200B}b\u{FEFF}c \u{200D}", ["a", "b", "c"]),
        ("", []),
    ])
    func tokens(text: String, expected: [String]) {
        #expect(words(text) == expected)
    }

    /// Case flags (capitalised, all capitals, has a lower-case letter) of words counted as they are scanned, and of
    /// those worked out after (non-ASCII letters, handles, abbreviations, clitics).
    @Test(arguments: [
        ("DIDN'T", [("DID", "CA"), ("N'T", "CA")]),
        ("Didn't", [("Did", "CL"), ("n't", "L")]),
        ("O'Brien", [("O'Brien", "CL")]),
        ("O’BRIEN", [("O’BRIEN", "CA")]),
        ("iPhone G7 1990s", [("iPhone", "L"), ("G7", "CA"), ("1990s", "L")]),
        ("U.S. NATO's", [("U.S.", "CA"), ("NATO", "CA"), ("'s", "L")]),
        ("Zürich ÉCOLE éclat", [("Zürich", "CL"), ("ÉCOLE", "CA"), ("éclat", "L")]),
        ("@POTUS #ukraine 42", [("@POTUS", "CA"), ("#ukraine", "L"), ("42", "")]),
    ])
    func caseFlags(text: String, expected: [(String, String)]) {
        var bytes = Array(text.utf8)
        let found = bytes.withUnsafeMutableBufferPointer { buffer in
            let view = UnsafeBufferPointer(buffer)
            return Tokenizer.tokenize(view).map { token in
                let flags = (token.flags.contains(.capitalized) ? "C" : "") + (token.flags.contains(.allCaps) ? "A" : "")
                    + (token.flags.contains(.hasLower) ? "L" : "")
                return (String(decoding: view[Int(token.start)..<Int(token.end)], as: UTF8.self), flags)
            }
        }
        #expect(found.map(\.0) == expected.map(\.0))
        #expect(found.map(\.1) == expected.map(\.1))
    }

    @Test func scalarOffsetsCountUnicodeScalars() {
        var bytes = Array("Zelenskyy’s “talk” with Biden".utf8)
        let tokens = bytes.withUnsafeMutableBufferPointer { Tokenizer.tokenize(UnsafeBufferPointer($0)) }
        let biden = tokens.last!
        #expect(biden.scalarStart == 24 && biden.scalarEnd == 29)
        #expect(tokens[1].scalarStart == 9 && tokens[1].scalarEnd == 11)  // ’s
    }

    @Test func skippedFormatCharactersStillCountInScalarOffsets() {
        var bytes = Array("\u{200F}\u{202B}Kyiv\u{202C} said".utf8)
        let tokens = bytes.withUnsafeMutableBufferPointer { Tokenizer.tokenize(UnsafeBufferPointer($0)) }
        #expect(tokens.map { [$0.scalarStart, $0.scalarEnd] } == [[2, 6], [8, 12]])
        #expect(!tokens[0].flags.contains(.spaceBefore) && tokens[1].flags.contains(.spaceBefore))
    }

    @Test func pathologicalInputNeverHangs() {
        for text in [String(repeating: ".", count: 100_000), String(repeating: "a", count: 100_000),
                     String(repeating: "'", count: 1000), String(repeating: "n't ", count: 1000), "\u{FFFD}\u{0}\u{202E}abc"] {
            #expect(words(text).count <= text.utf8.count)
        }
    }
}

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            let view = UnsafeBufferPointer(buffer)
            let tokens = Tokenizer.tokenize(view)
            return SentenceSplitter.split(tokens, view).map { range in
                String(decoding: view[Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end)], as: UTF8.self)
            }
        }
    }

    @Test(arguments: [
        ("Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
        ("George W. Bush spoke. Then he left!", ["George W. Bush spoke.", "Then he left!"]),
        ("“We will respond,” he said. Moscow denied it.", ["“We will respond,” he said.", "Moscow denied it."]),
        ("TALKS COLLAPSE\nLONDON 1996-08-30\nThe talks ended.", ["TALKS COLLAPSE", "LONDON 1996-08-30", "The talks ended."]),
        ("wire copy that wraps\nacross lines ends here.", ["wire copy that wraps\nacross lines ends here."]),
        ("First paragraph\n\nSecond one", ["First paragraph", "Second one"]),
        ("Prices rose 5.5 pct. Sales fell.", ["Prices rose 5.5 pct.", "Sales fell."]),
        ("Russia condemned Israel.\u{200E} Biden met Erdoğan.", ["Russia condemned Israel.", "Biden met Erdoğan."]),
    ])
    func split(text: String, expected: [String]) {
        #expect(sentences(text) == expected)
    }
}
