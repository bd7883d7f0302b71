"""The fast paths behind ``parse()`` give what the slow ones give: parts, pickles, case."""

from __future__ import annotations

import pickle

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsparse.article import Article, Part, PartKind, parse
from newsparse.dateline import Dateline, find_dateline, parse_dateline
from newsparse.errors import ParseError
from newsparse.headline import Case, case_of
from tests.corpus import modern_stories, seed_text

#: Text heavy in what the fast paths test first: line endings, dashes, tags, case.
WIRE = st.lists(
    st.sampled_from([*"aZ İK(),.-—/©\r\n\t", "AP", "BEIRUT", "Photo", " by "]), max_size=30
).map("".join)


def test_article_pickles_as_it_was_parsed() -> None:
    """A parsed story comes back from a pickle equal, with the same text, parts and values."""
    for text in [seed_text(), *(story["text"] for story in modern_stories()[:20])]:
        article = parse(text)
        again = pickle.loads(pickle.dumps(article))
        assert again == article
        assert str(again) == text
        assert [(p.kind, p.value, p.span) for p in again.parts] == [
            (p.kind, p.value, p.span) for p in article.parts
        ]


def test_article_pickle_is_compact() -> None:
    """A parsed story pickles in less than its parts pickle one by one."""
    article = parse(seed_text())
    assert len(pickle.dumps(article)) < len(pickle.dumps(article.parts))


def test_hand_built_article_pickles_field_by_field() -> None:
    """Parts that are not the lines of their text still come back as they were."""
    article = Article((Part(PartKind.BODY, "a\nb", line=3, span=(7, 10)),))
    assert pickle.loads(pickle.dumps(article)).parts == article.parts


@given(WIRE)
def test_pickle_round_trip_on_any_text(text: str) -> None:
    """Any story pickles and loads back equal, before and after its parts are read."""
    article = parse(text)
    assert pickle.loads(pickle.dumps(article)) == parse(text)
    _ = article.parts
    assert pickle.loads(pickle.dumps(article)) == article


def test_parts_read_late_are_the_same_parts() -> None:
    """Equality and hashing hold whether or not the parts were read first."""
    text = seed_text()
    first, second = parse(text), parse(text)
    assert hash(first) == hash(second)
    assert first == second
    assert first.parts == second.parts


@pytest.mark.parametrize(
    "text",
    [
        "BEIRUT (AP) — Officials met.",
        "LONDON, March 3 (Reuters) - Shares rose.",
        "TORONTO — A storm hit.",
        "WASHINGTON POST reporters said - no.",
        "(Bloomberg) -- Stocks fell.",
        "The official said Syria-s aim is a 1974 deal.",
        "BEIRUT (AP)—no space",
        "BEIRUT\x00 (AP) — Officials met.",
    ],
)
def test_find_dateline_is_parse_dateline_without_errors(text: str) -> None:
    """``find_dateline`` gives what ``parse_dateline`` gives, ``None`` where it raises."""
    try:
        expected: Dateline | None = parse_dateline(text)
    except ParseError:
        expected = None
    found = find_dateline(text)
    assert found == expected
    if found is not None and expected is not None:
        assert (found.places, found.city, found.region, found.country, found.span) == (
            expected.places,
            expected.city,
            expected.region,
            expected.country,
            expected.span,
        )
        assert Dateline(found.locations, found.date, found.agency, found.dash) == found


_WORD = regex.compile(r"\S++")
_LEAD = regex.compile(r"[^\p{L}\p{N}]*+")
_LOWER = regex.compile(r"\p{Ll}")
_UPPER = regex.compile(r"\p{Lu}")


def reference_case(text: str, minor: frozenset[str]) -> Case:
    """``case_of`` as first written: one regex per word."""
    words = []
    for match in _WORD.finditer(text):
        word = match.group()
        word = word[_LEAD.match(word).end() :]  # type: ignore[union-attr]
        if word and word[0].isalpha():
            words.append(word)
    if words and all(_LOWER.search(w) is None for w in words):
        return Case.UPPER
    deciding = [
        w
        for w in words[1:]
        if w.lower().rstrip(".,;:!?") not in minor
        and not (w[0].islower() and _UPPER.search(w) is not None)
    ]
    if deciding and all(w[0].isupper() for w in deciding):
        return Case.TITLE
    return Case.SENTENCE


@given(
    st.lists(
        st.sampled_from(
            [
                *("the", "The", "iPhone", "OIL", "Rises", "2nd", "(Syria", "“Oil", "a", "And"),
                *("ǅx", "京都", "—", "A.", "on", "x\x1cy", "Über", "über", "\u00a0", "\t", "of,"),
            ]
        ),
        max_size=8,
    ).map(" ".join)
)
def test_case_of_is_the_reference(text: str) -> None:
    """``case_of`` decides as the one-regex-per-word reading does."""
    from newsparse import headline  # noqa: PLC0415

    assert case_of(text) == reference_case(text, headline._MINOR)
