"""Bylines: who wrote a story, their title, and the agency or outlet they write for.

    >>> byline = parse_byline("By JOSEPH KRAUSS and ZEKE MILLER Associated Press")
    >>> [person.name for person in byline.authors], byline.affiliation
    (['Joseph Krauss', 'Zeke Miller'], 'Associated Press')
    >>> str(byline)
    'By JOSEPH KRAUSS and ZEKE MILLER, Associated Press'

The grammar, from its named pieces below::

    BYLINE     = [STAMP] INTRO AUTHORS [TAIL_SEP TAIL] [STAMP_SEP STAMP] END
               | AUTHORS [TAIL_SEP TITLE_TAIL] [STAMP_SEP STAMP] END
    AUTHORS    = AUTHOR {LIST_SEP AUTHOR}
    TAIL       = TITLE_TAIL | AFFILIATION
    TITLE_TAIL = TITLE [TAIL_SEP AFFILIATION]
    STAMP      = DATE [STAMP_JOIN TIME] | TIME STAMP_JOIN DATE

``INTRO`` is "By" in any case, German "Von" or French "par". A line without
it is a byline only when it ends with a job title ("MARIA CHENG AP medical
writer", "Greg Beacham, Ap Sports Writer"): precision first, for a name and
an agency alone ("Patrick Semansky, ASSOCIATED PRESS") is how photo credits
look; or when a timestamp with a date and a clock time closes it, as pages
print their bylines ("Nikita Mazurov February 28 2024, 9:54 a.m."). A bare
name alone ("Rodrigo Campos") cannot be told from a person merely named and
is refused. The timestamp is kept as written in :attr:`Byline.timestamp`;
it may also open the line before the intro ("05.06.2025 um 14:46 von
Anne-Marie Slaughter"). Each author is a personal name as :mod:`newsparse._names` reads it (two
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
from newsparse._tables.months import MONTHS
from newsparse._tables.outlets import OUTLETS
from newsparse._tables.places import CA_PROVINCES, COUNTRIES, STANDALONE_CITIES, US_STATES
from newsparse._tables.titles import TIMESTAMP_LABELS, TITLE_HEADS, TITLE_MODIFIERS
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

# "Redakteurin für Finanzen"  "Correspondent for Asia": one capitalised word of beat
# after the head.
TITLE_FIELD = rf"(?:{WS}(?:für|for){WS}\p{{Lu}}\p{{Ll}}++{_WORD_BOUNDARY})?+"

# "AP Medical Writer"  "Associated Press Writer"  "AP medical writer"  "Ap Sports Writer"
# "Staff Writer"  "Chief White House Correspondent": agency, up to three modifiers, a head.
TITLE = (
    rf"(?i:(?:\L<affiliations>{WS})?(?:\L<title_modifiers>{WS}){{0,3}}\L<title_heads>)"
    rf"{_WORD_BOUNDARY}{TITLE_FIELD}"
)

# Timestamps pages print with a byline, kept as written.
# "February 28 2024"  "Feb. 28, 2024"
STAMP_MDY = rf"(?i:\L<months>)\.?+{WS}\d{{1,2}}+(?:st|nd|rd|th)?+,?+{WS}\d{{4}}+"
# "16 September 2024"  "28 Apr 2024"  "23 APR 2024"  "28. April 2024"
STAMP_DMY = rf"\d{{1,2}}+\.?+{WS}(?i:\L<months>)\.?+,?+{WS}\d{{4}}+"
# "09.09.2025"  "2024-04-28"  "04/28/2024"
STAMP_NUMERIC = r"\d{1,2}+\.\d{1,2}+\.\d{4}+|\d{4}+-\d{2}+-\d{2}+|\d{1,2}+/\d{1,2}+/\d{4}+"
STAMP_DATE = rf"(?:{STAMP_MDY}|{STAMP_DMY}|{STAMP_NUMERIC})(?!\p{{N}})"
# "9:54 a.m."  "9:33pm"  "14:00"  "15:15 Uhr"  "3:12 PM EDT"
STAMP_TIME = (
    rf"\d{{1,2}}+:\d{{2}}+(?!\p{{N}})(?:{OPT_WS}(?i:a\.m\.|p\.m\.|am|pm)(?!\p{{L}})|{WS}Uhr)?+"
    rf"(?:{WS}(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|BST|UTC|CET|CEST|MEZ|MESZ)(?!\p{{L}}))?+"
)
# ", "  " um "  " at "  " | "  " ": between a date and a time.
STAMP_JOIN = rf"(?:{OPT_WS}[,|]{OPT_WS}|{WS}(?:um|at|à){WS}|{WS})"
# "Published "  "Updated: "  "Aktualisiert am ": a label before the timestamp belongs to it.
STAMP_LABEL = rf"(?i:\L<stamp_labels>):?+{WS}"
# "February 28 2024, 9:54 a.m."  "05.06.2025 um 14:46"  "14:00, 28 Apr 2024"
# "Published 10:15 AM EDT, May 5, 2024"
STAMP = (
    rf"(?:{STAMP_LABEL})?+"
    rf"(?:{STAMP_DATE}(?:{STAMP_JOIN}{STAMP_TIME})?+|{STAMP_TIME}{STAMP_JOIN}{STAMP_DATE})"
)
# Before a closing timestamp: a comma, a bar or a space.
STAMP_SEP = rf"(?:{OPT_WS}[,|]{OPT_WS}|{WS})"

# ", "  " | "  " ": before a title or an affiliation ("... MILLER Associated Press").
TAIL_SEP = rf"(?:{OPT_WS}[,|]{OPT_WS}|{WS})"

# Lenient: a closing full stop ("By Colin Brinsden, Reuters.") or colon is dropped.
END = rf"[.:]?{OPT_WS}\Z"

#: A title or affiliation (and a timestamp) that runs to the end of the line, or a
#: timestamp alone: no name word may start one ("Jane Doe May 5, 2024").
TAIL_AHEAD = (
    rf"(?:(?:{TITLE}(?:{TAIL_SEP}{AFFILIATION})?|{AFFILIATION})(?:{STAMP_SEP}{STAMP})?"
    rf"|{STAMP}){END}"
)

# ", Jr."  ", III": a suffix set off by a comma stays with its name.
COMMA_SUFFIX = rf"{OPT_WS},{OPT_WS}(?:Jr\.|Sr\.|JR\.|SR\.|Jr|Sr|JR|SR|II|III|IV){WORD_END}"

#: Where a tail may start at all: a digit or the first word of a list entry (one
#: cheap look-up before the whole of TAIL_AHEAD is tried at a name word).
TAIL_START = r"(?=\p{N}|(?i:\L<tail_first>)(?![\p{L}\p{M}\p{N}]))"

# "JOSEPH KRAUSS"  "Peter Torday"  "Martin Luther King, Jr."
AUTHOR = rf"(?P<author>{name_pattern(TAIL_START + TAIL_AHEAD)}(?:{COMMA_SUFFIX})?)"

# ", "  " and "  ", and "  " AND "  " & "  " und "  " et "
LIST_SEP = rf"(?:{OPT_WS},{OPT_WS}(?:{CONJUNCTION}{WS})?|{WS}{CONJUNCTION}{WS})"

# "JOSEPH KRAUSS and ZEKE MILLER"  "LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER"
AUTHORS = rf"{AUTHOR}(?:{LIST_SEP}{AUTHOR})*+"

# The same without the guard, for lines where no word could start a tail (see _Grammar).
PLAIN_AUTHOR = rf"(?P<author>{name_pattern()}(?:{COMMA_SUFFIX})?)"
PLAIN_AUTHORS = rf"{PLAIN_AUTHOR}(?:{LIST_SEP}{PLAIN_AUTHOR})*+"

# "AP Medical Writer"  "AP Medical Writer, Associated Press"
TITLE_TAIL = rf"(?P<title>{TITLE})(?:{TAIL_SEP}(?P<affiliation>{AFFILIATION}))?"

# "AP Medical Writer"  "Reuters": without "By" only a TITLE_TAIL will do, for a name
# and an agency alone ("Patrick Semansky, ASSOCIATED PRESS") is how photo credits look.
TAIL = rf"(?:{TITLE_TAIL}|(?P<affiliation>{AFFILIATION}))"

# "By" may only be left out when a job title or a timestamp with a time closes the
# line (checked by parse_byline).
NO_INTRO = rf"(?!(?i:by|par){WORD_END})"

# "05.06.2025 um 14:46 von": a timestamp opens the line only before the intro.
LEAD_STAMP = rf"(?:(?P<timestamp>{STAMP}){WS}(?={INTRO}))?+"


# "By JOSEPH KRAUSS and ZEKE MILLER Associated Press"  "MARIA CHENG AP medical writer"
# "Amy Gibbons Political Correspondent 16 September 2024 9:33pm"
def _byline(authors: str) -> str:
    return (
        rf"{OPT_WS}{LEAD_STAMP}(?:{INTRO}|{NO_INTRO})"
        rf"(?P<authors>{authors})"
        rf"(?(intro)(?:{TAIL_SEP}{TAIL})?|(?:{TAIL_SEP}{TITLE_TAIL})?)"
        rf"(?(timestamp)|(?:{STAMP_SEP}(?P<timestamp>{STAMP}))?){END}"
    )


BYLINE = _byline(AUTHORS)

# "By Tom Davies": names alone, for such lines; the tail groups never match.
PLAIN_BYLINE = (
    rf"{OPT_WS}(?:{INTRO}|{NO_INTRO})(?P<authors>{PLAIN_AUTHORS})"
    rf"(?:(?P<title>(?!))|(?P<affiliation>(?!))|(?P<timestamp>(?!)))?+{END}"
)


#: A word as the tail checks see it: a run of letters, marks and digits.
_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]++")


def _lists() -> dict[str, list[str]]:
    affiliations = dict.fromkeys([*agency_forms("news"), *OUTLETS])
    lists = {
        "affiliations": sorted(affiliations, key=lambda f: (-len(f), f)),
        "title_modifiers": sorted(TITLE_MODIFIERS, key=lambda f: (-len(f), f)),
        "title_heads": sorted(TITLE_HEADS, key=lambda f: (-len(f), f)),
        "months": sorted(
            {m for forms in MONTHS.values() for m in forms}, key=lambda f: (-len(f), f)
        ),
        "stamp_labels": sorted(TIMESTAMP_LABELS, key=lambda f: (-len(f), f)),
    }
    first = {tokens[0] for forms in lists.values() for f in forms if (tokens := _TOKEN.findall(f))}
    lists["tail_first"] = sorted(first, key=lambda f: (-len(f), f))
    return lists


# "By The Associated Press"  "By Reuters"  "By AP staff"  "By Reuters Staff": an
# organisation signs the story, no person does. Only names of the agency and outlet
# tables count, so "By the numbers" or "By Monday" never read as one.
STAFF = rf"(?:\L<affiliations>){WS}(?i:staff|staff{WS}writers?)(?![\p{{L}}\p{{M}}\p{{N}}])"
ORG_BYLINE = rf"{OPT_WS}{INTRO}(?:(?P<title>{STAFF})|(?P<affiliation>{AFFILIATION})){END}"

# "By JOSEPH KRAUSS and" ...: how far a line reads as a byline, for the error message.
BYLINE_PREFIX = rf"{OPT_WS}(?:{INTRO}|{NO_INTRO})(?P<authors>{AUTHORS})"


@attrs.frozen
class _Grammar:
    """The compiled patterns for one agency table, and the words that can start a tail.

    The name guard (no name word may start a title, affiliation or timestamp
    that runs to the end) costs a look-up in the word lists at every word. A
    tail or timestamp can only start at a digit or at a word that is the first
    word of a list entry, so a line with none of those is read with ``plain``,
    the names alone without the guard: neither guard nor tail could match there.
    """

    table: object
    byline: regex.Pattern[str]
    prefix: regex.Pattern[str]
    plain: regex.Pattern[str]
    org: regex.Pattern[str]
    first_words: frozenset[str]

    def match(self, text: str) -> regex.Match[str] | None:
        words = _TOKEN.findall(text)
        if any(w.casefold() in self.first_words or w[0].isdigit() for w in words):
            return self.byline.fullmatch(text)
        return self.plain.fullmatch(text)


def _grammar(table: object) -> _Grammar:
    lists = _lists()
    first_words = frozenset(w.casefold() for w in lists["tail_first"])
    return _Grammar(
        table,
        compile_with_names(BYLINE, lists),
        compile_with_names(BYLINE_PREFIX, lists),
        compile_with_names(PLAIN_BYLINE, lists),
        compile_with_names(ORG_BYLINE, lists),
        first_words,
    )


#: The grammar of the agency table in use.
_BUILT: list[_Grammar] = [_grammar(vars(_lookup)["AGENCIES"])]
_BYLINE = _BUILT[0].byline


def _patterns() -> _Grammar:
    """The grammar for the agency table in use: a new row is known at once."""
    table = vars(_lookup)["AGENCIES"]  # what agency_forms() reads
    if _BUILT[0].table is not table:
        _BUILT[0] = _grammar(table)
    return _BUILT[0]


_CLOCK = regex.compile(r"\d:\d\d")

#: Places that read as two capitalised words ("Los Angeles, March 5, 2024, 3:00 pm"):
#: never an author of a byline without "By" or a title.
_PLACES = frozenset(
    name.casefold()
    for name in (
        *STANDALONE_CITIES,
        *US_STATES,
        *CA_PROVINCES,
        *(n for names in COUNTRIES.values() for n in names),
    )
)

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
    >>> parse_byline("By The Associated Press")  # an organisation signs, no person
    Byline(authors=(), affiliation='The Associated Press', title=None, timestamp=None)
    >>> parse_byline("Von Hannah Ritzmann, Redakteurin 09.09.2025, 15:15 Uhr").timestamp
    '09.09.2025, 15:15 Uhr'

    ``timestamp`` is the date and time a page prints with the byline, as written,
    or ``None``; ``str()`` writes it last.
    """

    authors: tuple[Person, ...] = attrs.field()
    affiliation: str | None = None
    title: str | None = None
    timestamp: str | None = None
    span: Span = span_field()

    def __attrs_post_init__(self) -> None:
        if self.authors:
            return
        # "By The Associated Press", "By Reuters Staff": the organisation alone.
        org = self.affiliation if self.title is None else self.title
        if (
            org is None
            or (self.title is not None and self.affiliation is not None)
            or self.timestamp is not None
            or _patterns().org.fullmatch(f"By {org}") is None
        ):
            msg = (
                "Expected at least one author, or no author and one organisation "
                f"('The Associated Press', 'Reuters Staff'), got {self!r}"
            )
            raise ValueError(msg)

    def __str__(self) -> str:
        if not self.authors:
            return f"By {self.title or self.affiliation}"
        names = [author.raw for author in self.authors]
        text = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        tail = "".join(f", {part}" for part in (self.title, self.affiliation) if part)
        stamp = f" {self.timestamp}" if self.timestamp else ""
        return f"By {text}{tail}{stamp}"


