#!/usr/bin/env bash
# The nightly job on a long history: the speed of one night's run, most of which is the end of the run.
#
#   Benchmarks/night.sh [--build-path DIR] [--history N] [--night M] [--days D] [--repeat R] [--jobs J] [--keep] CORPUS.jsonl
#
# 1. Builds stancewatch in release (as corpus.sh does).
# 2. Takes the corpus's first N + M records with text (default 19,000 + 300), gives them new ids and new dates: the
#    first N spread evenly over D days (default 58) ending the day before the night, the last M on the night's day
#    (2026-11-28, fixed so that runs compare), and writes them as a history and a night of JSON Lines.
# 3. Builds the history with `stancewatch analyze HISTORY --db H` (timed once), which also stores the comparison
#    parts of its last two months.
# 4. Runs the night R times (default 5), each on a fresh copy of that history, with --jobs J (default 2): wall
#    clock and peak RSS from time(1), the end of the run (`history`) and its bootstrap (`comparison`) from run.json.
#    The first of them is also run on a copy whose comparison parts were dropped (the first night after an
#    upgrade from a history without them).
# 5. Prints one table with the median of the R nights.
#
# Needs: swift, python3 (with its sqlite3 module), /usr/bin/time. Takes about 15 s on Reuters.
set -euo pipefail
SCRIPT=night.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

KEEP=0
REPEAT=5
JOBS=2
HISTORY=19000
NIGHT=300
DAYS=58
CORPUS=""
while [ $# -gt 0 ]; do
    case "$1" in
        --build-path) BUILD_PATH="$2"; shift 2 ;;
        --history) HISTORY="$2"; shift 2 ;;
        --night) NIGHT="$2"; shift 2 ;;
        --days) DAYS="$2"; shift 2 ;;
        --repeat) REPEAT="$2"; shift 2 ;;
        --jobs) JOBS="$2"; shift 2 ;;
        --keep) KEEP=1; shift ;;
        -h|--help) usage ;;
        -*) echo "night.sh: unknown option $1" >&2; usage ;;
        *) [ -z "$CORPUS" ] || usage; CORPUS="$1"; shift ;;
    esac
