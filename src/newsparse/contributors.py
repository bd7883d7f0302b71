"""Contributor lines and taglines: who else worked on a story, in what role, from where.

    >>> line = parse_contributors(
    ...     "Associated Press writer Natalie Melzer in Tel Aviv, Israel contributed to this report."
    ... )
    >>> [(c.name, c.location, c.role, c.affiliation) for c in line.contributions]
    [('Natalie Melzer', 'Tel Aviv, Israel', 'writer', 'Associated Press')]
    >>> str(parse_contributors("(Reporting by Andy Bruce in London; Editing by Joyjeet Das)"))
    'Reporting by Andy Bruce in London; Editing by Joyjeet Das'

The grammar, from its named pieces below::

    LINE     = LEAD ["("] CLAUSE {(CLAUSE_SEP | TAG_CLAUSE_SEP) CLAUSE} END [")"] END
    CLAUSE   = TAG GROUPS                              "Reporting by A and B in Paris"
             | NAMES REPORTED PLACE {LIST_SEP NAMES FROM PLACE}   "Hunt reported from Cincinnati"
             | CREDIT {CHAIN CREDIT}                   "... contributed to this report"
    CREDIT   = (GROUP | [ROLE_START] GROUPS) {LIST_SEP (GROUP | ROLE_START GROUPS)}
               CONTRIBUTED [FROM PLACE]
    GROUP    = AGENCY PLURAL_ROLE [SCOPE]                "AP journalists around the world"
    SCOPE    = SCOPE_PART {[", and" | "and"] SCOPE_PART}  "in statehouses across the country"
    GROUPS   = NAME {LIST_SEP NAME} [LOC_INTRO PLACE] {LIST_SEP NAME ... }
    NAME     = AGENCY_CREDIT | PERSON [OF_AGENCY]      "Reuters Staff"  "A of Reuters"
    PLACE    = CITY {REGION}
    CONTRIBUTED = [","] [ADVERB] "contributed" ["to this report" | ...] ["reporting"]

"Also" before "contributed" ("AP writer Michael Melia also contributed to this
report.", "Associated Press Writer Michael Melia in Hartford, Connecticut, also
contributed to this report."), an adverb of :mod:`newsparse._tables.roles`, is read
as CONTRIBUTED's other optional words are and not kept: the line renders without it.
It does not make a sentence a credit: "Jane Smith also contributed $5,000 to the
campaign." and "AP also contributed to the confusion." are refused as they are
without it.

Agencies' own credits. Where a name takes no job title (a credit without one, a
tagline), a news agency of the agency table may stand in its place, its staff word
included: "The Associated Press contributed to this report.", "With files from The
Canadian Press", "Mit Material von dpa", "Reporting by Reuters Staff". Such a
contribution has no ``name``; its ``affiliation`` is the agency. "Reuters Staff" is
never a person's name. A credit's name without a title may be followed by "of" and
its agency ("Jane Doe of Reuters contributed."). Reuters joins tagline clauses
with a comma too, before a tagline phrase ("(Reporting by A, editing by B)"): a
comma before a name goes on with the list.

An agency in the possessive before a credit's names is the agency of each of them,
as "of AGENCY" is of one: "CNN's Kylie Atwood, Kristen Holmes and Shanshan Wang
contributed to this report." gives three names of CNN, without a role; it renders
"Kylie Atwood of CNN, ...". Only a news agency of the agency table, written as the
table lists it or in capitals: "CNBC's Mike Sheen ..." or "ABC News' Ann Reynolds
..." are refused, and a word in the possessive is never part of a name ("Jane Doe
and CNN's John Roe" is refused).

The New York Times' forms: "Kitty Bennett contributed research." gives the role
"research" (names without a title or an agency, the sentence's end after it;
rendered "Research by Kitty Bennett"); "Reporting was contributed by A and B from
New York and C from Washington." is a tagline whose places follow "from" (or
"in"), its place groups also parted by semicolons ("A from Lakeland, Fla.; B from
Santa Monica, Calif."); a place there that names an organisation or an agency
("from The Times", "from Reuters") is refused.

Group credits. A news agency of the agency table and a plural job title of the
roles table are the agency's staff of that role, not named persons: AP's
"Associated Press journalists across the U.S. contributed to this report.", "AP
journalists around the world contributed to this report.", "Associated Press
reporters in statehouses across the country contributed." Such a contribution has
no ``name``, the job title as ``role`` and the agency as ``affiliation``; its
``location`` is the scope, one to three parts of a scope word and a place or a
scope place of :mod:`newsparse._tables.roles` ("around the world"), as written,
or the place alone where the scope is "in PLACE" ("in Washington" gives
"Washington", as for a person). A group may stand before or after titled names
in one credit ("Associated Press writer Jane Doe and AP journalists across the
country contributed."), and its agency carries over to later titles; names
without a title may not follow it. No agency, no group: "Reporters across the
U.S. contributed" is refused.

Every name of a credit ("Associated Press writers A and B in Washington and
C in New York contributed.") is a full personal name as :mod:`newsparse._names`
reads it (two or more name words); taglines and "X reported from Y" also take
a family name alone ("Colvin reported from Washington."). A job title carries
over to the names after it until the next title, and an agency to the titles
after it ("Associated Press writer A and video journalist B" are both of the
AP), and into a credit chained with ", and" ("... writers A and B contributed
from X, and C contributed from Y": C is a writer too). A place belongs to the
names just before it; "contributed from Y" gives its place to the names of the
credit that have none. A region after a city and a comma is a US state,
province or country of :mod:`newsparse._tables.places` or
:mod:`newsparse._tables.regions` ("Israel", "Rhode Island", "Colo.", "N.C.",
"W. Va."); anything else after the comma starts the next name ("... in Ankara,
Turkey, Zeynep Bilginsoy in Istanbul").

Fields. ``role`` is the role's singular in lower case
(:mod:`newsparse._tables.roles`): the job title ("writer", "health writer",
"video journalist"), the tagline's role ("reporting", also for "Additional
reporting by", "editing", "writing", "compiling", "translating", "assistance"
for Bloomberg's "With assistance from" and German "Mitarbeit:", "files" for "With
files from" and "Mit Material von"), "reporting" for "X reported from Y", and
``None`` for names credited without a title ("Jim Heintz in Moscow ...
contributed."), whose affiliation is then that of "of" ("Jane Doe of Reuters") or
none. ``affiliation`` is the canonical name of the agency in the agency
table, not the form written: "AP writer", "Associated Press writer" and "The
Associated Press writer" all give ``"Associated Press"``, so the same credit
compares equal however it was written. ``location`` is the place as written,
its region included, without the sentence's closing full stop; an
abbreviation keeps its point ("Washington, D.C."). These are the conventions of
the hand labels in ``tests/corpus/labels.jsonl``.

Trailing text that pages run into the line, a "Follow X on Twitter" sentence,
a copyright notice (also glued to the last word: "Jan DoolanCopyright: ..."),
Reuters.com's "Our Standards: The Thomson Reuters Trust Principles." or Reuters'
contact block after its tagline ("(Reporting by A; Editing by B)
((a.b@thomsonreuters.com; +1 ...))"), ends the line: ``span`` stops before it.
A desk is no person: a name holding an organisation word or a plural job title
("Reporting by Bengaluru Newsroom", "Reporting by Correspondents") is refused.
Not contributor lines, each refused with :class:`ParseError`: sentences that
merely contain "contributed" ("The writers contributed to the debate."), names
holding a word of an organisation
("California Federal Savings and Loan Association contributed ..."), names
without a title whose bare "contributed" does not end the sentence, a tagline
phrase in lower case at the start ("produced by Sandy Howard."), "Follow X on
Twitter ..." alone, corrections, copyright lines, AFP desk initials
("bur-jm/rl"), a lone "By", runs of dashes or parentheses.

Rendering. ``str(line)`` is canonical text: AP credits as sentences ending
"contributed to this report." (a group with its agency's canonical name, its plural
title and its scope: "Associated Press journalists around the world"), one per run
of contributions that one sentence can hold; tagline roles as Reuters clauses
joined with "; " ("Reporting by A in Paris; Editing by B"); "X reported from Y" is
rendered as "Reporting by X in Y". ``parse_contributors(str(line)) == line`` for
every line it returns.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from typing import TYPE_CHECKING, Any, NoReturn, TypeAlias

import attrs
import regex

from newsparse import _lookup
from newsparse._grammar import APOSTROPHES, DASH, DASH_CHARS, OPT_WS, WS
from newsparse._lookup import agency_forms, find_agency, per_table
from newsparse._names import (
    NAME_LISTS,
    NAME_TOKEN,
    TOKEN_CAPTURED,
    captured_name_pattern,
    cut_at_not_name,
    display_name,
    has_full_word,
    name_pattern,
    starts_not_name,
)
from newsparse._serialize import Serializable
from newsparse._tables.particles import ABBREVIATIONS, CONJUNCTIONS, NOT_NAMES, PARTICLES
from newsparse._tables.places import CA_PROVINCES, COUNTRIES, US_STATES
from newsparse._tables.regions import EXTRA_REGIONS, PLACE_CONNECTORS
from newsparse._tables.roles import (
    CREDIT_ADVERBS,
    CREDIT_ROLES,
    FROM_PLACE_TAGS,
    NOT_CREDITS,
    ORGANISATION_WORDS,
    SCOPE_PLACES,
    SCOPE_WORDS,
    STAFF_WORDS,
    TAGLINE_ROLES,
)
from newsparse._types import Span, span_field
from newsparse.errors import ParseError, check_line

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping, Sequence

__all__ = ["Contribution", "ContributorLine", "parse_contributors"]

#: No contributor line is longer than this; longer text is refused before matching.
MAX_LEN = 2000

#: A letter with any combining marks.
LETTER = r"[\p{L}\p{M}]"

# --- Grammar pieces -----------------------------------------------------------------

# "—Associated Press writer ..."  "--With assistance from ..."  "— With assistance by ..."
LEAD = rf"{OPT_WS}(?:{DASH}{OPT_WS})?+"

# "(Reporting by Andy Bruce in London ...; Editing by Joyjeet Das)"
OPEN = rf"\({OPT_WS}"

# "... contributed to this report."  "... Greg Stohr and Justin Sink ."  "... Joyjeet Das)"
END = rf"{OPT_WS}\.?+{OPT_WS}"

# "Associated Press"  "AP"  "The Associated Press": an agency of the agency table.
AFFILIATION = r"(?P<affiliation>(?i:\L<agencies>))"

# "writer"  "writers"  "Health Writer"  "video journalists"  "Polling director"
ROLE = r"(?P<role>(?i:\L<roles>))"

# "Associated Press writers "  "AP Health Writer "  "and photographer ": a title before names.
ROLE_START = rf"(?:{AFFILIATION}{WS})?+{ROLE}{WS}(?=\p{{Lu}}|\L<name_joined>-)"

# "Reporting by "  "Additional reporting by "  "Editing by "  "With assistance from "  "Mitarbeit: "
TAG = rf"(?P<tag>(?i:\L<tags>)){WS}"

# "Natalie Melzer"  "Edith M. Lederer"  "Qassim Abdul-Zahra"  "Ilan Ben Zion": two or more words.
FULL_NAME = name_pattern()

# "Colvin"  "Andy Bruce": a family name alone as well (taglines, "X reported from Y").
ANY_NAME = rf"{NAME_TOKEN}(?:{WS}(?:\L<name_particles>{WS})*+{NAME_TOKEN})*+"

# FULL_NAME and ANY_NAME with each word captured and words that are never names
# let through: the reader cuts the name before the first such word, as the
# patterns above would stop there (see newsparse._names.cut_at_not_name).
FULL_NAME_CAPTURED = captured_name_pattern()
ANY_NAME_CAPTURED = rf"{TOKEN_CAPTURED}(?:{WS}(?:\L<name_particles>{WS})*+{TOKEN_CAPTURED})*+"

# " in Tel Aviv"  " at the United Nations"
LOC_INTRO = rf"{WS}(?:in|at){WS}"

# "Tel"  "Aviv"  "St."  "Port-au-Prince"  "U.S."
PLACE_WORD = (
    rf"(?:(?:\p{{Lu}}\.){{2,}}+|(?:St|Ste|Ft|Mt)\."
    rf"|\p{{Lu}}{LETTER}*+(?:[\-{APOSTROPHES}]{LETTER}++)*+)"
)

# "de " of "Rio de Janeiro", "of " of "Isle of Man", "am " of "Frankfurt am Main"
CONNECTOR = rf"\L<connectors>{WS}"

# "Tel Aviv"  "St. Louis"  "Rio de Janeiro"  "the United Nations"  "Trinidad and Tobago"
# Reuters: "JAKARTA/SURABAYA"  "KUALA LUMPUR" (several places joined by a slash, in capitals)
CITY = (
    rf"(?:the{WS})?+(?:\L<and_places>(?!{LETTER})"
    rf"|{PLACE_WORD}(?:(?:{WS}(?:{CONNECTOR})*+|/){PLACE_WORD})*+)"
)

# "also ": an adverb of the roles table between a credit's names (or their place) and
# "contributed" ("AP writer Michael Melia also contributed to this report."), in lower
# case; read, not kept. Plain text, for the pieces compiled without named lists.
ADVERB = rf"(?:{'|'.join(WS.join(map(re.escape, w.split(' '))) for w in CREDIT_ADVERBS)}){WS}"

# What may follow a region: a list or clause separator, "and", "contributed", the end.
REGION_END = (
    rf"(?={OPT_WS}(?:[,;:).]|\Z)"
    rf"|{WS}(?:and|und|(?:{ADVERB})?+contributed|reported|from)(?!{LETTER}))"
)

# ", Israel"  ", Ala."  ", N.C."  ", W. Va."  ", United Arab Emirates": a region after the city.
# One that ends in a point may also end a sentence without a further one ("D.C. Colvin ...").
REGION = rf"{OPT_WS},{OPT_WS}\L<regions>(?:{REGION_END}|(?<=\.)(?={WS}\p{{L}}))"

# ", "  " and "  ", and "  "; "  "; and "  " und ": between names, groups and titles.
LIST_SEP = rf"(?:{OPT_WS}[,;]{OPT_WS}(?:(?:and|und|&){WS})?+|{WS}(?:and|und|&){WS})"

# As LIST_SEP without the semicolon, which ends a tagline clause.
COMMA_SEP = rf"(?:{OPT_WS},{OPT_WS}(?:(?:and|und|&){WS})?+|{WS}(?:and|und|&){WS})"

# ", contributed to this report"  " contributed."  " contributed reporting"
# " contributed to this story"  ", also contributed to this report"
# " contributed research": The New York Times' credit of its researchers ("Eric Schmitt
# and Riley Mellen contributed reporting. Sheelagh McNeill contributed research.",
# "Katie Benner contributed reporting and Kitty Bennett contributed research.",
# nytimes.com stories in scrapers' test data): the role "research" (see
# :meth:`_Reader.credit`). Plain text: this piece also runs on ``re``.
CONTRIBUTED = (
    rf"(?:{OPT_WS},)?+{WS}(?:{ADVERB})?+contributed"
    rf"(?:{WS}(?P<research>research)(?![A-Za-z\-])"
    rf"|(?:{WS}to{WS}this{WS}(?:report|story|article))?+(?:{WS}reporting)?+)"
)

# " from Seattle"  (after "contributed" or in "... and Lemire from New York")
FROM = rf"{WS}from{WS}"

# " reported from Cincinnati"
REPORTED = rf"{WS}reported{WS}from{WS}"

# ", and Alan Fram contributed from Washington, D.C."  "... and Lemire from New York"
CHAIN = COMMA_SEP

# "... Mexico. Follow Spagat and Colvin on Twitter at ..."  "... Jan DoolanCopyright: Project ..."
# Trailing text pages run into a contributor line: a "Follow" sentence, a copyright
# notice (also glued to the last word). The line ends before it, as before the two
# trailers below; each is searched only where its words stand in the line (see
# _TRAILERS), as a search for a pattern that opens with a look-behind tries it at
# every character.
TRAILER = rf"(?:(?<=[.!?]){WS}|(?<=\p{{Ll}}))(?:Follow{WS}|Copyright(?!{LETTER})|©)"

# "... editing by Miral Fahmy Our Standards: The Thomson Reuters Trust Principles."
# The link Reuters.com has put under every story since 2017 (in scrapers' test texts,
# also glued: "Miral FahmyOur Standards: ...").
STANDARDS_TRAILER = rf"(?:(?<=[.!?]){WS}|;?+{WS}|(?<=\p{{Ll}}))Our{WS}Standards:"

# "(Reporting by Lananh Nguyen; Editing by Sinead Cruise) ((Lananh.Nguyen@thomsonreuters.com;
# +1 (646) 696 4829;))": Reuters' contact block in double parentheses after its
# tagline (Reuters copy on Nasdaq's pages).
CONTACT_TRAILER = rf"(?<=\)){WS}\(\((?=[^\s()@]++@)"

# "Follow "  "Contact "  "Sign ": page furniture that no clause starts with.
NOT_CREDIT = rf"(?i:\L<not_credits>)(?!{LETTER})"

# ". "  "; "  or a space after a word's own point ("... Washington, D.C. Colvin reported ...")
CLAUSE_SEP = rf"(?:{OPT_WS}[.;]{WS}|(?<=\.){WS})"

# ", editing by "  ", and additional reporting by ": Reuters also joins tagline clauses
# with a comma before a role in lower case ("(Reporting by Jane Doe, editing by Bob
# Roe)"). Only after a tagline clause, and only before a tagline phrase: a comma
# before a name goes on with the list ("Reporting by Jane Doe, Bob Roe and Ann Lee").
TAG_CLAUSE_SEP = rf"{OPT_WS},{WS}(?:and{WS})?+(?=(?i:\L<tags>){WS})"

#: Not a letter, a mark, a digit or a hyphen: where an agency's written form ends.
_FORM_END = r"(?![\p{L}\p{M}\p{N}\-])"

# "The Associated Press"  "Reuters"  "the Canadian Press"  "dpa"  "Reuters Staff"
# "Bloomberg News staff": a news agency of the agency table where a name stands, its
# staff word included. The agency's own contribution: "The Associated Press
# contributed to this report.", "With files from The Canadian Press", "Reporting by
# Reuters Staff". The form must be written as the table lists it (or in capitals),
# and a person's name that goes on past it is read as a name ("Ani Smith", though
# "ANI" is an agency): see :meth:`_Reader.agency_at`.
AGENCY_CREDIT = (
    rf"(?P<agency>(?:[Tt]he{WS})?+(?i:\L<agencies>)){_FORM_END}"
    rf"(?:{WS}(?P<staff>(?i:\L<staff>)){_FORM_END})?+"
)

# "CNN's "  "CNN’s "  "The Associated Press' "  "Reuters' ": a news agency of the agency
# table in the possessive before the names of a credit without a title, the agency of
# each of them: "CNN's Kylie Atwood, Kristen Holmes, Yong Xiong and Shanshan Wang
# contributed to this report." (CNN stories; "CNN’s Eliza Mackintosh and Kara Fox
# contributed to this report."), Fox News' "The Associated Press' Jane Doe
# contributed". The agency is written as the table lists it or in capitals (as
# GROUP's); an owner that is no news agency of the table ("ABC News' Ann Reynolds",
# "CNBC's Mike Sheen") leaves the line refused, never read as part of a name.
POSSESSIVE = (
    rf"(?P<agency>(?:[Tt]he{WS})?+\L<agencies_written>)"
    rf"(?:[{APOSTROPHES}][sS]|(?<=[sS])[{APOSTROPHES}]){WS}(?=\p{{Lu}})"
)

# " of The Associated Press"  " of Reuters": the agency of a person credited without a
# title ("Jane Doe of The Associated Press contributed.").
OF_AGENCY = rf"{WS}of{WS}(?P<agency>(?:[Tt]he{WS})?+(?i:\L<agencies>)){_FORM_END}"

# " across the U.S."  " around the world"  " in statehouses"  " in Washington": where an
# agency's staff of a role worked (a scope word of the roles table, then a place or a
# scope place of the table; "the world" is no place: CITY takes capitals only).
SCOPE_PART = (
    rf"(?:\L<scope_words>)(?!{LETTER}){WS}"
    rf"(?:\L<scope_places>(?!{LETTER})|{CITY}(?:{REGION})*+)"
)

# "across the U.S."  "in statehouses across the country"  "in Washington and around the
# world": one to three parts.
SCOPE = rf"{SCOPE_PART}(?:(?:{OPT_WS},{WS}and{WS}|{WS}and{WS}|{WS}){SCOPE_PART}){{0,2}}+"

# "in Washington"  "at the United Nations": a scope that is one place, kept as persons'
# places are ("Washington").
SCOPE_AS_PLACE = rf"(?:in|at){WS}(?!\L<scope_places>(?!{LETTER}))(?P<place>{CITY}(?:{REGION})*+)"

# "Associated Press journalists across the U.S."  "AP journalists around the world"
# "Reuters reporters"  "The Canadian Press photographers in Ottawa": a group credit, a news
# agency of the agency table and a plural job title of the roles table, its staff of
# that role rather than named persons, maybe with a scope; then "contributed" or a
# further title or group ("Associated Press writer Jane Doe and AP journalists across
# the country contributed."). The agency is written as the table lists it or in
# capitals, as AGENCY_CREDIT's must be: "Bloomberg news researchers" are Bloomberg's
# news researchers ("Bloomberg News" is written so).
GROUP = (
    rf"(?P<agency>(?:[Tt]he{WS})?+\L<agencies_written>){_FORM_END}"
    rf"{WS}(?P<role>(?i:\L<plural_roles>)){_FORM_END}"
    rf"(?:{WS}(?P<scope>{SCOPE}))?+"
    rf"(?=(?:{OPT_WS},)?+{WS}(?:{ADVERB})?+contributed(?!{LETTER})|{LIST_SEP})"
)

#: Roles whose contributions are written as tagline clauses ("Reporting by ...").
_TAG_ROLE_SET = frozenset(role for _, role in TAGLINE_ROLES)
#: The roles of job titles ("writer"), which take an agency ("Associated Press writer").
_CREDIT_ROLE_SET = frozenset(singular for singular, _ in CREDIT_ROLES)
#: Every role a contribution may have.
ROLES = _CREDIT_ROLE_SET | _TAG_ROLE_SET


#: A point inside an abbreviation, before its next letter: "W.|Va."
_SPACED_POINT = regex.compile(r"\.(?=\p{Lu})")


@cache
def _regions() -> list[str]:
    """Every region name written after a city and a comma, longest first."""
    names = {*EXTRA_REGIONS, *US_STATES, *CA_PROVINCES}
    for table in (US_STATES, CA_PROVINCES, COUNTRIES):
        for forms in table.values():
            names.update(forms)
    # "W.Va." is also written "W. Va.", "N.C." as "N. C."
    names.update(_SPACED_POINT.sub(". ", name) for name in list(names))
    return sorted(names, key=lambda name: (-len(name), name))


#: The space characters of ``HSPACE`` (:mod:`newsparse._grammar`), for quick tests.
_HSPACE = " \t\u00a0\u2007\u2009\u202f"
_HSPACE_CHARS = frozenset(_HSPACE)

#: For pieces that cannot match empty text, the characters a match can start
#: with, and those it can go on with after one space that another character
#: follows (``None``: any). :meth:`_Reader.take` skips the regex when the text
#: rules the piece out: most calls after a name fail on the word after the space.
_STARTS: dict[str, tuple[frozenset[str], frozenset[str] | None]] = {
    # "("
    "open": (frozenset("("), None),
    # " in "  " at "
    "loc_intro": (_HSPACE_CHARS, frozenset("ia")),
    # ", "  "; "  " and "  " und "  " & "  " , "
    "list_sep": (_HSPACE_CHARS | frozenset(",;"), frozenset(",;au&")),
    "comma_sep": (_HSPACE_CHARS | frozenset(","), frozenset(",au&")),
    # LOC_INTRO or the separator: either's characters
    "loc_or_list_sep": (_HSPACE_CHARS | frozenset(",;"), frozenset("ia,;u&")),
    "loc_or_comma_sep": (_HSPACE_CHARS | frozenset(","), frozenset("ia,u&")),
    "chain": (_HSPACE_CHARS | frozenset(","), frozenset(",au&")),
    # ", contributed"  " contributed"  " also contributed"
    "contributed": (
        _HSPACE_CHARS | frozenset(","),
        frozenset(",c") | frozenset(w[0] for w in CREDIT_ADVERBS),
    ),
    # " from "
    "from": (_HSPACE_CHARS, frozenset("f")),
    # " reported from "
    "reported": (_HSPACE_CHARS, frozenset("r")),
    # "."  " ."
    "stop": (_HSPACE_CHARS | frozenset("."), frozenset(".")),
    # ". "  "; "  " "  (the space after a word's own point)
    "clause_sep": (_HSPACE_CHARS | frozenset(".;"), None),
}

#: What "lead" and "end" can take before anything else: a space, a dash, a point.
_LEAD_CHARS = _HSPACE_CHARS | frozenset(DASH_CHARS + "-")
_END_CHARS = _HSPACE_CHARS | frozenset(".")
#: What a region's text starts with: a comma or space before it (see ``REGION``).
_REGION_START_CHARS = _HSPACE_CHARS | frozenset(",")
#: What may follow a region's last character (see ``REGION_END`` and ``REGION``).
_REGION_TAIL_CHARS = _HSPACE_CHARS | frozenset(",;:).")
#: The characters before which REGION_END's first branch matches (no space first).
_REGION_PUNCT = frozenset(",;:).")


@cache
def _region_set() -> tuple[frozenset[str], int, int]:
    """The names of :func:`_regions` as a set, and the lengths of the shortest and longest."""
    names = _regions()
    return frozenset(names), min(map(len, names)), max(map(len, names))


@cache
def _region_lengths() -> tuple[frozenset[str], int, dict[str, tuple[int, ...]]]:
    """The names of :func:`_regions`, and the lengths of those that start alike, longest first.

    Keyed by their first characters, as many as the shortest name has (a name
    matches only text that starts as it does).
    """
    names, shortest, _ = _region_set()
    lengths: dict[str, set[int]] = {}
    for name in names:
        lengths.setdefault(name[:shortest], set()).add(len(name))
    return names, shortest, {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}


@cache
def _ascii_cases(char: str) -> set[str]:
    """The ASCII characters, lower-cased, that ``char`` matches without case."""
    pattern = regex.compile(regex.escape(char), regex.IGNORECASE)
    return {chr(c).lower() for c in range(128) if pattern.fullmatch(chr(c))}


def _folded_prefixes(forms: Iterable[str]) -> frozenset[str]:
    """The first two letters of each of ``forms``, in every ASCII lower case a match can take.

    A piece that opens with a case-insensitive word list can only match where the
    next two characters, when both are ASCII, lower-cased, are one of these: the
    reader skips the regex elsewhere (:meth:`_Reader.peek_listed`). A character outside
    ASCII counts with every ASCII character it matches without case (the Kelvin
    sign matches "k").
    """
    out: set[str] = set()
    for form in forms:
        variants = [{c.lower()} if c.isascii() else _ascii_cases(c) for c in form[:2]]
        if len(variants) < 2:
            msg = f"Expected a word list entry of two characters or more, got {form!r}"
            raise ValueError(msg)
        out.update(a + b for a in variants[0] for b in variants[1] if len(a + b) == 2)
    return frozenset(p for p in out if p.isascii())


#: The key of the first words of a listed piece among the prefixes (see :func:`_compile`).
_WORDS_KEYS = {key: f"{key} words" for key in ("role_start", "tag", "not_credit", "listed")}


def _first_words(forms: Iterable[str]) -> frozenset[str] | None:
    """The first words of ``forms``, lower-cased: what an ASCII word must be to start one.

    For a piece whose word list entry is followed by a space ("role_start",
    "tag"): where it matches, the text up to its first space is, without case, the
    first word of an entry (a space matches only a space). The reader skips the
    regex where that text is ASCII and no such word (:meth:`_Reader.peek_listed`).
    ``None`` if an entry outside ASCII could match an ASCII word (none so far).
    """
    out: set[str] = set()
    for form in forms:
        word = form.split(" ")[0]
        if not word.isascii():
            if all(c.isascii() or _ascii_cases(c) for c in word):
                return None
            continue  # it cannot match an ASCII word
        out.add(word.lower())
    return frozenset(out)


class _Lazy(dict[str, Any]):
    """Patterns by name, each compiled by ``make`` when first looked up, then kept.

    A new process reads its first contributor line without paying for the pieces
    that line never reaches (the rare clauses: groups, scopes, "X of AGENCY"...).
    Only ``lazy[key]`` compiles, for a key of ``names``; any other raises ``KeyError``.
    """

    __slots__ = ("_make", "names")

    def __init__(self, names: Iterable[str], make: Callable[[str], Any]) -> None:
        super().__init__()
        self._make = make
        #: The keys it can compile.
        self.names = frozenset(names)

    def __missing__(self, key: str) -> Any:
        if key not in self.names:
            raise KeyError(key)
        value = self[key] = self._make(key)
        return value


_Patterns: TypeAlias = "_Lazy"
#: The pieces compiled with ``regex``, the prefixes of the listed ones, the patterns the
#: reader runs on any line and on an ASCII line.
_Built: TypeAlias = "tuple[_Patterns, dict[str, frozenset[str]], _Lazy, _Lazy]"


def _word_lists() -> dict[str, Any]:
    """The named lists of the pieces, from the tables (the agency table in use)."""
    roles = [form for row in CREDIT_ROLES for form in row]
    tags = [phrase for phrase, _ in TAGLINE_ROLES]
    return {
        **NAME_LISTS,
        "agencies": agency_forms("news"),
        "roles": sorted(roles, key=len, reverse=True),
        "tags": sorted(tags, key=len, reverse=True),
        "regions": _regions(),
        "and_places": [r for r in _regions() if " and " in r],
        "not_credits": list(NOT_CREDITS),
        "connectors": list(PLACE_CONNECTORS),
        "staff": list(STAFF_WORDS),
        "agencies_written": sorted(
            {w for form in agency_forms("news") for w in (form, form.upper())},
            key=len,
            reverse=True,
        ),
        "plural_roles": sorted((plural for _, plural in CREDIT_ROLES), key=len, reverse=True),
        "scope_words": sorted(SCOPE_WORDS, key=len, reverse=True),
        "scope_places": sorted(SCOPE_PLACES, key=len, reverse=True),
    }


def _compile() -> _Built:
    """Every piece the reader matches, compiled with the word lists of the tables.

    Also the opening letters of the pieces that start with a word list (see
    :func:`_folded_prefixes`), by piece, and the patterns the reader runs (see
    :func:`_engines`).
    """
    roles = [form for row in CREDIT_ROLES for form in row]
    tags = [phrase for phrase, _ in TAGLINE_ROLES]
    agencies = agency_forms("news")
    lists = _word_lists()
    pieces = {
        "lead": LEAD,
        "open": OPEN,
        "end": END,
        "role_start": ROLE_START,
        "tag": TAG,
        "full_name": FULL_NAME,
        "any_name": ANY_NAME,
        "full_name_captured": FULL_NAME_CAPTURED,
        "any_name_captured": ANY_NAME_CAPTURED,
        "loc_intro": LOC_INTRO,
        "city": CITY,
        "region": REGION,
        "region_tail": rf"(?:{REGION_END}|(?<=\.)(?={WS}\p{{L}}))",
        "list_sep": LIST_SEP,
        "comma_sep": COMMA_SEP,
        # After a name: LOC_INTRO, tried first, or the separator to the next name.
        "loc_or_list_sep": rf"(?P<loc>{LOC_INTRO})|{LIST_SEP}",
        "loc_or_comma_sep": rf"(?P<loc>{LOC_INTRO})|{COMMA_SEP}",
        # After a name of a tagline of FROM_PLACE_TAGS: " from " (or LOC_INTRO) before
        # its place, or the separator ("... Lazaro Gamio from New York and Alan ...").
        "loc_from_or_comma_sep": rf"(?P<loc>{LOC_INTRO}|{FROM})|{COMMA_SEP}",
        # Between names of such a tagline: COMMA_SEP, or a semicolon before a further
        # name and its "from" ("... from Lakeland, Fla.; Benjamin Guggenheim from
        # Santa Monica, Calif."); elsewhere a semicolon ends the clause, as in any
        # tagline ("...; Editing by", "...; The Associated Press contributed ...").
        "from_sep": rf"{COMMA_SEP}|{OPT_WS};{OPT_WS}(?:and{WS})?+(?={ANY_NAME}{FROM})",
        "contributed": CONTRIBUTED,
        "from": FROM,
        "reported": REPORTED,
        "chain": CHAIN,
        "clause_sep": CLAUSE_SEP,
        "tag_clause_sep": TAG_CLAUSE_SEP,
        "agency_credit": AGENCY_CREDIT,
        "of_agency": OF_AGENCY,
        "possessive": POSSESSIVE,
        "group": GROUP,
        "scope_as_place": SCOPE_AS_PLACE,
        "trailer": TRAILER,
        "standards_trailer": STANDARDS_TRAILER,
        "contact_trailer": CONTACT_TRAILER,
        "stop": rf"{OPT_WS}\.",
        "not_credit": NOT_CREDIT,
        "name_start": r"\p{Lu}|\L<name_joined>-|\L<name_particles>" + WS,
        # "Hunt reported from"  "Peoples reported from"  "A and B reported from"
        "reported_start": rf"{ANY_NAME}(?:{COMMA_SEP}{ANY_NAME})*+{REPORTED}",
        # "Lemire from"  "Lemire reported from" (further names of a "reported from" sentence)
        "reported_more": rf"{ANY_NAME}(?:{COMMA_SEP}{ANY_NAME})*+{WS}(?:reported{WS})?+from{WS}",
    }
    compiled = _Lazy(
        pieces, lambda key: regex.compile(pieces[key], regex.VERBOSE, ignore_unused=True, **lists)
    )
    prefixes = {
        "role_start": _folded_prefixes([*agencies, *roles]),
        "tag": _folded_prefixes(tags),
        "not_credit": _folded_prefixes(NOT_CREDITS),
    }
    prefixes["listed"] = prefixes["role_start"] | prefixes["tag"]
    for key, forms in (("role_start", [*agencies, *roles]), ("tag", tags)):
        words = _first_words(forms)
        if words is not None:
            prefixes[f"{key} words"] = words
    if "role_start words" in prefixes and "tag words" in prefixes:
        prefixes["listed words"] = prefixes["role_start words"] | prefixes["tag words"]
    # The agencies' forms as the table writes them (see _Reader.agency_at).
    prefixes["agency forms"] = frozenset(agencies)
    return compiled, prefixes, *_engines(pieces, lists, compiled)


def _engines(
    pieces: Mapping[str, str], lists: Mapping[str, Sequence[str]], compiled: _Patterns
) -> tuple[_Lazy, _Lazy]:
    """The patterns the reader runs: for any line, and for a line in ASCII.

    Python 3.11's ``re`` reads possessive quantifiers and atomic groups, and is
    several times faster than ``regex`` on the short matches the reader makes, so
    the pieces written without Unicode properties and named lists (``_PLAIN``) are
    compiled with it there, from the same text: they match the same. On an ASCII
    line the name and place pieces run as :func:`_ascii_piece` has them, which
    match there what the pieces match; names without their words captured (see
    :func:`_cut_ascii`). Every other piece is the ``regex`` one.
    """

    def plain(key: str) -> Any:
        if key in _PLAIN:
            return _ENGINE.compile(pieces[key], _ENGINE.VERBOSE)
        return compiled[key]

    def ascii_only(key: str) -> Any:
        if key in _ASCII:
            piece = _ascii_piece(pieces[key], lists).replace("(?P<tok>", "(?:")
            return _ENGINE.compile(piece, _ENGINE.VERBOSE)
        return plain_patterns[key]

    plain_patterns = _Lazy(pieces, plain)
    return plain_patterns, _Lazy(pieces, ascii_only)


#: The engine of the pieces in ``_PLAIN`` and ``_ASCII``: ``re`` where it reads
#: possessive quantifiers (Python 3.11 on), else ``regex``.
_ENGINE: Any = re if sys.version_info >= (3, 11) else regex

#: The pieces without Unicode properties or named lists: "lead", "open", separators...
_PLAIN = (
    "lead", "open", "end", "loc_intro", "list_sep", "comma_sep", "loc_or_list_sep",
    "loc_or_comma_sep", "chain", "contributed", "from", "reported", "clause_sep", "stop",
    "loc_from_or_comma_sep", "contact_trailer",
)  # fmt: skip

#: The last character outside ASCII.
_LAST_NOT_ASCII = re.compile(r"[^\x00-\x7f][\x00-\x7f]*\Z")

#: The pieces an ASCII line runs in their ASCII form (:func:`_ascii_piece`).
_ASCII = (
    "full_name_captured", "any_name_captured", "city", "role_start", "tag", "not_credit",
    "reported_start", "reported_more", "name_start", "region_tail", "trailer",
    "standards_trailer",
)  # fmt: skip

#: A named list in a pattern, ``\L<name>``, and one matched without case, ``(?i:\L<name>)``.
_NAMED_LIST = regex.compile(r"\\L<(\w+)>")
_FOLDED_LIST = regex.compile(r"\(\?i:\\L<(\w+)>\)")

#: Unicode properties as they match ASCII text, ``LETTER`` (a class) first.
_ASCII_PROPERTIES = (
    (LETTER, "[A-Za-z]"),
    (r"\p{Lu}", "[A-Z]"),
    (r"\p{Ll}", "[a-z]"),
    (r"\p{L}", "[A-Za-z]"),
)


def _trie(words: Iterable[str]) -> str:
    r"""An alternation of ``words`` that tries the longest word that matches, then shorter ones.

    Written as a trie, which ``re`` runs far faster than a flat alternation:
    after each letter, the words that go on are tried before the one that ends
    there, and the branches at one point start with different characters, so one
    at most goes on. ``["ab", "ab c", "abd"]`` gives ``(?:ab(?:(?:\ c|d))?)``.
    """
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return f"(?:{build(root)})" if root else "(?!)"


def _ascii_piece(piece: str, lists: Mapping[str, Sequence[str]]) -> str:
    r"""``piece`` as it matches ASCII text, for either engine.

    There ``\p{Lu}`` is ``[A-Z]``, a letter (with its marks) ``[A-Za-z]``. A named
    list matched with case is the alternation of its ASCII entries (:func:`_trie`):
    such a list tries the longest entry that matches, then shorter ones, as the
    alternation does; so does one matched without case (with "ab" and "ab c"
    listed, ``(?i:\L<l>)\ c`` matches "AB c" of "AB cd"), the alternation of its
    entries in lower case, without case. Refuses a piece with any other property, a
    property inside a class, or a list without case whose entry outside ASCII could
    match ASCII text.
    """

    def alternation(forms: Iterable[str]) -> str:
        return _trie([w for w in forms if w.isascii()])

    def folded(m: regex.Match[str]) -> str:
        forms = lists[m[1]]
        if any(not w.isascii() and all(c.isascii() or _ascii_cases(c) for c in w) for w in forms):
            msg = f"Expected list {m[1]!r} to match ASCII text only with its ASCII entries"
            raise ValueError(msg)
        return f"(?i:{alternation(w.lower() for w in forms)})"

    out = piece
    for prop, ascii_class in _ASCII_PROPERTIES:
        if prop is not LETTER and regex.search(r"\[[^\]]*" + regex.escape(prop), out):
            msg = f"Expected no {prop} inside a class, got {piece!r}"
            raise ValueError(msg)
        out = out.replace(prop, ascii_class)
    if out.count("(?i") != len(_FOLDED_LIST.findall(out)):
        msg = f"Expected no case-insensitive part but word lists, got {piece!r}"
        raise ValueError(msg)
    out = _FOLDED_LIST.sub(folded, out)
    out = _NAMED_LIST.sub(lambda m: alternation(lists[m[1]]), out)
    if r"\p" in out:
        msg = f"Expected a piece without other Unicode properties, got {piece!r}"
        raise ValueError(msg)
    return out


#: The patterns and prefixes for the agency table in use: a new row is a new affiliation
#: at once. Built when a contributor line is first read, not at import (about a tenth
#: of a second).
_patterns = per_table(_compile)


@cache
def _credit_roles() -> dict[str, str]:
    """Every written job title, folded, to its role: "writers" -> "writer"."""
    return {form.casefold(): row[0] for row in CREDIT_ROLES for form in row}


@cache
def _plurals() -> dict[str, str]:
    return dict(CREDIT_ROLES)


@cache
def _tag_roles() -> dict[str, str]:
    """Every tagline phrase, folded and single-spaced, to its role."""
    return {_fold(phrase): role for phrase, role in TAGLINE_ROLES}


@cache
def _tag_phrases() -> dict[str, str]:
    """Each tagline role to its canonical phrase, the first listed."""
    phrases: dict[str, str] = {}
    for phrase, role in TAGLINE_ROLES:
        phrases.setdefault(role, phrase)
    return phrases


@cache
def _organisation_words() -> frozenset[str]:
    """The organisation words, folded, and the plural job titles of one word.

    A plural title is staff, never a person: "Reporting by Correspondents", "Reporting
    by Jane Doe and Reporters in Kyiv" are refused, as "Reporting by Bengaluru
    Newsroom" is for its organisation word.
    """
    plurals = (plural for _, plural in CREDIT_ROLES if " " not in plural)
    return frozenset(word.casefold() for word in (*ORGANISATION_WORDS, *plurals))


_ORGANISATION_WORDS = _organisation_words()


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _written_forms(forms: Iterable[str]) -> set[str]:
    """``forms`` as tables list them and in lower case, title case and with a capital."""
    return {w for form in forms for w in (form, form.lower(), form.title(), form.capitalize())}


#: ``_credit_roles()[_fold(title)]`` and ``_tag_roles()[_fold(phrase)]`` for the
#: ways titles and phrases are mostly written, looked up as written (a miss takes
#: the folding path: the values are those it gives).
_CREDIT_ROLE_OF = {
    w: _credit_roles()[_fold(w)] for w in _written_forms(f for row in CREDIT_ROLES for f in row)
}
_TAG_ROLE_OF = {w: _tag_roles()[_fold(w)] for w in _written_forms(p for p, _ in TAGLINE_ROLES)}


# --- Models -------------------------------------------------------------------------


def _check_role(
    instance: Contribution, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is not None and value not in ROLES:
        msg = f"Expected a role of the roles table, got {value!r}"
        raise ValueError(msg)


def _check_name(
    instance: Contribution, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is not None and not value.strip():
        msg = "Expected a name, got blank text"
        raise ValueError(msg)


def _is_news_agency(value: str) -> bool:
    """Whether ``value`` is the canonical name of a news agency of the agency table."""
    agency = find_agency(value)
    return agency is not None and agency.name == value and "news" in agency.kinds


#: The first words of a group's scope (``SCOPE_WORDS``): a place starts with none.
_SCOPE_FIRST_WORDS = frozenset(word.split(" ")[0] for word in SCOPE_WORDS)


def _is_scope(location: str) -> bool:
    """Whether ``location`` is a group credit's scope as written ("around the world"), not a place.

    A place (CITY) starts with a capital or "the", never with a scope word.
    """
    return location.split(" ", 1)[0] in _SCOPE_FIRST_WORDS


def _check_location(
    instance: Contribution, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    group = instance.name is None and instance.role in _CREDIT_ROLE_SET
    if value is not None and not group and _is_scope(value):
        msg = f"Expected a place, not a group credit's scope, got {value!r}"
        raise ValueError(msg)


def _check_affiliation(
    instance: Contribution, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    role = instance.role
    if instance.name is None:
        # The agency's own contribution: "The Associated Press contributed to this
        # report." (no role), "With files from Reuters" (a tagline role), "AP
        # journalists around the world contributed." (a job title: a group credit).
        if value is None or not _is_news_agency(value):
            msg = f"Expected a name, or a news agency of the agency table, got {value!r}"
            raise ValueError(msg)
        return
    if value is None or role in _CREDIT_ROLE_SET:
        return
    if role is None and _is_news_agency(value):
        return  # "Jane Doe of The Associated Press contributed."
    msg = f"Expected no affiliation for the role {role!r}, got {value!r}"
    raise ValueError(msg)


@attrs.frozen(slots=True)
class Contribution(Serializable):
    """One part in a story: a person's (a name, a role, maybe a place and an agency) or an agency's.

    >>> c = Contribution("Natalie Melzer", "Tel Aviv, Israel", "writer", "Associated Press")
    >>> str(c)
    'Associated Press writer Natalie Melzer in Tel Aviv, Israel, contributed to this report.'
    >>> str(Contribution(None, affiliation="Associated Press"))
    'The Associated Press contributed to this report.'
    >>> str(Contribution(None, None, "files", "The Canadian Press"))
    'With files from The Canadian Press'
    >>> str(Contribution(None, "around the world", "journalist", "Associated Press"))
    'Associated Press journalists around the world contributed to this report.'

    Attributes:
        name: The person's name as written (proper case if it was written in capitals);
            ``None`` for an agency's own contribution ("The Associated Press contributed
            to this report.", "With files from Reuters", "Reporting by Reuters Staff"),
            whose agency is then ``affiliation``; with a job title as ``role``, a group
            credit: the agency's staff of that role ("AP journalists contributed.").
        location: Where they worked from, as written ("Birmingham, Ala."), or ``None``;
            for a group credit also its scope as written, its first word a scope word
            of the roles table ("around the world", "across the U.S."; see
            :func:`_is_scope`).
        role: Singular, lower case: "writer", "photographer", "reporting", "editing" ...;
            ``None`` when the line names no role.
        affiliation: The agency's canonical name ("Associated Press"), or ``None``: the
            agency of a job title ("AP writer"), of a name without a title ("Jane Doe
            of Reuters"), or the agency that contributed when ``name`` is ``None``.
        span: Where the name (or the agency) stands in the parsed line.
    """

    name: str | None = attrs.field(validator=_check_name)
    location: str | None = attrs.field(default=None, validator=_check_location)
    role: str | None = attrs.field(default=None, validator=_check_role)
    affiliation: str | None = attrs.field(default=None, validator=_check_affiliation)
    span: Span = span_field()

    def __str__(self) -> str:
        return _render((self,))


_new = object.__new__
_set = object.__setattr__


# The slots of a contribution, set in place of the frozen class's __setattr__: the
# parser builds one per name read, without the validators, whose checks its values
# pass by construction (a name read from the text, a role of the tables, an
# affiliation only beside a job title); they would cost as much as the rest.
_set_name = vars(Contribution)["name"].__set__
_set_location = vars(Contribution)["location"].__set__
_set_role = vars(Contribution)["role"].__set__
_set_affiliation = vars(Contribution)["affiliation"].__set__
_set_span = vars(Contribution)["span"].__set__


def _read_contribution(
    name: str | None, role: str | None, affiliation: str | None, span: Span
) -> Contribution:
    """``Contribution(name, None, role, affiliation, span=span)`` without the validators."""
    c: Contribution = _new(Contribution)
    _set_name(c, name)
    _set_location(c, None)
    _set_role(c, role)
    _set_affiliation(c, affiliation)
    _set_span(c, span)
    return c


def _to_tuple(value: Iterable[Contribution]) -> tuple[Contribution, ...]:
    return tuple(value)


def _check_contributions(
    instance: ContributorLine, attribute: attrs.Attribute[Any], value: tuple[Contribution, ...]
) -> None:
    if not value:
        msg = "Expected at least one contribution"
        raise ValueError(msg)


@attrs.frozen(slots=True)
class ContributorLine(Serializable):
    """A contributor line or tagline: every contribution it names, in order.

    >>> line = parse_contributors("Reporting by Andy Bruce in London; Editing by Joyjeet Das")
    >>> [(c.name, c.role) for c in line.contributions]
    [('Andy Bruce', 'reporting'), ('Joyjeet Das', 'editing')]

    Attributes:
        contributions: One per person and role, editors included.
        span: The line without the space around it (its leading dash included).
    """

    contributions: tuple[Contribution, ...] = attrs.field(
        converter=_to_tuple, validator=_check_contributions
    )
    span: Span = span_field()

    def __str__(self) -> str:
        return _render(self.contributions)


# --- Parser -------------------------------------------------------------------------

_KIND = "a contributor line"

#: The closings of a credit that CONTRIBUTED takes whole where only END follows
#: (space and a point at most: the optional words of CONTRIBUTED need a space and a
#: word, and each of them is the longest that matches), and whether each is a bare
#: "contributed" (which, without a title, needs the point). There nothing can
#: follow: FROM needs a word, CHAIN a comma or a word, CLAUSE_SEP's point and space
#: leave only END, which takes the rest (see :meth:`_Reader.take_closing`).
#: The rest of the line is one of them where, its END taken off the end, it is left.
#: Each also with an adverb of the roles table before "contributed" (" also
#: contributed to this report"), as CONTRIBUTED takes one, and each also after a
#: comma, as CONTRIBUTED takes one after a place's region (", Kentucky, contributed
#: to this report": the comma closes the region).
_CLOSINGS = {
    f"{comma}{adverb}{closing}": bare
    for comma in ("", ",")
    for adverb in ("", *(f" {word}" for word in CREDIT_ADVERBS))
    for closing, bare in {
        " contributed to this report": False,
        " contributed to this story": False,
        " contributed to this article": False,
        " contributed reporting": False,
        " contributed": True,
    }.items()
}
#: How the closings of ``_CLOSINGS`` start: the look-up is tried where one does.
_CLOSING_STARTS = tuple(
    sorted({closing.split(" contributed")[0] + " contributed" for closing in _CLOSINGS})
)
#: The words a closing of ``_CLOSINGS`` opens with after its comma, lower case: no
#: name starts with one (none is a particle), and where no title or tagline phrase
#: does either, a closing ends a credit's names (see :meth:`_Reader.groups`).
_CLOSING_WORDS = frozenset({"contributed", *(word.lower() for word in CREDIT_ADVERBS)})
#: Whether no word of ``_CLOSING_WORDS`` is a particle, so none may start a name.
_CLOSING_ENDS_NAMES = _CLOSING_WORDS.isdisjoint(NAME_LISTS["name_particles"]) and (
    _CLOSING_WORDS.isdisjoint(NAME_LISTS["name_joined"])
)

#: The rest of the line as most credits write it: a closing of ``_CLOSINGS`` and a
#: point, no space. :meth:`_Reader.credit` ends the line there at once: the look-up
#: of ``_CLOSINGS`` would find the closing, and with the point a bare
#: "contributed" needs no title.
_WRITTEN_CLOSINGS = frozenset(f"{closing}." for closing in _CLOSINGS)
#: How long the rest of the line may be for the look-up to be tried (longer rests,
#: a closing and much space, are left to the pattern).
_CLOSING_ROOM = 40

_EXPECTED_CLAUSE = (
    "Expected a contributor credit ('Associated Press writer NAME contributed'), "
    "'NAME reported from PLACE' or a tagline ('Reporting by', 'Editing by', "
    "'With assistance from', 'Mitarbeit:')"
)


#: A match of either engine (see :func:`_engines`).
_Match: TypeAlias = "re.Match[str] | regex.Match[str]"

#: The words that end a name word, and that the never-name and conjunction
#: tests look at (see :func:`newsparse._names.cut_at_not_name`).
_WORD_STOPS = _HSPACE_CHARS | frozenset(",|:;")
_NOT_NAMES_LOWER = frozenset(word.lower() for word in NOT_NAMES)
_CONJUNCTIONS_LOWER = frozenset(word.lower() for word in CONJUNCTIONS)
_NEVER_NAMES_LOWER = _NOT_NAMES_LOWER | _CONJUNCTIONS_LOWER
#: Abbreviations written without a point: a word of letters that is no full word.
_ALPHA_ABBREVIATIONS = frozenset(a for a in ABBREVIATIONS if a.isalpha())
_PARTICLE_SET = frozenset(PARTICLES)
#: Whether :func:`_cut_ascii` is exact: the lists hold ASCII words without word stops,
#: and a particle, all lower case, can never be a name word.
_ASCII_CUT = all(
    word.isascii() and _WORD_STOPS.isdisjoint(word) for word in (*NOT_NAMES, *CONJUNCTIONS)
) and all(word.isascii() and word.islower() and word.isalpha() for word in PARTICLES)


def _cut_ascii(text: str, start: int, stop: int, end: int, *, least: int) -> tuple[int, int] | None:
    """:func:`newsparse._names.cut_at_not_name` for a name matched at ``text[start:stop]``.

    For an ASCII line, where the name patterns capture no words: the name's words
    are those between its spaces, less its particles (lower case, so never a
    name word).
    """
    if (stop >= end or text[stop] in _WORD_STOPS) and _NEVER_NAMES_LOWER.isdisjoint(
        text[start:stop].lower().split()
    ):
        return start, stop  # no word is one that is never a name, nor a conjunction
    index = 0
    last = q = start
    for word in text[start:stop].split():
        q = text.find(word, q)
        stop_at = q + len(word)
        if word in _PARTICLE_SET:
            q = stop_at
            continue
        if stop_at < end and text[stop_at] not in _WORD_STOPS:
            # "St.Louis": the word runs on past the name word.
            hit = starts_not_name(text, q, end)
        else:
            lower = word.lower()
            hit = lower in _NOT_NAMES_LOWER or (
                lower in _CONJUNCTIONS_LOWER and stop_at < end and text[stop_at] in _HSPACE_CHARS
            )
        if hit:
            return None if index < least else (start, last)
        index += 1
        last = q = stop_at
    return start, stop


#: A word in the possessive, "'s" at its end ("CNN's", "Doe’s"): never part of a person's
#: name in a credit ("CNBC's Mike Sheen also contributed to this report." names no
#: "CNBC's Mike Sheen"); the name is refused (see :meth:`_Reader.name`).
_POSSESSIVE_WORD = regex.compile(rf"[{APOSTROPHES}][sS](?![\p{{L}}\p{{M}}])")


def _has_apostrophe(text: str) -> bool:
    """Whether ``text`` holds an apostrophe: most lines hold none, and so no possessive.

    ASCII text can hold only "'"; a test per character ``in`` the text costs far less
    than a set's ``isdisjoint`` over its characters, run on every clause.
    """
    return "'" in text if text.isascii() else any(map(text.__contains__, APOSTROPHES))


#: How far from a clause's start the apostrophe of POSSESSIVE may stand (the longest
#: agency form and "The ").
_POSSESSIVE_ROOM = 64
#: A word's letters before an apostrophe: "CNN" of "CNN's".
_BEFORE_APOSTROPHE = re.compile(rf"[^{APOSTROPHES}]+")


def _possessive_in(raw: str) -> bool:
    """Whether a word of ``raw`` is in the possessive ("CNN's Jane Doe")."""
    return _has_apostrophe(raw) and _POSSESSIVE_WORD.search(raw) is not None


#: What a word holds for the agency look-up's first test (see :meth:`_Reader.agency_at`).
_FIRST_WORD = re.compile(r"[^\s,;.:()]+")
#: The staff words, folded (see ``AGENCY_CREDIT``).
_STAFF_WORDS = frozenset(word.casefold() for word in STAFF_WORDS)
#: Where TAG_CLAUSE_SEP can start: a comma or space before it.
_TAG_SEP_CHARS = _HSPACE_CHARS | frozenset(",")

#: The table find_agency() reads, and the first words of its keys.
_AGENCY_WORDS: list[tuple[object, frozenset[str]]] = [(None, frozenset())]


def _agency_first_words() -> frozenset[str]:
    """The first words of every form find_agency() knows, folded.

    What it looks up is a name's words folded and joined by single spaces: its
    first word is the name's first word, folded, as folding makes no space.
    """
    table = _lookup._by_form()
    if _AGENCY_WORDS[0][0] is not table:
        _AGENCY_WORDS[0] = (table, frozenset(key.split(" ")[0] for key in table))
    return _AGENCY_WORDS[0][1]


#: The agencies whose titles open most credits, as the agency table writes them
#: ("Associated Press writers ..."): :func:`_openings` is built for these.
_COMMON_AGENCIES = ("Associated Press", "AP", "The Associated Press")

#: The openings of :func:`_openings`, and the tables they were built for.
_OPENINGS: list[tuple[object, object, dict[str, int], dict[str, tuple[str, str | None]]]] = [
    (None, None, {}, {})
]


def _unextended(forms: Sequence[str], written: Iterable[str]) -> list[str]:
    """Those of ``written`` that, in lower case and with a space, start no form of ``forms``.

    A word list matched without case that tries its longest entry first takes
    such an entry, in ASCII, where the text holds it and a space: a longer entry
    the text could hold would start with it and that space (an entry outside ASCII
    matches ASCII text only in its ASCII letters, see :func:`_ascii_piece`).
    """
    folded = [form.lower() for form in forms]
    return [w for w in written if not any(f.startswith(w.lower() + " ") for f in folded)]


def _openings() -> tuple[dict[str, int], dict[str, tuple[str, str | None]]]:
    """The credit openings "AGENCY ROLE" most lines write, for :meth:`_Reader.opening`.

    Returns where the role starts after each agency's first word ("Associated" ->
    17), and each opening, as written, to its role and affiliation ("Associated
    Press writers" -> ("writer", "Associated Press")): what ``credit()`` reads from
    a match of "role_start" that takes the opening and one space. Built for
    the agencies of :data:`_COMMON_AGENCIES` in the agency table and the roles,
    as :func:`_written_forms` writes them, where the match is exactly that,
    whatever follows the space (a capital, which the reader checks):

    * AFFILIATION takes the agency: its list tries the longest form first, and a
      longer form that the text could hold would start with the agency and a
      space; none does (:func:`_unextended`, else the agency is left out);
    * WS takes the one space (a role's word follows);
    * ROLE takes the role: a longer role would start with it and a space; none
      does (else the role is left out); WS takes the space, the look-ahead sees
      the capital. So no other opening of the table can match there either: the
      reader may try them at each space after the agency, nearest first.

    Rebuilt where the agency table in use (for which :func:`_patterns` builds anew)
    or the table of :func:`newsparse._lookup.find_agency` changes, as the
    affiliation is its name.
    """
    agencies, by_form = _patterns(), _lookup._by_form()
    built = _OPENINGS[0]
    if built[0] is agencies and built[1] is by_form:
        return built[2], built[3]
    forms = agency_forms("news")
    roles = [form for row in CREDIT_ROLES for form in row]
    written_roles = _unextended(roles, sorted(w for w in _written_forms(roles) if w.isascii()))
    starts: dict[str, int] = {}
    openings: dict[str, tuple[str, str | None]] = {}
    common = [a for a in _COMMON_AGENCIES if a in forms and a.isascii()]
    for agency_written in _unextended(forms, common):
        first = agency_written.split(" ")[0]
        if starts.setdefault(first, len(agency_written) + 1) != len(agency_written) + 1:
            continue  # two agencies of one first word: the first one listed
        agency = find_agency(agency_written)
        affiliation = agency.name if agency is not None else None
        for written in written_roles:
            role = _CREDIT_ROLE_OF.get(written) or _credit_roles()[_fold(written)]
            openings[f"{agency_written} {written}"] = (role, affiliation)
    _OPENINGS[0] = (agencies, by_form, starts, openings)
    return starts, openings


#: The most words a role holds: :meth:`_Reader.opening` looks no further.
_ROLE_WORDS = max(form.count(" ") + 1 for row in CREDIT_ROLES for form in row)
#: The tagline phrases in ASCII as :data:`_TAG_ROLE_OF` writes them that no longer
#: phrase starts with (with a space): :meth:`_Reader.tag_phrase` looks them up.
_TAG_PHRASES = frozenset(
    _unextended([p for p, _ in TAGLINE_ROLES], [p for p in _TAG_ROLE_OF if p.isascii()])
)
#: The first words of :data:`_TAG_PHRASES`, as written.
_TAG_FIRST_WORDS = frozenset(phrase.split(" ")[0] for phrase in _TAG_PHRASES)
#: The most words a tagline phrase holds: :meth:`_Reader.tag_phrase` looks no further.
_TAG_WORDS = max(phrase.count(" ") + 1 for phrase in _TAG_PHRASES)

#: The pattern of each name piece with its words captured, and how many words it takes.
_CAPTURED = {"full_name": "full_name_captured", "any_name": "any_name_captured"}
_LEAST = {"full_name": 2, "any_name": 1}
#: The separator pieces of GROUPS, by whether a semicolon separates too: the
#: separator, and LOC_INTRO or the separator.
_SEPS = {True: ("list_sep", "loc_or_list_sep"), False: ("comma_sep", "loc_or_comma_sep")}
#: The separator pieces of GROUPS in a tagline of ``FROM_PLACE_TAGS``.
_FROM_SEPS = ("from_sep", "loc_from_or_comma_sep")
#: The tagline phrases of ``FROM_PLACE_TAGS``, folded (see :meth:`_Reader.clause`).
_FROM_PLACE_TAGS = frozenset(_fold(phrase) for phrase in FROM_PLACE_TAGS)
#: The same phrases as the tables write them (see ``_TAG_ROLE_OF``).
_FROM_PLACE_WRITTEN = frozenset(_written_forms(FROM_PLACE_TAGS))

# --- The plain-name fast path of GROUPS ---------------------------------------------

# "Jill"  "M."  "McDonald"  "Abdul-Zahra"  "O'Neil": a name word in ASCII without a
# particle, a joined particle or a suffix, the kind almost every credit holds.
_PLAIN_WORD = r"(?:[A-Z]\.|[A-Z][A-Za-z]++(?:[\-'][A-Za-z]++)*+)"

# " in "  " at ": LOC_INTRO with one space each side, before a letter.
_PLAIN_LOC = r"(?P<loc>\ (?:in|at)\ )(?=[A-Za-z])"

# ", and "  ", "  " and "  " , ": COMMA_SEP with one space, before a capital.
_PLAIN_SEP = r"(?:\ ?,\ and\ |\ ?,\ |\ and\ )(?=[A-Z])"

# As _PLAIN_SEP, and "; and "  "; ": LIST_SEP with one space, before a capital.
_PLAIN_LIST_SEP = r"(?:\ ?[,;]\ and\ |\ ?[,;]\ |\ and\ )(?=[A-Z])"

# "also "  ADVERB with one space (no adverb is a connector, a particle or a name word).
_PLAIN_ADVERB = rf"(?:{'|'.join(re.escape(word) for word in CREDIT_ADVERBS)})\ "

# "Washington"  "San Diego"  "Cedar Rapids": CITY of plain words, where it ends.
_PLAIN_CITY = (
    r"(?:(?!(?:St|Ste|Ft|Mt)\.)[A-Z][a-z]++)(?:\ (?!(?:St|Ste|Ft|Mt)\.)[A-Z][a-z]++)*+"
    rf"(?=[,;.]|\ (?:(?:{_PLAIN_ADVERB})?contributed|and)\ |\Z)"
)

# " contributed"  " also contributed"  " reported"  " ."  or the end: where neither
# LOC_INTRO nor a separator follows.
_PLAIN_STOP = rf"(?P<stop>(?=\ (?:(?:{_PLAIN_ADVERB})?contributed|reported)(?![A-Za-z])|\ \.|\Z))"

# As _PLAIN_STOP, or a semicolon, where COMMA_SEP is the separator: "Steve Gorman; Editing by".
_PLAIN_COMMA_STOP = (
    rf"(?P<stop>(?=\ (?:(?:{_PLAIN_ADVERB})?contributed|reported)(?![A-Za-z])|\ \.|;|\Z))"
)


def _plain_run(least: int, sep: str, stop: str) -> str:
    """A name of ``least`` or more plain words, then a plain LOC_INTRO or ``sep``, or ``stop``.

    After LOC_INTRO, a plain city where one follows, and ``sep`` after it.
    """
    more = "++" if least > 1 else "*+"
    return (
        rf"(?P<name>{_PLAIN_WORD}(?:\ {_PLAIN_WORD}){more})"
        rf"(?:{_PLAIN_LOC}(?:(?P<city>{_PLAIN_CITY})(?P<city_sep>{sep})?)?|{sep}|{stop})"
    )


#: For "full_name" and "any_name": :func:`_plain_run`, compiled.
#:
#: Where it matches at the reader's place, ``name()`` then ``take("loc_or_list_sep")``
#: (or ``"loc_or_comma_sep"``) would take the same text, provided the name's words,
#: in lower case, are no word that is never a name, no conjunction and no word of an
#: organisation, and its first word starts no agency (see :meth:`_Reader.groups`):
#:
#: * the name: its words are name words as ``TOKEN_CAPTURED`` reads them (an initial,
#:   or a capital and letters with hyphens and apostrophes), each ending where the
#:   next character is a space or a comma; the name pattern, possessive, takes the
#:   same words, as what follows (",", " in ", " at ", " and ") is neither a particle
#:   nor a name word, and a name of letters has no particle to start with;
#: * the cut (``_cut_ascii``): no word is one it cuts at, so the name is whole;
#: * a word of two letters or more holds no point, so it is a full word (no
#:   abbreviation is written without a point: ``_PLAIN_FULL``);
#: * a word that a space or a comma follows is no abbreviation (each ends in a
#:   point: "St" of "St," is a word, "St." is left to the reader, as the name's
#:   words must be followed by a space, a separator or " contributed");
#: * the name goes through ``display_name`` unless in title case, as in ``name()``;
#: * the separator: LOC_INTRO is tried first, and takes " in " or " at " before a
#:   letter (one space each side: a further space would be taken too, so the fast
#:   piece leaves that to the reader); else the separator takes ", and ", ", " or
#:   " and " (and with semicolons "; and ", "; "), each maybe with one space before
#:   the comma (" , " of Bloomberg's "Beckwith , Greg Stohr"), before a capital, as
#:   the possessive spaces of COMMA_SEP and LIST_SEP do; else ``stop``: " contributed"
#:   (maybe after an adverb with one space, " also contributed": no adverb is a name word),
#:   " reported", " .", the end or, without semicolons, ";" follow, where LOC_INTRO
#:   and the separator take nothing (a name word ends before ";" as before a space:
#:   WORD_END; the name takes no further word at " .");
#: * after LOC_INTRO, ``city``: what :data:`_PLAIN_CITY_RUN` matches there, as the
#:   group, possessive and followed by nothing it must match, matches where and as
#:   far as that pattern would (the reader then reads the place from it as
#:   ``place()`` would); and after it ``city_sep``: what ``_PLAIN_SEP_RUNS`` matches
#:   at the city's end, the separator the reader takes there unless it takes a region.
#:
#: None of it looks past a character it tests, so a character outside ASCII
#: elsewhere in the line changes nothing: the fast path holds on any line.
_PLAIN_RUNS = {
    (key, semicolons): _ENGINE.compile(
        _plain_run(
            least,
            _PLAIN_LIST_SEP if semicolons else _PLAIN_SEP,
            _PLAIN_STOP if semicolons else _PLAIN_COMMA_STOP,
        ),
        _ENGINE.VERBOSE,
    )
    for key, least in _LEAST.items()
    for semicolons in (False, True)
}
#: ``_PLAIN_SEP`` and ``_PLAIN_LIST_SEP`` alone, compiled, for the separator after a
#: place: where one matches, ``take(sep)`` takes the same (see ``_PLAIN_RUNS``).
_PLAIN_SEP_RUNS = {
    False: _ENGINE.compile(_PLAIN_SEP, _ENGINE.VERBOSE),
    True: _ENGINE.compile(_PLAIN_LIST_SEP, _ENGINE.VERBOSE),
}
#: :data:`_PLAIN_CITY`, compiled. Where it matches, ``take("city")`` takes the same
#: words: the words are no connector (lower case) and no abbreviation of CITY (the
#: lookahead rules out "St." and the like), and CITY, possessive, stops where a
#: comma, a semicolon, a point, " contributed ", " also contributed " or " and "
#: follows (neither is a connector nor a place word), save where the words open a place of "and"
#: ("Bosnia and Herzegovina"), which the reader leaves to the pattern
#: (:data:`_AND_PLACE_HEADS`).
_PLAIN_CITY_RUN = _ENGINE.compile(_PLAIN_CITY, _ENGINE.VERBOSE)
#: What comes before " and " in the places with an "and" ("Bosnia"...).
_AND_PLACE_HEADS = frozenset(r.split(" and ")[0] for r in _regions() if " and " in r)

#: Whether the fast paths (``_PLAIN_RUNS``, ``_PLAIN_CITY_RUN``) are on: only where
#: they are exact for the tables in use: no abbreviation without a point, no particle
#: that is a name word in capitals, none of "in", "at", "and" a particle (which the
#: name pattern would take before a further word). The tests turn them off to
#: compare the reader with and without them.
_PLAIN_FULL = (
    not _ALPHA_ABBREVIATIONS
    and _ASCII_CUT
    and _PARTICLE_SET.isdisjoint({"in", "at", "and"})
    and all(word.islower() for word in PARTICLES)
)
# "Hunt reported from "  "Barbara Ortutay reported from ": plain words, " reported from ".
_PLAIN_REPORTED = _ENGINE.compile(
    r"([A-Z][a-z]++(?:\ [A-Z][a-z]++)*+)\ reported\ from\ ", _ENGINE.VERBOSE
)
#: Whether a match of :data:`_PLAIN_REPORTED` whose words, in lower case, are neither
#: a word that is never a name nor a conjunction, is one where "reported_start"
#: matches (``_PLAIN_FULL`` holds: those lists are of single ASCII words, particles
#: are in lower case). Each word is a NAME_TOKEN as ``WORD`` reads it (a capital
#: and letters, then a space: WORD_END); NAME_TOKEN's lookahead refuses only a
#: listed word, whole; ANY_NAME, possessive, takes every word and no further one
#: (a name word opens with a capital, a particle is no capital word, and "reported"
#: is not one, nor a particle: :data:`_PLAIN_REPORTED_ON`), and REPORTED takes
#: " reported from ". The reader only asks whether the piece matches.
_PLAIN_REPORTED_ON = "reported" not in _PARTICLE_SET
#: The words, in lower case, that keep a name off the fast path: it is cut there,
#: or refused as an organisation.
_NOT_PLAIN_WORDS = _NEVER_NAMES_LOWER | _ORGANISATION_WORDS


def _plain_contribution(
    fast: _Match, agency_words: frozenset[str], role: str | None, affiliation: str | None
) -> Contribution | None:
    """The contribution ``name()`` reads for the name of a ``_PLAIN_RUNS`` match, or ``None``.

    ``None`` where the fast path is not exact for the name's words (see
    ``_PLAIN_RUNS``): a word ``name()`` would cut at or refuse, a first word that
    may start an agency, initials alone.
    """
    raw: str = fast.group(1)  # "name"
    words = raw.lower().split(" ")
    if (
        ("'" in raw and _possessive_in(raw))
        or not _NOT_PLAIN_WORDS.isdisjoint(words)
        or words[0] in agency_words
        or ("." in raw and all(w[-1] == "." for w in words))
    ):
        return None
    if not raw.istitle():  # else display_name() gives it back as is
        raw = display_name(raw)
    # _read_contribution(raw, role, affiliation, fast.span("name")), as name() does, inlined.
    c: Contribution = _new(Contribution)
    _set_name(c, raw)
    _set_location(c, None)
    _set_role(c, role)
    _set_affiliation(c, affiliation)
    _set_span(c, fast.span(1))
    return c


#: The trailer pieces, each with the words one of its matches holds, in its case: a
#: piece is searched only in a line holding one of them.
_TRAILERS = (
    ("trailer", ("Follow", "Copyright", "©")),
    ("standards_trailer", ("Standards:",)),
    ("contact_trailer", ("((",)),
)


def _may_trail(text: str) -> bool:
    """Whether ``text`` holds a word of ``_TRAILERS``: most lines hold none.

    The words written out: tests of ``in`` cost less than one regex search, and
    less than a loop over the table's words (about 150 ns on every line);
    ``test_every_trailer_word_lets_its_trailer_be_searched`` keeps them the table's.
    """
    return (
        "Follow" in text
        or "Copyright" in text
        or "©" in text
        or "Standards:" in text
        or "((" in text
    )


class _Reader:
    """A cursor over one line: matches the compiled pieces at ``pos``, up to ``end``."""

    __slots__ = (
        "apostrophes", "ascii_from", "ascii_only", "end", "last", "out", "pats", "plain",
        "pos", "prefixes", "text",
    )  # fmt: skip

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.end = len(text)
        self.pats, self.prefixes, self.plain, self.ascii_only = _patterns()
        #: Where the ASCII forms of the pieces take over (see :func:`_engines`): from
        #: the second character after the last outside ASCII, as a piece looks at
        #: most one character back.
        if not _ASCII_CUT:
            self.ascii_from = len(text) + 2
        elif text.isascii():
            self.ascii_from = 0
        else:
            last = _LAST_NOT_ASCII.search(text)
            self.ascii_from = len(text) + 2 if last is None else last.start() + 2
        #: Whether the line holds an apostrophe: most lines hold none, and no word of
        #: theirs is in the possessive (see :meth:`possessive`).
        self.apostrophes = _has_apostrophe(text)
        self.out: list[Contribution] = []
        self.last: dict[str, tuple[int, int, _Match | None]] = {}

    def fail(self, message: str) -> NoReturn:
        raise ParseError(message, self.text, self.pos)

    def ruled_out(self, key: str) -> bool:
        """Whether the next characters rule a match of ``key`` out (see ``_STARTS``)."""
        starts = _STARTS.get(key)
        if starts is None:
            return False
        text, pos, end = self.text, self.pos, self.end
        if pos >= end or text[pos] not in starts[0]:
            return True
        after = starts[1]
        return (
            after is not None
            and text[pos] == " "
            and pos + 1 < end
            and text[pos + 1] not in _HSPACE_CHARS
            and text[pos + 1] not in after
        )

    def peek(self, key: str) -> _Match | None:
        if self.ruled_out(key):
            return None
        pats = self.ascii_only if self.pos >= self.ascii_from else self.plain
        m: _Match | None = pats[key].match(self.text, self.pos, self.end)
        return m

    def take(self, key: str) -> _Match | None:
        # ruled_out() inlined: most calls end here.
        text, pos, end = self.text, self.pos, self.end
        starts = _STARTS.get(key)
        if starts is not None:
            if pos >= end:
                return None
            char = text[pos]
            if char not in starts[0]:
                return None
            after = starts[1]
            if (
                after is not None
                and char == " "
                and pos + 1 < end
                and text[pos + 1] not in _HSPACE_CHARS
                and text[pos + 1] not in after
            ):
                return None
        pats = self.ascii_only if pos >= self.ascii_from else self.plain
        m: _Match | None = pats[key].match(text, pos, end)
        if m is not None:
            self.pos = m.end()
        return m

    def at_name_start(self) -> bool:
        """Whether "name_start" matches: a capital letter, a joined particle, a particle."""
        pos = self.pos
        if pos < self.end and "A" <= self.text[pos] <= "Z":
            return True
        pats = self.ascii_only if pos >= self.ascii_from else self.plain
        return pats["name_start"].match(self.text, pos, self.end) is not None

    def peek_listed(self, key: str) -> _Match | None:
        """:meth:`peek` for a piece that opens with a word list ("role_start", "tag").

        Skips the regex where the next two characters rule the list out (see
        :func:`_folded_prefixes`), and keeps the last match, as the reader often
        peeks at a title and then takes it.
        """
        text, pos, end = self.text, self.pos, self.end
        last = self.last.get(key)
        if last is not None and last[0] == pos and last[1] == end:
            return last[2]
        if pos + 2 > end:
            return None
        two = text[pos : pos + 2]
        prefixes = self.prefixes
        if two.isascii() and two.lower() not in prefixes[key]:
            return None
        words = prefixes.get(_WORDS_KEYS.get(key, ""))
        if words is not None:
            space = text.find(" ", pos, end)
            word = text[pos:space] if space >= 0 else text[pos:end]
            # An ASCII word holds no space but " " and a tab (see _first_words).
            if word.isascii() and "\t" not in word and (space < 0 or word.lower() not in words):
                return None
        pats = self.ascii_only if pos >= self.ascii_from else self.plain
        m: _Match | None = pats[key].match(text, pos, end)
        self.last[key] = (pos, end, m)
        return m

    def maybe_listed(
        self, pos: int, listed: frozenset[str], words: frozenset[str] | None, *, two: bool = True
    ) -> bool:
        """Whether a title or a tagline phrase may start at ``pos`` (before ``end`` less 2).

        ``False`` where :meth:`peek_listed` rules out both "role_start" and "tag"
        without their patterns: the union of their prefixes and first words. With
        ``two`` false the caller has found that the first test (the prefixes) does
        not rule them out.
        """
        text = self.text
        if two:
            pair = text[pos : pos + 2]
            if pair.isascii() and pair.lower() not in listed:
                return False
        if words is None:
            return True
        end = self.end
        space = text.find(" ", pos, end)
        word = text[pos:space] if space >= 0 else text[pos:end]
        return not (
            word.isascii() and "\t" not in word and (space < 0 or word.lower() not in words)
        )

    def take_listed(self, key: str) -> _Match | None:
        m = self.peek_listed(key)
        if m is not None:
            self.pos = m.end()
        return m

    def at_stop(self) -> bool:
        """Whether a full stop is next."""
        return self.peek("stop") is not None

    def at_end(self) -> bool:
        pos = self.pos
        if pos < self.end and self.text[pos] not in _END_CHARS:
            return False  # "end" takes nothing here
        m = self.peek("end")
        return m is not None and m.end() == self.end

    def take_end(self) -> None:
        """``take("end")``: space and a point, maybe none."""
        pos = self.pos
        if pos < self.end and self.text[pos] in _END_CHARS:
            self.take("end")

    def take_closing(self) -> bool:
        """Take the rest of the clause's text where END takes it all, and say whether it did.

        For a clause just read ("... contributed to this report." and its other
        closings, a place, a tagline's last name), where the rest is space and one
        point at most: no further clause can follow, and the steps after the
        clause would take exactly that. CHAIN and LIST_SEP need a comma, a
        semicolon or a word, "from" a word, so they take nothing; CLAUSE_SEP may
        take the point and a space, but then ``at_end()`` holds and the reader
        puts it back; ``take_end()`` then takes the rest, up to ``end``. The
        callers' steps find nothing at ``end`` (``take()`` takes nothing there).
        """
        pos, end = self.pos, self.end
        if pos < end and self.text[pos:end].strip(_HSPACE) not in ("", "."):
            return False
        self.pos = end
        return True

    # LINE = LEAD ["("] CLAUSE {CLAUSE_SEP CLAUSE} END [")"] END
    def line(self) -> ContributorLine:
        text = self.text
        if text[0] in _LEAD_CHARS:  # "lead" takes nothing elsewhere
            self.take("lead")
        # The space lstrip() would take: none where the line opens with no space.
        start = len(text) - len(text.lstrip()) if text[0].isspace() else 0
        trailer = self.trailer() if _may_trail(text) else None
        if trailer is not None and trailer > self.pos:
            self.end = trailer  # "... contributed. Follow X on Twitter ..." stops there
        line_end = self.end
        # take("open") takes nothing but at "(".
        if text.startswith("(", self.pos, line_end) and self.take("open") is not None:
            close = self.text.rfind(")", self.pos, line_end)
            if close < 0 or self.text[close + 1 : line_end].strip(" \t.") != "":
                self.pos = line_end
                self.fail("Expected ')' closing the parenthesis at the end of the line")
            self.end = close
        self.clauses()
        if self.pos < self.end and text[self.pos] in _END_CHARS:
            self.take("end")  # take_end()
        if self.pos != self.end:
            self.fail("Expected end of the contributor line, or '; ' or '. ' and a further clause")
        if self.end != line_end:  # the closing parenthesis
            self.pos, self.end = self.end + 1, line_end
            self.take_end()
        # The line less the space rstrip() would take: none where it ends with no space.
        stop = line_end if not text[line_end - 1].isspace() else len(text[:line_end].rstrip())
        # ContributorLine(self.out, span=...) without the validator: a line read has names.
        line = _new(ContributorLine)
        _set(line, "contributions", tuple(self.out))
        _set(line, "span", (start, stop))
        return line

    def trailer(self) -> int | None:
        """Where the first trailer of :data:`_TRAILERS` starts, from the reader's place."""
        text, pos = self.text, self.pos
        pats = self.ascii_only if pos >= self.ascii_from else self.plain
        first = None
        for key, words in _TRAILERS:
            for word in words:
                if word in text:
                    m = pats[key].search(text, pos)
                    if m is not None and (first is None or m.start() < first):
                        first = m.start()
                    break
        return first

    def clauses(self) -> None:
        tagline = self.clause(first=True)
        text, end = self.text, self.end
        while True:
            save = self.pos
            if (
                save + 2 < end
                and text[save] in ".;"
                and text[save + 1] == " "
                and text[save + 2] not in _END_CHARS
            ):
                # CLAUSE_SEP takes ". " or "; " where neither a space nor a point
                # follows (its space is possessive), and at_end() does not hold there.
                self.pos = save + 2
                tagline = self.clause(first=False)
                continue
            if (
                tagline
                and save < end
                and text[save] in _TAG_SEP_CHARS
                and self.take("tag_clause_sep") is not None
            ):
                # ", editing by ..." after a tagline clause: the next clause is a tagline.
                tagline = self.clause(first=False)
                continue
            if save >= end or self.take("clause_sep") is None or self.at_end():
                self.pos = save
                return
            tagline = self.clause(first=False)

    # CLAUSE = TAG GROUPS | NAMES REPORTED PLACE ... | CREDIT {CHAIN CREDIT}
    def clause(self, *, first: bool) -> bool:
        """Read one clause; whether it is a tagline clause."""
        # peek_listed(key) is None, without a call, where its first test rules the
        # list out: the next two characters, ASCII, lower-cased, open no entry of it.
        pos = self.pos
        two = self.text[pos : pos + 2]
        low = two.lower() if two.isascii() else None
        prefixes = self.prefixes
        if (low is None or low in prefixes["not_credit"]) and self.peek_listed(
            "not_credit"
        ) is not None:
            self.fail(_EXPECTED_CLAUSE)
        tagged = None
        if low is None or low in prefixes["tag"]:
            # The phrase as most taglines write it, looked up; else the pattern.
            tagged = self.tag_phrase(pos)
            if tagged is None and (tag := self.peek_listed("tag")) is not None:
                tagged = tag.end(), tag.group("tag")
        if tagged is not None:
            if first and self.text[pos].islower():
                # "... produced by Sandy Howard." is a sentence's tail; Reuters writes
                # "; editing by" in lower case only after a first clause.
                self.fail(_EXPECTED_CLAUSE)
            self.pos, phrase = tagged
            self.tagline(phrase)
            return True
        # "reported" is a word of every "X reported from Y": most lines skip the regex,
        # and most others hold it as _PLAIN_REPORTED finds it.
        if self.text.find("reported", pos, self.end) >= 0 and (
            (plain := self.plain_reported_match()) is not None
            or self.peek("reported_start") is not None
        ):
            self.reported(plain)
            return False
        owner = self.possessive(pos) if self.apostrophes else None
        opened = None if owner is not None else self.opening(pos)
        if owner is not None:
            # "CNN's Kylie Atwood and Kara Fox contributed": the agency of each name.
            self.pos = owner[0]
            title = self.credit(None, owner[1], None)
        elif opened is not None:
            # The title as credit() would read it from peek_listed("role_start").
            self.pos = opened[0]
            title = self.credit(opened[1], opened[2], None)
        else:
            # peek_listed("role_start") is None, again, where its first test rules it out.
            start = (
                None
                if low is not None and low not in prefixes["role_start"]
                else self.peek_listed("role_start")
            )
            if (
                start is None
                and self.peek_name("full_name") is None
                and self.agency_at(pos) is None  # "The Associated Press contributed ..."
                and self.group_at(pos) is None  # "Bloomberg news researchers contributed ..."
            ):
                self.fail(_EXPECTED_CLAUSE)
            title = self.credit(None, None, start)
        while True:
            save = self.pos
            if save >= self.end or self.take("chain") is None:
                self.pos = save
                return False
            start = self.peek_listed("role_start")
            if start is None and self.peek_name("full_name") is None:
                self.pos = save
                return False
            # "... writers A and B contributed from X, and C contributed from Y": C is
            # one of the writers too (the title carries over into the chained credit).
            title = self.credit(*title, start)

    def opening(self, pos: int) -> tuple[int, str, str | None] | None:
        """Where a credit's title ends, its role and its affiliation, for an opening looked up.

        ``None`` where the text at ``pos`` holds none of the openings of
        :func:`_openings` followed by one space
        and a capital (the caller then peeks at "role_start"). Where it does,
        ``peek_listed("role_start")`` matches the opening and the space, and
        ``credit()`` would read that role and affiliation from the match.
        """
        text, end = self.text, self.end
        starts, openings = _openings()
        space = text.find(" ", pos, end)
        skip = starts.get(text[pos:space]) if space > pos else None
        if skip is None:
            return None
        stop = pos + skip - 1
        for _ in range(_ROLE_WORDS):  # each space after the agency, nearest first
            stop = text.find(" ", stop + 1, end)
            if stop < 0:
                return None
            found = openings.get(text[pos:stop])
            if found is not None:
                if stop + 1 < end and "A" <= text[stop + 1] <= "Z":
                    return stop + 1, *found
                return None
        return None

    def tagline(self, phrase: str) -> None:
        """The names of a tagline clause after its ``phrase`` ("Reporting by"), emitted."""
        role = _TAG_ROLE_OF.get(phrase)
        if role is not None:  # the phrase as the tables write it: no folding
            from_places = phrase in _FROM_PLACE_WRITTEN
        else:
            folded = _fold(phrase)
            role, from_places = _tag_roles()[folded], folded in _FROM_PLACE_TAGS
        if from_places:
            # "Reporting was contributed by A from New York; B from Lakeland, Fla."
            pending = self.groups(role, None, full=False, semicolons=False, from_places=True)
            self.check_places(pending)
        else:
            pending = self.groups(role, None, full=False, semicolons=False)
        self.emit(pending)
        self.take_closing()  # the tagline's last clause, most often

    def check_places(self, pending: Sequence[Contribution]) -> None:
        """Refuse a place of ``pending`` that names an organisation or an agency.

        "Reporting was contributed by Jane Doe from The Times." or "... from
        Reuters" names where she works, not where she reported from.
        """
        for c in pending:
            where = c.location
            if where is None:
                continue
            folded = where.casefold().replace(",", " ").split()
            if not _ORGANISATION_WORDS.isdisjoint(folded) or find_agency(where) is not None:
                self.pos = c.span[1]
                self.fail("Expected a place after 'from', not an organisation")

    def possessive(self, pos: int) -> tuple[int, str] | None:
        """Where POSSESSIVE at ``pos`` ends and its agency's canonical name, else ``None``.

        ``None`` without the pattern where no apostrophe stands near ``pos`` or the
        first word, up to one, starts no agency's form ("CNN" of "CNN's"); and where
        the agency is written neither as the table lists it nor in capitals.
        """
        text, end = self.text, self.end
        near = text[pos : min(end, pos + _POSSESSIVE_ROOM)]
        if not _has_apostrophe(near):
            return None  # most credits
        words = near.split(None, 1)
        head = _BEFORE_APOSTROPHE.match(words[0]) if words else None
        if head is None or head.group().casefold() not in _agency_first_words():
            return None
        m = self.pats["possessive"].match(text, pos, end)
        if m is None:
            return None
        name = self.agency_name(m.group("agency"))
        return None if name is None else (m.end(), name)

    def tag_phrase(self, pos: int) -> tuple[int, str] | None:
        """Where a tagline phrase of :data:`_TAG_PHRASES` and its space end, and the phrase.

        ``None`` where the text at ``pos`` holds none of them followed by one space
        and no further space (the caller then peeks at "tag"). Where it does,
        ``peek_listed("tag")`` matches the phrase and the space: TAG's list takes
        the phrase, as no longer one starts with it and a space (see
        :func:`_unextended`), and WS the space. So no other phrase of the table
        can match there either: the reader tries them at each space, nearest first.
        """
        text, end = self.text, self.end
        stop = text.find(" ", pos, end)
        if stop < 0 or text[pos:stop] not in _TAG_FIRST_WORDS:
            return None  # most clauses: the first word opens no phrase of the table
        for _ in range(_TAG_WORDS):
            phrase = text[pos:stop]
            if phrase in _TAG_PHRASES:
                if stop + 1 < end and text[stop + 1] not in _HSPACE_CHARS:
                    return stop + 1, phrase
                return None
            stop = text.find(" ", stop + 1, end)
            if stop < 0:
                return None
        return None

    def plain_reported(self) -> bool:
        """Whether ``_PLAIN_REPORTED`` shows that ``peek("reported_start")`` matches.

        ``False`` says nothing: the caller then runs the pattern.
        """
        return self.plain_reported_match() is not None

    def plain_reported_match(self) -> _Match | None:
        """The match of ``_PLAIN_REPORTED`` where :meth:`plain_reported` holds, else ``None``."""
        if not (_PLAIN_FULL and _PLAIN_REPORTED_ON):
            return None
        m: _Match | None = _PLAIN_REPORTED.match(self.text, self.pos, self.end)
        if m is None or not _NEVER_NAMES_LOWER.isdisjoint(m.group(1).lower().split(" ")):
            return None
        return m

    # "Hunt reported from Cincinnati"
    # "Peoples reported from Montclair, N.J., and Lemire from New York"
    def reported(self, plain: _Match | None) -> None:
        """A "reported from" clause; ``plain``: the match of :meth:`plain_reported_match`, if any.

        Its names (group 1) are those of the plain-name run at the reader's place,
        which the first ``names()`` would read: their plain words, each a capital and
        lower-case letters, end before " reported" (the run's ``stop``; the
        separator takes nothing there). So the contribution is what ``read_name()``
        builds from that run, by :func:`_plain_contribution`, where it builds one.
        """
        first = True
        c = (
            None
            if plain is None
            else _plain_contribution(plain, _agency_first_words(), "reporting", None)
        )
        while True:
            if c is not None and plain is not None:
                pending, self.pos, c = [c], plain.end(1), None
            else:
                pending = self.names("any_name", "reporting", None, "comma_sep")
            # "... reported from X"; then "... and Lemire from Y" or "... reported from Y"
            pos, end = self.pos, self.end
            if self.text.startswith(" reported from ", pos, end) and (
                pos + 15 == end or self.text[pos + 15] not in _HSPACE_CHARS
            ):
                self.pos = pos + 15  # take("reported"): each of its spaces is possessive
            elif self.take("reported") is None and (first or self.take("from") is None):
                self.fail("Expected 'reported from' or 'from' and a place after the names")
            first = False
            location = self.place()
            for p in pending:
                _set_location(p, location)
            self.emit(pending)
            if self.take_closing():  # "... reported from Atlanta." ends the line, most often
                return
            save = self.pos
            if self.take("chain") is None or self.peek("reported_more") is None:
                self.pos = save
                return

    # CREDIT = [ROLE_START] GROUPS {LIST_SEP ROLE_START GROUPS} CONTRIBUTED [FROM PLACE]
    def credit(
        self, role: str | None, affiliation: str | None, start: _Match | None
    ) -> tuple[str | None, str | None]:
        """One credit; ``role`` and ``affiliation`` hold for its names before any title.

        ``start`` is what ``peek_listed("role_start")`` gives at the reader's place,
        the caller's own peek (``take_listed()`` would give it again). Returns the
        role and affiliation of its last names, for a chained credit.
        """
        pending: list[Contribution] = []
        # A group credit opens the credit where no title does ("AP journalists ... contributed").
        group = self.take_group() if start is None and role is None else None
        while True:
            if group is not None:
                # "AP journalists around the world": its agency carries over to later
                # titles; then a further title or group, or the end of the names.
                pending.append(group)
                role, affiliation = group.role, group.affiliation
                start, group = self.after_group()
                if start is None and group is None:
                    break
                continue
            if start is not None:
                self.pos = start.end()  # take_listed("role_start")
                written, agency_written = start.group(2, 1)  # "role", "affiliation"
                role = _CREDIT_ROLE_OF.get(written) or _credit_roles()[_fold(written)]
                if agency_written is not None:
                    agency = find_agency(agency_written)
                    affiliation = agency.name if agency is not None else None
            pending.extend(self.groups(role, affiliation, full=True, semicolons=True))
            # peek_listed()'s first tests inline: most credits end before " contributed".
            pos = self.pos
            two = self.text[pos : pos + 2]
            if pos + 2 > self.end or (
                two.isascii() and two.lower() not in self.prefixes["role_start"]
            ):
                break
            start = self.peek_listed("role_start")
            # groups() stops after a separator before a group ("A and AP journalists ...").
            if start is None and (group := self.take_group()) is None:
                break
        text, pos, end = self.text, self.pos, self.end
        # The closing as most lines write it, the rest of the line exactly: the test
        # below, with its answer known (see _WRITTEN_CLOSINGS).
        if end - pos <= _CLOSING_ROOM and text[pos:end] in _WRITTEN_CLOSINGS:
            self.pos = end
            self.out.extend(pending)  # emit()
            return role, affiliation
        if end - pos <= _CLOSING_ROOM and text.startswith(_CLOSING_STARTS, pos, end):
            # The closings most credits end with, and nothing after them but END (see
            # _CLOSINGS): the line ends here, as the steps below would find.
            rest = text[pos:end].rstrip(_HSPACE)
            point = rest.endswith(".")
            bare = _CLOSINGS.get(rest[:-1].rstrip(_HSPACE) if point else rest)
            if bare is not None and (point or not bare or role is not None):
                self.pos = end
                self.out.extend(pending)  # emit()
                return role, affiliation
        verb = self.take("contributed")
        if verb is None:
            self.fail("Expected 'contributed' after the names of a credit")
        if verb.group("research") is not None:
            self.research(pending)
            return None, None
        if self.take("from") is not None:
            location = self.place()
            for p in pending:
                if p.location is None:
                    _set_location(p, location)
        elif role is None and verb.group().endswith("contributed") and not self.at_stop():
            # Names without a title and a bare "contributed" must end the sentence: "...
            # Savings and Loan Association contributed [$5 million]" is no credit.
            self.fail("Expected 'to this report' or a full stop after 'contributed'")
        self.out.extend(pending)  # emit()
        return role, affiliation

    def research(self, pending: Sequence[Contribution]) -> None:
        """Emit ``pending`` with the role "research", after "contributed research".

        "Kitty Bennett contributed research.": names without a title or an agency
        only, the sentence's end (or a chained credit) after it ("... contributed
        research to the study" is no credit).
        """
        if any(p.role is not None or p.affiliation is not None for p in pending):
            self.fail("Expected names without a title before 'contributed research'")
        if not (self.at_stop() or self.at_end() or self.peek("chain") is not None):
            self.fail("Expected a full stop after 'contributed research'")
        for p in pending:
            _set_role(p, "research")
        self.emit(pending)

    def after_group(self) -> tuple[_Match | None, Contribution | None]:
        """After a group credit: LIST_SEP and a further title (its match) or group (taken).

        ``(None, None)``, the reader where it stood, where neither follows: the names
        of the credit end there ("AP journalists around the world and Jane Doe" is
        refused, a title would not carry over to her).
        """
        save = self.pos
        if self.take("list_sep") is not None:
            start = self.peek_listed("role_start")
            group = self.take_group() if start is None else None
            if start is not None or group is not None:
                return start, group
        self.pos = save
        return None, None

    # GROUPS = NAME {LIST_SEP NAME} [LOC_INTRO PLACE] {LIST_SEP NAME ...}
    def groups(
        self,
        role: str | None,
        affiliation: str | None,
        *,
        full: bool,
        semicolons: bool,
        from_places: bool = False,
    ) -> list[Contribution]:
        """Names with their places, up to a title (left for the caller) or anything else.

        Fast path: a plain name and what follows it in one match of ``_PLAIN_RUNS``,
        the name built here as :meth:`name` would build it, where its words are
        those the fast path is exact for (see ``_PLAIN_RUNS``); any other name, and
        any name whose words are not (one that is cut, refused, may start an agency,
        or is initials alone), is read by :meth:`name` from the same place. With
        ``from_places`` (a tagline of ``FROM_PLACE_TAGS``), "from" also introduces a
        place, and the fast path is off (it knows "in" and "at" only).
        """
        sep, loc_or_sep = _FROM_SEPS if from_places else _SEPS[semicolons]
        key = "full_name" if full else "any_name"
        text, end = self.text, self.end
        # The first two letters, lower-cased, of a title or a tagline phrase; their words.
        listed, listed_words = self.prefixes["listed"], self.prefixes.get("listed words")
        found: list[Contribution] = []
        placed = 0  # the names before this one have their places
        plain, agency_words = (
            _PLAIN_RUNS[key, semicolons] if _PLAIN_FULL and not from_places else None,
            _agency_first_words(),
        )
        while True:
            fast = None if plain is None else plain.match(text, self.pos, end)
            c = None if fast is None else _plain_contribution(fast, agency_words, role, affiliation)
            m: _Match | None
            if fast is not None and c is not None:
                found.append(c)  # name() and take(loc_or_sep) as the reader would make them
                save = fast.end(1)
                last = fast.lastgroup  # "stop", "loc", "city" or, after a separator, "name"
                self.pos = fast.end()
                if last == "stop":
                    break  # take(loc_or_sep) would take nothing
                # After a separator, one before a capital.
                m, loc, plain_sep = fast, last != "name", last == "name"
            else:
                save, m, loc = self.name_and_sep(key, role, affiliation, loc_or_sep, found)
                plain_sep = False
            if loc:
                if (
                    c is not None
                    and fast is not None
                    and last in ("city_sep", "city")
                    and not ((city_end := fast.end(3)) < end and text[city_end] == ",")
                    and fast.group(3) not in _AND_PLACE_HEADS
                ):
                    # place_after(fast, ...) inlined where neither a region (take_region()
                    # takes nothing but at a comma) nor a place of "and" can follow the
                    # city: the city is the place, the reader stands after the separator,
                    # or at the city's end where none follows ("city"): there the plain
                    # separator place_after() tries is the "city_sep" that did not match.
                    location = text[fast.end(2) : city_end]  # from the end of "loc"
                    for i in range(placed, len(found)):
                        _set_location(found[i], location)
                    save = city_end
                    if last == "city":
                        m = None
                else:
                    save, m = self.place_after(
                        None if c is None else fast, found, placed, semicolons
                    )
                placed = len(found)
                plain_sep = m is not None
                if m is None:
                    m = self.sep_after_place(sep, save, listed_words)
            if m is None:
                break
            pos = self.pos
            # After a plain separator, before a capital: at_name_start() holds, and
            # maybe_listed() is False where the next two letters rule out both lists
            # (its first test).
            two = text[pos : pos + 2]
            if plain_sep and two.isascii() and two.lower() not in listed:
                continue
            # Neither a title nor a tagline phrase can start where peek_listed() would
            # rule both out on the next two letters or the next word.
            if pos + 2 <= end and self.maybe_listed(pos, listed, listed_words, two=not plain_sep):
                if semicolons and (
                    self.peek_listed("role_start") is not None or self.group_at(pos) is not None
                ):
                    return found  # the next title or group credit: the caller reads it
                if self.peek_listed("tag") is not None:
                    self.pos = save
                    break
            if not (pos < end and "A" <= text[pos] <= "Z") and not self.at_name_start():
                self.pos = save
                break
        return found

    def name_and_sep(
        self,
        key: str,
        role: str | None,
        affiliation: str | None,
        loc_or_sep: str,
        found: list[Contribution],
    ) -> tuple[int, _Match | None, bool]:
        """:meth:`name` into ``found``, then LOC_INTRO or the separator (``loc_or_sep``).

        Returns where the name ends, the match after it, and whether it is LOC_INTRO.
        """
        found.append(self.name(key, role, affiliation, agencies=True))
        save = self.pos
        # take("loc_intro"), and if it fails take(sep), in one match.
        m = self.take(loc_or_sep)
        return save, m, m is not None and m.group("loc") is not None

    def sep_after_place(
        self, sep: str, save: int, listed_words: frozenset[str] | None
    ) -> _Match | None:
        """``take(sep)`` after a place, ``save`` its end; ``None`` at once before a closing.

        ", contributed to this report" after a region: take(sep) would take the comma,
        and neither a title, a tagline phrase (no word of ``_CLOSING_WORDS`` opens
        one) nor a name could start at the lower-case word after it, so
        :meth:`groups` would go back to ``save`` and end the names there.
        """
        if (
            _CLOSING_ENDS_NAMES
            and listed_words is not None
            and self.text.startswith(_CLOSING_STARTS, save, self.end)
            and listed_words.isdisjoint(_CLOSING_WORDS)
        ):
            self.pos = save
            return None
        return self.take(sep)

    def place_after(
        self, fast: _Match | None, found: list[Contribution], placed: int, semicolons: bool
    ) -> tuple[int, _Match | None]:
        """Read a place, the place of ``found[placed:]``, and a plain separator after it.

        ``fast``: a match of ``_PLAIN_RUNS`` the reader took, maybe with its city
        and the separator after it, or ``None``: the reader stands after LOC_INTRO.
        Returns where the place ends, and the plain separator the reader took after
        it (one of ``_PLAIN_SEP_RUNS``, matched as the fast path does), if any.
        """
        text, end = self.text, self.end
        # Groups of _PLAIN_RUNS by number: 2 "loc", 3 "city".
        last = None if fast is None else fast.lastgroup
        if fast is None or last == "loc" or fast.group(3) in _AND_PLACE_HEADS:
            if fast is not None:
                self.pos = fast.end(2)
            location = self.place()
        else:
            # The reader goes to the city's end, as place() would after take("city"),
            # where a comma, a semicolon, a point, " contributed ", " and " or the end
            # follows: take_region() takes nothing but at the comma, then maybe after
            # space.
            self.pos = fast.end(3)
            if self.pos < end and text[self.pos] == ",":
                while (
                    self.pos < end and text[self.pos] in _REGION_START_CHARS and self.take_region()
                ):
                    pass
            location = text[fast.end(2) : self.pos]
        for i in range(placed, len(found)):  # not yet emitted: still the reader's own
            _set_location(found[i], location)
        save = self.pos
        if fast is not None and last == "city_sep" and save == fast.end(3):
            self.pos = fast.end()  # no region: the separator at the city's end
            return save, fast
        m = _PLAIN_SEP_RUNS[semicolons].match(text, save, end) if _PLAIN_FULL else None
        if m is not None:
            self.pos = m.end()
        return save, m

    def names(
        self, key: str, role: str | None, affiliation: str | None, sep: str
    ) -> list[Contribution]:
        found = [self.read_name(key, role, affiliation)]
        while True:
            save = self.pos
            if self.take(sep) is None or not self.at_name_start():
                self.pos = save
                return found
            found.append(self.read_name(key, role, affiliation))

    def read_name(self, key: str, role: str | None, affiliation: str | None) -> Contribution:
        """:meth:`name`, by way of the fast path where it holds (see :meth:`groups`)."""
        fast = _PLAIN_RUNS[key, False].match(self.text, self.pos, self.end) if _PLAIN_FULL else None
        c = (
            None
            if fast is None
            else _plain_contribution(fast, _agency_first_words(), role, affiliation)
        )
        if fast is None or c is None:
            return self.name(key, role, affiliation)
        self.pos = fast.end("name")
        return c

    def agency_at(self, pos: int) -> tuple[int, str] | None:
        """Where an agency credited in a name's place ends, and its canonical name.

        ``None`` where AGENCY_CREDIT does not match at ``pos``, or matches a form
        written neither as the agency table lists it nor in capitals ("ani" is no
        "ANI"). Skips the pattern where the first word starts no agency's form.
        """
        text, end = self.text, self.end
        word = _FIRST_WORD.match(text, pos, end)
        if word is None or word.group().casefold() not in _agency_first_words():
            return None
        m = self.pats["agency_credit"].match(text, pos, end)
        if m is None:
            return None
        name = self.agency_name(m.group("agency"))
        return None if name is None else (m.end(), name)

    def agency_name(self, written: str) -> str | None:
        """The canonical name of the news agency written so where a name stands, or ``None``.

        ``None`` where the form is written neither as the agency table lists it nor in
        capitals (after a "the" the piece took), or names no news agency.
        """
        forms = self.prefixes["agency forms"]
        # The form after a "the" the piece took ("the Associated Press"), or as written.
        the = written[:3].casefold() == "the" and written[3:4] in _HSPACE_CHARS
        form = written[3:].lstrip(_HSPACE) if the else written
        if not (form in forms or written in forms or form.isupper()):
            return None
        agency = find_agency(written)
        if agency is None or "news" not in agency.kinds:
            return None
        return agency.name

    def group_at(self, pos: int) -> _Match | None:
        """GROUP at ``pos`` with its agency written as a name's place takes one, else ``None``.

        Skips the pattern where the first word starts no agency's form.
        """
        text, end = self.text, self.end
        word = _FIRST_WORD.match(text, pos, end)
        if word is None or word.group().casefold() not in _agency_first_words():
            return None
        m: _Match | None = self.pats["group"].match(text, pos, end)
        if m is None or self.agency_name(m.group("agency")) is None:
            return None
        return m

    # "Associated Press journalists across the U.S."  "AP journalists around the world"
    def take_group(self) -> Contribution | None:
        """Take a group credit at the reader's place: the agency's staff of a role, else ``None``.

        Its scope is its ``location``: the place alone where it is one ("in
        Washington" gives "Washington", as for a person), else as written ("around
        the world", "in statehouses across the country").
        """
        m = self.group_at(self.pos)
        if m is None:
            return None
        affiliation = self.agency_name(m.group("agency"))
        written = m.group("role")
        role = _CREDIT_ROLE_OF.get(written) or _credit_roles()[_fold(written)]
        scope: str | None = m.group("scope")
        if scope is not None:
            place = self.pats["scope_as_place"].fullmatch(scope)
            if place is not None:
                scope = place.group("place")
        self.pos = m.end()
        c = _read_contribution(None, role, affiliation, m.span("agency"))
        _set_location(c, scope)
        return c

    def agency_part(self, key: str, role: str | None) -> Contribution | None:
        """The agency's own contribution where one stands at the reader's place, else ``None``.

        ``None`` too where the name piece ``key`` reads a person's name that goes on
        past the agency ("ANI Smith": a name, though "ANI" is an agency).
        """
        pos = self.pos
        agency = self.agency_at(pos)
        if agency is None:
            return None
        person = self.peek_name(key)
        if person is not None and person[1] > agency[0]:
            return None
        self.pos = agency[0]
        return _read_contribution(None, role, agency[1], (pos, agency[0]))

    def take_of_agency(self) -> str | None:
        """Take OF_AGENCY after a name, and give the agency's canonical name, or ``None``."""
        text, stop, end = self.text, self.pos, self.end
        if not (stop < end and text[stop] in _HSPACE_CHARS and "of" in text[stop : stop + 8]):
            return None
        of = self.pats["of_agency"].match(text, stop, end)
        found = None if of is None else self.agency_at(of.start("agency"))
        # No staff word: "Jane Doe of Reuters Staff" is no agency's name.
        if of is None or found is None or found[0] != of.end():
            return None
        self.pos = found[0]
        return found[1]

    def name(
        self, key: str, role: str | None, affiliation: str | None, *, agencies: bool = False
    ) -> Contribution:
        """A person's name at the reader's place; with ``agencies``, also an agency's credit.

        With ``agencies``, where the name takes no title (``role`` ``None`` or a tagline
        role) an agency of the table may stand in its place ("The Associated Press
        contributed ...", "Reporting by Reuters Staff"): the agency's contribution,
        unless a person's name goes on past it. A credit's name without a title may
        be followed by " of " and its agency ("Jane Doe of Reuters contributed.").
        """
        text, pos, end = self.text, self.pos, self.end
        if agencies and affiliation is None and (role is None or role in _TAG_ROLE_SET):
            part = self.agency_part(key, role)
            if part is not None:
                return part
        words: list[str] | None = None  # the name's words in lower case, on an ASCII line
        if pos < self.ascii_from:
            span = self.peek_name(key)
        elif (m := self.ascii_only[_CAPTURED[key]].match(text, pos, end)) is None:
            span = None
        else:  # peek_name() inlined, with _cut_ascii()'s first test on the words kept
            stop = m.end()
            words = text[pos:stop].lower().split()
            if (stop >= end or text[stop] in _WORD_STOPS) and _NEVER_NAMES_LOWER.isdisjoint(words):
                span = (pos, stop)
            else:
                span = _cut_ascii(text, pos, stop, end, least=_LEAST[key])
                if span is not None and span[1] != stop:
                    words = text[pos : span[1]].lower().split()
        if span is None:
            what = "a full name (given name and family name)" if key == "full_name" else "a name"
            self.fail(f"Expected {what}")
        self.pos = span[1]
        raw = text[span[0] : span[1]]
        # has_full_word(): on ASCII, a word of two letters or more (no abbreviation is one).
        full = False
        if words is not None and not _ALPHA_ABBREVIATIONS:
            for w in words:
                if len(w) > 1 and w.isalpha():
                    full = True
                    break
        # find_agency(raw), skipped where the first word starts no agency's form.
        if not (full or has_full_word(raw)) or (
            (words is None or words[0] in _agency_first_words()) and find_agency(raw) is not None
        ):
            self.pos = span[0]
            self.fail("Expected a person's name, not initials alone or an agency")
        # Case folding maps no character to or from a space: the words fold one by one
        # (and ASCII folds to lower case).
        folded = raw.casefold().split() if words is None else words
        if _possessive_in(raw):
            # "CNBC's Mike Sheen": an owner the agency table does not know, or a
            # possessive inside a list ("Jane Doe and CNN's John Roe").
            self.pos = span[0]
            self.fail("Expected a person's name, not a word in the possessive")
        if folded[-1] in _STAFF_WORDS and find_agency(" ".join(folded[:-1])) is not None:
            # "Reuters Staff" where no agency may stand: never a person.
            self.pos = span[0]
            self.fail("Expected a person's name, not an agency's staff")
        if not _ORGANISATION_WORDS.isdisjoint(folded):
            self.pos = span[0]
            self.fail("Expected a person's name, not an organisation")
        if not (raw.isascii() and raw.istitle()):  # else display_name() gives it back as is
            raw = display_name(raw)
        if agencies and role is None and affiliation is None and key == "full_name":
            affiliation = self.take_of_agency()  # "Jane Doe of The Associated Press ..."
        # Not yet emitted, so still the reader's own: its place is set once read.
        return _read_contribution(raw, role, affiliation, span)

    # PLACE = CITY {REGION}
    def place(self) -> str:
        start = self.pos
        # A plain city as take("city") would take it (see _PLAIN_CITY_RUN), else the piece.
        city = _PLAIN_CITY_RUN.match(self.text, start, self.end) if _PLAIN_FULL else None
        if city is not None and city.group() not in _AND_PLACE_HEADS:
            self.pos = city.end()
        elif self.take("city") is None:
            self.fail("Expected a place (a capitalised city, state or country)")
        # take_region() takes nothing but at a comma, maybe after space.
        text, end = self.text, self.end
        while self.pos < end and text[self.pos] in _REGION_START_CHARS and self.take_region():
            pass
        return text[start : self.pos]

    def peek_name(self, key: str) -> tuple[int, int] | None:
        """The span ``peek(key)`` would match for "full_name" or "any_name".

        The patterns leave the words that are never names to a set look-up.
        """
        text, pos, end = self.text, self.pos, self.end
        if pos >= self.ascii_from:
            m = self.ascii_only[_CAPTURED[key]].match(text, pos, end)
            if m is None:
                return None
            return _cut_ascii(text, pos, m.end(), end, least=_LEAST[key])
        m = self.pats[_CAPTURED[key]].match(text, pos, end)
        if m is None:
            return None
        return cut_at_not_name(m, end, least=_LEAST[key])

    def take_region(self) -> bool:
        """Take a REGION, as ``take("region")`` would, with set look-ups in place of the regex.

        After ", " the region is the longest name of :func:`_regions` that ends where
        the region's tail (``REGION_END`` or a point before a word) follows.
        """
        text, end = self.text, self.end
        q = self.pos
        while q < end and text[q] in _HSPACE_CHARS:
            q += 1
        if q >= end or text[q] != ",":
            return False
        q += 1
        while q < end and text[q] in _HSPACE_CHARS:
            q += 1
        names, key_len, lengths = _region_lengths()
        # The tail looks one character back: from q, the region's start.
        tail = (self.ascii_only if q >= self.ascii_from else self.plain)["region_tail"]
        # Only the lengths of the names that start as the text does, longest first.
        for length in lengths.get(text[q : q + key_len], ()):
            stop = q + length
            # Every tail starts with a space, one of ",;:)." or the end of the line;
            # REGION_END's first branch matches at once at the end and before ",;:).".
            if (
                (stop == end or (stop < end and text[stop] in _REGION_TAIL_CHARS))
                and text[q:stop] in names
                and (
                    stop == end
                    or text[stop] in _REGION_PUNCT
                    or tail.match(text, stop, end) is not None
                )
            ):
                self.pos = stop
                return True
        return False

    def emit(self, pending: Sequence[Contribution]) -> None:
        self.out.extend(pending)


def parse_contributors(text: str) -> ContributorLine:
    """Read a contributor line or tagline: every person credited, their role and place.

    >>> line = parse_contributors(
    ...     "Associated Press writers Jill Colvin and Hope Yen in Washington"
    ...     " and Elliot Spagat in San Diego contributed to this report."
    ... )
    >>> [(c.name, c.location) for c in line.contributions]
    [('Jill Colvin', 'Washington'), ('Hope Yen', 'Washington'), ('Elliot Spagat', 'San Diego')]
    >>> parse_contributors("The writers contributed to the debate.")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsparse.errors.ParseError: Expected a contributor credit ...

    Raises:
        ParseError: ``text`` is not a contributor line.
    """
    # Printable text holds no control character: check_line() would pass it.
    if not (type(text) is str and text.isprintable() and 0 < len(text) <= MAX_LEN) or (
        text.isspace()
    ):
        check_line(text, _KIND, MAX_LEN)
    return _Reader(text).line()


# --- Rendering ----------------------------------------------------------------------


def _join(items: Sequence[str], comma: bool) -> str:
    """ "A", "A and B", "A, B and C"; with a comma before "and" when a place holds one."""
    last = "," if comma else ""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])}{last} and {items[-1]}"


