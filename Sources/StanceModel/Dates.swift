/// Article dates as the contract accepts them: `yyyy-mm-dd`, `yyyy-mm` or `yyyy`, or a full ISO timestamp
/// cut to its date.
public enum ArticleDate {
    /// Returns the normalised date, `""` for an empty input, or nil when the text is not a date.
    public static func normalize(_ raw: String) -> String? {
        var trimmed = raw.trimmingASCIIWhitespace()
        if trimmed.isEmpty { return "" }
        // Read in place (once per record): the length of the date at the start, the whole string when it is one.
        let length = trimmed.withUTF8 { bytes -> Int? in
            func digits(_ range: Range<Int>) -> Int? {
                guard range.upperBound <= bytes.count else { return nil }
                var value = 0
                for i in range {
                    let b = bytes[i]
                    guard b >= 48 && b <= 57 else { return nil }
                    value = value * 10 + Int(b - 48)
                }
                return value
            }
            guard let year = digits(0..<4), year >= 1 else { return nil }
            if bytes.count == 4 { return 4 }
            guard bytes.count >= 7, bytes[4] == UInt8(ascii: "-"), let month = digits(5..<7), (1...12).contains(month)
            else { return nil }
            if bytes.count == 7 { return 7 }
            guard bytes.count >= 10, bytes[7] == UInt8(ascii: "-"), let day = digits(8..<10),
                day >= 1, day <= daysIn(year: year, month: month)
            else { return nil }
            // A timestamp: the date must be followed by `T` or a space.
            guard bytes.count == 10 || bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " ") else { return nil }
            return 10
        }
        guard let length else { return nil }
        return length == trimmed.utf8.count ? trimmed : String(decoding: trimmed.utf8.prefix(length), as: UTF8.self)
    }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// Year, month and day of a date in digits (`yyyy`, `yyyy-mm` or `yyyy-mm-dd`, the forms `normalize` gives;
    /// month and day nil when the date is coarser), read from its bytes, or nil for any other form.
    public static func parts(_ date: String) -> (year: Int, month: Int?, day: Int?)? {
        var date = date
        return date.withUTF8 { b -> (year: Int, month: Int?, day: Int?)? in
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for i in range {
                    guard b[i] >= 48 && b[i] <= 57 else { return nil }
                    value = value * 10 + Int(b[i] - 48)
                }
                return value
            }
            guard b.count == 4 || b.count == 7 || b.count == 10, let year = number(0..<4) else { return nil }
            var month: Int?
            var day: Int?
            if b.count >= 7 {
                guard b[4] == 45, let m = number(5..<7) else { return nil }
                month = m
            }
            if b.count == 10 {
                guard b[7] == 45, let d = number(8..<10) else { return nil }
                day = d
            }
            return (year, month, day)
        }
    }
}

extension UInt8 {
    /// An ASCII space, tab, line feed or carriage return: what `trimmingASCIIWhitespace` trims.
    public var isASCIIWhitespace: Bool { self == 32 || self == 9 || self == 10 || self == 13 }
}

extension String {
    /// The string without leading and trailing ASCII spaces, tabs and line ends.
    public func trimmingASCIIWhitespace() -> String {
        let utf8 = self.utf8
        guard let first = utf8.firstIndex(where: { !$0.isASCIIWhitespace }) else { return "" }
        let last = utf8.lastIndex(where: { !$0.isASCIIWhitespace })!
        return String(self[first...last])
    }

    /// Whether the string is empty or ASCII white space only: `trimmingASCIIWhitespace().isEmpty` without the copy
    /// (an article's whole text, for every record).
    public var isASCIIBlank: Bool { utf8.allSatisfy(\.isASCIIWhitespace) }
}
