#!/usr/bin/env python3
"""Checks stance_patterns.tsv and verb_forms.tsv (see Sources/StanceLexicon/Resources/README.md).

Usage: python3 Scripts/check_patterns.py [RESOURCES_DIR]

Errors (exit status 1):
  - header, column count, `\\n` line ends, no trailing spaces, no empty lines (`#` comments are skipped),
    ASCII lower case;
  - first column sorted (Python str order, which is byte order for ASCII) and unique;
  - cameo two digits 01..20, kind verb|noun;
  - pattern syntax: tokens split by one space; a token is `*`, a literal word, `LEMMA+`, or `a|b|c`
    alternatives of those; a hyphenated or apostrophised literal stands alone (the tokenizer splits it,
    so it cannot sit inside an alternation); `*` never first, last, alone or next to another `*`;
    no repeated alternative in one token;
  - every `LEMMA+` has a row in verb_forms.tsv;
  - at least MIN_PER_ROOT patterns for every root and MIN_TOTAL in all;
  - two patterns that match exactly the same token sequences with different roots.
Warnings: the same clash with equal roots but different kinds; verb_forms rows no pattern uses.
Per-root counts are always printed.
"""
import itertools
import os
import re
import sys

MIN_PER_ROOT = 40
MIN_TOTAL = 1700
ROOTS = [f"{i:02d}" for i in range(1, 21)]
ROOT_NAMES = {
    "01": "statement", "02": "appeal", "03": "intend_cooperation", "04": "consult", "05": "support",
    "06": "cooperate", "07": "aid", "08": "yield", "09": "investigate", "10": "demand",
    "11": "disapprove", "12": "reject", "13": "threaten", "14": "protest", "15": "mobilize",
    "16": "sanction", "17": "coerce", "18": "assault", "19": "fight", "20": "mass_violence",
}
WORD = re.compile(r"^[a-z0-9]+$")
LEMMA = re.compile(r"^[a-z]+\+$")
JOINED = re.compile(r"^[a-z0-9]+(?:[-'][a-z0-9]+)+$")  # cease-fire, sit-in: split by the tokenizer
MAX_EXPANSION = 200_000


