"""Batches: ``parse_many`` yields one result per text, in order, in or out of process."""

from __future__ import annotations

import functools
import itertools
import pickle
import weakref
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Article, parse, parse_many
from newsparse.article import Part, _article_from_text
from newsparse.batch import ParseFailure, _classify_one, map_ordered
from tests.corpus import modern_stories, seed_text

if TYPE_CHECKING:
    from collections.abc import Iterator


def numbered(n: int) -> list[str]:
    """``n`` short stories, each headed with its number."""
    return [f"Story number {i}\n\nBEIRUT (AP) — Officials met on day {i}.\n" for i in range(n)]


@pytest.mark.parametrize("workers", [0, 1, 2])
def test_results_come_in_input_order(workers: int) -> None:
    """Each result stands at its text's position, whatever the workers and chunks."""
    texts = numbered(50)
    results = list(parse_many(texts, workers=workers, chunksize=3))
    assert [str(r) for r in results] == texts
    assert all(isinstance(r, Article) for r in results)


@pytest.mark.parametrize("workers", [1, 2])
def test_bad_items_become_failures_not_exceptions(workers: int) -> None:
    """An item that is not text yields a ParseFailure at its index; the others still parse."""
    texts: list[object] = ["A headline\n", b"bytes\n", None, "Another headline\n"]
    results = list(parse_many(texts, workers=workers, chunksize=1))  # type: ignore[arg-type]
    assert results[1] == ParseFailure(1, "TypeError", "Expected a story as str, got bytes")
    assert results[2] == ParseFailure(2, "TypeError", "Expected a story as str, got NoneType")
    assert isinstance(results[0], Article)
    assert isinstance(results[3], Article)
    assert str(results[3]) == "Another headline\n"


def test_one_and_two_workers_give_equal_results() -> None:
    """Parsing the real stories in two processes gives exactly what one process gives."""
    texts = [record["text"] for record in modern_stories()]
    one = list(parse_many(texts, workers=1))
    two = list(parse_many(texts, workers=2, chunksize=8))
    assert one == two
    assert one == [parse(t) for t in texts]


@pytest.mark.parametrize("workers", [1, 2])
def test_generator_input_is_read_lazily(workers: int) -> None:
    """A generator is consumed a chunk at a time, not all at once, before results come."""
    pulled = 0

    def stories() -> Iterator[str]:
        nonlocal pulled
        for text in itertools.cycle(numbered(10)):
            pulled += 1
            yield text

    results = parse_many(stories(), workers=workers, chunksize=4)
    first = list(itertools.islice(results, 5))
    assert [r.headline.text for r in first if isinstance(r, Article) and r.headline] == [
        f"Story number {i}" for i in range(5)
    ]
    # In process: exactly what was asked for; in a pool: a window of 4 chunks per worker,
    # topped up by one chunk for each of the 2 chunks collected so far.
    assert pulled == (5 if workers == 1 else (4 * workers + 2) * 4)
    results.close()  # type: ignore[attr-defined]


@pytest.mark.parametrize("workers", [1, 2])
def test_results_are_not_kept_once_yielded(workers: int) -> None:
    """The iterator holds no result it has yielded: a streaming caller's memory stays flat.

    Over a pool, a chunk's articles are made one at a time as they are asked for,
    so the parts a caller reads die with the article instead of piling up, and
    surviving, until the whole chunk is done.
    """
    results = parse_many(numbered(6), workers=workers, chunksize=6)
    first = next(results)
    assert isinstance(first, Article)
    _ = first.parts
    gone = weakref.ref(first)
    del first
    second = next(results)
    assert gone() is None
    assert isinstance(second, Article)
    assert str(second) == numbered(6)[1]
    results.close()  # type: ignore[attr-defined]


def test_empty_input_yields_nothing() -> None:
    """No texts, no results, with or without a pool."""
    assert list(parse_many([], workers=1)) == []
    assert list(parse_many(iter([]), workers=2)) == []


def test_seed_story_round_trips_through_a_worker() -> None:
    """An Article made in a worker equals the one made here and renders the same text."""
    (result,) = parse_many([seed_text()], workers=2)
    assert result == parse(seed_text())
    assert str(result) == seed_text()


