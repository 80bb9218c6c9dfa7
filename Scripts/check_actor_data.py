#!/usr/bin/env python3
"""Checks the actor data files of StanceLexicon: countries.tsv, organizations.tsv, places.tsv (and persons.tsv,
loosely, when present).

Usage: python3 Scripts/check_actor_data.py [RESOURCES_DIR]

Checks (see Sources/StanceLexicon/Resources/README.md):
- UTF-8, `\\n` line ends, no `\\r`, no empty lines, no trailing or leading spaces in any field or list item,
  exact header as the first line, no comment lines, the right number of fields on every line;
- records sorted by the first column (Python `sorted()` on `str`) and the first column unique;
- countries: ISO-style codes, known kinds, 193 members, observers PSE and VAT, non-empty names;
- organizations: known kinds, upper-case ASCII actor codes that are never a 3-letter ISO 3166 code; a `state`
  (the state a domestic armed group is coded under in stances) only on armed groups, a code of countries.tsv;
  an upper-case id is the organisation's own code (id == actor);
- places: snake_case ids, actor empty or a code of countries.tsv;
- entity ids unique across the three files (country codes, capital and seat ids derived as the Swift loader
  does, organisation ids, place ids);
- no alias (exact string) claimed by two different entities, no alias listed twice in one entity, no empty
  alias, no possessive form (`X's` where `X` is listed).
Exits 1 and prints every problem found, else prints a summary and exits 0.
"""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DIR = os.path.join(HERE, "..", "Sources", "StanceLexicon", "Resources")

# ISO 3166-1 alpha-3: current codes plus withdrawn / reserved ones that must not be used as organisation codes.
ISO3 = set("""
ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR BHS BIH BLM
BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR
CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB
GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA
JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA
MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR
NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS
SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON
TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE
XKX YUG CSK DDR SUN SCG ANT BUR ZAR TMP VDR YMD DHY HVO NTZ RHO NHB PCZ AFI ATB ATN BYS CTE DDR FXX GEL JTN MID
PCI PUS SKM WAK
""".split())

COUNTRY_KINDS = {"member", "observer", "partial", "territory", "historical"}
ORG_KINDS = {"igo", "body", "agency", "court", "armed_group", "ngo", "bloc"}
HEADERS = {
    "countries.tsv": ["code", "kind", "names", "demonyms", "capitals", "seats"],
    "organizations.tsv": ["id", "actor", "kind", "names", "state"],
    "places.tsv": ["id", "actor", "names"],
    "persons.tsv": ["id", "name", "variants", "roles"],
}
SNAKE = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)*$")
ACTOR = re.compile(r"^[A-Z][A-Z0-9]*$")

problems = []
warnings = []


def problem(where, message):
    problems.append(f"{where}: {message}")


def snake_case(text):
    """The id the Swift loader (`Lexicon.snakeCase`) derives from an alias."""
    out = []
    last_underscore = True
    for ch in unicodedata.normalize("NFD", text):
        if ch.isascii() and (ch.isalpha() or ch.isdigit()):
            out.append(ch.lower())
            last_underscore = False
        elif unicodedata.category(ch) == "Mn" or ch in "'\u2019.":
            continue
        elif not last_underscore:
            out.append("_")
            last_underscore = True
    return "".join(out).rstrip("_")


def split_list(where, text, sep):
    items = text.split(sep)
    for item in items:
        if item == "":
            problem(where, f"empty item in {text!r}")
        elif item != item.strip():
            problem(where, f"spaces around item {item!r}")
    return [i for i in items if i.strip()]


