import Foundation
import StanceModel

/// Every data table the extraction core needs, parsed and checked, plus the fingerprint of each file.
///
/// `Lexicon` is the only place that reads data files; the core receives this value and never a path.
public struct Lexicon: Sendable {
    public var entities: [EntityRecord]
    public var persons: [PersonRecord]
    /// role id -> lower-case phrases naming it.
    public var roles: [String: [String]]
    /// Aliases that name whoever holds an office (`@POTUS` -> USA president).
    public var offices: [(alias: String, actor: String, role: String)]
    public var cues: [CueEntry]
    public var modifiers: [ModifierEntry]
    public var patterns: [PatternEntry]
    /// lemma -> all its forms (lemma, third person, past, participle, gerund).
    public var verbForms: [String: [String]]
    /// lower-case word -> class (`function`, `verb`, `noun`, `adj`, `adv`, `other`).
    public var commonWords: [String: String]
    public var calendarWords: Set<String>
    public var givenNames: Set<String>
    public var nameCues: [NameCue]
    /// file name -> `fnv1a64` hex of its bytes, for `run.json`.
    public var fingerprints: [String: String]
    /// The user lexicon given with `--lexicon`, if any, and how it was combined.
    public var userLexicon: String?
    /// The weights of the learned name tagger (`name_tagger.tsv`), parsed by the core.
    public var nameTaggerWeights: String = ""
    /// The text of each file, kept for `LexiconValidator`.
    public var sources: [String: String] = [:]

    /// The file names the lexicon is made of, in load order.
    public static let fileNames = [
        "countries.tsv", "organizations.tsv", "places.tsv", "persons.tsv", "roles.tsv", "offices.tsv", "cues.tsv",
        "modifiers.tsv", "stance_patterns.tsv", "verb_forms.tsv", "common_words.tsv", "calendar_words.tsv",
        "given_names.tsv", "name_cues.tsv", "name_tagger.tsv",
    ]

    /// The folder of the bundled data files.
    public static var bundledDirectory: URL {
        Bundle.module.bundleURL.appendingPathComponent("Resources")
    }

    /// Loads the bundled tables, or those in `directory` when given (files missing there fall back to the bundle).
    public static func load(directory: URL? = nil) throws -> Lexicon {
        var texts: [String: String] = [:]
        var fingerprints: [String: String] = [:]
        for name in fileNames {
            var url = bundledDirectory.appendingPathComponent(name)
            if let directory, FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path) {
                url = directory.appendingPathComponent(name)
            }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw LexiconError(file: url.path, line: 0, reason: "cannot read the data file")
            }
            texts[name] = String(decoding: data, as: UTF8.self)
            fingerprints[name] = String(data.withUnsafeBytes { fnv1a64($0) }, radix: 16)
        }
        var lexicon = try parse(texts)
        lexicon.fingerprints = fingerprints
        lexicon.sources = texts
        return lexicon
    }

    /// Parses the tables from their texts (file name -> contents).
    public static func parse(_ texts: [String: String]) throws(LexiconError) -> Lexicon {
        func table(_ name: String) throws(LexiconError) -> TSVTable {
            try TSVTable(name: name, text: texts[name] ?? "")
        }
        var entities = try Self.countries(table("countries.tsv"))
        entities += try Self.organizations(table("organizations.tsv"))
        entities += try Self.places(table("places.tsv"))
        let roles = try Self.roles(table("roles.tsv"))
        let persons = try Self.persons(table("persons.tsv"))
        let offices = try table("offices.tsv")
        try offices.requireHeader(["alias", "actor", "role"])
        for (i, row) in offices.rows.enumerated() where roles[row[2]] == nil {
            throw offices.error(row: i, "unknown role '\(row[2])'")
        }
        var lexicon = Lexicon(
            entities: entities, persons: persons, roles: roles,
            offices: offices.rows.map { ($0[0], $0[1], $0[2]) },
            cues: try Self.cues(table("cues.tsv")),
            modifiers: try Self.modifiers(table("modifiers.tsv")),
            patterns: try Self.patterns(table("stance_patterns.tsv")),
            verbForms: try Self.verbForms(table("verb_forms.tsv")),
            commonWords: try Self.commonWords(table("common_words.tsv")),
            calendarWords: try Self.firstColumn(table("calendar_words.tsv"), header: ["word", "kind"]),
            givenNames: try Self.firstColumn(table("given_names.tsv"), header: ["name", "gender"]),
            nameCues: try Self.nameCues(table("name_cues.tsv")),
            fingerprints: [:], userLexicon: nil)
        lexicon.nameTaggerWeights = texts["name_tagger.tsv"] ?? ""
        return lexicon
    }

    /// A short version string: the fingerprint of all files together (a user lexicon included).
    public var version: String {
        let joined = fingerprints.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";")
        return String(fnv1a64(Array(joined.utf8)), radix: 16)
    }
}

