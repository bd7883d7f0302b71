"""Speed of newsparse, as ratios to ``str.splitlines()`` on the same text in the same run.

Absolute times vary by machine, so every figure is also given against a floor
measured in the same process: ``str.splitlines()`` on the very same text.

* ``parse()`` on the seed story and on the 121 stories of ``articles-visible.jsonl``,
  three times: ``parse()`` alone (it only splits the lines: kinds and values are
  decided when first read), ``parse()`` then reading every part
  (``list(article.parts)``), the whole work of classifying every line, and
  ``parse()`` then reading what the peers return (``headline``, ``bylines``,
  ``dateline``, ``body``: the body needs every line's kind, so every line is
  classified here too; only the part objects are not made);
* pickled articles of the 121 stories (what ``parse_many`` ships between
  processes): bytes against the text, dump and load times against the floor;
* each line parser on the real lines of its kind (the hand labels in
  ``tests/corpus/labels.jsonl``): µs per line (the mean over all lines, and the
  median of each line timed alone: the typical line) and the ratio to the floor;
* hostile-input scaling: one unit repeated (``A``, ``(``, ``By A, ``...) at a
  size ``n`` and at ``16 n``; the time ratio should stay near 16 (linear), far
  from 256 (quadratic). Line parsers get sizes up to their ``MAX_LEN`` (longer
  lines are refused on their length alone); ``parse()`` with every part read
  gets 64 KB and 1 MB, and 6,250 and 100,000 short lines;
* start-up, in fresh interpreters: ``import newsparse``, then also the first
  ``parse()`` of the seed with every part read, and of each of the 121 stories
  (the first reading of a line kind compiles that kind's grammar once), in ms
  beyond a bare interpreter's start;
* with the ``bench`` extra installed (``pip install newsparse[bench]``), what users
  would run otherwise on the same story wrapped in a minimal HTML page (the seed,
  then each of the 121 stories):
  ``trafilatura.bare_extraction`` (with metadata, as newsparse reads bylines and
  datelines) and newspaper4k's ``Article.parse``, against ``parse()`` with every
  part read and against ``parse()`` with the peers' fields read. Each is skipped
  when its package is missing.

No result is cached across calls: each timed call parses the text from scratch.

Run from the project root::

    python benchmarks/speed.py                  # prints the tables
    python benchmarks/speed.py --json speed.json
    python benchmarks/speed.py --no-hostile     # skip the scaling runs
"""

from __future__ import annotations

import argparse
import functools
import html
import json
import pickle
import platform
import statistics
import subprocess
import sys
import time
import timeit
from pathlib import Path
from typing import TYPE_CHECKING, Any

import newsparse
from newsparse import ParseError, byline, caption, contributors, dateline, headline

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SEED = CORPUS / "seed-ap-story.txt"
STORIES = CORPUS / "articles-visible.jsonl"
LABELS = ROOT / "tests" / "corpus" / "labels.jsonl"

#: Each line parser, the label kinds whose lines it reads, and its length limit.
LINE_PARSERS: dict[str, tuple[Callable[[str], object], tuple[str, ...], int]] = {
    "headline": (newsparse.parse_headline, ("headline",), headline.MAX_LEN),
    "dateline": (newsparse.parse_dateline, ("dateline",), dateline.MAX_LEN),
    "byline": (newsparse.parse_byline, ("byline",), byline.MAX_LEN),
    "caption": (newsparse.parse_caption, ("caption", "credit"), caption.MAX_LEN),
    "contributors": (newsparse.parse_contributors, ("contributors",), contributors.MAX_LEN),
}

#: The hostile units, as in ``tests/test_hostile.py``.
UNITS = ("A", "(", "By A, ", "—", "WASHINGTON, ", "\u0301", "AP Photo/")


def best_time(func: Callable[[], object], *, budget: float = 0.2, repeat: int = 5) -> float:
    """The best time of one call of ``func``, in seconds, over ``repeat`` timed runs."""
    timer = timeit.Timer(func)
    number, elapsed = timer.autorange()
    number = max(1, int(number * budget / max(elapsed, 1e-9) / repeat)) if elapsed < budget else 1
    return min(timer.repeat(repeat=repeat, number=number)) / number


def tolerant(parser: Callable[[str], object]) -> Callable[[str], object]:
    """``parser`` with :class:`ParseError` swallowed, so refused lines are timed too."""

    def call(text: str) -> object:
        try:
            return parser(text)
        except ParseError:
            return None

    return call


