#!/usr/bin/env python3
"""Run whosaid on Apache Spark as a streaming filter over a JSONL corpus.

Every input line is one article as a JSON object (``id``, ``text`` and,
optionally, ``url``, ``date``, ``publisher``).  The job

1. reads the corpus as text lines (``sc.textFile``: a file, a directory or a
   glob; ``.gz`` files are decompressed by Hadoop),
2. repartitions the lines into N partitions,
3. ships the whosaid binary to the executors with ``SparkContext.addFile`` and
   pipes every partition through ``whosaid extract --format jsonl --threads 1``
   (one article per stdin line in, one attribution per stdout line out),
4. parses the output lines into a DataFrame with an explicit schema (a line
   that is not a JSON object fails the job: stdout must carry only records),
5. writes the DataFrame as Parquet to ``OUTPUT/parquet`` and as CSV with a
   header to ``OUTPUT/csv``.

Local run (what ``run.sh`` does)::

    spark-submit --master 'local[2]' whosaid_spark.py \\
        articles.jsonl.gz out/ target/release/whosaid 8

On a YARN cluster (client mode: the driver runs here, the binary is a local
file that the job ships to the executors itself; input and output on HDFS or
S3; the binary must suit the executors' OS, see README.md)::

    spark-submit --master yarn --deploy-mode client \\
        --num-executors 20 --executor-cores 4 --executor-memory 4g \\
        whosaid_spark.py \\
        hdfs:///corpora/news/2024/ hdfs:///out/whosaid-2024 \\
        target/x86_64-unknown-linux-musl/release/whosaid 400

The binary argument may be any URI that ``SparkContext.addFile`` accepts, which
is what cluster deploy mode needs (the driver then runs on the cluster and has
no local copy).  On Kubernetes::

    spark-submit --master k8s://https://k8s-api.example.com:6443 \\
        --deploy-mode cluster --name whosaid \\
        --conf spark.kubernetes.container.image=apache/spark:3.5.7-python3 \\
        --conf spark.executor.instances=20 --conf spark.executor.cores=4 \\
        local:///opt/jobs/whosaid_spark.py \\
        s3a://bucket/corpora/news/ s3a://bucket/out/whosaid \\
        s3a://bucket/bin/whosaid 400

Each task runs one single-threaded whosaid process, so Spark's own task slots
(``--executor-cores``) give the parallelism.  To give each process more
threads instead, pass ``--threads N`` and set ``--conf spark.task.cpus=N``.

Articles must carry their own ``id``: after the repartition a line's position
in its partition says nothing about its position in the corpus.

An article whosaid cannot read (malformed JSON, no text) makes it exit with
status 1, which fails the task and so the job; ``--skip-bad-articles`` accepts
that status, counts such articles and prints the total instead.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import stat
import subprocess
import sys
import tempfile
import threading
import time
from typing import Iterable, Iterator

from pyspark import SparkContext, SparkFiles
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import types as T

#: One row per attribution, in whosaid's output order.  Offsets count Unicode
#: code points into the article's ``text`` (end exclusive), like Python's
#: ``text[start:end]``.
SCHEMA = T.StructType([
    T.StructField("doc_id", T.StringType()),
    T.StructField("quote_idx", T.LongType()),
    T.StructField("type", T.StringType()),
    T.StructField("quote_text", T.StringType()),
    T.StructField("quote_start", T.LongType()),
    T.StructField("quote_end", T.LongType()),
    T.StructField("quote_spans", T.StringType()),  # "start-end;start-end" pieces
    T.StructField("speaker", T.StringType()),
    T.StructField("speaker_start", T.LongType()),
    T.StructField("speaker_end", T.LongType()),
    T.StructField("speaker_name", T.StringType()),
    T.StructField("cue", T.StringType()),
    T.StructField("cue_start", T.LongType()),
    T.StructField("cue_end", T.LongType()),
    T.StructField("source", T.StringType()),
    T.StructField("source_start", T.LongType()),
    T.StructField("source_end", T.LongType()),
    T.StructField("confidence", T.DoubleType()),
    T.StructField("rule", T.StringType()),
    T.StructField("url", T.StringType()),
    T.StructField("date", T.StringType()),
    T.StructField("publisher", T.StringType()),
])

#: CSV options used for writing, and needed again for reading the CSV back:
#: RFC 4180 quoting ("" inside quoted fields, not Spark's default backslash),
#: no whitespace trimming (Spark trims on write by default), quotes that span
#: lines stay in one field.
CSV_OPTIONS = {
    "header": "true",
    "quote": '"',
    "escape": '"',
    "ignoreLeadingWhiteSpace": "false",
    "ignoreTrailingWhiteSpace": "false",
    "multiLine": "true",
    "encoding": "UTF-8",
}

STDERR_TAIL_LINES = 40


class WhosaidFailed(RuntimeError):
    """The whosaid process of one partition failed."""


def run_whosaid(lines: Iterable[str], binary_name: str, threads: int = 1,
                skip_bad_articles: bool = False, counters: dict | None = None
                ) -> Iterator[str]:
    """Pipe one partition of article lines through whosaid; yield its output lines.

    This is :meth:`pyspark.RDD.pipe` with ``checkCode=True``, plus what a
    production job needs and ``RDD.pipe`` lacks:

    * the binary is resolved here, on the executor, with ``SparkFiles.get``
      (a ``RDD.pipe`` command string is built on the driver, and the driver's
      SparkFiles path does not exist on a YARN or Kubernetes executor), and is
      made executable if the file system lost its mode bits;
    * an error while reading the input (a corrupt ``.gz`` block, say) fails
      the task; with ``RDD.pipe`` it dies in the feeder thread and whosaid just
      sees a short input, silently dropping articles;
    * on a non-zero exit the last lines of whosaid's stderr go into the error
      message (they are also copied to the executor's stderr log as they come).

    whosaid exits with 1 when it finished but had to skip some articles
    (malformed JSON, no text, ...; they are named on its stderr), and with 2 or
    another status when it failed.  By default both fail the task.  With
    ``skip_bad_articles`` a 1 is accepted and the skipped articles are counted
    in ``counters["bad_articles"]`` (whosaid lists them with ``--errors``).
    ``counters["articles_in"]`` counts the articles fed to whosaid.
    """
    exe = SparkFiles.get(binary_name)
    mode = os.stat(exe).st_mode
    if not mode & stat.S_IXUSR:
        os.chmod(exe, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    cmd = [exe, "extract", "--format", "jsonl", "--threads", str(threads)]
    errors_path = None
    if skip_bad_articles:
        fd, errors_path = tempfile.mkstemp(prefix="whosaid-errors-", suffix=".jsonl")
        os.close(fd)
        cmd += ["--errors", errors_path]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)

    feed_error: list[BaseException] = []
    fed = [0]

    def feed() -> None:
        try:
            for line in lines:
                if line.strip():
                    proc.stdin.write(line.rstrip("\r\n").encode("utf-8") + b"\n")
                    fed[0] += 1
        except BrokenPipeError:
            pass  # whosaid exited early; its exit status says why
        except BaseException as e:  # noqa: BLE001 - re-raised in the task thread
            feed_error.append(e)
        finally:
            try:
                proc.stdin.close()
            except BrokenPipeError:
                pass

    stderr_tail: collections.deque = collections.deque(maxlen=STDERR_TAIL_LINES)

    def drain_stderr() -> None:
        for raw in proc.stderr:
            text = raw.decode("utf-8", "replace")
            stderr_tail.append(text.rstrip("\n"))
            sys.stderr.write(text)

    feeder = threading.Thread(target=feed, name="whosaid-stdin", daemon=True)
    drainer = threading.Thread(target=drain_stderr, name="whosaid-stderr", daemon=True)
    feeder.start()
    drainer.start()
    bad = 0
    try:
        for raw in proc.stdout:
            yield raw.rstrip(b"\n").decode("utf-8")
        returncode = proc.wait()
        feeder.join()
        drainer.join()
        if errors_path:
            with open(errors_path, encoding="utf-8") as f:
                bad = sum(1 for line in f if line.strip() and not json.loads(line).get("warning"))
    finally:
        if proc.poll() is None:  # the consumer stopped early (e.g. a limit)
            proc.kill()
            proc.wait()
        if errors_path:
            os.unlink(errors_path)
    if feed_error:
        raise feed_error[0]
    if returncode != 0 and not (returncode == 1 and skip_bad_articles):
        raise WhosaidFailed(
            f"{' '.join(cmd)} exited with status {returncode} after being fed "
            f"{fed[0]} articles; last lines of its stderr:\n" + "\n".join(stderr_tail))
    if counters:
        counters["articles_in"].add(fed[0])
        counters["bad_articles"].add(bad)


def extract(spark: SparkSession, input_path: str, binary: str, partitions: int,
            threads: int = 1, skip_bad_articles: bool = False,
            counters: dict | None = None) -> DataFrame:
    """The attributions of every article under ``input_path`` as a DataFrame.

    Lazy: whosaid runs when the DataFrame is first computed, and again on every
    further action, so write it out (or cache it) once.
    """
    sc: SparkContext = spark.sparkContext
    sc.addFile(binary)
    binary_name = os.path.basename(binary)
    lines = sc.textFile(input_path).repartition(partitions)
    records = lines.mapPartitions(
        lambda part: run_whosaid(part, binary_name, threads, skip_bad_articles, counters))
    # FAILFAST: a line on whosaid's stdout that is not a record fails the job
    # instead of turning into a row of nulls.
    return spark.read.schema(SCHEMA).option("mode", "FAILFAST").json(records)


def write_csv(df: DataFrame, path: str) -> None:
    """Write ``df`` as CSV with a header (RFC 4180 quoting, see CSV_OPTIONS)."""
    df.write.mode("overwrite").options(**CSV_OPTIONS).csv(path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Extract quote attributions with whosaid on Spark; "
                    "write Parquet and CSV.")
    ap.add_argument("input", help="JSONL or .jsonl.gz articles: file, directory or glob")
    ap.add_argument("output", help="output directory (gets parquet/ and csv/)")
    ap.add_argument("binary", help="the whosaid binary: a local path or a URI "
                                   "(shipped to the executors with addFile)")
    ap.add_argument("partitions", type=int, help="number of partitions (and whosaid processes)")
    ap.add_argument("--threads", type=int, default=1,
                    help="threads per whosaid process (default 1; match spark.task.cpus)")
    ap.add_argument("--skip-bad-articles", action="store_true",
                    help="do not fail on articles whosaid cannot read (malformed JSON, "
                         "no text); count them, and find them in the executor logs")
    args = ap.parse_args(argv)
    if args.partitions < 1:
        ap.error("partitions must be at least 1")

    spark = SparkSession.builder.appName("whosaid").getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    started = time.monotonic()
    counters = {"articles_in": spark.sparkContext.accumulator(0),
                "bad_articles": spark.sparkContext.accumulator(0)}

    df = extract(spark, args.input, args.binary, args.partitions, args.threads,
                 args.skip_bad_articles, counters)
    parquet_path = args.output.rstrip("/") + "/parquet"
    csv_path = args.output.rstrip("/") + "/csv"
    df.write.mode("overwrite").parquet(parquet_path)
    # The CSV is written from the Parquet copy, so whosaid runs only once.
    written = spark.read.parquet(parquet_path)
    write_csv(written, csv_path)
    rows = written.count()

    elapsed = time.monotonic() - started
    # Accumulators updated in a transformation: a retried task counts twice.
    bad = counters["bad_articles"].value
    print(f"whosaid_spark: {counters['articles_in'].value} articles -> {rows} attributions "
          f"in {elapsed:.1f} s ({args.partitions} partitions); "
          + (f"{bad} bad articles skipped; " if args.skip_bad_articles else "")
          + f"wrote {parquet_path} and {csv_path}", flush=True)
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
