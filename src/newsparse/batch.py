"""Many stories at once: :func:`parse_many` parses an iterable of texts across processes.

Results come back in input order, one per text: an :class:`~newsparse.article.Article`,
or a :class:`ParseFailure` saying which item failed and why, so one bad item
never stops a run over millions::

    >>> results = list(parse_many(["Talks resume\\n", 42], workers=1))
    >>> results[0].headline.text
    'Talks resume'
    >>> results[1]
    ParseFailure(index=1, error_type='TypeError', message='Expected a story as str, got int')

Memory stays bounded: the input is read lazily, a chunk at a time, and only a
small window of chunks (a few per worker) is in flight at any moment, so a
generator over a file of any size can be fed straight in.

Over processes, a worker classifies each story and sends back only what it
decided, one character per line and the values the lines carry; the text
stays in this process, which sent it, and the article is made here from both,
equal to the one :func:`~newsparse.article.parse` makes in process.
"""

from __future__ import annotations

import functools
import gc
import itertools
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, TypeVar, Union

import attrs

from newsparse.article import Article, _article_from_text, _classify_text, parse

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from newsparse.article import _Extra

__all__ = ["ParseFailure", "Result", "map_ordered", "parse_many"]

_T = TypeVar("_T")
_R = TypeVar("_R")
_U = TypeVar("_U")

#: How many chunks per worker may be submitted and not yet collected.
_CHUNKS_IN_FLIGHT_PER_WORKER = 4

#: Items per chunk by default: on 2 cores, 256 stories a chunk gave 1.65-1.77x one
#: worker on 50,000 stories where 64 gave 1.61-1.65x (benchmarks/scale.py).
DEFAULT_CHUNKSIZE = 256

#: The collector's first threshold in worker processes. Parsing makes many small objects
#: that hold no cycles; collecting them every 700 allocations (Python's default) costs a
#: worker about 3 % of its time.
_WORKER_GC_THRESHOLD = 100_000


def _start_worker() -> None:
    """Set up a worker process: collect garbage less often (see ``_WORKER_GC_THRESHOLD``)."""
    _, second, third = gc.get_threshold()
    gc.set_threshold(_WORKER_GC_THRESHOLD, second, third)


@attrs.frozen(slots=True)
class ParseFailure:
    """An item :func:`parse_many` could not parse, in place of its ``Article``.

    :func:`~newsparse.article.parse` never fails on a ``str``, so a failure is
    an item that is not text (``TypeError``) or a bug in newsparse, reported
    rather than raised.

    Attributes:
        index: The 0-based position of the item in the input.
        error_type: The exception's class name: ``"TypeError"``...
        message: The exception's message.

    >>> ParseFailure(3, "TypeError", "Expected a story as str, got bytes").index
    3
    """

    index: int
    error_type: str
    message: str


#: One item's outcome.
Result = Union[Article, ParseFailure]  # noqa: UP007 - a runtime alias, 3.10 has no `type`


def _parse_one(index: int, text: object) -> Result:
    try:
        return parse(text)  # type: ignore[arg-type]  # non-str items become failures
    except Exception as e:  # reported per item, by design
        return ParseFailure(index, type(e).__name__, str(e))


#: What a worker sends back for one story: its kind codes and extras, or the failure.
_Shipped = Union[tuple[str, tuple["_Extra", ...]], ParseFailure]  # noqa: UP007


def _classify_one(index: int, text: object) -> _Shipped:
    """In a worker: what ``parse(text)`` decides for each line, or why it failed."""
    try:
        return _classify_text(text)  # type: ignore[arg-type]  # non-str items become failures
    except Exception as e:  # reported per item, by design
        return ParseFailure(index, type(e).__name__, str(e))


def _articles(texts: list[str], shipped: list[_Shipped]) -> Iterator[Result]:
    """In this process: each story's article from its text and what its worker sent.

    One at a time, as the caller asks: an article whose parts the caller read
    dies when the caller drops it. A list of the chunk's articles would keep
    every part read alive until the chunk was done, and the garbage collector's
    passes over them cost a third of this process's time.
    """
    for text, got in zip(texts, shipped, strict=True):
        yield got if isinstance(got, ParseFailure) else _article_from_text(text, *got)


