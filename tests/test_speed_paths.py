"""The fast paths behind ``parse()`` give what the slow ones give: parts, pickles, case."""

from __future__ import annotations

import pickle

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsparse import article
from newsparse import dateline as dateline_module
from newsparse._tables import noise
from newsparse.article import Article, Part, PartKind, parse
from newsparse.dateline import Dateline, find_dateline, parse_dateline
from newsparse.errors import ParseError
from newsparse.headline import Case, case_of
from newsparse.strategies import dateline_lines
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


#: Text that opens like a dateline, or nearly: datelines, their pieces and their near misses.
DATELINE_LIKE = st.one_of(
    dateline_lines(),
    st.tuples(dateline_lines(), WIRE, st.integers(0, 40)).map(
        lambda t: t[0][: t[2]] + t[1] + t[0][t[2] :]
    ),
    st.lists(
        st.sampled_from(
            [
                *("BEIRUT", "Rio de", "Calif.", "March 3", "(AP)", "(ANSA)", "/TASS/", ". "),
                *(", ", " ", "/", "—", " - ", "--", "(", ")", "the", "1987", "3rd", "\u0301"),
            ]
        ),
        max_size=14,
    ).map("".join),
)


def _three_shapes() -> regex.Pattern[str]:
    """``DATELINE`` as first written: its three shapes apart, the places read in each."""
    d = dateline_module
    pattern = rf"""
        {d.LEAD_TAG}{d.PLACES}{d.DATE_PART}{d.OPT_WS}(?P<dash>(?P=lead_dash))
      | {d.PLACES}{d.DATE_PART}{d.SLASH_TAG}
      | (?:{d.PLACES}(?:{d.DATE_PART})?+)?+
        (?:{d.OPT_WS}{d.AGENCY_TAG})?+
        {d.DASH_PART}
    """
    lists = {name: list(words) for name, words in d._current().dateline.named_lists.items()}
    return regex.compile(pattern, d._FLAGS, ignore_unused=True, **lists)


@given(DATELINE_LIKE)
def test_dateline_grammar_reads_as_its_three_shapes(text: str) -> None:
    """The grammar reads the places once, and matches as its three shapes written apart."""
    grammar = dateline_module._current().dateline
    reference = _three_shapes()
    got, want = grammar.match(text), reference.match(text)
    assert (got is None) == (want is None)
    if got is not None and want is not None:
        assert got.span() == want.span()
        assert got.groupdict() == want.groupdict()


@given(DATELINE_LIKE)
def test_dateline_opening_never_hides_a_dateline(text: str) -> None:
    """What the cheap opening test refuses the whole grammar refuses too."""
    start = dateline_module._LEADING.match(text).end()  # type: ignore[union-attr]
    if dateline_module._OPENING.match(text, start) is None:
        assert dateline_module._current().dateline.match(text, start) is None


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


# --- the classifier's cheap tests: each stands before a pattern and never hides a match ------

#: Text heavy in the words and marks the classifier's cheap tests look for, in any case,
#: with the characters whose case folding is special: dotted İ, long ſ, the Kelvin sign,
#: a combining dot above, dotless ı.
MARKS = st.lists(
    st.sampled_from(
        [
            *("photo", "Photo", "PHOTO", "foto", "Photographer", "by", "By", ":", "/", " "),
            *("image", "Images", "picture", "credit", "bild", "AP", "Video", "via", "Getty"),
            *("REUTERS", "Reuters", "©", ")", "(", "AFP", "dpa", "Pool", "Contributed"),
            *("reporting", "REPORTING", "reported", "from", "editing", "writing", "With"),
            *("assistance", "compiled", "additional", "İ", "ſ", "\u212a", "\u0307", "ı"),
            *("pho", "to", "ing", "x", "\t", "\u00a0", "\u2003", "-", ".", "٣", "3"),
        ]
    ),
    max_size=25,
).map("".join)


