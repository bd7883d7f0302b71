"""Accuracy of the line parsers on real copy: exact match, precision and recall per kind.

Two sources, both read from ``../shared/corpus/`` and ``tests/corpus/``:

* Reuters-21578 (1987): every tagged ``dateline`` joined to its story's first
  paragraph, and every ``author`` tag. The expected fields come from the tag
  itself (city before the first comma, date after the last, region between).
* The hand labels of the modern stories (``tests/corpus/labels.jsonl``): every
  headline, dateline, byline, caption and contributor line, field by field.

Measures, per kind:

* ``exact``: lines whose every labelled field the parser got right, over all lines;
* ``precision``: field values the parser gave (not ``None``/empty) that are right,
  over all values it gave: a wrong author is worse than none;
* ``recall``: labelled field values the parser got right, over all labelled values.

Run from the project root::

    python benchmarks/accuracy.py            # prints the table
    python benchmarks/accuracy.py --json docs/accuracy.json
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import newsparse
from newsparse import ParseError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
LABELS = ROOT / "tests" / "corpus" / "labels.jsonl"

Fields = dict[str, Any]


# --- what each parser says, as comparable fields -------------------------------------------


def _headline(text: str) -> Fields:
    h = newsparse.parse_headline(text)
    return {"text": h.text, "prefixes": list(h.prefixes)}


def _dateline(text: str) -> Fields:
    d = newsparse.parse_dateline(text)
    return {
        "city": d.city,
        "region": d.region,
        "date": d.date,
        "places": list(d.places),
        "country": d.country,
        "agency": d.agency,
    }


def _byline(text: str) -> Fields:
    b = newsparse.parse_byline(text)
    return {
        "authors": [p.name for p in b.authors],
        "affiliation": b.affiliation,
        "title": b.title,
        "raw_authors": [p.raw for p in b.authors],
    }


def _caption(text: str) -> Fields:
    c = newsparse.parse_caption(text)
    credit = c.credit
    return {
        "prefix": c.prefix,
        "is_file": c.is_file,
        "date": c.date.isoformat() if isinstance(c.date, datetime.date) else None,
        "credit": None
        if credit is None
        else {
            "photographers": list(credit.photographers),
            "agency": credit.agency,
            "via": credit.via,
            "is_file": credit.is_file,
            "is_pool": credit.is_pool,
        },
    }


def _contributors(text: str) -> Fields:
    line = newsparse.parse_contributors(text)
    return {
        "contributions": [
            {
                "name": k.name,
                "location": k.location,
                "role": getattr(k.role, "value", k.role),
                "affiliation": k.affiliation,
            }
            for k in line.contributions
        ]
    }


PARSERS: dict[str, Callable[[str], Fields]] = {
    "headline": _headline,
    "dateline": _dateline,
    "byline": _byline,
    "caption": _caption,
    "contributors": _contributors,
}


# --- scoring ---------------------------------------------------------------------------------


def _values(fields: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """Flatten fields into (path, value) pairs; list items are values of their own."""
    if isinstance(fields, dict):
        for key, value in fields.items():
            yield from _values(value, f"{prefix}.{key}" if prefix else key)
    elif isinstance(fields, list):
        for i, value in enumerate(fields):
            yield from _values(value, f"{prefix}[{i}]")
    else:
        yield prefix, fields


def _given(value: Any) -> bool:
    """A value the parser committed to: not None and not False-as-default."""
    return value is not None and value is not False


class Score:
    """Counts for one kind of line."""

    def __init__(self) -> None:
        self.lines = 0
        self.exact = 0
        self.refused = 0
        self.given = 0
        self.given_right = 0
        self.expected = 0
        self.expected_right = 0
        self.misses: list[dict[str, Any]] = []

    def add(self, text: str, expected: Fields, got: Fields | None, where: str) -> None:
        self.lines += 1
        want = dict(_values(expected))
        have = dict(_values(got)) if got is not None else {}
        if got is None:
            self.refused += 1
        elif have == want:
            self.exact += 1
        for path, value in have.items():
            if _given(value):
                self.given += 1
                self.given_right += want.get(path) == value
        for path, value in want.items():
            if _given(value):
                self.expected += 1
                self.expected_right += have.get(path, None) == value
        if got is None or have != want:
            self.misses.append({"where": where, "text": text[:160], "want": expected, "got": got})

    def row(self) -> dict[str, Any]:
        def pct(a: int, b: int) -> float:
            return round(100.0 * a / b, 2) if b else 100.0

        return {
            "lines": self.lines,
            "exact_pct": pct(self.exact, self.lines),
            "precision_pct": pct(self.given_right, self.given),
            "recall_pct": pct(self.expected_right, self.expected),
            "refused": self.refused,
        }


def _parse(kind: str, text: str) -> Fields | None:
    try:
        return PARSERS[kind](text)
    except ParseError:
        return None


# --- the two sources ---------------------------------------------------------------------------


#: A well-formed 1987 dateline tag, written from the tags (not from the parser):
#: ``CITY, Month Day -``, ``CITY, Region, Month Day -``, ``CITY, Month Day, Reuter -``,
#: with a real month name (full, or abbreviated with or without a point) and a day.
_WELL_FORMED = re.compile(
    r"(?:[A-Z][A-Z.'&\-]*(?: [A-Z][A-Z.'&\-]*)*"  # "ST. LOUIS", "WINSTON-SALEM"
    r"|[A-Z][a-z.'&\-]*(?: [A-Z][a-z.'&\-]*)*)"  # "Peoria", "Sioux City"
    r"(?:, [A-Z][A-Za-z.' ]*)*"  # ", Calif.", ", West Germany"
    r", (?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? [1-9][0-9]?"
    r"(?:, Reuter)? -"
)


def reuters_well_formed(tag: str) -> bool:
    """Whether a Reuters-21578 dateline tag is well formed: ``CITY[, Region], Month Day -``."""
    return _WELL_FORMED.fullmatch(" ".join(tag.split())) is not None


def reuters_expected_dateline(tag: str) -> Fields:
    """City, region and date as the Reuters-21578 tag shows them: ``CITY, Region, Month Day -``.

    Some tags run on into the lead (``THE HAGUE, March 2 - Dutch imports of fat-``): the
    dateline ends at the first spaced dash. ``, Reuter`` before the dash is the agency.
    """
    body = tag.strip().rstrip("-").strip()
    body = re.split(r"\s+-\s+", body, maxsplit=1)[0]
    body = re.sub(r",\s*Reuter$", "", body.rstrip(",").strip())
    parts = [p.strip() for p in body.split(",")]
    city, rest = parts[0], parts[1:]
    # A date has its day: "WINSTON-SALEM, N.C. -" has a region and no date.
    date = rest.pop() if rest and any(c.isdigit() for c in rest[-1]) else None
    region = ", ".join(rest) or None
    return {"city": city, "region": region, "date": date}


def reuters_expected_authors(tag: str) -> list[str]:
    """The names a Reuters-21578 author tag shows, as written: ``By A and B, Reuters``."""
    body = re.sub(r"^by\s+", "", tag.strip(), flags=re.IGNORECASE)
    body = re.sub(r"[,\s]+reuters?\.?\s*$", "", body, flags=re.IGNORECASE)
    return [c.strip() for c in re.split(r",|\s+and\s+", body, flags=re.IGNORECASE) if c.strip()]


def _first_paragraph(record: dict[str, Any]) -> str:
    first = (record.get("body") or "").split("\n    ", 1)[0]
    return " ".join(first.split())


def score_reuters(scores: dict[str, Score]) -> None:
    path = CORPUS / "reuters21578.jsonl"
    with path.open(encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    datelines = scores.setdefault("reuters21578 dateline", Score())
    well_formed = scores.setdefault("reuters21578 dateline (well-formed)", Score())
    bylines = scores.setdefault("reuters21578 byline", Score())
    for record in records:
        tag = record.get("dateline")
        if tag:
            text = f"{tag.strip()} {_first_paragraph(record)}"
            got = _parse("dateline", text)
            slim = None if got is None else {k: got[k] for k in ("city", "region", "date")}
            datelines.add(text, reuters_expected_dateline(tag), slim, f"reuters {record['id']}")
            if reuters_well_formed(tag):
                well_formed.add(
                    text, reuters_expected_dateline(tag), slim, f"reuters {record['id']}"
                )
        author = record.get("author")
        if author:
            got = _parse("byline", author)
            slim = None if got is None else {"authors": got["raw_authors"]}
            expected = {"authors": reuters_expected_authors(author)}
            bylines.add(author, expected, slim, f"reuters {record['id']}")


def score_labels(scores: dict[str, Score]) -> None:
    with LABELS.open(encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    for label in labels:
        kind = label["kind"]
        expected = label["expected"]
        got = _parse(kind, label["text"])
        if got is not None:
            # Compare only the fields the label gives (a label may leave out caption text).
            got = {k: got.get(k) for k in expected if k in got}
            expected = {k: v for k, v in expected.items() if k in got}
        where = f"{label['story']}:{label['line']}"
        scores.setdefault(f"modern {kind}", Score()).add(label["text"], expected, got, where)
        if not label.get("ambiguous"):
            # Labels marked ambiguous are ones a careful reader could label otherwise.
            scores.setdefault(f"modern {kind} (clear)", Score()).add(
                label["text"], expected, got, where
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the table (and misses) as JSON")
    parser.add_argument("--misses", type=int, default=0, help="print up to N misses per kind")
    args = parser.parse_args(argv)

    scores: dict[str, Score] = {}
    score_reuters(scores)
    if LABELS.exists():
        score_labels(scores)
    else:
        print(f"no labels at {LABELS}", file=sys.stderr)

    header = (
        f"{'kind':<36} {'lines':>6} {'exact %':>8} {'prec %':>8} {'recall %':>9} {'refused':>8}"
    )
    print(header)
    print("-" * len(header))
    table = {}
    for kind, score in scores.items():
        row = score.row()
        table[kind] = row
        print(
            f"{kind:<36} {row['lines']:>6} {row['exact_pct']:>8.2f} {row['precision_pct']:>8.2f}"
            f" {row['recall_pct']:>9.2f} {row['refused']:>8}"
        )
        for miss in score.misses[: args.misses]:
            print(f"    {miss['where']}: {miss['text']!r}")
            print(f"      want {miss['want']}\n      got  {miss['got']}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "table": table,
            "misses": {k: s.misses for k, s in scores.items()},
        }
        args.json.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
