#!/usr/bin/env python3
"""Train the name tagger shipped as Sources/StanceLexicon/Resources/name_tagger.tsv.

A greedy left-to-right averaged perceptron over BIO tags (PER, LOC, ORG, MISC), trained on the
CoNLL-2003 English training split. Python 3 standard library only. Nothing of the corpus text is
written out: only feature weights (and the provenance line).

    python3 Scripts/train_name_tagger.py [CONLL_TRAIN_FILE]        # train, dev check, write the TSV
    python3 Scripts/train_name_tagger.py --predict [FILE] [--gazetteer-file GAZ]

Training reads the CoNLL file (default ../shared/train/conll2003-eng.train relative to the project
root), converts IOB1 to BIO, keeps the last 10% of sentences as a held-out dev part, trains on the
rest (EPOCHS epochs, shuffled with SEED), prunes small weights, rounds them to 4 decimals and writes
the TSV. It then prints token accuracy and span F1 of the written (pruned, rounded) model on the
held-out part.

`--predict` loads the written TSV and tags sentences read from FILE or stdin (one sentence a line,
words separated by single spaces), printing `word<TAB>tag` lines and a blank line per sentence; with
`--swift` it prints Swift array literals instead (for the parity test). The gazetteer is built from
the project's data files unless `--gazetteer-file` names a file of `alias<TAB>TYPE` lines.

Feature templates (version FEATURES_VERSION; Sources/StanceCore/NameTagger.swift implements the same):
  b=                        bias
  w= w-1= w+1= w-2= w+2=    lowercase word and neighbours (`<s>` / `</s>` beyond the sentence)
  sh= sh-1= sh+1=           word shape (see shape()), neighbours as above
  p3= s3=                   first / last 3 code points of the lowercase word
  t-1= t-2t-1= t-1w=        previous tag, previous two tags `t2|t1`, previous tag `|` lowercase word
  first=1                   first word of the sentence (else absent)
  caps=1                    no ASCII lower-case letter anywhere in the sentence (else absent)
  g1=T gf=T gi=T            the exact word is a one-word alias / first word / later word of a
                            multi-word alias of gazetteer type T (one feature per distinct pair,
                            types sorted)
Lower-casing is per code point (str.lower of each character, so no context-dependent final sigma).
Scoring adds the weights of all features for each tag (integers: weight * 10000 in the shipped
model); the argmax wins, ties go to the earlier tag in TAGS. An I-X after a tag other than B-X/I-X
becomes B-X right away, and the corrected tag is the history for the next word.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
import unicodedata

TAGS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
TAG_INDEX = {t: i for i, t in enumerate(TAGS)}
FEATURES_VERSION = 1
EPOCHS = 10
SEED = 13
DEV_FRACTION = 0.10
MAX_BYTES = 6_000_000
THRESHOLDS = [0.1, 0.2, 0.3, 0.5, 1.0, 2.0]

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESOURCES = os.path.join(ROOT, "Sources", "StanceLexicon", "Resources")
OUTPUT = os.path.join(RESOURCES, "name_tagger.tsv")
DEFAULT_TRAIN = os.path.normpath(os.path.join(ROOT, "..", "shared", "train", "conll2003-eng.train"))

# ---------------------------------------------------------------------------------------------
# Features


def lower(word: str) -> str:
    """Lower-case code point by code point (full case mapping, no context)."""
    if word.isascii():
        return word.lower()
    return "".join(c.lower() for c in word)


_LETTER = {"Lu", "Ll", "Lt", "Lm", "Lo"}


def shape(word: str) -> str:
    """ASCII upper -> X, lower -> x, digit -> d, other ASCII -> itself; non-ASCII letters -> X when
    their category is Lu else x, other non-ASCII -> itself; then runs of one character collapse."""
    out = []
    last = ""
    for c in word:
        o = ord(c)
        if 65 <= o <= 90:
            m = "X"
        elif 97 <= o <= 122:
            m = "x"
        elif 48 <= o <= 57:
            m = "d"
        elif o < 128:
            m = c
        else:
            cat = unicodedata.category(c)
            if cat in _LETTER:
                m = "X" if cat == "Lu" else "x"
            else:
                m = c
        if m != last:
            out.append(m)
            last = m
    return "".join(out)


def has_ascii_lower(word: str) -> bool:
    return any("a" <= c <= "z" for c in word)


class Gazetteer:
    """Exact-case word -> sorted gazetteer features (`g1=T`, `gf=T`, `gi=T`)."""

    def __init__(self, aliases):
        table: dict[str, set[str]] = {}
        for alias, typ in aliases:
            words = [w for w in alias.split(" ") if w]
            if not words:
                continue
            if len(words) == 1:
                table.setdefault(words[0], set()).add("g1=" + typ)
            else:
                table.setdefault(words[0], set()).add("gf=" + typ)
                for w in words[1:]:
                    table.setdefault(w, set()).add("gi=" + typ)
        self.table = {w: sorted(fs) for w, fs in table.items()}

    def features(self, word: str):
        return self.table.get(word, ())


def read_tsv(path):
    header = None
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            rows.append(dict(zip(header, cols + [""] * (len(header) - len(cols)))))
    return rows


def project_aliases(resources=RESOURCES):
    """(alias, type) pairs from the project's own data files (see Resources/README.md)."""
    out = []

    def bar(field):
        return [a for a in field.split("|") if a]

    for r in read_tsv(os.path.join(resources, "countries.tsv")):
        out += [(a, "COUNTRY") for a in bar(r["names"])]
        out += [(a, "GROUP") for a in bar(r["demonyms"])]
        out += [(a, "LOCATION") for a in bar(r["capitals"])]
        for seat in r["seats"].split(";"):
            out += [(a, "ORG") for a in bar(seat)]
    for r in read_tsv(os.path.join(resources, "organizations.tsv")):
        out += [(a, "ORG") for a in bar(r["names"])]
    for r in read_tsv(os.path.join(resources, "places.tsv")):
        out += [(a, "LOCATION") for a in bar(r["names"])]
    for r in read_tsv(os.path.join(resources, "persons.tsv")):
        out += [(a, "PERSON") for a in [r["name"]] + bar(r["variants"]) if a]
    return out


