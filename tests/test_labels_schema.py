"""The hand labels in ``tests/corpus/labels.jsonl`` match the stories and follow their schema."""

from __future__ import annotations

import datetime
import json
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tests.corpus import modern_stories

LABELS = Path(__file__).resolve().parent / "corpus" / "labels.jsonl"

KINDS = frozenset({"headline", "dateline", "byline", "caption", "contributors"})
TOP_KEYS = frozenset({"story", "line", "text", "kind", "expected"})
OPTIONAL_KEYS = frozenset({"ambiguous", "note"})

#: The fields of ``expected`` per kind, each with the types its value may take.
FIELDS: dict[str, dict[str, tuple[type, ...]]] = {
    "headline": {"text": (str,), "prefixes": (list,)},
    "dateline": {
        "city": (str, type(None)),
        "region": (str, type(None)),
        "date": (str, type(None)),
        "places": (list,),
        "country": (str, type(None)),
        "agency": (str, type(None)),
    },
    "byline": {
        "authors": (list,),
        "affiliation": (str, type(None)),
        "title": (str, type(None)),
    },
    "caption": {
        "prefix": (str, type(None)),
        "is_file": (bool,),
        "date": (str, type(None)),
        "credit": (dict, type(None)),
    },
    "contributors": {"contributions": (list,)},
}
CREDIT_FIELDS: dict[str, tuple[type, ...]] = {
    "photographers": (list,),
    "agency": (str, type(None)),
    "via": (str, type(None)),
    "is_file": (bool,),
    "is_pool": (bool,),
}
CONTRIBUTION_FIELDS: dict[str, tuple[type, ...]] = {
    "name": (str,),
    "location": (str, type(None)),
    "role": (str, type(None)),
    "affiliation": (str, type(None)),
}


@cache
def labels() -> tuple[dict[str, Any], ...]:
    """Every label, in file order."""
    with LABELS.open(encoding="utf-8") as f:
        return tuple(json.loads(line) for line in f if line.strip())


@cache
def story_lines() -> dict[str, list[str]]:
    """Each modern story's paragraphs, by story id."""
    return {story["id"]: story["text"].split("\n") for story in modern_stories()}


def label_id(label: dict[str, Any]) -> str:
    """A readable test id for one label."""
    return f"{label['story']}:{label['line']}:{label['kind']}"


def check_fields(where: str, value: dict[str, Any], fields: dict[str, tuple[type, ...]]) -> None:
    """``value`` has exactly ``fields``, each of an allowed type."""
    assert set(value) == set(fields), f"{where}: keys {sorted(value)} != {sorted(fields)}"
    for name, types in fields.items():
        assert isinstance(value[name], types), f"{where}.{name}: {value[name]!r}"


def test_labels_file_is_not_empty() -> None:
    """The file holds labels of every kind."""
    assert {label["kind"] for label in labels()} == KINDS


def test_one_label_per_line() -> None:
    """No line of a story is labelled twice."""
    counts = Counter((label["story"], label["line"]) for label in labels())
    assert [key for key, n in counts.items() if n > 1] == []


def test_at_most_one_dateline_per_story() -> None:
    """Only the first paragraph that starts with a dateline is labelled as one."""
    counts = Counter(label["story"] for label in labels() if label["kind"] == "dateline")
    assert [story for story, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("label", labels(), ids=label_id)
def test_label_text_is_the_line(label: dict[str, Any]) -> None:
    """The label's text is exactly the story's line at its index."""
    lines = story_lines()
    assert label["story"] in lines, f"unknown story {label['story']}"
    assert isinstance(label["line"], int)
    assert 0 <= label["line"] < len(lines[label["story"]])
    assert label["text"] == lines[label["story"]][label["line"]]


@pytest.mark.parametrize("label", labels(), ids=label_id)
def test_label_follows_schema(label: dict[str, Any]) -> None:
    """Top-level keys, kind and the fields of ``expected`` follow the schema of the kind."""
    assert TOP_KEYS <= set(label) <= TOP_KEYS | OPTIONAL_KEYS
    assert label["kind"] in KINDS
    if "ambiguous" in label:
        assert label["ambiguous"] is True
        assert isinstance(label.get("note"), str) and label["note"], "ambiguous needs a note"
    if "note" in label:
        assert isinstance(label["note"], str) and label["note"]
    kind = label["kind"]
    expected = label["expected"]
    check_fields(kind, expected, FIELDS[kind])
    if kind == "headline":
        assert expected["text"]
        assert all(isinstance(p, str) and p for p in expected["prefixes"])
    elif kind == "dateline":
        assert all(isinstance(p, str) and p for p in expected["places"])
        if expected["city"] is None:
            assert expected["places"] == []
            assert expected["region"] is None
        else:
            assert expected["places"][0] == expected["city"]
        country = expected["country"]
        assert country is None or (len(country) == 2 and country.isupper())
    elif kind == "byline":
        assert expected["authors"]
        assert all(isinstance(a, str) and a for a in expected["authors"])
    elif kind == "caption":
        if expected["date"] is not None:
            datetime.date.fromisoformat(expected["date"])
        credit = expected["credit"]
        if credit is not None:
            check_fields("credit", credit, CREDIT_FIELDS)
            assert all(isinstance(p, str) and p for p in credit["photographers"])
            assert credit["agency"] or credit["via"] or credit["photographers"]
            if credit["is_file"]:
                assert expected["is_file"]
        if expected["prefix"] is not None and expected["prefix"].startswith("FILE"):
            assert expected["is_file"]
    else:
        assert expected["contributions"]
        for contribution in expected["contributions"]:
            check_fields("contribution", contribution, CONTRIBUTION_FIELDS)
            assert contribution["name"]
            role = contribution["role"]
            assert role is None or role == role.lower()


@pytest.mark.parametrize("label", labels(), ids=label_id)
def test_label_values_come_from_the_line(label: dict[str, Any]) -> None:
    """Values labelled "as written" occur in the line itself."""
    text = label["text"]
    expected = label["expected"]
    if label["kind"] == "headline":
        assert expected["text"] in text
        assert all(prefix in text for prefix in expected["prefixes"])
    elif label["kind"] == "dateline":
        for field in ("city", "region", "date", "agency"):
            assert expected[field] is None or expected[field] in text
        assert all(place in text for place in expected["places"])
    elif label["kind"] == "byline":
        for field in ("affiliation", "title"):
            assert expected[field] is None or expected[field] in text
    elif label["kind"] == "caption":
        assert expected["prefix"] is None or text.startswith(expected["prefix"])
        if expected["credit"] is not None:
            assert all(name in text for name in expected["credit"]["photographers"])
    else:
        for contribution in expected["contributions"]:
            assert contribution["name"] in text
            assert contribution["location"] is None or contribution["location"] in text
