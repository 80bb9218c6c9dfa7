import StanceModel

extension Extractor {
    /// Analyses one article: mentions, sentence tones with their cues, tone toward each mention, stances.
    /// Pure: text in, analysis out.
    /// `memo` (one per thread) keeps the name tagger's per-word sums from article to article: the same results,
    /// sooner.
    public func analyze(_ article: Article, memo: NameTaggerMemo? = nil) -> ArticleAnalysis {
        var text = article.text
        return text.withUTF8 { bytes in analyze(article, bytes, memo ?? NameTaggerMemo()) }
    }

    private func analyze(_ article: Article, _ bytes: UnsafeBufferPointer<UInt8>, _ memo: NameTaggerMemo) -> ArticleAnalysis {
        var doc = Document(bytes: bytes, date: article.date, extractor: self)
        findMentions(&doc, memo: memo)
        var sentences: [SentenceTone] = []
        var stances: [Stance] = []
        var mentions: [Mention] = []
        sentences.reserveCapacity(doc.sentences.count)
        var positiveTokens = 0
        var negativeTokens = 0
        var toneSum = 0.0
        var spanCursor = 0
        var clauses = ClauseBounds(offset: 0)
        for (s, range) in doc.sentences.enumerated() {
            let hits = scoreCues(doc, range)
            let sum = hits.reduce(0) { $0 + $1.score }
            let tone = Self.normalize(sum)
            toneSum += tone
            for hit in hits {
                if hit.score > 0 { positiveTokens += wordCount(doc, hit.first, hit.end) }
                if hit.score < 0 { negativeTokens += wordCount(doc, hit.first, hit.end) }
            }
            sentences.append(
                SentenceTone(
                    index: s, start: Int(doc.tokens[range.lowerBound].scalarStart),
                    end: Int(doc.tokens[range.upperBound - 1].scalarEnd), tone: tone,
                    cues: hits.map { Cue(text: $0.text, score: $0.score) }))
            // The clause bounds only matter to the tone of a mention: not worked out for a sentence without one.
            let hasMention = spanCursor < doc.spans.count && doc.spans[spanCursor].first < range.upperBound
            if hasMention { clauseBounds(doc, range, into: &clauses) }
            while spanCursor < doc.spans.count, doc.spans[spanCursor].first < range.upperBound {
                let span = doc.spans[spanCursor]
                mentions.append(
                    Mention(
                        sentence: s, start: Int(doc.tokens[span.first].scalarStart),
                        end: Int(doc.tokens[span.end - 1].scalarEnd), text: doc.text(span.first, span.end),
                        entity: span.entity, type: span.type, actor: span.actor,
                        tone: mentionTone(doc, span, hits, clauses)))
                spanCursor += 1
            }
            stances += codeStances(doc, s, range)
        }
        var toneCount = Double(sentences.count)
        if !article.title.isEmpty {
            toneSum += titleTone(article.title)
            toneCount += 1
        }
        let words = doc.tokens.reduce(0) { $0 + ($1.kind == .punct ? 0 : 1) }
        let percent = { (n: Int) in words == 0 ? 0 : Double(n) * 100 / Double(words) }
        return ArticleAnalysis(
            article: article, tokens: words, sentences: sentences, mentions: mentions, stances: stances,
            tone: toneCount == 0 ? 0 : toneSum / toneCount, positive: percent(positiveTokens),
            negative: percent(negativeTokens))
    }

    /// The tone of a headline, read as one sentence.
    private func titleTone(_ title: String) -> Double {
        var text = title
        return text.withUTF8 { bytes in
            let doc = Document(bytes: bytes, date: "", extractor: self, segmented: false)
            guard !doc.tokens.isEmpty else { return 0 }
            return Self.normalize(scoreCues(doc, 0..<doc.tokens.count).reduce(0) { $0 + $1.score })
        }
    }

    private func wordCount(_ doc: Document, _ first: Int, _ end: Int) -> Int {
        (first..<end).reduce(0) { $0 + (doc.tokens[$1].kind == .punct ? 0 : 1) }
    }

    /// The sentence text with runs of white space folded to one space (hard-wrapped wire copy reads as one line).
    func evidence(_ doc: Document, _ range: Range<Int>) -> String {
        // Written in place: the tokens with one space where white space stood, never longer than the text they
        // span (a space before a token stands for at least one byte of white space).
        let span = Int(doc.tokens[range.upperBound - 1].end - doc.tokens[range.lowerBound].start)
        return String(unsafeUninitializedCapacity: span) { out in
            var n = 0
            for k in range {
                let token = doc.tokens[k]
                let space = k > range.lowerBound && token.flags.contains(.spaceBefore)
                // Never taken (see above); it keeps the writes inside the buffer whatever the tokens.
                guard n + (space ? 1 : 0) + token.byteCount <= span else { break }
                if space {
                    out[n] = 32
                    n += 1
                }
                let bytes = UnsafeBufferPointer(rebasing: doc.bytes[Int(token.start)..<Int(token.end)])
                _ = UnsafeMutableBufferPointer(rebasing: out[n..<(n + bytes.count)]).initialize(fromContentsOf: bytes)
                n += bytes.count
            }
            return n
        }
    }
}