def read_gazetteer_file(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            alias, typ = line.split("\t")
            out.append((alias, typ))
    return out


def static_features(words, gaz):
    """Per word, the features that do not depend on earlier tags."""
    n = len(words)
    lw = [lower(w) for w in words]
    sh = [shape(w) for w in words]
    caps = not any(has_ascii_lower(w) for w in words)
    out = []
    for i in range(n):
        f = [
            "b=",
            "w=" + lw[i],
            "w-1=" + (lw[i - 1] if i >= 1 else "<s>"),
            "w+1=" + (lw[i + 1] if i + 1 < n else "</s>"),
            "w-2=" + (lw[i - 2] if i >= 2 else "<s>"),
            "w+2=" + (lw[i + 2] if i + 2 < n else "</s>"),
            "sh=" + sh[i],
            "sh-1=" + (sh[i - 1] if i >= 1 else "<s>"),
            "sh+1=" + (sh[i + 1] if i + 1 < n else "</s>"),
            "p3=" + lw[i][:3],
            "s3=" + lw[i][-3:],
        ]
        if i == 0:
            f.append("first=1")
        if caps:
            f.append("caps=1")
        f.extend(gaz.features(words[i]))
        out.append(f)
    return out, lw


def tag_features(p2, p1, lword):
    return ["t-1=" + p1, "t-2t-1=" + p2 + "|" + p1, "t-1w=" + p1 + "|" + lword]


def fix(prev: str, tag: str) -> str:
    """An I-X after a tag that is neither B-X nor I-X becomes B-X."""
    if tag.startswith("I-") and prev[2:] != tag[2:]:
        return "B-" + tag[2:]
    return tag


# ---------------------------------------------------------------------------------------------
# Data


def read_conll(path):
    """Sentences as (words, BIO tags); IOB1 converted to BIO; -DOCSTART- dropped."""
    sentences = []
    words, tags = [], []

    def flush():
        if words:
            sentences.append((list(words), to_bio(tags)))
        words.clear()
        tags.clear()

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                flush()
                continue
            cols = line.split()
            if cols[0] == "-DOCSTART-":
                flush()
                continue
            words.append(cols[0])
            tags.append(cols[-1])
    flush()
    return sentences


def to_bio(iob1):
    out = []
    prev = "O"
    for t in iob1:
        if t == "O":
            out.append("O")
        else:
            typ = t[2:]
            if t.startswith("B-") or prev == "O" or prev[2:] != typ:
                out.append("B-" + typ)
            else:
                out.append("I-" + typ)
        prev = t
    return out


def spans(tags):
    out = set()
    start = None
    typ = None
    for i, t in enumerate(tags + ["O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != typ):
            if start is not None:
                out.add((typ, start, i))
                start = None
                typ = None
            if t != "O":
                start, typ = i, t[2:]
    return out


# ---------------------------------------------------------------------------------------------
# Perceptron


class Perceptron:
    """Averaged perceptron with the w - u/c trick (Daume, A Course in Machine Learning, alg. 7)."""

    def __init__(self):
        self.w: dict[str, dict[int, float]] = {}
        self.u: dict[str, dict[int, float]] = {}
        self.c = 1

    def scores(self, feats):
        s = [0.0] * len(TAGS)
        w = self.w
        for f in feats:
            row = w.get(f)
            if row:
                for k, v in row.items():
                    s[k] += v
        return s

    def update(self, gold, guess, feats):
        c = self.c
        for f in feats:
            wr = self.w.get(f)
            if wr is None:
                wr = self.w[f] = {}
                ur = self.u[f] = {}
            else:
                ur = self.u[f]
            wr[gold] = wr.get(gold, 0.0) + 1.0
            ur[gold] = ur.get(gold, 0.0) + c
            wr[guess] = wr.get(guess, 0.0) - 1.0
            ur[guess] = ur.get(guess, 0.0) - c

    def averaged(self):
        c = self.c
        out = {}
        for f, wr in self.w.items():
            ur = self.u[f]
            row = {}
            for k, v in wr.items():
                a = v - ur[k] / c
                if a != 0.0:
                    row[k] = a
            if row:
                out[f] = row
        return out


def argmax(s):
    best = 0
    bv = s[0]
    for k in range(1, len(s)):
        if s[k] > bv:
            best, bv = k, s[k]
    return best


def decode(static, lw, score):
    """Greedy left-to-right decoding with the transition fix; `score(feats)` gives 9 scores."""
    p2, p1 = "<s>", "<s>"
    out = []
    for i, f in enumerate(static):
        t = fix(p1, TAGS[argmax(score(f + tag_features(p2, p1, lw[i])))])
        out.append(t)
        p2, p1 = p1, t
    return out


def train(data, epochs, seed):
    model = Perceptron()
    rng = random.Random(seed)
    order = list(range(len(data)))
    for epoch in range(epochs):
        rng.shuffle(order)
        started = time.time()
        right = total = 0
        for idx in order:
            static, lw, gold = data[idx]
            p2, p1 = "<s>", "<s>"
            for i, f in enumerate(static):
                feats = f + tag_features(p2, p1, lw[i])
                guess = argmax(model.scores(feats))
                g = TAG_INDEX[gold[i]]
                if guess != g:
                    model.update(g, guess, feats)
                else:
                    right += 1
                total += 1
                model.c += 1
                t = fix(p1, TAGS[guess])
                p2, p1 = p1, t
        print(f"epoch {epoch + 1}/{epochs}: train token accuracy {right / total:.4f} "
              f"({time.time() - started:.0f}s, {len(model.w)} features)", file=sys.stderr)
    return model.averaged()


def quantise(avg, threshold):
    """feature -> {tag index: weight * 10000 (int)}, pruned at |w| >= threshold, zeros dropped."""
    out = {}
    for f, row in avg.items():
        q = {}
        for k, v in row.items():
            if abs(v) >= threshold:
                i = round(v * 10000)
                if i != 0:
                    q[k] = i
        if q:
            out[f] = q
    return out


def format_weight(i: int) -> str:
    sign = "-" if i < 0 else ""
    i = abs(i)
    whole, frac = divmod(i, 10000)
    frac_s = f"{frac:04d}".rstrip("0")
    return f"{sign}{whole}.{frac_s}" if frac_s else f"{sign}{whole}"


def rows_of(q):
    rows = []
    for f, row in q.items():
        for k, v in row.items():
            rows.append((f, TAGS[k], v))
    rows.sort(key=lambda r: (r[0], r[1]))
    return rows


def body_size(rows):
    return sum(len(f.encode("utf-8")) + len(t) + len(format_weight(v)) + 3 for f, t, v in rows)


def int_scorer(q):
    n = len(TAGS)

    def score(feats):
        s = [0] * n
        for f in feats:
            row = q.get(f)
            if row:
                for k, v in row.items():
                    s[k] += v
        return s

    return score


def float_scorer(avg):
    n = len(TAGS)

    def score(feats):
        s = [0.0] * n
        for f in feats:
            row = avg.get(f)
            if row:
                for k, v in row.items():
                    s[k] += v
        return s

    return score


def evaluate(data, score):
    right = total = 0
    tp = npred = ngold = 0
    for static, lw, gold in data:
        pred = decode(static, lw, score)
        right += sum(p == g for p, g in zip(pred, gold))
        total += len(gold)
        ps, gs = spans(pred), spans(gold)
        tp += len(ps & gs)
        npred += len(ps)
        ngold += len(gs)
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return right / total, p, r, f1


def load_model(path):
    q = {}
    header = False
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            if not header:
                header = True
                continue
            feat, tag, w = line.split("\t")
            neg = w.startswith("-")
            whole, _, frac = w.lstrip("-").partition(".")
            i = int(whole) * 10000 + int((frac + "0000")[:4])
            q.setdefault(feat, {})[TAG_INDEX[tag]] = -i if neg else i
    return q


# ---------------------------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", nargs="?", help="CoNLL train file (training) or sentences file (--predict)")
    ap.add_argument("--predict", action="store_true", help="tag sentences with the written model")
    ap.add_argument("--swift", action="store_true", help="with --predict: print Swift literals")
    ap.add_argument("--gazetteer-file", help="alias<TAB>TYPE lines instead of the project data")
    ap.add_argument("--model", default=OUTPUT, help="weights file (written / read)")
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--threshold", type=float, default=None,
                    help="prune |w| below this (default: smallest of THRESHOLDS that fits MAX_BYTES)")
    args = ap.parse_args()

    aliases = read_gazetteer_file(args.gazetteer_file) if args.gazetteer_file else project_aliases()
    gaz = Gazetteer(aliases)

    if args.predict:
        q = load_model(args.model)
        src = open(args.path, encoding="utf-8") if args.path else sys.stdin
        score = int_scorer(q)
        for line in src:
            line = line.rstrip("\n")
            if not line.strip():
                continue
            words = [w for w in line.split(" ") if w]
            static, lw = static_features(words, gaz)
            tags = decode(static, lw, score)
            if args.swift:
                print("(" + swift_list(words) + ",\n " + swift_list(tags) + "),")
            else:
                for w, t in zip(words, tags):
                    print(f"{w}\t{t}")
                print()
        return

    path = args.path or DEFAULT_TRAIN
    sentences = read_conll(path)
    ndev = int(round(len(sentences) * DEV_FRACTION))
    train_part, dev_part = sentences[: len(sentences) - ndev], sentences[len(sentences) - ndev:]
    print(f"{len(sentences)} sentences: training on {len(train_part)}, held out {len(dev_part)} "
          f"(gazetteer: {len(aliases)} aliases, {len(gaz.table)} words)", file=sys.stderr)

    def prepare(part):
        out = []
        for words, tags in part:
            static, lw = static_features(words, gaz)
            out.append((static, lw, tags))
        return out

    train_data = prepare(train_part)
    dev_data = prepare(dev_part)
    avg = train(train_data, args.epochs, args.seed)

    acc, p, r, f1 = evaluate(dev_data, float_scorer(avg))
    print(f"held-out, unpruned float model: token accuracy {acc:.4f}, span P {p:.4f} R {r:.4f} "
          f"F1 {f1:.4f}", file=sys.stderr)

    chosen = None
    for th in ([args.threshold] if args.threshold is not None else THRESHOLDS):
        q = quantise(avg, th)
        rows = rows_of(q)
        size = body_size(rows)
        acc, p, r, f1 = evaluate(dev_data, int_scorer(q))
        print(f"threshold {th}: {len(q)} features, {len(rows)} weights, ~{size / 1e6:.2f} MB, "
              f"held-out token accuracy {acc:.4f}, span F1 {f1:.4f}", file=sys.stderr)
        if size <= MAX_BYTES - 1000:
            chosen = (th, q, rows, acc, p, r, f1)
            break
    if chosen is None:
        sys.exit("no threshold fits the size limit")
    th, q, rows, acc, p, r, f1 = chosen

    with open(args.model, "w", encoding="utf-8", newline="\n") as out:
        out.write(f"# comment: name tagger weights; trained on CoNLL-2003 English train (first "
                  f"{len(train_part)} of {len(sentences)} sentences; last 10% held out) by "
                  f"Scripts/train_name_tagger.py; averaged perceptron, {args.epochs} epochs, shuffle seed "
                  f"{args.seed}; feature templates version {FEATURES_VERSION}; pruned |w| >= {th}, "
                  f"rounded to 4 decimals; {len(q)} features, {len(rows)} weights; held-out token "
                  f"accuracy {acc:.4f}, span F1 {f1:.4f}\n")
        out.write("feature\ttag\tweight\n")
        for f, t, v in rows:
            out.write(f"{f}\t{t}\t{format_weight(v)}\n")

    # Check the written file reads back to the same model.
    assert load_model(args.model) == q
    print(f"wrote {args.model}: {os.path.getsize(args.model)} bytes, {len(q)} features, {len(rows)} "
          f"weights, threshold {th}", file=sys.stderr)
    print(f"held-out ({len(dev_part)} sentences, {sum(len(s[0]) for s in dev_part)} tokens): "
          f"token accuracy {acc:.4f}, span precision {p:.4f}, recall {r:.4f}, F1 {f1:.4f}")


def swift_list(xs):
    def lit(s):
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

    return "[" + ", ".join(lit(x) for x in xs) + "]"


if __name__ == "__main__":
    main()
