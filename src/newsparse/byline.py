"""Bylines: who wrote a story, their title, and the agency or outlet they write for.

    >>> byline = parse_byline("By JOSEPH KRAUSS and ZEKE MILLER Associated Press")
    >>> [person.name for person in byline.authors], byline.affiliation
    (['Joseph Krauss', 'Zeke Miller'], 'Associated Press')
    >>> str(byline)
    'By JOSEPH KRAUSS and ZEKE MILLER, Associated Press'

The grammar, from its named pieces below::

    BYLINE     = INTRO AUTHORS [TAIL_SEP TAIL] END | AUTHORS TAIL_SEP TITLE_TAIL END
    AUTHORS    = AUTHOR {LIST_SEP AUTHOR}
    TAIL       = TITLE_TAIL | AFFILIATION
    TITLE_TAIL = TITLE [TAIL_SEP AFFILIATION]

``INTRO`` is "By" in any case, German "Von" or French "par". A line without
it is a byline only when it ends with a job title ("MARIA CHENG AP medical
writer", "Greg Beacham, Ap Sports Writer"): precision first, for a name and
an agency alone ("Patrick Semansky, ASSOCIATED PRESS") is how photo credits
look. Each author is a personal name as :mod:`newsparse._names` reads it (two
or more capitalised words, particles between them), and no word of a name may
start a title or affiliation that runs to the end of the line, so the names
stop before "Associated Press" even without a comma. Affiliations are the news
agencies of the agency table and the outlets of
:mod:`newsparse._tables.outlets`; titles are built from
:mod:`newsparse._tables.titles`. Both are matched without regard to case and
kept as written.

Not bylines: "By the numbers", "By contrast, ...", "By 2030 ...", "By train,
...", "By-election", a lone "By", sentences. Each raises :class:`ParseError`.
"""

from __future__ import annotations

import attrs
import regex

from newsparse import _lookup
from newsparse._grammar import HSPACE, OPT_WS, WS
from newsparse._lookup import agency_forms
from newsparse._names import (
    CONJUNCTION,
    WORD_END,
    compile_with_names,
    display_name,
    has_full_word,
    name_pattern,
)
from newsparse._serialize import Serializable
from newsparse._tables.outlets import OUTLETS
from newsparse._tables.titles import TITLE_HEADS, TITLE_MODIFIERS
from newsparse._types import Span, span_field
from newsparse.errors import ParseError, check_line

__all__ = ["Byline", "Person", "parse_byline"]

#: No byline is longer than this; longer text is refused before matching.
MAX_LEN = 400

#: What no word of a title or affiliation may run on into: "AP" is not "APPLE".
_WORD_BOUNDARY = r"(?![\p{L}\p{M}\p{N}\-])"

# "By "  "BY "  "by "  "Von "  "par "
INTRO = rf"(?P<intro>(?i:by|von|par)){WS}"

# "Associated Press"  "Reuters"  "REUTERS"  "The Associated Press"  "Reuter"  "Fox News"
AFFILIATION = rf"(?i:\L<affiliations>){_WORD_BOUNDARY}"

# "AP Medical Writer"  "Associated Press Writer"  "AP medical writer"  "Ap Sports Writer"
# "Staff Writer"  "Chief White House Correspondent": agency, up to three modifiers, a head.
TITLE = (
    rf"(?i:(?:\L<affiliations>{WS})?(?:\L<title_modifiers>{WS}){{0,3}}\L<title_heads>)"
    rf"{_WORD_BOUNDARY}"
)

# ", "  " | "  " ": before a title or an affiliation ("... MILLER Associated Press").
TAIL_SEP = rf"(?:{OPT_WS}[,|]{OPT_WS}|{WS})"

# Lenient: a closing full stop ("By Colin Brinsden, Reuters.") or colon is dropped.
END = rf"[.:]?{OPT_WS}\Z"

#: A title or affiliation that runs to the end of the line: no name word may start one.
TAIL_AHEAD = rf"(?:{TITLE}(?:{TAIL_SEP}{AFFILIATION})?|{AFFILIATION}){END}"

# ", Jr."  ", III": a suffix set off by a comma stays with its name.
COMMA_SUFFIX = rf"{OPT_WS},{OPT_WS}(?:Jr\.|Sr\.|JR\.|SR\.|Jr|Sr|JR|SR|II|III|IV){WORD_END}"

# "JOSEPH KRAUSS"  "Peter Torday"  "Martin Luther King, Jr."
AUTHOR = rf"(?P<author>{name_pattern(TAIL_AHEAD)}(?:{COMMA_SUFFIX})?)"

# ", "  " and "  ", and "  " AND "  " & "  " und "  " et "
LIST_SEP = rf"(?:{OPT_WS},{OPT_WS}(?:{CONJUNCTION}{WS})?|{WS}{CONJUNCTION}{WS})"

# "JOSEPH KRAUSS and ZEKE MILLER"  "LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER"
AUTHORS = rf"{AUTHOR}(?:{LIST_SEP}{AUTHOR})*+"

# "AP Medical Writer"  "AP Medical Writer, Associated Press"
TITLE_TAIL = rf"(?P<title>{TITLE})(?:{TAIL_SEP}(?P<affiliation>{AFFILIATION}))?"

# "AP Medical Writer"  "Reuters": without "By" only a TITLE_TAIL will do, for a name
# and an agency alone ("Patrick Semansky, ASSOCIATED PRESS") is how photo credits look.
TAIL = rf"(?:{TITLE_TAIL}|(?P<affiliation>{AFFILIATION}))"

