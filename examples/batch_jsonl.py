"""Parse a JSON Lines file of stories into a JSON Lines file of parsed results.

Each input line is an object with a ``text`` field (and any other fields, such
as ``id``, which are carried over). Each output line is the story's parsed
data (``Article.to_dict()``) under ``parsed``, with the input's other fields
and the codes of its validation diagnostics. Stories are parsed in worker
processes with :func:`newsparse.parse_many`; results keep the input order.

Run from the project root:
    python examples/batch_jsonl.py                               # examples/stories.jsonl -> stdout
    python examples/batch_jsonl.py stories.jsonl parsed.jsonl --workers 4
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from newsparse import Article, parse_many, validate

if TYPE_CHECKING:
    from collections.abc import Iterator

SAMPLE = Path(__file__).with_name("stories.jsonl")


def read_records(path: Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of ``path``, one a non-blank line, read lazily."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                msg = f"{path}:{number}: expected an object with a 'text' string"
                raise SystemExit(msg)
            yield record


def run(source: Path, out: TextIO, workers: int | None) -> int:
    """Parse every story of ``source`` and write one JSON line per story; the count."""
    records = list(read_records(source))
    count = 0
    for record, result in zip(
        records, parse_many((r["text"] for r in records), workers=workers), strict=True
    ):
        row = {key: value for key, value in record.items() if key != "text"}
        if isinstance(result, Article):
            row["parsed"] = result.to_dict()
            row["diagnostics"] = [d.code for d in validate(result)]
        else:  # a ParseFailure: reported in place, the batch goes on
            row["failure"] = {"type": result.error_type, "message": result.message}
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def main(argv: list[str] | None = None) -> None:
    """Parse the command line and run the batch."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=SAMPLE)
    parser.add_argument("target", nargs="?", type=Path, help="output JSONL (default stdout)")
    parser.add_argument("--workers", type=int, default=2, help="processes (0: this one)")
    args = parser.parse_args(argv)
    if args.target is None:
        count = run(args.source, sys.stdout, args.workers)
    else:
        with args.target.open("w", encoding="utf-8") as out:
            count = run(args.source, out, args.workers)
    print(f"parsed {count} stories from {args.source}", file=sys.stderr)


if __name__ == "__main__":
    main()