done
[ -n "$CORPUS" ] || usage
for n in "$HISTORY" "$NIGHT" "$DAYS" "$REPEAT" "$JOBS"; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "night.sh: counts must be positive integers" >&2; exit 2; }
done
[ -f "$CORPUS" ] || { echo "night.sh: no such file: $CORPUS" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "night.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }

make_work night

# --- 1. release build -----------------------------------------------------------------------------------------
build_release
# A folder of its own: a binary in a crowded folder (/tmp) starts slower (Foundation lists it for Bundle.module).
mkdir -p "$WORK/bin"
cp "$BIN" "$WORK/bin/stancewatch"
cp -R "$(dirname "$BIN")"/*.resources "$WORK/bin/" 2>/dev/null || true
BIN="$WORK/bin/stancewatch"

# --- 2. the history and the night ---------------------------------------------------------------------------------
step "a history of $HISTORY records over $DAYS days and a night of $NIGHT"
python3 - "$CORPUS" "$WORK" "$HISTORY" "$NIGHT" "$DAYS" <<'PY'
import datetime, json, sys
corpus, work, history, night, days = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
night_day = datetime.date(2026, 11, 28)
records = []
with open(corpus, encoding='utf-8') as f:
    for line in f:
        if len(records) == history + night:
            break
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and isinstance(record.get('text'), str) and record['text'].strip():
            records.append(record)
if len(records) < history + night:
    sys.exit(f"night.sh: the corpus has only {len(records)} records with text")
with open(f'{work}/history.jsonl', 'w', encoding='utf-8') as h, open(f'{work}/night.jsonl', 'w', encoding='utf-8') as n:
    for k, record in enumerate(records):
        if k < history:
            record['date'] = str(night_day - datetime.timedelta(days=days - k * days // history))
            record['id'] = f'history-{k}'
            h.write(json.dumps(record, ensure_ascii=False) + '\n')
        else:
            record['date'] = str(night_day)
            record['id'] = f'night-{k}'
            n.write(json.dumps(record, ensure_ascii=False) + '\n')
PY

# --- 3. the history ------------------------------------------------------------------------------------------------
step "building the history"
status=0
/usr/bin/time -v -o "$WORK/time-history.txt" "$BIN" analyze "$WORK/history.jsonl" --out "$WORK/out-history" \
    --db "$WORK/h.sqlite" --jobs "$JOBS" -q || status=$?
if [ "$status" -gt 1 ]; then echo "night.sh: building the history failed (exit $status)" >&2; exit 1; fi
# Without the comparison parts: as a history written before they were kept, just upgraded.
python3 - "$WORK/h.sqlite" "$WORK/h-noparts.sqlite" <<'PY'
import shutil, sqlite3, sys
shutil.copyfile(sys.argv[1], sys.argv[2])
db = sqlite3.connect(sys.argv[2])
db.execute('DELETE FROM comparison_part')
db.commit()
db.close()
PY

# --- 4. the nights ------------------------------------------------------------------------------------------------
night() {  # night NAME HISTORY_FILE
    cp "$2" "$WORK/$1.sqlite"
    status=0
    /usr/bin/time -v -o "$WORK/time-$1.txt" "$BIN" analyze "$WORK/night.jsonl" --out "$WORK/out-$1" \
        --db "$WORK/$1.sqlite" --jobs "$JOBS" -q || status=$?
    if [ "$status" -gt 1 ]; then echo "night.sh: the night failed (exit $status)" >&2; exit 1; fi
    rm -f "$WORK/$1.sqlite"*
}
step "the first night after an upgrade (no comparison parts yet)"
night upgrade "$WORK/h-noparts.sqlite"
for round in $(seq "$REPEAT"); do
    step "night $round of $REPEAT"
    night "night-$round" "$WORK/h.sqlite"
done

# --- 5. the table ----------------------------------------------------------------------------------------------------
python3 - "$WORK" "$REPEAT" "$JOBS" "$HISTORY" "$NIGHT" "$DAYS" "$(stat -c %s "$WORK/h.sqlite")" <<'PY'
import json, re, statistics, sys
work, repeat, jobs, history, night, days, size = sys.argv[1], int(sys.argv[2]), *sys.argv[3:]

def time_v(name):
    text = open(f'{work}/time-{name}.txt').read()
    wall = re.search(r'Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)', text)
    h, m, s = wall.groups()
    rss = int(re.search(r'Maximum resident set size \(kbytes\): (\d+)', text).group(1))
    return (int(h or 0) * 3600 + int(m) * 60 + float(s)), rss / 1024

def run_json(name):
    info = json.load(open(f'{work}/out-{name}/run.json'))
    stages = info.get('stage_seconds', {})
    return stages.get('history', 0.0), stages.get('comparison', 0.0), info['history']['articles']

def row(label, names):
    walls = [time_v(n)[0] for n in names]
    rss = max(time_v(n)[1] for n in names)
    stages = [run_json(n) for n in names]
    median = lambda xs: statistics.median(xs)
    print(f'{label:<34} {median(walls):>7.2f} {median([s[0] for s in stages]):>9.2f} {median([s[1] for s in stages]):>11.2f}'
          f' {rss:>8.0f} MB  {stages[0][2]:,} articles in the history')

build_wall, build_rss = time_v('history')
print(f'\nHistory {history} records over {days} days ({int(size) / 1e6:.1f} MB, built in {build_wall:.1f} s, '
      f'{build_rss:.0f} MB peak); night {night} records; --jobs {jobs}\n')
print(f'{"run":<34} {"wall s":>7} {"history s":>9} {"comparison s":>11} {"peak RSS":>11}')
print('-' * 100)
row('first night after an upgrade', ['upgrade'])
row(f'a night (median of {repeat})', [f'night-{k}' for k in range(1, repeat + 1)])
print('\nwall = the whole process; history s = run.json stage_seconds.history, the end of the run (the aggregates\n'
      'of the whole history, the snapshot, the last two periods read back and compared); comparison s = its\n'
      'bootstrap. The night\'s own analysis is the rest (a few hundredths of a second).')
PY