# "By" may only be left out when a job title closes the line.
NO_INTRO = rf"(?!(?i:by|par){WORD_END})"

# "By JOSEPH KRAUSS and ZEKE MILLER Associated Press"  "MARIA CHENG AP medical writer"
BYLINE = (
    rf"{OPT_WS}(?:{INTRO}|{NO_INTRO})"
    rf"(?P<authors>{AUTHORS})"
    rf"(?(intro)(?:{TAIL_SEP}{TAIL})?|{TAIL_SEP}{TITLE_TAIL}){END}"
)


def _lists() -> dict[str, list[str]]:
    affiliations = dict.fromkeys([*agency_forms("news"), *OUTLETS])
    return {
        "affiliations": sorted(affiliations, key=lambda f: (-len(f), f)),
        "title_modifiers": sorted(TITLE_MODIFIERS, key=lambda f: (-len(f), f)),
        "title_heads": sorted(TITLE_HEADS, key=lambda f: (-len(f), f)),
    }


# "By JOSEPH KRAUSS and" ...: how far a line reads as a byline, for the error message.
BYLINE_PREFIX = rf"{OPT_WS}(?:{INTRO}|{NO_INTRO})(?P<authors>{AUTHORS})"

_LISTS = _lists()
_BYLINE = compile_with_names(BYLINE, _LISTS)
_PREFIX = compile_with_names(BYLINE_PREFIX, _LISTS)

#: The agency table the patterns in use were built from, and those patterns.
_BUILT: list[tuple[object, regex.Pattern[str], regex.Pattern[str]]] = [
    (vars(_lookup)["AGENCIES"], _BYLINE, _PREFIX)
]


def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The byline and prefix patterns for the agency table in use: a new row is known at once."""
    table = vars(_lookup)["AGENCIES"]  # what agency_forms() reads
    if _BUILT[0][0] is not table:
        lists = _lists()
        _BUILT[0] = (
            table,
            compile_with_names(BYLINE, lists),
            compile_with_names(BYLINE_PREFIX, lists),
        )
    return _BUILT[0][1], _BUILT[0][2]


_INTRO_ONLY = regex.compile(rf"{OPT_WS}(?P<intro>(?i:by|von|par))(?={HSPACE}|\Z){OPT_WS}")


@attrs.frozen(slots=True)
class Person(Serializable):
    """One author of a byline: the name as written and its display form.

    >>> parse_byline("By LAURAN NEERGAARD, AP Medical Writer").authors[0]
    Person(raw='LAURAN NEERGAARD', name='Lauran Neergaard')
    """

    raw: str
    name: str
    span: Span = span_field()

    def __str__(self) -> str:
        return self.raw


@attrs.frozen(slots=True)
class Byline(Serializable):
    """A byline: its authors, their job title as written, and the organisation they write for.

    >>> byline = parse_byline("By LAURAN NEERGAARD, AP Medical Writer")
    >>> (byline.title, byline.affiliation)
    ('AP Medical Writer', None)
    >>> parse_byline("By Peter Torday, Reuters").affiliation
    'Reuters'
    """

    authors: tuple[Person, ...] = attrs.field(validator=attrs.validators.min_len(1))
    affiliation: str | None = None
    title: str | None = None
    span: Span = span_field()

    def __str__(self) -> str:
        names = [author.raw for author in self.authors]
        text = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        tail = "".join(f", {part}" for part in (self.title, self.affiliation) if part)
        return f"By {text}{tail}"


def parse_byline(text: str) -> Byline:
    """Read one byline line: "By A and B, AP Medical Writer", "MARIA CHENG AP medical writer".

    >>> parse_byline("By Martin Hayes and Jane Merriman, Reuters").authors[1].raw
    'Jane Merriman'

    Raises:
        ParseError: ``text`` is not a byline (see the module docstring).
    """
    check_line(text, "a byline", MAX_LEN)
    match = _patterns()[0].fullmatch(text)
    if match is None:
        raise _diagnose(text)
    authors = []
    for raw, (start, end) in zip(match.captures("author"), match.spans("author"), strict=True):
        if not has_full_word(raw):
            msg = "Expected a person's name with a full given or family name, not initials only"
            raise ParseError(msg, text, start)
        authors.append(Person(raw, display_name(raw), span=(start, end)))
    first = match.start("intro") if match.group("intro") is not None else match.start("authors")
    last = max(match.end("authors"), match.end("title"), match.end("affiliation"))
    return Byline(
        tuple(authors),
        affiliation=match.group("affiliation"),
        title=match.group("title"),
        span=(first, last),
    )


def _diagnose(text: str) -> ParseError:
    """Why ``text`` is not a byline, and where reading it stopped."""
    prefix = _patterns()[1].match(text)
    if prefix is None:
        intro = _INTRO_ONLY.match(text)
        if intro is not None:
            msg = f"Expected a person's name (capitalised words) after {intro.group('intro')!r}"
            return ParseError(msg, text, intro.end())
        start = len(text) - len(text.lstrip())
        msg = "Expected a byline: 'By' and a person's name (capitalised words)"
        return ParseError(msg, text, start)
    if prefix.group("intro") is None:
        msg = "Expected a job title after the names of a byline without 'By'"
        return ParseError(msg, text, prefix.end())
    msg = "Expected 'and' or a comma and a further name, a job title or an agency after the names"
    return ParseError(msg, text, prefix.end())
