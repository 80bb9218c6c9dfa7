/// Splits UTF-8 text into tokens in one pass over the bytes.
///
/// Rules: letters and digits form words; an apostrophe inside a word stays (`O'Brien`, `d'Ivoire`) except
/// before a clitic (`Ukraine's` -> `Ukraine` `'s`, `didn't` -> `did` `n't`); dotted single-letter
/// abbreviations are one token (`U.S.`, `U.N.`); numbers keep inner `,` `.` `:`; `@handle` and `#tag` are one
/// token; every other character that is not white space is a token of its own (so hyphens split
/// `pro-Russian` into `pro` `-` `Russian`).
public enum Tokenizer {
    /// Tokenises `bytes`; ids are not filled in (see `Lexicon` lookups in `Analyzer`).
    public static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        guard bytes.count > 0 else { return [] }
        return byteClasses.withUnsafeBufferPointer { tokenize(bytes, classes: $0.baseAddress!) }
    }

    /// The scan itself. Most bytes are ASCII letters, digits and spaces: one look-up in `classes` (see `ByteClass`)
    /// sorts them, and only lead bytes of multi-byte scalars are decoded (once) to be tested as Unicode spaces,
    /// invisible format characters or word characters.
    private static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, classes: UnsafePointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5 + 4)
        let n = bytes.count
        var i = 0
        var scalar: Int32 = 0
        // The white-space flags of the next token, gathered as the spaces before it are passed: a paragraph starts
        // after a blank line, or after a line break and an indent (space or tab).
        var pending: Token.Flags = []
        while i < n {
            let b = bytes[i]
            let byteClass = classes[Int(b)]
            if byteClass & ByteClass.newline != 0 {
                if pending.contains(.newlineBefore) { pending.insert(.paragraphBefore) }
                pending.formUnion([.spaceBefore, .newlineBefore])
                i += 1
                scalar += 1
                continue
            }
            if byteClass & ByteClass.space != 0 {
                if pending.contains(.newlineBefore) && (b == 32 || b == 9) { pending.insert(.paragraphBefore) }
                pending.insert(.spaceBefore)
                i += 1
                scalar += 1
                continue
            }
            // The scalar a lead byte starts (0 for ASCII and stray continuation bytes, which need no decoding).
            var value: UInt32 = 0
            if byteClass & ByteClass.lead != 0 {
                value = decode(bytes, i)
                if isUnicodeSpace(value) {
                    pending.insert(.spaceBefore)
                    i = scalarEnd(bytes, i)
                    scalar += 1
                    continue
                }
                if isInvisibleFormat(value) {
                    // Bidi marks and embeddings, joiners: they carry no text and must not stand between a full stop
                    // and the next sentence. Skipped, without counting as a space.
                    i = scalarEnd(bytes, i)
                    scalar += 1
                    continue
                }
            }
            var flags = pending
            pending = []

            let start = i
            let scalarStart = scalar
            var kind = Token.Kind.punct
            // The word's case when the scan could tell it (nil: worked out by `caseFlags` after).
            var wordCase: Token.Flags?
            if byteClass & ByteClass.letter != 0, let word = asciiWord(bytes, i, classes: classes) {
                // Most words: ASCII letters and digits, scanned and their case seen in one tight loop.
                kind = .word
                wordCase = caseFlags(
                    firstUpper: byteClass & ByteClass.upper != 0, upper: Int(word.seen & ByteClass.upper),
                    lower: Int(word.seen & ByteClass.lower))
                scalar += Int32(word.end - i)
                i = word.end
            } else if byteClass & ByteClass.cliticStart != 0
                && (b | 0x20 != UInt8(ascii: "n") || apostropheWidth(bytes, i + 1) != nil),
                let end = cliticEnd(bytes, i)
            {
                // Only `n` before an apostrophe and apostrophes can start a clitic.
                kind = .word
                scalar += Int32(scalarCount(bytes, i, end))
                i = end
            } else if byteClass & ByteClass.digit != 0 {
                kind = .number
                (i, scalar) = scanNumber(bytes, i, scalar)
                // Digits and `,` `.` `:` have no case.
                wordCase = []
                // `G7`-like mixtures and `1990s` continue as a word.
                if i < n, isWordStart(bytes, i), !isDigit(bytes[i]) {
                    kind = .word
                    wordCase = nil
                    (i, scalar) = scanWord(bytes, i, scalar, classes: classes).end
                }
            } else if byteClass & ByteClass.letter != 0
                || (byteClass & ByteClass.lead != 0 && !isUnicodePunctuationOrSpace(value))
            {
                kind = .word
                // Only a letter before `.` can start an abbreviation.
                if i + 1 < n, bytes[i + 1] == UInt8(ascii: "."), let end = dottedAbbreviationEnd(bytes, i) {
                    scalar += Int32(end - i)
                    i = end
                } else {
                    let scan = scanWord(bytes, i, scalar, classes: classes)
                    (i, scalar) = scan.end
                    wordCase = scan.flags
                }
            } else if (b == UInt8(ascii: "@") || b == UInt8(ascii: "#")) && i + 1 < n && isWordStart(bytes, i + 1)
                && !isDigit(bytes[i + 1]) || (b == UInt8(ascii: "@") && i + 1 < n && isDigit(bytes[i + 1]))
            {
                kind = .handle
                (i, scalar) = scanWord(bytes, i + 1, scalar + 1, classes: classes).end
            } else {
                i = scalarEnd(bytes, i)
                scalar += 1
            }
            if kind != .punct { flags.formUnion(wordCase ?? caseFlags(bytes, start, i)) }
            tokens.append(
                Token(
                    start: Int32(start), end: Int32(i), scalarStart: scalarStart, scalarEnd: scalar, kind: kind,
                    flags: flags))
        }
        return tokens
    }

    // MARK: - Scanners

    /// The common word, ASCII letters and digits from the letter at `from` up to a byte that cannot go on with it:
    /// its end, and the classes of its bytes or-ed (whether it has upper- and lower-case letters). Nil where the
    /// general scanners must look (a non-ASCII letter or an apostrophe follows, or a single letter stands before `.`
    /// as in `U.S.`); they would find the same end where this finds one.
    @inline(__always)
    private static func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, classes: UnsafePointer<UInt8>)
        -> (end: Int, seen: UInt8)?
    {
        // Walked with a pointer: the tightest loop of the tokenizer, one load, one look-up and one test a byte.
        let base = bytes.baseAddress!
        let end = base + bytes.count
        var p = base + from
        var seen = classes[Int(p.pointee)]
        p += 1
        while p < end, classes[Int(p.pointee)] & ByteClass.alphanumeric != 0 {
            seen |= classes[Int(p.pointee)]
            p += 1
        }
        let i = p - base
        if p < end && (classes[Int(p.pointee)] & ByteClass.mayContinueWord != 0
            || (i == from + 1 && p.pointee == UInt8(ascii: ".")))
        {
            return nil
        }
        return (i, seen)
    }

    /// Scans a word from `from`: its end (byte and scalar), and its case flags when all its bytes are ASCII (nil
    /// otherwise, or when a clitic `n't` took a letter back: `caseFlags` works them out).
    private static func scanWord(
        _ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ scalarFrom: Int32, classes: UnsafePointer<UInt8>
    ) -> (end: (Int, Int32), flags: Token.Flags?) {
        var i = from
        let n = bytes.count
        // The classes of the ASCII letters and digits met, or-ed: enough for the case flags.
        var seen: UInt8 = 0
        // Bytes after the first of each multi-byte scalar: the word has `i - from - continuations` scalars.
        var continuations = 0
        // `seen` tells the case: all bytes are ASCII, and no letter was handed back to a clitic.
        var counted = true
        while i < n {
            let b = bytes[i]
            if classes[Int(b)] & ByteClass.alphanumeric != 0 {
                seen |= classes[Int(b)]
                i &+= 1
                continue
            }
            if b >= 0x80, isWordStart(bytes, i) {
                counted = false
                let width = min(scalarWidth(b), n - i)
                continuations += width - 1
                i += width
                continue
            }
            if let width = apostropheWidth(bytes, i), i > from, i + width < n, isLetter(bytes, i + width) {
                // A clitic ends the word: `'s`, `'re`, `'ve`, `'ll`, `'d`, `'m`, and `n't`.
                if cliticEnd(bytes, i) != nil { break }
                if i - 1 > from, isASCIILower(bytes[i - 1], "n"), cliticEnd(bytes, i - 1) != nil {
                    // The `n` is in `seen`: `caseFlags` counts the word again without it.
                    i -= 1
                    counted = false
                    break
                }
                continuations += width - 1
                if width > 1 { counted = false }
                i += width
                continue
            }
            break
        }
        let end = (i, scalarFrom + Int32(i - from - continuations))
        guard counted else { return (end, nil) }
        // Whether there are upper- and lower-case letters is all the flags need, not how many.
        return (
            end,
            caseFlags(
                firstUpper: classes[Int(bytes[from])] & ByteClass.upper != 0, upper: Int(seen & ByteClass.upper),
                lower: Int(seen & ByteClass.lower))
        )
    }

    private static func scanNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ scalarFrom: Int32) -> (
        Int, Int32
    ) {
        var i = from
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if isDigit(b) {
                i += 1
            } else if (b == UInt8(ascii: ",") || b == UInt8(ascii: ".") || b == UInt8(ascii: ":")) && i + 1 < n
                && isDigit(bytes[i + 1])
            {
                i += 2
            } else {
                break
            }
        }
        return (i, scalarFrom + Int32(i - from))
    }

    /// `U.S.`, `U.K.`, `U.S.A.`: single ASCII letters each followed by a dot, at least two of them.
    private static func dottedAbbreviationEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int) -> Int? {
        var i = from
        var letters = 0
        let n = bytes.count
        while i + 1 < n, isASCIILetter(bytes[i]), bytes[i + 1] == UInt8(ascii: ".") {
            letters += 1
            i += 2
            if i < n, isASCIILetter(bytes[i]), i + 1 < n, bytes[i + 1] != UInt8(ascii: ".") { return nil }
        }
        guard letters >= 2 else { return nil }
        if i < n, isWordStart(bytes, i) { return nil }
        return i
    }

    /// The end of a clitic starting at `i` (`'s`, `’s`, `'re`, `'ve`, `'ll`, `'d`, `'m`, `n't`), if one is there.
    static func cliticEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let n = bytes.count
        var j = i
        var negation = false
        if j < n, isASCIILower(bytes[j], "n") {
            negation = true
            j += 1
        }
        guard let width = apostropheWidth(bytes, j) else { return nil }
        j += width
        var letters = 0
        let start = j
        while j < n, isASCIILetter(bytes[j]) {
            letters += 1
            j += 1
        }
        if j < n, isWordStart(bytes, j) { return nil }
        // The letters compared one at a time, in either case (no array of them: this runs for every apostrophe).
        if negation { return letters == 1 && isASCIILower(bytes[start], "t") ? j : nil }
        // Only directly after a word.
        guard i > 0, isWordStart(bytes, i - 1) || bytes[i - 1] == UInt8(ascii: ".") || isPreviousScalarLetter(bytes, i)
        else { return nil }
        switch letters {
        case 1:
            let c = bytes[start]
            return isASCIILower(c, "s") || isASCIILower(c, "d") || isASCIILower(c, "m") ? j : nil
        case 2:
            let (c, d) = (bytes[start], bytes[start + 1])
            let clitic =
                isASCIILower(c, "r") && isASCIILower(d, "e") || isASCIILower(c, "v") && isASCIILower(d, "e")
                || isASCIILower(c, "l") && isASCIILower(d, "l")
            return clitic ? j : nil
        default: return nil
        }
    }

    // MARK: - Character classes

    /// Bits of `byteClasses`: what one byte says on its own.
    enum ByteClass {
        static let upper: UInt8 = 1  // A-Z
        static let lower: UInt8 = 2  // a-z
        static let digit: UInt8 = 4  // 0-9
        /// Space, tab, carriage return, vertical tab, form feed (not the line feed: it counts lines).
        static let space: UInt8 = 8
        static let newline: UInt8 = 16
        /// 0xC0 and above, the first byte of a multi-byte scalar: a space, a format character, a letter or
        /// punctuation, which only the decoded scalar tells.
        static let lead: UInt8 = 32
        /// `n`, `N`, `'` and 0xE2 (the first byte of `’`): a clitic may start there (`n't`, `'s`, `’s`).
        static let cliticStart: UInt8 = 64
        /// `'` and every byte from 0x80: an apostrophe or a non-ASCII letter may go on with a word (`scanWord`).
        static let mayContinueWord: UInt8 = 128
        static let letter = upper | lower
        static let alphanumeric = upper | lower | digit
    }

    /// The `ByteClass` bits of each byte value, built once from the predicates below.
    static let byteClasses: [UInt8] = (0...255).map { (value: Int) -> UInt8 in
        let b = UInt8(value)
        var bits: UInt8 = 0
        if b &- 65 < 26 { bits |= ByteClass.upper }
        if b &- 97 < 26 { bits |= ByteClass.lower }
        if isDigit(b) { bits |= ByteClass.digit }
        if b == 32 || b == 9 || b == 13 || b == 11 || b == 12 { bits |= ByteClass.space }
        if b == 10 { bits |= ByteClass.newline }
        if b >= 0xC0 { bits |= ByteClass.lead }
        if b | 0x20 == UInt8(ascii: "n") || b == UInt8(ascii: "'") || b == 0xE2 { bits |= ByteClass.cliticStart }
        if b == UInt8(ascii: "'") || b >= 0x80 { bits |= ByteClass.mayContinueWord }
        return bits
    }

    /// Where the scalar starting at `i` ends: its lead byte's width, cut at the end of the text (text cut inside a
    /// scalar must not give a token that ends past it).
    @inline(__always) static func scalarEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        min(i + scalarWidth(bytes[i]), bytes.count)
    }

    @inline(__always) static func scalarWidth(_ b: UInt8) -> Int {
        if b < 0x80 { return 1 }
        if b >= 0xF0 { return 4 }
        if b >= 0xE0 { return 3 }
        if b >= 0xC0 { return 2 }
        return 1  // a stray continuation byte counts as one
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 }
    @inline(__always) static func isASCIILower(_ b: UInt8, _ c: Unicode.Scalar) -> Bool {
        b | 0x20 == UInt8(c.value)
    }

    private static func apostropheWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        guard i < bytes.count else { return nil }
        if bytes[i] == UInt8(ascii: "'") { return 1 }
        // U+2019 RIGHT SINGLE QUOTATION MARK, the typographic apostrophe.
        if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 { return 3 }
        return nil
    }

    private static func isPreviousScalarLetter(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        var j = i - 1
        while j > 0, bytes[j] & 0xC0 == 0x80 { j -= 1 }
        return j >= 0 && isWordStart(bytes, j)
    }

    static func isLetter(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        isWordStart(bytes, i) && !isDigit(bytes[i])
    }

    /// A letter or digit: ASCII alphanumerics, and any non-ASCII scalar that is not punctuation, a symbol or space.
    @inline(__always) static func isWordStart(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return isASCIILetter(b) || isDigit(b) }
        if b < 0xC0 { return false }
        let value = decode(bytes, i)
        return !isUnicodePunctuationOrSpace(value)
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt32 {
        let b = bytes[i]
        let n = bytes.count
        func cont(_ k: Int) -> UInt32 { i + k < n ? UInt32(bytes[i + k] & 0x3F) : 0 }
        if b >= 0xF0 { return (UInt32(b & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3) }
        if b >= 0xE0 { return (UInt32(b & 0x0F) << 12) | (cont(1) << 6) | cont(2) }
        if b >= 0xC0 { return (UInt32(b & 0x1F) << 6) | cont(1) }
        return UInt32(b)
    }

    /// White space beyond ASCII (`v` decoded from a lead byte).
    private static func isUnicodeSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x00A0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// Zero-width joiners, directional marks, embeddings and isolates, the word joiner and the Arabic letter
    /// mark (U+200B and U+FEFF are read as spaces).
    static func isInvisibleFormat(_ v: UInt32) -> Bool {
        switch v {
        case 0x061C, 0x200C...0x200F, 0x202A...0x202E, 0x2060, 0x2066...0x2069: return true
        default: return false
        }
    }

    static func isUnicodePunctuationOrSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x00A0...0x00BF: return v != 0x00AA && v != 0x00B5 && v != 0x00BA
        case 0x00D7, 0x00F7: return true
        case 0x02B9...0x02BF: return false  // modifier letters used in transliteration (ʼ ʿ)
        case 0x037E, 0x0387, 0x055A...0x055F, 0x0589, 0x05BE, 0x05C0, 0x05C3, 0x05F3, 0x05F4: return true
        case 0x060C, 0x060D, 0x061B, 0x061F, 0x066A...0x066D, 0x06D4: return true
        case 0x0964, 0x0965, 0x0E4F, 0x0E5A, 0x0E5B, 0x1680: return true
        case 0x2000...0x206F: return true
        case 0x20A0...0x20CF: return true
        case 0x2100...0x2BFF: return true
        case 0x2E00...0x2E7F, 0x3000...0x303F: return true
        case 0xFE10...0xFE1F, 0xFE30...0xFE4F, 0xFEFF: return true
        case 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: return true
        case 0xFFF0...0xFFFF: return true
        case 0x1F000...0x1FAFF: return true
        default: return false
        }
    }

    private static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int {
        var count = 0
        for i in from..<to where bytes[i] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    private static func caseFlags(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Token.Flags {
        var upper = 0
        var lower = 0
        var first = from
        if bytes[first] == UInt8(ascii: "@") || bytes[first] == UInt8(ascii: "#") { first += 1 }
        var firstUpper = false
        var i = first
        while i < to {
            let b = bytes[i]
            if b >= 65 && b <= 90 {
                upper += 1
                if i == first { firstUpper = true }
            } else if b >= 97 && b <= 122 {
                lower += 1
            } else if b >= 0xC0 {
                if let s = Unicode.Scalar(decode(bytes, i)) {
                    if s.properties.isUppercase {
                        upper += 1
                        if i == first { firstUpper = true }
                    } else if s.properties.isLowercase {
                        lower += 1
                    }
                }
            }
            i += 1
        }
        return caseFlags(firstUpper: firstUpper, upper: upper, lower: lower)
    }

    /// The flags of a word whose first letter is upper case or not, with `upper` and `lower` case letters.
    @inline(__always)
    private static func caseFlags(firstUpper: Bool, upper: Int, lower: Int) -> Token.Flags {
        var flags: Token.Flags = []
        if firstUpper { flags.insert(.capitalized) }
        if upper > 0 && lower == 0 { flags.insert(.allCaps) }
        if lower > 0 { flags.insert(.hasLower) }
        return flags
    }
}
