/// Scores kept as integers in millionths, so sums are exact and merging in any order gives the same bytes.
public enum Fixed {
    public static let scale = 1_000_000.0

    public static func from(_ x: Double) -> Int64 { Int64((x * scale).rounded()) }

    /// `x` with `digits` decimals, `-0` written as `0`: the one number format of every CSV.
    public static func format(_ x: Double, digits: Int = 4) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxBytes) { buffer in
            String(decoding: buffer[..<write(x, digits: digits, into: buffer)], as: UTF8.self)
        }
    }

    /// The most bytes `write` needs: a sign, 20 digits, a point and up to 9 decimals.
    public static let maxBytes = 32

    /// Writes `format(x, digits:)` (`digits` at most 9) as ASCII at the start of `out` (at least `maxBytes`
    /// long) and returns its length: the CSV writer's path, with no String or array per number.
    public static func write(_ x: Double, digits: Int, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var p = 1.0
        for _ in 0..<digits { p *= 10 }
        var scaled = (x * p).rounded()
        if !scaled.isFinite || abs(scaled) >= 1.8e19 { scaled = 0 }
        var n = 0
        if scaled < 0 {
            out[0] = UInt8(ascii: "-")
            n = 1
        }
        let magnitude = UInt64(abs(scaled))
        let unit = UInt64(p)
        n = writeDigits(magnitude / unit, into: out, at: n)
        guard digits > 0 else { return n }
        out[n] = UInt8(ascii: ".")
        var frac = magnitude % unit
        for k in stride(from: n + digits, to: n, by: -1) {
            out[k] = UInt8(ascii: "0") + UInt8(frac % 10)
            frac /= 10
        }
        return n + 1 + digits
    }

    /// Writes the decimal digits of `value` into `out` from `at`; returns the index after them.
    public static func writeDigits(_ value: UInt64, into out: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
        var count = 1
        var rest = value / 10
        while rest > 0 {
            count += 1
            rest /= 10
        }
        var v = value
        for k in stride(from: at + count - 1, through: at, by: -1) {
            out[k] = UInt8(ascii: "0") + UInt8(v % 10)
            v /= 10
        }
        return at + count
    }

    /// A mean from fixed-point sums.
    public static func mean(_ sum: Int64, _ count: Int) -> Double { count == 0 ? 0 : Double(sum) / scale / Double(count) }
}