def test_failures_pickle() -> None:
    """A ParseFailure crosses process boundaries intact."""
    failure = ParseFailure(7, "TypeError", "Expected a story as str, got int")
    assert pickle.loads(pickle.dumps(failure)) == failure


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"workers": -1}, "Expected workers >= 0 (0 or 1 parse in this process), got -1"),
        ({"chunksize": 0}, "Expected chunksize >= 1, got 0"),
    ],
)
def test_error_bad_arguments(kwargs: dict[str, int], message: str) -> None:
    """Negative workers or a chunk size below 1 raise ValueError at the call."""
    with pytest.raises(ValueError, match=r"^Expected") as info:
        parse_many(["A\n"], **kwargs)
    assert str(info.value) == message


def _tag(prefix: str, index: int, item: str) -> str:
    """A picklable worker function: the item with its index and a prefix."""
    return f"{prefix}{index}:{item}"


@pytest.mark.parametrize("workers", [1, 2])
def test_map_ordered_runs_any_picklable_function_in_order(workers: int) -> None:
    """``map_ordered`` passes each item's index and keeps input order, in or out of process."""
    items = (f"item {i}" for i in range(100))
    func = functools.partial(_tag, "#")
    results = list(map_ordered(func, items, workers=workers, chunksize=7))
    assert results == [f"#{i}:item {i}" for i in range(100)]


@given(st.one_of(st.text(max_size=200), st.sampled_from([seed_text(), "By JANE DOE\r\n\r\nAd"])))
def test_what_a_worker_sends_rebuilds_the_article(text: str) -> None:
    """The kinds and values a worker sends back, with the text held here, make ``parse(text)``."""
    shipped = _classify_one(0, text)
    assert not isinstance(shipped, ParseFailure)
    article = _article_from_text(text, *shipped)
    expected = parse(text)
    assert article == expected
    assert str(article) == text
    assert [_fields(p) for p in article.parts] == [_fields(p) for p in expected.parts]


def _fields(part: Part) -> tuple[object, ...]:
    """Every field of a part, its error by message and position (errors compare by identity)."""
    error = None if part.error is None else (part.error.message, part.error.pos)
    return (
        part.kind,
        part.raw,
        part.line,
        part.newline,
        part.value,
        error,
        part.looks_like,
        part.span,
    )


def test_two_workers_give_in_process_results_whatever_the_line_endings() -> None:
    """Stories with CRLF, CR and no final newline come back from workers as parsed here."""
    texts = [record["text"] for record in modern_stories()[:30]]
    texts += [t.replace("\n", "\r\n") for t in texts[:10]] + [
        t.replace("\n", "\r") for t in texts[:5]
    ]
    texts += [t.rstrip("\n") for t in texts[:5]]
    results = list(parse_many(texts, workers=2, chunksize=4))
    assert results == [parse(t) for t in texts]
    assert [str(r) for r in results] == texts
    for result, text in zip(results, texts, strict=True):
        assert isinstance(result, Article)
        assert result.to_dict() == parse(text).to_dict()


def test_worker_start_collects_garbage_less_often() -> None:
    """A worker raises the collector's first threshold and keeps the other two."""
    import gc  # noqa: PLC0415 - only this test touches the collector

    from newsparse import batch  # noqa: PLC0415

    before = gc.get_threshold()
    try:
        batch._start_worker()
        assert gc.get_threshold() == (batch._WORKER_GC_THRESHOLD, *before[1:])
    finally:
        gc.set_threshold(*before)


def test_default_chunksize_is_used() -> None:
    """Without a chunksize, stories travel in chunks of DEFAULT_CHUNKSIZE, in order."""
    import inspect  # noqa: PLC0415

    from newsparse.batch import DEFAULT_CHUNKSIZE, map_ordered  # noqa: PLC0415

    assert DEFAULT_CHUNKSIZE == 256  # the size benchmarks/scale.py chose
    for func in (parse_many, map_ordered):
        assert inspect.signature(func).parameters["chunksize"].default == DEFAULT_CHUNKSIZE
    texts = [f"Story {n}\n" for n in range(DEFAULT_CHUNKSIZE + 3)]
    heads = [r.headline.text for r in parse_many(texts, workers=2)]  # type: ignore[union-attr]
    assert heads == [t.strip() for t in texts]
