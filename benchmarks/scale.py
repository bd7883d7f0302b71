"""Scaling of :func:`newsparse.parse_many` over processes: 1 worker against N.

Parses the 121 stories of ``../shared/corpus/articles-visible.jsonl`` repeated
to ``--count`` texts (50,000 by default) with one worker (in process, no
pool) and then with each worker count asked for, and prints stories per
second and the speed-up over one worker. Each result's parts are read as it
comes (every line's kind and value, the whole work: ``parse()`` alone only
splits the lines, so an unread in-process result would cost next to nothing
while a worker classifies every story it ships), then dropped, as a
streaming caller would.

It also prints the CPU seconds each run used, this process's (reading,
loading and building what the workers send) and its workers', and the load
average before it: on a machine busy with other work, a wall-clock speed-up
under 2x with about the same CPU seconds means the cores were shared, not
that the pool wasted work. For the same reason it first times a control,
pure arithmetic split over the same number of processes, whose speed-up is
the most this machine can give at that moment.

Run from the project root::

    python benchmarks/scale.py                     # 1 vs 2 workers, 50,000 stories
    python benchmarks/scale.py --workers 2 4 --count 10000 --json scale.json
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from newsparse import parse_many
from newsparse.batch import DEFAULT_CHUNKSIZE, ParseFailure

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
STORIES = CORPUS / "articles-visible.jsonl"


def run(texts: list[str], workers: int, chunksize: int) -> dict[str, Any]:
    """Parse ``texts`` with ``workers`` processes, reading each result's parts; times, failures."""
    load = os.getloadavg()[0]
    own_start, workers_start = _cpu_seconds()
    start = time.perf_counter()
    failures = 0
    for result in parse_many(texts, workers=workers, chunksize=chunksize):
        if isinstance(result, ParseFailure):
            failures += 1
        else:
            _ = result.parts
    seconds = time.perf_counter() - start
    own, children = _cpu_seconds()
    return {
        "workers": workers,
        "seconds": seconds,
        "per_second": len(texts) / seconds,
        "cpu_seconds": own - own_start + children - workers_start,
        "parent_cpu_seconds": own - own_start,
        "workers_cpu_seconds": children - workers_start,
        "load_before": load,
        "failures": failures,
    }


def _spin(n: int) -> int:
    """Pure-Python busy work: ``n`` additions."""
    total = 0
    for i in range(n):
        total += i
    return total


def control(workers: int, n: int = 20_000_000) -> float:
    """The speed-up of ``workers`` processes over one on busy work: this machine's ceiling now."""
    start = time.perf_counter()
    _spin(n)
    one = time.perf_counter() - start
    with ProcessPoolExecutor(workers) as pool:
        pool.submit(_spin, 1).result()  # start the workers before timing
        start = time.perf_counter()
        list(pool.map(_spin, [n // workers] * workers))
        many = time.perf_counter() - start
    return one / many


def _cpu_seconds() -> tuple[float, float]:
    """CPU seconds used so far by this process and by its finished (joined) workers."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time(), children.ru_utime + children.ru_stime


def main(argv: list[str] | None = None) -> int:
    """Run the scaling benchmark, print the table and optionally write JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--count", type=int, default=50_000, help="texts to parse")
    parser.add_argument("--workers", type=int, nargs="+", default=[2], help="pool sizes")
    parser.add_argument("--chunksize", type=int, default=DEFAULT_CHUNKSIZE)
    parser.add_argument("--json", type=Path, help="write the results to this JSON file")
    args = parser.parse_args(argv)

    with STORIES.open(encoding="utf-8") as f:
        stories = [json.loads(line)["text"] for line in f if line.strip()]
    texts = list(itertools.islice(itertools.cycle(stories), args.count))

    print(
        f"{len(texts):,} stories ({len(stories)} repeated), chunksize {args.chunksize}, "
        f"{os.cpu_count()} CPUs"
    )
    ceilings = {w: control(w) for w in args.workers}
    print(
        "control (busy work) speed-up: " + ", ".join(f"{w}: {c:.2f}x" for w, c in ceilings.items())
    )
    base = run(texts, 1, args.chunksize)
    base["speed_up"] = 1.0
    rows = [base]
    print(
        f"{'workers':>8}{'seconds':>10}{'stories/s':>12}{'speed-up':>10}{'CPU s':>9}"
        f"{'parent':>9}{'workers':>9}{'load':>7}"
    )
    for workers in args.workers:
        row = run(texts, workers, args.chunksize)
        row["speed_up"] = base["seconds"] / row["seconds"]
        row["control_speed_up"] = ceilings[workers]
        rows.append(row)
    for row in rows:
        print(
            f"{row['workers']:>8}{row['seconds']:>10.2f}{row['per_second']:>12,.0f}"
            f"{row['speed_up']:>9.2f}x{row['cpu_seconds']:>9.1f}{row['parent_cpu_seconds']:>9.1f}"
            f"{row['workers_cpu_seconds']:>9.1f}{row['load_before']:>7.2f}"
        )
    if args.json is not None:
        result = {
            "count": len(texts),
            "chunksize": args.chunksize,
            "control_speed_up": ceilings,
            "runs": rows,
        }
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
