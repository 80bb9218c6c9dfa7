#!/usr/bin/env python3
"""Writes the seed corpus of one fuzz target from ../datasets (and a few hand-written edge cases).

usage: seeds.py TARGET OUT_DIR    (TARGET: json, csv, frontmatter, extract)
"""
import csv
import io
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "datasets"


def jsonl_lines():
    for path in sorted(DATA.rglob("*.jsonl")):
        for line in path.read_bytes().split(b"\n"):
            if line.strip():
                yield line


def text_files():
    for path in sorted(DATA.rglob("*")):
        if path.suffix in (".md", ".txt") and path.name != "README.md":
            yield path.read_bytes()


def csv_files():
    return [path.read_bytes() for path in sorted(DATA.rglob("*.csv"))]


def front_matter_body(raw: bytes) -> bytes:
    lines = raw.split(b"\n")
    if lines and lines[0].strip() == b"---":
        for k in range(1, len(lines)):
            if lines[k].strip() in (b"---", b"..."):
                return b"\n".join(lines[k + 1:])
    return raw


def seeds(target):
    if target == "json":
        yield from jsonl_lines()
        yield from (
            b"{}",
            b'{"id":1,"text":"a"}',
            b'{"id":"x","text":"caf\\u00e9 \\ud83d\\ude00 \\ud800 \\u0000 \\n\\t\\"\\\\\\/"}',
            b'{"id":"x","text":"t","extra":[1,-2.5e+3,true,false,null,{"a":[[]]}],"date":"2022-02"}',
            b'{"id":"x","text":"t","date":null,"title":null,"source":"s"}',
            b'{"id":"x","text":"\xff\xfe bad bytes"}',
            b'{"id":"x","text":"t","n":' + b"[" * 300 + b"]" * 300 + b"}",
        )
    elif target == "csv":
        for raw in csv_files():
            yield raw
            rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
            for row in rows[1:]:
                out = io.StringIO()
                csv.writer(out, lineterminator="\r\n").writerows([rows[0], row])
                yield out.getvalue().encode()
        yield from (
            b"\xef\xbb\xbfid,text,date\r\n1,\"a, \"\"quoted\"\"\r\nline\",2022-01-01\r\n",
            b"id,text\n1,\"unterminated\n",
            b"id,text\n1,a,extra\n\n,\n",
            b"text\nno id column\n",
            b"id,text\n1,\"x\"y\n",
            b"id,text\n1,caf\xc3\xa9 \xff\n2,\x00\n",
        )
    elif target == "frontmatter":
        yield from text_files()
        yield from (
            b"---\n---\n",
            b"---\ntitle: 'quoted'\ndate: \"2022-01\"\n...\nbody",
            b"---\r\ntitle: crlf\r\n---\r\nbody\r\n",
            b"---\nno end\nkey: value",
            b"--- \n: empty key\nk:\n---",
        )
    elif target == "extract":
        for line in jsonl_lines():
            yield json.loads(line)["text"].encode()
        for raw in text_files():
            yield front_matter_body(raw)
        for raw in csv_files():
            for row in csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))):
                yield row["text"].encode()
        yield from (
            "Россия предупредила Украину. 中国 警告 美国. Russia warned Ukraine.".encode(),
            "وقالت روسيا إن أوكرانيا Russia condemned Israel ישראל גינתה.".encode(),
            b"!!!???...,,,;;;" * 20,
            b"RussiaUkraineNATOBidenPutinXiJinping" * 10,
            b"Biden " * 200,
            "U.S.-Russia talks: \"Kyiv\" (Kiev) \u200f\u202eevil\u202c e\u0301 \U0001F600.".encode(),
        )
    else:
        raise SystemExit(f"unknown target {target}")


def main():
    target, out = sys.argv[1], pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    # Only a folder of earlier seeds is cleared: never delete anything this script did not write.
    strangers = [p.name for p in out.iterdir() if not p.name.startswith("seed-") or not p.is_file()]
    if strangers:
        raise SystemExit(f"{out} holds files that are not seeds ({strangers[0]}, ...): choose an empty folder")
    for old in out.iterdir():
        old.unlink()
    count = 0
    for k, seed in enumerate(seeds(target)):
        (out / f"seed-{k:04d}").write_bytes(seed)
        count += 1
    print(f"{count} seeds in {out}")


if __name__ == "__main__":
    main()
