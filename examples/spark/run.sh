#!/usr/bin/env bash
# Run whosaid on Spark (local[2]) end to end and check it against a local run.
#
#   bash examples/spark/run.sh          # from any directory
#
# 1. installs a JDK from Debian if `java` is missing (needs root or sudo),
# 2. makes a venv (examples/spark/.venv) with pyspark from PyPI,
# 3. builds whosaid (cargo build --release at the repo root),
# 4. builds the input: corpus/ as JSONL plus a generated corpus (gen_articles.py),
# 5. runs whosaid_spark.py with spark-submit --master local[2],
# 6. runs `whosaid extract` locally on the same input,
# 7. checks that whosaid's exit status 1 (some articles unreadable) fails the
#    job, and that --skip-bad-articles lets it finish and counts them,
# 8. checks that both found the same attributions (check_output.py).
#
# Settings (environment): ARTICLES (generated articles, default 3000),
# PARTITIONS (default 8), SEED (default 7), PYSPARK_VERSION (default 3.5.9),
# VENV (default examples/spark/.venv), WORK (default examples/spark/work),
# RUST_TARGET (a rustc target to build for, e.g. x86_64-unknown-linux-musl for the
# static binary you would ship to a cluster), BINARY (use this whosaid binary
# instead of building one).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
ARTICLES="${ARTICLES:-3000}"
PARTITIONS="${PARTITIONS:-8}"
SEED="${SEED:-7}"
PYSPARK_VERSION="${PYSPARK_VERSION:-3.5.9}"
VENV="${VENV:-$HERE/.venv}"
WORK="${WORK:-$HERE/work}"

started=$(date +%s.%N)
step() { printf '\n==> %s\n' "$*"; }
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$(date +%s.%N)"; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

step "Java"
if ! command -v java >/dev/null 2>&1; then
    echo "java not found: installing openjdk-17-jre-headless from Debian"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq openjdk-17-jre-headless >/dev/null
fi
java -version 2>&1 | head -1

step "Python venv with pyspark $PYSPARK_VERSION ($VENV)"
if [ ! -x "$VENV/bin/python" ]; then
    if ! python3 -m venv "$VENV"; then
        echo "python3 -m venv failed: installing python3-venv from Debian"
        rm -rf "$VENV"
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-venv >/dev/null
        python3 -m venv "$VENV"
    fi
fi
PY="$VENV/bin/python"
if ! "$PY" -c "import sys, pyspark; sys.exit(pyspark.__version__ != sys.argv[1])" \
        "$PYSPARK_VERSION" 2>/dev/null; then
    "$PY" -m pip install --quiet --disable-pip-version-check "pyspark==$PYSPARK_VERSION"
fi
"$PY" -c "import pyspark; print('pyspark', pyspark.__version__)"

if [ -n "${BINARY:-}" ]; then
    step "whosaid binary from BINARY (not building)"
    BIN="$(cd "$(dirname "$BINARY")" && pwd)/$(basename "$BINARY")"
else
    step "Build whosaid${RUST_TARGET:+ for $RUST_TARGET}"
    (cd "$ROOT" && cargo build --release ${RUST_TARGET:+--target "$RUST_TARGET"})
    BIN="${CARGO_TARGET_DIR:-$ROOT/target}/${RUST_TARGET:+$RUST_TARGET/}release/whosaid"
fi
[ -x "$BIN" ] || { echo "no binary at $BIN" >&2; exit 1; }
echo "$BIN"

step "Input corpus ($WORK/input)"
rm -rf "$WORK/input" "$WORK/spark-out" "$WORK/local-out" "$WORK/bad-input" "$WORK/bad-out" \
    "$WORK"/*.log "$WORK"/*.stdout "$WORK/bad-local.jsonl"
mkdir -p "$WORK/input" "$WORK/local-out"
n_bundled=$("$PY" "$HERE/corpus_to_jsonl.py" "$ROOT/corpus" "$WORK/input/bundled.jsonl")
"$PY" "$HERE/gen_articles.py" --count "$ARTICLES" --seed "$SEED" \
    -o "$WORK/input/generated.jsonl.gz"
echo "bundled articles from corpus/: $n_bundled; generated: $ARTICLES (gzip)"
ls -l "$WORK/input"

step "Spark job (local[2], $PARTITIONS partitions)"
export PYSPARK_PYTHON="$PY" PYSPARK_DRIVER_PYTHON="$PY"
t0=$(date +%s.%N)
if ! "$VENV/bin/spark-submit" \
        --master 'local[2]' \
        --driver-memory 2g \
        --conf spark.ui.enabled=false \
        --conf spark.ui.showConsoleProgress=false \
        "$HERE/whosaid_spark.py" \
        "$WORK/input" "$WORK/spark-out" "$BIN" "$PARTITIONS" \
        >"$WORK/spark.stdout" 2>"$WORK/spark.log"; then
    cat "$WORK/spark.stdout"
    echo "spark-submit failed; last lines of $WORK/spark.log:" >&2
    tail -n 40 "$WORK/spark.log" >&2
    exit 1
fi
spark_seconds=$(elapsed "$t0")
cat "$WORK/spark.stdout"
echo "spark job: ${spark_seconds} s (log: $WORK/spark.log)"
spark_articles=$(sed -n 's/^whosaid_spark: \([0-9]*\) articles.*/\1/p' "$WORK/spark.stdout")

