// libFuzzer's driver entry (compiler-rt, linked by -sanitize=fuzzer). SwiftPM links every executable with
// `--defsym main=<Module>_main`, so each fuzz target defines `<Module>_main` and hands over to the driver.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
