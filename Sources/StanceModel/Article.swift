/// One input article, as the contract defines it: `id` and `text` are required, the rest may be empty.
public struct Article: Sendable, Equatable, Codable {
    public var id: String
    /// `yyyy-mm-dd`, `yyyy-mm`, `yyyy` or empty.
    public var date: String
    public var source: String
    public var title: String
    public var text: String

    public init(id: String, date: String = "", source: String = "", title: String = "", text: String) {
        self.id = id
        self.date = date
        self.source = source
        self.title = title
        self.text = text
    }
}

/// A record that could not be used, with the place it came from and why (a row of `rejects.csv`).
public struct Reject: Sendable, Equatable, Codable {
    /// The input path (or `-` for standard input).
    public var input: String
    /// The record's position: `line 12`, `row 3`, or the article id where one was read.
    public var record: String
    public var reason: String

    public init(input: String, record: String, reason: String) {
        self.input = input
        self.record = record
        self.reason = reason
    }
}
