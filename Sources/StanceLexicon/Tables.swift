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
    public func covers(_ date: String) -> Bool {
        guard !date.isEmpty else { return false }
        let start = from
        let end = to.isEmpty ? "9999" : to
        // Compare at the coarser precision of the two so that `2021` overlaps `2021-01-20`.
        func cut(_ a: String, _ b: String) -> (String, String) {
            let n = min(a.count, b.count)
            return (String(a.prefix(n)), String(b.prefix(n)))
        }
        let (d1, s) = cut(date, start)
        let (d2, e) = cut(date, end)
        return d1 >= s && d2 <= e
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