def floor(texts: list[str]) -> float:
    """The time of ``str.splitlines()`` over ``texts``, the floor every figure is set against."""
    return best_time(lambda: [t.splitlines() for t in texts])


# --- the measurements --------------------------------------------------------------------------


def parse_read(text: str) -> object:
    """``parse(text)`` with every part read: each line classified and its value parsed."""
    return list(newsparse.parse(text).parts)


def parse_views(text: str) -> object:
    """``parse(text)`` then what the peers return: headline, bylines, dateline and body."""
    article = newsparse.parse(text)
    return article.headline, article.bylines, article.dateline, article.body


def whole_stories(seed: str, stories: list[str]) -> dict[str, Any]:
    """``parse()`` alone, with every part read and with the peers' fields read.

    ``parse()`` alone only splits the lines; reading the parts classifies them.
    Each is given against ``splitlines``.
    """
    out: dict[str, Any] = {}
    for name, texts in (("seed", [seed]), ("stories", stories)):

        def parse_all(texts: list[str] = texts) -> object:
            return [newsparse.parse(t) for t in texts]

        def parse_read_all(texts: list[str] = texts) -> object:
            return [parse_read(t) for t in texts]

        def parse_views_all(texts: list[str] = texts) -> object:
            return [parse_views(t) for t in texts]

        parse_s = best_time(parse_all)
        read_s = best_time(parse_read_all)
        views_s = best_time(parse_views_all)
        floor_s = floor(texts)
        out[name] = {
            "texts": len(texts),
            "chars": sum(map(len, texts)),
            "parse_us": parse_s * 1e6,
            "parse_parts_us": read_s * 1e6,
            "parse_views_us": views_s * 1e6,
            "splitlines_us": floor_s * 1e6,
            "ratio": parse_s / floor_s,
            "parts_ratio": read_s / floor_s,
            "views_ratio": views_s / floor_s,
        }
    return out


def line_parsers(labels: list[dict[str, Any]]) -> dict[str, Any]:
    """Each line parser on the real lines of its kind: µs per line and ratio to ``splitlines``."""
    out: dict[str, Any] = {}
    for name, (parser, kinds, _) in LINE_PARSERS.items():
        lines = [row["text"] for row in labels if row["kind"] in kinds]
        call = tolerant(parser)

        def parse_all(lines: list[str] = lines, call: Callable[[str], object] = call) -> object:
            return [call(s) for s in lines]

        parse_s = best_time(parse_all)
        floor_s = floor(lines)
        # The typical line: each line timed alone, the median of those times.
        each = sorted(
            best_time(functools.partial(call, line), budget=0.01, repeat=3) for line in lines
        )
        out[name] = {
            "lines": len(lines),
            "us_per_line": parse_s / len(lines) * 1e6,
            "median_us": statistics.median(each) * 1e6,
            "ratio": parse_s / floor_s,
        }
    return out


def pickles(stories: list[str]) -> dict[str, Any]:
    """What ``parse_many`` ships between processes: pickled articles of the 121 stories.

    Bytes against the stories' UTF-8 size; dump and load times against ``splitlines``.
    """
    articles = [newsparse.parse(t) for t in stories]
    for article in articles:  # classified once, as parse_many's workers do before shipping
        _ = article.parts
    blobs = [pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL) for a in articles]
    dump_s = best_time(
        lambda: [pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL) for a in articles]
    )
    load_s = best_time(lambda: [pickle.loads(b) for b in blobs])  # noqa: S301 (our own pickles)
    floor_s = floor(stories)
    return {
        "bytes": sum(map(len, blobs)),
        "text_bytes": sum(len(t.encode("utf-8")) for t in stories),
        "dump_us": dump_s * 1e6,
        "load_us": load_s * 1e6,
        "dump_ratio": dump_s / floor_s,
        "load_ratio": load_s / floor_s,
    }


def _scaling(call: Callable[[str], object], small: str, large: str) -> dict[str, float]:
    small_s = best_time(lambda: call(small), budget=0.05, repeat=3)
    large_s = best_time(lambda: call(large), budget=0.05, repeat=3)
    return {"small_us": small_s * 1e6, "large_us": large_s * 1e6, "ratio": large_s / small_s}


