#!/usr/bin/env python3
"""Check Sources/StanceLexicon/Resources/cues.tsv against the format in Resources/README.md.

Usage: python3 Scripts/check_cues.py [PATH] [--min N]

Checks: UTF-8, `\\n` line ends, header `cue<TAB>valence<TAB>note` as the first non-comment line, three
tab-separated columns per record, no leading or trailing white space in a field, cues lower-case with
single spaces, no possessive `'s` and no `n't`, records sorted by cue (Python `sorted()` on `str`) and
unique, valence a number in [-4, 4] with at most one decimal and not zero, no word in any cue that is a
modifier (negator, intensifier, dampener, hedge ...) listed in modifiers.tsv beside the file or in
MODIFIERS below, since those are rules in code, and no single-word cue that is a function word (phrases
such as `war of words` may contain them). Exits 1 and lists every problem when something is wrong.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "Sources" / "StanceLexicon" / "Resources" / "cues.tsv"
HEADER = ["cue", "valence", "note"]
VALENCE = re.compile(r"^-?\d(\.\d)?$")
# Refused in any cue, whether or not modifiers.tsv lists them: negators and degree words are rules in code.
MODIFIERS = {
    "not", "no", "never", "n't", "none", "nothing", "nobody", "neither", "nor", "without", "very", "too",
    "so", "quite", "rather", "somewhat", "slightly", "deeply", "extremely", "highly", "really", "more",
    "most", "less", "least", "fail", "fails", "failed", "failing", "lack", "lacks", "lacked", "lacking",
}
# Refused as a single-word cue; allowed inside a phrase.
FUNCTION_WORDS = {
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "is",
    "are", "was", "were", "be", "been", "it", "this", "that", "these", "those", "as", "into", "over",
}


def words(cue: str) -> list[str]:
    """Rough word split matching the project tokenizer for our purposes: hyphens are separate tokens."""
    return [w for w in re.split(r"[\s\-]+", cue) if w]


def modifier_words(cues_path: Path) -> set[str]:
    path = cues_path.parent / "modifiers.tsv"
    out: set[str] = set()
    if not path.exists():
        return out
    header_seen = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        out.add(line.split("\t", 1)[0])
    return out


def check(path: Path, minimum: int) -> list[str]:
    errors: list[str] = []
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return [f"not UTF-8: {e}"]
    if text.startswith("\ufeff"):
        errors.append("byte-order mark at start of file")
    if "\r" in text:
        errors.append("carriage return found: use \\n line ends")
    if not text.endswith("\n"):
        errors.append("file does not end with \\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()

    modifiers = modifier_words(path) | MODIFIERS
    header_seen = False
    cues: list[str] = []
    for n, line in enumerate(lines, 1):
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if not header_seen:
            header_seen = True
            if cols != HEADER:
                errors.append(f"line {n}: header must be {'<TAB>'.join(HEADER)!r}, got {line!r}")
            continue
        if len(cols) != 3:
            errors.append(f"line {n}: expected 3 tab-separated columns, got {len(cols)}: {line!r}")
            continue
        cue, valence, note = cols
        where = f"line {n} ({cue!r})"
        if line != line.rstrip(" ") or any(c != c.strip() for c in cols):
            errors.append(f"{where}: leading or trailing white space in a field")
        if not cue:
            errors.append(f"{where}: empty cue")
            continue
        if cue != cue.lower():
            errors.append(f"{where}: cue not lower-case")
        if "  " in cue or re.search(r"[^\S ]", cue):
            errors.append(f"{where}: cue must use single spaces between words")
        if cue.endswith("'s") or " 's" in cue or "'s " in cue:
            errors.append(f"{where}: possessive 's is handled by the matcher; do not list it")
        if "n't" in cue:
            errors.append(f"{where}: n't is a negator rule")
        bad = [w for w in words(cue) if w in modifiers]
        if bad:
            errors.append(f"{where}: contains modifier word(s) {bad}: those are rules in code")
        if cue in FUNCTION_WORDS:
            errors.append(f"{where}: a function word is not a cue")
        if not VALENCE.match(valence):
            errors.append(f"{where}: valence {valence!r} is not a number with at most one decimal")
        else:
            v = float(valence)
            if v == 0:
                errors.append(f"{where}: valence is zero")
            if not -4 <= v <= 4:
                errors.append(f"{where}: valence {v} outside [-4, 4]")
        cues.append(cue)

    if not header_seen:
        errors.append("no header line")
    for i in range(1, len(cues)):
        if cues[i - 1] == cues[i]:
            errors.append(f"duplicate cue {cues[i]!r}")
        elif cues[i - 1] > cues[i]:
            errors.append(f"not sorted: {cues[i - 1]!r} before {cues[i]!r}")
    if len(set(cues)) != len(cues):
        dupes = sorted({c for c in cues if cues.count(c) > 1})
        errors.append(f"cues not unique: {dupes[:20]}")
    if len(cues) < minimum:
        errors.append(f"only {len(cues)} cues, expected at least {minimum}")
    return errors


def main(argv: list[str]) -> int:
    minimum = 4000
    args = list(argv)
    if "--min" in args:
        i = args.index("--min")
        minimum = int(args[i + 1])
        del args[i : i + 2]
    path = Path(args[0]) if args else DEFAULT
    errors = check(path, minimum)
    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        print(f"{path}: {len(errors)} problem(s)", file=sys.stderr)
        return 1
    count = sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")) - 1
    print(f"{path.name}: OK, {count} cues")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
