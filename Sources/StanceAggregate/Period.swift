import StanceModel

/// The time bucket of `trends.csv`.
public enum Period: String, Sendable, CaseIterable {
    case day, week, month, year

    /// The period an article date falls in. A partial date is counted in the period it fits: a `yyyy-mm` date
    /// in a week or day report stays `yyyy-mm`, a `yyyy` date stays `yyyy`; an empty date gives `""`.
    public func bucket(_ date: String) -> String {
        fastBucket(date) ?? bucketBySplitting(date)
    }

    /// `bucket` of a date in digits (`yyyy`, `yyyy-mm` or `yyyy-mm-dd`, the forms an article's date is normalised
    /// to; `ArticleDate.parts` reads them from the bytes), or nil for any other form. The split by character it
    /// replaces cost some 6,000 instructions a date, and the comparison buckets every article it reads back.
    func fastBucket(_ date: String) -> String? {
        guard let (year, month, day) = ArticleDate.parts(date) else { return nil }
        func prefix(_ n: Int) -> String { String(Substring(date.utf8.prefix(n))) }
        switch self {
        case .year: return prefix(4)
        case .month: return prefix(month == nil ? 4 : 7)
        case .day: return date
        case .week:
            guard let month, let day else { return date }
            let (weekYear, week) = Self.isoWeek(year: year, month: month, day: day)
            return "\(Self.pad(weekYear, 4))-W\(Self.pad(week, 2))"
        }
    }

    /// `bucket` by splitting the date on `-` (any form: what the fast paths must agree with).
    func bucketBySplitting(_ date: String) -> String {
        let fields = date.split(separator: "-")
        guard let first = fields.first, let year = Int(first) else { return "" }
        switch self {
        case .year:
            return String(first)
        case .month:
            return fields.count >= 2 ? "\(first)-\(fields[1])" : String(first)
        case .day:
            return date
        case .week:
            guard fields.count == 3, let month = Int(fields[1]), let day = Int(fields[2]) else { return date }
            let (weekYear, week) = Self.isoWeek(year: year, month: month, day: day)
            return "\(Self.pad(weekYear, 4))-W\(Self.pad(week, 2))"
        }
    }

    /// ISO 8601 week-numbering year and week of a civil date.
    public static func isoWeek(year: Int, month: Int, day: Int) -> (Int, Int) {
        let days = daysFromCivil(year, month, day)
        let weekday = ((days % 7) + 10) % 7 + 1  // 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday)
        let thursday = days - weekday + 4
        let (thursdayYear, _, _) = civilFromDays(thursday)
        let firstDay = daysFromCivil(thursdayYear, 1, 1)
        return (thursdayYear, (thursday - firstDay) / 7 + 1)
    }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm).
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp + (mp < 10 ? 3 : -9)
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
