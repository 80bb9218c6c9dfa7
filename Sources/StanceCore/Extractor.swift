import Dispatch
import StanceLexicon
import StanceModel

/// What an alias of the actor data points at.
enum EntityRef: Sendable {
    /// A country, capital, seat, organisation or place.
    case fixed(id: String, type: EntityType, actor: String)
    /// A person named in full (or by a variant).
    case person(Int)
    /// A single-word surname shared by these persons; resolved by article context and date.
    case surname([Int])
    /// An office named by a handle (`@POTUS`): whoever held it on the article's date.
    case office(actor: String, role: String)
}

/// The extraction core, compiled once from a `Lexicon` and then shared read-only by every worker thread.
///
/// Compiling interns every word the data uses into two vocabularies (exact case for names, lower case for
/// cues, patterns and grammar words), so that per-article work is lookups on token ids.
public final class Extractor: Sendable {
    let lower: Vocabulary
    let exact: Vocabulary
    /// Lower id -> the exact id of the same bytes, or -1. Every exact word with no ASCII capital is also in the
    /// lower vocabulary, so a token with no capital needs one lookup (`Document`).
    let exactOfLower: [Int32]
    let aliases: PhraseIndex
    let capsAliases: PhraseIndex
    let refs: [EntityRef]
    let persons: [PersonRecord]
    /// Role phrases over lower ids; payload = index in `roleIds`.
    let rolePhrases: PhraseIndex
    let roleIds: [String]
    /// `ACTOR/role` -> persons who held it.
    let roleHolders: [String: [(person: Int, span: RoleSpan)]]
    let cues: PhraseIndex
    let cueValues: [Double]
    let cueTexts: [String]
    let modifiers: IdTable<ModifierEntry>
    /// Weights of the contrast and concession words (one value per kind in `modifiers.tsv`).
    let contrastWeight: Double
    let concessionWeight: Double
    let patterns: PhraseIndex
    let patternInfo: [PatternEntry]
    /// Per pattern: its last word is a preposition that introduces the target ("call on", "sanctions against").
    let patternNeedsTarget: [Bool]
    /// lower id -> common-word class.
    let wordClass: IdTable<String>
    let givenNames: WordSet
    let calendar: WordSet
    let nameCues: IdTable<NameCue>
    let grammar: Grammar
    /// Violent acts from the stance patterns (CAMEO roots 18 and 20): the one they befall is not judged by them.
    let harmWords: WordSet
    /// The learned name tagger for names not in the data (nil when the weights are absent: the rules take over).
    let tagger: NameTagger?
    let gazetteer: NameGazetteer
    /// Entity id -> the state a domestic armed group is coded under in stances (`organizations.tsv` `state`).
    let stanceStates: [String: String]
    public let lexiconVersion: String

