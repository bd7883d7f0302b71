"""Headlines: the wire tags before them, the headline itself, and its case.

Grammar (each piece below, composed in :data:`DASH_TAG` and :data:`COLON_TAG`)::

    headline   = { tag } text
    tag        = dash-tag | colon-tag | pipe-tag
    dash-tag   = DASH_TAGS [ " " number ] ws? "-" ws?     "UPDATE 2-"  "CORRECTED - "
    colon-tag  = COLON_TAGS [ " " number ] ":" ws         "AP Exclusive: "  "ROUNDUP 2: "
    pipe-tag   = PIPE_TAGS ws "|" ws                      "Opinion | "  "Live updates | "
    text       = anything holding a letter

A dash tag glued by a bare hyphen to the word after it may be the first half of a
compound instead: "Fact Check-worthiness", and in an ALL-CAPS headline
"FEATURE-LENGTH FILMS RISE" (see :func:`_glued`). A pipe tag renders with a colon.

``case`` is read from ``text`` alone (see :func:`case_of`).

    >>> h = parse_headline("RPT-UPDATE 2-Oil rises as supply fears grow")
    >>> h.prefixes, h.text, h.case.value
    (('RPT', 'UPDATE 2'), 'Oil rises as supply fears grow', 'sentence')
    >>> str(h)
    'RPT-UPDATE 2-Oil rises as supply fears grow'
"""

from __future__ import annotations

from enum import Enum
from typing import Any

import attrs
import regex

from newsparse._grammar import DASH_CHARS, HSPACE, OPT_WS, WS
from newsparse._serialize import Serializable
from newsparse._tables.headlines import (
    COLON_TAGS,
    DASH_TAGS,
    GLUE_TAGS,
    MINOR_WORDS,
    NUMBERED_COLON_TAGS,
    NUMBERED_TAGS,
    PIPE_TAGS,
)
from newsparse._types import Span, span_field
from newsparse.errors import ParseError, check_line

__all__ = ["MAX_LEN", "Case", "Headline", "case_of", "parse_headline"]

#: The longest line read as a headline; wire headlines stay well under 200 characters.
MAX_LEN = 300


class Case(str, Enum):
    """How a headline is capitalised.

    - ``upper``: no word that starts with a letter holds a lower-case letter
      ("MOBIL'S <MOB> MONTGOMERY WARD FEBRUARY SALES UP");
    - ``title``: not upper, and every word after the first that starts with a
      letter and is no minor word ("in", "as", "of" ...) starts with a capital,
      at least one such word ("Pentagon Budget Stuck in Last Century");
    - ``sentence``: everything else ("Oil rises as supply fears grow").

    Words such as "iPhone" that start lower case but hold a capital decide nothing.

    >>> Case("title") is Case.TITLE, Case.TITLE == "title", str(Case.UPPER)
    (True, True, 'upper')
    """

    SENTENCE = "sentence"
    TITLE = "title"
    UPPER = "upper"

    def __str__(self) -> str:
        return self.value


# "UPDATE 2"  "WRAPUP 1"  "CORRECTED"  "SPECIAL REPORT"  "ECONOMIC SPOTLIGHT"
# Tags are matched in capitals, as Reuters writes them; a number only after
# the tags that take one.
DASH_TAG_NAME = rf"(?P<tag>\L<numbered>{WS}\d{{1,2}}+(?!\d)|\L<dash_tags>)"

# "-"  " - "  "–": the tag's hyphen, spaced or not (1987 copy: "CORRECTED - BANKAMERICA").
TAG_HYPHEN = rf"(?P<sep>{OPT_WS}[\-{DASH_CHARS}]{OPT_WS})"

# "UPDATE 2-Oil rises"  "RPT - OPPOSITION TO EC OILS TAX INTACT"
DASH_TAG = rf"{DASH_TAG_NAME}{TAG_HYPHEN}"