def _place_groups(run: Sequence[Contribution]) -> list[list[Contribution]]:
    """Consecutive contributions with the same place, one list each."""
    groups: list[list[Contribution]] = []
    for c in run:
        if groups and groups[-1][0].location == c.location:
            groups[-1].append(c)
        else:
            groups.append([c])
    return groups


def _chunks(run: Sequence[Contribution]) -> list[list[list[Contribution]]]:
    """Place groups in chunks a list can hold: a group with no place only ever ends one.

    "A and B in X" gives both X, so A without a place cannot stand before B in X.
    """
    chunks: list[list[list[Contribution]]] = [[]]
    for group in _place_groups(run):
        chunks[-1].append(group)
        if group[0].location is None:
            chunks.append([])
    return [chunk for chunk in chunks if chunk]


def _agency_text(affiliation: str) -> str:
    """An agency as a credit names it: "The Associated Press" where the table has that form."""
    agency = find_agency(affiliation)
    the = f"The {affiliation}"
    if agency is not None and not affiliation.startswith("The ") and find_agency(the) is agency:
        return the
    return affiliation


def _named(c: Contribution) -> str:
    """ "Jane Doe"  "The Associated Press" (an agency's own part)  "Jane Doe of Reuters" """
    if c.name is None:
        return _agency_text(c.affiliation or "")
    if c.role is None and c.affiliation is not None:
        return f"{c.name} of {_agency_text(c.affiliation)}"
    return c.name


