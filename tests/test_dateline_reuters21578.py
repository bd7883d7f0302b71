"""The dateline parser over every tagged dateline of Reuters-21578 (Reuters newswire, 1987).

Each record's tagged dateline is joined to its first body paragraph and parsed;
the expected city, region and date come from the tag alone, by a simple comma
split made here, independently of the parser.
"""

from __future__ import annotations

import re
from typing import Any

from newsparse.dateline import parse_dateline
from newsparse.errors import ParseError
from tests.corpus import first_paragraph, reuters_records

#: Hit rate on well-formed tags held so far: only ever raised.
WELL_FORMED_FLOOR = 0.9999

#: Hit rate on every tag, malformed ones included, held so far: only ever raised.
ALL_TAGS_FLOOR = 0.9904

# A tag is well formed when its city is words of letters and its last part is an
# English month (full or abbreviated, any case) and a day: "SAN FRANCISCO, Calif., March 2 -".
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_WELL_FORMED_DATE = re.compile(rf"(?i){_MONTH}\s+\d{{1,2}}")
_WELL_FORMED_CITY = re.compile(r"[A-Za-z][A-Za-z.']*(?:[ -][A-Za-z][A-Za-z.']*)*")


def expected_fields(tag: str) -> tuple[str, str | None, str | None]:
    """City, region and date a tag shows: first part, middle parts, last part.

    The trailing dash (and a stray comma before it) is stripped, and a 1987
    sign-off ", Reuter" after the date is left out.
    """
    body = tag.strip().rstrip("-").rstrip().rstrip(",").strip()
    parts = [part.strip() for part in body.split(",")]
    if len(parts) > 1 and parts[-1].casefold() == "reuter":
        parts.pop()
    date = parts[-1] if len(parts) > 1 else None
    region = ", ".join(parts[1:-1]) or None
    return parts[0], region, date


def is_well_formed(tag: str) -> bool:
    """Whether a tag has a plain city and ends with a month and a day."""
    city, _, date = expected_fields(tag)
    return (
        date is not None
        and _WELL_FORMED_DATE.fullmatch(date) is not None
        and _WELL_FORMED_CITY.fullmatch(city) is not None
    )


def test_reuters21578_datelines() -> None:
    """Tagged datelines parse to the city, region and date the tag shows, at the floor rate."""
    total = hits = well_formed = well_formed_hits = 0
    misses: list[tuple[str, Any]] = []
    for record in reuters_records():
        tag = record["dateline"]
        if not tag:
            continue
        expected = expected_fields(tag)
        well = is_well_formed(tag)
        try:
            d = parse_dateline(f"{tag} {first_paragraph(record)}")
            got: Any = (d.city, d.region, d.date)
        except ParseError as e:  # malformed tags may be refused; nothing else may be raised
            got = e.message
        hit = got == expected
        total += 1
        hits += hit
        well_formed += well
        well_formed_hits += well and hit
        if well and not hit:
            misses.append((tag, got))
    rate = well_formed_hits / well_formed
    all_rate = hits / total
    report = (
        f"Reuters-21578 datelines: well-formed {well_formed_hits}/{well_formed} = {rate:.4%}; "
        f"all tags {hits}/{total} = {all_rate:.4%}; well-formed misses: {misses}"
    )
    print(report)
    assert total == 14226, report
    assert rate >= WELL_FORMED_FLOOR, report
    assert all_rate >= ALL_TAGS_FLOOR, report
