import StanceIO

#if canImport(Glibc)
    import Glibc
#endif

/// The CSV reader end to end, libcsv callbacks included: the input is written to a file and read through
/// `openInput(path, format: .csv)` exactly as `stancewatch analyze` reads it. Every item must be an article,
/// a reject or a warning; a read error may end the input, nothing may trap.
///
/// The record limit is low (2 KiB) so that the oversize path is reached by inputs of libFuzzer's usual size.
let path = "/tmp/stancewatch-fuzz-csv-\(getpid()).csv"
/// Removes the file when libFuzzer exits (registered on the first input).
let removeAtExit: Void = { atexit { unlink(path) } }()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    _ = removeAtExit
    guard let file = fopen(path, "wb") else { fatalError("cannot create \(path)") }
    precondition(fwrite(data, 1, size, file) == size && fclose(file) == 0, "cannot write \(path)")
    do throws(InputError) {
        let reader = try openInput(path, format: .csv, limits: ReaderLimits(maxRecordBytes: 2048))
        var items = 0
        while let item = try reader.next() {
            items += 1
            // Never more items than bytes plus one (a final error): a loop that does not advance is a hang.
            precondition(items <= size + 2, "the reader does not advance")
            if case .article(let article, _) = item { precondition(!article.id.isEmpty && !article.text.isEmpty) }
        }
        precondition(reader.bytesRead == size, "read \(reader.bytesRead) of \(size) bytes")
    } catch {
        _ = error.description
    }
    return 0
}
