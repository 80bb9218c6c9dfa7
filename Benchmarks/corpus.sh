#!/usr/bin/env bash
# End-to-end speed of the whole tool on a real corpus, side by side with VADER in the same run.
#
#   Benchmarks/corpus.sh [--build-path DIR] [--repeat N] [--keep] CORPUS.jsonl
#
# 1. Builds stancewatch in release (`swift build -c release` at the package root; --build-path or $BUILD_PATH picks
#    another scratch folder than .build).
# 2. Runs `stancewatch analyze CORPUS --out TMP --jobs 1 -q`, then `--jobs 2`, each under /usr/bin/time -v: wall
#    clock and peak RSS from time(1); article text bytes, articles and sentences from the run folder's run.json.
#    The pair is run N times (--repeat, default 3), alternating, each run with a fresh output folder and history:
#    the table gives the median run of each (the machine's speed swings by 15 % from run to run), and every pair's
#    speed-up is listed.
# 3. Makes a throwaway venv, installs vaderSentiment 3.3.2, and scores every sentence of the same corpus (the JSON
#    Lines `text` field, split with a simple regex) on one thread, timing the scoring only.
# 4. Prints one table, the stancewatch/VADER ratio and the jobs-2/jobs-1 speed-up. MB = 10^6 bytes of article text.
#
# Needs: swift, python3 (with venv), /usr/bin/time, pip access (or a wheel in $PIP_FIND_LINKS). Takes a few minutes.
set -euo pipefail
SCRIPT=corpus.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

KEEP=0
REPEAT=3
CORPUS=""
while [ $# -gt 0 ]; do
    case "$1" in
        --build-path) BUILD_PATH="$2"; shift 2 ;;
        --keep) KEEP=1; shift ;;
        --repeat) REPEAT="$2"; shift 2 ;;
        -h|--help) usage ;;
        -*) echo "corpus.sh: unknown option $1" >&2; usage ;;
        *) [ -z "$CORPUS" ] || usage; CORPUS="$1"; shift ;;
    esac