# "AP Exclusive: "  "Correction: "  "Live updates: "  "FACTBOX: "  "ROUNDUP 2: "
COLON_TAG_NAME = rf"(?P<tag>(?i:\L<colon_numbered>{WS}\d{{1,2}}+(?!\d)|\L<colon_tags>))"
COLON_TAG = rf"{COLON_TAG_NAME}{OPT_WS}:{WS}"

# "Opinion | "  "Live updates | ": a kicker before a vertical bar.
PIPE_TAG = rf"(?P<tag>(?i:\L<pipe_tags>)){WS}\|{WS}"

# "FEATURE-LENGTH": an ALL-CAPS word right after a bare hyphen.
CAPS_WORD = r"\p{Lu}[\p{Lu}\p{N}'’]*+(?![\p{Ll}])"

# "Fact Check-worthiness": a lower-case word right after a bare hyphen ("iPhone",
# holding a capital, is a headline's first word, not the second half of a compound).
LOWER_WORD = r"\p{Ll}++(?![\p{L}\p{N}]*?\p{Lu})"

_LISTS: dict[str, Any] = {
    "dash_tags": sorted(DASH_TAGS, key=len, reverse=True),
    "numbered": sorted(NUMBERED_TAGS, key=len, reverse=True),
    "colon_tags": sorted(COLON_TAGS, key=len, reverse=True),
    "colon_numbered": sorted(NUMBERED_COLON_TAGS, key=len, reverse=True),
    "pipe_tags": sorted(PIPE_TAGS, key=len, reverse=True),
}
_DASH_TAG_RE = regex.compile(DASH_TAG, regex.VERBOSE, ignore_unused=True, **_LISTS)
_COLON_TAG_RE = regex.compile(COLON_TAG, regex.VERBOSE, ignore_unused=True, **_LISTS)
_PIPE_TAG_RE = regex.compile(PIPE_TAG, regex.VERBOSE, ignore_unused=True, **_LISTS)
_CAPS_WORD_RE = regex.compile(CAPS_WORD)
_LOWER_WORD_RE = regex.compile(LOWER_WORD)
_LETTER_RE = regex.compile(r"\p{L}")
_WORD_RE = regex.compile(r"\S++")
_SEPARATORS = regex.compile(r"[\x1c-\x1f]")
_LEAD_RE = regex.compile(r"[^\p{L}\p{N}]*+")
_LOWER_RE = regex.compile(r"\p{Ll}")
_UPPER_RE = regex.compile(r"\p{Lu}")
_HSPACE_RE = regex.compile(rf"{HSPACE}*+")
_MINOR = frozenset(MINOR_WORDS)
_DASH_TAGS = frozenset(DASH_TAGS)
_NUMBERED_RE = regex.compile(rf"\L<numbered>{WS}\d{{1,2}}+", ignore_unused=True, **_LISTS)
_GLUE_TAGS = frozenset(GLUE_TAGS)


def case_of(text: str) -> Case:
    """The :class:`Case` of a headline's text.

    >>> case_of("OIL RISES"), case_of("Oil Rises on Supply Fears"), case_of("Oil rises")
    (<Case.UPPER: 'upper'>, <Case.TITLE: 'title'>, <Case.SENTENCE: 'sentence'>)
    """
    words = []
    # str.split() splits where regex \s does, but also at \x1c-\x1f: those are not spaces here.
    tokens = _WORD_RE.findall(text) if _SEPARATORS.search(text) else text.split()
    for token in tokens:
        word = token
        if not word[0].isalpha():  # "(Syria"  "“Oil": skip leading punctuation; "2nd" is no word
            word = word[_LEAD_RE.match(word).end() :]  # type: ignore[union-attr]
            if not word or not word[0].isalpha():
                continue
        words.append(word)
    if words and _LOWER_RE.search(" ".join(words)) is None:
        return Case.UPPER
    # Title case: every deciding word (not a minor word, not "iPhone") opens in capitals.
    deciding = False
    for word in words[1:]:
        if word.lower().rstrip(".,;:!?") in _MINOR:
            continue
        first = word[0]
        if first.isupper():
            deciding = True
        elif not (first.islower() and _UPPER_RE.search(word) is not None):  # "iPhone"
            return Case.SENTENCE
    return Case.TITLE if deciding else Case.SENTENCE


