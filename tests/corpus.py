"""Access to the shared corpus of real wire copy in ``../shared/corpus/`` beside the project.

The corpus is not shipped with the package. Outside CI a missing corpus skips
the tests that need it; in CI (``CI`` set) it is an error.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _path(name: str) -> Path:
    path = CORPUS / name
    if not path.exists():
        if os.environ.get("CI"):
            msg = f"shared corpus file missing: {path}"
            raise FileNotFoundError(msg)
        pytest.skip(f"shared corpus not found at {path}")
    return path


@cache
def seed_text() -> str:
    """The seed AP story, as copied from its web page."""
    return _path("seed-ap-story.txt").read_text(encoding="utf-8")


def seed_lines() -> list[str]:
    """The non-blank lines of the seed story."""
    return [line for line in seed_text().splitlines() if line.strip()]


@cache
def modern_stories() -> tuple[dict[str, Any], ...]:
    """The 121 modern stories of ``articles-visible.jsonl`` (``id``, ``agency``, ``text`` ...)."""
    with _path("articles-visible.jsonl").open(encoding="utf-8") as f:
        return tuple(json.loads(line) for line in f if line.strip())


@cache
def reuters_records() -> tuple[dict[str, Any], ...]:
    """The 15,581 Reuters-21578 records (``dateline``, ``author``, ``body`` ...)."""
    with _path("reuters21578.jsonl").open(encoding="utf-8") as f:
        return tuple(json.loads(line) for line in f if line.strip())


def first_paragraph(record: dict[str, Any]) -> str:
    """A Reuters-21578 record's first body paragraph, its hard line breaks joined."""
    body: str = record["body"] or ""
    first = body.split("\n    ", 1)[0]
    return " ".join(first.split())
