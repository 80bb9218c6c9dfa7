import StanceLexicon
import StanceModel

/// Codes who does or says what toward whom, from pattern matches and a light clause analysis (no parser).
///
/// For each pattern match (the trigger) in a sentence with an actor: the source is the subject (the nearest
/// name before the verb group that is not inside a prepositional phrase, or the agent of a passive, or the
/// speaker of a quote, or the actor a pronoun points back to); the target is the first other actor after the
/// trigger in its clause. Coordinated names give one stance each ("A and B met" is consult both ways).
/// Modality comes from negators, conditions and modals before the trigger.
extension Extractor {
    struct Trigger {
        var first: Int
        var end: Int
        var pattern: Int
        var source: [Int] = []
    }

    func codeStances(_ doc: Document, _ s: Int, _ sentence: Range<Int>, evidence: String) -> [Stance] {
        // Only sentences with an actor are tried (the cheap test first).
        let spanIndices = spans(in: sentence, doc)
        guard !spanIndices.isEmpty || hasPronoun(doc, sentence) else { return [] }
        var triggers: [Trigger] = []
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            if doc.spanAt[i] < 0,
                let (payload, end) = patterns.longestMatch(at: i, limit: sentence.upperBound, id: { doc.tokens[$0].lower })
            {
                triggers.append(Trigger(first: i, end: end, pattern: Int(payload)))
                i = end
            } else {
                i += 1
            }
        }
        guard !triggers.isEmpty else { return [] }
        var stances: [Stance] = []
        for t in triggers.indices {
            let entry = patternInfo[triggers[t].pattern]
            var sources: [Int]
            var targets: [Int]
            if entry.kind == .noun {
                (sources, targets) = nounRoles(doc, sentence, triggers[t])
            } else {
                (sources, targets) = verbRoles(doc, sentence, triggers, t)
            }
            if sources.isEmpty { continue }
            triggers[t].source = sources
            let modality = self.modality(doc, sentence, triggers[t])
            let cue = doc.text(triggers[t].first, triggers[t].end)
            func add(_ source: Int, _ target: Int?) {
                let src = doc.spans[source]
                let tgt = target.map { doc.spans[$0] }
                // A stance needs a source actor; a target of the same state is fine when it is another entity
                // ("Iranian authorities pressured workers in Tehran"), not the source named twice.
                guard !src.actor.isEmpty, tgt == nil || tgt!.entity != src.entity else { return }
                stances.append(
                    Stance(
                        sentence: s, sourceEntity: src.entity, sourceActor: src.actor,
                        targetEntity: tgt?.entity ?? "", targetActor: tgt?.actor ?? "", root: entry.root,
                        modality: modality, cue: cue, evidence: evidence))
            }
            if targets.isEmpty && entry.root.code == 4 && sources.count > 1 {
                // "A and B held talks": consult both ways.
                for a in sources { for b in sources where doc.spans[a].actor != doc.spans[b].actor { add(a, b) } }
            } else if targets.isEmpty {
                for a in sources { add(a, nil) }
            } else {
                for a in sources { for b in targets { add(a, b) } }
            }
        }
        return prune(stances)
    }

    /// Drops duplicates, and bare statements (01) where the sentence codes something more specific.
    private func prune(_ stances: [Stance]) -> [Stance] {
        let specific = stances.contains { $0.root.code != 1 }
        var seen = Set<String>()
        var out: [Stance] = []
        for stance in stances where !(specific && stance.root.code == 1) {
            let key = "\(stance.sourceActor)|\(stance.sourceEntity)|\(stance.targetActor)|\(stance.targetEntity)|\(stance.root.code)|\(stance.modality)"
            if seen.insert(key).inserted { out.append(stance) }
        }
        return out
    }

    /// The mentions with an actor in the sentence (through the token -> span table: no scan of all spans).
    private func spans(in sentence: Range<Int>, _ doc: Document) -> [Int] {
        var out: [Int] = []
        var k = sentence.lowerBound
        while k < sentence.upperBound {
            let index = doc.spanAt[k]
            if index >= 0 {
                if !doc.spans[Int(index)].actor.isEmpty { out.append(Int(index)) }
                k = doc.spans[Int(index)].end
            } else {
                k += 1
            }
        }
        return out
    }

    private func hasPronoun(_ doc: Document, _ sentence: Range<Int>) -> Bool {
        sentence.contains { grammar.pronouns.contains(doc.tokens[$0].lower) || grammar.bothLeaders.contains(doc.tokens[$0].lower) }
    }

    // MARK: - Verb triggers

    private func verbRoles(_ doc: Document, _ sentence: Range<Int>, _ triggers: [Trigger], _ t: Int) -> ([Int], [Int]) {
        let trigger = triggers[t]
        // Passive: "was annexed by Russia", "were attacked by militants".
        if let agent = passiveAgent(doc, sentence, trigger) {
            let subject = subjectBefore(doc, sentence, trigger.first, stopAt: sentence.lowerBound)
            return ([agent], subject.map { [$0] } ?? [])
        }
        let previousEnd = t > 0 ? triggers[t - 1].end : sentence.lowerBound
        var sources: [Int] = []
        if let subject = subjectBefore(doc, sentence, trigger.first, stopAt: sentence.lowerBound) {
            let span = doc.spans[subject]
            if t > 0, span.first >= previousEnd, !directlyPrecedes(doc, span.end, trigger.first), !triggers[t - 1].source.isEmpty {
                // "X condemned Y and urged Z": Y is the object of the first verb; X is the subject of both.
                sources = triggers[t - 1].source
            } else {
                sources = coordinated(doc, sentence, subject)
            }
        } else if let pronoun = pronounBefore(doc, sentence, trigger.first) {
            sources = pronoun
        } else if let speaker = speaker(doc, sentence, after: trigger.end) {
            sources = [speaker]
        }
        let targets = objectsAfter(doc, sentence, trigger.end, excluding: Set(sources.map { doc.spans[$0].entity }))
        return (sources, targets)
    }

    /// Whether only auxiliaries, adverbs, negators or punctuation-free filler stand between `from` and `to`.
    private func directlyPrecedes(_ doc: Document, _ from: Int, _ to: Int) -> Bool {
        var k = from
        while k < to {
            let token = doc.tokens[k]
            if grammar.auxiliaries.contains(token.lower) || grammar.possessive.contains(token.lower)
                || wordClass[token.lower] == "adv" || token.kind == .word && to - k <= 1
            {
                k += 1
                continue
            }
            return false
        }
        return true
    }

    /// The nearest name before `position` with an actor that is not inside a prepositional phrase.
    func subjectBefore(_ doc: Document, _ sentence: Range<Int>, _ position: Int, stopAt: Int) -> Int? {
        var k = position - 1
        var fallback: Int?
        while k >= stopAt {
            let index = doc.spanAt[k]
            if index >= 0 {
                let span = doc.spans[Int(index)]
                k = span.first
                if !span.actor.isEmpty {
                    let before = span.first - 1
                    let inPhrase = before >= sentence.lowerBound && grammar.prepositions.contains(doc.tokens[before].lower)
                        && doc.tokens[before].lower != grammar.by
                    if !inPhrase && !isPossessor(doc, span) { return Int(index) }
                    if fallback == nil && !inPhrase { fallback = Int(index) }
                }
            }
            k -= 1
        }
        return fallback
    }

    /// "Ukraine's foreign minister": the possessor is not the subject when a person follows.
    private func isPossessor(_ doc: Document, _ span: Span) -> Bool {
        guard span.end < doc.tokens.count, grammar.possessive.contains(doc.tokens[span.end].lower) else { return false }
        let next = span.end + 1
        return next < doc.tokens.count && doc.spanAt[next] >= 0 && doc.spans[Int(doc.spanAt[next])].type == .person
    }

    /// The subject and names joined to it by "and" or commas ("Biden and Putin", "France, Germany and Italy").
    private func coordinated(_ doc: Document, _ sentence: Range<Int>, _ subject: Int) -> [Int] {
        var result = [subject]
        var k = doc.spans[subject].first - 1
        while k >= sentence.lowerBound {
            let token = doc.tokens[k]
            let isJoin = grammar.and.contains(token.lower) || (token.kind == .punct && doc.bytes[Int(token.start)] == UInt8(ascii: ","))
            guard isJoin, k - 1 >= sentence.lowerBound, doc.spanAt[k - 1] >= 0 else { break }
            let index = Int(doc.spanAt[k - 1])
            if doc.spans[index].actor.isEmpty { break }
            result.insert(index, at: 0)
            k = doc.spans[index].first - 1
        }
        return result
    }

    private func passiveAgent(_ doc: Document, _ sentence: Range<Int>, _ trigger: Trigger) -> Int? {
        var k = trigger.first - 1
        var sawBe = false
        while k >= sentence.lowerBound, trigger.first - k <= 3 {
            if grammar.beForms.contains(doc.tokens[k].lower) { sawBe = true; break }
            k -= 1
        }
        guard sawBe else { return nil }
        var j = trigger.end
        while j < sentence.upperBound, j - trigger.end <= 4 {
            if doc.tokens[j].lower == grammar.by, j + 1 < sentence.upperBound {
                var m = j + 1
                while m < sentence.upperBound, grammar.determiners.contains(doc.tokens[m].lower) { m += 1 }
                if m < sentence.upperBound, doc.spanAt[m] >= 0, !doc.spans[Int(doc.spanAt[m])].actor.isEmpty {
                    return Int(doc.spanAt[m])
                }
                return nil
            }
            j += 1
        }
        return nil
    }

    /// Names with an actor after the trigger, in its clause: the first, and those coordinated with it.
    private func objectsAfter(_ doc: Document, _ sentence: Range<Int>, _ from: Int, excluding: Set<String>) -> [Int] {
        var k = from
        var result: [Int] = []
        var lastEnd = -1
        while k < sentence.upperBound {
            let token = doc.tokens[k]
            if doc.spanAt[k] < 0 && (isClauseBoundary(doc, k) || grammar.speechVerbs.contains(token.lower)
                || (token.kind == .punct && isClosingQuote(doc, k)))
            {
                break
            }
            let index = doc.spanAt[k]
            if index >= 0 {
                let span = doc.spans[Int(index)]
                k = span.end
                if span.actor.isEmpty || excluding.contains(span.entity) { continue }
                if isPossessor(doc, span) { continue }
                if result.isEmpty || isCoordination(doc, lastEnd, span.first) {
                    result.append(Int(index))
                    lastEnd = span.end
                    continue
                }
                break
            }
            k += 1
        }
        return result
    }

    private func isCoordination(_ doc: Document, _ from: Int, _ to: Int) -> Bool {
        guard from >= 0, to > from, to - from <= 2 else { return false }
        for k in from..<to {
            let token = doc.tokens[k]
            let comma = token.kind == .punct && doc.bytes[Int(token.start)] == UInt8(ascii: ",")
            if !(grammar.and.contains(token.lower) || comma || grammar.determiners.contains(token.lower)) { return false }
        }
        return true
    }

    private func isClosingQuote(_ doc: Document, _ k: Int) -> Bool {
        let v = Tokenizer.decode(doc.bytes, Int(doc.tokens[k].start))
        return v == 0x201D || (v == 0x22 && !doc.tokens[k].flags.contains(.spaceBefore))
    }

    /// "he", "it", "they", "the two leaders" before the trigger: the actors mentioned just before.
    private func pronounBefore(_ doc: Document, _ sentence: Range<Int>, _ position: Int) -> [Int]? {
        var k = position - 1
        while k >= sentence.lowerBound, position - k <= 4 {
            let word = doc.tokens[k].lower
            if grammar.bothLeaders.contains(word) { return lastActors(doc, before: sentence.lowerBound, count: 2) }
            if grammar.personPronouns.contains(word) {
                return lastActors(doc, before: sentence.lowerBound, count: 1, type: .person)
            }
            if grammar.thingPronouns.contains(word) { return lastActors(doc, before: sentence.lowerBound, count: 1) }
            k -= 1
        }
        return nil
    }

    private func lastActors(_ doc: Document, before: Int, count: Int, type: EntityType? = nil) -> [Int]? {
        var result: [Int] = []
        var actors = Set<String>()
        for index in doc.spans.indices.reversed() where doc.spans[index].first < before {
            let span = doc.spans[index]
            guard !span.actor.isEmpty, type == nil || span.type == type else { continue }
            if actors.insert(span.actor).inserted { result.insert(index, at: 0) }
            if result.count == count { return result }
        }
        return result.isEmpty || result.count < count && count > 1 ? (result.isEmpty ? nil : result) : result
    }

    /// `“...,” the White House said` / `said the ministry`: the name next to a speech verb after the trigger.
    private func speaker(_ doc: Document, _ sentence: Range<Int>, after: Int) -> Int? {
        var k = after
        while k < sentence.upperBound {
            if grammar.speechVerbs.contains(doc.tokens[k].lower) {
                if let s = subjectBefore(doc, sentence, k, stopAt: max(after, k - 5)) { return s }
                var m = k + 1
                while m < sentence.upperBound, grammar.determiners.contains(doc.tokens[m].lower) { m += 1 }
                if m < sentence.upperBound, doc.spanAt[m] >= 0, !doc.spans[Int(doc.spanAt[m])].actor.isEmpty {
                    return Int(doc.spanAt[m])
                }
            }
            k += 1
        }
        return nil
    }

    // MARK: - Noun triggers

    /// "Washington's support for Kyiv", "the Russian invasion of Ukraine", "sanctions against Iran by the EU",
    /// "the deployment of 100,000 Russian troops near the border with Ukraine".
    private func nounRoles(_ doc: Document, _ sentence: Range<Int>, _ trigger: Trigger) -> ([Int], [Int]) {
        var source: Int?
        var k = trigger.first - 1
        while k >= sentence.lowerBound, trigger.first - k <= 3 {
            let word = doc.tokens[k].lower
            if doc.spanAt[k] >= 0 {
                let span = doc.spans[Int(doc.spanAt[k])]
                if !span.actor.isEmpty { source = Int(doc.spanAt[k]) }
                break
            }
            if !(grammar.possessive.contains(word) || wordClass[word] == "adj" || wordClass[word] == "noun") { break }
            k -= 1
        }
        var targets: [Int] = []
        var j = trigger.end
        var afterPreposition = false
        while j < sentence.upperBound, j - trigger.end <= 12 {
            let token = doc.tokens[j]
            if doc.spanAt[j] < 0 && isClauseBoundary(doc, j) { break }
            if grammar.prepositions.contains(token.lower) { afterPreposition = true }
            if doc.spanAt[j] >= 0 {
                let index = Int(doc.spanAt[j])
                let span = doc.spans[index]
                j = span.end
                if span.actor.isEmpty { continue }
                if token.lower == grammar.by || (j - span.end == 0 && doc.tokens[max(span.first - 1, 0)].lower == grammar.by) {
                    if source == nil { source = index; continue }
                }
                if source == nil && span.type == .group {
                    source = index  // "deployment of Russian troops"
                    continue
                }
                if let s = source, doc.spans[s].entity == span.entity { continue }
                if afterPreposition || source != nil { targets.append(index); break }
                continue
            }
            j += 1
        }
        if source == nil { source = subjectBefore(doc, sentence, trigger.first, stopAt: sentence.lowerBound) }
        return (source.map { [$0] } ?? [], targets)
    }

    // MARK: - Modality

    func modality(_ doc: Document, _ sentence: Range<Int>, _ trigger: Trigger) -> Modality {
        var k = trigger.first - 1
        var modality = Modality.asserted
        while k >= sentence.lowerBound, trigger.first - k <= 3 {
            let token = doc.tokens[k]
            if token.kind == .punct || doc.spanAt[k] >= 0 { break }
            if grammar.negators.contains(token.lower) { return .negated }
            if grammar.modals.contains(token.lower) { modality = .hypothetical }
            k -= 1
        }
        // Inside an "if"/"unless" clause.
        k = trigger.first - 1
        while k >= sentence.lowerBound {
            let token = doc.tokens[k]
            if isClauseEnd(doc, k) { break }
            if grammar.conditions.contains(token.lower), token.lower != grammar.should || k == sentence.lowerBound {
                return .conditional
            }
            k -= 1
        }
        if modality == .asserted, isQuestionSentence(doc, sentence) { modality = .hypothetical }
        return modality
    }

    private func isQuestionSentence(_ doc: Document, _ sentence: Range<Int>) -> Bool {
        var k = sentence.upperBound - 1
        while k >= sentence.lowerBound, doc.tokens[k].kind == .punct {
            if doc.bytes[Int(doc.tokens[k].start)] == UInt8(ascii: "?") { return true }
            k -= 1
        }
        return false
    }
}