extension Lexicon {
    static func snakeCase(_ text: String) -> String {
        var out = ""
        var lastUnderscore = true
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar.properties.lowercaseMapping.unicodeScalars.first!)
                lastUnderscore = false
            } else if scalar.properties.generalCategory == .nonspacingMark || scalar == "'" || scalar == "’"
                || scalar == "." {
                continue
            } else if !lastUnderscore {
                out.append("_")
                lastUnderscore = true
            }
        }
        while out.hasSuffix("_") { out.removeLast() }
        return out
    }

    static func countries(_ t: TSVTable) throws(LexiconError) -> [EntityRecord] {
        try t.requireHeader(["code", "kind", "names", "demonyms", "capitals", "seats"])
        var out: [EntityRecord] = []
        for (i, row) in t.rows.enumerated() {
            let code = row[0]
            guard !code.isEmpty else { throw t.error(row: i, "empty code") }
            out.append(EntityRecord(id: code, type: .country, actor: code, aliases: row[2].alternatives()))
            let demonyms = row[3].alternatives()
            if !demonyms.isEmpty {
                out.append(EntityRecord(id: code, type: .group, actor: code, aliases: demonyms))
            }
            let capitals = row[4].alternatives()
            if let first = capitals.first {
                out.append(EntityRecord(id: snakeCase(first), type: .location, actor: code, aliases: capitals))
            }
            for seat in row[5].items() {
                let aliases = seat.alternatives()
                guard let first = aliases.first else { continue }
                out.append(EntityRecord(id: snakeCase(first), type: .org, actor: code, aliases: aliases))
            }
        }
        return out
    }

    /// The header of `organizations.tsv`; a user file may leave out the last column (`state`).
    static let organizationColumns = ["id", "actor", "kind", "names", "state"]

    static func organizations(_ t: TSVTable) throws(LexiconError) -> [EntityRecord] {
        if t.header.count == organizationColumns.count - 1 {
            try t.requireHeader(Array(organizationColumns.dropLast()))
        } else {
            try t.requireHeader(organizationColumns)
        }
        var out: [EntityRecord] = []
        for (i, row) in t.rows.enumerated() {
            var record = EntityRecord(id: row[0], type: .org, actor: row[1], aliases: row[3].alternatives())
            if row.count > 4 {
                guard row[4].isEmpty || row[2] == "armed_group" else {
                    throw t.error(row: i, "only an armed_group has a state ('\(row[4])')")
                }
                record.state = row[4]
            }
            out.append(record)
        }
        return out
    }

    static func places(_ t: TSVTable) throws(LexiconError) -> [EntityRecord] {
        try t.requireHeader(["id", "actor", "names"])
        return t.rows.map { EntityRecord(id: $0[0], type: .location, actor: $0[1], aliases: $0[2].alternatives()) }
    }

    static func roles(_ t: TSVTable) throws(LexiconError) -> [String: [String]] {
        try t.requireHeader(["role", "phrases"])
        var out: [String: [String]] = [:]
        for row in t.rows { out[row[0]] = row[1].alternatives() }
        return out
    }

    static func persons(_ t: TSVTable) throws(LexiconError) -> [PersonRecord] {
        try t.requireHeader(["id", "name", "variants", "roles"])
        var out: [PersonRecord] = []
        for (i, row) in t.rows.enumerated() {
            var spans: [RoleSpan] = []
            for item in row[3].items() {
                // Split on the bytes: the fields are ASCII codes and dates (a split by Character breaks graphemes).
                let parts = item.fields(separatedBy: UInt8(ascii: "/"), omittingEmpty: false)
                guard parts.count == 4, !parts[0].isEmpty, !parts[1].isEmpty,
                    ArticleDate.normalize(parts[2]) != nil, parts[3].isEmpty || ArticleDate.normalize(parts[3]) != nil
                else { throw t.error(row: i, "bad role '\(item)' (ACTOR/role/from/to)") }
                spans.append(RoleSpan(actor: parts[0], role: parts[1], from: parts[2], to: parts[3]))
            }
            out.append(PersonRecord(id: row[0], name: row[1], variants: row[2].alternatives(), roles: spans))
        }
        return out
    }

    static func cues(_ t: TSVTable) throws(LexiconError) -> [CueEntry] {
        try t.requireHeader(["cue", "valence", "note"])
        var out: [CueEntry] = []
        out.reserveCapacity(t.rows.count)
        for (i, row) in t.rows.enumerated() {
            guard let valence = Double(row[1]), valence >= -4, valence <= 4, valence != 0 else {
                throw t.error(row: i, "valence '\(row[1])' is not a non-zero number in [-4, 4]")
            }
            out.append(CueEntry(cue: row[0], valence: valence, note: row[2]))
        }
        return out
    }

    static func modifiers(_ t: TSVTable) throws(LexiconError) -> [ModifierEntry] {
        try t.requireHeader(["word", "kind", "weight", "reason"])
        var out: [ModifierEntry] = []
        for (i, row) in t.rows.enumerated() {
            guard let kind = ModifierEntry.Kind(rawValue: row[1]), let weight = Double(row[2]) else {
                throw t.error(row: i, "bad kind '\(row[1])' or weight '\(row[2])'")
            }
            out.append(ModifierEntry(word: row[0], kind: kind, weight: weight))
        }
        return out
    }

    static func patterns(_ t: TSVTable) throws(LexiconError) -> [PatternEntry] {
        try t.requireHeader(["pattern", "cameo", "kind", "note"])
        var out: [PatternEntry] = []
        for (i, row) in t.rows.enumerated() {
            guard row[1].utf8.count == 2, let root = CameoRoot(string: row[1]), let kind = PatternKind(rawValue: row[2])
            else { throw t.error(row: i, "bad cameo '\(row[1])' or kind '\(row[2])'") }
            out.append(PatternEntry(pattern: row[0], root: root, kind: kind))
        }
        return out
    }

    static func verbForms(_ t: TSVTable) throws(LexiconError) -> [String: [String]] {
        try t.requireHeader(["lemma", "third", "past", "participle", "gerund"])
        var out: [String: [String]] = [:]
        for row in t.rows { out[row[0]] = Array(Set(row)).sorted() }
        return out
    }

    static func commonWords(_ t: TSVTable) throws(LexiconError) -> [String: String] {
        try t.requireHeader(["word", "class"])
        var out: [String: String] = [:]
        for row in t.rows { out[row[0]] = row[1] }
        return out
    }

    static func firstColumn(_ t: TSVTable, header: [String]) throws(LexiconError) -> Set<String> {
        try t.requireHeader(header)
        return Set(t.rows.map { $0[0] })
    }

    static func nameCues(_ t: TSVTable) throws(LexiconError) -> [NameCue] {
        try t.requireHeader(["word", "entity_type", "position"])
        var out: [NameCue] = []
        for (i, row) in t.rows.enumerated() {
            guard let type = EntityType(rawValue: row[1]), let position = NameCue.Position(rawValue: row[2]) else {
                throw t.error(row: i, "bad entity_type '\(row[1])' or position '\(row[2])'")
            }
            out.append(NameCue(word: row[0], type: type, position: position))
        }
        return out
    }
}
