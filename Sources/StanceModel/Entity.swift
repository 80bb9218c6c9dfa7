/// The kind of thing a mention names (contract `type` column).
public enum EntityType: String, Sendable, CaseIterable, Comparable, Codable {
    case person = "PERSON"
    case country = "COUNTRY"
    case org = "ORG"
    case location = "LOCATION"
    case group = "GROUP"
    case other = "OTHER"

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One entity mention in an article (a row of `mentions.csv`).
public struct Mention: Sendable, Equatable, Codable {
    /// 0-based sentence index in the article's text (title excluded).
    public var sentence: Int
    /// Offsets in Unicode scalars into the article's text, end exclusive.
    public var start: Int
    public var end: Int
    public var text: String
    public var entity: String
    public var type: EntityType
    /// ISO alpha-3 state code or organisation code; empty when unknown.
    public var actor: String
    /// Tone toward this mention in [-1, 1], from the cues of its clause.
    public var tone: Double

    public init(
        sentence: Int, start: Int, end: Int, text: String, entity: String, type: EntityType,
        actor: String, tone: Double = 0
    ) {
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
        self.entity = entity
        self.type = type
        self.actor = actor
        self.tone = tone
    }
}
