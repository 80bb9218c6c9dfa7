#!/usr/bin/env python3
"""Validate the word lists used to type unknown capitalised sequences.

Checks common_words.tsv, calendar_words.tsv, given_names.tsv and name_cues.tsv in
Sources/StanceLexicon/Resources (or the directory given as the first argument):

- UTF-8, `\\n` line endings, final newline, no blank lines, no trailing spaces or tabs;
- `#` comment lines only before the header; the header names the expected columns;
- every record has exactly the header's number of tab-separated fields, none empty;
- records sorted by the first column in Python `str` order, first column unique;
- allowed values in the typed columns, and the expected letter case of the first column.

Overlaps between the lists (a given name that is also a common word, ...) are printed
as warnings and do not fail the check. Exit status 0 when every file passes, 1 otherwise.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DIR = os.path.join(HERE, '..', 'Sources', 'StanceLexicon', 'Resources')


def first_is_lower(w):
    return w == w.lower()


def first_is_capital(w):
    return w[:1].isupper()


SPECS = {
    'common_words.tsv': {
        'header': ['word', 'class'],
        'allowed': {1: {'function', 'verb', 'noun', 'adj', 'adv', 'other'}},
        'key_check': (first_is_lower, 'must be lower-case'),
    },
    'calendar_words.tsv': {
        'header': ['word', 'kind'],
        'allowed': {1: {'month', 'weekday'}},
        'key_check': (first_is_capital, 'must start with a capital letter'),
    },
    'given_names.tsv': {
        'header': ['name', 'gender'],
        'allowed': {1: {'m', 'f', 'u'}},
        'key_check': (first_is_capital, 'must start with a capital letter'),
    },
    'name_cues.tsv': {
        'header': ['word', 'entity_type', 'position'],
        'allowed': {1: {'PERSON', 'ORG', 'LOCATION', 'OTHER'}, 2: {'before', 'after', 'any'}},
        'key_check': (first_is_capital, 'must start with a capital letter'),
    },
}


def check_file(path, spec):
    """Return (errors, records) for one file."""
    errors = []
    name = os.path.basename(path)

    def err(lineno, msg):
        errors.append(f'{name}:{lineno}: {msg}')

    try:
        raw = open(path, 'rb').read()
    except OSError as e:
        return [f'{name}: cannot read: {e}'], []
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        return [f'{name}: not valid UTF-8: {e}'], []
    if text.startswith('\ufeff'):
        err(1, 'starts with a byte-order mark')
    if '\r' in text:
        err(0, 'contains carriage returns (line endings must be \\n)')
    if not text.endswith('\n'):
        err(0, 'does not end with a newline')

    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()

    header_seen = False
    records = []
    ncols = len(spec['header'])
    for i, line in enumerate(lines, start=1):
        if line == '':
            err(i, 'blank line')
            continue
        if line != line.rstrip(' \t'):
            err(i, 'trailing whitespace')
        if line[:1].isspace():
            err(i, 'leading whitespace')
        if line.startswith('#'):
            if header_seen:
                err(i, 'comment after the header')
            continue
        fields = line.split('\t')
        if not header_seen:
            header_seen = True
            if fields != spec['header']:
                err(i, f'header is {fields!r}, expected {spec["header"]!r}')
            continue
        if len(fields) != ncols:
            err(i, f'{len(fields)} fields, expected {ncols}: {line!r}')
            continue
        if any(f == '' for f in fields):
            err(i, f'empty field: {line!r}')
            continue
        if any(f != f.strip() for f in fields):
            err(i, f'field with surrounding whitespace: {line!r}')
        if any(' ' in f for f in fields[:1]):
            err(i, f'first column contains a space: {fields[0]!r}')
        for col, allowed in spec['allowed'].items():
            if fields[col] not in allowed:
                err(i, f'{spec["header"][col]} {fields[col]!r} not in {sorted(allowed)}')
        check, why = spec['key_check']
        if not check(fields[0]):
            err(i, f'{fields[0]!r} {why}')
        records.append((i, fields))

    if not header_seen:
        err(0, 'no header line')

    seen = {}
    prev = None
    for lineno, fields in records:
        key = fields[0]
        if key in seen:
            err(lineno, f'duplicate {key!r} (first at line {seen[key]})')
        else:
            seen[key] = lineno
        if prev is not None and key < prev:
            err(lineno, f'not sorted: {key!r} after {prev!r}')
        prev = key
    if not records:
        err(0, 'no records')
    return errors, records


def main(argv):
    directory = argv[1] if len(argv) > 1 else DEFAULT_DIR
    all_errors = []
    tables = {}
    for fname, spec in SPECS.items():
        errors, records = check_file(os.path.join(directory, fname), spec)
        all_errors.extend(errors)
        tables[fname] = {f[0]: f[1:] for _, f in records}
        status = 'ok' if not errors else f'{len(errors)} error(s)'
        print(f'{fname}: {len(records)} records, {status}')

    # cross-file overlaps: warnings only
    common = tables.get('common_words.tsv', {})
    calendar = tables.get('calendar_words.tsv', {})
    names = tables.get('given_names.tsv', {})
    cues = tables.get('name_cues.tsv', {})
    warnings = []
    for n in sorted(names):
        if n.lower() in common:
            warnings.append(f'given name {n!r} is also a common word ({common[n.lower()][0]})')
        if n in calendar:
            warnings.append(f'given name {n!r} is also a calendar word')
        if n in cues:
            warnings.append(f'given name {n!r} is also a name cue')
    for c in sorted(calendar):
        if c in cues:
            warnings.append(f'calendar word {c!r} is also a name cue')
    for w in warnings:
        print(f'warning: {w}')

    for e in all_errors:
        print(f'error: {e}', file=sys.stderr)
    if all_errors:
        print(f'FAILED: {len(all_errors)} error(s)', file=sys.stderr)
        return 1
    print('all word lists pass')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
