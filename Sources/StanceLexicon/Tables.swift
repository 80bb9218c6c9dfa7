import StanceModel

/// An entity of the actor data: a country, capital, seat of government, organisation or place.
public struct EntityRecord: Sendable, Equatable {
    public let id: String
    public let type: EntityType
    public let actor: String
    public let aliases: [String]
    /// The state a domestic armed group is coded under in stances (`organizations.tsv` column `state`), or "".
    public var state: String = ""
}

/// A dated office held by a person.
public struct RoleSpan: Sendable, Equatable {
    public let actor: String
    public let role: String
    /// `yyyy` or `yyyy-mm-dd`; `to` empty while in office.
    public let from: String
    public let to: String

    /// Whether the office covers `date` (any precision). An empty date is never covered.
    ///
    /// Compared at the coarser precision of the two, so that `2021` overlaps `2021-01-20`; an office still held ends
    /// at `9999`. Dates of printable ASCII (every normalised date: an article's, an office's in the data) are
    /// compared as bytes, which for them is Swift's string order and character count; any other text (a raw
    /// `--date`) as strings, as before.
    public func covers(_ date: String) -> Bool {
        guard !date.isEmpty else { return false }
        let end = to.isEmpty ? "9999" : to
        if Self.isPrintableASCII(date) && Self.isPrintableASCII(from) && Self.isPrintableASCII(end) {
            return Self.compare(date, prefixOf: from) >= 0 && Self.compare(date, prefixOf: end) <= 0
        }
        func cut(_ a: String, _ b: String) -> (String, String) {
            let n = min(a.count, b.count)
            return (String(a.prefix(n)), String(b.prefix(n)))
        }
        let (d1, s) = cut(date, from)
        let (d2, e) = cut(date, end)
        return d1 >= s && d2 <= e
    }

    /// Whether every byte is printable ASCII (no control character: `\r\n` is one `Character`).
    static func isPrintableASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
    }

    /// The order of `a` and `b`, each cut to the shorter one's length: -1, 0 or 1.
    static func compare(_ a: String, prefixOf b: String) -> Int {
        var (a, b) = (a, b)
        return a.withUTF8 { x in
            b.withUTF8 { y in
                for i in 0..<min(x.count, y.count) where x[i] != y[i] { return x[i] < y[i] ? -1 : 1 }
                return 0
            }
        }
    }
}

public struct PersonRecord: Sendable, Equatable {
    public let id: String
    public let name: String
    public let variants: [String]
    public let roles: [RoleSpan]
}

public struct CueEntry: Sendable, Equatable {
    public let cue: String
    public let valence: Double
    public let note: String
}

public enum PatternKind: String, Sendable { case verb, noun }

public struct PatternEntry: Sendable, Equatable {
    public let pattern: String
    public let root: CameoRoot
    public let kind: PatternKind
}

/// A word that changes the cues around it (`modifiers.tsv`).
public struct ModifierEntry: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case negator, intensifier, dampener, contrast, concession, hedge, condition
    }
    public let word: String
    public let kind: Kind
    public let weight: Double
}

/// A capitalised word that marks the type of the name it stands in (`name_cues.tsv`).
public struct NameCue: Sendable, Equatable {
    public enum Position: String, Sendable { case before, after, any }
    public let word: String
    public let type: EntityType
    public let position: Position
}
