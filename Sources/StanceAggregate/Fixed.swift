/// Scores kept as integers in millionths, so sums are exact and merging in any order gives the same bytes.
public enum Fixed {
    public static let scale = 1_000_000.0

    public static func from(_ x: Double) -> Int64 { Int64((x * scale).rounded()) }

    /// `x` with `digits` decimals, `-0` written as `0`: the one number format of every CSV.
    public static func format(_ x: Double, digits: Int = 4) -> String {
        var p = 1.0
        for _ in 0..<digits { p *= 10 }
        let scaled = (x * p).rounded()
        if scaled == 0 || !scaled.isFinite { return digits == 0 ? "0" : "0." + String(repeating: "0", count: digits) }
        let negative = scaled < 0
        let magnitude = UInt64(abs(scaled))
        let unit = UInt64(p)
        let whole = magnitude / unit
        let frac = magnitude % unit
        var out = negative ? "-" : ""
        out += String(whole)
        if digits > 0 {
            let f = String(frac)
            out += "." + String(repeating: "0", count: digits - f.count) + f
        }
        return out
    }

    /// A mean from fixed-point sums.
    public static func mean(_ sum: Int64, _ count: Int) -> Double { count == 0 ? 0 : Double(sum) / scale / Double(count) }
}
