"""Parse JSONL wire stories on a Dask cluster and write the results as JSONL (or Parquet).

Each input line is a JSON object with a ``"text"`` field (and optionally an
``"id"``), as ``newsparse parse --jsonl`` reads. Each output line is
``{"path", "id", ...Article.to_dict()}``, or ``{"path", "id", "error":
{"type", "message"}}`` for a line that is not such an object: one bad line
never fails the job. Output files are ``OUT_DIR/part-00000.jsonl``... in input
order.

Run from the project root (``pip install -e ".[dask]"``)::

    python examples/dask_parse.py 'data/*.jsonl' out/                  # local cluster
    python examples/dask_parse.py 'data/*.jsonl' out/ --workers 8
    python examples/dask_parse.py 's3://bucket/wire/*.jsonl' s3://bucket/parsed/ \\
        --scheduler tcp://scheduler:8786                                 # a real cluster
    python examples/dask_parse.py 'data/*.jsonl' out/ --parquet          # needs pandas, pyarrow

Without ``--scheduler`` it starts a ``dask.distributed.LocalCluster`` of
``--workers`` single-threaded processes (newsparse is pure Python, so threads
would share one GIL), or, if ``distributed`` is not installed, uses Dask's
multiprocessing scheduler (``--scheduler processes`` asks for it). Remote
paths (``s3://``, ``gs://``...) need the matching fsspec back end (``s3fs``,
``gcsfs``) on the client and the workers.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from typing import Any

import dask
import dask.bag

from newsparse import parse


# The same in examples/dask_parse.py and examples/spark_parse.py on purpose: each
# example is one file that a cluster ships to its workers as it is, with no helper
# module beside it that the workers would also need. The record shape is the CLI's.
def parse_line(line: str, path: str) -> dict[str, Any]:
    """One JSONL line of ``path`` as the output record: the parsed story, or an error."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        return {
            "path": path,
            "id": None,
            "error": {"type": "InvalidRecord", "message": f"not JSON: {e.msg}"},
        }
    ident = record.get("id") if isinstance(record, dict) else None
    ident = None if ident is None else str(ident)
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        message = 'expected an object with a "text" string'
        return {"path": path, "id": ident, "error": {"type": "InvalidRecord", "message": message}}
    return {"path": path, "id": ident, **parse(record["text"]).to_dict()}


def stories(paths: str | list[str], blocksize: str | None) -> dask.bag.Bag:
    """A bag of output records, one per non-blank input line, in input order."""
    lines = dask.bag.read_text(paths, blocksize=blocksize, include_path=True)
    return lines.filter(lambda pair: bool(pair[0].strip())).starmap(parse_line)


def flat(record: dict[str, Any]) -> dict[str, Any]:
    """A Parquet row: a few columns to filter on, and the whole record as JSON."""
    headline, dateline = record.get("headline"), record.get("dateline")
    return {
        "path": record["path"],
        "id": record["id"],
        "headline": headline["text"] if headline else None,
        "agency": record.get("agency"),
        "city": dateline["city"] if dateline else None,
        "error": record["error"]["message"] if "error" in record else None,
        "json": json.dumps(record, ensure_ascii=False),
    }


def write(bag: dask.bag.Bag, out: str, *, parquet: bool) -> None:
    """Write ``bag`` under ``out``: JSONL part files, or a Parquet dataset."""
    if parquet:
        columns = {"path": str, "id": str, "headline": str, "agency": str, "city": str}
        meta = {**columns, "error": str, "json": str}
        bag.map(flat).to_dataframe(meta=meta).to_parquet(out, write_index=False)
        return
    lines = bag.map(json.dumps, ensure_ascii=False)
    lines.to_textfiles(
        os.path.join(out, "part-*.jsonl"),
        name_function=lambda i: f"{i:05d}",
        encoding="utf-8",
        last_endline=True,
    )


def main(argv: list[str] | None = None) -> int:
    """Parse the JSONL files matching INPUT into OUT_DIR."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("input", help="JSONL file, glob or URL (s3://bucket/*.jsonl)")
    parser.add_argument("out", help="output directory (created)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="local workers")
    parser.add_argument(
        "--scheduler",
        help="address of a running scheduler (tcp://host:8786), or 'processes' for Dask's "
        "multiprocessing scheduler (the default when distributed is not installed)",
    )
    parser.add_argument("--blocksize", default="32MiB", help="bytes per partition ('none': a file)")
    parser.add_argument("--parquet", action="store_true", help="write Parquet, not JSONL")
    args = parser.parse_args(argv)
    if args.parquet and not all(importlib.util.find_spec(m) for m in ("pandas", "pyarrow")):
        parser.error("--parquet needs pandas and pyarrow installed")
    blocksize = None if args.blocksize.lower() == "none" else args.blocksize
    bag = stories(args.input, blocksize)

    if args.scheduler == "processes" or importlib.util.find_spec("distributed") is None:
        if args.scheduler not in (None, "processes"):
            parser.error("--scheduler needs dask.distributed: pip install 'newsparse[dask]'")
        with dask.config.set(scheduler="processes", num_workers=args.workers):
            write(bag, args.out, parquet=args.parquet)
        return 0

    from dask.distributed import Client, LocalCluster  # noqa: PLC0415 - optional

    if args.scheduler:
        with Client(args.scheduler):
            write(bag, args.out, parquet=args.parquet)
        return 0
    cluster = LocalCluster(
        n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with cluster, Client(cluster):
        write(bag, args.out, parquet=args.parquet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
