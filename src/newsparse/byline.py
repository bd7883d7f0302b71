"""Bylines: who wrote a story, their title, and the agency or outlet they write for.

    >>> byline = parse_byline("By JOSEPH KRAUSS and ZEKE MILLER Associated Press")
    >>> [person.name for person in byline.authors], byline.affiliation
    (['Joseph Krauss', 'Zeke Miller'], 'Associated Press')
    >>> str(byline)
    'By JOSEPH KRAUSS and ZEKE MILLER, Associated Press'

The grammar, from its named pieces below::

    BYLINE     = [STAMP] INTRO AUTHORS [TAIL] [STAMP_SEP STAMP] END
               | AUTHORS [TAIL_SEP TITLE_TAIL] [STAMP_SEP STAMP] END
    AUTHORS    = AUTHOR {LIST_SEP AUTHOR}
    AUTHOR     = [HONORIFIC] NAME {"," CREDENTIAL | "," SUFFIX}
    TAIL       = TAIL_SEP (TITLE_TAIL | ["For"] AFFILIATION)
               | AGENCY_SEP ["For"] AFFILIATION
    TITLE_TAIL = TITLE [TAIL_SEP ["For"] AFFILIATION] | TITLE_NO_FIELD "for" AFFILIATION
    STAMP      = DATE [STAMP_JOIN TIME] | TIME STAMP_JOIN DATE

``INTRO`` is "By" in any case (a colon may follow: "By: Ian Shive"), German
"Von", French "par" or Spanish "Por" ("Por María García"); "by" may follow a
lead word of :data:`newsparse._tables.titles.BYLINE_LEADS` ("Story by", "Words
by", "Written by"). "For" before the affiliation is AP's underline for
freelancers and stringers ("By JANE DOE For The Associated Press"), kept as
:attr:`Byline.for_affiliation`. ``AGENCY_SEP`` is a slash or a spaced dash ("By
Jane Doe / AFP", "By Jane Doe - Reuters"), before a listed agency or outlet
alone. An honorific ("Dr.", "Prof.") before a name and post-nominal letters set
off by a comma after it (", MD", ", Ph.D.") are part of the name as written, as
nameparser keeps them in a full name; proper case writes "PHD" as "PhD". A line without
it is a byline only when it ends with a job title ("MARIA CHENG AP medical
writer", "Greg Beacham, Ap Sports Writer"): precision first, for a name and
an agency alone ("Patrick Semansky, ASSOCIATED PRESS") is how photo credits
look; or when a timestamp with a date and a clock time closes it, as pages
print their bylines ("Nikita Mazurov February 28 2024, 9:54 a.m.").

A bare name alone is a byline only when it can hardly be anything else, as
reuters.com pages copied as text print the author under the headline
("Rodrigo Campos"): one personal name of two to four words, nothing before or
after it, whose first word (or the first part of a hyphenated first word) is a
given name of :mod:`newsparse._tables.given_names`, and none of whose words or
runs of words is a known place, an organisation or place word ("Court",
"Street", "Images"), a word of a job title, a page word ("Read More", "Sign"),
an agency or an outlet. "Breaking News", "Supreme Court", "Sign Up", "New
York", "May Day" or "Will Power" are refused; so is every name whose given
name the table lacks. ``str()`` writes such a byline with "By". The rule is
:func:`newsparse._bare_names.is_bare_name`, shared with photo credits.

Pages of Reach plc (Mirror, Express, Daily Star) copied as text glue the
byline's words together, page words around it: "ByEmma MackenzieLifestyle
Writer14:00, 28 Apr 2024|comments". Such a line is read when "By" (glued or
not) is followed by names glued to a job title the title grammar reads, glued
in turn to a timestamp with a date and a clock time; the one place between a
lower-case and a capital letter where the names end and a valid title starts
is the junction ("Emma Mackenzie" + "Lifestyle Writer"; the inner capital of
"McDonald" or "DeSantis" leaves no valid title). Exactly one such split must
exist. The page words before "By" and after the timestamp are not part of the
byline: :attr:`Byline.span` says where the byline stands in the line.

The timestamp is kept as written in :attr:`Byline.timestamp`;
it may also open the line before the intro ("05.06.2025 um 14:46 von
Anne-Marie Slaughter"). Each author is a personal name as :mod:`newsparse._names` reads it (two
or more capitalised words, particles between them), and no word of a name may
start a title or affiliation that runs to the end of the line, so the names
stop before "Associated Press" even without a comma. Affiliations are the news
agencies of the agency table and the outlets of
:mod:`newsparse._tables.outlets`; titles are built from
:mod:`newsparse._tables.titles`. Both are matched without regard to case and
kept as written.

A byline may close with the place its authors filed from (:attr:`Byline.place`):
after "in", as Reuters and AFP write it ("By Jane Doe in London", "By Jane Doe
in Kyiv, Ukraine"), or after an affiliation or title and a comma, as BBC News
writes it ("By Anthony Zurcher, BBC News, Washington"). The place must be a
known one (a city that stands alone in datelines, a state, province or
country, or capitalised words before one and a comma). "Special to" and an
outlet is a title ("By Jane Doe, Special to The Post", AP's and the Washington
Post's underline for contributors who are not staff).

Every author must be a person's name: none may hold a newsroom word
(:data:`newsparse._tables.outlets.NEWSROOM_WORDS`: "Reuters", "News", "Times"), a
word of a title head or an abbreviated month, and a last author set off by a
comma alone (where outlets stand: "By Jane Doe, Moscow Times") must open with a
listed given name and hold no place, organisation or title word
(:func:`newsparse._bare_names.is_bare_name`); else the line is refused. After
"Por" the first author must pass the same test.

Not bylines: "By the numbers", "By contrast, ...", "By 2030 ...", "By train,
...", "By-election", a lone "By", "By Jane Doe - the market fell." (a dash before
no listed agency), "By Dr. Seuss's standards, ...", sentences. Each raises
:class:`ParseError`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs
import regex

from newsparse._bare_names import is_bare_name
from newsparse._grammar import HSPACE, OPT_WS, WS
from newsparse._lookup import agency_forms, per_table
from newsparse._names import (
    CONJUNCTION,
    NAME_LISTS,
    WORD_END,
    compile_with_names,
    display_name,
    has_full_word,
    name_pattern,
)
from newsparse._serialize import Serializable
from newsparse._tables.months import MONTHS
from newsparse._tables.outlets import NEWSROOM_WORDS, OUTLETS, UNINTRODUCED_AFFILIATIONS
from newsparse._tables.particles import (
    CONJUNCTIONS,
    CREDENTIALS,
    ELISIONS,
    JOINED_PARTICLES,
    MONTH_ABBREVIATIONS,
    NOT_NAMES,
    PARTICLES,
)
from newsparse._tables.places import CA_PROVINCES, COUNTRIES, STANDALONE_CITIES, US_STATES
from newsparse._tables.titles import (
    BYLINE_LEADS,
    HONORIFICS,
    TIMESTAMP_LABELS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from newsparse._types import Span, span_field
from newsparse.errors import ParseError, check_line

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["Byline", "Person", "parse_byline"]

#: No byline is longer than this; longer text is refused before matching.
MAX_LEN = 400


def _letter_first(entries: Iterable[str]) -> str:
    r"""``(?=\p{L})`` when every entry of a word list starts with an ASCII letter, else nothing.

    Put before the list's look-up, a cheap test that never turns away a match
    of the list: only letters match an ASCII letter, case aside (the Kelvin
    sign and the long s among them). It saves the look-up where it cannot
    match: a look-up without regard to case that fails costs a probe for every
    length of entry, and timestamps start at digits. Only for lists of the
    static tables (months, timestamp labels).
    """
    return r"(?=\p{L})" if all(e[:1].isascii() and e[:1].isalpha() for e in entries) else ""


#: The tests of _letter_first for the static lists of timestamps.
_MONTH_FIRST = _letter_first([m for forms in MONTHS.values() for m in forms])
_LABEL_FIRST = _letter_first(TIMESTAMP_LABELS)

#: What no word of a title or affiliation may run on into: "AP" is not "APPLE".
_WORD_BOUNDARY = r"(?![\p{L}\p{M}\p{N}\-])"

# "Story "  "Words "  "Written ": a word of BYLINE_LEADS before "by", part of the intro.
LEAD_WORD = rf"(?i:\L<byline_leads>){WS}"

#: The words that introduce the names: "By", German "Von", French "par", Spanish and
#: Portuguese "Por" ("Por María García", elpais.com, efe.com, folha.uol.com.br).
INTRO_WORDS = r"(?i:(?:{lead})?+by|von|par|por)"

# "By "  "BY "  "by "  "Von "  "par "  "Por "  "Story by "  "Written by "  "By: "
# Lenient: a colon after the intro word, as web pages print it ("By: Ian Shive",
# discovery.com in trafilatura's tests/metadata_tests.py; "By: Lucas Ou-Yang",
# newspaper4k's tests/unit/test_authors_extractor.py).
INTRO = rf"(?P<intro>{INTRO_WORDS.format(lead=LEAD_WORD)}):?+{WS}"

# "Associated Press"  "Reuters"  "REUTERS"  "The Associated Press"  "Reuter"  "Fox News"
AFFILIATION = rf"(?i:\L<affiliations>){_WORD_BOUNDARY}"

# "For The Associated Press"  "for Reuters"  "For CNN": AP's underline for freelancers
# and stringers ("The underline 'For The Associated Press' remains available", AP memo of
# 2010 retiring "Associated Press Writer", Poynter). Kept in the affiliation group; the
# model holds the organisation and the flag Byline.for_affiliation.
FOR = rf"(?i:for){WS}"
FOR_AFFILIATION = rf"(?:{FOR})?+{AFFILIATION}"

# "Redakteurin für Finanzen"  "Correspondent for Asia": one capitalised word of beat
# after the head.
TITLE_FIELD = rf"(?:{WS}(?:für|for){WS}\p{{Lu}}\p{{Ll}}++{_WORD_BOUNDARY})?+"

# "AP Medical Writer"  "Associated Press Writer"  "AP medical writer"  "Ap Sports Writer"
# "Staff Writer"  "Chief White House Correspondent": agency, up to three modifiers, a head.
TITLE_NO_FIELD = (
    rf"(?i:(?:\L<affiliations>{WS})?(?:\L<title_modifiers>{WS}){{0,3}}\L<title_heads>)"
    rf"{_WORD_BOUNDARY}"
)
TITLE = rf"{TITLE_NO_FIELD}{TITLE_FIELD}"

# "Writer for Agenzia Nazionale Stampa Associata": a title, then "for" and an affiliation,
# where TITLE_FIELD would take "for" and a first capitalised word.
TITLE_FOR = rf"{TITLE_NO_FIELD}{WS}{FOR}{AFFILIATION}"

# Timestamps pages print with a byline, kept as written.
# "February 28 2024"  "Feb. 28, 2024"
STAMP_MDY = rf"{_MONTH_FIRST}(?i:\L<months>)\.?+{WS}\d{{1,2}}+(?:st|nd|rd|th)?+,?+{WS}\d{{4}}+"
# "16 September 2024"  "28 Apr 2024"  "23 APR 2024"  "28. April 2024"
STAMP_DMY = rf"\d{{1,2}}+\.?+{WS}{_MONTH_FIRST}(?i:\L<months>)\.?+,?+{WS}\d{{4}}+"
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
STAMP_LABEL = rf"{_LABEL_FIRST}(?i:\L<stamp_labels>):?+{WS}"
# "February 28 2024, 9:54 a.m."  "05.06.2025 um 14:46"  "14:00, 28 Apr 2024"
# "Published 10:15 AM EDT, May 5, 2024"
STAMP = (
    rf"(?:{STAMP_LABEL})?+"
    rf"(?:{STAMP_DATE}(?:{STAMP_JOIN}{STAMP_TIME})?+|{STAMP_TIME}{STAMP_JOIN}{STAMP_DATE})"
)
# ","  "|"  "•"  "·": the marks pages set between a byline's names and what closes it, a
# title, an affiliation or a timestamp ("By Jane Doe | Reuters", "By Jane Doe • Associated
# Press", "By Jane Doe · March 3, 2024"), as one site's template joins its fields.
TAIL_MARKS = ",|\u2022\u00b7"

# Before a closing timestamp: a mark of TAIL_MARKS or a space.
STAMP_SEP = rf"(?:{OPT_WS}[{TAIL_MARKS}]{OPT_WS}|{WS})"

# ", "  " | "  " • "  " ": before a title or an affiliation ("... MILLER Associated Press").
TAIL_SEP = rf"(?:{OPT_WS}[{TAIL_MARKS}]{OPT_WS}|{WS})"

# " / "  "/"  " - "  " — ": before an affiliation alone, as web pages set the agency apart
# ("By Jane Doe / AFP", "By Jane Doe - Reuters"); never before a title, and only a listed
# agency or outlet may follow, so "By Jane Doe - the market fell." is no byline.
AGENCY_SEP = rf"(?:{OPT_WS}/{OPT_WS}|{WS}(?:--|[\-–—]){WS})"

# Lenient: a closing full stop ("By Colin Brinsden, Reuters.") or colon is dropped.
END = rf"[.:]?{OPT_WS}\Z"

#: A title or affiliation (and a timestamp) that runs to the end of the line, or a
#: timestamp alone: no name word may start one ("Jane Doe May 5, 2024").
TAIL_AHEAD = (
    rf"(?:(?:{TITLE}(?:{TAIL_SEP}{FOR_AFFILIATION})?|{TITLE_FOR}|{AFFILIATION})"
    rf"(?:{STAMP_SEP}{STAMP})?"
    rf"|{STAMP}){END}"
)

# "MD"  "Ph.D."  "PHD"  "Esq.": post-nominal letters (CREDENTIALS), with or without points.
CREDENTIAL = rf"(?=\p{{Lu}})(?i:\L<credentials>){WORD_END}"

# ", Jr."  ", III"  ", MD"  ", Ph.D.": a suffix set off by a comma stays with its name.
COMMA_SUFFIX = (
    rf"{OPT_WS},{OPT_WS}(?:(?:Jr\.|Sr\.|JR\.|SR\.|Jr|Sr|JR|SR|II|III|IV){WORD_END}|{CREDENTIAL})"
)

# "Dr. "  "DR. "  "Prof. "  "Professor ": an honorific before a name stays with it.
HONORIFIC = rf"(?=\p{{Lu}})(?i:\L<honorifics>){WS}"

#: Where a tail may start at all: a digit or the first word of a list entry (one
#: cheap look-up before the whole of TAIL_AHEAD is tried at a name word).
TAIL_START = r"(?=\p{N}|(?i:\L<tail_first>)(?![\p{L}\p{M}\p{N}]))"

#: Suffixes after a name: up to three ("Jane Doe, MD, MPH").
SUFFIXES = rf"(?:{COMMA_SUFFIX}){{0,3}}"

# "JOSEPH KRAUSS"  "Peter Torday"  "Martin Luther King, Jr."  "Dr. Jane Doe, MD"
AUTHOR = rf"(?P<author>(?:{HONORIFIC})?{name_pattern(TAIL_START + TAIL_AHEAD)}{SUFFIXES})"

# ", "  " and "  ", and "  " AND "  " & "  " und "  " et "
LIST_SEP = rf"(?:{OPT_WS},{OPT_WS}(?:{CONJUNCTION}{WS})?|{WS}{CONJUNCTION}{WS})"

# "JOSEPH KRAUSS and ZEKE MILLER"  "LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER"
AUTHORS = rf"{AUTHOR}(?:{LIST_SEP}{AUTHOR})*+"

# The same without the guard, for lines where no word could start a tail (see _Grammar).
PLAIN_AUTHOR = rf"(?P<author>(?:{HONORIFIC})?{name_pattern()}{SUFFIXES})"
PLAIN_AUTHORS = rf"{PLAIN_AUTHOR}(?:{LIST_SEP}{PLAIN_AUTHOR})*+"

# "AP Medical Writer"  "AP Medical Writer, Associated Press"  "Writer for Agenzia Nazionale
# Stampa Associata": a title, then an affiliation; where the title's field ("Correspondent
# for Asia") takes "for" and leaves no byline, "for" and a listed affiliation (TITLE_FOR).
TITLE_TAIL = (
    rf"(?:(?P<title>{TITLE})(?:{TAIL_SEP}(?P<affiliation>{FOR_AFFILIATION}))?"
    rf"|(?P<title>{TITLE_NO_FIELD}){WS}(?P<affiliation>{FOR}{AFFILIATION}))"
)

# ", AP Medical Writer"  ", Reuters"  " / AFP"  " For The Associated Press": with its
# separator. Without "By" only a TITLE_TAIL will do, for a name and an agency alone
# ("Patrick Semansky, ASSOCIATED PRESS") is how photo credits look.
TAIL = (
    rf"(?:{TAIL_SEP}(?:{TITLE_TAIL}|(?P<affiliation>{FOR_AFFILIATION}))"
    rf"|{AGENCY_SEP}(?P<affiliation>{FOR_AFFILIATION}))"
)

# "By" may only be left out when a job title or a timestamp with a time closes the
# line (checked by parse_byline).
NO_INTRO = rf"(?!(?i:by|par|por){WORD_END})"

# "05.06.2025 um 14:46 von": a timestamp opens the line only before the intro.
LEAD_STAMP = rf"(?:(?P<timestamp>{STAMP}){WS}(?={INTRO}))?+"


# "By JOSEPH KRAUSS and ZEKE MILLER Associated Press"  "MARIA CHENG AP medical writer"
# "Amy Gibbons Political Correspondent 16 September 2024 9:33pm"
def _byline(authors: str) -> str:
    return (
        rf"{OPT_WS}{LEAD_STAMP}(?:{INTRO}|{NO_INTRO})"
        rf"(?P<authors>{authors})"
        rf"(?(intro)(?:{TAIL})?|(?:{TAIL_SEP}{TITLE_TAIL})?)"
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

#: A letter followed by a digit: no piece of the grammar writes one ("Writer14:00").
_LETTER_DIGIT = regex.compile(r"\p{L}\p{N}")


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
    # The pieces of names and intros: no tail starts with them (not in tail_first).
    lists["honorifics"] = sorted(HONORIFICS, key=lambda f: (-len(f), f))
    lists["credentials"] = sorted(_credential_forms(), key=lambda f: (-len(f), f))
    lists["byline_leads"] = sorted(BYLINE_LEADS, key=lambda f: (-len(f), f))
    return lists


def _credential_forms() -> set[str]:
    """The written forms of CREDENTIALS: "PhD" and "Ph.D.", "MD" and "M.D.", "Esq" and "Esq.".

    The form with points puts one after each part that starts with a capital of
    the display form; matched without regard to case.
    """
    forms = set()
    for display in CREDENTIALS.values():
        forms.add(display)
        forms.add("".join(f"{part}." for part in re.findall(r"[A-Z][a-z]*", display)))
    return forms


# "By The Associated Press"  "By Reuters"  "By AP staff"  "By Reuters Staff": an
# organisation signs the story, no person does. Only names of the agency and outlet
# tables count, so "By the numbers" or "By Monday" never read as one.
STAFF = rf"(?:\L<affiliations>){WS}(?i:staff|staff{WS}writers?)(?![\p{{L}}\p{{M}}\p{{N}}])"
ORG_BYLINE = rf"{OPT_WS}{INTRO}(?:(?P<title>{STAFF})|(?P<affiliation>{AFFILIATION})){END}"

# "By JOSEPH KRAUSS and" ...: how far a line reads as a byline, for the error message.
BYLINE_PREFIX = rf"{OPT_WS}(?:{INTRO}|{NO_INTRO})(?P<authors>{AUTHORS})"

# What follows the names, read from where they end (see _quick): with "By", and without.
REST = rf"(?:{TAIL})?(?:{STAMP_SEP}(?P<timestamp>{STAMP}))?{END}"
REST_NO_INTRO = rf"(?:{TAIL_SEP}{TITLE_TAIL})?(?:{STAMP_SEP}(?P<timestamp>{STAMP}))?{END}"
# After a leading timestamp ("05.06.2025 um 14:46 von ..."): "By", so a tail, and no
# further timestamp. The groups are numbered as in REST (see _tail).
REST_LEAD = rf"(?:{TAIL})?(?:(?P<timestamp>(?!)))?+{END}"
# What follows the names where no title or affiliation can start (see _rest): a closing
# timestamp at most ("... Mazurov February 28 2024, 9:54 a.m.").
REST_STAMP = rf"(?:{STAMP_SEP}(?P<timestamp>{STAMP}))?{END}"
# The leading timestamp as LEAD_STAMP reads it, up to the intro; not optional here.
LEAD = rf"{OPT_WS}(?P<timestamp>{STAMP}){WS}(?={INTRO})"

# "ByEmma MackenzieLifestyle Writer14:00, 28 Apr 2024|comments"  "...TravelBySophie Foster...":
# Reach plc pages glue "By" to the names, and page words to "By".
GLUED_INTRO = rf"(?P<intro>By){OPT_WS}(?=\p{{Lu}})"
# "Writer14:00, 28 Apr 2024": the timestamp glued to the last letter of the title.
GLUED_STAMP = rf"(?<=\p{{L}})(?P<timestamp>{STAMP})"


@attrs.frozen
class _Grammar:
    """The compiled patterns for one agency table, and the words that can start a tail.

    The name guard (no name word may start a title, affiliation or timestamp
    that runs to the end) costs a look-up in the word lists at every word. A
    tail or timestamp can only start at a digit or at a word that is the first
    word of a list entry, so a line with none of those is read with ``plain``,
    the names alone without the guard: neither guard nor tail could match there.
    """

    #: The word lists the patterns are compiled with (``byline`` and ``prefix`` are
    #: compiled from them on first use).
    lists: dict[str, list[str]] = attrs.field(eq=False)
    plain: regex.Pattern[str]
    org: regex.Pattern[str]
    first_words: frozenset[str]
    #: The pieces of a glued byline: its intro, timestamp, names and title.
    glued_intro: regex.Pattern[str]
    glued_stamp: regex.Pattern[str]
    names: regex.Pattern[str]
    title: regex.Pattern[str]
    #: The pieces of the quick reader (see _quick): the name guard and what follows the names.
    tail_ahead: regex.Pattern[str]
    rest: regex.Pattern[str]
    rest_no_intro: regex.Pattern[str]
    #: A leading timestamp before "By", and what follows the names after one.
    lead: regex.Pattern[str]
    rest_lead: regex.Pattern[str]
    #: What follows the names where no title or affiliation starts (see _rest).
    rest_stamp: regex.Pattern[str]
    #: The look-ups of _rest, in lower case: the first words of titles and affiliations,
    #: the affiliations of ASCII letters and single spaces, and every word of a title head;
    #: and whether they are exact for ASCII text (else _rest leaves every line to ``rest``).
    tail_words: frozenset[str]
    plain_affiliations: frozenset[str]
    head_words: frozenset[str]
    tails_exact: bool
    #: The title modifiers and heads of ASCII letters and single spaces, in lower case,
    #: for _title_ends; and whether no entry of a title's lists holds a digit (see _rest).
    plain_modifiers: frozenset[str]
    plain_heads: frozenset[str]
    titles_digitless: bool
    #: Whether no list entry holds a letter followed by a digit: then no line with one
    #: ("Writer14:00") can match ``byline`` or ``org`` (see parse_byline).
    no_letter_digit: bool
    #: Whether no entry of the lists of a tail that is letters and spaces alone holds
    #: the word "for" or "für": then no entry runs into a title's field (see _rest).
    fields_apart: bool
    #: The most words of a phrase of ``plain_modifiers`` or ``plain_heads``, and of
    #: ``plain_affiliations``: no longer run of words is looked up (see _title_ends).
    title_words: int
    affiliation_words: int

    #: ``byline`` and ``prefix`` once compiled, by name.
    _lazy: dict[str, regex.Pattern[str]] = attrs.field(factory=dict, init=False, eq=False)

    @property
    def byline(self) -> regex.Pattern[str]:
        """The whole grammar (``BYLINE``), compiled on first use.

        It and ``prefix`` are the largest patterns here, more than half a second
        to compile with their word lists, and most lines never need them: the
        quick readers settle them, ``plain`` reads a line without a tail, and
        ``prefix`` only places the caret of an error. Compiled when first asked
        for, they cost ``import newsparse`` nothing.
        """
        return self._compiled("byline", BYLINE)

    @property
    def prefix(self) -> regex.Pattern[str]:
        """How far a line reads as a byline (``BYLINE_PREFIX``), compiled on first use."""
        return self._compiled("prefix", BYLINE_PREFIX)

    def _compiled(self, key: str, pattern: str) -> regex.Pattern[str]:
        compiled = self._lazy.get(key)
        if compiled is None:
            compiled = self._lazy[key] = compile_with_names(pattern, self.lists)
        return compiled

    def match(self, text: str) -> regex.Match[str] | None:
        words = _TOKEN.findall(text)
        if any(w.casefold() in self.first_words or w[0].isdigit() for w in words):
            return self.byline.fullmatch(text)
        return self.plain.fullmatch(text)


def _grammar() -> _Grammar:
    lists = _lists()
    first_words = frozenset(w.casefold() for w in lists["tail_first"])
    return _Grammar(
        lists,
        compile_with_names(PLAIN_BYLINE, lists),
        compile_with_names(ORG_BYLINE, lists),
        first_words,
        compile_with_names(GLUED_INTRO, lists),
        compile_with_names(GLUED_STAMP, lists),
        compile_with_names(PLAIN_AUTHORS, lists),
        compile_with_names(TITLE, lists),
        compile_with_names(TAIL_AHEAD, lists),
        compile_with_names(REST, lists),
        compile_with_names(REST_NO_INTRO, lists),
        compile_with_names(LEAD, lists),
        compile_with_names(REST_LEAD, lists),
        compile_with_names(REST_STAMP, lists),
        *_tail_words(lists),
        not any(
            _LETTER_DIGIT.search(entry) is not None
            for entries in (*lists.values(), *NAME_LISTS.values())
            for entry in entries
        ),
        _fields_apart(lists),
        *_phrase_words(lists),
    )


def _phrase_words(lists: dict[str, list[str]]) -> tuple[int, int]:
    """The most words of a plain title modifier or head, and of a plain affiliation."""
    titles = _plain_phrases(lists["title_modifiers"]) | _plain_phrases(lists["title_heads"])
    affiliations = _plain_phrases(lists["affiliations"])
    return (
        max((phrase.count(" ") + 1 for phrase in titles), default=0),
        max((phrase.count(" ") + 1 for phrase in affiliations), default=0),
    )


def _fields_apart(lists: dict[str, list[str]]) -> bool:
    """Whether no entry of letters and spaces alone has "for" or "für" among its words.

    Only such an entry can match words of letters around a field ("Redakteurin
    für Finanzen") without regard to case; "AP/Report for America" cannot.
    """
    return not any(
        {"for", "für"} & {word.lower() for word in _TOKEN.findall(entry)}
        and all(ch.isalpha() or ch == " " for ch in entry)
        for key in ("affiliations", "title_modifiers", "title_heads")
        for entry in lists[key]
    )


def _tail_words(
    lists: dict[str, list[str]],
) -> tuple[
    frozenset[str], frozenset[str], frozenset[str], bool, frozenset[str], frozenset[str], bool
]:
    """The look-ups of :func:`_rest` (see :class:`_Grammar`) over the word lists.

    Words are kept in lower case, which is exact for ASCII text: the lists are
    matched with simple case folding, and a word of ASCII text folds like a
    listed word only when both are the same in lower case, save a listed word
    with a character outside ASCII that folds into ASCII (the Kelvin sign "K"):
    with any such word, or an entry that starts with no letter or digit (so
    has no first word), the look-ups are not exact.
    """
    entries = [*lists["affiliations"], *lists["title_modifiers"], *lists["title_heads"]]
    firsts = [_TOKEN.match(entry) for entry in entries]
    exact = all(first is not None for first in firsts) and all(
        ch.isascii() or not (ch.lower() + ch.casefold()).isascii()
        for entry in entries
        for ch in entry
    )
    tail_words = frozenset(first.group().lower() for first in firsts if first is not None)
    plain = _plain_phrases(lists["affiliations"])
    heads = frozenset(
        word.lower() for head in lists["title_heads"] for word in _TOKEN.findall(head)
    )
    modifiers = _plain_phrases(lists["title_modifiers"])
    digitless = not any(ch.isdigit() for entry in entries for ch in entry)
    return (
        tail_words,
        plain,
        heads,
        exact,
        modifiers,
        _plain_phrases(lists["title_heads"]),
        digitless,
    )


def _plain_phrases(entries: list[str]) -> frozenset[str]:
    """The entries of ASCII letters and single spaces, in lower case."""
    return frozenset(
        entry.lower()
        for entry in entries
        if entry.isascii() and entry.replace(" ", "").isalpha() and "  " not in entry
    )


#: The grammar for the agency table in use: a new row is known at once.
_patterns = per_table(_grammar)


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

_INTRO_ONLY = compile_with_names(
    rf"{OPT_WS}(?P<intro>{INTRO_WORDS.format(lead=LEAD_WORD)}):?+(?={HSPACE}|\Z){OPT_WS}",
    {"byline_leads": list(BYLINE_LEADS)},
)


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
    >>> org = parse_byline("By The Associated Press")  # an organisation signs, no person
    >>> org.authors, org.affiliation, org.for_affiliation
    ((), 'The Associated Press', False)
    >>> parse_byline("Von Hannah Ritzmann, Redakteurin 09.09.2025, 15:15 Uhr").timestamp
    '09.09.2025, 15:15 Uhr'
    >>> byline = parse_byline("By JANE DOE For The Associated Press")
    >>> byline.affiliation, byline.for_affiliation, str(byline)
    ('The Associated Press', True, 'By JANE DOE, For The Associated Press')

    ``timestamp`` is the date and time a page prints with the byline, as written,
    or ``None``; ``str()`` writes it last. ``place`` is where the authors filed
    from, as written ("By Jane Doe in London"; "By Anthony Zurcher, BBC News,
    Washington"), or ``None``; ``str()`` writes it after "in", or after a comma
    when a title or affiliation comes before it. ``for_affiliation`` is true when "For"
    introduces the affiliation, AP's underline for freelancers and stringers
    ("For The Associated Press"); ``str()`` writes it as "For".
    """

    authors: tuple[Person, ...] = attrs.field()
    affiliation: str | None = None
    title: str | None = None
    timestamp: str | None = None
    for_affiliation: bool = False
    place: str | None = None
    span: Span = span_field()

    def __attrs_post_init__(self) -> None:
        if self.for_affiliation and (self.affiliation is None or not self.authors):
            msg = f"Expected authors and an affiliation after 'For', got {self!r}"
            raise ValueError(msg)
        if self.place is not None and (not self.authors or self.timestamp is not None):
            msg = f"Expected authors and no timestamp with a place, got {self!r}"
            raise ValueError(msg)
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
        affiliation = f"For {self.affiliation}" if self.for_affiliation else self.affiliation
        tail = "".join(f", {part}" for part in (self.title, affiliation) if part)
        stamp = f" {self.timestamp}" if self.timestamp else ""
        if self.place is not None:  # BBC's ", BBC News, Washington"; else Reuters' " in London"
            stamp = f", {self.place}" if tail else f" in {self.place}"
        return f"By {text}{tail}{stamp}"


def parse_byline(text: str) -> Byline:
    """Read one byline line: "By A and B, AP Medical Writer", "MARIA CHENG AP medical writer".

    >>> parse_byline("By Martin Hayes and Jane Merriman, Reuters").authors[1].raw
    'Jane Merriman'

    Raises:
        ParseError: ``text`` is not a byline (see the module docstring).
    """
    check_line(text, "a byline", MAX_LEN)
    try:
        return _parse_line(text)
    except ParseError:
        byline = _placed(text) or _special_to(text)
        if byline is None:
            raise
        return byline


def read_byline(text: str) -> Byline | None:
    """:func:`parse_byline`, but ``None`` where it raises: for callers that drop the error.

    Says no without working out where reading stopped (``_diagnose`` runs a large
    pattern, compiled on first use), as a story's classifier tries many lines
    that are no bylines.
    """
    try:
        check_line(text, "a byline", MAX_LEN)
    except ParseError:
        return None
    try:
        return _parse_line(text, diagnose=False)
    except ParseError:
        return _placed(text) or _special_to(text)


def _parse_line(text: str, *, diagnose: bool = True) -> Byline:
    """The byline of ``text`` without a place or "Special to" closing it (see parse_byline).

    Where no reading fits, the error says where reading stopped when ``diagnose``,
    else only that the line is no byline (for callers that drop it).
    """
    grammar = _patterns()
    # A letter followed by a digit ("Writer14:00") is in no line that the grammar reads
    # (see _Grammar.no_letter_digit), so in none that _quick reads (it gives only the
    # grammar's readings): such a line can only be glued. A glued byline holds "By" and
    # a clock time (a colon): only then is the test made first, sparing _quick.
    glued = None
    if ":" in text and "By" in text:
        glued = grammar.no_letter_digit and _LETTER_DIGIT.search(text) is not None
    reading = None if glued else _quick(text, grammar)
    if reading is None:
        if glued is None:
            glued = grammar.no_letter_digit and _LETTER_DIGIT.search(text) is not None
        match = None if glued else grammar.match(text)
        if match is None:
            org = None if glued else grammar.org.fullmatch(text)
            if org is None:
                byline = _glued(text, grammar) or _unintroduced(text)
                if byline is None:
                    raise _diagnose(text) if diagnose else _not_read(text)
                return byline
            end = max(org.end("title"), org.end("affiliation"))
            return Byline(
                (),
                affiliation=org.group("affiliation"),
                title=org.group("title"),
                span=(org.start("intro"), end),
            )
        reading = _Reading.of(match)
    try:
        return _build(text, reading)
    except ParseError:
        if reading.intro < 0 and (byline := _unintroduced(text)) is not None:
            return byline  # "Mia Rabson The Canadian Press"
        raise


# --- a place or "Special to" after the byline ----------------------------------------------

#: One capitalised word of a place name: "London", "Kyiv", "St.", "Rio", "Port-au-Prince".
_PLACE_WORD = regex.compile(r"\p{Lu}[\p{L}\p{M}.'’\-]*+")

#: " in " before the place of "By Jane Doe in London".
_IN = " in "


def _is_place(place: str) -> bool:
    """Whether ``place`` is a known place, or up to three capitalised words and one.

    Known places are the dateline tables' cities that stand alone, US states,
    Canadian provinces and countries: "London", "Washington", "Ukraine"; "Kyiv,
    Ukraine" or "Darmstadt, Germany" name a place by the known one after the comma.
    """
    if place.casefold() in _PLACES:
        return True
    town, comma, known = place.rpartition(", ")
    if not comma or known.casefold() not in _PLACES:
        return False
    words = town.split(" ")
    return len(words) <= 3 and all(_PLACE_WORD.fullmatch(word) for word in words)


def _placed(text: str) -> Byline | None:
    """A byline closed by the place its authors filed from, or ``None``.

    Reuters and AFP write it after "in" ("By Jane Doe in London", "By Jane Doe
    and John Roe in Kyiv, Ukraine"); BBC News after its own name, set off by a
    comma ("By Anthony Zurcher, BBC News, Washington"), so after a comma only an
    affiliation or a title may stand before the place: "By Jane Doe, New York"
    stays refused. The place is a known one (:func:`_is_place`), the line opens
    with "By" (or another intro), and what stands before the place is a byline
    without a timestamp. A place after one author only ("By Erika Solomon in
    Beirut and Borzou Daragahi, ...", the Financial Times) is not read.
    """
    body = text.rstrip()
    body = body.removesuffix(".")
    if _INTRO_ONLY.match(text) is None:
        return None
    splits = []
    at = body.rfind(_IN)
    if at > 0:
        splits.append((at, at + len(_IN), False))
    comma = len(body)
    for _ in range(2):  # "..., Washington" and "..., Kyiv, Ukraine"
        comma = body.rfind(",", 0, comma)
        if comma <= 0:
            break
        splits.append((comma, comma + 1, True))
    for end, start, after_comma in splits:
        place = body[start:].strip()
        if not _is_place(place):
            continue
        try:
            head: Byline | None = _parse_line(body[:end], diagnose=False)
        except ParseError:
            head = _special_to(body[:end]) if after_comma else None
        if (
            head is None
            or not head.authors
            or head.timestamp is not None
            or (after_comma and head.title is None and head.affiliation is None)
        ):
            continue
        return attrs.evolve(head, place=place, span=(head.span[0], len(body)))
    return None


#: ", Special to The Washington Post": the underline of a contributor who is no staff
#: member (AP Stylebook, "special to"; "By Jane Doe, Special to The Post", washingtonpost.com;
#: "Special to the Star Tribune"). The words after "the": capitalised, "and" or "of" between.
_SPECIAL_TO = regex.compile(
    r",[ \t]*+(?P<title>(?i:special[ \t]++to[ \t]++the)[ \t]++\p{Lu}[\p{L}\p{M}.'’\-]*+"
    r"(?:[ \t]++(?:(?:and|of)[ \t]++)?+\p{Lu}[\p{L}\p{M}.'’\-]*+){0,4}+)\.?+[ \t]*+\Z"
)


def _special_to(text: str) -> Byline | None:
    """A byline whose title is "Special to" and an outlet, or ``None``.

    What stands before it must be a byline with "By" and authors alone: no
    title, affiliation, timestamp or place.
    """
    at = text.lower().rfind(", special to ")
    if at < 0 or _INTRO_ONLY.match(text) is None:
        return None
    found = _SPECIAL_TO.match(text, at)
    if found is None:
        return None
    try:
        head = _parse_line(text[:at], diagnose=False)
    except ParseError:
        return None
    if (
        not head.authors
        or head.title is not None
        or head.affiliation is not None
        or head.timestamp is not None
    ):
        return None
    return attrs.evolve(head, title=found.group("title"), span=(head.span[0], found.end("title")))


#: The spans of a part the line does not hold, as ``regex`` gives them.
_NO_TAIL: tuple[Span, Span, Span] = ((-1, -1), (-1, -1), (-1, -1))


class _Reading:
    """Where the parts of a byline stand in its line: from the grammar, or from :func:`_quick`.

    Ends are -1 for a part the line does not hold, as ``regex`` gives them.
    """

    __slots__ = (
        "affiliation",
        "affiliation_end",
        "authors",
        "authors_end",
        "intro",
        "stamp_span",
        "timestamp",
        "title",
        "title_end",
    )

    def __init__(
        self,
        intro: int,
        authors: list[tuple[str, int, int]],
        authors_end: int,
        text: str,
        tail: tuple[Span, Span, Span] = _NO_TAIL,
    ) -> None:
        self.intro = intro  # where the intro starts, or -1
        self.authors = authors  # (raw, start, end) of each name
        self.authors_end = authors_end
        # The spans of title, affiliation and timestamp, sliced from the text: what
        # ``group()`` gives, without a look-up of each group by name.
        (start, self.title_end), (aff_start, self.affiliation_end), self.stamp_span = tail
        self.title: str | None = text[start : self.title_end] if start >= 0 else None
        self.affiliation: str | None = (
            text[aff_start : self.affiliation_end] if aff_start >= 0 else None
        )
        stamp_start, stamp_end = self.stamp_span
        self.timestamp: str | None = text[stamp_start:stamp_end] if stamp_start >= 0 else None

    @classmethod
    def of(cls, match: regex.Match[str]) -> _Reading:
        authors = [
            (raw, start, end)
            for raw, (start, end) in zip(
                match.captures("author"), match.spans("author"), strict=True
            )
        ]
        return cls(match.start("intro"), authors, match.end("authors"), match.string, _tail(match))


def _tail(match: regex.Match[str]) -> tuple[Span, Span, Span]:
    """The spans of title, affiliation and timestamp in a match of the grammar or of ``rest``.

    Read from ``regs`` by group number: a group that occurs twice in a pattern
    ("affiliation" after a title or alone) is one group, as for ``span(name)``.
    """
    index = match.re.groupindex
    regs = match.regs
    return regs[index["title"]], regs[index["affiliation"]], regs[index["timestamp"]]


def _unintroduced(text: str) -> Byline | None:
    """A byline with no "By" ending with an agency that signs so (``UNINTRODUCED_AFFILIATIONS``).

    Read as the same line with "By" before it, and only when the first author's first
    word is a given name (as for a bare name): "Mia Rabson, The Canadian Press".
    """
    body = text.rstrip()
    if not any(body.endswith(f" {aff}") for aff in UNINTRODUCED_AFFILIATIONS):
        return None
    start = len(text) - len(text.lstrip())
    try:
        byline = parse_byline(f"By {text[start:]}")
    except ParseError:
        return None
    if byline.affiliation not in UNINTRODUCED_AFFILIATIONS or not byline.authors:
        return None
    if not is_bare_name(byline.authors[0].raw):
        return None
    shift = start - 3
    authors = tuple(
        attrs.evolve(a, span=(a.span[0] + shift, a.span[1] + shift)) for a in byline.authors
    )
    return attrs.evolve(byline, authors=authors, span=(start, byline.span[1] + shift))


def _build(text: str, reading: _Reading) -> Byline:
    """The byline a reading of ``text`` gives, or the ParseError a byline without "By" earns."""
    timestamp = reading.timestamp
    if (
        reading.intro < 0
        and reading.title is None
        and (
            (timestamp is None and not _bare(text, reading))  # "Supreme Court" alone
            or (timestamp is not None and _CLOCK.search(timestamp) is None)
            or any(raw.casefold() in _PLACES for raw, _, _ in reading.authors)
        )
    ):
        msg = "Expected a job title after the names of a byline without 'By'"
        raise ParseError(msg, text, reading.authors_end)
    _check_people(text, reading)
    authors = []
    for raw, start, end in reading.authors:
        if not has_full_word(raw):
            msg = "Expected a person's name with a full given or family name, not initials only"
            raise ParseError(msg, text, start)
        authors.append(_person(raw, display_name(raw), (start, end)))
    first = reading.intro if reading.intro >= 0 else reading.authors[0][1]
    if timestamp is not None:
        first = min(first, reading.stamp_span[0])
    last = max(
        reading.authors_end, reading.title_end, reading.affiliation_end, reading.stamp_span[1]
    )
    affiliation = reading.affiliation
    for_affiliation = False
    if affiliation is not None and affiliation[:3].lower() == "for":
        found = _FOR.match(affiliation)
        if found is not None:  # "For The Associated Press": no listed affiliation starts so
            affiliation, for_affiliation = affiliation[found.end() :], True
    return _byline_model(
        tuple(authors),
        affiliation,
        reading.title,
        timestamp,
        (first, last),
        for_affiliation=for_affiliation,
    )


def _check_people(text: str, reading: _Reading) -> None:
    """Raise ParseError where an author of ``reading`` is no person's name.

    Precision first: an organisation, a desk, a place or a title read as a name
    refuses the line. No author may hold a word of ``NEWSROOM_WORDS`` ("By Jane
    Doe, Reuters Health", "By Reuters Breakingviews"), a word of a title head
    ("By Grace Hopper, Senior Reporter Ada Lovelace"), or an abbreviated month
    ("... Jonathan Gitlin Sept"). The last author set off by a comma alone,
    where AP lists end with "and" and outlets stand ("By Jane Doe, Moscow
    Times", "By Jane Doe, New York", "Von Anna Schmidt, ARD Studio Paris"), must
    be a name that can hardly be anything else: ``is_bare_name`` (a listed given
    name first, no place, organisation or title word); "By Jane Doe, John Smith"
    stays a byline of two. A byline after "Por" must open with such a name too,
    for Spanish headlines are capitalised on some pages ("Por Qué Importa").
    """
    authors = reading.authors
    for raw, start, _ in authors:
        for word in _NAME_WORD.findall(raw):
            if (
                word in _NOT_PERSON
                or (word.isupper() and word.capitalize() in _NOT_PERSON)
                or word.rstrip(".") in MONTH_ABBREVIATIONS
            ):
                msg = "Expected a person's name, not an organisation, a desk, a title or a date"
                raise ParseError(msg, text, start)
    last_raw, last_start, _ = authors[-1]
    after_comma = len(authors) > 1 and text[authors[-2][2] : last_start].strip() == ","
    if after_comma and not is_bare_name(last_raw):
        msg = "Expected a person's name with a known given name after the comma"
        raise ParseError(msg, text, last_start)
    spanish = reading.intro >= 0 and text[reading.intro : reading.intro + 3].lower() == "por"
    if spanish and not is_bare_name(authors[0][0]):
        msg = "Expected a person's name with a known given name after 'Por'"
        raise ParseError(msg, text, authors[0][1])


#: The words of a name as _check_people looks them up: letters, and apostrophes or
#: hyphens inside ("O'Neal" is one word, "Ou-Yang" too).
_NAME_WORD = regex.compile(r"[\p{L}\p{M}]++(?:['’\-][\p{L}\p{M}]++)*+")

#: Words no name holds: newsroom words, and the single words of title heads.
_NOT_PERSON = frozenset(
    (
        *NEWSROOM_WORDS,
        *(head.capitalize() for head in TITLE_HEADS if " " not in head),
    )
)


#: "For " before an affiliation (see FOR_AFFILIATION).
_FOR = regex.compile(rf"(?i:for){WS}")


def _person(raw: str, name: str, span: Span) -> Person:
    """A :class:`Person` of a parsed byline, built without the ``attrs`` ``__init__``.

    Person has no converters or validators: this sets the same fields, only faster.
    """
    person: Person = _new(Person)
    _put(person, "raw", raw)
    _put(person, "name", name)
    _put(person, "span", span)
    return person


def _byline_model(
    authors: tuple[Person, ...],
    affiliation: str | None,
    title: str | None,
    timestamp: str | None,
    span: Span,
    *,
    for_affiliation: bool = False,
) -> Byline:
    """A :class:`Byline` with at least one author, built without the ``attrs`` ``__init__``.

    ``__attrs_post_init__`` checks only bylines without authors, so skipping it
    for one with authors changes nothing; there are no converters or validators.
    """
    byline: Byline = _new(Byline)
    _put(byline, "authors", authors)
    _put(byline, "affiliation", affiliation)
    _put(byline, "title", title)
    _put(byline, "timestamp", timestamp)
    _put(byline, "for_affiliation", for_affiliation)
    _put(byline, "place", None)
    _put(byline, "span", span)
    return byline


_new = object.__new__
_put = object.__setattr__


def _bare(text: str, reading: _Reading) -> bool:
    """Whether a line without intro, title or timestamp is one bare name that is a byline."""
    return (
        len(reading.authors) == 1
        and reading.authors_end == len(text.rstrip())  # no "." or ":" after the name
        and is_bare_name(reading.authors[0][0])
    )


# --- the quick reader ---------------------------------------------------------------------------

#: One name word of plain ASCII as WORD reads it: "Krauss", "O'NEIL", "al-Shibani", "d'Estaing".
_QUICK_WORD = regex.compile(
    rf"(?:(?:{'|'.join(sorted(JOINED_PARTICLES, key=len, reverse=True))})-"
    rf"|(?:{'|'.join(sorted(ELISIONS, key=len, reverse=True))})')?"
    r"[A-Z][A-Za-z]*+(?:[-'][A-Za-z]++)*+"
)
_QUICK_PARTICLES = frozenset(PARTICLES)
_QUICK_NOT_NAMES = frozenset(word.lower() for word in NOT_NAMES)
_QUICK_CONJUNCTIONS = frozenset(word.lower() for word in CONJUNCTIONS)
_QUICK_INTROS = frozenset(("by", "von", "par", "por"))
#: The words of BYLINE_LEADS ("Story by"), in lower case.
_QUICK_LEADS = frozenset(word.lower() for word in BYLINE_LEADS)
# ", Jr."  ", III": COMMA_SUFFIX, left to the grammar.
_QUICK_SUFFIXES = frozenset(("Jr", "Sr", "JR", "SR", "II", "III", "IV"))
# ", MD"  ", Ph.D.": CREDENTIAL, left to the grammar; in lower case, without a closing point.
_QUICK_CREDENTIALS = frozenset(form.rstrip(".").lower() for form in _credential_forms())
#: Horizontal spaces besides the plain space (HSPACE): a line with one is left to the grammar.
_OTHER_SPACES = frozenset("\u00a0\u2007\u2009\u202f")
#: What may follow "By" or "par" where WORD_END holds, within a word of the line.
_QUICK_WORD_ENDS = frozenset(("", ",", "|", ".", ":", ";"))
#: What :func:`_quick_name` gives for a word only the full grammar reads.
_UNSURE = (-1, -1, -1, False, None)
#: The leading run of letters and digits of a word, as the tail look-up sees it.
_QUICK_HEAD = regex.compile(r"[A-Za-z0-9]*+")
#: What END allows after the names: a full stop or colon, then horizontal space.
_END_MARKS = (".", ":")
_HSPACES = " \t\u00a0\u2007\u2009\u202f"


def _quick(text: str, grammar: _Grammar) -> _Reading | None:
    """The reading the grammar gives a plain line, found word by word; ``None`` to ask the grammar.

    The line's words are read in Python as the grammar reads them (names word
    by word, the guard against a tail tried only at a word that can start one,
    the list separators), and what follows the names is matched with the
    grammar's own piece for it. Only lines whose names are plain ASCII are read
    here, a leading timestamp only when it starts with a digit and "By" follows it
    (see :func:`_quick_words`); on anything else, and on every line that is no
    byline, ``None`` hands the line to the full grammar, so results and errors
    stay the grammar's. tests/test_byline.py checks both readings agree.
    """
    plain = _plain(text, grammar)
    if plain is not None:
        return plain
    split = _quick_words(text, grammar)
    if split is None:
        return None
    words, lead = split
    opening = _quick_intro(text, words, lead, grammar)
    if opening is None:
        return None
    intro, index = opening
    rest_pattern = (
        grammar.rest_lead if lead[0] >= 0 else grammar.rest if intro >= 0 else grammar.rest_no_intro
    )
    authors: list[tuple[str, int, int]] = []
    name = _quick_name(text, words, index, grammar, rest=rest_pattern, before=-1)
    if not isinstance(name, tuple) or name is _UNSURE:
        return None
    while True:
        name_start, name_end, index, comma, rest = name
        authors.append((text[name_start:name_end], name_start, name_end))
        if rest is not None or index >= len(words):
            break
        start, end = words[index]
        word = text[start:end]
        if comma:  # ", " then perhaps "and ": LIST_SEP, or COMMA_SUFFIX
            bare = word.rstrip(".,")
            if bare in _QUICK_SUFFIXES or bare.lower() in _QUICK_CREDENTIALS:
                return None
            if word.lower() in _QUICK_CONJUNCTIONS and end < len(text):
                index += 1
        elif word.lower() in _QUICK_CONJUNCTIONS and end < len(text):
            index += 1  # " and "
        elif word[0] == ",":
            return None
        else:
            break
        name = _quick_name(text, words, index, grammar, rest=rest_pattern, before=name_end)
        if name is _UNSURE:
            return None
        if not isinstance(name, tuple):
            rest = name  # no further name: what follows read from the last one's end
            break
    authors_end = authors[-1][2]
    if rest is None:
        after = text[authors_end:]
        if not (after[1:] if after[:1] in _END_MARKS else after).strip(_HSPACES):
            # END alone follows the names ("", ".", ":", spaces): ``rest`` would match
            # with no tail and no timestamp, as nothing else matches there.
            return _Reading(intro, authors, authors_end, text, (*_NO_TAIL[:2], lead))
        rest = _rest(text, authors_end, rest_pattern, grammar)
        if rest is None:
            return None
    title, affiliation, stamp = rest.spans
    return _Reading(
        intro, authors, authors_end, text, (title, affiliation, stamp if lead[0] < 0 else lead)
    )


def _quick_intro(
    text: str, words: list[tuple[int, int]], lead: Span, grammar: _Grammar
) -> tuple[int, int] | None:
    """Where the intro starts (-1 for none) and the index of the first name word, for _quick.

    ``None`` leaves the line to the grammar: a first word outside ASCII, an intro
    and nothing after it, a line NO_INTRO refuses, or one a timestamp may open.
    """
    start, end = words[0]
    first = text[start:end]
    if not first.isascii():
        return None
    lower = first.lower()
    if lower in _QUICK_INTROS and len(words) > 1:
        return start, 1
    if lower in _QUICK_LEADS and len(words) > 1 and _word(text, words[1]).lower() == "by":
        # "Story by Jane Doe": LEAD_WORD and "by" make the intro (INTRO).
        if len(words) < 3 or lead[0] >= 0:
            return None  # "Story by" and nothing after it, or a timestamp first: the grammar
        return start, 2
    if lead[0] >= 0:
        return None  # "By" and nothing after it: the grammar decides
    if (first[:2].lower() == "by" and first[2:3] in _QUICK_WORD_ENDS) or (
        first[:3].lower() in ("par", "por") and first[3:4] in _QUICK_WORD_ENDS
    ):
        return None  # NO_INTRO refuses: left to the grammar
    head = _QUICK_HEAD.match(first).group()  # type: ignore[union-attr]
    if not head or head[0].isdigit() or head.casefold() in grammar.first_words:
        return None  # a leading timestamp may stand here
    return -1, 0


#: "By Tom Davies"  "By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER": "By" and
#: names of ASCII letters alone, words one space apart, names apart by ", ", ", and " or
#: " and " (see _plain). Linear: no word holds a space, none starts with "and".
_PLAIN_NAME = r"(?:[A-Z][A-Za-z]* )+[A-Z][A-Za-z]*"
_PLAIN_SEPARATOR = re.compile(r"(, and |, | and )")
_PLAIN_LINE = re.compile(rf"[Bb][Yy] ({_PLAIN_NAME}(?:{_PLAIN_SEPARATOR.pattern}{_PLAIN_NAME})*)")
#: Words that leave a plain line to :func:`_quick_words`, in lower case: words that are
#: never names, conjunctions, particles and suffixes.
_PLAIN_REFUSED = (
    _QUICK_NOT_NAMES
    | _QUICK_CONJUNCTIONS
    | frozenset(word.lower() for word in PARTICLES)
    | frozenset(word.lower() for word in _QUICK_SUFFIXES)
    | _QUICK_CREDENTIALS
)


def _plain(text: str, grammar: _Grammar) -> _Reading | None:
    """The reading of a line of "By" and plain names (see ``_PLAIN_LINE``), or ``None``.

    The grammar reads such a line as "By" (INTRO), names and END: each name word
    is a WORD followed by a space, a comma or the end; each separator is a
    LIST_SEP; and when no word is a word that is never a name, a conjunction
    ("AND" inside a name), a particle, a suffix ("Jr", which a comma may keep
    with a name) or the first word of a title, an affiliation or a timestamp
    (``first_words``, where the name guard is tried), nothing else can be read
    there: no tail and no timestamp (which needs a digit). The names are the
    parts between the separators. Any other line is left to :func:`_quick_words`.
    """
    line = _PLAIN_LINE.fullmatch(text)
    if line is None:
        return None
    parts = _PLAIN_SEPARATOR.split(line.group(1))
    words = " ".join(parts[::2]).lower().split(" ")
    if not (_PLAIN_REFUSED.isdisjoint(words) and grammar.first_words.isdisjoint(words)):
        return None
    authors = []
    at = line.start(1)
    for index, part in enumerate(parts):
        if not index % 2:
            authors.append((part, at, at + len(part)))
        at += len(part)
    return _Reading(0, authors, len(text), text)


def _quick_words(text: str, grammar: _Grammar) -> tuple[list[tuple[int, int]], Span] | None:
    """The spans of the words of ``text`` after any leading timestamp, and that timestamp's span.

    Words are split at plain spaces; ``None`` for a line with other spaces or no
    word. A leading timestamp ("05.06.2025 um 14:46 von ...") is read with ``lead``,
    LEAD_STAMP required: LEAD_STAMP is possessive, so its first match is the
    grammar's, and it holds only where "By" follows it. Where it does not match,
    the grammar reads no byline after a digit either: ``None`` leaves the line to it.
    After a leading timestamp no closing one may follow (``rest_lead``).
    """
    if (not text.isascii() and not _OTHER_SPACES.isdisjoint(text)) or "\t" in text:
        return None  # words are split at plain spaces only
    lead = _NO_TAIL[2]
    at = 0
    if text.lstrip(" ")[:1].isdigit():
        found = grammar.lead.match(text)
        if found is None:
            return None
        lead, at = found.span("timestamp"), found.end()
    words: list[tuple[int, int]] = []
    for part in text[at:].split(" "):
        if part:
            words.append((at, at + len(part)))
        at += len(part) + 1
    if not words:
        return None
    return words, lead


class _Tail:
    """What follows the names of a line: the spans of title, affiliation and timestamp.

    As ``_tail()`` gives them from a match of ``rest``; (-1, -1) for a part not there.
    """

    __slots__ = ("spans",)

    def __init__(self, spans: tuple[Span, Span, Span]) -> None:
        self.spans = spans


#: A name as :func:`_quick_name` finds it: start, end, the index of the word after it,
#: whether a comma closes it, and what follows it when that is known already.
_Name = tuple[int, int, int, bool, "_Tail | None"]

#: TAIL_SEP (and STAMP_SEP) in the plain spaces of the lines _quick reads, and the
#: whole word after it when it is ASCII letters and digits: no letter, mark or digit
#: outside ASCII runs on from it.
_SEPARATOR_WORD = re.compile(r"(?: *[,|] *| +)([A-Za-z0-9]+)(?![^\x00-\x7f])")


def _rest(text: str, at: int, rest: regex.Pattern[str], grammar: _Grammar) -> _Tail | None:
    """What ``rest`` (one of the grammar's rest patterns) reads from ``at`` to the end, or ``None``.

    Common cases skip the patterns' list look-ups, which cost most where they
    fail. After the separator (TAIL_SEP: spaces, or a comma or bar between
    spaces; it can stand nowhere else) either

    - the first word is "for" and ``rest`` allows an affiliation: what ``rest``
      reads (FOR_AFFILIATION); or
    - the first word is no first word of a title or an affiliation: then no
      tail starts there, the optional tail is left out, and what ``rest``
      reads is what REST_STAMP reads from ``at`` (a closing timestamp and END;
      ``rest_lead`` allows no timestamp, so END alone); or
    - ``rest`` allows an affiliation alone (after "By") and the rest of the
      line is one listed affiliation of ASCII letters and single spaces,
      followed by spaces at most, none of whose words is a word of a title
      head: no title can be read there (a head would be whole words of it),
      no timestamp (it needs a digit), and the only reading is the affiliation;
      or
    - words of ASCII letters one space apart, without "for" (no TITLE_FIELD),
      run to the end or to a word that starts with a digit, and no entry of
      a title's lists holds a digit (``titles_digitless``), so a title read
      there ends within those words. If only all of them make a title
      (:func:`_title_ends`), that is the title, no affiliation can follow it
      (none starts with a digit), and what follows is what REST_STAMP reads
      there; if no leading words make one and ``rest`` allows no affiliation
      alone (without "By"), no tail is read, and what follows is what
      REST_STAMP reads from ``at``. Other readings are left to ``rest``.

    Each case is taken only for ASCII words, where the look-ups in lower case
    are exact (``tails_exact``); any other line is read with ``rest``.
    """
    sep = _SEPARATOR_WORD.match(text, at) if grammar.tails_exact else None
    if sep is not None:
        word = sep.group(1).lower()
        if word not in grammar.tail_words:
            if word == "for" and rest is not grammar.rest_no_intro:
                # "For The Associated Press" (FOR_AFFILIATION): read with ``rest``.
                found = rest.fullmatch(text, at)
                return None if found is None else _Tail(_tail(found))
            if rest is grammar.rest_lead:
                return _Tail(_NO_TAIL) if _ends(text, at) else None
            found = grammar.rest_stamp.fullmatch(text, at)
            return None if found is None else _Tail((*_NO_TAIL[:2], found.span("timestamp")))
        if rest is not grammar.rest_no_intro:
            start = sep.start(1)
            tail = text[start:].rstrip(" ")
            if (
                tail.lower() in grammar.plain_affiliations
                and tail.isascii()
                and grammar.head_words.isdisjoint(tail.lower().split(" "))
            ):
                return _Tail(((-1, -1), (start, start + len(tail)), (-1, -1)))
        if rest is not grammar.rest_lead and grammar.titles_digitless:
            title = _TITLE_WORDS.match(text, sep.start(1))
            ends = None
            if title is not None:
                words = title.group(1).lower().split(" ")
                ends = _title_ends(words, grammar) if "for" not in words else None
            if ends is None:  # a title with a field ("für Finanzen"), or another shape
                titled = _titled(text, sep.start(1), grammar) if grammar.fields_apart else None
                if titled is not None:
                    return titled
            elif title is not None:
                if ends == {len(words)}:
                    found = grammar.rest_stamp.fullmatch(text, title.end(1))
                    if found is not None:
                        stamp = found.span("timestamp")
                        return _Tail((title.span(1), (-1, -1), stamp))
                elif not ends and rest is grammar.rest_no_intro:
                    found = grammar.rest_stamp.fullmatch(text, at)
                    return (
                        None if found is None else _Tail((*_NO_TAIL[:2], found.span("timestamp")))
                    )
    found = rest.fullmatch(text, at)
    return None if found is None else _Tail(_tail(found))


#: A title with a field ("Redakteurin für Finanzen", "Correspondent for Asia"): words of
#: ASCII letters one space apart, "für" or "for", a capitalised word of ASCII letters, then
#: a word that starts with a digit or the end. Linear: words are split at single spaces.
_FIELD_WORDS = re.compile(
    r"(((?:[A-Za-z]+ )*[A-Za-z]+) (?:für|for) [A-Z][a-z]+)(?: (?=[0-9])| *\Z)"
)


def _titled(text: str, start: int, grammar: _Grammar) -> _Tail | None:
    """The tail of a title with a field from ``start`` and a closing timestamp, or ``None``.

    For :func:`_rest`, for a ``rest`` that allows a title, on ASCII look-ups
    (``tails_exact``) in lists without a digit (``titles_digitless``) and no
    entry that holds the field's word (``fields_apart``), where ``_FIELD_WORDS``
    matches at ``start`` and "for" is none of the words before the field. If
    only all of those words make a title (:func:`_title_ends`), every reading of
    a title ends there, and TITLE_FIELD, possessive, takes the field: " für" or
    " for", one space, a capitalised word of lower-case letters that a space or
    the end closes. No affiliation can follow (none starts with a digit); no
    affiliation alone or timestamp can be read over the words (no entry holds
    "für"/"for", a timestamp needs a date after a label or month, not "für").
    What follows the title is what REST_STAMP reads there; ``None`` where it
    reads nothing or the line has another shape, leaving the line to ``rest``.
    """
    field = _FIELD_WORDS.match(text, start)
    if field is None:
        return None
    words = field.group(2).lower().split(" ")
    if "for" in words or _title_ends(words, grammar) != {len(words)}:
        return None
    end = field.end(1)
    found = grammar.rest_stamp.fullmatch(text, end)
    if found is None:
        return None
    return _Tail(((start, end), (-1, -1), found.span("timestamp")))


#: Words of ASCII letters one space apart, then a word that starts with a digit or the end:
#: where a title without a field ("für Finanzen") may run to before a timestamp.
_TITLE_WORDS = re.compile(r"((?:[A-Za-z]+ )*[A-Za-z]+)(?: (?=[0-9])| *\Z)")


def _title_ends(words: list[str], grammar: _Grammar) -> set[int]:
    """How many of the leading ``words`` (in lower case) make a TITLE without a field.

    TITLE is an optional affiliation, up to three modifiers and a head, without
    regard to case; in ASCII words of letters one space apart each is whole
    words, so the word lists' phrases of such words are looked up, every way
    of reading them tried. Runs of more words than the longest phrase of a list
    (``title_words``, ``affiliation_words``) are not looked up: none is in it.
    """
    size = len(words)
    heads = grammar.plain_heads
    modifiers = grammar.plain_modifiers
    longest = grammar.title_words
    ends: set[int] = set()
    todo = [(0, 0)]
    phrase = words[0]
    for k in range(1, min(size, grammar.affiliation_words + 1)):
        if k > 1:
            phrase += " " + words[k - 1]
        if phrase in grammar.plain_affiliations:
            todo.append((k, 0))
    while todo:
        at, count = todo.pop()
        phrase = words[at]
        for k in range(at + 1, min(size, at + longest) + 1):
            if k > at + 1:
                phrase += " " + words[k - 1]
            if phrase in heads:
                ends.add(k)
            if count < 3 and k < size and phrase in modifiers:
                todo.append((k, count + 1))
    return ends


def _ends(text: str, at: int) -> bool:
    """Whether END matches ``text`` from ``at``: a full stop or colon at most, then spaces."""
    after = text[at:]
    return not (after[1:] if after[:1] in _END_MARKS else after).strip(_HSPACES)


def _quick_name(
    text: str,
    words: list[tuple[int, int]],
    index: int,
    grammar: _Grammar,
    *,
    rest: regex.Pattern[str],
    before: int,
) -> _Name | _Tail | None:
    """One name from word ``index`` on, as ``name_pattern`` with the tail guard reads it.

    Returns the name's start and end, the index of the word after it, whether a
    comma closes it, and what ``rest`` reads after it (see :func:`_rest`) when the
    guard found the tail; ``_UNSURE`` if a word needs the full grammar (an initial,
    a full stop). Where no name stands, what ``rest`` reads from ``before`` (the
    end of the name before) when the tail starts here, else ``None``.

    The guard is tried where a word can start a tail. A tail that runs to the end
    is what ``rest`` reads after the names, so ``rest`` is tried first, from where
    the name would end: if it matches, the guard holds there and the names end.
    """
    count = 0
    first = -1
    last = -1
    comma = False
    while index < len(words):
        position = index
        while position < len(words):  # particles: "van der" before a word
            start, end = words[position]
            if text[start:end] not in _QUICK_PARTICLES:
                break
            position += 1
        if position >= len(words):
            break
        start, end = words[position]
        word = text[start:end]
        comma = word[-1] == ","
        if comma:
            word = word[:-1]
        head = _quick_head(word)
        if head is None:
            return _UNSURE
        lower = word.lower()
        if (
            not head
            or lower in _QUICK_NOT_NAMES
            or (lower in _QUICK_CONJUNCTIONS and not comma and end < len(text))
        ):
            comma = False
            break
        if head.lower() in grammar.first_words:
            after = last if count >= 2 else before if count == 0 else -1
            if after >= 0:
                found = _rest(text, after, rest, grammar)
                if found is not None:
                    return (first, last, index, False, found) if count >= 2 else found
            if grammar.tail_ahead.fullmatch(text, start) is not None:
                comma = False
                break
        if first < 0:
            first = words[index][0]
        count += 1
        last = end - 1 if comma else end
        index = position + 1
        if comma:
            break
    if count < 2:
        return None
    return first, last, index, comma, None


def _quick_head(word: str) -> str | None:
    """The letters a name word starts with, as the tail look-up sees them.

    The empty string for a word that is no name word ("the", "|", "14:00"), and
    ``None`` for one only the full grammar reads ("J.", "Jr.", "Davies.", "Müller").
    """
    if not word.isascii():
        return None
    if word.isalpha():  # the common case, without a pattern: "Krauss"  "the"
        return word if word[0].isupper() else ""
    if not word or _QUICK_WORD.fullmatch(word) is None:
        return None if word[:1].isupper() or "-" in word or "'" in word else ""
    return _QUICK_HEAD.match(word).group()  # type: ignore[union-attr]


def _word(text: str, span: tuple[int, int]) -> str:
    """The word of ``text`` at ``span``."""
    return text[span[0] : span[1]]


def _glued(text: str, grammar: _Grammar) -> Byline | None:
    """A byline glued together with page words (see the module docstring), or ``None``."""
    for intro in grammar.glued_intro.finditer(text):
        # The timestamp starts at a digit glued to a letter: only there is it tried.
        stamp = None
        for glue in _LETTER_DIGIT.finditer(text, intro.end()):
            stamp = grammar.glued_stamp.match(text, glue.start() + 1)
            if stamp is not None:
                break
        if stamp is None:
            return None
        if _CLOCK.search(stamp.group("timestamp")) is None:
            continue
        start, end = intro.end(), stamp.start()
        splits = [
            (names, at)
            for at in _junctions(text, start, end)
            if (names := _glued_names(text, start, at, grammar)) is not None
            and _is_title(text, at, end, grammar)
        ]
        if len(splits) != 1:
            continue
        names, at = splits[0]
        if not all(has_full_word(raw) for raw, _ in names):
            continue
        authors = tuple(_person(raw, display_name(raw), span) for raw, span in names)
        return _byline_model(
            authors, None, text[at:end], stamp.group("timestamp"), (intro.start(), stamp.end())
        )
    return None


#: Words of ASCII letters one space apart.
_LETTER_WORDS = re.compile(r"(?:[A-Za-z]+ )*[A-Za-z]+")


def _is_title(text: str, start: int, end: int, grammar: _Grammar) -> bool:
    """Whether ``grammar.title`` matches all of ``text[start:end]``.

    Words of ASCII letters one space apart without "for" (no field) are looked
    up in the word lists (see :func:`_title_ends`), where that is exact.
    """
    if grammar.tails_exact and _LETTER_WORDS.fullmatch(text, start, end) is not None:
        words = text[start:end].lower().split(" ")
        if "for" not in words:
            return len(words) in _title_ends(words, grammar)
    return grammar.title.fullmatch(text, start, end) is not None


#: A capital after a lower-case letter, in ASCII: "MackenzieLifestyle".
_ASCII_JUNCTION = re.compile(r"(?<=[a-z])[A-Z]")


def _junctions(text: str, start: int, end: int) -> list[int]:
    """Where a capital follows a lower-case letter in ``text[start + 1 : end]``.

    ASCII text is searched with one pattern; other text character by character
    with ``str.isupper`` and ``str.islower``, which the pattern equals on ASCII.
    """
    if text.isascii():
        return [m.start() for m in _ASCII_JUNCTION.finditer(text, start + 1, end)]
    return [at for at in range(start + 1, end) if text[at].isupper() and text[at - 1].islower()]


def _glued_names(
    text: str, start: int, end: int, grammar: _Grammar
) -> list[tuple[str, Span]] | None:
    """The names of a glued byline that ``grammar.names`` reads in ``text[start:end]``, or ``None``.

    The common case without a pattern: two or more words of ASCII letters one
    space apart, each capitalised and none a particle, a word that is never a
    name or a conjunction. Each is then a name word of WORD, and with no comma
    or conjunction between them they make one name: the whole text.
    """
    region = text[start:end]
    if region.isascii():
        words = region.split(" ")
        if len(words) > 1 and all(
            word.isalpha()
            and word[0].isupper()
            and word not in _QUICK_PARTICLES
            and word.lower() not in _QUICK_NOT_NAMES
            and word.lower() not in _QUICK_CONJUNCTIONS
            for word in words
        ):
            return [(region, (start, end))]
    names = grammar.names.fullmatch(text, start, end)
    if names is None:
        return None
    return list(zip(names.captures("author"), names.spans("author"), strict=True))


def _not_read(text: str) -> ParseError:
    """The error of a line no reading fits, with no diagnosis (see _parse_line)."""
    return ParseError("Expected a byline", text, 0)


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
