import CFuzzer

/// SwiftPM links executables with `--defsym main=FuzzExtract_main`: hand over to libFuzzer's driver.
@_cdecl("FuzzExtract_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzExtract(data, size) }
}