    /// Compiles `lexicon`. With `jobs` above 1 the name tagger's weights and gazetteer (a fifth of the work, and
    /// independent of the rest) are built on a second thread meanwhile.
    public init(lexicon: Lexicon, jobs: Int = 1) {
        let names = SideTask(parallel: jobs > 1) {
            (
                tagger: lexicon.nameTaggerWeights.isEmpty ? nil : NameTagger(text: lexicon.nameTaggerWeights),
                gazetteer: NameGazetteer(
                    aliases: lexicon.entities.flatMap { e in e.aliases.map { ($0, e.type.rawValue) } }
                        + lexicon.persons.flatMap { p in ([p.name] + p.variants).map { ($0, "PERSON") } })
            )
        }
        var lower = Vocabulary(capacity: 1 << 15)
        var exact = Vocabulary(capacity: 1 << 15)
        let grammar = Grammar(vocabulary: &lower)

        // Names: exact-case phrases, plus lower-case phrases for all-caps headlines.
        var aliases = PhraseIndex(form: .exact)
        var capsAliases = PhraseIndex(form: .lower)
        var refs: [EntityRef] = []
        var seen: [String: Int32] = [:]
        func addAlias(_ alias: String, _ ref: EntityRef) {
            guard seen[alias] == nil else { return }  // first claim wins; `actors check` reports clashes
            let words = Self.ids(alias, &exact)
            guard !words.isEmpty else { return }
            let payload = Int32(refs.count)
            refs.append(ref)
            seen[alias] = payload
            aliases.add(words: words, payload: payload)
            // All-caps text: only aliases of two or more words, or single words of four or more letters.
            if words.count > 1 || alias.count >= 4 || alias.uppercased() == alias {
                capsAliases.add(words: Self.ids(alias, &lower, lowercased: true), payload: payload)
            }
        }
        for entity in lexicon.entities {
            for alias in entity.aliases { addAlias(alias, .fixed(id: entity.id, type: entity.type, actor: entity.actor)) }
        }
        var surnames: [String: [Int]] = [:]
        for (index, person) in lexicon.persons.enumerated() {
            for name in [person.name] + person.variants {
                let words = Self.words(name)
                if words.count > 1 {
                    addAlias(name, .person(index))
                    // Not after a patronymic particle: "Mohammed bin Salman" is not "Salman".
                    let particle = words[words.count - 2].lowercased()
                    if let last = words.last, Self.isSurname(last), !["bin", "ibn", "bint", "al", "ben"].contains(particle) {
                        surnames[last, default: []].append(index)
                    }
                } else if let only = words.first, Self.isSurname(only) {
                    surnames[only, default: []].append(index)
                }
            }
        }
        for (surname, list) in surnames.sorted(by: { $0.key < $1.key }) {
            var unique: [Int] = []
            for p in list where !unique.contains(p) { unique.append(p) }
            addAlias(surname, .surname(unique))
        }
        for office in lexicon.offices { addAlias(office.alias, .office(actor: office.actor, role: office.role)) }
        aliases.finish()
        capsAliases.finish()

        var rolePhrases = PhraseIndex(form: .lower)
        var roleIds: [String] = []
        for (role, phrases) in lexicon.roles.sorted(by: { $0.key < $1.key }) {
            let payload = Int32(roleIds.count)
            roleIds.append(role)
            for phrase in phrases {
                rolePhrases.add(words: Self.ids(phrase, &lower, lowercased: true), payload: payload)
            }
        }
        rolePhrases.finish()
        var holders: [String: [(person: Int, span: RoleSpan)]] = [:]
        for (index, person) in lexicon.persons.enumerated() {
            for span in person.roles { holders["\(span.actor)/\(span.role)", default: []].append((index, span)) }
        }

        var cues = PhraseIndex(form: .lower)
        var cueValues: [Double] = []
        var cueTexts: [String] = []
        for entry in lexicon.cues {
            let payload = Int32(cueValues.count)
            cueValues.append(entry.valence)
            cueTexts.append(entry.cue)
            cues.add(words: Self.ids(entry.cue, &lower, lowercased: true), payload: payload)
        }
        cues.finish()

        var modifiers = IdTable<ModifierEntry>()
        for entry in lexicon.modifiers { modifiers[lower.intern(entry.word)] = entry }

        var patterns = PhraseIndex(form: .lower)
        // The heads of the assault and mass-violence patterns (roots 18 and 20) whose object is the victim: a
        // one-word verb pattern in all its forms ("kill+") and the noun of an `N of` pattern ("killing of").
        var harmWords = WordSet()
        for (index, entry) in lexicon.patterns.enumerated() {
            var slots: [[Int32]] = []
            for word in entry.pattern.fields(separatedBy: UInt8(ascii: " ")) {
                if word == "*" {
                    slots.append([])
                    continue
                }
                var ids: [Int32] = []
                for alternative in word.fields(separatedBy: UInt8(ascii: "|")) {
                    if alternative.hasSuffix("+") {
                        let lemma = String(alternative.dropLast())
                        for form in lexicon.verbForms[lemma] ?? [lemma] { ids.append(lower.intern(form)) }
                    } else {
                        // A literal may hold a hyphen or apostrophe: it is one slot per token it makes.
                        let parts = Self.words(alternative)
                        if parts.count == 1 { ids.append(lower.intern(parts[0].lowercased())) }
                        else { for part in parts { slots.append([lower.intern(part.lowercased())]) } }
                    }
                }
                if !ids.isEmpty { slots.append(ids) }
            }
            patterns.add(slots: slots, payload: Int32(index))
            if entry.root.code == 18 || entry.root.code == 20,
                (entry.kind == .verb && slots.count == 1) || (entry.kind == .noun && slots.count == 2 && slots[1] == [grammar.of])
            {
                for id in slots[0] { harmWords.insert(id) }
            }
        }
        patterns.finish()

        var wordClass = IdTable<String>()
        for (word, cls) in lexicon.commonWords { wordClass[lower.intern(word)] = cls }
        var givenNames = WordSet()
        for name in lexicon.givenNames { givenNames.insert(exact.intern(name)) }
        var calendar = WordSet()
        for word in lexicon.calendarWords { calendar.insert(exact.intern(word)) }
        var nameCues = IdTable<NameCue>()
        for cue in lexicon.nameCues { nameCues[exact.intern(cue.word)] = cue }

        var exactOfLower: [Int32] = []
        for id in 0..<Int32(exact.count) {
            let word = exact.word(id)
            guard !word.utf8.contains(where: { $0 >= 65 && $0 <= 90 }) else { continue }
            let l = Int(lower.intern(word))
            exactOfLower.grow(to: l + 1, filling: -1)
            exactOfLower[l] = id
        }
        exactOfLower.grow(to: lower.count, filling: -1)
        self.lower = lower
        self.exact = exact
        self.exactOfLower = exactOfLower
        self.aliases = aliases
        self.capsAliases = capsAliases
        self.refs = refs
        self.persons = lexicon.persons
        self.rolePhrases = rolePhrases
        self.roleIds = roleIds
        self.roleHolders = holders
        self.cues = cues
        self.cueValues = cueValues
        self.cueTexts = cueTexts
        self.modifiers = modifiers
        contrastWeight = lexicon.modifiers.first { $0.kind == .contrast }?.weight ?? 1
        concessionWeight = lexicon.modifiers.first { $0.kind == .concession }?.weight ?? 1
        self.patterns = patterns
        self.patternInfo = lexicon.patterns
        // "to" and "for" also open infinitives and purposes ("agreed to reopen", "called for calm"): not these.
        let targetWords: Set<String> = ["on", "against", "with", "toward", "towards", "upon", "into", "at"]
        self.patternNeedsTarget = lexicon.patterns.map { entry in
            guard let last = entry.pattern.fields(separatedBy: UInt8(ascii: " ")).last else { return false }
            return last.fields(separatedBy: UInt8(ascii: "|")).allSatisfy { targetWords.contains($0) }
        }
        self.wordClass = wordClass
        self.givenNames = givenNames
        self.calendar = calendar
        self.nameCues = nameCues
        self.grammar = grammar
        self.harmWords = harmWords
        (self.tagger, self.gazetteer) = names.result()
        var stanceStates: [String: String] = [:]
        for entity in lexicon.entities where !entity.state.isEmpty && stanceStates[entity.id] == nil {
            stanceStates[entity.id] = entity.state
        }
        self.stanceStates = stanceStates
        self.lexiconVersion = lexicon.version
    }

