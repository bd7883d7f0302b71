"""Scaling of :func:`newsparse.parse_many` over processes: 1 worker against N.

Parses the 121 stories of ``../shared/corpus/articles-visible.jsonl`` repeated
to ``--count`` texts (50,000 by default) with one worker (in process, no
pool) and then with each worker count asked for, and prints stories per
second and the speed-up over one worker. Results are consumed and dropped as
they come, as a streaming caller would.

Run from the project root::

    python benchmarks/scale.py                     # 1 vs 2 workers, 50,000 stories
    python benchmarks/scale.py --workers 2 4 --count 10000 --json scale.json
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from newsparse import parse_many
from newsparse.batch import ParseFailure

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
STORIES = CORPUS / "articles-visible.jsonl"


def run(texts: list[str], workers: int, chunksize: int) -> dict[str, Any]:
    """Parse ``texts`` with ``workers`` processes; the wall time and failures."""
    start = time.perf_counter()
    failures = sum(
        isinstance(r, ParseFailure) for r in parse_many(texts, workers=workers, chunksize=chunksize)
    )
    seconds = time.perf_counter() - start
    return {
        "workers": workers,
        "seconds": seconds,
        "per_second": len(texts) / seconds,
        "failures": failures,
    }


def main(argv: list[str] | None = None) -> int:
    """Run the scaling benchmark, print the table and optionally write JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--count", type=int, default=50_000, help="texts to parse")
    parser.add_argument("--workers", type=int, nargs="+", default=[2], help="pool sizes")
    parser.add_argument("--chunksize", type=int, default=64)
    parser.add_argument("--json", type=Path, help="write the results to this JSON file")
    args = parser.parse_args(argv)

    with STORIES.open(encoding="utf-8") as f:
        stories = [json.loads(line)["text"] for line in f if line.strip()]
    texts = list(itertools.islice(itertools.cycle(stories), args.count))

    print(
        f"{len(texts):,} stories ({len(stories)} repeated), chunksize {args.chunksize}, "
        f"{os.cpu_count()} CPUs"
    )
    base = run(texts, 1, args.chunksize)
    rows = [base]
    print(f"{'workers':>8}{'seconds':>10}{'stories/s':>12}{'speed-up':>10}")
    print(f"{1:>8}{base['seconds']:>10.2f}{base['per_second']:>12,.0f}{1.0:>9.2f}x")
    for workers in args.workers:
        row = run(texts, workers, args.chunksize)
        row["speed_up"] = base["seconds"] / row["seconds"]
        rows.append(row)
        print(
            f"{workers:>8}{row['seconds']:>10.2f}{row['per_second']:>12,.0f}"
            f"{row['speed_up']:>9.2f}x"
        )
    if args.json is not None:
        result = {"count": len(texts), "chunksize": args.chunksize, "runs": rows}
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
