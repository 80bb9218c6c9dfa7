#!/usr/bin/env python3
"""Checks persons.tsv and roles.tsv against the rules in Sources/StanceLexicon/Resources/README.md.

Usage: python3 Scripts/check_person_data.py [RESOURCES_DIR]

Also checks, when countries.tsv, organizations.tsv and places.tsv are present, that every role's actor is a
state code or an organisation actor code, and that no multi-word name or variant is claimed by two persons or by
a person and another entity (the rule LexiconValidator enforces).

Exits 0 and prints counts when both files pass; otherwise prints one line per problem and exits 1.
"""

import datetime
import re
import sys
import unicodedata
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "Sources" / "StanceLexicon" / "Resources"
PERSONS_HEADER = ["id", "name", "variants", "roles"]
ROLES_HEADER = ["role", "phrases"]
MIN_PERSONS = 450

SNAKE = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")
ACTOR = re.compile(r"^[A-Z][A-Z0-9]+$")
DATE = re.compile(r"^\d{4}(?:-\d{2}-\d{2})?$")
# Letters that Unicode does not decompose into an ASCII base letter plus marks.
SPECIAL_FOLDS = {
    "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "ß": "ss", "đ": "d", "Đ": "D",
    "ı": "i", "œ": "oe", "Œ": "OE", "ð": "d", "þ": "th", "’": "'", "ʻ": "'",
}

problems: list[str] = []


def problem(where: str, message: str) -> None:
    problems.append(f"{where}: {message}")


