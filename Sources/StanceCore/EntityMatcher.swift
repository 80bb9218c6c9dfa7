import StanceLexicon
import StanceModel

/// Finds entity mentions: aliases of the actor data (longest match), office holders named by their role,
/// and capitalised names that are not in the data.
extension Extractor {
    func findMentions(_ doc: inout Document, memo: NameTaggerMemo = NameTaggerMemo()) {
        var namedPersons = Set<Int>()
        var unknownBySurname: [String: (entity: String, actor: String)] = [:]
        for (s, sentence) in doc.sentences.enumerated() {
            let caps = doc.isAllCaps(sentence)
            matchAliases(&doc, s, sentence, caps: caps, namedPersons: &namedPersons)
            if !caps { matchRoles(&doc, s, sentence) }
            if let tagger {
                if hasNameCandidate(doc, sentence) {
                    matchTaggedNames(&doc, s, sentence, tagger: tagger, memo: memo, unknownBySurname: &unknownBySurname)
                }
            } else if !caps {
                matchUnknownNames(&doc, s, sentence, unknownBySurname: &unknownBySurname)
            }
        }
        doc.spans.sort { $0.first < $1.first }
        for (index, span) in doc.spans.enumerated() {
            for k in span.first..<span.end { doc.spanAt[k] = Int32(index) }
        }
        inferTitledActors(&doc)
    }

    /// A titled person the data does not know ("President Levy Mwanawasa", "Judge Alejandro Rivera") acts for
    /// the one state named around them: in the same sentence, else in the article, when exactly one is named.
    private func inferTitledActors(_ doc: inout Document) {
        // Most articles have no person without an actor: nothing to infer, no sets to build.
        guard doc.spans.contains(where: { $0.type == .person && $0.actor.isEmpty }) else { return }
        func states(_ spans: some Sequence<Span>) -> Set<String> {
            Set(spans.filter { ($0.type == .country || $0.type == .group) && !$0.actor.isEmpty }.map(\.actor))
        }
        let articleStates = states(doc.spans)
        var bySentence: [Int: Set<String>] = [:]
        for span in doc.spans where (span.type == .country || span.type == .group) && !span.actor.isEmpty {
            bySentence[span.sentence, default: []].insert(span.actor)
        }
        for index in doc.spans.indices where doc.spans[index].type == .person && doc.spans[index].actor.isEmpty {
            let span = doc.spans[index]
            let before = span.first - 1
            guard before >= 0, doc.consumed[before] || nameCues[doc.tokens[before].exact]?.position == .before else { continue }
            let sentenceStates = bySentence[span.sentence] ?? []
            if sentenceStates.count == 1 {
                doc.spans[index].actor = sentenceStates.first!
            } else if sentenceStates.isEmpty, articleStates.count == 1 {
                doc.spans[index].actor = articleStates.first!
            }
        }
    }

    /// Whether the sentence has a capitalised word the data did not explain (not matched, not a title, not a
    /// month or weekday, not a common word opening the sentence): the tagger only runs where it can find a name.
    func hasNameCandidate(_ doc: Document, _ sentence: Range<Int>) -> Bool {
        for k in sentence where doc.spanAt[k] < 0 && !doc.consumed[k] {
            let token = doc.tokens[k]
            guard token.kind == .word || token.kind == .handle, token.flags.contains(.capitalized) || token.flags.contains(.allCaps)
            else { continue }
            if calendar.contains(token.exact) { continue }
            if k == sentence.lowerBound, wordClass[token.lower] != nil, !token.flags.contains(.allCaps) { continue }
            return true
        }
        return false
    }

    // MARK: - Aliases

