/// Finds sentence boundaries in a token stream.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets) when the next token starts
/// after white space with a capital, a digit or an opening quote, unless the word before the dot is an
/// abbreviation or an initial. Paragraph starts (a blank or indented line) and line breaks after a line with no
/// lower-case letters (headlines, datelines) also end a sentence.
enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt", "sgt", "adm",
        "prof", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "pres", "gov", "fig", "approx", "est",
        "rev", "hon", "dept", "univ", "assn", "bros", "nos", "op", "vol", "cf",
    ]

    /// Returns the token ranges of the sentences.
    static func split(_ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        sentences.reserveCapacity(tokens.count / 16 + 2)  // news sentences run 20 to 30 tokens
        var start = 0
        var lineHasLower = false
        var lineTokens = 0
        var i = 0
        let n = tokens.count
        func close(at end: Int) {
            if end > start { sentences.append(start..<end) }
            start = end
        }
        while i < n {
            let token = tokens[i]
            if token.flags.contains(.newlineBefore) {
                if i > start && (token.flags.contains(.paragraphBefore) || (lineTokens > 0 && !lineHasLower)) {
                    close(at: i)
                }
                lineHasLower = false
                lineTokens = 0
            }
            lineTokens += 1
            if token.flags.contains(.hasLower) { lineHasLower = true }
            if token.kind == .punct && isTerminal(bytes, token) {
                var j = i + 1
                while j < n, tokens[j].kind == .punct, !tokens[j].flags.contains(.spaceBefore),
                    isCloser(bytes, tokens[j]) || isTerminal(bytes, tokens[j])
                {
                    j += 1
                }
                if j >= n {
                    i = j
                    continue
                }
                let next = tokens[j]
                if next.flags.contains(.spaceBefore), startsSentence(bytes, next), !isAbbreviation(tokens, i, bytes)
                {
                    close(at: j)
                    if next.flags.contains(.newlineBefore) {
                        lineHasLower = false
                        lineTokens = 0
                    }
                    i = j
                    continue
                }
            }
            i += 1
        }
        close(at: n)
        return sentences
    }

    private static func isTerminal(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        let b = bytes[Int(token.start)]
        if token.byteCount == 1 { return b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") }
        let v = Tokenizer.decode(bytes, Int(token.start))
        return v == 0x2026 || v == 0x3002 || v == 0xFF01 || v == 0xFF1F || v == 0x061F || v == 0x06D4
    }

    private static func isCloser(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        let v = Tokenizer.decode(bytes, Int(token.start))
        return v == 0x22 || v == 0x27 || v == 0x29 || v == 0x5D || v == 0x2019 || v == 0x201D || v == 0xBB
    }

    private static func startsSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        if token.flags.contains(.capitalized) || token.kind == .number || token.kind == .handle { return true }
        if token.kind == .punct {
            let v = Tokenizer.decode(bytes, Int(token.start))
            return v == 0x22 || v == 0x27 || v == 0x28 || v == 0x5B || v == 0x2018 || v == 0x201C || v == 0xAB
                || v == 0x2014 || v == 0x2013 || v == 0x2D
        }
        return false
    }

    private static func isAbbreviation(_ tokens: [Token], _ dot: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard dot > 0, bytes[Int(tokens[dot].start)] == UInt8(ascii: ".") else { return false }
        let word = tokens[dot - 1]
        guard word.kind == .word, word.end == tokens[dot].start else { return false }
        let count = word.byteCount
        // An initial: one capital letter (`George W. Bush`).
        if count == 1, word.flags.contains(.capitalized) { return true }
        guard count <= 6 else { return false }
        var lower = ""
        for k in Int(word.start)..<Int(word.end) { lower.unicodeScalars.append(Unicode.Scalar(bytes[k] | 0x20)) }
        return abbreviations.contains(lower)
    }
}
