#!/usr/bin/env bash
# scripts/bench.sh — end-to-end throughput of `whosaid extract` against a regex baseline.
#
# Usage: scripts/bench.sh            (from any directory; takes a few minutes)
#
# What it does:
#   1. cargo build --release (whosaid and gencorpus).
#   2. Generates $BENCH_MB MB of news-like JSONL with `gencorpus --mb $BENCH_MB --seed $BENCH_SEED`
#      into bench-data/ (gitignored); skipped when the file is there with the same size, seed and
#      generator source (a .stamp file beside it records them).
#   3. Times, on that file, each under /usr/bin/time -v (wall time and peak RSS):
#        - baseline: `gencorpus --baseline FILE --threads N` — serde_json parse of every line and a
#          count of `(?-u:\b)(said|says|told|added|according to)(?-u:\b)` in the texts, with rayon,
#          for N = 1 and N = all cores;
#        - `whosaid extract FILE -o /dev/null` (CSV) with --threads 1 and --threads <all cores>.
#   4. Prints a table (MB/s of input file bytes, articles/s, peak RSS MB, CPU seconds), the ratios
#      whosaid(all)/baseline(all) and whosaid(all)/whosaid(1), a check against the targets, the
#      date, CPU model and git commit; writes the same as markdown to bench-data/results.md.
#   5. Optional: when TEXTACY_VENV points at a virtualenv with spaCy, textacy and en_core_web_sm,
#      times textacy's direct_quotations on a 2 MB sample (skipped silently otherwise).
#
# Environment: BENCH_MB (default 200), BENCH_SEED (default 42), BENCH_REPEAT (runs of each
# timing, the fastest is reported; default 1), BENCH_DIR (default <repo>/bench-data),
# TEXTACY_VENV (optional), CARGO (default cargo).
# The machine should be otherwise idle: the load average before and after is reported, and the
# CPU-seconds column (MB per CPU second) stays meaningful when it is not.
# Needs /usr/bin/time (Debian: apt-get install -y time).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

BENCH_MB="${BENCH_MB:-200}"
BENCH_SEED="${BENCH_SEED:-42}"
BENCH_REPEAT="${BENCH_REPEAT:-1}"
BENCH_DIR="${BENCH_DIR:-$ROOT/bench-data}"
CARGO="${CARGO:-cargo}"
NPROC="$(nproc)"
DATA="$BENCH_DIR/gen-seed${BENCH_SEED}-${BENCH_MB}mb.jsonl"
STAMP="$DATA.stamp"
RESULTS="$BENCH_DIR/results.md"
LOGS="$BENCH_DIR/logs"

if [ ! -x /usr/bin/time ]; then
  echo "bench.sh: /usr/bin/time is missing (Debian: apt-get install -y time)" >&2
  exit 2
fi
mkdir -p "$BENCH_DIR" "$LOGS"

echo "== building (release)"
"$CARGO" build --release --quiet --bin whosaid --bin gencorpus
TARGET_DIR="$("$CARGO" metadata --format-version 1 --no-deps 2>/dev/null |
  sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')"
TARGET_DIR="${TARGET_DIR:-$ROOT/target}"
# run private copies: another cargo build in the same tree must not swap a binary mid-run
mkdir -p "$BENCH_DIR/bin"
cp "$TARGET_DIR/release/whosaid" "$TARGET_DIR/release/gencorpus" "$BENCH_DIR/bin/"
WHOSAID="$BENCH_DIR/bin/whosaid"
GENCORPUS="$BENCH_DIR/bin/gencorpus"

# --- the data -------------------------------------------------------------------------------
gen_sum="$(sha256sum "$ROOT/src/bin/gencorpus.rs" | cut -d' ' -f1)"
want_stamp="seed=$BENCH_SEED mb=$BENCH_MB gen=$gen_sum"
have_size="$(stat -c %s "$DATA" 2>/dev/null || echo 0)"
if [ -f "$STAMP" ] && [ "$(head -n1 "$STAMP")" = "$want_stamp" ] &&
  [ "$(sed -n 2p "$STAMP")" = "size=$have_size" ]; then
  echo "== data: $DATA is up to date ($have_size bytes), not regenerated"