def fold(text: str) -> str:
    text = "".join(SPECIAL_FOLDS.get(c, c) for c in text)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def snake_id(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", fold(name).lower().replace("'", "")).strip("_")


def read_table(path: Path, header: list[str]) -> list[tuple[int, list[str]]]:
    """Returns (line number, fields) for each record, after checking the file-level rules."""
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as error:
        problem(name, f"cannot read: {error}")
        return []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        problem(name, f"not UTF-8: {error}")
        return []
    if "\r" in text:
        problem(name, "contains \\r (line ends must be \\n)")
    if not text.endswith("\n"):
        problem(name, "does not end with \\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    records: list[tuple[int, list[str]]] = []
    for number, line in enumerate(lines, 1):
        where = f"{name}:{number}"
        if line == "":
            problem(where, "empty line")
            continue
        if line != line.rstrip():
            problem(where, "trailing whitespace")
        if number == 1:
            if line.split("\t") != header:
                problem(where, f"header must be {'<TAB>'.join(header)}")
            continue
        if line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != len(header):
            problem(where, f"expected {len(header)} tab-separated fields, found {len(fields)}")
            continue
        for column, field in zip(header, fields):
            if field != field.strip():
                problem(where, f"{column} has leading or trailing whitespace")
        records.append((number, fields))
    keys = [fields[0] for _, fields in records]
    seen: set[str] = set()
    for (number, fields) in records:
        if fields[0] in seen:
            problem(f"{name}:{number}", f"duplicate first column '{fields[0]}'")
        seen.add(fields[0])
    for (n1, _), (n2, _), k1, k2 in zip(records, records[1:], keys, keys[1:]):
        if k1 > k2:
            problem(f"{name}:{n2}", f"not sorted: '{k2}' comes after '{k1}'")
    return records


def check_roles(path: Path) -> set[str]:
    records = read_table(path, ROLES_HEADER)
    owner: dict[str, str] = {}
    for number, (role, phrases) in records:
        where = f"{path.name}:{number}"
        if not SNAKE.match(role):
            problem(where, f"role id '{role}' is not snake_case ASCII")
        items = phrases.split("|")
        if not phrases or any(item == "" for item in items):
            problem(where, "empty phrase")
        for item in items:
            if item != item.strip() or "  " in item:
                problem(where, f"phrase '{item}' has stray spaces")
            if item != item.lower():
                problem(where, f"phrase '{item}' is not lower-case")
            if item.endswith("'s"):
                problem(where, f"phrase '{item}' lists a possessive")
            if item in owner:
                problem(where, f"phrase '{item}' also belongs to role '{owner[item]}'")
            else:
                owner[item] = role
    return {fields[0] for _, fields in records}


def parse_date(text: str, where: str) -> tuple[int, int, int] | None:
    if not DATE.match(text):
        problem(where, f"date '{text}' is not yyyy or yyyy-mm-dd")
        return None
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        try:
            datetime.date(*parts)
        except ValueError:
            problem(where, f"date '{text}' does not exist")
            return None
    if not 1900 <= parts[0] <= datetime.date.today().year + 1:
        problem(where, f"date '{text}' is out of range")
    return tuple(parts) + (None,) * (3 - len(parts))  # type: ignore[return-value]


def later(a: tuple, b: tuple) -> bool:
    """True when `a` is certainly later than `b` (compared at the precision both have)."""
    if a[1] is None or b[1] is None:
        return a[0] > b[0]
    return a > b


def other_table(path: Path) -> list[list[str]] | None:
    """Records of another data file (no checks), or None when it is absent."""
    if not path.exists():
        return None
    lines = [line for line in path.read_text(encoding="utf-8").split("\n") if line and not line.startswith("#")]
    return [line.split("\t") for line in lines[1:]]


def alternatives(field: str) -> list[str]:
    return [item.strip() for item in field.split("|") if item.strip()]


def entity_context(directory: Path) -> tuple[set[str] | None, dict[str, str]]:
    """Known actor codes (None when the entity files are absent) and the aliases other entities claim."""
    countries = other_table(directory / "countries.tsv")
    organizations = other_table(directory / "organizations.tsv")
    places = other_table(directory / "places.tsv")
    if countries is None or organizations is None:
        return None, {}
    actors = {row[0] for row in countries} | {row[1] for row in organizations if len(row) > 1}
    claimed: dict[str, str] = {}
    for row in countries:
        for alias in alternatives(row[2]) + alternatives(row[3]):
            claimed.setdefault(alias, row[0])
        if len(row) > 4 and row[4]:
            for alias in alternatives(row[4]):
                claimed.setdefault(alias, "capital of " + row[0])
        if len(row) > 5:
            for seat in row[5].split(";"):
                for alias in alternatives(seat):
                    claimed.setdefault(alias, "seat of " + row[0])
    for row in organizations:
        for alias in alternatives(row[3]) if len(row) > 3 else []:
            claimed.setdefault(alias, row[0])
    for row in places or []:
        for alias in alternatives(row[2]) if len(row) > 2 else []:
            claimed.setdefault(alias, row[0])
    return actors, claimed


def check_persons(path: Path, role_ids: set[str]) -> tuple[int, int]:
    records = read_table(path, PERSONS_HEADER)
    actors, claimed = entity_context(path.parent)
    owners: dict[str, str] = {}
    spans = 0
    for number, (pid, name, variants, roles) in records:
        where = f"{path.name}:{number}"
        if not SNAKE.match(pid):
            problem(where, f"id '{pid}' is not snake_case ASCII")
        if not name:
            problem(where, "empty name")
        elif snake_id(name) != pid:
            problem(where, f"id '{pid}' is not the snake_case form of '{name}' ('{snake_id(name)}')")
        if "|" in name or ";" in name:
            problem(where, "name contains | or ;")
        last = name.split()[-1] if name.split() else ""
        for form in [name] + (variants.split("|") if variants else []):
            if " " not in form:
                continue
            if form in claimed:
                problem(where, f"'{form}' is also an alias of '{claimed[form]}'")
            if owners.get(form, pid) != pid:
                problem(where, f"'{form}' is also a name or variant of '{owners[form]}'")
            owners.setdefault(form, pid)
        if variants:
            items = variants.split("|")
            if any(item == "" for item in items):
                problem(where, "empty variant")
            if len(set(items)) != len(items):
                problem(where, "duplicate variant")
            for item in items:
                if item != item.strip() or "  " in item:
                    problem(where, f"variant '{item}' has stray spaces")
                if item == name:
                    problem(where, f"variant '{item}' repeats the name")
                if " " not in item and item == last:
                    problem(where, f"variant '{item}' is the surname the code derives from the name")
                if item.endswith("'s"):
                    problem(where, f"variant '{item}' lists a possessive")
        if not roles:
            problem(where, "no roles")
            continue
        previous = None
        for item in roles.split(";"):
            spans += 1
            parts = item.split("/")
            if len(parts) != 4:
                problem(where, f"role '{item}' is not ACTOR/role/from/to")
                continue
            actor, role, start, end = parts
            if not ACTOR.match(actor):
                problem(where, f"actor '{actor}' is not an upper-case code")
            elif actors is not None and actor not in actors:
                problem(where, f"actor '{actor}' is neither a state in countries.tsv nor an organisation actor")
            if role not in role_ids:
                problem(where, f"role '{role}' is not in roles.tsv")
            first = parse_date(start, where)
            last_date = parse_date(end, where) if end else None
            if first and last_date and later(first, last_date):
                problem(where, f"role '{item}' ends before it starts")
            if first and previous and later(previous, first):
                problem(where, f"role '{item}' is out of order (roles go by from-date)")
            previous = first or previous
    if len(records) < MIN_PERSONS:
        problem(path.name, f"only {len(records)} persons (at least {MIN_PERSONS} expected)")
    return len(records), spans


def main() -> int:
    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR
    role_ids = check_roles(directory / "roles.tsv")
    persons, spans = check_persons(directory / "persons.tsv", role_ids)
    for line in problems:
        print(line)
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    print(f"ok: {len(role_ids)} roles, {persons} persons, {spans} role spans")
    return 0


if __name__ == "__main__":
    sys.exit(main())
