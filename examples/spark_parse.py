"""Parse JSONL wire stories with PySpark ``mapPartitions`` and write the results as JSONL.

The Spark twin of ``examples/dask_parse.py``: each input line is a JSON object
with a ``"text"`` field (and optionally an ``"id"``); each output line is
``{"path", "id", ...Article.to_dict()}``, or ``{"path", "id", "error":
{"type", "message"}}`` for a line that is not such an object, so one bad line
never fails the job. Output is ``OUT_DIR/part-00000``... (Spark's text
output). Lines keep their order within a file; Spark may order whole files
(partitions) by size, not name.

Run from the project root (``pip install pyspark``; Java 17 or later)::

    python examples/spark_parse.py 'data/*.jsonl' out/                 # local[N] Spark
    spark-submit --master spark://master:7077 \\
        --archives venv.tar.gz#venv --conf spark.pyspark.python=./venv/bin/python \\
        examples/spark_parse.py 's3a://bucket/wire/*.jsonl' s3a://bucket/parsed/

On a cluster every executor needs newsparse (and its ``attrs`` and ``regex``
dependencies): ship a packed virtual environment as above (``venv-pack`` or
``conda-pack``), or install newsparse on the worker images.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import TYPE_CHECKING, Any

from newsparse import parse

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator


# The same in examples/dask_parse.py and examples/spark_parse.py on purpose: each
# example is one file that a cluster ships to its workers as it is, with no helper
# module beside it that the workers would also need. The record shape is the CLI's.
def parse_line(line: str, path: str) -> dict[str, Any]:
    """One JSONL line of ``path`` as the output record: the parsed story, or an error."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        error = {"type": "InvalidRecord", "message": f"not JSON: {e.msg}"}
        return {"path": path, "id": None, "error": error}
    ident = record.get("id") if isinstance(record, dict) else None
    ident = None if ident is None else str(ident)
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        message = 'expected an object with a "text" string'
        return {"path": path, "id": ident, "error": {"type": "InvalidRecord", "message": message}}
    return {"path": path, "id": ident, **parse(record["text"]).to_dict()}


def parse_partition(rows: Iterable[Any]) -> Iterator[str]:
    """The output lines for one partition of ``(value, path)`` rows, skipping blank lines."""
    for row in rows:
        if row.value.strip():
            yield json.dumps(parse_line(row.value, row.path), ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    """Parse the JSONL files matching INPUT into OUT_DIR."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("input", help="JSONL file, glob or URL (s3a://bucket/*.jsonl)")
    parser.add_argument("out", help="output directory (must not exist)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="local cores")
    parser.add_argument("--master", help="Spark master (default local[WORKERS]; spark-submit's)")
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession  # noqa: PLC0415 - optional, and slow to import
    from pyspark.sql.functions import input_file_name  # noqa: PLC0415

    builder = SparkSession.builder.appName("newsparse")
    if args.master or "SPARK_HOME" not in os.environ:
        # Run directly with python: a local Spark whose workers use this interpreter.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = builder.master(args.master or f"local[{args.workers}]")
    spark = builder.getOrCreate()
    try:
        rows = spark.read.text(args.input).withColumn("path", input_file_name())
        rows.rdd.mapPartitions(parse_partition).saveAsTextFile(args.out)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
