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

    /// Every field of every token: byte and scalar offsets, kind, and flags (C capitalised, A all capitals, L has a
    /// lower-case letter, s space, n line break, p paragraph before). Values from the tokenizer before its byte
    /// table and ASCII word loop; they cover the ways out of that loop (apostrophe, non-ASCII letter, `.` after one
    /// letter) and the byte classes (spaces, lines, NBSP, joiner, ideographic space, line separator).
    @Test(arguments: [
        ("didn't Didn’T", ["0-3 0-3 word L", "3-6 3-6 word L", "7-10 7-10 word CLs", "10-15 10-13 word L"]),
        ("Ukraine's  Ukraine’s", ["0-7 0-7 word CL", "7-9 7-9 word L", "11-18 11-18 word CLs", "18-22 18-20 word L"]),
        ("’s and 's", ["0-3 0-1 punct ", "3-4 1-2 word L", "5-8 3-6 word Ls", "9-10 7-8 punct s", "10-11 8-9 word L"]),
        ("the U.S. and a.b. U.", ["0-3 0-3 word L", "4-8 4-8 word CAs", "9-12 9-12 word Ls", "13-17 13-17 word Ls",
                                  "18-19 18-19 word CAs", "19-20 19-20 punct "]),
        ("@POTUS @2024 #tag #1 @ #", ["0-6 0-6 handle CA", "7-12 7-12 handle s", "13-17 13-17 handle Ls",
                                      "18-19 18-19 punct s", "19-20 19-20 number ", "21-22 21-22 punct s",
                                      "23-24 23-24 punct s"]),
        ("New\u{A0}York", ["0-3 0-3 word CL", "5-9 4-8 word CLs"]),
        ("Kyiv\u{200D}Post", ["0-4 0-4 word CL", "7-11 5-9 word CL"]),
        ("1,000.5 G7 1990s 3pm", ["0-7 0-7 number ", "8-10 8-10 word CAs", "11-16 11-16 word Ls", "17-20 17-20 word Ls"]),
        ("Zürich naïve ÉCOLE", ["0-7 0-6 word CL", "8-14 7-12 word Ls", "15-21 13-18 word CAs"]),
        ("students' rights", ["0-8 0-8 word L", "8-9 8-9 punct ", "10-16 10-16 word Ls"]),
        ("ROCK'N'ROLL I'm we'll they'Ve", ["0-11 0-11 word CA", "12-13 12-13 word CAs", "13-15 13-15 word L",
                                           "16-18 16-18 word Ls", "18-21 18-21 word L", "22-26 22-26 word Ls",
                                           "26-29 26-29 word L"]),
        ("ab. a.", ["0-2 0-2 word L", "2-3 2-3 punct ", "4-5 4-5 word Ls", "5-6 5-6 punct "]),
        ("line\n  indented\n\npara\r\nnext", ["0-4 0-4 word L", "7-15 7-15 word Lsnp", "17-21 17-21 word Lsnp",
                                              "23-27 23-27 word Lsn"]),
        ("x\u{3000}y\u{2028}z", ["0-1 0-1 word L", "4-5 2-3 word Ls", "8-9 4-5 word Ls"]),
    ])
    func tokenFields(text: String, expected: [String]) {
        var bytes = Array(text.utf8)
        let found = bytes.withUnsafeMutableBufferPointer { buffer in
            Tokenizer.tokenize(UnsafeBufferPointer(buffer)).map { token in
                let flags: [(Token.Flags, String)] = [
                    (.capitalized, "C"), (.allCaps, "A"), (.hasLower, "L"), (.spaceBefore, "s"), (.newlineBefore, "n"),
                    (.paragraphBefore, "p"),
                ]
                return "\(token.start)-\(token.end) \(token.scalarStart)-\(token.scalarEnd) \(token.kind) "
                    + flags.filter { token.flags.contains($0.0) }.map(\.1).joined()
            }
        }
        #expect(found == expected)
    }

    /// The byte table agrees with the predicates it stands for, on all 256 bytes.
    @Test func byteClassesMatchThePredicates() {
        typealias Class = Tokenizer.ByteClass
        #expect(Tokenizer.byteClasses.count == 256)
        for value in 0...255 {
            let b = UInt8(value)
            let bits = Tokenizer.byteClasses[value]
            var one = [b]
            let wordStart = one.withUnsafeMutableBufferPointer { Tokenizer.isWordStart(UnsafeBufferPointer($0), 0) }
            #expect((bits & Class.alphanumeric != 0) == (b < 0x80 && wordStart), "byte \(b)")
            #expect((bits & Class.letter != 0) == Tokenizer.isASCIILetter(b), "byte \(b)")
            #expect((bits & Class.upper != 0) == (b >= 65 && b <= 90), "byte \(b)")
            #expect((bits & Class.lower != 0) == (b >= 97 && b <= 122), "byte \(b)")
            #expect((bits & Class.digit != 0) == Tokenizer.isDigit(b), "byte \(b)")
            #expect((bits & Class.space != 0) == [9, 11, 12, 13, 32].contains(b), "byte \(b)")
            #expect((bits & Class.newline != 0) == (b == 10), "byte \(b)")
            #expect((bits & Class.lead != 0) == (Tokenizer.scalarWidth(b) > 1), "byte \(b)")
            #expect((bits & Class.cliticStart != 0) == ([0x27, 0x4E, 0x6E, 0xE2] as [UInt8]).contains(b), "byte \(b)")
            #expect((bits & Class.mayContinueWord != 0) == (b == 0x27 || b >= 0x80), "byte \(b)")
        }
    }

    /// Text cut inside a multi-byte scalar keeps the tokens it always had: the cut `’` (E2 80) decodes as U+2000, a
    /// space, which neither goes on with a word nor starts a clitic. A cut letter ends its token at the end of the
    /// text, never past it.
    @Test(arguments: [
        ([0x61, 0x62, 0xE2, 0x80] as [UInt8], ["0-2 0-2"]),
        ([0x4E, 0xE2, 0x80], ["0-1 0-1"]),
        ([0x4E, 0x27], ["0-1 0-1", "1-2 1-2"]),
        ([0x20, 0xC3], ["1-2 1-2"]),
        ([0x61, 0xE2, 0x82], ["0-3 0-2"]),
        ([0xC3], ["0-1 0-1"]),
    ])
    func truncatedScalars(bytes: [UInt8], expected: [String]) {
        var copy = bytes
        let found = copy.withUnsafeMutableBufferPointer { buffer in
            Tokenizer.tokenize(UnsafeBufferPointer(buffer)).map {
                "\($0.start)-\($0.end) \($0.scalarStart)-\($0.scalarEnd)"
            }
        }
        #expect(found == expected)
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
