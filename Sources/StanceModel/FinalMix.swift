/// The last mix of a 64-bit hash (the MurmurHash3 finaliser): every bit of the input reaches every bit of the
/// output, so that the low bits that pick a table's slot and the high bits kept to check it both depend on all of
/// it. Shared by the open-addressing tables (`Vocabulary`, the ids a run has seen).
@inlinable @inline(__always)
public func finalMix(_ h: UInt64) -> UInt64 {
    var h = h
    h ^= h >> 33
    h = h &* 0xFF51_AFD7_ED55_8CCD
    h ^= h >> 33
    h = h &* 0xC4CE_B9FE_1A85_EC53
    h ^= h >> 33
    return h
}