def parse_byline(text: str) -> Byline:
    """Read one byline line: "By A and B, AP Medical Writer", "MARIA CHENG AP medical writer".

    >>> parse_byline("By Martin Hayes and Jane Merriman, Reuters").authors[1].raw
    'Jane Merriman'

    Raises:
        ParseError: ``text`` is not a byline (see the module docstring).
    """
    check_line(text, "a byline", MAX_LEN)
    grammar = _patterns()
    match = grammar.match(text)
    if match is None:
        org = grammar.org.fullmatch(text)
        if org is None:
            raise _diagnose(text)
        end = max(org.end("title"), org.end("affiliation"))
        return Byline(
            (),
            affiliation=org.group("affiliation"),
            title=org.group("title"),
            span=(org.start("intro"), end),
        )
    timestamp = match.group("timestamp")
    if (
        match.group("intro") is None
        and match.group("title") is None
        and (
            timestamp is None
            or _CLOCK.search(timestamp) is None  # "Rodrigo Campos" alone
            or any(a.casefold() in _PLACES for a in match.captures("author"))
        )
    ):
        msg = "Expected a job title after the names of a byline without 'By'"
        raise ParseError(msg, text, match.end("authors"))
    authors = []
    for raw, (start, end) in zip(match.captures("author"), match.spans("author"), strict=True):
        if not has_full_word(raw):
            msg = "Expected a person's name with a full given or family name, not initials only"
            raise ParseError(msg, text, start)
        authors.append(Person(raw, display_name(raw), span=(start, end)))
    first = match.start("intro") if match.group("intro") is not None else match.start("authors")
    if timestamp is not None:
        first = min(first, match.start("timestamp"))
    last = max(
        match.end("authors"), match.end("title"), match.end("affiliation"), match.end("timestamp")
    )
    return Byline(
        tuple(authors),
        affiliation=match.group("affiliation"),
        title=match.group("title"),
        timestamp=timestamp,
        span=(first, last),
    )


def _diagnose(text: str) -> ParseError:
    """Why ``text`` is not a byline, and where reading it stopped."""
    prefix = _patterns().prefix.match(text)
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