def _is_dash_tag(prefix: str) -> bool:
    return prefix in _DASH_TAGS or _NUMBERED_RE.fullmatch(prefix) is not None


def _glued(tag: str, sep: str, rest: str) -> bool:
    """Whether ``tag-REST`` opens with one hyphenated word, not a tag and a headline.

    Only a bare hyphen glues, and only a tag that is also a word ("FEATURE", the
    mixed-case "Fact Check"; never "RPT-" or "UPDATE 2-"): before a lower-case word
    ("Fact Check-worthiness"), or, for the tags of :data:`GLUE_TAGS`, before an
    ALL-CAPS word in a headline with no lower-case letter ("FEATURE-LENGTH FILMS
    RISE"; "BRIEF-DFDS - Q3 revenue up" keeps its tag).
    """
    if sep.strip() != sep:
        return False
    wordlike = tag in _GLUE_TAGS
    if not (wordlike or _LOWER_RE.search(tag)):
        return False
    if _DASH_TAG_RE.match(rest) is not None or _COLON_TAG_RE.match(rest) is not None:
        return False
    if _LOWER_WORD_RE.match(rest) is not None:
        return True
    return wordlike and _CAPS_WORD_RE.match(rest) is not None and _LOWER_RE.search(rest) is None


@attrs.frozen(slots=True)
class Headline(Serializable):
    """A headline: the wire tags before it, its text and its case.

    >>> Headline("Oil rises", ("UPDATE 2",))
    Headline(text='Oil rises', prefixes=('UPDATE 2',), case=<Case.SENTENCE: 'sentence'>)
    >>> str(Headline("Syria talks resume", ("AP Exclusive",)))
    'AP Exclusive: Syria talks resume'

    Attributes:
        text: The headline itself, without its tags.
        prefixes: The tags before it, as written, outermost first: ``("RPT", "UPDATE 1")``.
        case: How ``text`` is capitalised (read from ``text`` unless given).
        span: Where the headline stands in the parsed input.
    """

    text: str
    prefixes: tuple[str, ...] = ()
    case: Case = attrs.field(converter=Case)
    span: Span = span_field()

    @case.default
    def _case_default(self) -> Case:
        return case_of(self.text)

    def __str__(self) -> str:
        rendered = self.text
        for prefix in reversed(self.prefixes):
            if _is_dash_tag(prefix):
                sep = " - " if _glued(prefix, "-", rendered) else "-"
            else:
                sep = ": "
            rendered = f"{prefix}{sep}{rendered}"
        return rendered


def parse_headline(text: str) -> Headline:
    """Read one headline line: its wire tags, its text and its case.

    >>> parse_headline("AP Exclusive: Syria and Israel near security deal").prefixes
    ('AP Exclusive',)
    >>> parse_headline("CORRECTED - BANKAMERICA NEGOTIATING SALE OF UNITS").case
    <Case.UPPER: 'upper'>

    Raises:
        ParseError: ``text`` is blank, too long, holds control characters, or
            has no letter after its tags (``"(((("``, a run of dashes).
    """
    check_line(text, "a headline", MAX_LEN)
    pos = _HSPACE_RE.match(text).end()  # type: ignore[union-attr]
    start = pos
    prefixes: list[str] = []
    while True:
        match = _DASH_TAG_RE.match(text, pos)
        if match is not None and _glued(match["tag"], match["sep"], text[match.end() :]):
            match = None
        if match is None:
            match = _COLON_TAG_RE.match(text, pos)
        if match is None and "|" in text:
            match = _PIPE_TAG_RE.match(text, pos)
        if match is None:
            break
        prefixes.append(match["tag"])
        pos = match.end()
    body = text[pos:].strip()
    if _LETTER_RE.search(body) is None:
        what = "after its tags" if prefixes else ""
        msg = f"Expected a headline with letters {what}".rstrip()
        raise ParseError(msg, text, pos)
    end = len(text.rstrip())
    return Headline(body, tuple(prefixes), span=(start, end))
