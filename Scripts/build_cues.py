#!/usr/bin/env python3
"""Build Sources/StanceLexicon/Resources/cues.tsv from the word lists in Scripts/cue_data/.

Every value in those lists is this project's own judgement for international news; nothing is copied
from another lexicon. Run `python3 Scripts/build_cues.py` then `python3 Scripts/check_cues.py`.

Data syntax (one group per line, `#` starts a comment line):

    VALUE TOKEN TOKEN ... [| NOTE]

- VALUE: the valence shared by the group, in [-4, 4], one decimal at most, never 0.
- TOKEN: a cue; `_` stands for a space (`war_crimes`), `=V` gives the token its own value (`wartime=-1.5`).
  A `/FLAGS` suffix adds the inflected forms (made at the end of the token, so `air_strike/n` gives
  `air strike`, `air strikes`):
    v  verb: base, -s, -ed, -ing (`attack/v`: attack attacks attacked attacking)
    d  verb with doubled final consonant (`ban/d`: ban bans banned banning)
    n  noun plural (`ally/n`: ally allies; `crisis/n`: crisis crises)
    a  adjective comparative and superlative (`deadly/a`: deadly deadlier deadliest)
    z  add the -ize/-yze spelling of every form (`mobilise/vz` also gives mobilize mobilized ...)
    u  add the -or spelling of every form (`honour/vu` also gives honor honored ...)
  Irregular forms are written out as tokens of their own.
- NOTE: why the value differs from everyday usage (kept short).

A form written out as a token wins over the same form made by a flag; any other clash of values is an
error, so the lists stay consistent.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path("/tmp/cue_data")
OUT = ROOT / "Sources" / "StanceLexicon" / "Resources" / "cues.tsv"

VOWELS = set("aeiou")


def third(w: str) -> str:
    if re.search(r"(s|x|z|ch|sh)$", w):
        return w + "es"
    if len(w) > 1 and w.endswith("y") and w[-2] not in VOWELS:
        return w[:-1] + "ies"
    return w + "s"


def plural(w: str) -> str:
    if w.endswith("sis"):
        return w[:-3] + "ses"
    return third(w)


def past(w: str, double: bool) -> str:
    if double:
        return w + w[-1] + "ed"
    if w.endswith("e"):
        return w + "d"
    if len(w) > 1 and w.endswith("y") and w[-2] not in VOWELS:
        return w[:-1] + "ied"
    return w + "ed"


def gerund(w: str, double: bool) -> str:
    if double:
        return w + w[-1] + "ing"
    if w.endswith("ie"):
        return w[:-2] + "ying"
    if w.endswith("ee") or w.endswith("ye") or w.endswith("oe"):
        return w + "ing"
    if w.endswith("e"):
        return w[:-1] + "ing"
    return w + "ing"


def compare(w: str) -> list[str]:
    if len(w) > 1 and w.endswith("y") and w[-2] not in VOWELS:
        return [w[:-1] + "ier", w[:-1] + "iest"]
    if w.endswith("e"):
        return [w + "r", w + "st"]
    return [w + "er", w + "est"]


def z_spelling(w: str) -> str:
    w2 = re.sub(r"is(e|es|ed|ing|ation|ations|er|ers)$", r"iz\1", w)
    if w2 == w:
        w2 = re.sub(r"ys(e|es|ed|ing)$", r"yz\1", w)
    return w2


def expand(word: str, flags: str) -> list[str]:
    forms = [word]
    if "v" in flags or "d" in flags:
        dbl = "d" in flags
        forms += [third(word), past(word, dbl), gerund(word, dbl)]
    if "n" in flags:
        forms.append(plural(word))
    if "a" in flags:
        forms += compare(word)
    if "z" in flags:
        forms += [z_spelling(f) for f in forms]
    if "u" in flags:
        forms += [f.replace("our", "or", 1) for f in forms]
    seen: list[str] = []
    for f in forms:
        if f not in seen:
            seen.append(f)
    return seen


VALUE = re.compile(r"^-?[0-4](\.\d)?$")


def parse_value(text: str, where: str) -> float:
    if not VALUE.match(text):
        raise SystemExit(f"{where}: bad value {text!r}")
    v = float(text)
    if v == 0 or not -4 <= v <= 4:
        raise SystemExit(f"{where}: value {text} out of range or zero")
    return v


def load() -> dict[str, tuple[float, str]]:
    explicit: dict[str, tuple[float, str, str]] = {}
    generated: dict[str, tuple[float, str, str]] = {}
    for path in sorted(DATA.glob("*.txt")):
        for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            where = f"{path.name}:{lineno}"
            body, _, note = line.partition("|")
            note = note.strip()
            parts = body.split()
            base = parse_value(parts[0], where)
            if len(parts) < 2:
                raise SystemExit(f"{where}: no tokens")
            for tok in parts[1:]:
                value = base
                if "=" in tok:
                    tok, _, v = tok.partition("=")
                    value = parse_value(v, where)
                word, _, flags = tok.partition("/")
                if set(flags) - set("vdnazu"):
                    raise SystemExit(f"{where}: bad flags in {tok!r}")
                word = word.replace("_", " ")
                if word != word.lower():
                    raise SystemExit(f"{where}: {word!r} not lower-case")
                for i, form in enumerate(expand(word, flags)):
                    table = explicit if i == 0 else generated
                    old = table.get(form)
                    if old and (old[0] != value or (old[1] and note and old[1] != note)):
                        raise SystemExit(f"{where}: {form!r} = {value} clashes with {old[0]} at {old[2]}")
                    if not old or (note and not old[1]):
                        table[form] = (value, note, where)
    merged = {k: (v[0], v[1]) for k, v in generated.items()}
    for k, v in explicit.items():
        merged[k] = (v[0], v[1])
    return merged


def fmt(v: float) -> str:
    return f"{v:.1f}"


def main() -> int:
    cues = load()
    lines = ["cue\tvalence\tnote"]
    for cue in sorted(cues):
        v, note = cues[cue]
        lines.append(f"{cue}\t{fmt(v)}\t{note}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    hist = Counter()
    for v, _ in cues.values():
        lo = int(v // 0.5) * 0.5
        hist[lo] += 1
    print(f"wrote {len(cues)} cues to {OUT.relative_to(ROOT)}")
    for lo in sorted(hist):
        print(f"  [{lo:+.1f}, {lo + 0.5:+.1f}): {hist[lo]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
