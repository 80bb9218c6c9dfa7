/// One token of an article: where it is (bytes and Unicode scalars) and what it is.
public struct Token: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        /// Letters and digits, with inner apostrophes and dotted abbreviations (`U.S.`).
        case word
        /// Digits with inner `,` `.` `:` (`155,221`, `5.93`).
        case number
        /// `@handle` or `#hashtag`.
        case handle
        /// One punctuation character.
        case punct
    }

    public struct Flags: OptionSet, Sendable, Equatable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// The first character is an upper-case letter.
        public static let capitalized = Flags(rawValue: 1)
        /// Letters only upper case, at least one letter.
        public static let allCaps = Flags(rawValue: 2)
        /// White space stands before the token.
        public static let spaceBefore = Flags(rawValue: 4)
        /// A line break stands before the token.
        public static let newlineBefore = Flags(rawValue: 8)
        /// A blank line or an indented line stands before the token (a paragraph start).
        public static let paragraphBefore = Flags(rawValue: 16)
        /// Contains a lower-case ASCII letter.
        public static let hasLower = Flags(rawValue: 32)
        /// Contains an upper-case ASCII letter (set with the ids, by `Document`).
        public static let asciiCapital = Flags(rawValue: 64)
    }

    /// Byte offsets into the article text's UTF-8, end exclusive.
    public var start: Int32
    public var end: Int32
    /// Unicode scalar offsets, end exclusive (the contract's `start`/`end`).
    public var scalarStart: Int32
    public var scalarEnd: Int32
    public var kind: Kind
    public var flags: Flags
    /// Id in the lower-case vocabulary (cues, patterns, function words), -1 when not there.
    public var lower: Int32 = -1
    /// Id in the exact-case vocabulary (names), -1 when not there.
    public var exact: Int32 = -1

    public var byteCount: Int { Int(end - start) }
}
