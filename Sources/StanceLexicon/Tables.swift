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
    /// Compared at the coarser precision of the two, so that `2021` overlaps `2021-01-20`: the dates are ASCII
    /// (`ArticleDate.normalize` forms, checked when the data is loaded), so their bytes are their characters and
    /// byte order is string order.
    public func covers(_ date: String) -> Bool {
        guard !date.isEmpty else { return false }
        return Self.compare(date, prefixOf: from) >= 0 && (to.isEmpty || Self.compare(date, prefixOf: to) <= 0)
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
