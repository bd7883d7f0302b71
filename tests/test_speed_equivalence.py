"""The fast paths of the contributor parser and the name helpers agree with the patterns they skip.

The speed work of issue 5 replaced some regex calls with set look-ups and cheap
pre-checks; these properties hold each fast path equal to the pattern it
stands in for. (When it landed, the parsers' outcomes on 17,146 lines, the
corpus and generated ones, were also compared with the previous commit's: none
changed.)
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import _names, contributors
from newsparse._tables.particles import NOT_NAMES

_WORDS = (
    *sorted(NOT_NAMES)[:40],
    "THE",
    "tHe",
    "Monday",
    "MONDAY",
    "and",
    "AND",
    "&",
    "et",
    "Jill",
    "Colvin",
    "J.",
    "Jr.",
    "St.",
    "St",
    "van",
    "der",
    "de",
    "al-Shibani",
    "d'Estaing",
    "O'NEIL",
    "McDONALD",
    "Müller",
    "Mu\u0308ller",
    "İstanbul",
    "\u212aim",
    "ſo",
    "ıt",
    "Ala.",
    "N.C.",
    "W. Va.",
    "Israel",
    "D.C.",
    "Congo (Brazzaville)",
    "Rhode Island",
    "Tel",
    "Aviv",
    "in",
    "at",
    "Reporting by",
    "editing by",
    "With assistance from",
    "AP",
    "Associated Press writers",
    "Photographer",
    "video journalist",
    "Follow",
    "Washington",
    "Ala",
    "Colo.",
    "Israel,",
    "writer",
    "Associated",
    "Press",
    "contributed",
    "reported",
    "from",
    "to",
    "this",
    "report",
)
_GLUE = (" ", "  ", ", ", ",", ". ", "; ", " \u00a0", ":", "|", "-", "")


@st.composite
def _texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8))
    out = words[0]
    for word in words[1:]:
        out += draw(st.sampled_from(_GLUE)) + word
    return out


@settings(max_examples=3000, derandomize=True, deadline=None)
@given(_texts())
def test_is_person_name_matches_name_pattern(text: str) -> None:
    slow = _names.compile_with_names(_names.NAME).fullmatch(text) is not None
    assert _names.is_person_name(text) == (slow and _names.has_full_word(text))


@settings(max_examples=3000, derandomize=True, deadline=None)
@given(_texts(), st.integers(0, 40), st.integers(0, 5))
def test_reader_pieces_match_their_patterns(text: str, pick: int, cut: int) -> None:
    # At the start, at spaces and commas and right after them, at any place.
    starts = sorted({0, *(i + d for i, ch in enumerate(text) if ch in " ,." for d in (0, 1))})
    pos = min(starts[pick % len(starts)] if pick % 3 else pick, len(text))
    end = max(pos, len(text) - cut)
    reader = contributors._Reader(text)
    pats = reader.pats
    reader.pos, reader.end = pos, end
    for key in ("full_name", "any_name"):
        m = pats[key].match(text, pos, end)
        assert reader.peek_name(key) == (None if m is None else m.span())
    for key in ("role_start", "tag", "not_credit"):
        m = pats[key].match(text, pos, end)
        got = reader.peek_listed(key)
        assert (None if got is None else got.span()) == (None if m is None else m.span())
    m = pats["region"].match(text, pos, end)
    assert reader.take_region() == (m is not None)
    assert reader.pos == (pos if m is None else m.end())
    either = rf"{_names.NOT_NAME}|{_names.CONJUNCTION}"
    not_name = _names.compile_with_names(either).match(text, pos, end) is not None
    assert _names.starts_not_name(text, pos, end) == not_name
