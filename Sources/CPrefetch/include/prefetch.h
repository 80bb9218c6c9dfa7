// A cache prefetch hint for Swift, which has none: the extractor asks for a token's vocabulary slots a few
// tokens ahead of the lookups that read them (see `Vocabulary.prefetch`).
#ifndef STANCEWATCH_PREFETCH_H
#define STANCEWATCH_PREFETCH_H

static inline void stancewatch_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

#endif
