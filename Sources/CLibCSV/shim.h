// libcsv (Debian libcsv-dev) has no pkg-config file: this shim is the whole binding.
#include <csv.h>
