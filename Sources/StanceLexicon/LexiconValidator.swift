import StanceModel

/// Checks the data beyond what parsing enforces: sorted and unique keys, known actor and role codes, aliases
/// claimed by two entities, verb lemmas present. Used by `stancewatch actors check` and the data tests.
public enum LexiconValidator {
    /// Files whose first column must be sorted and unique.
    static let keyed = [
        "countries.tsv", "organizations.tsv", "places.tsv", "persons.tsv", "roles.tsv", "cues.tsv", "modifiers.tsv",
        "stance_patterns.tsv", "verb_forms.tsv", "common_words.tsv", "calendar_words.tsv", "given_names.tsv",
        "name_cues.tsv", "offices.tsv",
    ]

    public static func problems(_ lexicon: Lexicon) -> [String] {
        var out: [String] = []
        for name in keyed {
            guard let text = lexicon.sources[name] else { continue }
            out += sortedAndUnique(name: name, text: text)
        }
        out += aliasClashes(lexicon)
        out += actorCodes(lexicon)
        out += lemmas(lexicon)
        return out
    }

    /// The first column of every record is strictly increasing in byte order.
    public static func sortedAndUnique(name: String, text: String) -> [String] {
        guard let table = try? TSVTable(name: name, text: text) else { return ["\(name): cannot parse"] }
        var out: [String] = []
        for k in 1..<max(table.rows.count, 1) where k < table.rows.count {
            let a = table.rows[k - 1][0]
            let b = table.rows[k][0]
            if a == b {
                out.append("\(name):\(table.lines[k]): duplicate key '\(b)'")
            } else if !a.utf8.lexicographicallyPrecedes(b.utf8) {
                out.append("\(name):\(table.lines[k]): '\(b)' is out of order (after '\(a)')")
            }
        }
        return out
    }

    /// An alias may name one entity only (the same entity may list it under several types).
    public static func aliasClashes(_ lexicon: Lexicon) -> [String] {
        var owner: [String: String] = [:]
        var out: [String] = []
        func claim(_ alias: String, _ entity: String) {
            if let other = owner[alias], other != entity {
                out.append("alias '\(alias)' is claimed by '\(other)' and '\(entity)'")
            } else {
                owner[alias] = entity
            }
        }
        for entity in lexicon.entities { for alias in entity.aliases { claim(alias, entity.id) } }
        for person in lexicon.persons {
            for name in [person.name] + person.variants where name.contains(" ") { claim(name, person.id) }
        }
        return out
    }

    /// Actors of organisations, places, persons and offices are state codes from countries.tsv or organisation codes.
    public static func actorCodes(_ lexicon: Lexicon) -> [String] {
        let states = Set(lexicon.entities.filter { $0.type == .country }.map(\.id))
        let orgs = Set(lexicon.entities.filter { $0.type == .org }.map(\.actor))
        var out: [String] = []
        for entity in lexicon.entities where entity.type != .org && !entity.actor.isEmpty && !states.contains(entity.actor) {
            out.append("'\(entity.id)' acts for unknown state '\(entity.actor)'")
        }
        for entity in lexicon.entities where !entity.state.isEmpty && !states.contains(entity.state) {
            out.append("'\(entity.id)' is coded under unknown state '\(entity.state)'")
        }
        // An organisation's own actor code must never be mistaken for a state.
        if let text = lexicon.sources["organizations.tsv"], let table = try? TSVTable(name: "organizations.tsv", text: text) {
            for (k, row) in table.rows.enumerated() where row[0] == row[1] && states.contains(row[1]) {
                out.append("organizations.tsv:\(table.lines[k]): actor '\(row[1])' is a state code")
            }
        }
        for person in lexicon.persons {
            for span in person.roles {
                if !states.contains(span.actor) && !orgs.contains(span.actor) {
                    out.append("person '\(person.id)' has a role for unknown actor '\(span.actor)'")
                }
                if lexicon.roles[span.role] == nil { out.append("person '\(person.id)' has unknown role '\(span.role)'") }
                let n = min(span.to.utf8.count, span.from.utf8.count)
                if !span.to.isEmpty && span.to.prefix(n) < span.from.prefix(n) {
                    out.append("person '\(person.id)' has a role ending before it starts (\(span.from)/\(span.to))")
                }
            }
        }
        for office in lexicon.offices where !states.contains(office.actor) && !orgs.contains(office.actor) {
            out.append("office '\(office.alias)' acts for unknown actor '\(office.actor)'")
        }
        return out
    }

    /// Every `LEMMA+` of the stance patterns has its forms in verb_forms.tsv.
    public static func lemmas(_ lexicon: Lexicon) -> [String] {
        var out: [String] = []
        for pattern in lexicon.patterns {
            for word in pattern.pattern.split(separator: " ") {
                for alternative in word.split(separator: "|") where alternative.hasSuffix("+") {
                    let lemma = String(alternative.dropLast())
                    if lexicon.verbForms[lemma] == nil {
                        out.append("pattern '\(pattern.pattern)': verb '\(lemma)' is not in verb_forms.tsv")
                    }
                }
            }
        }
        return out
    }
}
