import CFuzzer

/// SwiftPM links executables with `--defsym main=FuzzJSONRecord_main`: hand over to libFuzzer's driver.
@_cdecl("FuzzJSONRecord_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzJSONRecord(data, size) }
}
