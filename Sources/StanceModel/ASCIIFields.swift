#if canImport(Glibc)
    import Glibc
#endif

extension String {
    /// The parts between `separator` bytes (an ASCII byte), in order; empty parts are dropped unless
    /// `omittingEmpty` is false. `split(separator:)` on the UTF-8 bytes instead of the characters: the data files'
    /// separators are ASCII and never combine with a neighbour, and a split by character costs grapheme breaking
    /// (these run for every data file row at every start).
    public func fields(separatedBy separator: UInt8, omittingEmpty: Bool = true) -> [String] {
        var text = self
        return text.withUTF8 { bytes in
            var out: [String] = []
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == separator {
                if !omittingEmpty || start < i {
                    out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                }
                start = i + 1
            }
            return out
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The index of the first line feed at or after `from`, or `count` when there is none: `memchr` (vectorised)
    /// instead of a loop over the bytes, for the data files read at every start.
    public func lineEnd(from: Int) -> Int {
        guard from < count, let base = baseAddress, let found = memchr(base + from, 0x0A, count - from) else { return count }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }
}