def read_table(path, header, errors):
    name = os.path.basename(path)
    try:
        raw = open(path, "rb").read()
    except OSError as e:
        errors.append(f"{name}: cannot read ({e})")
        return []
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError:
        errors.append(f"{name}: not plain ASCII")
        text = raw.decode("utf-8", "replace")
    if "\r" in text:
        errors.append(f"{name}: contains \\r (use \\n line ends)")
    if text and not text.endswith("\n"):
        errors.append(f"{name}: last line has no \\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != header:
        errors.append(f"{name}:1: header must be {'<TAB>'.join(header)}")
        return []
    rows = []
    for n, line in enumerate(lines[1:], 2):
        if line.startswith("#"):
            continue  # comment lines are allowed by the README
        if line == "":
            errors.append(f"{name}:{n}: empty line inside the table")
            continue
        if line != line.rstrip(" "):
            errors.append(f"{name}:{n}: trailing space")
        fields = line.split("\t")
        if len(fields) != len(header):
            errors.append(f"{name}:{n}: {len(fields)} fields, expected {len(header)}")
            continue
        for f in fields:
            if f != f.strip():
                errors.append(f"{name}:{n}: field {f!r} has surrounding whitespace")
        rows.append((n, fields))
    keys = [f[0] for _, f in rows]
    first_seen = {}
    for n, f in rows:
        if f[0] in first_seen:
            errors.append(f"{name}:{n}: duplicate first column {f[0]!r} (first on line {first_seen[f[0]]})")
        else:
            first_seen[f[0]] = n
    for (n, f), prev in zip(rows[1:], keys):
        if f[0] < prev:
            errors.append(f"{name}:{n}: {f[0]!r} out of order (after {prev!r})")
    return rows


def check_token(tok, where, errors, lemmas_used):
    if tok == "*":
        return
    alts = tok.split("|")
    if "" in alts:
        errors.append(f"{where}: empty alternative in {tok!r}")
        return
    if len(set(alts)) != len(alts):
        errors.append(f"{where}: repeated alternative in {tok!r}")
    for a in alts:
        if LEMMA.match(a):
            lemmas_used.setdefault(a[:-1], where)
        elif WORD.match(a):
            pass
        elif JOINED.match(a):
            if len(alts) > 1:
                errors.append(f"{where}: {a!r} is split by the tokenizer and cannot be an alternative")
        else:
            errors.append(f"{where}: bad token {a!r} (lower-case word, LEMMA+, a|b or *)")


def split_literal(word):
    """Tokenizes a literal the way text is: hyphens and apostrophes are tokens of their own."""
    return [t for t in re.split(r"([-'])", word) if t]


def expansions(pattern, forms):
    """All token sequences a pattern can match, with `*` kept as one marker token."""
    options = []
    for tok in pattern.split(" "):
        if tok == "*":
            options.append([("<*>",)])
            continue
        seqs = []
        for a in tok.split("|"):
            if a.endswith("+"):
                seqs += [(f,) for f in forms.get(a[:-1], [a[:-1]])]
            else:
                seqs.append(tuple(split_literal(a)))
        options.append(sorted(set(seqs)))
    size = 1
    for o in options:
        size *= len(o)
    if size > MAX_EXPANSION:
        return None
    return {tuple(t for part in combo for t in part) for combo in itertools.product(*options)}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    res = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "Sources", "StanceLexicon", "Resources")
    errors, warnings = [], []

    vrows = read_table(os.path.join(res, "verb_forms.tsv"), ["lemma", "third", "past", "participle", "gerund"], errors)
    forms = {}
    for n, f in vrows:
        for x in f:
            if not re.match(r"^[a-z]+$", x):
                errors.append(f"verb_forms.tsv:{n}: form {x!r} must be a non-empty lower-case word")
        forms[f[0]] = sorted(set(f))

    prows = read_table(os.path.join(res, "stance_patterns.tsv"), ["pattern", "cameo", "kind", "note"], errors)
    counts = {r: {"verb": 0, "noun": 0} for r in ROOTS}
    lemmas_used = {}
    for n, (pattern, cameo, kind, note) in prows:
        where = f"stance_patterns.tsv:{n}"
        if cameo not in ROOTS:
            errors.append(f"{where}: cameo {cameo!r} is not two digits 01..20")
        if kind not in ("verb", "noun"):
            errors.append(f"{where}: kind {kind!r} is not verb|noun")
        if cameo in ROOTS and kind in ("verb", "noun"):
            counts[cameo][kind] += 1
        if pattern != pattern.lower():
            errors.append(f"{where}: pattern must be lower-case")
        if "  " in pattern or pattern != pattern.strip() or not pattern:
            errors.append(f"{where}: tokens must be separated by single spaces")
        toks = pattern.split(" ")
        if toks[0] == "*" or toks[-1] == "*":
            errors.append(f"{where}: '*' may not be first or last")
        for a, b in zip(toks, toks[1:]):
            if a == "*" and b == "*":
                errors.append(f"{where}: two '*' in a row")
        for tok in toks:
            check_token(tok, where, errors, lemmas_used)
    for lemma, where in sorted(lemmas_used.items()):
        if lemma not in forms:
            errors.append(f"{where}: verb '{lemma}+' has no row in verb_forms.tsv")
    for lemma in sorted(set(forms) - set(lemmas_used)):
        warnings.append(f"verb_forms.tsv: lemma {lemma!r} is not used by any pattern")

    # Patterns that match exactly the same token sequences.
    owner = {}
    for n, (pattern, cameo, kind, _) in prows:
        seqs = expansions(pattern, forms)
        if seqs is None:
            warnings.append(f"stance_patterns.tsv:{n}: too many expansions to check for clashes")
            continue
        for s in seqs:
            if s in owner and owner[s][0] != pattern:
                other, ocameo, okind = owner[s]
                text = " ".join(s)
                if ocameo != cameo:
                    errors.append(f"'{text}' is matched by '{other}' ({ocameo}) and '{pattern}' ({cameo})")
                elif okind != kind:
                    warnings.append(f"'{text}' is matched by '{other}' ({okind}) and '{pattern}' ({kind})")
            else:
                owner[s] = (pattern, cameo, kind)

    total = sum(c["verb"] + c["noun"] for c in counts.values())
    print("root  name                 verb  noun  total")
    for r in ROOTS:
        c = counts[r]
        t = c["verb"] + c["noun"]
        flag = "" if t >= MIN_PER_ROOT else f"   < {MIN_PER_ROOT}"
        print(f"{r}    {ROOT_NAMES[r]:<20} {c['verb']:>4}  {c['noun']:>4}  {t:>5}{flag}")
        if t < MIN_PER_ROOT:
            errors.append(f"root {r}: {t} patterns, at least {MIN_PER_ROOT} required")
    print(f"all                        {sum(c['verb'] for c in counts.values()):>4}  "
          f"{sum(c['noun'] for c in counts.values()):>4}  {total:>5}")
    print(f"verb lemmas: {len(forms)} in verb_forms.tsv, {len(lemmas_used)} used by patterns")
    if total < MIN_TOTAL:
        errors.append(f"{total} patterns in all, at least {MIN_TOTAL} required")

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print("FAILED" if errors else "OK", f"({len(errors)} errors, {len(warnings)} warnings)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