    /// A word that can stand alone for a person: capitalised, two letters or more, mixed case, not a suffix.
    static func isSurname(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isUppercase, word.count >= 2,
            word.unicodeScalars.contains(where: { $0.properties.isLowercase })
        else { return false }
        return !["Jr", "Sr", "Jnr", "Snr"].contains(word)
    }

    /// The ids of a phrase's tokens (cut as the article tokenizer cuts them) in `vocabulary`, interned from the
    /// phrase's bytes: exact, or `lowercased` as `String.lowercased()` would give each token (an ASCII token folded
    /// in a scratch buffer; these run for some 20,000 phrases at every start, where a `String` per word and its
    /// release were most of the cost).
    static func ids(_ phrase: String, _ vocabulary: inout Vocabulary, lowercased: Bool = false) -> [Int32] {
        var phrase = phrase
        return phrase.withUTF8 { view in
            let tokens = Tokenizer.tokenize(view)
            var ids: [Int32] = []
            ids.reserveCapacity(tokens.count)
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: view.count) { folded in
                for token in tokens {
                    let bytes = UnsafeBufferPointer(rebasing: view[Int(token.start)..<Int(token.end)])
                    guard lowercased else {
                        ids.append(vocabulary.intern(bytes).id)
                        continue
                    }
                    guard bytes.allSatisfy({ $0 < 0x80 }) else {
                        ids.append(vocabulary.intern(String(decoding: bytes, as: UTF8.self).lowercased()))
                        continue
                    }
                    for (k, b) in bytes.enumerated() { folded[k] = b &- 65 < 26 ? b | 0x20 : b }
                    ids.append(vocabulary.intern(UnsafeBufferPointer(rebasing: folded[..<bytes.count])).id)
                }
            }
            return ids
        }
    }

    /// The tokens of a phrase from the data, as the article tokenizer would cut them.
    static func words(_ phrase: String) -> [String] {
        var phrase = phrase
        return phrase.withUTF8 { view in
            Tokenizer.tokenize(view).map {
                String(decoding: UnsafeBufferPointer(rebasing: view[Int($0.start)..<Int($0.end)]), as: UTF8.self)
            }
        }
    }
}
