"""Accuracy floors: the benchmark of ``benchmarks/accuracy.py`` must not fall below them.

Each floor is set just below what the benchmark measured when it was last raised
(``docs/accuracy.md``). Floors only go up: when a fix lifts a kind, lift its floor.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.corpus import CORPUS, reuters_records

if TYPE_CHECKING:
    from types import ModuleType

BENCHMARK = Path(__file__).resolve().parents[1] / "benchmarks" / "accuracy.py"

#: kind -> (exact %, precision %) floors, just below the measured values.
FLOORS: dict[str, tuple[float, float]] = {
    "reuters21578 dateline": (99.25, 99.95),
    "reuters21578 dateline (well-formed)": (99.95, 99.95),
    "reuters21578 byline": (99.8, 99.95),
    "modern headline": (99.9, 99.9),
    "modern headline (clear)": (99.9, 99.9),
    "modern caption": (98.0, 99.9),
    "modern caption (clear)": (99.9, 99.9),
    "modern dateline": (99.0, 99.9),
    "modern dateline (clear)": (99.9, 99.9),
    "modern byline": (99.9, 99.9),
    "modern byline (clear)": (99.9, 99.9),
    "modern contributors": (99.9, 99.9),
    "modern contributors (clear)": (99.9, 99.9),
}


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsparse_accuracy_benchmark", BENCHMARK)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@cache
def benchmark() -> ModuleType:
    """The benchmark script, imported from its path."""
    return _load()


@cache
def table() -> dict[str, dict[str, Any]]:
    """The measured table: kind -> row (``exact_pct``, ``precision_pct`` ...)."""
    reuters_records()  # skips outside CI when the shared corpus is missing
    bench = benchmark()
    scores: dict[str, Any] = {}
    bench.score_reuters(scores)
    bench.score_labels(scores)
    return {kind: score.row() for kind, score in scores.items()}


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_exact_floor(kind: str) -> None:
    """Each kind parses at least its floor of lines exactly right."""
    assert table()[kind]["exact_pct"] >= FLOORS[kind][0], table()[kind]


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_precision_floor(kind: str) -> None:
    """Each kind's answers are right at least as often as its floor (a wrong value is worst)."""
    assert table()[kind]["precision_pct"] >= FLOORS[kind][1], table()[kind]


def test_every_kind_has_a_floor() -> None:
    """Every kind the benchmark measures has a floor here, and every floor a kind."""
    assert set(table()) == set(FLOORS)


def test_score_counts_a_refusal_against_recall_only() -> None:
    """A refused line lowers exact match and recall but not precision."""
    score = benchmark().Score()
    score.add("BEIRUT (AP) —", {"city": "BEIRUT"}, None, "here")
    score.add("ROME (AP) —", {"city": "ROME"}, {"city": "ROME"}, "there")
    row = score.row()
    assert (row["exact_pct"], row["precision_pct"], row["recall_pct"]) == (50.0, 100.0, 50.0)
    assert row["refused"] == 1


def test_score_counts_a_wrong_value_against_precision() -> None:
    """A wrong value given lowers precision; a value left out does not."""
    score = benchmark().Score()
    score.add("x", {"city": "ROME", "region": "Italy"}, {"city": "ROMA", "region": None}, "x")
    row = score.row()
    assert (row["exact_pct"], row["precision_pct"], row["recall_pct"]) == (0.0, 0.0, 0.0)


@pytest.mark.parametrize(
    ("tag", "expected", "well_formed"),
    [
        ("LONDON, March 2 -", ("LONDON", None, "March 2"), True),
        ("SAN FRANCISCO, Calif., March 2 -", ("SAN FRANCISCO", "Calif.", "March 2"), True),
        ("WASHINGTON, March 25, Reuter -", ("WASHINGTON", None, "March 25"), True),
        ("Peoria, April 7 - Clear/43 degrees -", ("Peoria", None, "April 7"), False),
        ("THE HAGUE, March 2 - Dutch imports of fat-", ("THE HAGUE", None, "March 2"), False),
        ("RENO, Nev., Mach 4 -", ("RENO", "Nev.", "Mach 4"), False),
        ("WINSTON-SALEM, N.C. -", ("WINSTON-SALEM", "N.C.", None), False),
        ("****LONDON, March 5 -", ("****LONDON", None, "March 5"), False),
        ("FARMINGTON Conn., March 9 -", ("FARMINGTON Conn.", None, "March 9"), False),
        ("MINNETONKA, Minn. March 16 -", ("MINNETONKA", None, "Minn. March 16"), False),
    ],
)
def test_reuters_tags(tag: str, expected: tuple[str | None, ...], well_formed: bool) -> None:
    """The expected fields of a Reuters-21578 tag, and which tags count as well formed."""
    fields = benchmark().reuters_expected_dateline(tag)
    assert (fields["city"], fields["region"], fields["date"]) == expected
    assert benchmark().reuters_well_formed(tag) is well_formed


def test_corpus_is_where_the_benchmark_reads_it() -> None:
    """The benchmark and the tests read the same shared corpus."""
    assert benchmark().CORPUS.resolve() == CORPUS.resolve()
