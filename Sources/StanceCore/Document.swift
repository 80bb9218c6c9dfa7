import CPrefetch
import StanceModel

/// A mention in token space while an article is analysed.
struct Span: Sendable {
    var first: Int
    /// Exclusive.
    var end: Int
    var sentence: Int
    var entity: String
    var type: EntityType
    var actor: String
}

/// The working state of one article: its bytes, tokens with ids, sentences and mentions found so far.
struct Document {
    let bytes: UnsafeBufferPointer<UInt8>
    let date: String
    var tokens: [Token]
    var sentences: [Range<Int>]
    var spans: [Span] = []
    /// Per token: index of the span covering it, or -1.
    var spanAt: [Int32]
    /// Per token: true when a role phrase or title covers it (not part of an unknown name).
    var consumed: [Bool]
    /// Token index -> actor named by a title just before it ("Russian Foreign Minister" -> RUS).
    var titleActor: [Int: String] = [:]

    /// `segmented`: whether the tokens are split into sentences and given the per-token tables the mention finder
    /// fills; without it (a headline scored as one sentence) they are one sentence and the tables stay empty.
    init(bytes: UnsafeBufferPointer<UInt8>, date: String, extractor: Extractor, segmented: Bool = true) {
        self.bytes = bytes
        self.date = date
        var tokens = Tokenizer.tokenize(bytes)
        // A lookup's cost is mostly the load of its slot (the vocabularies are larger than the caches): every
        // token's keys are computed first and its slots asked for, then looked up. A token with no ASCII capital is
        // the same bytes in both forms: its exact id comes from its lower one (`Extractor.exactOfLower`, asked for
        // in the same way), one lookup.
        withUnsafeTemporaryAllocation(of: (exact: Vocabulary.Key, lower: Vocabulary.Key, hasCapital: Bool).self, capacity: tokens.count) { keys in
            tokens.withUnsafeMutableBufferPointer { tokens in
                func range(_ k: Int) -> UnsafeBufferPointer<UInt8> {
                    UnsafeBufferPointer(rebasing: bytes[Int(tokens[k].start)..<Int(tokens[k].end)])
                }
                for k in tokens.indices {
                    keys.initializeElement(at: k, to: Vocabulary.keys(in: bytes, Int(tokens[k].start)..<Int(tokens[k].end)))
                    extractor.lower.prefetch(keys[k].lower)
                    if keys[k].hasCapital { extractor.exact.prefetch(keys[k].exact) }
                }
                extractor.exactOfLower.withUnsafeBufferPointer { exactOfLower in
                    for k in tokens.indices {
                        let key = keys[k]
                        let lower = extractor.lower.lookup(range(k), key: key.lower, lowercased: true)
                        tokens[k].lower = lower
                        if key.hasCapital {
                            tokens[k].flags.insert(.asciiCapital)
                            tokens[k].exact = extractor.exact.lookup(range(k), key: key.exact, lowercased: false)
                        } else if lower >= 0 {
                            stancewatch_prefetch(exactOfLower.baseAddress! + Int(lower))
                        }
                    }
                    for k in tokens.indices where !keys[k].hasCapital {
                        let lower = tokens[k].lower
                        tokens[k].exact = lower < 0 ? -1 : exactOfLower[Int(lower)]
                    }
                }
            }
        }
        self.tokens = tokens
        guard segmented else {
            sentences = tokens.isEmpty ? [] : [0..<tokens.count]
            spanAt = []
            consumed = []
            return
        }
        self.sentences = SentenceSplitter.split(tokens, bytes)
        spans.reserveCapacity(16)
        self.spanAt = Array(repeating: -1, count: tokens.count)
        self.consumed = Array(repeating: false, count: tokens.count)
    }

    func text(_ first: Int, _ end: Int) -> String {
        guard first < end else { return "" }
        return String(decoding: bytes[Int(tokens[first].start)..<Int(tokens[end - 1].end)], as: UTF8.self)
    }

    func text(of token: Int) -> String { text(token, token + 1) }

    /// `text(first, end).lowercased()`, built in one pass when the text is ASCII (a cue's text, for every cue).
    func lowercasedText(_ first: Int, _ end: Int) -> String {
        guard first < end else { return "" }
        let bytes = UnsafeBufferPointer(rebasing: self.bytes[Int(tokens[first].start)..<Int(tokens[end - 1].end)])
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return String(decoding: bytes, as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            for (k, b) in bytes.enumerated() { out[k] = b >= 65 && b <= 90 ? b + 32 : b }
            return bytes.count
        }
    }

    /// Whether token `k`'s bytes end with `suffix` (an ASCII literal; its first letter never joins the character
    /// before it, so this is `text(of: k).hasSuffix(suffix)` without building the string).
    func token(_ k: Int, endsWith suffix: StaticString) -> Bool {
        let start = Int(tokens[k].start)
        let end = Int(tokens[k].end)
        let n = suffix.utf8CodeUnitCount
        guard end - start >= n else { return false }
        let tail = suffix.utf8Start
        for i in 0..<n where bytes[end - n + i] != tail[i] { return false }
        return true
    }

    /// Whether token `k` is the punctuation mark `mark` (ASCII).
    func isPunctuation(_ k: Int, _ mark: Unicode.Scalar) -> Bool {
        tokens[k].kind == .punct && bytes[Int(tokens[k].start)] == UInt8(ascii: mark)
    }

    mutating func addSpan(_ span: Span) {
        let index = Int32(spans.count)
        spans.append(span)
        for k in span.first..<span.end { spanAt[k] = index }
    }

    /// Whether the sentence has letters but no lower-case letter (a headline in capitals).
    func isAllCaps(_ sentence: Range<Int>) -> Bool {
        var letters = 0
        for k in sentence where tokens[k].kind == .word {
            if tokens[k].flags.contains(.hasLower) { return false }
            if tokens[k].flags.contains(.allCaps) { letters += 1 }
        }
        return letters >= 2
    }
}