else
  echo "== generating $BENCH_MB MB (seed $BENCH_SEED) into $DATA"
  rm -f "$STAMP"
  "$GENCORPUS" --mb "$BENCH_MB" --seed "$BENCH_SEED" -o "$DATA.tmp"
  mv "$DATA.tmp" "$DATA"
  printf '%s\nsize=%s\n' "$want_stamp" "$(stat -c %s "$DATA")" >"$STAMP"
fi
FILE_BYTES="$(stat -c %s "$DATA")"
ARTICLES="$(wc -l <"$DATA")"
cat "$DATA" >/dev/null # warm the page cache so that every run reads from memory
LOAD_START="$(cut -d' ' -f1-3 /proc/loadavg)"
if awk -v l="${LOAD_START%% *}" 'BEGIN { exit !(l > 0.5) }'; then
  echo "bench.sh: warning: load average is $LOAD_START; other processes will skew the timings" >&2
fi

# --- timing ---------------------------------------------------------------------------------
# run NAME CMD...: runs CMD under /usr/bin/time -v; sets WALL (s), RSS_MB, CPU_S; fails if CMD does
run() {
  local name="$1"
  shift
  local tlog="$LOGS/$name.time" olog="$LOGS/$name.out"
  echo "== $name: $*"
  local t0 t1
  t0="$(date +%s%N)"
  if ! /usr/bin/time -v -o "$tlog" "$@" >"$olog" 2>&1; then
    echo "bench.sh: $name failed; see $olog" >&2
    tail -n 20 "$olog" >&2
    return 1
  fi
  t1="$(date +%s%N)"
  sed 's/^/   /' "$olog" | tail -n 2
  WALL="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')"
  RSS_MB="$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$tlog")"
  CPU_S="$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.2f", u + s }' "$tlog")"
}

# measure NAME CMD...: BENCH_REPEAT runs of CMD; keeps the fastest (wall), and the largest RSS
declare -A R_WALL R_RSS R_CPU
measure() {
  local name="$1" i
  shift
  for ((i = 1; i <= BENCH_REPEAT; i++)); do
    run "$name" "$@" || exit 1
    if [ -z "${R_WALL[$name]:-}" ] || awk -v a="$WALL" -v b="${R_WALL[$name]}" 'BEGIN { exit !(a < b) }'; then
      R_WALL[$name]="$WALL"
      R_CPU[$name]="$CPU_S"
    fi
    if [ -z "${R_RSS[$name]:-}" ] || awk -v a="$RSS_MB" -v b="${R_RSS[$name]}" 'BEGIN { exit !(a > b) }'; then
      R_RSS[$name]="$RSS_MB"
    fi
  done
}

measure "baseline-1" "$GENCORPUS" --baseline "$DATA" --threads 1
measure "baseline-$NPROC" "$GENCORPUS" --baseline "$DATA" --threads "$NPROC"
measure "whosaid-1" "$WHOSAID" extract "$DATA" -o /dev/null --threads 1
measure "whosaid-$NPROC" "$WHOSAID" extract "$DATA" -o /dev/null --threads "$NPROC"

# --- optional: textacy ----------------------------------------------------------------------
TEXTACY_ROW=""
if [ -n "${TEXTACY_VENV:-}" ] && [ -x "$TEXTACY_VENV/bin/python" ] &&
  "$TEXTACY_VENV/bin/python" -c 'import spacy, textacy, en_core_web_sm' >/dev/null 2>&1; then
  sample="$BENCH_DIR/textacy-sample-2mb.jsonl"
  head -c 2000000 "$DATA" | head -n -1 >"$sample" # whole lines only
  cat >"$LOGS/textacy.py" <<'PY'
import json, sys, time
import spacy
from textacy.extract.triples import direct_quotations
nlp = spacy.load("en_core_web_sm")
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
t0 = time.perf_counter()
n = sum(1 for doc in nlp.pipe(texts) for _ in direct_quotations(doc))
s = time.perf_counter() - t0
print(f"textacy: {len(texts)} articles, {n} quotes in {s:.2f} s")
PY
  if run "textacy-1" "$TEXTACY_VENV/bin/python" "$LOGS/textacy.py" "$sample"; then
    sbytes="$(stat -c %s "$sample")"
    sarts="$(wc -l <"$sample")"
    TEXTACY_ROW="$(awk -v b="$sbytes" -v a="$sarts" -v w="$WALL" -v r="$RSS_MB" -v c="$CPU_S" 'BEGIN {
      printf "| textacy direct_quotations (2 MB sample, incl. model load) | 1 | %.2f | %.2f | %.0f | %s | %s | %.2f |", w, b / 1e6 / w, a / w, r, c, b / 1e6 / c }')"
  fi
