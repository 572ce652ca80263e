#!/usr/bin/env python3
"""Turn a folder of articles into one JSONL file, one article per line.

* ``NAME.txt``                  -> {"id": "NAME.txt", "text": <file contents>}
* ``NAME.jsonl`` / ``.jsonl.gz`` -> its lines, as they are, except that a line
  without an ``id`` gets ``"NAME.jsonl:LINE"`` (Spark repartitions the lines,
  so whosaid could not number them itself in a stable way)

Files are taken in sorted order, so the output is deterministic.  Prints the
number of articles written.

Usage::

    python3 corpus_to_jsonl.py corpus/ bundled.jsonl
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path


def open_text(path: Path):
    with open(path, "rb") as f:
        gz = f.read(2) == b"\x1f\x8b"
    if gz:
        return gzip.open(path, "rt", encoding="utf-8", newline="\n")
    return open(path, encoding="utf-8", newline="\n")


def articles(folder: Path):
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder).as_posix()
        name = path.name
        if name.endswith(".txt"):
            text = path.read_bytes().decode("utf-8", "replace")
            yield {"id": rel, "text": text}
        elif name.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
            with open_text(path) as f:
                for lineno, line in enumerate(f, 1):
                    if not line.strip():
                        continue
                    obj = json.loads(line)
                    if not isinstance(obj, dict):
                        raise SystemExit(f"{path}:{lineno}: not a JSON object")
                    if obj.get("id") in (None, ""):
                        rest = {k: v for k, v in obj.items() if k != "id"}
                        obj = {"id": f"{rel}:{lineno}", **rest}
                    yield obj


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    folder, out_path = Path(argv[1]), Path(argv[2])
    n = 0
    with open(out_path, "w", encoding="utf-8", newline="\n") as out:
        if folder.is_dir():
            for obj in articles(folder):
                out.write(json.dumps(obj, ensure_ascii=False) + "\n")
                n += 1
    print(n)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
