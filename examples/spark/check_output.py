#!/usr/bin/env python3
"""Check that the Spark job found exactly what a local whosaid run found.

Compares, as multisets (row order differs: Spark repartitions the articles),

* the key (doc_id, quote_start, quote_end, speaker) of every attribution in
  the Spark job's Parquet output, in its CSV output, and in the local run's
  JSONL output (and, with --local-csv, in whosaid's own CSV output read with
  Spark as README.md says), which must all be equal;
* the whole records (every column of the job's schema) of the Parquet output
  and the local run, which must be equal too;
* the number of articles the job fed to whosaid (if given) and the number of
  non-blank lines in the input.

Exits 1 on any difference, after printing a sample of it.  The last line on
success is::

    spark check: OK, N rows, M articles, S seconds

where S is the Spark job's wall time (spark-submit included) as measured by
run.sh.

Usage::

    check_output.py --input DIR --spark-out DIR --local FILE... [--local-csv FILE] \\
        [--spark-articles N] [--spark-seconds S] [--local-seconds S] [--started T]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from whosaid_spark import CSV_OPTIONS, SCHEMA  # noqa: E402

COLUMNS = [f.name for f in SCHEMA.fields]
KEY = ("doc_id", "quote_start", "quote_end", "speaker")


def count_articles(folder: Path) -> int:
    n = 0
    for path in sorted(folder.iterdir()):
        if path.name.startswith((".", "_")) or not path.is_file():
            continue  # Hadoop skips these too
        opener = gzip.open if path.name.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8", newline="\n") as f:
            n += sum(1 for line in f if line.strip())
    return n


def load_local(paths: list[str]) -> list[dict]:
    rows = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    raise SystemExit(f"{p}:{lineno}: not JSON ({e}): {line[:200]!r}")
                if not isinstance(obj, dict):
                    raise SystemExit(f"{p}:{lineno}: not a JSON object: {line[:200]!r}")
                rows.append(obj)
    return rows


def freeze(value):
    """A hashable, comparable form of a JSON/Spark value."""
    if isinstance(value, (list, tuple)):
        return tuple(freeze(v) for v in value)
    return value


def record(row: dict, columns) -> tuple:
    return tuple(freeze(row.get(c)) for c in columns)


def typed_keys(df) -> list[tuple]:
    """KEY of every row of a CSV DataFrame (all columns strings), offsets as ints."""
    return [
        (r["doc_id"],
         None if r["quote_start"] is None else int(r["quote_start"]),
         None if r["quote_end"] is None else int(r["quote_end"]),
         r["speaker"])
        for r in df.select(*KEY).collect()
    ]


def diff(name_a: str, a: collections.Counter, name_b: str, b: collections.Counter,
         show: int = 5) -> bool:
    """Print the difference of two multisets; True if they are equal."""
    if a == b:
        return True
    only_a, only_b = a - b, b - a
    print(f"MISMATCH {name_a} vs {name_b}: {sum(only_a.values())} rows only in "
          f"{name_a}, {sum(only_b.values())} only in {name_b}")
    for label, extra in ((name_a, only_a), (name_b, only_b)):
        for rec, n in sorted(extra.items(), key=repr)[:show]:
            print(f"  only in {label} (x{n}): {rec}")
    return False


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", required=True, type=Path, help="the job's input directory")
    ap.add_argument("--spark-out", required=True, help="the job's output directory")
    ap.add_argument("--local", required=True, nargs="+", help="local whosaid JSONL output(s)")
    ap.add_argument("--local-csv", help="whosaid's own CSV output for the same input, "
                                        "read back the way README.md says")
    ap.add_argument("--spark-articles", type=int, help="articles the job reported")
    ap.add_argument("--spark-seconds", type=float, default=float("nan"))
    ap.add_argument("--local-seconds", type=float, default=float("nan"))
    ap.add_argument("--started", type=float, help="epoch seconds when run.sh started")
    args = ap.parse_args(argv)

    from pyspark.sql import SparkSession

    spark = (SparkSession.builder.master("local[2]").appName("whosaid-check")
             .config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    parquet = [r.asDict(recursive=True) for r in
               spark.read.schema(SCHEMA).parquet(f"{args.spark_out}/parquet").collect()]
    # Read the CSV with every column as a string (matched by header), then type the keys.
    csv_df = spark.read.options(**CSV_OPTIONS).csv(f"{args.spark_out}/csv")
    if csv_df.columns != COLUMNS:
        print(f"MISMATCH: CSV header {csv_df.columns} != {COLUMNS}")
        return 1
    csv_keys = typed_keys(csv_df)
    whosaid_csv_keys = None
    if args.local_csv:
        # README.md's recipe for whosaid's CSV: header, multiLine, escape='"'.
        whosaid_csv_keys = typed_keys(
            spark.read.option("header", True).option("multiLine", True)
            .option("escape", '"').csv(args.local_csv))
    spark.stop()

    local = load_local(args.local)
    articles = count_articles(args.input)

    print(f"input articles:            {articles}")
    if args.spark_articles is not None:
        print(f"articles fed by the job:   {args.spark_articles}")
    print(f"local whosaid rows:        {len(local)}  ({args.local_seconds:.1f} s)")
    print(f"spark parquet rows:        {len(parquet)}  ({args.spark_seconds:.1f} s)")
    print(f"spark csv rows:            {len(csv_keys)}")
    if whosaid_csv_keys is not None:
        print(f"whosaid csv rows:          {len(whosaid_csv_keys)}")

    ok = True
    if args.spark_articles is not None and args.spark_articles != articles:
        print(f"MISMATCH: the job fed {args.spark_articles} articles to whosaid, "
              f"the input has {articles}")
        ok = False
    local_keys = collections.Counter(record(r, KEY) for r in local)
    ok &= diff("spark-parquet", collections.Counter(record(r, KEY) for r in parquet),
               "local", local_keys)
    ok &= diff("spark-csv", collections.Counter(csv_keys), "local", local_keys)
    if whosaid_csv_keys is not None:
        ok &= diff("whosaid-csv", collections.Counter(whosaid_csv_keys), "local", local_keys)
    # Whole records: every column of the schema, the pass-through ones included.
    unknown = sorted({k for r in local for k in r} - set(COLUMNS))
    if unknown:
        print(f"note: local output has columns the Spark schema drops: {unknown}")
    ok &= diff("spark-parquet (full rows)",
               collections.Counter(record(r, COLUMNS) for r in parquet),
               "local (full rows)",
               collections.Counter(record(r, COLUMNS) for r in local), show=2)
    if not ok:
        print("spark check: FAILED")
        return 1
    if not local:
        print("spark check: FAILED, whosaid found no attributions at all")
        return 1
    total = f" (spark job; run.sh total {time.time() - args.started:.1f} s)" \
        if args.started else ""
    print(f"spark check: OK, {len(parquet)} rows, {articles} articles, "
          f"{args.spark_seconds:.1f} seconds{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