step "Local whosaid run on the same input"
t0=$(date +%s.%N)
local_outputs=()
for f in "$WORK"/input/*; do
    out="$WORK/local-out/$(basename "$f").out.jsonl"
    "$BIN" extract "$f" --format jsonl -o "$out" 2>>"$WORK/local.log"
    local_outputs+=("$out")
done
local_seconds=$(elapsed "$t0")
wc -l "${local_outputs[@]}"
echo "local run: ${local_seconds} s"
# and whosaid's CSV, on the whole input folder, for check_output.py to read with Spark
"$BIN" extract "$WORK/input" -o "$WORK/local-out/all.csv" 2>>"$WORK/local.log"

step "Bad articles: whosaid exits 1, the job fails unless --skip-bad-articles"
mkdir -p "$WORK/bad-input"
{
    "$PY" "$HERE/gen_articles.py" --count 20 --seed 99
    echo '{"id": "bad-1", "text": "truncated'          # malformed JSON
    echo '{"id": "bad-2", "body_html": "<p>no text</p>"}'  # no text field
} >"$WORK/bad-input/bad.jsonl"
rc=0
"$BIN" extract "$WORK/bad-input/bad.jsonl" --format jsonl -o "$WORK/bad-local.jsonl" \
    2>>"$WORK/local.log" || rc=$?
if [ "$rc" -ne 1 ]; then
    echo "expected whosaid to exit 1 on bad articles, got $rc" >&2; exit 1
fi
submit() {
    "$VENV/bin/spark-submit" --master 'local[2]' --driver-memory 1g \
        --conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false \
        "$HERE/whosaid_spark.py" "$@"
}
if submit "$WORK/bad-input" "$WORK/bad-out" "$BIN" 2 >"$WORK/bad.stdout" 2>"$WORK/bad.log"; then
    echo "the job succeeded on bad articles without --skip-bad-articles" >&2; exit 1
fi
grep -q 'WhosaidFailed: .* exited with status 1' "$WORK/bad.log" || {
    echo "the job failed, but not because whosaid exited 1; see $WORK/bad.log" >&2; exit 1; }
echo "without --skip-bad-articles: job failed, as it should"
submit --skip-bad-articles "$WORK/bad-input" "$WORK/bad-out" "$BIN" 2 \
    >"$WORK/bad.stdout" 2>"$WORK/bad.log" || {
    tail -n 40 "$WORK/bad.log" >&2; exit 1; }
cat "$WORK/bad.stdout"
bad_rows=$(sed -n 's/.* -> \([0-9]*\) attributions.*/\1/p' "$WORK/bad.stdout")
if ! grep -q ' 2 bad articles skipped' "$WORK/bad.stdout" \
        || [ "$bad_rows" -ne "$(wc -l <"$WORK/bad-local.jsonl")" ]; then
    echo "with --skip-bad-articles: expected 2 bad articles and" \
         "$(wc -l <"$WORK/bad-local.jsonl") rows like the local run" >&2
    exit 1
fi
echo "with --skip-bad-articles: 2 bad articles skipped, $bad_rows rows as in the local run"

step "Compare"
if ! "$PY" "$HERE/check_output.py" \
        --input "$WORK/input" --spark-out "$WORK/spark-out" --local "${local_outputs[@]}" \
        --local-csv "$WORK/local-out/all.csv" \
        ${spark_articles:+--spark-articles "$spark_articles"} \
        --spark-seconds "$spark_seconds" --local-seconds "$local_seconds" \
        --started "$started" 2>"$WORK/check.log"; then
    echo "check failed; last lines of $WORK/check.log:" >&2
    tail -n 20 "$WORK/check.log" >&2
    exit 1
fi