def _group_text(c: Contribution) -> str:
    """ "Associated Press journalists around the world"  "Reuters reporters in London" """
    words = f"{c.affiliation} {_plurals()[c.role or '']}"
    where = c.location
    if where is None:
        return words
    if _is_scope(where):
        return f"{words} {where}"
    return f"{words} {'at' if where.startswith('the ') else 'in'} {where}"


def _render_groups(chunk: Sequence[Sequence[Contribution]]) -> tuple[str, bool]:
    """ "A and B in X, C in Y" and whether its last place holds a comma."""
    texts: list[str] = []
    commas = False
    for group in chunk:
        names = _join([_named(c) for c in group], comma=False)
        where = group[0].location
        if where is None:
            texts.append(names)
        else:
            intro = "at" if where.startswith("the ") else "in"
            texts.append(f"{names} {intro} {where}")
            commas = commas or "," in where
    last = chunk[-1][0].location
    return _join(texts, comma=commas), last is not None and "," in last


def _runs(contributions: Sequence[Contribution], key: Any) -> list[list[Contribution]]:
    runs: list[list[Contribution]] = []
    for c in contributions:
        if runs and key(runs[-1][0]) == key(c):
            runs[-1].append(c)
        else:
            runs.append([c])
    return runs


def _render_tagline(run: Sequence[Contribution]) -> str:
    """ "Reporting by A in Paris; Editing by B" """
    clauses: list[str] = []
    for same in _runs(run, lambda c: c.role):
        phrase = _tag_phrases()[same[0].role or ""]
        clauses.extend(f"{phrase} {_render_groups(chunk)[0]}" for chunk in _chunks(same))
    return "; ".join(clauses)


