import StanceLexicon
import StanceModel

/// A cue found in a sentence, in token space, with its score after the rules.
struct CueHit {
    var first: Int
    var end: Int
    var text: String
    var score: Double
}

/// Sentence tone from the cue lexicon and a few named rules.
///
/// Each rule is a small function with its weight and the reason for it. Weights of the modifier words come
/// from `modifiers.tsv`; the constants here say where they come from.
extension Extractor {
    /// Normalisation of a sum of cue scores into [-1, 1]: `x / sqrt(x² + alpha)`. With alpha 8 one clear cue
    /// (valence 2) gives 0.58 and two give 0.82: a sentence needs several strong cues to approach 1.
    static let toneAlpha = 8.0
    /// How far back a negator reaches: three tokens covers "did not strongly condemn" and "never fully".
    static let negationScope = 3
    /// How far back an intensifier or dampener reaches: the next word or the one after ("very deeply").
    static let intensifierScope = 2
    /// A question is not an assertion: its cues count for less (rhetorical questions are read at face value).
    static let questionWeight = 0.8
    /// Distance (in tokens) at which a cue counts half toward a mention.
    static let targetDistanceScale = 3.0
    /// Weighted cue sums below this are neutral toward the mention (about one mild cue at a distance).
    static let targetNeutralBelow = 0.4
    /// Cues further than this many tokens from a mention are not counted toward it (their weight would be under
    /// a tenth); the bound keeps a sentence of thousands of names and cues linear.
    static let targetReach = 30

    static func normalize(_ x: Double) -> Double {
        x == 0 ? 0 : x / (x * x + toneAlpha).squareRoot()
    }

    /// The cues of the tokens in `range` with their scores after negation, intensity, contrast and hedges.
    func scoreCues(_ doc: Document, _ range: Range<Int>) -> [CueHit] {
        var hits: [CueHit] = []
        var i = range.lowerBound
        var contrastAt: Int?
        var concessionOpen: Int?
        var concessionRanges: [Range<Int>] = []
        var hedge = 1.0
        var usedNegator = -1
        while i < range.upperBound {
            let token = doc.tokens[i]
            if let modifier = modifiers[token.lower] {
                switch modifier.kind {
                case .contrast where i > range.lowerBound: contrastAt = i
                case .concession: concessionOpen = i
                case .hedge, .condition: hedge = min(hedge, modifier.weight)
                default: break
                }
            }
            if let open = concessionOpen, token.kind == .punct, isClauseEnd(doc, i) {
                concessionRanges.append(open..<i)
                concessionOpen = nil
            }
            guard let (payload, end) = cues.longestMatch(at: i, limit: range.upperBound, tokens: doc.tokens)
            else {
                i += 1
                continue
            }
            var score = cueValues[Int(payload)]
            score = applyIntensity(doc, i, range, score)
            score = applyNegation(doc, i, range, score, &usedNegator)
            hits.append(CueHit(first: i, end: end, text: doc.lowercasedText(i, end), score: score))
            i = end
        }
        if let open = concessionOpen { concessionRanges.append(open..<range.upperBound) }
        applyContrast(&hits, contrastAt)
        applyConcession(&hits, concessionRanges)
        let question = isQuestion(doc, range) ? Self.questionWeight : 1
        for k in hits.indices { hits[k].score *= hedge * question }
        return hits
    }

    /// Intensifiers raise and dampeners lower the next cue by their weight ("deeply concerned").
    private func applyIntensity(_ doc: Document, _ i: Int, _ range: Range<Int>, _ score: Double) -> Double {
        var k = i - 1
        var factor = 1.0
        while k >= range.lowerBound, i - k <= Self.intensifierScope {
            if let m = modifiers[doc.tokens[k].lower], m.kind == .intensifier || m.kind == .dampener {
                factor += m.weight
            } else if doc.tokens[k].kind == .punct {
                break
            }
            k -= 1
        }
        return score * factor
    }

    /// A negator within the scope before a cue flips and weakens it ("not a success", "refused to help"). It
    /// negates the first cue after it only: in "not guilty of murder" the murder is not negated.
    private func applyNegation(
        _ doc: Document, _ i: Int, _ range: Range<Int>, _ score: Double, _ usedNegator: inout Int
    ) -> Double {
        var k = i - 1
        while k >= range.lowerBound, i - k <= Self.negationScope {
            let token = doc.tokens[k]
            if token.kind == .punct { break }
            if let m = modifiers[token.lower], m.kind == .negator {
                // "not only ... but" and "no doubt" are not negations.
                if k + 1 < i, grammar.notNegating.contains(doc.tokens[k + 1].lower) { return score }
                if k == usedNegator { return score }
                usedNegator = k
                return score * m.weight
            }
            k -= 1
        }
        return score
    }

    /// After "but"/"however" the speaker's point follows: the clause after counts 1.5, the one before 0.5.
    private func applyContrast(_ hits: inout [CueHit], _ contrastAt: Int?) {
        guard let at = contrastAt else { return }
        let weight = contrastWeight
        for k in hits.indices { hits[k].score *= hits[k].first > at ? weight : 0.5 }
    }

