"""Validate stories in an ingest pipeline with the rule codes you choose.

A pipeline that ingests wire copy checks only the rules it cares about: here
the structure rules (``NP1``: a headline and a body; ``NP3``: photo credits)
and the dateline rules (``NP2``), but not ``NP103`` (a line no parser reads is
fine in web copy). Stories with a diagnostic of error severity are rejected
with their reasons; the others are accepted, warnings logged.

Run from the project root:
    python examples/validate_pipeline.py                          # examples/stories.jsonl
    python examples/validate_pipeline.py stories.jsonl --select NP1,NP6 --ignore NP103
    python examples/validate_pipeline.py --fail                   # exit 1 if any story is rejected
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from newsparse import Article, Diagnostic, parse, validate
from newsparse.validate import RULES, Severity

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

SAMPLE = Path(__file__).with_name("stories.jsonl")
SELECT = ("NP1", "NP2", "NP3")
IGNORE = ("NP103",)


@attrs.frozen
class Checked:
    """One story after the check: its id, the parsed article and what the rules said."""

    story_id: str
    article: Article
    diagnostics: tuple[Diagnostic, ...]

    @property
    def accepted(self) -> bool:
        """Whether no diagnostic is an error (warnings do not reject a story)."""
        return all(d.severity is not Severity.ERROR for d in self.diagnostics)


def stories(path: Path) -> Iterator[tuple[str, str]]:
    """``(id, text)`` for each JSON line of ``path`` (the id is the line number if none)."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                record = json.loads(line)
                yield str(record.get("id", number)), record["text"]


def check(
    items: Iterable[tuple[str, str]], select: Iterable[str], ignore: Iterable[str]
) -> Iterator[Checked]:
    """Parse and validate each story with only the selected rules, lazily."""
    select, ignore = tuple(select), tuple(ignore)
    for story_id, text in items:
        article = parse(text)
        found = validate(article, select=select, ignore=ignore)
        yield Checked(story_id, article, tuple(found))


def codes(text: str) -> tuple[str, ...]:
    """``"NP1,NP3"`` as ``("NP1", "NP3")``."""
    return tuple(code.strip() for code in text.split(",") if code.strip())


def main(argv: list[str] | None = None) -> int:
    """Run the check over a JSONL file; the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=SAMPLE)
    parser.add_argument("--select", type=codes, default=SELECT)
    parser.add_argument("--ignore", type=codes, default=IGNORE)
    parser.add_argument("--fail", action="store_true", help="exit 1 if any story is rejected")
    args = parser.parse_args(argv)

    chosen = [code for code in RULES if code.startswith(args.select)]
    print(f"rules: {', '.join(c for c in chosen if not c.startswith(args.ignore))}")
    rejected = 0
    for item in check(stories(args.source), args.select, args.ignore):
        verdict = "accepted" if item.accepted else "REJECTED"
        headline = item.article.headline.text if item.article.headline else "(no headline)"
        print(f"{verdict:>8}  {item.story_id}: {headline}")
        for d in item.diagnostics:
            print(f"{'':>10}{d.line}:{d.column}: {d.code} [{d.severity.value}] {d.message}")
        rejected += not item.accepted
    print(f"{rejected} rejected")
    return 1 if args.fail and rejected else 0


if __name__ == "__main__":
    raise SystemExit(main())
