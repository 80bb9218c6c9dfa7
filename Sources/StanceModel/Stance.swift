/// A CAMEO root (01-20) with the name, quad class and Goldstein value the contract fixes.
public struct CameoRoot: Sendable, Hashable, Comparable, Codable {
    public let code: Int

    public init?(_ code: Int) {
        guard (1...20).contains(code) else { return nil }
        self.code = code
    }

    public init?(string: String) {
        guard let value = Int(string.prefix(2)) else { return nil }
        self.init(value)
    }

    /// Two digits with a leading zero (`04`).
    public var string: String { code < 10 ? "0\(code)" : "\(code)" }
    public var name: String { Self.table[code - 1].name }
    public var quadClass: Int { Self.table[code - 1].quad }
    public var goldstein: Double { Self.table[code - 1].goldstein }
    /// Quad classes 1 and 2 are cooperative, 3 and 4 conflictual.
    public var isCooperative: Bool { quadClass <= 2 }

    public static func < (lhs: CameoRoot, rhs: CameoRoot) -> Bool { lhs.code < rhs.code }
    public static let all: [CameoRoot] = (1...20).map { CameoRoot($0)! }

    // CONTRACT.md, stances.csv: CAMEO roots with GDELT's quad classes and root Goldstein values.
    private static let table: [(name: String, quad: Int, goldstein: Double)] = [
        ("statement", 1, 0.0), ("appeal", 1, 3.0), ("intend_cooperation", 1, 4.0), ("consult", 1, 1.0),
        ("support", 1, 3.5), ("cooperate", 2, 6.0), ("aid", 2, 7.0), ("yield", 2, 5.0),
        ("investigate", 2, -2.0), ("demand", 3, -5.0), ("disapprove", 3, -2.0), ("reject", 3, -4.0),
        ("threaten", 3, -6.0), ("protest", 3, -6.5), ("mobilize", 4, -7.2), ("sanction", 4, -4.0),
        ("coerce", 4, -7.0), ("assault", 4, -9.0), ("fight", 4, -10.0), ("mass_violence", 4, -10.0),
    ]
}

/// Whether a coded act happened, was denied, depends on a condition or is only speculated.
public enum Modality: String, Sendable, CaseIterable, Codable {
    case asserted, negated, conditional, hypothetical
}

/// One coded stance: who does or says what toward whom (a row of `stances.csv`).
public struct Stance: Sendable, Equatable, Codable {
    public var sentence: Int
    public var sourceEntity: String
    public var sourceActor: String
    public var targetEntity: String
    public var targetActor: String
    public var root: CameoRoot
    public var modality: Modality
    /// The words that triggered the coding.
    public var cue: String
    /// The sentence text.
    public var evidence: String

    public init(
        sentence: Int, sourceEntity: String, sourceActor: String, targetEntity: String,
        targetActor: String, root: CameoRoot, modality: Modality, cue: String, evidence: String
    ) {
        self.sentence = sentence
        self.sourceEntity = sourceEntity
        self.sourceActor = sourceActor
        self.targetEntity = targetEntity
        self.targetActor = targetActor
        self.root = root
        self.modality = modality
        self.cue = cue
        self.evidence = evidence
    }
}