def read_table(directory, name, required=True):
    """Returns [(line_number, fields)] or None when the file is missing and optional."""
    path = os.path.join(directory, name)
    if not os.path.exists(path):
        if required:
            problem(name, "missing")
        return None
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        problem(name, f"not UTF-8 ({e})")
        return []
    if "\r" in text:
        problem(name, "contains \\r")
    if not text.endswith("\n"):
        problem(name, "does not end with \\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    header = HEADERS[name]
    if not lines or lines[0].split("\t") != header:
        problem(f"{name}:1", f"header must be {chr(9).join(header)!r}")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        where = f"{name}:{number}"
        if line == "":
            problem(where, "empty line")
            continue
        if line.startswith("#"):
            problem(where, "comment line (not expected in this file)")
            continue
        if line != line.rstrip(" ") or re.search(r" \t|\t ", line):
            problem(where, "trailing white space")
        fields = line.split("\t")
        if len(fields) != len(header):
            problem(where, f"expected {len(header)} fields, found {len(fields)}")
            continue
        for f in fields:
            if f != f.strip():
                problem(where, f"spaces around field {f!r}")
        rows.append((number, fields))
    keys = [f[0] for _, f in rows]
    for (number, fields), previous in zip(rows[1:], keys):
        if fields[0] <= previous:
            problem(f"{name}:{number}", f"{fields[0]!r} not after {previous!r} (sorted, unique first column)")
    return rows


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_DIR
    # entity key -> (where, id, aliases); the key separates the COUNTRY and GROUP entities of one code.
    entities = []
    ids = {}

    def add_id(where, entity_id):
        if entity_id in ids:
            problem(where, f"entity id {entity_id!r} already used at {ids[entity_id]}")
        else:
            ids[entity_id] = where

    # ---- countries
    countries = read_table(directory, "countries.tsv") or []
    codes = set()
    kinds = {}
    for number, (code, kind, names, demonyms, capitals, seats) in countries:
        where = f"countries.tsv:{number}"
        if not re.fullmatch(r"[A-Z]{3}", code):
            problem(where, f"code {code!r} is not three upper-case letters")
        elif code not in ISO3:
            problem(where, f"code {code!r} is not an ISO 3166-1 alpha-3 code")
        codes.add(code)
        if kind not in COUNTRY_KINDS:
            problem(where, f"unknown kind {kind!r}")
        kinds.setdefault(kind, []).append(code)
        name_list = split_list(where, names, "|")
        if not name_list:
            problem(where, "no names")
        add_id(where, code)
        entities.append((where, f"{code} (country)", name_list))
        if demonyms:
            entities.append((where, f"{code} (demonyms)", split_list(where, demonyms, "|")))
        if capitals:
            aliases = split_list(where, capitals, "|")
            cid = snake_case(aliases[0])
            if not SNAKE.match(cid):
                problem(where, f"capital id {cid!r} is not snake_case")
            add_id(where, cid)
            entities.append((where, f"{cid} (capital of {code})", aliases))
        if seats:
            for seat in split_list(where, seats, ";"):
                aliases = split_list(where, seat, "|")
                sid = snake_case(aliases[0])
                if not SNAKE.match(sid):
                    problem(where, f"seat id {sid!r} is not snake_case")
                add_id(where, sid)
                entities.append((where, f"{sid} (seat of {code})", aliases))
    if countries:
        members = kinds.get("member", [])
        if len(members) != 193:
            problem("countries.tsv", f"{len(members)} UN members, expected 193")
        if sorted(kinds.get("observer", [])) != ["PSE", "VAT"]:
            problem("countries.tsv", f"observers are {kinds.get('observer')}, expected PSE and VAT")

    # ---- organisations
    organizations = read_table(directory, "organizations.tsv") or []
    for number, (oid, actor, kind, names, state) in organizations:
        where = f"organizations.tsv:{number}"
        if state and (kind != "armed_group" or state not in ISO3 and state not in codes):
            problem(where, f"state {state!r}: only an armed_group has one, and it must be a state code")
        if not (SNAKE.match(oid) or ACTOR.match(oid)):
            problem(where, f"id {oid!r} is neither snake_case nor an upper-case code")
        if ACTOR.match(oid) and oid != actor:
            problem(where, f"upper-case id {oid!r} should be the organisation's own code (actor {actor!r})")
        if not ACTOR.match(actor):
            problem(where, f"actor {actor!r} is not upper-case ASCII")
        if len(actor) == 3 and actor in ISO3 or actor in codes:
            problem(where, f"actor {actor!r} is an ISO 3166 state code")
        if kind not in ORG_KINDS:
            problem(where, f"unknown kind {kind!r}")
        aliases = split_list(where, names, "|")
        if not aliases:
            problem(where, "no names")
        add_id(where, oid)
        entities.append((where, oid, aliases))

    # ---- places
    places = read_table(directory, "places.tsv") or []
    for number, (pid, actor, names) in places:
        where = f"places.tsv:{number}"
        if not SNAKE.match(pid):
            problem(where, f"id {pid!r} is not snake_case ascii")
        if actor and actor not in codes:
            problem(where, f"actor {actor!r} is not a code of countries.tsv")
        aliases = split_list(where, names, "|")
        if not aliases:
            problem(where, "no names")
        add_id(where, pid)
        entities.append((where, pid, aliases))

    # ---- aliases
    owner = {}
    possessive_of = []
    for where, key, aliases in entities:
        seen = set()
        for alias in aliases:
            if alias in seen:
                problem(where, f"alias {alias!r} listed twice in {key}")
                continue
            seen.add(alias)
            if re.search(r"['\u2019]s$", alias):
                possessive_of.append((where, alias))
            if "\t" in alias or "  " in alias:
                problem(where, f"alias {alias!r} has a tab or double space")
            if alias in owner and owner[alias][1] != key:
                problem(where, f"alias {alias!r} of {key} already claimed by {owner[alias][1]} ({owner[alias][0]})")
            else:
                owner[alias] = (where, key)

    # An alias ending in 's is a possessive form when the name without it is listed too (`Ukraine's`);
    # names whose 's belongs to them (`St. John's`) are allowed.
    for where, alias in possessive_of:
        if alias[:-2] in owner:
            problem(where, f"alias {alias!r} is the possessive of the listed alias {alias[:-2]!r}")

    # ---- persons (loose)
    persons = read_table(directory, "persons.tsv", required=False)
    if persons:
        role_re = re.compile(r"^[A-Z][A-Z0-9_]*/[a-z_]+/\d{4}(-\d{2}-\d{2})?/(\d{4}(-\d{2}-\d{2})?)?$")
        for number, (pid, name, variants, roles) in persons:
            where = f"persons.tsv:{number}"
            if not SNAKE.match(pid):
                problem(where, f"id {pid!r} is not snake_case ascii")
            if not name:
                problem(where, "empty name")
            if variants:
                split_list(where, variants, "|")
            if roles:
                for item in split_list(where, roles, ";"):
                    if not role_re.match(item):
                        problem(where, f"role {item!r} is not ACTOR/role/from/to")
            if pid in ids:
                warnings.append(f"{where}: person id {pid!r} is also an entity id ({ids[pid]})")

    for w in warnings:
        print("warning:", w)
    if problems:
        for p in problems:
            print(p)
        print(f"{len(problems)} problem(s)")
        return 1
    print(
        f"countries.tsv {len(countries)} rows, organizations.tsv {len(organizations)} rows, "
        f"places.tsv {len(places)} rows, persons.tsv {len(persons) if persons else 0} rows; "
        f"{len(ids)} entity ids, {len(owner)} aliases: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