done
[ -n "$CORPUS" ] || usage
[[ "$REPEAT" =~ ^[1-9][0-9]*$ ]] || { echo "corpus.sh: --repeat needs a positive count" >&2; exit 2; }
[ -f "$CORPUS" ] || { echo "corpus.sh: no such file: $CORPUS" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "corpus.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
CORPUS="$(cd "$(dirname "$CORPUS")" && pwd)/$(basename "$CORPUS")"

make_work corpus
now() { date +%s.%N; }

# --- 1. release build -----------------------------------------------------------------------------------------
t0=$(now)
build_release
BUILD_SECONDS=$(python3 -c "print(f'{$(now) - $t0:.0f}')")

# --- 2. VADER in a throwaway venv (installed before the timed runs so pip does not compete with them) ---------------
step "vaderSentiment 3.3.2 in a throwaway venv"
python3 -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install --quiet --disable-pip-version-check vaderSentiment==3.3.2 >&2

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# --- 3. stancewatch, --jobs 1 and --jobs 2, alternating ----------------------------------------------------------------
for round in $(seq "$REPEAT"); do
    for jobs in 1 2; do
        step "stancewatch analyze --jobs $jobs (run $round of $REPEAT)"
        status=0
        /usr/bin/time -v -o "$WORK/time-$jobs-$round.txt" \
            "$BIN" analyze "$CORPUS" --out "$WORK/out-$jobs-$round" --jobs "$jobs" -q || status=$?
        # Exit 1 means some records were rejected (listed in rejects.csv): the run is still complete.
        if [ "$status" -gt 1 ]; then echo "corpus.sh: stancewatch failed (exit $status)" >&2; exit 1; fi
        find "$WORK/out-$jobs-$round" -name run.json -print -quit > "$WORK/runjson-$jobs-$round"
        [ -s "$WORK/runjson-$jobs-$round" ] || { echo "corpus.sh: no run.json under $WORK/out-$jobs-$round" >&2; exit 1; }
        # Only the run folders' sizes matter from here: the history of each run is dropped at once (disk space).
        rm -f "$WORK/out-$jobs-$round.sqlite"*
    done
done

# --- 4. VADER scoring, one thread -----------------------------------------------------------------------------------
step "VADER over every sentence"
cat > "$WORK/vader_bench.py" <<'PY'
import json, re, sys, time
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

# Sentence ends: . ! ? (optionally followed by closing quotes or brackets) then white space; or a blank line.
SPLIT = re.compile(r'(?<=[.!?])["\')\]\u201d\u2019]*\s+|\n\s*\n')
sentences, text_bytes, articles = [], 0, 0
with open(sys.argv[1], encoding='utf-8') as f:
    for line in f:
        if not line.strip():
            continue
        text = json.loads(line).get('text') or ''
        if not text.strip():
            continue
        articles += 1
        text_bytes += len(text.encode('utf-8'))
        sentences.extend(s for s in (p.strip() for p in SPLIT.split(text)) if s)
analyzer = SentimentIntensityAnalyzer()
start, cpu_start = time.perf_counter(), time.process_time()
total = 0.0
for sentence in sentences:
    total += analyzer.polarity_scores(sentence)['compound']
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
json.dump({'text_bytes': text_bytes, 'articles': articles, 'sentences': len(sentences), 'seconds': seconds,
           'cpu_seconds': cpu, 'checksum': total}, sys.stdout)
PY
/usr/bin/time -v -o "$WORK/time-vader.txt" "$WORK/venv/bin/python" "$WORK/vader_bench.py" "$CORPUS" > "$WORK/vader.json"

# --- 5. the table ----------------------------------------------------------------------------------------------------
python3 - "$WORK" "$CORPUS" "$BUILD_SECONDS" "$LOAD_BEFORE" "$(nproc)" "$REPEAT" <<'PY'
import json, os, re, sys
work, corpus, build_seconds, load, cores, repeat = sys.argv[1:7]
repeat = int(repeat)

def time_v(path):
    """Wall seconds, CPU seconds (user + system) and peak RSS (MB) from /usr/bin/time -v."""
    text = open(path).read()
    field = lambda name: re.search(re.escape(name) + r'.*?: (\S+)\n', text).group(1)
    seconds = 0.0
    for part in field('Elapsed (wall clock) time').split(':'):
        seconds = seconds * 60 + float(part)
    cpu = float(field('User time (seconds)')) + float(field('System time (seconds)'))
    return seconds, cpu, int(field('Maximum resident set size (kbytes)')) / 1024

MB = 1e6
rows = []
runs = {}
walls = {}
for jobs in (1, 2):
    measured = []
    for round in range(1, repeat + 1):
        run = json.load(open(open(os.path.join(work, f'runjson-{jobs}-{round}')).read().strip()))
        wall, cpu, rss = time_v(os.path.join(work, f'time-{jobs}-{round}.txt'))
        measured.append((wall, cpu, rss, run))
    walls[jobs] = [m[0] for m in measured]
    # The median run by wall clock (the lower middle one for an even count); peak RSS is the largest of all runs.
    wall, cpu, _, run = sorted(measured, key=lambda m: m[0])[(repeat - 1) // 2]
    rss = max(m[2] for m in measured)
    counts = run['counts']
    runs[jobs] = dict(mbs=run['text_bytes'] / MB / wall, bytes=run['text_bytes'], cpu=cpu)
    spread = f"; wall {min(walls[jobs]):.2f} to {max(walls[jobs]):.2f} s over {repeat} runs" if repeat > 1 else ''
    rows.append((f'stancewatch --jobs {jobs}', wall, run.get('wall_seconds'), cpu, run['text_bytes'] / MB / wall,
                 counts['accepted'] / wall, counts['sentences'] / wall, rss,
                 f"{counts['accepted']:,} articles, {counts['sentences']:,} sentences{spread}"))
vader = json.load(open(os.path.join(work, 'vader.json')))
vwall, _, vrss = time_v(os.path.join(work, 'time-vader.txt'))
vmbs = vader['text_bytes'] / MB / vader['seconds']
rows.append(('VADER 3.3.2, 1 thread', vader['seconds'], None, vader['cpu_seconds'], vmbs, vader['articles'] / vader['seconds'],
             vader['sentences'] / vader['seconds'], vrss,
             f"{vader['sentences']:,} regex sentences; scoring only ({vwall:.1f} s with start-up and reading)"))

name = os.path.basename(corpus)
print()
print(f"Corpus  {name}: {os.path.getsize(corpus) / MB:.1f} MB file, {runs[1]['bytes'] / MB:.1f} MB of article text")
print(f"Machine {cores} cores, load average {load} before the timed runs; release build took {build_seconds} s")
print()
header = (f"{'run':<24} {'wall s':>8} {'run.json s':>10} {'CPU s':>7} {'CPU %':>6} {'MB/s':>8} {'articles/s':>11} "
          f"{'sentences/s':>12} {'peak RSS':>10}  notes")
print(header)
print('-' * len(header))
for label, wall, inner, cpu, mbs, aps, sps, rss, note in rows:
    inner_text = f'{inner:10.2f}' if inner is not None else f"{'-':>10}"
    print(f"{label:<24} {wall:8.2f} {inner_text} {cpu:7.2f} {100 * cpu / wall:5.0f}% {mbs:8.2f} {aps:11,.0f} "
          f"{sps:12,.0f} {rss:8.0f} MB  {note}")
print()
ratio = runs[1]['mbs'] / vmbs
speedup = runs[2]['mbs'] / runs[1]['mbs']
print(f"stancewatch --jobs 1 / VADER     {ratio:6.1f}x   (goal: at least 25x)")
print(f"stancewatch --jobs 2 / --jobs 1  {speedup:6.2f}x   (goal: at least 1.7x; medians)")
if repeat > 1:
    pairs = ', '.join(f'{a / b:.2f}' for a, b in zip(walls[1], walls[2]))
    print(f"  run by run (each --jobs 1 run over the --jobs 2 run after it): {pairs}")
print(f"stancewatch --jobs 1             {runs[1]['mbs']:6.1f} MB/s (goal: at least 40 MB/s)")
print(f"  per CPU second                   {runs[1]['bytes'] / MB / runs[1]['cpu']:6.1f} MB/s; VADER "
      f"{vader['text_bytes'] / MB / vader['cpu_seconds']:.1f} MB/s (less sensitive to other jobs on the machine)")
print()
print(f"stancewatch rows: the median of {repeat} runs by wall clock (its CPU and run.json figures), peak RSS the largest.")
print("MB = 10^6 bytes of article text (the text field; run.json text_bytes). stancewatch wall = the whole process")
print("(start-up, lexicon, reading, analysis, writing the run folder); run.json s = the pipeline's own clock;")
print("CPU = user + system time (VADER: scoring only); CPU % near 200 with --jobs 2 means both cores were used.")
PY
