/// Raw byte storage grown to hold `more` bytes past the `used` ones (at least doubling `capacity`): a new block
/// with the used bytes moved over, the old one freed. For the writers that store into raw memory (an array's
/// append checks its uniqueness and capacity at every byte).
/// - Returns: The new block and its capacity.
public func grownStorage(
    _ storage: UnsafeMutableRawPointer, used: Int, capacity: Int, more: Int, alignment: Int
) -> (UnsafeMutableRawPointer, Int) {
    let bigger = max(used + more, 2 * capacity)
    let grown = UnsafeMutableRawPointer.allocate(byteCount: bigger, alignment: alignment)
    grown.copyMemory(from: storage, byteCount: used)
    storage.deallocate()
    return (grown, bigger)
}
