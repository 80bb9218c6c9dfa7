import StanceIO

/// One JSON Lines record: `JSONRecord.parse` on the raw input bytes must return an article or throw a
/// `Failure`, never trap, whatever the bytes (nesting, escapes, surrogates, NUL, invalid UTF-8).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONRecord(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    do throws(JSONRecord.Failure) {
        let article = try JSONRecord.parse(bytes)
        // The contract of a parsed record: an id and a text that are not blank.
        precondition(!article.id.isEmpty && !article.text.isEmpty)
    } catch {
        _ = error.description
    }
    return 0
}