    private func matchAliases(
        _ doc: inout Document, _ s: Int, _ sentence: Range<Int>, caps: Bool, namedPersons: inout Set<Int>
    ) {
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            let found: (payload: Int32, end: Int)?
            if caps {
                found = capsAliases.longestMatch(at: i, limit: sentence.upperBound, tokens: doc.tokens)
            } else {
                found = aliases.longestMatch(at: i, limit: sentence.upperBound, tokens: doc.tokens)
            }
            guard let (payload, end) = found, !continuesName(doc, end, sentence), !followsGivenName(doc, i, end, sentence) else {
                i += 1
                continue
            }
            if let span = resolve(refs[Int(payload)], doc, i, end, s, namedPersons: &namedPersons) {
                doc.addSpan(span)
                i = end
            } else {
                i += 1
            }
        }
    }

    /// An alias followed directly by more capitalised words that are not data (`Jordan Peterson`) is not it,
    /// unless the next word starts another alias.
    private func continuesName(_ doc: Document, _ end: Int, _ sentence: Range<Int>) -> Bool {
        guard end < sentence.upperBound else { return false }
        let next = doc.tokens[end]
        guard next.kind == .word, next.flags.contains(.capitalized), next.flags.contains(.spaceBefore),
            !next.flags.contains(.allCaps), next.exact < 0
        else { return false }
        let previous = doc.tokens[end - 1]
        // Only single-word aliases that are also given names are at risk.
        return end - 1 >= 0 && givenNames.contains(previous.exact) && wordClass[next.lower] == nil
    }

    /// A one-word place alias right after a capitalised given name is a surname (`Michael Jordan`).
    private func followsGivenName(_ doc: Document, _ first: Int, _ end: Int, _ sentence: Range<Int>) -> Bool {
        guard end - first == 1, first > sentence.lowerBound, doc.spanAt[first - 1] < 0 else { return false }
        let previous = doc.tokens[first - 1]
        guard case .fixed(_, let type, _)? = aliasRef(doc, first), type != .person else { return false }
        return previous.kind == .word && previous.flags.contains(.capitalized) && !previous.flags.contains(.allCaps)
            && givenNames.contains(previous.exact) && wordClass[previous.lower] == nil
    }

    private func aliasRef(_ doc: Document, _ k: Int) -> EntityRef? {
        guard let (payload, _) = aliases.longestMatch(at: k, limit: k + 1, tokens: doc.tokens) else { return nil }
        return refs[Int(payload)]
    }

    private func resolve(
        _ ref: EntityRef, _ doc: Document, _ first: Int, _ end: Int, _ s: Int, namedPersons: inout Set<Int>
    ) -> Span? {
        switch ref {
        case .fixed(let id, let type, let actor):
            return Span(first: first, end: end, sentence: s, entity: id, type: type, actor: actor)
        case .person(let index):
            namedPersons.insert(index)
            return personSpan(index, doc, first, end, s)
        case .surname(let all):
            // Named in full earlier in the article, else in office on the article's date, else the only one.
            if let p = all.first(where: { namedPersons.contains($0) }) { return personSpan(p, doc, first, end, s) }
            // A title just before narrows the candidates ("President Bush" is not a Bush who never was president).
            var candidates = all
            if let role = titleBefore(doc, first) {
                let titled = all.filter { persons[$0].roles.contains { $0.role == role } }
                if !titled.isEmpty { candidates = titled }
            }
            let inOffice = candidates.filter { persons[$0].roles.contains { $0.covers(doc.date) } }
            if inOffice.count == 1 { return personSpan(inOffice[0], doc, first, end, s) }
            if doc.date.isEmpty {
                // Undated: when every candidate acts for the same actor, that actor is certain; the entity is the
                // candidate who took office last.
                let actors = Set(candidates.map { persons[$0].roles.last?.actor ?? "" })
                if actors.count == 1, !actors.first!.isEmpty,
                    let latest = candidates.max(by: { (persons[$0].roles.last?.from ?? "") < (persons[$1].roles.last?.from ?? "") })
                {
                    return personSpan(latest, doc, first, end, s)
                }
            }
            return nil
        case .office(let actor, let role):
            if let holder = holder(actor: actor, role: role, date: doc.date) {
                return personSpan(holder, doc, first, end, s)
            }
            return Span(first: first, end: end, sentence: s, entity: "\(actor.lowercased())_\(role)", type: .person, actor: actor)
        }
    }

    /// The role named by the title words right before `first` ("President", "Foreign Minister"), if any.
    func titleBefore(_ doc: Document, _ first: Int) -> String? {
        var start = first - 1
        while start >= 0, first - start <= 4 {
            if let (payload, end) = rolePhrases.longestMatch(at: start, limit: first, tokens: doc.tokens), end == first {
                return roleIds[Int(payload)]
            }
            start -= 1
        }
        return nil
    }

    func personSpan(_ index: Int, _ doc: Document, _ first: Int, _ end: Int, _ s: Int) -> Span {
        let person = persons[index]
        return Span(first: first, end: end, sentence: s, entity: person.id, type: .person, actor: actor(of: person, date: doc.date))
    }

    /// The actor a person acts for on `date`: the office covering the date, else the latest office.
    func actor(of person: PersonRecord, date: String) -> String {
        if let span = person.roles.last(where: { $0.covers(date) }) { return span.actor }
        return person.roles.last?.actor ?? ""
    }

    /// Who held `role` for `actor` on `date` (the latest to take office when several overlap).
    func holder(actor: String, role: String, date: String) -> Int? {
        guard !date.isEmpty, let list = roleHolders["\(actor)/\(role)"] else { return nil }
        return list.last(where: { $0.span.covers(date) })?.person
    }

    // MARK: - Offices named by role ("the U.S. president", "Russia's foreign minister")

    private func matchRoles(_ doc: inout Document, _ s: Int, _ sentence: Range<Int>) {
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            guard doc.spanAt[i] < 0,
                let (payload, end) = rolePhrases.longestMatch(at: i, limit: sentence.upperBound, tokens: doc.tokens)
            else {
                i += 1
                continue
            }
            let role = roleIds[Int(payload)]
            for k in i..<end { doc.consumed[k] = true }
            // The state the office belongs to: a country or demonym just before ("Russian", "Russia's", "U.S.").
            var actor = ""
            var before = i - 1
            if before >= sentence.lowerBound, grammar.possessive.contains(doc.tokens[before].lower) { before -= 1 }
            if before >= sentence.lowerBound, doc.spanAt[before] >= 0 {
                let span = doc.spans[Int(doc.spanAt[before])]
                if span.type == .country || span.type == .group || span.type == .org { actor = span.actor }
            }
            // "president of Russia"
            if actor.isEmpty, end + 1 < sentence.upperBound, doc.tokens[end].lower == grammar.of, doc.spanAt[end + 1] >= 0 {
                let span = doc.spans[Int(doc.spanAt[end + 1])]
                if span.type == .country || span.type == .org { actor = span.actor }
            }
            // A name right after the title takes the title's actor when it has none.
            if end < sentence.upperBound, doc.tokens[end].flags.contains(.capitalized), doc.tokens[end].kind == .word {
                if doc.spanAt[end] >= 0 {
                    let index = Int(doc.spanAt[end])
                    if doc.spans[index].actor.isEmpty && !actor.isEmpty { doc.spans[index].actor = actor }
                    if doc.spans[index].type != .person && !actor.isEmpty { doc.spans[index].type = .person }
                } else {
                    doc.titleActor[end] = actor
                }
                i = end
                continue
            }
            if !actor.isEmpty, let holder = holder(actor: actor, role: role, date: doc.date) {
                doc.addSpan(personSpan(holder, doc, i, end, s))
            }
            i = end
        }
    }
}