    /// A conceded clause ("although talks resumed, ...") counts half.
    private func applyConcession(_ hits: inout [CueHit], _ ranges: [Range<Int>]) {
        guard !ranges.isEmpty else { return }
        let weight = concessionWeight
        for k in hits.indices where ranges.contains(where: { $0.contains(hits[k].first) }) { hits[k].score *= weight }
    }

    func isClauseEnd(_ doc: Document, _ k: Int) -> Bool {
        let b = doc.bytes[Int(doc.tokens[k].start)]
        return b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":")
    }

    private func isQuestion(_ doc: Document, _ range: Range<Int>) -> Bool {
        var k = range.upperBound - 1
        while k >= range.lowerBound, doc.tokens[k].kind == .punct {
            if doc.bytes[Int(doc.tokens[k].start)] == UInt8(ascii: "?") { return true }
            k -= 1
        }
        return false
    }

    /// Tone toward each mention: the cues of the clause the mention stands in, not the whole sentence, each
    /// weighted down with its distance from the mention (a cue next to a name says more about it than one at
    /// the other end of the clause). A weak total is read as neutral: most names in news are mentioned, not judged.
    /// Cues that are not about the mention do not count (`TargetRoles.swift`): the words it reports as a
    /// speaker, violence it suffers, and its own words (the name "Burns" is not a cue toward Burns).
    func mentionTone(_ doc: Document, _ span: Span, _ hits: [CueHit], _ clauses: ClauseBounds) -> Double {
        let lo = max(clauses.start(of: span.first), span.first - Self.targetReach)
        let hi = min(clauses.end(of: span.end - 1), span.end + Self.targetReach)
        let speech = reportedSpeech(doc, span, clauses.sentence)
        var sum = 0.0
        // The hits are in text order: start at the first one in reach.
        var low = 0
        var high = hits.count
        while low < high {
            let mid = (low + high) / 2
            if hits[mid].first < lo { low = mid + 1 } else { high = mid }
        }
        for hit in hits[low...] {
            if hit.first >= hi { break }
            if hit.first < span.end && span.first < hit.end { continue }
            if let speech, speech.contains(hit.first) { continue }
            if befalls(doc, hit, span) { continue }
            let distance = hit.first >= span.end ? hit.first - span.end : max(0, span.first - hit.end)
            sum += hit.score / (1 + Double(distance) / Self.targetDistanceScale)
        }
        return abs(sum) < Self.targetNeutralBelow ? 0 : Self.normalize(sum)
    }

    /// The clause around each token of a sentence, found in one pass (a sentence of 100,000 names must not
    /// cost a scan per name).
    struct ClauseBounds {
        var offset: Int
        /// The sentence's token count: `starts` and `ends` hold its tokens first (their storage only grows, reused
        /// from sentence to sentence).
        var count = 0
        var starts: [Int32] = []
        var ends: [Int32] = []

        var sentence: Range<Int> { offset..<offset + count }

        func start(of k: Int) -> Int { Int(starts[k - offset]) }
        func end(of k: Int) -> Int { Int(ends[k - offset]) }
    }

    /// The clause bounds of the sentence's tokens, in `bounds` (its storage reused from sentence to sentence).
    func clauseBounds(_ doc: Document, _ sentence: Range<Int>, into bounds: inout ClauseBounds) {
        let n = sentence.count
        let first = sentence.lowerBound
        bounds.offset = first
        bounds.count = n
        bounds.starts.grow(to: n, filling: 0)
        bounds.ends.grow(to: n, filling: 0)
        bounds.starts.withUnsafeMutableBufferPointer { starts in
            bounds.ends.withUnsafeMutableBufferPointer { ends in
                // `ends` first marks the boundaries (each token tested once), then holds each token's clause end.
                for i in 0..<n { ends[i] = isClauseBoundary(doc, first + i) ? 1 : 0 }
                var start = first
                for i in 0..<n {
                    if i > 0, ends[i - 1] != 0 { start = first + i }
                    starts[i] = Int32(start)
                }
                var end = sentence.upperBound
                for i in stride(from: n - 1, through: 0, by: -1) {
                    if ends[i] != 0 { end = first + i }
                    ends[i] = Int32(end)
                }
            }
        }
    }

    func isClauseBoundary(_ doc: Document, _ k: Int) -> Bool {
        let token = doc.tokens[k]
        if token.kind == .punct {
            let b = doc.bytes[Int(token.start)]
            if b == UInt8(ascii: ";") || b == UInt8(ascii: ":") || b == UInt8(ascii: "(") || b == UInt8(ascii: ")") {
                return true
            }
            let v = Tokenizer.decode(doc.bytes, Int(token.start))
            return v == 0x2014 || v == 0x2013
        }
        return grammar.clauseBreakers.contains(token.lower)
    }
}

