/// Which cues of a clause are about a given mention.
///
/// `mentionTone` weighs the cues of a mention's clause by their distance from it. These rules take away the
/// cues that stand near a name without judging it: the words a speaker reports, the violence a victim
/// suffers, and the name's own words. Each looks at a few tokens around the mention, never the whole sentence.
extension Extractor {
    /// How many tokens may stand between a speaker's name and the reporting verb ("Smith has also said").
    static let speechVerbGap = 3
    /// How long the phrase between a violent act and its victim may be ("the killing of the 18-year-old Smith").
    static let victimPhraseLength = 6

    /// The part of a sentence that reports what the mention says, when the mention is a speaker.
    struct ReportedSpeech {
        /// Tokens before `before` and after `after` are the reported words.
        var before: Int
        var after: Int

        func contains(_ k: Int) -> Bool { k < before || k > after }
    }

    /// What a speaker says is tone toward what they talk about, not toward them: "Smith said the plan was a
    /// disaster" says nothing of Smith. Reads "Smith (also) said ...", "..., Smith said", "..., said Smith" and
    /// "according to Smith". Not when the speaker talks about themself ("Smith said he ...").
    func reportedSpeech(_ doc: Document, _ span: Span, _ sentence: Range<Int>) -> ReportedSpeech? {
        var k = span.end
        while k < sentence.upperBound, k - span.end < Self.speechVerbGap, isVerbFiller(doc, k) { k += 1 }
        if k < sentence.upperBound, grammar.reportingVerbs.contains(doc.tokens[k].lower) {
            if reportsOnSelf(doc, k + 1, sentence) { return nil }
            // `"...," Smith said`: the quote before the name is the speech too.
            let quoted = span.first > sentence.lowerBound && doc.tokens[span.first - 1].kind == .punct
            return ReportedSpeech(before: quoted ? span.first : sentence.lowerBound, after: k)
        }
        guard span.first > sentence.lowerBound else { return nil }
        let previous = doc.tokens[span.first - 1].lower
        // "..., said Smith." or "said Smith, a spokesman": the name closes the clause ("said Smith's plan" does not).
        let closes = span.end == sentence.upperBound || doc.tokens[span.end].kind == .punct
        if closes, grammar.reportingVerbs.contains(previous), !grammar.addresseeVerbs.contains(previous) {
            return ReportedSpeech(before: span.first, after: Int.max)
        }
        if previous == grammar.infinitive, span.first - 2 >= sentence.lowerBound,
            doc.tokens[span.first - 2].lower == grammar.according
        {
            return ReportedSpeech(before: Int.max, after: Int.min)
        }
        return nil
    }

    /// Whether the reported words open with the speaker as subject: "said (that) he", "said she".
    private func reportsOnSelf(_ doc: Document, _ start: Int, _ sentence: Range<Int>) -> Bool {
        var k = start
        while k < sentence.upperBound, k - start < 2,
            doc.tokens[k].lower == grammar.that || (doc.tokens[k].kind == .punct && isClauseEnd(doc, k))
        {
            k += 1
        }
        return k < sentence.upperBound && grammar.selfReference.contains(doc.tokens[k].lower)
    }

    /// An auxiliary or an adverb in a verb group ("has", "also", "repeatedly").
    private func isVerbFiller(_ doc: Document, _ k: Int) -> Bool {
        let token = doc.tokens[k]
        guard token.kind == .word else { return false }
        return grammar.auxiliaries.contains(token.lower) || isAdverb(doc, k)
    }

    /// A word of four letters or more ending in "-ly" ("fatally", "repeatedly").
    private func isAdverb(_ doc: Document, _ k: Int) -> Bool {
        let token = doc.tokens[k]
        guard token.kind == .word, token.byteCount >= 4 else { return false }
        let l = doc.bytes[Int(token.end) - 2] | 0x20
        let y = doc.bytes[Int(token.end) - 1] | 0x20
        return l == UInt8(ascii: "l") && y == UInt8(ascii: "y")
    }

    /// Violence or a death that befalls the mention does not judge it: "the killing of Smith", "killed Smith",
    /// "Smith's death", "Smith was shot", "Smith died". The one who does it keeps the cue ("Smith killed").
    func befalls(_ doc: Document, _ hit: CueHit, _ span: Span) -> Bool {
        let word = doc.tokens[hit.first].lower
        let isDeath = grammar.deathWords.contains(word)
        guard isDeath || harmWords.contains(word) else { return false }
        if hit.first >= span.end {
            let gap = span.end..<hit.first
            if !gap.isEmpty, grammar.possessive.contains(doc.tokens[span.end].lower) { return gap.count <= 2 }
            var passive = false
            for k in gap {
                guard isVerbFiller(doc, k) else { return false }
                if grammar.beForms.contains(doc.tokens[k].lower) { passive = true }
            }
            return passive || isDeath
        }
        guard hit.end <= span.first else { return false }
        let gap = hit.end..<span.first
        guard let opener = gap.first else { return true }
        guard gap.count <= Self.victimPhraseLength else { return false }
        let w = doc.tokens[opener].lower
        guard w == grammar.of || grammar.determiners.contains(w) || grammar.possessiveDeterminers.contains(w) else {
            return false
        }
        return !gap.contains { doc.tokens[$0].kind == .punct && !doc.isPunctuation($0, "-") }
    }
}