def _render_credits(run: Sequence[Contribution]) -> list[str]:
    """AP credit sentences: "Associated Press writer A in X and photographer B contributed ..." """
    sentences: list[str] = []
    parts: list[str] = []
    comma = False
    carried: str | None = None

    def close() -> None:
        if parts:
            tail = "," if comma else ""
            sentences.append(f"{_join(parts, comma=False)}{tail} contributed to this report.")
            parts.clear()

    for same in _runs(run, lambda c: (c.role, c.affiliation, c.name is None)):
        role, affiliation = same[0].role, same[0].affiliation
        if same[0].name is None and role is not None:
            # Group credits name their agency each ("... and AP journalists around the
            # world"), which carries over to later titles.
            for c in same:
                parts.append(_group_text(c))
                comma = c.location is not None and "," in c.location
            carried = affiliation
            continue
        for chunk in _chunks(same):
            # A sentence holds names without a title only first, and an agency carries
            # over to later titles: start a new sentence where the reader would not.
            if parts and (role is None or (affiliation is None and carried is not None)):
                close()
            count = sum(len(group) for group in chunk)
            text, comma = _render_groups(chunk)
            if role is not None:
                word = role if count == 1 else _plurals()[role]
                if affiliation is not None and (not parts or affiliation != carried):
                    word = f"{affiliation} {word}"
                elif not parts:
                    word = word[:1].upper() + word[1:]
                text = f"{word} {text}"
            parts.append(text)
            # An agency carries over to later titles; that of "A of Reuters" does not.
            carried = affiliation if role is not None else None
    close()
    return sentences


def _render(contributions: Sequence[Contribution]) -> str:
    """Canonical text for contributions: credit sentences and tagline clauses, in order."""
    out = ""
    for run in _runs(contributions, lambda c: c.role in _TAG_ROLE_SET):
        tagline = run[0].role in _TAG_ROLE_SET
        texts = [_render_tagline(run)] if tagline else _render_credits(run)
        for text in texts:
            if out:
                if out.endswith("contributed to this report."):
                    out += " "
                elif out.endswith("."):
                    out += "; "
                else:
                    out += ". "
            out += text
    return out