def _apply_chunk(func: Callable[[int, _T], _R], start: int, items: list[_T]) -> list[_R]:
    """Run ``func`` over one chunk in a worker; ``start`` is the index of its first item."""
    return [func(start + i, item) for i, item in enumerate(items)]


def _as_sent(items: list[_T], results: list[_R]) -> list[_R]:
    return results


def _default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def parse_many(
    texts: Iterable[str], *, workers: int | None = None, chunksize: int = DEFAULT_CHUNKSIZE
) -> Iterator[Result]:
    """Parse each text, yielding an :class:`Article` or a :class:`ParseFailure` per item, in order.

    Args:
        texts: Stories; any iterable, read lazily (a generator over a file is fine).
        workers: Processes to use; ``None`` is one per available CPU; ``0`` or ``1``
            parses in this process, with no pool.
        chunksize: Items sent to a worker at a time. Larger chunks cost less in
            inter-process traffic; at most ``4 * workers`` chunks are in flight.

    Raises:
        ValueError: ``workers`` is negative or ``chunksize`` is below 1.

    >>> stories = (f"Story {n}\\n" for n in range(3))
    >>> [r.headline.text for r in parse_many(stories, workers=2, chunksize=1)]
    ['Story 0', 'Story 1', 'Story 2']
    """
    if workers is None:
        workers = _default_workers()
    if workers < 0:
        msg = f"Expected workers >= 0 (0 or 1 parse in this process), got {workers}"
        raise ValueError(msg)
    if chunksize < 1:
        msg = f"Expected chunksize >= 1, got {chunksize}"
        raise ValueError(msg)
    if workers <= 1:
        return map_ordered(_parse_one, texts, workers=workers, chunksize=chunksize)
    work = functools.partial(_apply_chunk, _classify_one)
    return _map_in_pool(work, _articles, iter(texts), workers, chunksize)


def map_ordered(
    func: Callable[[int, _T], _R],
    items: Iterable[_T],
    *,
    workers: int,
    chunksize: int = DEFAULT_CHUNKSIZE,
) -> Iterator[_R]:
    """``func(index, item)`` for each item, yielded in input order, over ``workers`` processes.

    The engine under :func:`parse_many`, for callers that want more done in the
    worker than parsing (the CLI renders JSON there, so only short strings cross
    between processes). ``func`` must be picklable (a module-level function or a
    :func:`functools.partial` of one) and should not raise. ``items`` is read
    lazily; at most ``4 * workers`` chunks are in flight. ``workers`` of 0 or 1
    runs ``func`` in this process, one item at a time, with no pool.

    >>> list(map_ordered(divmod, [7, 8, 9], workers=1))
    [(0, 0), (0, 1), (0, 2)]
    """
    if workers <= 1:
        return (func(i, item) for i, item in enumerate(items))
    work = functools.partial(_apply_chunk, func)
    return _map_in_pool(work, _as_sent, iter(items), workers, chunksize)


def _map_in_pool(
    work: Callable[[int, list[_T]], list[_R]],
    finish: Callable[[list[_T], list[_R]], Iterable[_U]],
    items: Iterator[_T],
    workers: int,
    chunksize: int,
) -> Iterator[_U]:
    """``finish(chunk, work(start, chunk))`` for each chunk, ``work`` in the pool, in order."""
    window = workers * _CHUNKS_IN_FLIGHT_PER_WORKER
    in_flight: deque[tuple[Future[list[_R]], list[_T]]] = deque()
    start = 0

    def submit(pool: ProcessPoolExecutor) -> bool:
        nonlocal start
        chunk = list(itertools.islice(items, chunksize))
        if not chunk:
            return False
        in_flight.append((pool.submit(work, start, chunk), chunk))
        start += len(chunk)
        return True

    with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker) as pool:
        try:
            more = True
            while more and len(in_flight) < window:
                more = submit(pool)
            while in_flight:
                future, chunk = in_flight.popleft()
                results = future.result()
                if more:
                    more = submit(pool)
                yield from finish(chunk, results)
        finally:
            # The caller stopped early (or a worker died): drop what is still queued.
            for future, _ in in_flight:
                future.cancel()
