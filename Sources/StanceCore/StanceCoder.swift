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

    /// The stances of one sentence, each with the sentence as its evidence (built only when one is found).
    func codeStances(_ doc: Document, _ s: Int, _ sentence: Range<Int>) -> [Stance] {
        // Only sentences with an actor are tried (the cheap test first).
        guard hasActor(in: sentence, doc) || hasPronoun(doc, sentence) else { return [] }
        let triggers = findTriggers(doc, sentence)
        guard !triggers.isEmpty else { return [] }
        var coded = triggers
        var stances: [Stance] = []
        for t in coded.indices {
            let entry = patternInfo[coded[t].pattern]
            // A verb right after another trigger is its complement ("threatened to impose", "proposed
            // negotiating"): the outer verb is the stance. After a refusal the inner act did not happen; after a
            // bare statement ("said it would ...") the inner act is the news, so it is kept.
            var modality = self.modality(doc, sentence, coded[t])
            if t > 0, isComplement(doc, coded[t - 1], coded[t]) {
                let outer = patternInfo[coded[t - 1].pattern].root.code
                if outer == 12 { modality = .negated } else if outer != 1 { continue }
            }
            // "vowed to fight", "pledged to retaliate": an intent whose complement is a conflictual act is a threat.
            var rootOverride: CameoRoot?
            if t + 1 < coded.count, patternInfo[coded[t].pattern].root.code == 3, isComplement(doc, coded[t], coded[t + 1]),
                patternInfo[coded[t + 1].pattern].root.quadClass >= 3
            {
                rootOverride = CameoRoot(13)
            }
            var sources: [Int]
            var targets: [Int]
            if entry.kind == .noun {
                (sources, targets) = nounRoles(doc, sentence, coded[t])
            } else {
                (sources, targets) = verbRoles(doc, sentence, coded, t)
            }
            if sources.isEmpty { continue }
            coded[t].source = sources
            var root = rootOverride ?? intendedRoot(doc, sentence, coded[t], entry.root)
            // "Putin and Biden spoke": a statement by coordinated actors with no object is a conversation.
            if root.code == 1, sources.count > 1, targets.isEmpty { root = CameoRoot(4)! }
            let cue = doc.text(coded[t].first, coded[t].end)
            func add(_ source: Int, _ target: Int?) {
                if let stance = makeStance(doc, s, source, target, root, modality, cue: cue) {
                    stances.append(stance)
                }
            }
            if targets.isEmpty && root.code == 4 && sources.count > 1 {
                // "A and B held talks": consult both ways.
                for a in sources { for b in sources where doc.spans[a].actor != doc.spans[b].actor { add(a, b) } }
            } else if targets.isEmpty {
                // A meeting with nobody named says little: consult needs a counterpart.
                if root.code == 4 { continue }
                for a in sources { add(a, nil) }
            } else {
                for a in sources { for b in targets { add(a, b) } }
            }
        }
        stances += reportedDemands(doc, s, sentence, coded)
        var kept = prune(stances)
        if !kept.isEmpty {
            let text = evidence(doc, sentence)
            for k in kept.indices { kept[k].evidence = text }
        }
        return kept
    }

    /// "X said (that) Y must ...": a statement that puts an obligation on another actor is a demand (10) of the
    /// speaker on that actor.
    private func reportedDemands(_ doc: Document, _ s: Int, _ sentence: Range<Int>, _ triggers: [Trigger]) -> [Stance] {
        var out: [Stance] = []
        for trigger in triggers where patternInfo[trigger.pattern].root.code == 1 && !trigger.source.isEmpty {
            var k = trigger.end
            while k < sentence.upperBound, k - trigger.end <= 12 {
                if grammar.obligation.contains(doc.tokens[k].lower) {
                    var m = k - 1
                    while m >= trigger.end, k - m <= 4, doc.spanAt[m] < 0 { m -= 1 }
                    // "US and British forces must ...": a demand on each of the coordinated names.
                    if m >= trigger.end, doc.spanAt[m] >= 0, !doc.spans[Int(doc.spanAt[m])].actor.isEmpty {
                        for target in coordinated(doc, trigger.end..<sentence.upperBound, Int(doc.spanAt[m])) {
                            for source in trigger.source {
                                if let stance = makeStance(
                                    doc, s, source, target, CameoRoot(10)!, .asserted, cue: doc.text(trigger.first, k + 1))
                                {
                                    out.append(stance)
                                }
                            }
                        }
                    }
                    break
                }
                k += 1
            }
        }
        return out
    }

    /// Pattern matches left to right, longest first. A pattern that ends in a preposition introducing the
    /// target ("call on", "sanctions against") counts only when an actor follows it; otherwise a shorter
    /// pattern at the same place is tried ("a video call on Dec. 7" is not an appeal).
    private func findTriggers(_ doc: Document, _ sentence: Range<Int>) -> [Trigger] {
        var triggers: [Trigger] = []
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            guard doc.spanAt[i] < 0 else {
                i += 1
                continue
            }
            // The cheap test first: most tokens start no pattern at all.
            guard let longest = patterns.longestMatch(at: i, limit: sentence.upperBound, tokens: doc.tokens) else {
                i += 1
                continue
            }
            let attributive = isAttributive(doc, sentence, i)
            func fits(_ match: (payload: Int32, end: Int)) -> Bool {
                (!attributive || patternInfo[Int(match.payload)].kind == .noun)
                    && (!patternNeedsTarget[Int(match.payload)] || actorFollows(doc, sentence, match.end))
            }
            let chosen = fits(longest)
                ? longest : patterns.matches(at: i, limit: sentence.upperBound, tokens: doc.tokens).first(where: fits)
            if let (payload, end) = chosen {
                triggers.append(Trigger(first: i, end: end, pattern: Int(payload)))
                i = end
            } else {
                i += 1
            }
        }
        return triggers
    }

    /// A participle used as an adjective after a determiner ("the occupied West Bank", "a disputed region") is
    /// not an act.
    ///
    /// Likewise a participle glued to a name by a hyphen ("Israeli-occupied"), and a gerund right after a
    /// preposition ("suspected of blowing up", "arrested for collaborating"): an allegation or a circumstance,
    /// not the act the sentence reports. Noun patterns are exempt (they are meant to follow articles).
    private func isAttributive(_ doc: Document, _ sentence: Range<Int>, _ i: Int) -> Bool {
        guard i > sentence.lowerBound else { return false }
        let previous = doc.tokens[i - 1]
        let participle = doc.token(i, endsWith: "ed") || doc.token(i, endsWith: "en")
        // After an article or a possessive determiner a verb form is a noun ("the support of Moscow",
        // "its attack", "the guarantees demanded by"); so is an -s form after an adjective or a noun
        // ("safety guarantees").
        if grammar.articles.contains(previous.lower) || grammar.possessiveDeterminers.contains(previous.lower) { return true }
        if doc.token(i, endsWith: "s"), doc.spanAt[i - 1] < 0, let cls = wordClass[previous.lower], cls == "adj" || cls == "noun" { return true }
        // "the military and financial support of Moscow": a bare form at the end of a noun phrase.
        if !participle, !doc.token(i, endsWith: "ing") {
            var k = i - 1
            while k >= sentence.lowerBound, doc.spanAt[k] < 0,
                wordClass[doc.tokens[k].lower] == "adj" || grammar.and.contains(doc.tokens[k].lower) || doc.isPunctuation(k, ",")
            {
                k -= 1
            }
            if k < i - 1, k >= sentence.lowerBound,
                grammar.articles.contains(doc.tokens[k].lower) || grammar.possessiveDeterminers.contains(doc.tokens[k].lower)
            {
                return true
            }
        }
        if previous.kind == .punct, doc.bytes[Int(previous.start)] == UInt8(ascii: "-"), !previous.flags.contains(.spaceBefore) {
            return participle
        }
        if doc.token(i, endsWith: "ing"), grammar.prepositions.contains(previous.lower), previous.lower != grammar.infinitive {
            return true
        }
        return false
    }

    private func isAfterVenuePreposition(_ doc: Document, _ sentence: Range<Int>, _ first: Int) -> Bool {
        var k = first - 1
        while k >= sentence.lowerBound, grammar.determiners.contains(doc.tokens[k].lower) { k -= 1 }
        guard k >= sentence.lowerBound else { return false }
        let word = doc.tokens[k].lower
        return grammar.prepositions.contains(word) && !grammar.targetPrepositions.contains(word) && word != grammar.of
            && word != grammar.by
    }

    /// "in Hebron", "near the town of Gorazde": where an act happens (not "from Minsk", where it comes from).
    private func isAfterPlacePreposition(_ doc: Document, _ sentence: Range<Int>, _ first: Int) -> Bool {
        var k = first - 1
        while k >= sentence.lowerBound, grammar.determiners.contains(doc.tokens[k].lower) || wordClass[doc.tokens[k].lower] == "adj" {
            k -= 1
        }
        return k >= sentence.lowerBound && grammar.placePrepositions.contains(doc.tokens[k].lower)
    }

    /// An actor (or a pronoun) within three tokens, past determiners and adjectives.
    private func actorFollows(_ doc: Document, _ sentence: Range<Int>, _ from: Int) -> Bool {
        var k = from
        while k < sentence.upperBound, k - from < 4 {
            if doc.spanAt[k] >= 0 { return !doc.spans[Int(doc.spanAt[k])].actor.isEmpty }
            let word = doc.tokens[k].lower
            if grammar.pronouns.contains(word) || grammar.personPronouns.contains(word) { return true }
            guard grammar.determiners.contains(word) || wordClass[word] == "adj" || doc.tokens[k].kind == .number else {
                return false
            }
            k += 1
        }
        return false
    }

    /// Whether `inner` is the complement of `outer`: only "to", "on", determiners or adverbs between them.
    private func isComplement(_ doc: Document, _ outer: Trigger, _ inner: Trigger) -> Bool {
        guard patternInfo[outer.pattern].kind == .verb, inner.first >= outer.end, inner.first - outer.end <= 2 else {
            return false
        }
        for k in outer.end..<inner.first {
            let word = doc.tokens[k].lower
            if !(grammar.infinitive == word || grammar.determiners.contains(word) || wordClass[word] == "adv") { return false }
        }
        return true
    }

    /// CAMEO codes an announced act by its intent: a cooperative act that "will" happen is a promise (03), a
    /// material conflictual act that "will" happen is a threat (13). Only future markers in the verb group count.
    private func intendedRoot(_ doc: Document, _ sentence: Range<Int>, _ trigger: Trigger, _ root: CameoRoot) -> CameoRoot {
        guard patternInfo[trigger.pattern].kind == .verb else { return root }
        var k = trigger.first - 1
        var future = false
        while k >= sentence.lowerBound, trigger.first - k <= 3 {
            let word = doc.tokens[k].lower
            if grammar.future.contains(word) {
                future = true
                break
            }
            if !(grammar.auxiliaries.contains(word) || wordClass[word] == "adv") { break }
            k -= 1
        }
        guard future else { return root }
        // An announced act on a condition ("will withdraw its force unless ...") is coercion: a threat.
        // ("will defend Kyiv if ..." stays a promise: only acts that hurt the other side become threats).
        if ![2, 3, 4, 5, 6, 7, 13].contains(root.code), hasConditionAfter(doc, sentence, trigger.end) { return CameoRoot(13)! }
        switch root.code {
        case 4, 5, 6, 7, 8: return CameoRoot(3)!
        case 14, 15, 16, 17, 18, 19, 20: return CameoRoot(13)!
        default: return root
        }
    }

    private func hasConditionAfter(_ doc: Document, _ sentence: Range<Int>, _ from: Int) -> Bool {
        (from..<sentence.upperBound).contains { grammar.conditions.contains(doc.tokens[$0].lower) && doc.tokens[$0].lower != grammar.should }
    }

    /// The stance of `source` toward `target` (nil when the source has no actor or the target is not distinct), its
    /// evidence left for `codeStances` to fill.
    /// A domestic armed group is coded under its state (`stanceStates`), as CAMEO codes rebels with their country.
    private func makeStance(
        _ doc: Document, _ s: Int, _ source: Int, _ target: Int?, _ root: CameoRoot, _ modality: Modality, cue: String
    ) -> Stance? {
        let src = doc.spans[source]
        let tgt = target.map { doc.spans[$0] }
        guard !src.actor.isEmpty, tgt == nil || isDistinctTarget(doc, src, tgt!, root) else { return nil }
        return Stance(
            sentence: s, sourceEntity: src.entity, sourceActor: stanceStates[src.entity] ?? src.actor,
            targetEntity: tgt?.entity ?? "", targetActor: tgt.map { stanceStates[$0.entity] ?? $0.actor } ?? "", root: root,
            modality: modality, cue: cue, evidence: "")
    }

    /// Roots of material acts: done to a place or a people, not only said to someone.
    static let materialRoots: Set<Int> = [7, 8, 9, 14, 15, 16, 17, 18, 19, 20]

    /// A target other than the source. Its own state is a target only of a material act at home by a person or a
    /// part of the state ("French farmers blocked roads across France"): a state hardly acts on itself, and
    /// "proposed guarantees for Russia" by a Russian is no stance toward Russia; its own capital or seat is a target
    /// of a material act ("imposed a curfew in Algiers") or of a person or group at home ("Iranian authorities
    /// pressed the workers of Tehran"), not of the state's own words. A part of the state named by its demonym and a noun
    /// for people or bodies ("Croatian extremists", "Serbian authorities") is a target, not the state's own means
    /// or land ("Russia sent Russian troops", "across Belarusian territory"); its people as a whole ("Syrians")
    /// only of a material act. A person or group of the state may address any part of it ("an activist protested
    /// against Algerian security forces").
    /// Persons of the same state stay distinct ("the president criticised his predecessor").
    private func isDistinctTarget(_ doc: Document, _ source: Span, _ target: Span, _ root: CameoRoot) -> Bool {
        guard target.entity != source.entity || target.type != source.type else { return false }
        guard target.actor == source.actor else { return true }
        let material = Self.materialRoots.contains(root.code)
        switch target.type {
        case .country: return (source.type == .person || source.type == .group) && material
        case .group:
            let next = target.end < doc.tokens.count ? doc.tokens[target.end].lower : -1
            if source.type == .person || source.type == .group { return true }
            return grammar.domesticParts.contains(next) || (material && wordClass[next] != "noun")
        case .person: return true
        default: return material || source.type == .person || source.type == .group
        }
    }

    /// Drops duplicates, and bare statements (01) where the sentence codes something more specific.
    private func prune(_ stances: [Stance]) -> [Stance] {
        let specific = stances.contains { $0.root.code != 1 }
        // Keyed by the fields themselves: a joined string interpolated the modality through reflection.
        struct Key: Hashable {
            let sourceActor, sourceEntity, targetActor, targetEntity: String
            let root: Int
            let modality: Modality
        }
        var seen = Set<Key>()
        var out: [Stance] = []
        for stance in stances where !(specific && stance.root.code == 1) {
            let key = Key(
                sourceActor: stance.sourceActor, sourceEntity: stance.sourceEntity, targetActor: stance.targetActor,
                targetEntity: stance.targetEntity, root: stance.root.code, modality: stance.modality)
            if seen.insert(key).inserted { out.append(stance) }
        }
        return out
    }

    /// Whether a mention in the sentence has an actor (through the token -> span table: no scan of all spans).
    private func hasActor(in sentence: Range<Int>, _ doc: Document) -> Bool {
        var k = sentence.lowerBound
        while k < sentence.upperBound {
            let index = doc.spanAt[k]
            if index >= 0 {
                if !doc.spans[Int(index)].actor.isEmpty { return true }
                k = doc.spans[Int(index)].end
            } else {
                k += 1
            }
        }
        return false
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
        // `“...,” explained the White House` and `..., said a spokesman for the Israeli prime minister`: after a
        // closing quote, or a comma before a speech verb, the speaker follows the verb.
        let isSpeech = grammar.speechVerbs.contains(doc.tokens[trigger.first].lower)
        if followsQuote(doc, sentence, trigger.first) || (isSpeech && followsComma(doc, sentence, trigger.first)) {
            var m = trigger.end
            while m < sentence.upperBound, m - trigger.end <= 6, !isClauseBoundary(doc, m) {
                if doc.spanAt[m] >= 0, !doc.spans[Int(doc.spanAt[m])].actor.isEmpty { return ([Int(doc.spanAt[m])], []) }
                m += 1
            }
            return ([], [])
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
        // A pattern with a gap can hold its target inside ("give+ * grant": "gave Tanzania a grant",
        // "rejected a US offer"): a name within the match comes first.
        if let inside = (trigger.first + 1..<trigger.end).first(where: { doc.spanAt[$0] >= 0 }) {
            let span = doc.spans[Int(doc.spanAt[inside])]
            if !span.actor.isEmpty, !isSourceSide(doc, span, sources, patternInfo[trigger.pattern].root) { return (sources, [Int(doc.spanAt[inside])]) }
        }
        let targets = objectsAfter(doc, sentence, trigger.end, sources: sources, root: patternInfo[trigger.pattern].root)
        return (sources, targets)
    }

    /// Whether a comma stands right before `position` (an inverted speech frame: ", said the ministry").
    private func followsComma(_ doc: Document, _ sentence: Range<Int>, _ position: Int) -> Bool {
        let k = position - 1
        return k >= sentence.lowerBound && doc.isPunctuation(k, ",")
    }

    /// Whether a closing quote (and a comma) stands right before `position`.
    private func followsQuote(_ doc: Document, _ sentence: Range<Int>, _ position: Int) -> Bool {
        var k = position - 1
        var quote = false
        while k >= sentence.lowerBound, position - k <= 3, doc.tokens[k].kind == .punct {
            if isClosingQuote(doc, k) || doc.bytes[Int(doc.tokens[k].start)] == UInt8(ascii: "\"") { quote = true }
            k -= 1
        }
        if !quote, k >= sentence.lowerBound, grammar.subordinators.contains(doc.tokens[k].lower), doc.tokens[k].lower != grammar.infinitive {
            // `”, as Zelenskyy posted`: "as" after a quote also introduces the speaker, before the verb.
            return false
        }
        return quote
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
        if let subject = appositiveSubject(doc, sentence, position, stopAt: stopAt) { return subject }
        var k = position - 1
        var fallback: Int?
        var sawNoun = false
        var crossedPunct = false
        while k >= stopAt {
            let index = doc.spanAt[k]
            // "... resigned as the opposition threatened to": an adverbial clause whose subject is a noun that names
            // no actor has no actor subject; the main clause's subject is not its subject.
            // (Not past a comma: "Russia, after weeks of talks, agreed" has a prepositional phrase.)
            if index < 0, grammar.adverbialSubordinators.contains(doc.tokens[k].lower), sawNoun { return nil }
            if index < 0, doc.tokens[k].kind == .punct { crossedPunct = true }
            if index < 0, !crossedPunct, wordClass[doc.tokens[k].lower] == "noun" { sawNoun = true }
            // A relative clause ("troops that could launch", "a group which attacked"): its subject is the noun
            // before the relative word; when that noun is not an actor, the clause has no actor subject.
            if index < 0, grammar.relativePronouns.contains(doc.tokens[k].lower), k - 1 >= sentence.lowerBound {
                var a = k - 1
                if doc.tokens[a].kind == .punct, a - 1 >= sentence.lowerBound { a -= 1 }
                if doc.spanAt[a] >= 0 {
                    let span = doc.spans[Int(doc.spanAt[a])]
                    if !span.actor.isEmpty { return Int(doc.spanAt[a]) }
                } else if wordClass[doc.tokens[a].lower] == "noun" {
                    return nil
                }
            }
            if index >= 0 {
                let span = doc.spans[Int(index)]
                k = span.first
                if !span.actor.isEmpty {
                    // In a prepositional phrase when a preposition stands before it, past articles and numbers
                    // ("in the Gaza Strip", "of 100,000 Russian troops").
                    var before = span.first - 1
                    while before > sentence.lowerBound, grammar.determiners.contains(doc.tokens[before].lower) || doc.tokens[before].kind == .number {
                        before -= 1
                    }
                    let inPhrase = before >= sentence.lowerBound && grammar.prepositions.contains(doc.tokens[before].lower)
                        && doc.tokens[before].lower != grammar.by
                    if !inPhrase && !isPossessor(doc, span) { return Int(index) }
                    // "Security forces in Guinea", "the parliament of Poland": an agent noun with its state.
                    if inPhrase, before - 1 >= sentence.lowerBound, grammar.agentNouns.contains(doc.tokens[before - 1].lower),
                        doc.tokens[before].lower == grammar.of || doc.tokens[before].lower == grammar.inWord
                    {
                        return Int(index)
                    }
                    if fallback == nil && !inPhrase { fallback = Int(index) }
                }
            }
            k -= 1
        }
        return fallback
    }

    /// "Pakistan, a close ally of Washington, has refused": the name before an appositive (a comma, a phrase opened
    /// by an article, a comma, then the verb group) is the subject, not a name inside the appositive.
    private func appositiveSubject(_ doc: Document, _ sentence: Range<Int>, _ position: Int, stopAt: Int) -> Int? {
        var k = position - 1
        while k >= stopAt, grammar.auxiliaries.contains(doc.tokens[k].lower) || wordClass[doc.tokens[k].lower] == "adv" { k -= 1 }
        guard k > stopAt, doc.isPunctuation(k, ",") else { return nil }
        var j = k - 1
        while j > stopAt, k - j <= 15, !doc.isPunctuation(j, ","), !isClauseBoundary(doc, j) { j -= 1 }
        guard j > stopAt, k - j > 2, doc.isPunctuation(j, ","), grammar.articles.contains(doc.tokens[j + 1].lower), doc.spanAt[j - 1] >= 0
        else { return nil }
        let index = Int(doc.spanAt[j - 1])
        return doc.spans[index].actor.isEmpty ? nil : index
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
        // "The U.S. and Ukrainian presidents", "Bulgarian President Todor Zhivkov": a modifier name right before the
        // subject (or before its title) belongs to it.
        if doc.spans[subject].type == .person {
            var m = k
            while m >= sentence.lowerBound, doc.spanAt[m] < 0, doc.consumed[m] { m -= 1 }
            if m >= sentence.lowerBound, doc.spanAt[m] >= 0, [.group, .country].contains(doc.spans[Int(doc.spanAt[m])].type) {
                k = doc.spans[Int(doc.spanAt[m])].first - 1
            }
        }
        while k >= sentence.lowerBound {
            let token = doc.tokens[k]
            let isJoin = grammar.and.contains(token.lower) || doc.isPunctuation(k, ",")
            guard isJoin, k - 1 >= sentence.lowerBound, doc.spanAt[k - 1] >= 0 else { break }
            let index = Int(doc.spanAt[k - 1])
            if doc.spans[index].actor.isEmpty { break }
            // "In his call with Putin, Biden warned": a name inside a prepositional phrase is not a co-subject.
            let before = doc.spans[index].first - 1
            if before >= sentence.lowerBound, grammar.prepositions.contains(doc.tokens[before].lower), doc.tokens[before].lower != grammar.by,
                doc.tokens[before].lower != grammar.of
            {
                break
            }
            result.insert(index, at: 0)
            k = doc.spans[index].first - 1
        }
        return result
    }

    /// The agent of a passive: "was annexed by Russia", and the reduced form "the guarantees demanded by the
    /// Kremlin" (a participle directly followed by "by").
    private func passiveAgent(_ doc: Document, _ sentence: Range<Int>, _ trigger: Trigger) -> Int? {
        var k = trigger.first - 1
        var sawBe = false
        while k >= sentence.lowerBound, trigger.first - k <= 3 {
            // "Poland's parliament has demanded": an 's glued to a name is a possessive, not "is".
            let possessive = k > sentence.lowerBound && doc.spanAt[k - 1] >= 0 && grammar.possessive.contains(doc.tokens[k].lower)
            if grammar.beForms.contains(doc.tokens[k].lower), !possessive {
                sawBe = true
                break
            }
            k -= 1
        }
        // "has demanded an apology by ...": a perfect with "have" is active.
        var h = trigger.first - 1
        while h >= sentence.lowerBound, wordClass[doc.tokens[h].lower] == "adv" { h -= 1 }
        if h >= sentence.lowerBound, grammar.haveForms.contains(doc.tokens[h].lower) { return nil }
        let directBy = trigger.end < sentence.upperBound && doc.tokens[trigger.end].lower == grammar.by
        // "is investigating ... by" is progressive, not passive: the verb must not be a gerund.
        guard sawBe || directBy, !doc.token(trigger.first, endsWith: "ing") else { return nil }
        var j = trigger.end
        while j < sentence.upperBound, j - trigger.end <= (sawBe ? 4 : 0) {
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

    /// How many tokens after its verb a target may stand.
    static let objectReach = 40

    /// Names with an actor after the trigger, in its clause: the first, and those coordinated with it.
    ///
    /// Subordinate clauses end the search, except where the act's target stands in them: a demand, appeal,
    /// criticism or threat reaches into its "that" clause ("insisted that NATO should not expand"), and a threat
    /// into its condition ("will respond if Russia invades").
    private func objectsAfter(
        _ doc: Document, _ sentence: Range<Int>, _ from: Int, sources: [Int], root: CameoRoot
    ) -> [Int] {
        var k = from
        var result: [Int] = []
        var lastEnd = -1
        let excluding = Set(sources.map { doc.spans[$0].entity })
        if let pronoun = objectPronoun(doc, sentence, from, excluding: excluding) { return [pronoun] }
        var possessor: Int?
        // A material act is done to the place where it happens ("imposed a curfew in Hebron", "suspended aid
        // deliveries in Baghdad"): a place after a preposition of place is its target when nobody else is named.
        // Talk has a venue, not a target ("met in Geneva").
        let placeIsTarget = Self.materialRoots.contains(root.code)
        var place: Int?
        let intoThat = [2, 10, 11, 12, 13].contains(root.code)
        let intoCondition = root.code == 13
        var lastComma = -1
        // A target stands within a few dozen tokens of its verb; the bound keeps a sentence of thousands of
        // names and verbs ("A condemned B, A condemned B, ...") linear, where names on the source's side are
        // passed over.
        let end = min(sentence.upperBound, from + Self.objectReach)
        while k < end {
            let token = doc.tokens[k]
            // "insisted that NATO ...": a complementizer after a verb; "territories that Moscow ..." is relative.
            // A "that" close to the trigger ("stated his concern that", "insisted in recent months that")
            // introduces its content; far from it, after a noun, it is relative.
            let complementizer = token.lower == grammar.that && k >= from && k > 0 && doc.spanAt[k - 1] < 0
                && (wordClass[doc.tokens[k - 1].lower] != "noun" || k - from <= 4)
            let opensClause = grammar.subordinators.contains(token.lower)
                && !(intoThat && complementizer) && !(intoCondition && grammar.conditions.contains(token.lower))
            if token.lower == grammar.according {
                // "according to reports": a source of information, skipped.
                k += 2
                if k < sentence.upperBound, doc.spanAt[k] >= 0 { k = doc.spans[Int(doc.spanAt[k])].end }
                continue
            }
            if doc.spanAt[k] < 0, grammar.speechVerbs.contains(token.lower), lastComma >= from {
                // "..., Denmark's armed forces said": names after the last comma belong to the speaker frame
                // (not in "in Tibet and Hong Kong and said": a list, then a coordinated verb).
                result.removeAll { doc.spans[$0].first > lastComma }
                if let p = possessor, doc.spans[p].first > lastComma { possessor = nil }
                if let p = place, doc.spans[p].first > lastComma { place = nil }
            }
            if doc.spanAt[k] < 0 && (isClauseBoundary(doc, k) || grammar.speechVerbs.contains(token.lower)
                || opensClause
                || (token.kind == .punct && isClosingQuote(doc, k)))
            {
                break
            }
            if doc.spanAt[k] < 0, doc.isPunctuation(k, ",") { lastComma = k }
            if doc.spanAt[k] < 0, grammar.and.contains(token.lower) { lastComma = -1 }
            let index = doc.spanAt[k]
            if index >= 0 {
                let span = doc.spans[Int(index)]
                k = span.end
                if span.actor.isEmpty || isSourceSide(doc, span, sources, root) { continue }
                // "met in Bucharest", "talks near Geneva": after a preposition of place or time, a venue.
                // (A country there stays a target: what happens in a state is done to it.)
                if span.type == .location, isAfterVenuePreposition(doc, sentence, span.first) {
                    if placeIsTarget, place == nil, result.isEmpty, isAfterPlacePreposition(doc, sentence, span.first) {
                        place = Int(index)
                    }
                    continue
                }
                // "Ukraine's integration into NATO": the possessor qualifies a noun; the target comes later, and
                // only when none does is the possessor the target ("concern over Pyongyang's missile tests").
                if span.end < sentence.upperBound, grammar.possessive.contains(doc.tokens[span.end].lower), result.isEmpty {
                    if possessor == nil { possessor = Int(index) }
                    continue
                }
                if result.isEmpty || isCoordination(doc, lastEnd, span.first) {
                    result.append(Int(index))
                    lastEnd = span.end
                    continue
                }
                break
            }
            k += 1
        }
        return result.isEmpty ? ((possessor ?? place).map { [$0] } ?? []) : result
    }

    /// Whether `span` is on the source's side: the source named again, or its own state where it cannot be the
    /// target (see `isDistinctTarget`: "Croatia ... Croatian extremists" is a target, "Russia ... Russian troops"
    /// is not). Such a name is passed over; when no other actor follows, the stance has no named target ("the
    /// United States and Jordan agreed on a pact, the White House said" is still the agreement of both).
    private func isSourceSide(_ doc: Document, _ span: Span, _ sources: [Int], _ root: CameoRoot) -> Bool {
        sources.contains { !isDistinctTarget(doc, doc.spans[$0], span, root) }
    }

    /// "warned him", "urged them": an object pronoun right after the verb stands for the nearest actor named
    /// before it (in this sentence first) that is not the source.
    private func objectPronoun(_ doc: Document, _ sentence: Range<Int>, _ from: Int, excluding: Set<String>) -> Int? {
        guard from < sentence.upperBound, grammar.objectPronouns.contains(doc.tokens[from].lower) else { return nil }
        let person = grammar.personPronouns.contains(doc.tokens[from].lower)
        for index in doc.spans.indices.reversed() where doc.spans[index].first < from {
            let span = doc.spans[index]
            if span.actor.isEmpty || excluding.contains(span.entity) { continue }
            if person && span.type != .person { continue }
            return index
        }
        return nil
    }

    private func isCoordination(_ doc: Document, _ from: Int, _ to: Int) -> Bool {
        guard from >= 0, to > from, to - from <= 2 else { return false }
        for k in from..<to {
            let token = doc.tokens[k]
            let comma = doc.isPunctuation(k, ",")
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
            if grammar.bothLeaders.contains(word) {
                // "the two leaders", "both presidents": the last two people named, else the last two actors.
                return lastActors(doc, before: sentence.lowerBound, count: 2, type: .person)
                    ?? lastActors(doc, before: sentence.lowerBound, count: 2)
            }
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
        return result.count == count ? result : nil
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
        var afterPreposition = grammar.targetPrepositions.contains(doc.tokens[trigger.end - 1].lower)
            || doc.tokens[trigger.end - 1].lower == grammar.of
        while j < sentence.upperBound, j - trigger.end <= 12 {
            let token = doc.tokens[j]
            if doc.spanAt[j] < 0 && isClauseBoundary(doc, j) { break }
            if grammar.targetPrepositions.contains(token.lower) || token.lower == grammar.of { afterPreposition = true }
            if grammar.prepositions.contains(token.lower) && !grammar.targetPrepositions.contains(token.lower) && token.lower != grammar.of && token.lower != grammar.by {
                afterPreposition = false  // "meeting in Bucharest": a venue, not a target
            }
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
                if afterPreposition { targets.append(index); break }
                continue
            }
            j += 1
        }
        // The sentence's subject is the noun's source only when a support verb governs the noun ("launched an
        // offensive", "staged a protest"); otherwise "the war with Iraq" is a topic, not an act of the subject.
        if source == nil, governedBySupportVerb(doc, sentence, trigger.first) || afterPossessivePronoun(doc, sentence, trigger.first) {
            source = subjectBefore(doc, sentence, trigger.first, stopAt: sentence.lowerBound)
        }
        return (source.map { [$0] } ?? [], targets)
    }

    /// "its support for Kyiv": the possessive pronoun points back to the subject.
    private func afterPossessivePronoun(_ doc: Document, _ sentence: Range<Int>, _ first: Int) -> Bool {
        var k = first - 1
        while k >= sentence.lowerBound, first - k <= 3 {
            let word = doc.tokens[k].lower
            if grammar.possessiveDeterminers.contains(word) { return true }
            guard wordClass[word] == "adj" || wordClass[word] == "adv" else { return false }
            k -= 1
        }
        return false
    }

    private func governedBySupportVerb(_ doc: Document, _ sentence: Range<Int>, _ first: Int) -> Bool {
        var k = first - 1
        while k >= sentence.lowerBound, first - k <= 4 {
            let word = doc.tokens[k].lower
            if grammar.supportVerbs.contains(word) { return true }
            if doc.tokens[k].kind == .punct || doc.spanAt[k] >= 0 { return false }
            k -= 1
        }
        return false
    }

    // MARK: - Modality

    func modality(_ doc: Document, _ sentence: Range<Int>, _ trigger: Trigger) -> Modality {
        var k = trigger.first - 1
        var modality = Modality.asserted
        while k >= sentence.lowerBound, trigger.first - k <= 5 {
            let token = doc.tokens[k]
            if token.kind == .punct || doc.spanAt[k] >= 0 || grammar.subordinators.contains(token.lower) { break }
            if grammar.negators.contains(token.lower) && trigger.first - k <= 3 { return .negated }
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
