import StanceModel

/// Capitalised names that are not in the actor data become entities too, so new actors show up in trends
/// before anyone adds them to the data.
///
/// A name is a run of capitalised words (with connectors such as `of`, `de`, `bin` between them) not already
/// matched. A sentence-initial common word is not a name. The type comes from a title before the name, a
/// given name at its start, or an organisation / place word inside it; the id is the name in snake_case, and a
/// later bare surname resolves to the person named in full before.
extension Extractor {
    func matchUnknownNames(
        _ doc: inout Document, _ s: Int, _ sentence: Range<Int>,
        unknownBySurname: inout [String: (entity: String, actor: String)]
    ) {
        var i = sentence.lowerBound
        let limit = sentence.upperBound
        while i < limit {
            guard isNameWord(doc, i), !(isSentenceInitialCommon(doc, i, sentence)) else {
                i += 1
                continue
            }
            var end = i + 1
            while end < limit {
                if isNameWord(doc, end), doc.tokens[end].flags.contains(.spaceBefore) || isJoined(doc, end) {
                    end += 1
                } else if end + 1 < limit, grammar.nameConnectors.contains(doc.tokens[end].lower),
                    !doc.tokens[end].flags.contains(.capitalized) || doc.tokens[end].lower == grammar.of,
                    isNameWord(doc, end + 1), connectorFits(doc, end)
                {
                    end += 2
                } else if end + 1 < limit, doc.isPunctuation(end, "-"), isNameWord(doc, end + 1),
                    !doc.tokens[end].flags.contains(.spaceBefore)
                {
                    end += 2
                } else {
                    break
                }
            }
            addUnknown(&doc, s, i, end, sentence, &unknownBySurname)
            i = end
        }
    }

    /// The entity type of each of the tagger's name kinds (PER, LOC, ORG, MISC), built once.
    static let taggedTypes: [EntityType] = [.person, .location, .org, .other]

    /// Names found by the learned tagger where the data has none: each B/I run that overlaps no alias, role
    /// word or title becomes an entity of the tagger's type, with the title's actor for a person.
    func matchTaggedNames(
        _ doc: inout Document, _ s: Int, _ sentence: Range<Int>, tagger: NameTagger, memo: NameTaggerMemo,
        unknownBySurname: inout [String: (entity: String, actor: String)]
    ) {
        // A word's key for the tagger's memo: its exact id, else (no ASCII capital: the same bytes) its lower id. An
        // all-ASCII token (as many scalars as bytes: the text is valid UTF-8) brings its case from its flags.
        let lowerCount = Int32(lower.count)
        let tokens = doc.tokens
        let words = sentence.lazy.map { k in
            let token = tokens[k]
            let capital = token.flags.contains(.asciiCapital)
            return TaggerWord(
                bytes: Int(token.start)..<Int(token.end),
                key: token.exact >= 0 ? lowerCount + token.exact : !capital ? token.lower : -1,
                asciiCase: token.scalarEnd - token.scalarStart == token.end - token.start
                    ? (capital, token.flags.contains(.hasLower)) : nil)
        }
        let tags = tagger.tagIndices(bytes: doc.bytes, words: words, keySpace: lower.count + exact.count, gazetteer: gazetteer, memo: memo)
        var k = 0
        while k < tags.count {
            // Tags: 0 O, then B/I pairs for PER, LOC, ORG, MISC.
            guard tags[k] != 0, tags[k] % 2 == 1 else {
                k += 1
                continue
            }
            let kind = (tags[k] - 1) / 2
            var end = k + 1
            while end < tags.count, tags[end] == tags[k] + 1 { end += 1 }
            let first = sentence.lowerBound + k
            let last = sentence.lowerBound + end
            k = end
            guard (first..<last).allSatisfy({ doc.spanAt[$0] < 0 && !doc.consumed[$0] }) else { continue }
            let type = Self.taggedTypes[Int(kind)]
            let text = doc.text(first, last)
            let lastWord = doc.text(of: last - 1)
            if type == .person, last - first == 1, let known = unknownBySurname[lastWord] {
                doc.addSpan(Span(first: first, end: last, sentence: s, entity: known.entity, type: .person, actor: known.actor))
                continue
            }
            let entity = Self.snake(text)
            guard !entity.isEmpty else { continue }
            let actor = type == .person ? (doc.titleActor[first] ?? "") : ""
            if type == .person && last - first >= 2 { unknownBySurname[lastWord] = (entity, actor) }
            doc.addSpan(Span(first: first, end: last, sentence: s, entity: entity, type: type, actor: actor))
        }
    }

    private func isNameWord(_ doc: Document, _ k: Int) -> Bool {
        let token = doc.tokens[k]
        guard doc.spanAt[k] < 0, !doc.consumed[k], token.flags.contains(.capitalized),
            token.kind == .word || token.kind == .handle
        else { return false }
        if calendar.contains(token.exact) { return false }
        if nameCues[token.exact]?.position == .before { return false }
        // Capitalised pronouns and the like are never names.
        if let cls = wordClass[token.lower], cls == "function" { return false }
        return true
    }