@given(MARKS, st.integers(0, 2100))
def test_word_hints_never_hide_a_mark(text: str, padding: int) -> None:
    """Where the contributor or credit search finds a mark, the word hints let it be searched."""
    for s in (text, "x " * (padding // 2) + text, text + " y" * (padding // 2)):
        contributor, credit = article._word_hints(s)
        if article._CONTRIBUTOR_MARK.search(s, 0, article._CONTRIBUTOR_WINDOW) is not None:
            assert contributor
        tail = max(0, len(s) - article._CREDIT_WINDOW)
        if article._CREDIT_MARK.search(s, tail) is not None:
            assert credit


#: Lines that open as the patterns with a first-character test want, and near misses.
OPENINGS = st.tuples(
    st.sampled_from(
        [
            *("——-", "___", "* * *", "- -", "•·", "By ", "by ", "BY ", "Von ", "par ", "Par "),
            *("FILE - ", "FILE PHOTO: ", "EDS NOTE: ", "ED NOTE: ", "4 min read", "1 of 12"),
            *("٣ min read", "𝟑 of 4", "Follow ", "FOLLOW ", "ﬀollow ", "x@y.com", "www.x.y"),
            *("https://a.b", "İ", "ſ", "\u212a", "É", "(", "a", "Z", " ", "7", "12 / 30"),
            *("Graphic - tmsnrt.rs/2wcFMdx", "t.co/a", "at.co/b", "bit.ly"),
            *("With files from ", "— with  files from ", "(MIT Material von ", "_With files from"),
            *("–With files from ", "--with files from ", "“With files from "),
            *("Story by ", "STORY BY ", "Written by ", "Words By ", "Storyby "),
        ]
    ),
    st.sampled_from(["", "Jane Doe", "AP on X at https://x.com/a", "reuters.com", "Photo"]),
    st.text(max_size=6),
).map("".join)


@given(st.one_of(OPENINGS, MARKS, st.text(max_size=30)))
def test_first_character_tests_never_hide_a_match(s: str) -> None:
    """Each pattern tried only on lines opening with certain characters matches no other line."""
    if not s:
        return
    first = s[0]
    if article._SEPARATOR.fullmatch(s):
        assert first in article._SEPARATOR_FIRST
    if article._BYLINE_LEAD.match(s):
        assert first in article._BYLINE_FIRST or s.startswith(article._BYLINE_WORDS)
    if article._CAPTION_PREFIX.match(s):
        assert first in article._CAPTION_PREFIX_FIRST
    if article._READ_TIME.fullmatch(s) or article._COUNTER.fullmatch(s):
        assert not first.isascii() or first.isdigit()
    if article._FOLLOW.match(s):
        assert not first.isascii() or first in "Ff"
    if article._FILES_MARK.match(s):
        assert first in article._FILES_FIRST
    if article._DESK_INITIALS.fullmatch(s):
        assert "a" <= first <= "z" and "/" in s
    if article._TIMESTAMP.fullmatch(s):
        assert article._may_be_stamp(s)
    if article._EMAIL.search(s):
        assert "@" in s
    if article._ENDS_WITH_URL.search(s):
        short_link = "/" in s and any(host in s for host in noise.SHORT_LINK_HOSTS)
        assert "://" in s or "www." in s or short_link


#: Timestamps and lines opening as one: labels, months, weekdays, zones, in any case.
STAMPS = st.lists(
    st.sampled_from(
        [
            *noise.TIMESTAMP_LABELS[:6],
            *noise.MONTHS[::3],
            *noise.WEEKDAYS[::3],
            *noise.TIME_ZONES[::3],
            *("on", "AT", "Um", "3:12", "p.m.", "2024", ",", " ", ":", "|", "x", "Ma", "ſ"),
        ]
    ),
    min_size=1,
    max_size=6,
).map(" ".join)


@given(st.one_of(STAMPS, STAMPS.map(str.upper), STAMPS.map(str.lower)))
def test_stamp_opening_never_hides_a_timestamp(s: str) -> None:
    """``_may_be_stamp`` lets through every line ``_TIMESTAMP`` matches."""
    if article._TIMESTAMP.fullmatch(s):
        assert article._may_be_stamp(s)


def test_stamp_openings_fold_to_no_ascii_letter() -> None:
    """No opening holds a non-ASCII letter that IGNORECASE could read as an ASCII one."""
    assert "up" in article._STAMP_OPENINGS and "ma" in article._STAMP_OPENINGS
    for opening in article._STAMP_OPENINGS:
        for ch in opening:
            if not ch.isascii():
                assert not any(c.isascii() for c in ch.casefold() + ch.upper() + ch.lower())


def reference_is_noise(s: str) -> bool:
    """``_is_noise`` as first written: every pattern tried on every short line."""
    if len(s) > article._SHORT:
        return False
    folded = s.casefold()
    if folded in article._NOISE_LINES or folded.startswith(article._NOISE_LEADS):
        return True
    if s.startswith(noise.COPYRIGHT_MARKS) and article._COPYRIGHT_DETAIL.search(s):
        return True
    if article._READ_TIME.fullmatch(s) or article._COUNTER.fullmatch(s):
        return True
    if article._FOLLOW.match(s):
        return True
    if len(s) <= 30 and article._DESK_INITIALS.fullmatch(s):
        return True
    stamp = article._TIMESTAMP.fullmatch(s)
    if stamp is not None and (stamp.group("label") or article._HAS_WHEN.search(s)):
        return True
    words = len(s.split())
    if words <= 12 and article._EMAIL.search(s):
        return True
    return words <= 10 and article._ENDS_WITH_URL.search(s) is not None


@given(st.one_of(OPENINGS, MARKS, st.text(max_size=30)))
def test_is_noise_is_the_reference(s: str) -> None:
    """``_is_noise`` decides as trying every noise pattern does."""
    s = s.strip()
    if s:
        assert article._is_noise(s) == reference_is_noise(s)


def test_is_noise_is_the_reference_on_real_lines() -> None:
    """On every line of the 121 stories and the seed, ``_is_noise`` decides as the reference."""
    texts = [seed_text(), *(story["text"] for story in modern_stories())]
    lines = {line.strip() for text in texts for line in text.splitlines() if line.strip()}
    assert len(lines) > 3000
    for s in lines:
        assert article._is_noise(s) == reference_is_noise(s), s


@given(st.text(alphabet=" \t\x1c\x1f\x85\xa0\u2028\u3000ab.\n", max_size=60))
def test_is_paragraph_counts_words_as_split_does(s: str) -> None:
    """``_is_paragraph`` counts words as ``str.split()`` does, without splitting the line."""
    assert article._is_paragraph(s) == (s.endswith(article._SENTENCE_CLOSE) or len(s.split()) >= 10)


@given(st.one_of(MARKS, st.text(max_size=40)))
def test_dateline_hint_reads_as_the_regex_class(s: str) -> None:
    """``_DATELINE_HINT`` (compiled by ``re``) finds what the same class in ``regex`` finds."""
    reference = regex.compile(article._DATELINE_HINT.pattern)
    found, expected = article._DATELINE_HINT.search(s), reference.search(s)
    assert (found and found.span()) == (expected and expected.span())


LEADS = st.sampled_from(
    [*article._NOISE_LEADS, *article._NOTE_LEADS, *article._CORRECTION_LEADS, "x", "ß", "İ"]
)


@given(st.one_of(st.tuples(LEADS, st.text(max_size=8)).map("".join), st.text(max_size=20)))
def test_leads_by_first_read_as_the_lead_tuples(s: str) -> None:
    """A folded line opens with a lead of its first character's group iff with one of all."""
    for leads, table in (
        (article._NOISE_LEADS, article._NOISE_LEADS_BY_FIRST),
        (article._NOTE_LEADS, article._NOTE_LEADS_BY_FIRST),
        (article._CORRECTION_LEADS, article._CORRECTION_LEADS_BY_FIRST),
    ):
        for text in (s, s.upper(), s.title()):
            folded = text.casefold()
            assert folded.startswith(leads) == folded.startswith(table.get(folded[:1], ()))