def hostile(scale: int = 16) -> dict[str, Any]:
    """Time ratio for ``scale`` times the input, per parser and hostile unit."""
    targets: dict[str, tuple[Callable[[str], object], int]] = {
        name: (parser, max_len) for name, (parser, _, max_len) in LINE_PARSERS.items()
    }
    targets["parse"] = (parse_read, 1_000_000)  # parts read: parse() alone only splits
    out: dict[str, Any] = {}
    for name, (parser, max_len) in targets.items():
        call = tolerant(parser)
        rows = {
            unit: _scaling(
                call,
                unit * (max_len // scale // len(unit)),
                unit * (max_len // len(unit)),
            )
            for unit in UNITS
        }
        if name == "parse":
            rows["short lines"] = _scaling(call, "By A\n" * 6_250, "By A\n" * 100_000)
        out[name] = {"units": rows, "worst_ratio": max(r["ratio"] for r in rows.values())}
    return out


# --- the peers (optional ``bench`` extra) ---------------------------------------------------


def as_html(story: str) -> str:
    """``story`` as a minimal news page: a title, an ``<h1>`` and one ``<p>`` per line."""
    lines = [line.strip() for line in story.splitlines() if line.strip()]
    title = html.escape(lines[0]) if lines else ""
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines[1:])
    return (
        f"<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>\n{body}\n</article></body></html>"
    )


def _trafilatura() -> Callable[[str], object] | None:
    try:
        import trafilatura  # noqa: PLC0415 - optional
    except ImportError:
        return None

    def run(page: str) -> object:
        return trafilatura.bare_extraction(page, with_metadata=True)

    return run


def _newspaper() -> Callable[[str], object] | None:
    try:
        import newspaper  # type: ignore[import-untyped]  # noqa: PLC0415 - optional
    except ImportError:
        return None

    def run(page: str) -> object:
        article = newspaper.Article("https://example.org/story.html")
        article.download(input_html=page)
        article.parse()
        return article.text

    return run


def peers(texts: list[str]) -> dict[str, Any]:
    """Each installed peer on ``texts`` as HTML pages, against ``parse()`` on the texts.

    ``parse()`` is timed twice: with every part read (the whole work) and with what
    the peers return read (headline, bylines, dateline, body).
    """
    pages = [as_html(text) for text in texts]
    parse_s = best_time(lambda: [parse_read(text) for text in texts])
    views_s = best_time(lambda: [parse_views(text) for text in texts])
    out: dict[str, Any] = {
        "texts": len(texts),
        "newsparse_us": parse_s * 1e6,
        "newsparse_views_us": views_s * 1e6,
    }
    for name, factory in (("trafilatura", _trafilatura), ("newspaper4k", _newspaper)):
        run = factory()
        if run is None:
            out[name] = None
            continue
        run(pages[0])  # warm up: first calls load models and tables
        peer_s = best_time(lambda run=run: [run(page) for page in pages], budget=0.5, repeat=3)
        out[name] = {
            "us": peer_s * 1e6,
            "times_slower_than_newsparse": peer_s / parse_s,
            "times_slower_than_newsparse_views": peer_s / views_s,
        }
    return out


#: What each start-up run does in a fresh interpreter, after ``import newsparse``.
STARTUP_STEPS = {
    "import newsparse": "",
    "+ first parse of the seed": (
        "from pathlib import Path; seed = Path({seed!r}).read_text(encoding='utf-8');"
        " list(newsparse.parse(seed).parts)"
    ),
    "+ first parse of each story": (
        "import json; stories = [json.loads(l)['text'] for l in open({stories!r},"
        " encoding='utf-8') if l.strip()]; [list(newsparse.parse(t).parts) for t in stories]"
    ),
}


def startup(repeat: int = 5) -> dict[str, float]:
    """Milliseconds each of ``STARTUP_STEPS`` takes in a fresh interpreter, beyond a bare one.

    The best of ``repeat`` runs of each; the bare interpreter (``python -c pass``)
    is timed the same way and taken off.
    """

    def best_ms(code: str) -> float:
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            times.append(time.perf_counter() - start)
        return min(times) * 1e3

    bare = best_ms("pass")
    out: dict[str, float] = {}
    for name, step in STARTUP_STEPS.items():
        code = "import newsparse; " + step.format(seed=str(SEED), stories=str(STORIES))
        out[name] = best_ms(code) - bare
    return out


# --- output ------------------------------------------------------------------------------------


def print_report(result: dict[str, Any]) -> None:
    """Print ``result`` as tables."""
    print(f"newsparse {result['version']} on Python {result['python']}\n")
    print(
        f"{'parse()':<22}{'alone µs':>10}{'ratio':>9}{'+ parts µs':>12}{'ratio':>9}"
        f"{'+ views µs':>12}{'ratio':>9}{'splitlines µs':>16}"
    )
    for name, row in result["stories"].items():
        label = f"{name} ({row['texts']} x)" if row["texts"] > 1 else name
        print(
            f"{label:<22}{row['parse_us']:>10.1f}{row['ratio']:>8.1f}x"
            f"{row['parse_parts_us']:>12.1f}{row['parts_ratio']:>8.1f}x"
            f"{row['parse_views_us']:>12.1f}{row['views_ratio']:>8.1f}x"
            f"{row['splitlines_us']:>16.2f}"
        )
    print(
        "(parse() alone splits the lines; + parts reads every part, classifying each line;"
        "\n + views reads headline, bylines, dateline and body, what the peers return)"
    )
    pick = result["pickles"]
    print(
        f"\npickled articles: {pick['bytes']:,} bytes ({pick['bytes'] / pick['text_bytes']:.2f}x"
        f" the text), dump {pick['dump_us']:.0f} µs ({pick['dump_ratio']:.1f}x),"
        f" load {pick['load_us']:.0f} µs ({pick['load_ratio']:.1f}x)"
    )
    print(f"\n{'line parser':<22}{'lines':>8}{'µs/line':>10}{'median µs':>11}{'ratio':>9}")
    for name, row in result["line_parsers"].items():
        print(
            f"{name:<22}{row['lines']:>8}{row['us_per_line']:>10.2f}{row['median_us']:>11.2f}"
            f"{row['ratio']:>8.1f}x"
        )
    print("(µs/line: the mean over every line of the kind; median: each line timed alone)")
    print("\nstart-up in a fresh interpreter, ms beyond a bare one's start")
    for name, ms in result["startup"].items():
        print(f"{name:<32}{ms:>8.0f}")
    if result.get("hostile"):
        units = [*UNITS, "short lines"]
        print(
            "\nhostile input, time ratio for 16x the input (linear ~16, quadratic ~256;"
            " parse with every part read)"
        )
        print(f"{'parser':<14}" + "".join(f"{ascii(u)[1:-1][:9]:>10}" for u in units))
        for name, row in result["hostile"].items():
            cells = [row["units"].get(u, {}).get("ratio") for u in units]
            print(
                f"{name:<14}" + "".join(f"{c:>10.1f}" if c else f"{'':>10}" for c in cells),
            )
    for label, peer in (
        ("the seed", result["peers"]),
        ("the 121 stories", result["peers_stories"]),
    ):
        print(
            f"\npeers on {label} as HTML (newsparse parse() + parts: {peer['newsparse_us']:.0f} µs,"
            f" parse() + views: {peer['newsparse_views_us']:.0f} µs)"
        )
        print(f"{'':<14}{'µs':>12}  {'vs + parts':>10}  {'vs + views':>10}")
        for name in ("trafilatura", "newspaper4k"):
            row = peer[name]
            if row is None:
                print(f"{name:<14} not installed (pip install 'newsparse[bench]')")
            else:
                print(
                    f"{name:<14}{row['us']:>12.0f}  {row['times_slower_than_newsparse']:>9.1f}x"
                    f"  {row['times_slower_than_newsparse_views']:>9.1f}x"
                )


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark, print the tables and optionally write JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--json", type=Path, help="write the results to this JSON file")
    parser.add_argument("--no-hostile", action="store_true", help="skip the scaling runs")
    args = parser.parse_args(argv)

    seed = SEED.read_text(encoding="utf-8")
    with STORIES.open(encoding="utf-8") as f:
        stories = [json.loads(line)["text"] for line in f if line.strip()]
    with LABELS.open(encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]

    result: dict[str, Any] = {
        "version": newsparse.__version__,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "stories": whole_stories(seed, stories),
        "pickles": pickles(stories),
        "line_parsers": line_parsers(labels),
        "startup": startup(),
        "hostile": None if args.no_hostile else hostile(),
        "peers": peers([seed]),
        "peers_stories": peers(stories),
    }
    print_report(result)
    if args.json is not None:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