    private func isJoined(_ doc: Document, _ k: Int) -> Bool {
        // `McDonald's`-like joins are handled by the tokenizer; words glued by `.` or `&` are one name.
        let previous = doc.tokens[k - 1]
        return previous.end == doc.tokens[k].start && previous.kind == .word
    }

    /// `of`/`and` join names only inside organisation-like names ("Bank of England", "Ministry of Defence").
    private func connectorFits(_ doc: Document, _ k: Int) -> Bool {
        let word = doc.tokens[k].lower
        if word == grammar.of || grammar.and.contains(word) {
            return nameCues[doc.tokens[k - 1].exact]?.type == .org || nameCues[doc.tokens[k + 1].exact]?.type == .org
        }
        return true
    }

    private func isSentenceInitialCommon(_ doc: Document, _ k: Int, _ sentence: Range<Int>) -> Bool {
        // First word of the sentence, or after an opening quote or a dash.
        var j = k - 1
        while j >= sentence.lowerBound, doc.tokens[j].kind == .punct { j -= 1 }
        let initial = j < sentence.lowerBound
        guard initial || (k > sentence.lowerBound && isOpeningQuote(doc, k - 1)) else { return false }
        let token = doc.tokens[k]
        if token.flags.contains(.allCaps) && token.byteCount > 1 { return false }
        return wordClass[token.lower] != nil && !givenNames.contains(token.exact)
    }

    private func isOpeningQuote(_ doc: Document, _ k: Int) -> Bool {
        let v = Tokenizer.decode(doc.bytes, Int(doc.tokens[k].start))
        return v == 0x22 || v == 0x201C || v == 0x2018 || v == 0x27 || v == 0x28
    }

    private func addUnknown(
        _ doc: inout Document, _ s: Int, _ first: Int, _ end: Int, _ sentence: Range<Int>,
        _ unknownBySurname: inout [String: (entity: String, actor: String)]
    ) {
        let text = doc.text(first, end)
        let words = end - first
        var type: EntityType?
        var actor = doc.titleActor[first] ?? ""
        // A title or `Mr`-like word before the name.
        if first > sentence.lowerBound {
            let before = doc.tokens[first - 1]
            if nameCues[before.exact]?.position == .before || doc.consumed[first - 1] || doc.titleActor[first] != nil {
                type = .person
            }
        }
        // Organisation, place or event words inside the name.
        if type == nil {
            for k in first..<end {
                if let cue = nameCues[doc.tokens[k].exact], cue.position != .before {
                    type = cue.type
                    if cue.type == .org { break }
                }
            }
        }
        let lastWord = doc.text(of: end - 1)
        if type == nil, words == 1, let known = unknownBySurname[lastWord] {
            doc.addSpan(Span(first: first, end: end, sentence: s, entity: known.entity, type: .person, actor: known.actor))
            return
        }
        if type == nil, givenNames.contains(doc.tokens[first].exact), words >= 2 { type = .person }
        if type == nil {
            if doc.tokens[first].flags.contains(.allCaps) && words == 1 && doc.tokens[first].byteCount <= 5 {
                type = .org  // acronyms
            } else if words >= 2 && words <= 3 && isPersonShaped(doc, first, end) {
                type = .person
            } else {
                type = words == 1 ? .person : .org
            }
        }
        let entity = Self.snake(text)
        guard !entity.isEmpty else { return }
        if type == .person && words >= 2 {
            unknownBySurname[lastWord] = (entity, actor)
        }
        if type != .person { actor = "" }
        doc.addSpan(Span(first: first, end: end, sentence: s, entity: entity, type: type!, actor: actor))
    }

    /// Two or three capitalised words with no connector and none of them a common word: `Phil Simmons`.
    private func isPersonShaped(_ doc: Document, _ first: Int, _ end: Int) -> Bool {
        for k in first..<end {
            let token = doc.tokens[k]
            if token.kind != .word || token.flags.contains(.allCaps) || wordClass[token.lower] != nil { return false }
        }
        return true
    }

    /// A stable id from a surface form: letters and digits in lower case, `_` between words; apostrophes and
    /// dots are dropped (`U.N.` -> `un`). ASCII is folded byte by byte; other scalars through Unicode tables.
    static func snake(_ text: String) -> String {
        var text = text
        // ASCII is folded in a scratch buffer and made a string once (no array per name).
        let ascii = text.withUTF8 { buffer -> String? in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: buffer.count) { out -> String? in
                var count = 0
                var pending = false
                for b in buffer {
                    if b >= 0x80 { return nil }
                    if (b | 0x20) >= 97 && (b | 0x20) <= 122 || (b >= 48 && b <= 57) {
                        if pending && count > 0 {
                            out[count] = 95
                            count += 1
                        }
                        pending = false
                        out[count] = b >= 65 && b <= 90 ? b + 32 : b
                        count += 1
                    } else if b != 39 && b != 46 {
                        pending = true
                    }
                }
                return String(decoding: UnsafeBufferPointer(rebasing: out[..<count]), as: UTF8.self)
            }
        }
        if let ascii { return ascii }
        var result = ""
        var pending = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pending && !result.isEmpty { result.append("_") }
                pending = false
                result.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if scalar != "'" && scalar != "’" && scalar != "." {
                pending = true
            }
        }
        return result
    }
}