fi

# --- report ---------------------------------------------------------------------------------
mbs() { awk -v b="$FILE_BYTES" -v w="${R_WALL[$1]}" 'BEGIN { printf "%.1f", b / 1e6 / w }'; }
aps() { awk -v a="$ARTICLES" -v w="${R_WALL[$1]}" 'BEGIN { printf "%.0f", a / w }'; }
mbcpu() { awk -v b="$FILE_BYTES" -v c="${R_CPU[$1]}" 'BEGIN { if (c > 0) printf "%.1f", b / 1e6 / c; else print "-" }'; }
row() { printf '| %s | %s | %.2f | %s | %s | %s | %s | %s |\n' "$2" "$3" "${R_WALL[$1]}" "$(mbs "$1")" "$(aps "$1")" \
  "${R_RSS[$1]}" "${R_CPU[$1]}" "$(mbcpu "$1")"; }
ratio() { awk -v a="$(mbs "$1")" -v b="$(mbs "$2")" 'BEGIN { printf "%.2f", a / b }'; }
check() { awk -v v="$1" -v t="$2" 'BEGIN { print ((v + 0 >= t + 0) ? "ok" : "MISSED") }'; }

W1="whosaid-1" WN="whosaid-$NPROC" BN="baseline-$NPROC"
R_VS_BASE="$(ratio "$WN" "$BN")"
R_SCALE="$(ratio "$WN" "$W1")"
PEAK_RSS="$(printf '%s\n%s\n' "${R_RSS[$W1]}" "${R_RSS[$WN]}" | sort -g | tail -n1)"
CPU_MODEL="$(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -n1)"
COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git -C "$ROOT" --no-optional-locks status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  COMMIT="$COMMIT (+ uncommitted changes)"
fi

{
  echo "# whosaid benchmark"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- CPU: $CPU_MODEL, $NPROC cores; memory $(free -g | awk '/^Mem:/ { print $2 }') GiB"
  echo "- commit: $COMMIT"
  echo "- data: $(basename "$DATA"), $(awk -v b="$FILE_BYTES" 'BEGIN { printf "%.1f", b / 1e6 }') MB JSONL, $ARTICLES articles (gencorpus --mb $BENCH_MB --seed $BENCH_SEED), page cache warm"
  echo "- load average before the runs: $LOAD_START (1, 5, 15 min); after: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- MB/s = input file bytes (10^6) per wall second (fastest of $BENCH_REPEAT); RSS = peak resident set (/usr/bin/time -v); CPU s = user + system"
  echo
  echo "| run | threads | wall s | MB/s | articles/s | peak RSS MB | CPU s | MB/CPU-s |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  row "baseline-1" "regex baseline (serde_json + regex count)" 1
  row "$BN" "regex baseline (serde_json + regex count)" "$NPROC"
  row "$W1" "whosaid extract -o /dev/null (CSV)" 1
  row "$WN" "whosaid extract -o /dev/null (CSV)" "$NPROC"
  [ -n "$TEXTACY_ROW" ] && echo "$TEXTACY_ROW"
  echo
  echo "| measure | value | target | |"
  echo "| --- | ---: | ---: | --- |"
  echo "| whosaid $NPROC threads, MB/s | $(mbs "$WN") | >= 100 | $(check "$(mbs "$WN")" 100) |"
  echo "| whosaid($NPROC) / baseline($NPROC) | $R_VS_BASE | >= 0.25 | $(check "$R_VS_BASE" 0.25) |"
  echo "| whosaid $NPROC threads / 1 thread | $R_SCALE | >= 1.8 | $(check "$R_SCALE" 1.8) |"
  echo "| whosaid peak RSS MB | $PEAK_RSS | < 200 | $(awk -v v="$PEAK_RSS" 'BEGIN { print (v < 200 ? "ok" : "MISSED") }') |"
} >"$RESULTS"

echo
cat "$RESULTS"
echo
echo "(written to $RESULTS; logs in $LOGS)"
