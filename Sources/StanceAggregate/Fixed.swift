/// Scores kept as integers in millionths, so sums are exact and merging in any order gives the same bytes.
public enum Fixed {
    public static let scale = 1_000_000.0

    public static func from(_ x: Double) -> Int64 { Int64((x * scale).rounded()) }

    /// `x` with `digits` decimals, `-0` written as `0`: the one number format of every CSV.
    public static func format(_ x: Double, digits: Int = 4) -> String {
        withText(x, digits: digits) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with `format(x, digits:)` as ASCII bytes, written on the stack (no `String`): what the CSV
    /// writers quote or append.
    @inlinable
    public static func withText<R>(_ x: Double, digits: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxBytes) { buffer in
            body(UnsafeBufferPointer(rebasing: buffer[..<write(x, digits: digits, into: buffer)]))
        }
    }

    /// The most bytes `write` needs: a sign, 20 digits, a point and up to 9 decimals.
    public static let maxBytes = 32

    /// Writes `format(x, digits:)` (`digits` at most 9) as ASCII at the start of `out` (at least `maxBytes`
    /// long) and returns its length: the CSV writer's path, with no String or array per number. The digits are
    /// written from the right at the end of `out`, then moved to its start (one pass, no division by a variable).
    public static func write(_ x: Double, digits: Int, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        precondition(out.count >= maxBytes && (0...9).contains(digits), "room for any number, at most 9 decimals")
        var scaled = (x * powersOfTen[digits]).rounded()
        if !scaled.isFinite || abs(scaled) >= 1.8e19 { scaled = 0 }
        let base = out.baseAddress!
        var v = UInt64(abs(scaled))
        var k = maxBytes
        for _ in 0..<digits {
            k -= 1
            base[k] = lastDigit(&v)
        }
        if digits > 0 {
            k -= 1
            base[k] = UInt8(ascii: ".")
        }
        repeat {
            k -= 1
            base[k] = lastDigit(&v)
        } while v > 0
        if scaled < 0 {
            k -= 1
            base[k] = UInt8(ascii: "-")
        }
        let n = maxBytes - k
        // Forward, byte by byte: the two ranges may overlap, the target lying before the source.
        for i in 0..<n { base[i] = base[k + i] }
        return n
    }

    /// 10^0 ... 10^9, exact as doubles.
    private static let powersOfTen: [Double] = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9]

    /// Writes the decimal digits of `value` into `out` from `at` (with room for 20 digits); returns the index after
    /// them.
    public static func writeDigits(_ value: UInt64, into out: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
        var count = 1
        var bound: UInt64 = 10
        while count < 20 && value >= bound {
            count += 1
            bound = bound &* 10
        }
        precondition(at >= 0 && at + count <= out.count, "room for the digits")
        let base = out.baseAddress! + at
        var v = value
        var k = count
        repeat {
            k -= 1
            base[k] = lastDigit(&v)
        } while k > 0
        return at + count
    }

    /// The ASCII digit of `v`'s units, `v` then divided by ten (the writers emit digits from the right).
    @inline(__always)
    private static func lastDigit(_ v: inout UInt64) -> UInt8 {
        defer { v /= 10 }
        return UInt8(truncatingIfNeeded: 0x30 &+ v % 10)
    }

    /// A mean from fixed-point sums.
    public static func mean(_ sum: Int64, _ count: Int) -> Double { count == 0 ? 0 : Double(sum) / scale / Double(count) }
}
