// zlib (Debian zlib1g-dev), used to read .jsonl.gz corpora.
#include <zlib.h>
