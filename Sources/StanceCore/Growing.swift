extension Array {
    /// Makes the array at least `count` long, new places holding `value`. For tables indexed by id that grow as ids
    /// come, and for buffers reused from one sentence to the next, whose storage only grows.
    @inline(__always)
    mutating func grow(to count: Int, filling value: Element) {
        if self.count < count { append(contentsOf: repeatElement(value, count: count - self.count)) }
    }
}
