"""The properties both fuzz harnesses check, and the real copy they start from.

For any text:

* every line parser and :func:`newsparse.parse` return or raise
  :class:`~newsparse.ParseError` only (``parse`` never raises on a ``str``);
* ``str(parse(t)) == t`` and every part's span points back at its raw line;
* every model parsed reads back equal from its own rendering:
  ``parse_x(str(m)) == m``, for the line parsers and for the typed values
  inside an ``Article``.

:func:`check` returns the problems found as :class:`Finding` values instead of
raising, so a long run can report them all.
"""

from __future__ import annotations

import json
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import newsparse
from newsparse import (
    Byline,
    Caption,
    ContributorLine,
    Dateline,
    Headline,
    ParseError,
)

if TYPE_CHECKING:
    from collections.abc import Callable

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

#: Each line parser by name.
LINE_PARSERS: dict[str, Callable[[str], object]] = {
    "headline": newsparse.parse_headline,
    "dateline": newsparse.parse_dateline,
    "byline": newsparse.parse_byline,
    "caption": newsparse.parse_caption,
    "contributors": newsparse.parse_contributors,
}

#: The parser that reads back each model type.
READER: dict[type, str] = {
    Headline: "headline",
    Dateline: "dateline",
    Byline: "byline",
    Caption: "caption",
    ContributorLine: "contributors",
}


@dataclass(frozen=True)
class Finding:
    """One broken property: which target, what went wrong, on which input."""

    target: str
    problem: str
    text: str

    def key(self) -> tuple[str, str]:
        """What makes two findings the same bug: target and the problem's first line."""
        return (self.target, self.problem.splitlines()[0] if self.problem else "")


def _crash(target: str, text: str, error: BaseException) -> Finding:
    lines = traceback.format_exception_only(type(error), error)
    where = traceback.extract_tb(error.__traceback__)[-1]
    return Finding(target, f"{lines[-1].strip()} at {where.filename}:{where.lineno}", text)


def _round_trip(target: str, model: object, findings: list[Finding]) -> None:
    rendered = str(model)
    try:
        again = LINE_PARSERS[target](rendered)
    except Exception as e:  # a rendering the parser refuses is a finding too
        findings.append(_crash(f"{target} round trip", rendered, e))
        return
    if again != model:
        findings.append(
            Finding(f"{target} round trip", f"{model!r} != {again!r}", rendered),
        )


def check_line(text: str) -> list[Finding]:
    """Run every line parser on ``text``; round-trip every model it gives."""
    findings: list[Finding] = []
    for target, parser in LINE_PARSERS.items():
        try:
            model = parser(text)
        except ParseError:
            continue
        except Exception as e:  # anything but ParseError is the bug being hunted
            findings.append(_crash(target, text, e))
            continue
        _round_trip(target, model, findings)
    return findings


def check_story(text: str) -> list[Finding]:
    """Run ``parse`` on ``text``: no exception, lossless, spans right, values round-trip."""
    try:
        article = newsparse.parse(text)
        parts = article.parts  # parse() is lazy: classifying happens on first read
    except Exception as e:  # parse must never raise on a str
        return [_crash("parse", text, e)]
    findings: list[Finding] = []
    if str(article) != text:
        findings.append(Finding("parse", "str(parse(t)) != t", text))
    for part in parts:
        start, end = part.span
        if text[start:end] != part.raw:
            findings.append(Finding("parse", f"span {part.span} does not hold {part!r}", text))
        reader = READER.get(type(part.value))
        if reader is not None:
            _round_trip(reader, part.value, findings)
    return findings


def check(text: str) -> list[Finding]:
    """Every property, on ``text`` as a line and as a story."""
    return check_line(text) + check_story(text)


def corpus_lines() -> list[str]:
    """The distinct non-blank lines of the seed story and the 121 modern stories."""
    seen: dict[str, None] = {}
    for story in corpus_stories():
        for line in story.splitlines():
            if line.strip():
                seen.setdefault(line.strip(), None)
    return list(seen)


def labelled_lines() -> list[str]:
    """The hand-labelled headline, dateline, byline, caption and contributor lines."""
    labels = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "labels.jsonl"
    with labels.open(encoding="utf-8") as f:
        return sorted({json.loads(line)["text"] for line in f if line.strip()})


def corpus_stories() -> list[str]:
    """The seed story and the 121 modern stories, as written."""
    stories = [(CORPUS / "seed-ap-story.txt").read_text(encoding="utf-8")]
    with (CORPUS / "articles-visible.jsonl").open(encoding="utf-8") as f:
        stories += [json.loads(line)["text"] for line in f if line.strip()]
    return stories
