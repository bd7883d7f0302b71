"""``parse()`` splits lines only; kinds and values are decided once, when first read."""

from __future__ import annotations

import pickle
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import article as article_module
from newsparse import caption, strategies
from newsparse.article import Article, parse
from tests.corpus import modern_stories, seed_text
from tests.test_hostile import MEGABYTE, UNITS, repeat

if TYPE_CHECKING:
    from collections.abc import Callable

#: Text heavy in wire punctuation, line endings and the marks the classifier looks for.
WIRE = st.lists(
    st.sampled_from(
        [*"aZ İK(),.-—/©\r\n\t", "AP", "BEIRUT", "Photo", " by ", "By JANE DOE", "(AP) —"]
    ),
    max_size=40,
).map("".join)

#: Everything that needs the kinds: each must give what an eagerly classified article gives.
READS: dict[str, Callable[[Article], Any]] = {
    "parts": lambda a: a.parts,
    "headline": lambda a: a.headline,
    "dateline": lambda a: a.dateline,
    "bylines": lambda a: a.bylines,
    "body": lambda a: a.body,
    "captions": lambda a: a.captions,
    "contributors": lambda a: a.contributors,
    "agency": lambda a: a.agency,
    "to_dict": lambda a: a.to_dict(),
    "to_json": lambda a: a.to_json(),
    "to_nitf": lambda a: a.to_nitf(),
    "to_jsonld": lambda a: a.to_jsonld(),
    "hash": hash,
    "repr": repr,
}


def _stories() -> list[str]:
    return [seed_text(), *(story["text"] for story in modern_stories()[:15])]


def _eager(text: str) -> Article:
    """An article holding built parts, as every article did before parsing was lazy."""
    return Article(parse(text).parts)


