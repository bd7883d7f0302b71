"""Hostile input: one unit repeated, at sizes where a quadratic pattern would take minutes.

Every parser must return or raise :class:`ParseError`, nothing else. There are
no timing asserts: a backtracking pattern shows up as a run that never ends
(``benchmarks/speed.py`` reports the scaling ratios). Line parsers are fed
the unit repeated up to their length limit (the largest input they read in
full), past it, and after a valid-looking prefix; :func:`parse` gets 1 MB.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsparse import (
    Article,
    ParseError,
    byline,
    caption,
    contributors,
    dateline,
    headline,
    parse,
    parse_byline,
    parse_caption,
    parse_contributors,
    parse_dateline,
    parse_headline,
)

#: The units a hostile input repeats: each feeds one convention of one grammar.
UNITS = {
    "letter": "A",
    "paren": "(",
    "byline": "By A, ",
    "em-dash": "—",
    "city": "WASHINGTON, ",
    "combining-accent": "\u0301",
    "credit": "AP Photo/",
    "initials": "A.",
    "words": "a b ",
    "and": "and ",
    "hyphen": "A-",
    "quote": "'",
    "open-credit": "(AP Photo/",
}

#: Starts that make a line look like its kind, so the grammar reads on into the repeats.
PREFIXES = ["", "By ", "BEIRUT ", "BEIRUT (AP) — ", "X (", "Associated Press writer "]

LineParser = Callable[[str], object]

#: Each strict line parser with the longest line it reads (its ``MAX_LEN``).
LINE_PARSERS: dict[str, tuple[LineParser, int]] = {
    "headline": (parse_headline, headline.MAX_LEN),
    "dateline": (parse_dateline, dateline.MAX_LEN),
    "byline": (parse_byline, byline.MAX_LEN),
    "caption": (parse_caption, caption.MAX_LEN),
    "contributors": (parse_contributors, contributors.MAX_LEN),
}

MEGABYTE = 1_000_000


def repeat(prefix: str, unit: str, size: int) -> str:
    """``prefix`` then ``unit`` repeated to about ``size`` characters in all."""
    return prefix + unit * max(1, (size - len(prefix)) // len(unit))


def returns_or_raises_parse_error(parser: LineParser, text: str) -> None:
    """Call ``parser``; any exception other than :class:`ParseError` fails the test."""
    error: ParseError | None = None
    try:
        parser(text)
    except ParseError as e:
        error = e
    assert error is None or 0 <= error.pos <= len(text)


@pytest.mark.parametrize("unit", UNITS.values(), ids=UNITS.keys())
@pytest.mark.parametrize("prefix", PREFIXES)
@pytest.mark.parametrize("name", LINE_PARSERS)
def test_line_parser_at_its_length_limit(name: str, prefix: str, unit: str) -> None:
    """A line of one unit repeated up to the parser's limit returns or raises ParseError."""
    parser, max_len = LINE_PARSERS[name]
    returns_or_raises_parse_error(parser, repeat(prefix, unit, max_len))


@pytest.mark.parametrize("unit", UNITS.values(), ids=UNITS.keys())
@pytest.mark.parametrize("name", LINE_PARSERS)
def test_line_parser_on_a_megabyte_line(name: str, unit: str) -> None:
    """A 1 MB line of one unit repeated is refused with ParseError, not read."""
    parser, _ = LINE_PARSERS[name]
    with pytest.raises(ParseError):
        parser(repeat("", unit, MEGABYTE))


@pytest.mark.parametrize("unit", UNITS.values(), ids=UNITS.keys())
@pytest.mark.parametrize("prefix", ["", "By ", "BEIRUT (AP) — "])
def test_parse_a_megabyte_line(prefix: str, unit: str) -> None:
    """parse() reads a 1 MB single line of one unit repeated, classifies it and keeps it whole."""
    text = repeat(prefix, unit, MEGABYTE)
    article = parse(text)
    assert isinstance(article, Article)
    assert "".join(p.raw + p.newline for p in article.parts) == text
    assert str(article) == text


@pytest.mark.parametrize(
    "line", ["A", "By A", "WASHINGTON, ", "—", "(AP Photo/A)", "BEIRUT (AP) — A"]
)
def test_parse_a_hundred_thousand_short_lines(line: str) -> None:
    """parse() reads 100,000 short lines and keeps every one of them."""
    text = f"{line}\n" * 100_000
    article = parse(text)
    assert len(article.parts) == 100_000
    assert str(article) == text


def test_parse_a_hundred_thousand_blank_lines() -> None:
    """parse() reads 100,000 line endings of every kind and keeps them all."""
    text = "\n\r\n\r" * 33_334
    article = parse(text)
    assert "".join(p.raw + p.newline for p in article.parts) == text
    assert str(article) == text


@pytest.mark.parametrize("unit", UNITS.values(), ids=UNITS.keys())
def test_parse_a_megabyte_of_unit_lines(unit: str) -> None:
    """parse() reads lines of the unit repeated to each parser's limit, 1 MB in all."""
    line = repeat("", unit, caption.MAX_LEN)
    text = f"{line}\n" * (MEGABYTE // (len(line) + 1))
    article = parse(text)
    assert "".join(p.raw + p.newline for p in article.parts) == text
    assert str(article) == text
