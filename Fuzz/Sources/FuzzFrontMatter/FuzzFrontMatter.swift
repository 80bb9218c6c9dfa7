import StanceIO

/// The `---` block of a text file: `FrontMatter.split` on the input decoded as UTF-8.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let (meta, body) = FrontMatter.split(text) {
        // The body is what follows the block: never longer than the text.
        precondition(body.utf8.count <= text.utf8.count)
        for (key, value) in meta { precondition(!key.contains("\n") && !value.contains("\n")) }
    }
    return 0
}