def test_parse_defers_classification(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing is classified right after parse() nor by str(); the first read classifies once."""
    calls: list[int] = []
    classify = article_module._classify_rows

    def counting(rows: list[tuple[str, str, int]]) -> Any:
        calls.append(len(rows))
        return classify(rows)

    monkeypatch.setattr(article_module, "_classify_rows", counting)
    text = seed_text()
    article = parse(text)
    draft = article_module._PARTS_SLOT.__get__(article, Article)
    assert (draft.kinds, draft.extras) == (None, None)
    assert str(article) == text
    assert calls == []
    for read in READS.values():
        read(article)
    assert pickle.loads(pickle.dumps(article)) == article
    assert calls == [len(text.splitlines())]


@pytest.mark.parametrize("name", list(READS))
def test_first_read_equals_eager_article(name: str) -> None:
    """Whichever read comes first, it gives what an eagerly classified article gives."""
    for text in _stories():
        assert READS[name](parse(text)) == READS[name](_eager(text))


def test_lazy_article_equals_eager_article() -> None:
    """An unread article is equal to, hashes as and renders as the eagerly classified one."""
    for text in _stories():
        lazy, eager = parse(text), _eager(text)
        assert lazy == eager
        assert hash(parse(text)) == hash(eager)
        assert str(parse(text)) == str(eager) == text
        assert lazy.parts == eager.parts


@pytest.mark.parametrize("read_first", [False, True])
def test_pickle_round_trip(read_first: bool) -> None:
    """A story pickles and loads back equal, whether or not its parts were read first."""
    for text in _stories():
        article = parse(text)
        if read_first:
            _ = article.parts
        again = pickle.loads(pickle.dumps(article))
        assert str(again) == text
        assert again == _eager(text)
        assert again.to_dict() == _eager(text).to_dict()


@given(st.one_of(WIRE, st.text(max_size=200)))
def test_no_parse_error_escapes(text: str) -> None:
    """No read of a lazily parsed story raises, and each gives what the eager one gives."""
    eager = _eager(text)
    for read in READS.values():
        assert read(parse(text)) == read(eager)
    assert str(parse(text)) == text
    assert pickle.loads(pickle.dumps(parse(text))) == eager


# Hostile input, read through: parse() alone no longer classifies, so the inputs of
# tests/test_hostile.py that only check str(parse(t)) are classified here.


@pytest.mark.parametrize("unit", UNITS.values(), ids=UNITS.keys())
@pytest.mark.parametrize("prefix", ["", "By ", "BEIRUT (AP) — "])
def test_hostile_megabyte_line_is_classified(prefix: str, unit: str) -> None:
    """The parts of a 1 MB line of one unit repeated are read, and the line is kept whole."""
    text = repeat(prefix, unit, MEGABYTE)
    article = parse(text)
    assert [part.raw for part in article.parts] == [text]
    assert article.to_dict()["parts"][0]["span"] == [0, len(text)]


@pytest.mark.parametrize("unit", UNITS.values(), ids=UNITS.keys())
def test_hostile_megabyte_of_unit_lines_is_classified(unit: str) -> None:
    """The parts of unit lines at the caption parser's limit, 1 MB in all, are all read."""
    line = repeat("", unit, caption.MAX_LEN)
    count = MEGABYTE // (len(line) + 1)
    parts = parse(f"{line}\n" * count).parts
    assert len(parts) == count
    assert {part.raw for part in parts} == {line}


def test_hostile_blank_lines_are_classified() -> None:
    """The parts of 100,000 line endings of every kind are all read as blank."""
    text = "\n\r\n\r" * 33_334
    parts = parse(text).parts
    assert len(parts) == len(text.splitlines())
    assert {part.kind.value for part in parts} == {"blank"}


# The views (headline, bylines, dateline, body ...) read an unread article's kinds and
# values without building its parts: each must give what it gives once the parts are read.

VIEWS = ("headline", "bylines", "dateline", "body", "captions", "contributors", "agency")


def _views(article: Article) -> dict[str, Any]:
    return {name: getattr(article, name) for name in VIEWS}


def _views_after_parts(text: str) -> dict[str, Any]:
    article = parse(text)
    _ = article.parts
    return _views(article)


@st.composite
def _generated_stories(draw: st.DrawFn) -> str:
    """A story of real-looking lines of every kind, blank lines and noise, any line endings."""
    line = st.one_of(
        strategies.headline_lines(),
        strategies.dateline_lines(),
        strategies.byline_lines(),
        strategies.caption_lines(),
        strategies.contributor_lines(),
        st.sampled_from(
            ["", "  ", "Ad", "Associated Press", "——-", "By JANE DOE", "AP Entertainment Writer"]
        ),
        st.sampled_from(["The official said talks would resume.", "Officials met on Monday."]),
        WIRE,
    )
    lines = draw(st.lists(line, max_size=14))
    ending = draw(st.sampled_from(["\n", "\r\n", "\n\n"]))
    return ending.join(lines) + draw(st.sampled_from(["", ending]))


@given(_generated_stories())
def test_views_read_before_the_parts_equal_views_after(text: str) -> None:
    """Each view of a fresh (or unpickled) article equals the view once its parts are read."""
    expected = _views_after_parts(text)
    assert _views(parse(text)) == expected
    assert _views(pickle.loads(pickle.dumps(parse(text)))) == expected


@pytest.mark.parametrize("index", range(121))
def test_views_read_before_the_parts_equal_views_after_on_corpus(index: int) -> None:
    """On each of the 121 stories, the views of a fresh article equal those after its parts."""
    text = modern_stories()[index]["text"]
    expected = _views_after_parts(text)
    assert _views(parse(text)) == expected
    assert _views(pickle.loads(pickle.dumps(parse(text)))) == expected


def test_views_do_not_build_the_parts() -> None:
    """Reading the views classifies the lines but leaves the parts unbuilt until asked for."""
    article = parse(seed_text())
    _views(article)
    draft = article_module._PARTS_SLOT.__get__(article, Article)
    assert type(draft) is article_module._Draft
    assert draft.kinds is not None
    assert article.parts == _eager(seed_text()).parts
