"""Photo captions and their credits.

A caption describes the picture, often names the date it was taken, and ends
with the credit: in parentheses (AP), after a label (``Photo:``, ``Bild:``),
or bare after the last sentence (Reuters, Getty)::

    caption  = [ prefix sep ] text [ credit ]
    prefix   = "FILE" | "FILE PHOTO" | "EDS NOTE" | ...      (CAPTION_PREFIXES)
    sep      = " - " | ": " | " — " | " _ "                  (" _ ": AP's old text feeds)
    credit   = "(" body ")" | label body | body              (bare: after a sentence)
    body     = chain [ ( " " | "/" ) "via " agency [ "/File Photo" ] ]
               { ", " ( "File" | "Pool" ) }
    chain    = part { ( "/" | " | " ) part }                 ("REUTERS//File Photo": empty)
    part     = agency | photo-service | names | rank names | agency ", " names
             | pool | file | handout | organisation

Besides: a credit before its caption, as the BBC's pages print it (``Image
source, Getty Images Image caption, Police at the scene``: :func:`_credit_first`);
who lent a picture (``(Courtesy of the family)``: no photographer, no agency);
an organisation alone in parentheses (``(U.S. District Court, ...)``); a source
before a colon (``(ABC News: Callum Flinn)``); ``Name for Outlet`` and ``Name,
Outlet`` for the known outlets; The New York Times' ``Credit...`` label and its
distributor after an em dash (``Name/Agence France-Presse — Getty Images``).

A bare credit handed on to a distributor stands in Reuters' general form
``[Source/...][Handout|Pool] via REUTERS[/File Photo]`` (:func:`_handed_on`).

Every agency comes from the agency table (:mod:`newsparse._tables.agencies`,
through :func:`newsparse._lookup.find_agency`), so a new credit agency is a new
row there. Photographers are read only where credits put them: before the
agency (``Name/AP``, ``Name/AFP via Getty Images``) or right after it
(``AP Photo/Name``, ``REUTERS/Name``, ``EPA-EFE/NAME``). What is not understood
stays in ``text``: a wrong credit is worse than none.

    >>> c = parse_caption("FILE - Israeli soldiers cross the fence in the town of "
    ...                   "Majdal Shams, Dec. 15, 2024. (AP Photo/Matias Delacroix, File)")
    >>> c.prefix, c.is_file, c.date, c.credit.photographers, c.credit.agency
    ('FILE', True, datetime.date(2024, 12, 15), ('Matias Delacroix',), 'AP')
    >>> str(parse_caption("Traders work in New York. REUTERS/Brendan McDermid"))
    'Traders work in New York. (REUTERS/Brendan McDermid)'
"""

from __future__ import annotations

import datetime
import string
from enum import Enum
from typing import Any, NamedTuple

import attrs
import regex

from newsparse import _lookup
from newsparse._bare_names import is_bare_name
from newsparse._grammar import APOSTROPHES, DASH_CHARS, HSPACE
from newsparse._lookup import find_agency
from newsparse._names import _QUICK_NAMES, is_person_name
from newsparse._serialize import Serializable
from newsparse._tables.agencies import AGENCIES
from newsparse._tables.credits import (
    AGENCY_DESKS,
    ANONYMOUS,
    CAMPAIGN_OFFICES,
    CAPTION_PREFIXES,
    CAPTION_TRAILERS,
    CREDIT_AGENCIES,
    CREDIT_LABELS,
    CREDIT_NOTICES,
    FILE_MARKERS,
    MILITARY_RANKS,
    NOT_PERSONS,
    ORG_CONNECTORS,
    ORG_WORDS,
    PLACE_WORDS,
    PLATFORMS,
    POOL_MARKERS,
)
from newsparse._tables.months import MONTHS
from newsparse._tables.outlets import OUTLETS
from newsparse._tables.particles import ABBREVIATIONS, CONJUNCTIONS, NOT_NAMES
from newsparse._tables.places import STANDALONE_CITIES, US_STATES
from newsparse._types import Agency, Span, span_field
from newsparse.errors import check_line

__all__ = ["MAX_LEN", "Caption", "Credit", "parse_caption"]

#: The longest line read as a caption (the longest real AP captions run to about 900).
MAX_LEN = 3000

#: The longest credit looked for at the end of a caption.
CREDIT_MAX = 240

# --- grammar pieces -------------------------------------------------------------

#: Space inside credits: horizontal space and the zero-width spaces pages leave
#: after slashes ("Alba Pacheco/\u200bAgencia LOF/\u200bdpa").
SPACE = rf"(?:{HSPACE}|[\u200b\u200c\u200d\u2060\ufeff])"

# " _ ": the dash of AP's older text feeds, which wrote "FILE _ In this Jan. 5, 2018
# file photo, ..." (an underscore for the dash their character set lacked); read only
# with a space either side.
UNDERSCORE_DASH = rf"{SPACE}++_(?={SPACE})"

# "FILE - "  "FILE PHOTO: "  "EDS NOTE: "  "Editor's Note — "  "FILE _ "  "Image caption, " (BBC;
# older pages glue it with a space alone: "Image caption Police gathered outside")
PREFIX = (
    rf"(?P<prefix>(?i:\L<prefixes>))"
    rf"(?:{SPACE}*+(?:[:\-{DASH_CHARS}]|--)|{UNDERSCORE_DASH}|(?<=(?i:caption))(?:,|(?={SPACE})))"
    rf"{SPACE}*+(?=\S)"
)

# "Photo: "  "Bild: "  "Photo by "  "© "  "Photo credit should read "  "Credit..."
# (The New York Times' pages: "... in Zhangjiakou.Credit...Doug Mills/The New York Times")
# "Image copyright "  "Image source, " (the BBC's pages: "Image source, Getty Images").
LABEL = (
    rf"(?P<label>\L<labels>)"
    rf"(?:{SPACE}*+:|(?<=by|von|read|copyright){SPACE}++|(?<=©)|(?<=source),"
    rf"|(?<=Credit)(?:\.\.\.|…)){SPACE}*+"
)

# "/"  " / "  " | ": the joints of a chain of sources.
JOINT = rf"{SPACE}*+/{SPACE}*+|{SPACE}++\|{SPACE}++"

# " via Getty Images"  "/via REUTERS"
VIA = rf"(?:{SPACE}++|{SPACE}*+/{SPACE}*+)(?i:via){SPACE}++(?P<via>[^/|]++)$"

# " — Getty Images": the distributor after an em dash, as The New York Times writes it
# ("Credit...Christophe Simon/Agence France-Presse — Getty Images"); read only after a
# chain with a slash, and only a known agency.
DASH_VIA = rf"{SPACE}++—{SPACE}++(?P<via>[^/|—]++)$"

# "/File Photo" after the distributor: "Name/Pool via REUTERS/File Photo", Reuters'
# file pictures passed on from a pool or a handout.
VIA_FILE = rf"{SPACE}*+/{SPACE}*+(?P<file>(?i:\L<file_markers>)){SPACE}*+$"

# " MANDATORY CREDIT. NO RESALES. NO ARCHIVES.": restrictions after a credit, kept in raw.
NOTICE = rf"(?:{SPACE}++\L<notices>\.)++$"

# ", File"  ", Pool"  "/File Photo" at the very end of a credit.
FLAG = rf"(?:{SPACE}*+,{SPACE}*+)(?P<flag>(?i:\L<credit_flags>))$"

# ", "  " and "  " & "  " und ": between names of one part ("Name1, Name2").
NAME_LIST = rf"{SPACE}*+,{SPACE}*+|{SPACE}++(?:and|&|und){SPACE}++"

# "Juanmonino": a one-word contributor name, capitalised, in the agency-first form.
MONONYM = r"\p{Lu}\p{Ll}{2,}+"

# "@acebush1": a social-media handle, a source that names no photographer.
HANDLE = r"@[\w.]++"

# "filmfoto"  "Ridofranz"  "kieferpix": a stock-photo contributor's account name, one
# word, read only last in a chain after " | " ("© Getty Images/iStockphoto | filmfoto").
ACCOUNT = r"[\p{L}\p{N}][\p{L}\p{N}_.\-]*+"

# "By Rachel Megawhat:": a caption that is only a credit naming who took the pictures
# (a live blog's "Exclusive Pics ..." entry), read only as a whole caption or in
# parentheses; the colon introduces the pictures.
BY_ONLY = rf"(?:By|BY){SPACE}++(?P<names>[^:()/|]++):?+"

# "Courtesy of the family"  "Photo courtesy of Jane Doe"  "Photo: Courtesy NASA": who
# lent a picture, credited in parentheses after the caption's last sentence (US
# papers' credit lines; AP writes "(Courtesy of X via AP)", read by the general
# reader). The source is no photographer (it may be the owner) and no agency.
COURTESY = (
    rf"(?:(?:Photo|Photos|Image|Picture)(?:{SPACE}*+:{SPACE}*+Courtesy|{SPACE}++[Cc]ourtesy)"
    rf"|Courtesy)(?:{SPACE}++of)?+{SPACE}++(?P<source>\S.*+)"
)

# " more >"  " Show more": page text after a caption's credit (CAPTION_TRAILERS).
TRAILER = rf"{SPACE}++(?P<trailer>(?i:\L<trailers>))$"

# "Facebook"  "The Dallas Morning News"  "WMPI-TV"  "Evansville Courier & Press"  "HA":
# an organisation named before "via", read only there: capitalised words, at most six.
SOURCE = (
    r"[\p{Lu}\p{N}][\p{L}\p{N}.'’\-]*+"
    r"(?:" + SPACE + r"++(?:&|of|for|de|\p{Lu}[\p{L}\p{N}.'’\-]*+)){0,5}+"
)

# "Dec. 15, 2024"  "Tuesday, April 18, 2023"  "Jun 3, 2018"  "November 16, 2017"
MONTH_DAY_YEAR = (
    r"(?<![\p{L}\p{N}])(?P<month>(?i:\L<months>))\.?+" + SPACE + r"++"
    r"(?P<day>\d{1,2}+)(?:st|nd|rd|th)?+,?+" + SPACE + r"++(?P<year>\d{4}+)(?!\p{N})"
)

# "15 December 2024"  "28. April 2023"
DAY_MONTH_YEAR = (
    r"(?<![\p{L}\p{N}])(?P<day>\d{1,2}+)\.?+"
    + SPACE
    + r"++(?P<month>(?i:\L<months>))\.?+,?+"
    + SPACE
    + r"++(?P<year>\d{4}+)(?!\p{N})"
)

DATE = rf"{MONTH_DAY_YEAR}|{DAY_MONTH_YEAR}"

# "Associated Press, Nov. 3": a short date after a credit line, kept in raw.
CREDIT_DATE = (
    rf"{SPACE}*+,{SPACE}*+(?i:\L<months>)\.?+{SPACE}++\d{{1,2}}+(?:,?+{SPACE}++\d{{4}}+)?+$"
)

# "Neil Mockford/"  "Nicky J Sims/": the last words before the first slash of a
# credit glued to a caption without a sentence end; read by _glued_starts.
GLUED_NAME_WORD = r"\p{Lu}\p{Ll}++(?:[\-'’]\p{Lu}?\p{Ll}++)*+|\p{Lu}\.?+"

# Where a bare credit may begin: after a sentence (not after an initial such as
# "J." or "U.S."), or after " | ". Glued credits ("...Stadion.Getty Images") too.
SENTENCE_END = r"(?<!(?:^|[\s.])\p{Lu})[.!?…][\"”’')\]]*+"
BARE_START = rf"(?:{SENTENCE_END}|{SPACE}\|){SPACE}*+(?=\S)"

# "... U.S. REUTERS/Name": a credit agency in capitals before a slash starts a
# credit after any space.
CAPS_START = rf"(?<={SPACE})(?=\p{{Lu}}[\p{{Lu}}\-]++(?:{SPACE}\p{{Lu}}++)*+{SPACE}*+/)"

# Where a label may begin: after a space or punctuation, or glued to a word
# ("...NadeschdinBild: ...").
LABEL_START = (
    r"(?<![\p{Lu}])(?=\L<labels>(?:\s*:|(?<=by|von|read|copyright)\s|(?<=©)|(?<=source),"
    r"|(?<=Credit)(?:\.\.\.|…)))"
)

_MONTHS = {form.casefold(): number for number, forms in MONTHS.items() for form in forms}

_LISTS: dict[str, Any] = {
    "prefixes": sorted(CAPTION_PREFIXES, key=len, reverse=True),
    "labels": sorted(CREDIT_LABELS, key=len, reverse=True),
    "credit_flags": sorted((*FILE_MARKERS, *POOL_MARKERS), key=len, reverse=True),
    "file_markers": sorted(FILE_MARKERS, key=len, reverse=True),
    "months": sorted(_MONTHS, key=len, reverse=True),
    "notices": sorted(CREDIT_NOTICES, key=len, reverse=True),
    "trailers": sorted(CAPTION_TRAILERS, key=len, reverse=True),
}


def _compile(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern, regex.VERBOSE, ignore_unused=True, **_LISTS)


_PREFIX_RE = _compile(PREFIX)
_ASCII_CHARS = frozenset(map(chr, range(128)))
#: The ASCII characters a prefix can begin with (PREFIX is case-insensitive): a
#: caption that begins with another ASCII character has no prefix.
_PREFIX_FIRSTS = frozenset(
    char
    for char in _ASCII_CHARS
    if regex.match(r"(?i:\L<firsts>)", char, firsts={p[0] for p in CAPTION_PREFIXES})
)
#: The first two characters of each prefix in lower case: ASCII text that
#: begins otherwise has no prefix (PREFIX compares ASCII letters without case).
_PREFIX_HEADS = frozenset(p[:2].lower() for p in CAPTION_PREFIXES)
_PREFIX_HEADS_ASCII = all(p[:2].isascii() and len(p) >= 2 for p in CAPTION_PREFIXES)
#: Printable ASCII characters but space: one after a prefix's separator ends
#: PREFIX's spaces and meets its ``(?=\S)``.
_PREFIX_NEXT = frozenset(string.printable) - frozenset(string.whitespace)


def _quick_prefixes() -> dict[str, tuple[str, str]]:
    """Each prefix written as a canonical caption writes it (``"FILE - "``,
    ``"FILE PHOTO: "``), by its first seven characters: the opening and the prefix.

    Kept only where PREFIX, on the opening and any of :data:`_PREFIX_NEXT`
    after it, reads that prefix and ends after the opening, and where no other
    prefix begins with the opening (nothing after it could make PREFIX read a
    longer one); and only where the first seven characters tell one opening.
    """
    table: dict[str, tuple[str, str]] = {}
    heads: dict[str, int] = {}
    for name, (sep, _) in CAPTION_PREFIXES.items():
        opening = f"{name}{sep}"
        heads[opening[:7]] = heads.get(opening[:7], 0) + 1
        if len(opening) < 7 or any(
            other.casefold().startswith(opening.casefold()) for other in CAPTION_PREFIXES
        ):
            continue
        if all(
            (match := _PREFIX_RE.match(opening + char)) is not None
            and match["prefix"] == name
            and match.end() == len(opening)
            for char in _PREFIX_NEXT
        ):
            table[opening[:7]] = (opening, name)
    return {head: row for head, row in table.items() if heads[head] == 1}


_QUICK_PREFIXES = _quick_prefixes()
_LABEL_RE = _compile(LABEL)
_JOINT_RE = _compile(rf"(?P<joint>{JOINT})")
_VIA_RE = _compile(VIA)
_VIA_FILE_RE = _compile(VIA_FILE)
_DASH_VIA_RE = _compile(DASH_VIA)
#: The file markers in lower case: a credit ends with "/File Photo" only when its
#: lowered end is one of them (VIA_FILE reads them without case).
_FILE_ENDS = tuple(m.lower() for m in FILE_MARKERS)
#: How far from the end VIA_FILE is looked for: the longest marker, a slash and spaces.
_VIA_FILE_SPAN = max(map(len, FILE_MARKERS)) + 8
_FLAG_RE = _compile(FLAG)
_NOTICE_RE = _compile(NOTICE)
_NAME_LIST_RE = _compile(NAME_LIST)
_MONONYM_RE = _compile(MONONYM)
_HANDLE_RE = _compile(HANDLE)
_ACCOUNT_RE = _compile(ACCOUNT)
_BY_ONLY_RE = _compile(BY_ONLY)
_TRAILER_RE = _compile(TRAILER)
_COURTESY_RE = _compile(COURTESY)
#: The last characters of each trailer, lowered: a cheap test before _TRAILER_RE.
_TRAILER_ENDS = tuple({t[-1].lower() for t in CAPTION_TRAILERS})
#: The longest trailer: a trailer ends the caption, so TRAILER is looked for only
#: that far from the end (and the spaces before the match added back).
_TRAILER_MAX = max(map(len, CAPTION_TRAILERS))
#: The ASCII trailers in lower case: ASCII text ends with a trailer (TRAILER reads
#: it without case, and an ASCII letter matches only itself in either case) only
#: when its lowered end is one of them.
_TRAILERS_ASCII_LOWER = tuple(t.lower() for t in CAPTION_TRAILERS if t.isascii())


def _trailer(body: str) -> regex.Match[str] | None:
    """TRAILER searched for at the end of ``body``.

    Cheap tests first: the last character, lowered, must end a trailer, and an
    ASCII end must end with one of :data:`_TRAILERS_ASCII_LOWER` (a match there
    ends the text, so its letters are the last ones): else there is no match.
    """
    if body[-1:].lower() not in _TRAILER_ENDS:
        return None
    tail = body[-_TRAILER_MAX:]
    if tail.isascii() and not tail.lower().endswith(_TRAILERS_ASCII_LOWER):
        return None
    return _TRAILER_RE.search(body, max(0, len(body) - _TRAILER_MAX - 1))


_SOURCE_RE = _compile(SOURCE)
_DATE_BACK_RE = regex.compile(DATE, regex.VERBOSE | regex.REVERSE, ignore_unused=True, **_LISTS)
_YEAR_RE = regex.compile(r"(?<!\p{N})\d{4}+(?!\p{N})")
#: DATE with each month read as a word, a run of letters (``\p{L}++``), and its form
#: looked up after: on ASCII text, read back from a year, it matches where DATE
#: matches, with the same groups, and elsewhere only where the word is no month.
#: The month forms are letters, none the end of another, and match only ASCII
#: letters there, so a month form that matches is the whole word (before it stands
#: no letter, by the look-behind or the space); and the two forms of date never both
#: fit before one year (the word before the year's spaces and comma ends in a digit
#: or "st" after one, or is a word (and point) after a space).
_DATE_WORD_BACK_RE = regex.compile(
    DATE.replace(r"(?i:\L<months>)", r"\p{L}++"), regex.VERBOSE | regex.REVERSE
)
#: The longest "Wednesday, September 27th, 2023" before its year, with room for spaces.
_DATE_SPAN = 40
#: Longer bare credits need a joint, "via" or a label: "Getty Images, File" is short.
_BARE_PLAIN_MAX = 80
#: Abbreviations whose point ends no sentence inside a credit part: "St.", "Jr.",
#: "Dr." and the abbreviated military ranks ("Staff Sgt. Name", "Lt. Col. Name").
_SENTENCE_GUARDS = tuple(
    dict.fromkeys(
        (
            "St",
            "Jr",
            "Sr",
            "Dr",
            *(
                word[:-1]
                for rank in MILITARY_RANKS
                for word in rank.split()
                if word.endswith(".") and word[:-1].isalpha()
            ),
        )
    )
)
#: A sentence end inside a credit part: not after an initial ("J.") or a guarded
#: abbreviation (:data:`_SENTENCE_GUARDS`).
_SENTENCE_END = (
    r"(?<!(?:^|[\s.])\p{Lu}|" + "|".join(rf"\b{word}" for word in _SENTENCE_GUARDS) + r")[.!?…]\s"
)
_SENTENCE_IN_PART_RE = regex.compile(_SENTENCE_END)
_VIA_HINT = regex.compile(r"(?i:via)")


def _has_via(text: str) -> bool:
    """Whether ``_VIA_HINT`` finds "via" (any case) in ``text``; ASCII text is lowered instead."""
    if text.isascii():
        return "via" in text.lower()
    return ("v" in text or "V" in text) and _VIA_HINT.search(text) is not None


_JOINED_HINT = _compile(rf"/|\|(?i:via)|^(?:{LABEL})")
_CREDIT_DATE_RE = _compile(CREDIT_DATE)
_GLUED_NAME_WORD_RE = _compile(GLUED_NAME_WORD)
_BARE_START_RE = _compile(BARE_START)
_CAPS_START_RE = _compile(CAPS_START)
_LABEL_START_RE = _compile(LABEL_START)
_BAD_PART_RE = regex.compile(rf"[:;()\[\]{{}}<>\"“”«»]|{_SENTENCE_END}")
#: Every character _BAD_PART_RE can begin with: text with none of them has no bad part.
_BAD_PART_FIRSTS = frozenset(':;()[]{}<>"“”«».!?…')


def _bad_part(text: str) -> bool:
    """Whether ``_BAD_PART_RE`` finds anything in ``text``; a set test first."""
    return not _BAD_PART_FIRSTS.isdisjoint(text) and _BAD_PART_RE.search(text) is not None


#: Spaces pages leave around credit parts, zero-width ones included.
_SPACE_CHARS = " \t\u00a0\u2007\u2009\u202f\u200b\u200c\u200d\u2060\ufeff"
_STRIP = _SPACE_CHARS + APOSTROPHES
#: The run of capitals, hyphens and spaces before a slash, read back from the slash:
#: a CAPS_START can only stand in it.
_CAPS_RUN_BACK_RE = regex.compile(rf"[\p{{Lu}}\-{_SPACE_CHARS}]*+", regex.REVERSE)
#: What a SENTENCE_END starts with: BARE_START is tried only at these and before a bar.
_SENTENCE_MARKS = ".!?\u2026"
_SENTENCE_MARK_SET = frozenset(_SENTENCE_MARKS)
_ASCII_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
#: ASCII characters no run read by _CAPS_RUN_BACK_RE holds: before a slash, no CAPS_START.
_NOT_CAPS_RUN = frozenset(
    chr(code) for code in range(128) if chr(code) not in _ASCII_CAPITALS and chr(code) not in "- \t"
)

_FILE = frozenset(m.casefold() for m in FILE_MARKERS)
_POOL = frozenset(m.casefold() for m in POOL_MARKERS)
_ANONYMOUS = frozenset(m.casefold() for m in ANONYMOUS)
_NOT_PERSONS = frozenset(m.casefold() for m in NOT_PERSONS)
_ORG_WORDS = frozenset(ORG_WORDS)
_OUTLETS = frozenset(o.casefold() for o in OUTLETS)
_FILE_PREFIXES = frozenset(p.casefold() for p, (_, is_file) in CAPTION_PREFIXES.items() if is_file)
_PREFIX_SEPS = {p.casefold(): sep for p, (sep, _) in CAPTION_PREFIXES.items()}
_SUFFIXES = frozenset({"jr.", "sr.", "jr", "sr", "ii", "iii", "iv"})
_ORG_CONNECTORS = frozenset(ORG_CONNECTORS)
_DESKS_BY_LAST: dict[str, list[str]] = {}
for _desk in AGENCY_DESKS:
    _DESKS_BY_LAST.setdefault(_desk.rsplit(" ", 1)[-1], []).append(_desk)
_PLATFORMS = frozenset(p.casefold() for p in PLATFORMS)
_CAMPAIGN_OFFICES = frozenset(CAMPAIGN_OFFICES)
_BOUNDARY_WORDS = frozenset((*PLACE_WORDS, *ORG_WORDS, *NOT_NAMES))
#: Places of two words or more ("New York", "Los Angeles", "New Mexico"): never a glued name.
_PLACE_RUNS = frozenset(
    place.casefold() for place in (*STANDALONE_CITIES, *US_STATES) if " " in place
)
_CREDIT_AGENCIES = {
    form.casefold(): agency for agency in CREDIT_AGENCIES for form in (*agency.forms, *agency.photo)
}


# --- models ----------------------------------------------------------------------


@attrs.frozen(slots=True)
class Credit(Serializable):
    """The credit of a photo: who took it, for which agency, through which distributor.

    ``str(credit)`` is the credit as written (``raw``); a :class:`Caption`
    renders it in parentheses.

    >>> c = parse_caption("Fans cheer. (Jane Doe/AFP via Getty Images)").credit
    >>> c.photographers, c.agency, c.via, c.raw
    (('Jane Doe',), 'AFP', 'Getty Images', 'Jane Doe/AFP via Getty Images')

    Attributes:
        photographers: The photographers named, as written: ``("Matias Delacroix",)``.
        agency: The agency credited, in the form it signs with (the ``short`` of its
            row in the agency table: ``"AP"``, ``"Reuters"``, ``"Getty Images"``);
            ``"Pool"`` for ``Name/Pool via Reuters``; before ``via``, an organisation
            that is no agency as written (``(WMPI-TV via AP)`` -> ``"WMPI-TV"``,
            ``U.S. Navy/Handout via REUTERS`` -> ``"U.S. Navy"``); AP's partner in
            ``(AP Photo/The Canadian Press, Name)`` (-> ``"CP"``, via ``"AP"``);
            ``None`` when the credit names none (``(Courtesy of X via AP)``).
        via: The distributor, after ``via`` (``AFP via Getty Images`` -> ``"Getty
            Images"``) or last in a chain of agencies (``Name/TASS/dpa/picture
            alliance`` -> agency ``"TASS"``, via ``"picture alliance"``), else ``None``.
        is_file: A file (archive) picture: ``, File``, ``/File Photo``.
        is_pool: A pool picture: ``, Pool``, ``Name/Pool via REUTERS``.
        raw: The credit as written, label included, parentheses left out.
        span: Where ``raw`` stands in the parsed caption.
    """

    photographers: tuple[str, ...] = ()
    agency: str | None = None
    via: str | None = None
    is_file: bool = False
    is_pool: bool = False
    raw: str = ""
    span: Span = span_field()

    def __str__(self) -> str:
        return self.raw


@attrs.frozen(slots=True)
class Caption(Serializable):
    """A photo caption: an editor's note, the text, the date it names, and the credit.

    >>> c = parse_caption("A mother sells bread in Ecatepec, Mexico, Tuesday, April 18, 2023. "
    ...                   "(AP Photo/Marco Ugarte)")
    >>> c.prefix, c.is_file, c.date, c.credit.photographers
    (None, False, datetime.date(2023, 4, 18), ('Marco Ugarte',))
    >>> c.text
    'A mother sells bread in Ecatepec, Mexico, Tuesday, April 18, 2023.'

    Attributes:
        prefix: The note before the caption, as written, without its dash or colon:
            ``"FILE"``, ``"FILE PHOTO"``, ``"EDS NOTE"``; ``None`` when there is none.
        text: The caption without prefix and credit.
        is_file: A file picture, told by the prefix or the credit.
        date: The first full date (with a year) the text names, else ``None``.
        credit: The credit, or ``None`` when there is none (or none understood).
        trailer: Page text printed right after the credit, a link or button such as
            ``"more >"`` (:data:`newsparse._tables.credits.CAPTION_TRAILERS`), kept
            as written; ``None`` when there is none.
        span: Where the caption stands in the parsed input.
    """

    prefix: str | None
    text: str
    is_file: bool = False
    date: datetime.date | None = None
    credit: Credit | None = None
    trailer: str | None = attrs.field(default=None)
    span: Span = span_field()

    @trailer.validator
    def _check_trailer(self, _: attrs.Attribute[str | None], value: str | None) -> None:
        if value is None:
            return
        if self.credit is None or _TRAILER_RE.fullmatch(" " + value) is None:
            msg = f"Expected a trailer from CAPTION_TRAILERS after a credit, got {value!r}"
            raise ValueError(msg)

    def __str__(self) -> str:
        body = " ".join(
            part
            for part in (
                self.text,
                f"({self.credit.raw})" if self.credit else "",
                self.trailer or "",
            )
            if part
        )
        if self.prefix is None:
            return body
        return f"{self.prefix}{_PREFIX_SEPS.get(self.prefix.casefold(), ' - ')}{body}"


# --- reading credits ---------------------------------------------------------------
#
# Speed: every real caption line comes through here, so the readers keep to plain
# tuples (:class:`_Part`, :class:`_Shape`), read each part once, and make a cheap
# test (a character, a substring, a length) before each pattern that the test can
# rule out: the pattern still decides whenever the test lets it through.


class _Kind(Enum):
    AGENCY = "agency"
    NAMES = "names"
    MONONYM = "mononym"
    POOL = "pool"
    FILE = "file"
    ANONYMOUS = "anonymous"
    SOURCE = "source"
    ACCOUNT = "account"
    UNKNOWN = "unknown"


class _Part(NamedTuple):
    """One source of a credit chain: what it is, the names it gives, its agency.

    ``text``: an unread part's text as written when it may name a source, and for
    a name part the military rank written before the name ("Staff Sgt."), if any.
    """

    kind: _Kind
    names: tuple[str, ...] = ()
    agency: Agency | None = None
    joint: str = "/"
    text: str = ""


class _Shape(NamedTuple):
    """A credit taken apart: label, chain of parts, distributor, flags."""

    label: bool
    chain: str
    parts: tuple[_Part, ...]
    via: Agency | None
    has_via: bool
    slash_via: bool
    is_file: bool
    is_pool: bool
    via_caps: bool = False


class _Read(NamedTuple):
    """What a credit says, before it gets its span: the fields of :class:`Credit`."""

    photographers: tuple[str, ...] = ()
    agency: str | None = None
    via: str | None = None
    is_file: bool = False
    is_pool: bool = False


#: First words that make a run of capitalised words no personal name ("The Guardian").
_ARTICLES = frozenset({"The", "Der", "Die", "Das", "La", "Le", "El"})
#: Kinds of parts a credit reader leaves unread, and kinds a last account may follow.
_UNREAD = frozenset({_Kind.UNKNOWN, _Kind.MONONYM, _Kind.ACCOUNT})
_ACCOUNT_AFTER = frozenset({_Kind.AGENCY, _Kind.SOURCE})
#: Cheap tests that rule a pattern out: first characters of the labels (LABEL is
#: case-sensitive), the lengths of the flags (a case-insensitive match keeps the
#: length), the notices with their point, and the words a label begins with (LABEL
#: matches only where text begins with one of them: ``startswith(_LABEL_ROOTS)``).
_LABEL_FIRSTS = frozenset(label[0] for label in CREDIT_LABELS)
_FLAG_LENGTHS = frozenset(len(flag) for flag in (*FILE_MARKERS, *POOL_MARKERS))
_NOTICE_ENDS = tuple(f"{notice}." for notice in CREDIT_NOTICES)
_LABEL_ROOTS = tuple(
    label
    for label in CREDIT_LABELS
    if not any(other != label and label.startswith(other) for other in CREDIT_LABELS)
)


def _written_form(part: str) -> bool:
    """Whether ``part`` is an agency form exactly as the table writes it ("Getty Images")."""
    agency = find_agency(part)
    return agency is not None and part in (*agency.forms, *agency.photo)


def _agency(part: str) -> Agency | None:
    """The agency a credit part names: "AP Photo", "REUTERS", "Getty Images Europe"."""
    # find_agency(part) or _CREDIT_AGENCIES.get(part.casefold()), the table looked up here
    agency = _lookup._by_form().get(" ".join(part.split()).casefold()) or _CREDIT_AGENCIES.get(
        part.casefold()
    )
    if agency is not None:
        return agency
    if " " not in part:
        return None
    for desk in _DESKS_BY_LAST.get(part[part.rfind(" ") + 1 :], ()):  # "Getty Images Europe"
        if part.endswith(desk) and part[: -len(desk)].endswith(" "):
            agency = find_agency(part[: -len(desk)])
            if agency is not None:
                return agency
    head, sep, _ = part.partition(" for ")  # "Getty Images for Netflix"
    return find_agency(head) if sep else None


def _is_name(item: str, *, no_agency: bool = False) -> bool:
    """Whether ``item`` is a photographer's name; ``no_agency``: it is known to name none.

    The cheap word tests come before :func:`newsparse._names.is_person_name` (all must
    pass, none has an effect; text without words is no name either way).
    """
    words = item.split()
    if not words or words[0] in _ARTICLES:
        return False
    if "." in item or "," in item:
        if any(w.strip(".,") in _ORG_WORDS for w in words):
            return False
    elif not _ORG_WORDS.isdisjoint(words):  # no word to strip
        return False
    if not is_person_name(item):
        return False
    return no_agency or _agency(item) is None


#: Folded forms that make :func:`_classify` read a part as no name, besides the
#: agency table's forms: credit agencies, file, pool, handout, stock and platform words.
_SPECIAL_FOLDED = frozenset(
    (*_CREDIT_AGENCIES, *_FILE, *_POOL, *_ANONYMOUS, *_NOT_PERSONS, *_PLATFORMS)
)
#: Words that stop a name (in lower case): never names, and conjunctions.
_NAME_STOPS = frozenset(w.lower() for w in (*NOT_NAMES, *CONJUNCTIONS))
#: Abbreviations of letters only (none so far): such a word is no full name word.
_ALPHA_ABBREVIATIONS = frozenset(a for a in ABBREVIATIONS if a.isalpha())
#: Words of letters that make a part no plain name: organisation words, abbreviations.
_NOT_PLAIN_WORDS = _ORG_WORDS | _ALPHA_ABBREVIATIONS


def _plain_name(part: str) -> bool:
    """Whether :func:`_classify` reads ``part`` as one photographer's name, known at once.

    ``True`` only for the commonest names: ASCII words one space apart, each
    capitalised letters ("Marco", "LM") or an initial ("C."), two or more, one of
    them a full word. Of such a part, :func:`_agency` finds nothing when its folded
    form is no agency form and its last word starts no desk; the special words of
    :func:`_classify` are looked up in one set (:data:`_SPECIAL_FOLDED`); it holds
    no comma, "&" or lower-case "and"/"und", so :func:`_names` reads one item, the
    part itself; and :func:`newsparse._names.is_person_name` takes its plain words
    with the look-ups made here (when its quick path is exact). ``False`` leaves
    the part to the general reader, which then decides.
    """
    if not _QUICK_NAMES or not part.isascii():
        return False
    words = part.split(" ")
    if (
        len(words) < 2
        or words[0] in _ARTICLES
        or words[-1] in _DESKS_BY_LAST
        or words[0] in _RANK_FIRST_WORDS  # "Airman John Doe": a rank, read by _ranked_name
    ):
        return False
    full = False
    for word in words:
        if word.isalpha():  # "" (two spaces) is not
            if word[0] not in _ASCII_CAPITALS or word in _NOT_PLAIN_WORDS:
                return False
            full = full or len(word) > 1
        elif (
            len(word) != 2
            or word[1] != "."
            or word[0] not in _ASCII_CAPITALS
            or word[0] in _ORG_WORDS
        ):
            return False
    if not full:
        return False
    lower = part.lower()
    return (
        _NAME_STOPS.isdisjoint(lower.split(" "))  # each word in lower case
        and lower not in _SPECIAL_FOLDED
        and lower not in _lookup._by_form()  # read at each call, as find_agency reads it
        and not lower.startswith("courtesy")
    )


def _names(part: str, *, no_agency: bool = False) -> tuple[list[str], Agency | None] | None:
    """Split "Name1, Name2 and Name3" or "Name, AP" into names (and an agency last).

    ``no_agency``: ``part`` is known to name no agency (:func:`_classify` asked first).
    """
    if (
        "," not in part
        and "&" not in part
        and (("and" not in part and "und" not in part) or _NAME_LIST_RE.search(part) is None)
    ):
        item = part.strip(_STRIP)  # no NAME_LIST: one name (as the split below would give)
        if _is_name(item, no_agency=no_agency and item == part):
            return [item], None
        return None
    items = [i.strip(_STRIP) for i in _NAME_LIST_RE.split(part)]
    merged: list[str] = []
    for item in items:
        if item.casefold() in _SUFFIXES and merged:  # "Martin Luther King, Jr."
            merged[-1] = f"{merged[-1]}, {item}"
        else:
            merged.append(item)
    agency = None
    if len(merged) > 1 and (last := _agency(merged[-1])) is not None:  # "Ringo H.W. Chiu, AP"
        agency = last
        merged.pop()
    if len(merged) == 1:
        if _is_name(merged[0], no_agency=no_agency and merged[0] == part):
            return merged, agency
        return None
    if merged and all(_is_name(i) for i in merged):
        return merged, agency
    return None


def _classify(part: str, joint: str) -> tuple[_Part, ...]:
    """What one part of a credit chain is (a name part may give an agency last).

    Fast paths: a part whose folded form is listed (:data:`_KNOWN_PARTS`: agency
    forms, file, pool, handout, stock and platform words) and that is written with
    single spaces is what the table says; a plain name (:func:`_plain_name`) is
    one name. The general reading below gives the same for both.
    """
    known = _KNOWN_PARTS.get(part.casefold())
    if (
        known is not None
        and _lookup._by_form() is _KNOWN_BY_FORM
        and " ".join(part.split()) == part
    ):
        kind, agency = known
        return (_Part(kind, (), agency, joint, part if kind is _Kind.UNKNOWN else ""),)
    if _plain_name(part):
        return (_Part(_Kind.NAMES, (part,), None, joint),)
    return _classify_general(part, joint)


def _classify_general(part: str, joint: str) -> tuple[_Part, ...]:
    """:func:`_classify` without its fast paths."""
    agency = _agency(part)
    if agency is not None:
        if "pool" in agency.kinds:
            return (_Part(_Kind.POOL, (), None, joint),)
        if "handout" in agency.kinds:
            return (_Part(_Kind.ANONYMOUS, (), None, joint),)
        return (_Part(_Kind.AGENCY, (), agency, joint),)
    folded = part.casefold()
    if folded in _FILE:
        return (_Part(_Kind.FILE, (), None, joint),)
    if folded in _POOL:
        return (_Part(_Kind.POOL, (), None, joint),)
    if folded in _ANONYMOUS:
        return (_Part(_Kind.ANONYMOUS, (), None, joint),)
    if (
        folded in _NOT_PERSONS
        or folded.startswith("courtesy")
        or (part[:1] == "@" and _HANDLE_RE.fullmatch(part))
    ):
        return (_Part(_Kind.SOURCE, (), None, joint),)
    if folded in _PLATFORMS:  # "Facebook via AP": a source, named only before "via"
        return (_Part(_Kind.UNKNOWN, (), None, joint, part),)
    if part[: part.find(" ")] in _RANK_FIRSTS and (ranked := _ranked_name(part, joint)) is not None:
        return (ranked,)  # "Staff Sgt. Desmond Cassell"
    if "," in part and (partner := _partner_names(part, joint)) is not None:
        return (partner,)  # "The Canadian Press, Darren Calabrese"
    found = _names(part, no_agency=True)
    if found is not None:
        names, comma_agency = found
        if comma_agency is not None:
            return (
                _Part(_Kind.NAMES, tuple(names), None, joint),
                _Part(_Kind.AGENCY, (), comma_agency, "/"),
            )
        return (_Part(_Kind.NAMES, tuple(names), None, joint),)
    if _MONONYM_RE.fullmatch(part) and part not in _ORG_WORDS:
        return (_Part(_Kind.MONONYM, (part,), None, joint),)
    if joint == "|" and _ACCOUNT_RE.fullmatch(part):  # "... | filmfoto"
        return (_Part(_Kind.ACCOUNT, (part,), None, joint),)
    # "Facebook via AP", "Name/HA via AP": kept as written, named only before "via".
    source = part if _SOURCE_RE.fullmatch(part) is not None else ""
    return (_Part(_Kind.UNKNOWN, (), None, joint, source),)


#: The military ranks, longest first, each with the space written after it.
_RANK_OPENINGS = tuple(f"{rank} " for rank in sorted(MILITARY_RANKS, key=len, reverse=True))
#: The first words of the ranks that are plain words ("Airman", "Staff", "Petty"): a
#: part that begins with one is no plain name (:func:`_plain_name`) but is read whole.
#: The first word of each rank: a part that begins otherwise holds none.
_RANK_FIRSTS = frozenset(rank.split()[0] for rank in MILITARY_RANKS)
_RANK_FIRST_WORDS = frozenset(
    rank.split()[0] for rank in MILITARY_RANKS if rank.split()[0].isalpha()
)


def _ranked_name(part: str, joint: str) -> _Part | None:
    """A service photographer's name after a military rank: ``Staff Sgt. Desmond Cassell``.

    The US forces credit their photographers with their rank (:data:`MILITARY_RANKS`),
    and Reuters and AP pass the credit on: ``U.S. Army/Staff Sgt. Desmond
    Cassell/Task Force-Iraq Public Affairs/Handout via REUTERS``. The name after
    the rank (one person's name) is the photographer; the rank is kept in the
    part's ``text`` (and in the credit's ``raw``), not in the name.
    """
    for opening in _RANK_OPENINGS:
        if part.startswith(opening):
            found = _names(part[len(opening) :].lstrip(_SPACE_CHARS))
            if found is None or found[1] is not None or len(found[0]) != 1:
                return None
            return _Part(_Kind.NAMES, tuple(found[0]), None, joint, opening.rstrip())
    return None


def _partner_names(part: str, joint: str) -> _Part | None:
    """A partner agency and its photographer, after a comma: ``The Canadian Press, Name``.

    AP distributes its partners' pictures so: ``(AP Photo/The Canadian Press,
    Darren Calabrese, File)``. A name part whose ``agency`` is the partner; read
    by :func:`_read_credit` only right after the agency that opens the credit.
    """
    head, _, rest = part.partition(",")
    agency = _agency(head.strip(_SPACE_CHARS))
    if agency is None:
        return None
    found = _names(rest.strip(_STRIP))
    if found is None or found[1] is not None:
        return None
    return _Part(_Kind.NAMES, tuple(found[0]), agency, joint)


def _known_parts() -> dict[str, tuple[_Kind, Agency | None]]:
    """The kind (and agency) of each listed part, by folded form: :func:`_classify`'s fast path.

    Each agency form and each of :data:`_SPECIAL_FOLDED` is listed, so the
    general reading decides it before any step that looks at the part as
    written, save the desks and " for " of :func:`_agency`, which no listed
    non-agency form can reach (checked here): the folded form decides.
    """
    desk_words = {desk.rsplit(" ", 1)[-1].casefold() for desk in AGENCY_DESKS}
    table: dict[str, tuple[_Kind, Agency | None]] = {}
    for folded in (*_KNOWN_BY_FORM, *_SPECIAL_FOLDED):
        if " ".join(folded.split()) != folded or folded.casefold() != folded:
            continue
        agency = _KNOWN_BY_FORM.get(folded) or _CREDIT_AGENCIES.get(folded)
        if agency is None and (" for " in folded or folded.rsplit(" ", 1)[-1] in desk_words):
            continue
        (part,) = _classify_general(folded, "/")
        table[folded] = (part.kind, part.agency)
    return table


#: The agency table :data:`_KNOWN_PARTS` was read from: the table is used only
#: while :func:`newsparse._lookup.find_agency` reads the same one.
_KNOWN_BY_FORM = _lookup._by_form()
_KNOWN_PARTS = _known_parts()


def _shape(raw: str) -> _Shape | None:
    """Take ``raw`` apart: label, trailing notices and flags, ``via``, the chain of parts."""
    body = raw
    label = _LABEL_RE.match(body) if body.startswith(_LABEL_ROOTS) else None
    if label is not None:
        body = body[label.end() :]
        body = body.removesuffix(":")
    if body.endswith(_NOTICE_ENDS) and (notice := _NOTICE_RE.search(body)) is not None:
        body = body[: notice.start()]
    is_file = is_pool = False
    # "Associated Press, Nov. 3"
    dated = _CREDIT_DATE_RE.search(body) if body[-1:].isdigit() else None
    if dated is not None:
        body = body[: dated.start()]
    # ", File"  ", Pool": what follows the last comma has the length of a flag.
    while (
        "," in body
        and len(body[body.rfind(",") + 1 :].lstrip(_SPACE_CHARS)) in _FLAG_LENGTHS
        and (flag := _FLAG_RE.search(body)) is not None
    ):
        folded = flag["flag"].casefold()
        is_file |= folded in _FILE
        is_pool |= folded in _POOL
        body = body[: flag.start()]
    chain = body
    via_agency: Agency | None = None
    slash_via = False
    has_via = _has_via(body)
    if has_via and (before_file := _before_via_file(body)) is not None:
        is_file = True  # "Name/Pool via REUTERS/File Photo"
        body = chain = before_file
    via = _VIA_RE.search(body) if has_via else None
    if via is not None:
        via_agency = _agency(via["via"].strip(_SPACE_CHARS))
        if via_agency is None:
            return None  # "via Twitter": a distributor we do not know
        slash_via = "/" in body[via.start() : via.start("via")]
        body = body[: via.start()]
    elif "\u2014" in body and (dashed := _dash_via(body)) is not None:
        # "Name/Agence France-Presse — Getty Images": The New York Times' distributor
        # (a "via" of the shape: via_agency set).
        body, via_agency = dashed
    # A bad part is bad in the whole chain too: look part by part only then.
    bad = _bad_part(body)
    parts: list[_Part] = []
    if "|" in body:
        pieces = _JOINT_RE.split(body)  # one group: part, joint, part, joint, part ...
        texts = pieces[::2]
        joints = ["/", *(j.strip(_SPACE_CHARS) for j in pieces[1::2])]
    else:  # only slashes: JOINT is a slash with the spaces around it, stripped below
        texts = body.split("/")
        joints = ["/"] * len(texts)
    for index, (piece, joint) in enumerate(zip(texts, joints, strict=True)):
        text = piece.strip(_SPACE_CHARS)
        if not text and (
            (len(texts) == 1 and via is not None)  # "via AP" alone
            or _empty_slot(parts, index, len(texts), joint)  # "REUTERS//File Photo"
        ):
            continue
        if not text or len(text) > 80 or (bad and _bad_part(text)):
            return None
        parts.extend(_classify(text, joint))
    for part in parts:
        if part.kind is _Kind.FILE:
            is_file = True
        elif part.kind is _Kind.POOL:
            is_pool = True
    return _Shape(
        label is not None,
        chain,
        tuple(parts),
        via_agency,
        via is not None or via_agency is not None,
        slash_via,
        is_file,
        is_pool,
        via is not None and _caps_distributor(via["via"]),
    )


def _dash_via(body: str) -> tuple[str, Agency] | None:
    """``body`` without the distributor after its em dash (DASH_VIA), and that distributor.

    Only a known agency, after a chain with a slash: ``Name/Agence France-Presse
    — Getty Images``; else ``None``.
    """
    dashed = _DASH_VIA_RE.search(body)
    if dashed is None or "/" not in body[: dashed.start()]:
        return None
    agency = _agency(dashed["via"].strip(_SPACE_CHARS))
    return None if agency is None else (body[: dashed.start()], agency)


def _caps_distributor(via: str) -> bool:
    """Whether a distributor is written in capitals, three letters or more (``REUTERS``)."""
    text = via.strip(_SPACE_CHARS)
    return len(text) > 2 and text.isupper()


def _before_via_file(body: str) -> str | None:
    """``body`` without the file marker after its distributor (VIA_FILE), else ``None``.

    ``Name/Pool via REUTERS/File Photo`` -> ``Name/Pool via REUTERS``: only where
    VIA then reads the distributor at the end of what is left.
    """
    if not body.lower().endswith(_FILE_ENDS):
        return None
    tail = _VIA_FILE_RE.search(body, max(0, len(body) - _VIA_FILE_SPAN))
    if tail is None or _VIA_RE.search(body, 0, tail.start()) is None:
        return None
    return body[: tail.start()]


def _empty_slot(parts: list[_Part], index: int, count: int, joint: str) -> bool:
    """Whether an empty piece of a chain is the photographer's place left empty.

    Reuters leaves it so in file pictures whose photographer is not named:
    ``REUTERS//File Photo``. Only right after an agency that opens the chain,
    between two slashes, and with a part after it.
    """
    return (
        joint == "/"
        and index == 1
        and index < count - 1
        and len(parts) == 1
        and parts[0].kind is _Kind.AGENCY
    )


def _photographers(shape: _Shape) -> tuple[str, ...]:
    """Names where credits put photographers: first before a slash, or right after an agency."""
    found: list[str] = []
    parts = shape.parts
    last = len(parts) - 1
    before: _Kind | None = None
    for index, part in enumerate(parts):
        kind = part.kind
        if kind is _Kind.NAMES:
            taken = (
                (index == 0 and (index < last or shape.slash_via))  # "Name/AP"  "Name/via Reuters"
                or before is _Kind.AGENCY  # "AP Photo/Name"
                or bool(part.text)  # "U.S. Army/Staff Sgt. Name/...": a ranked name
                or (part.joint == "|" and index > 0)  # "© Name/dpa | Name"
                or (last == 0 and not shape.has_via and shape.label)  # "Photo: Name"
            )
        elif kind is _Kind.MONONYM or kind is _Kind.ACCOUNT:
            taken = (kind is _Kind.MONONYM and before is _Kind.AGENCY and index == last) or (
                # "© Getty Images/iStockphoto | filmfoto"  "© iStock | Ridofranz": an
                # account last, after a bar that follows an agency or a picture collection.
                part.joint == "|" and index == last and before in _ACCOUNT_AFTER
            )
        else:
            taken = False
        if taken:
            found.extend(n for n in part.names if n not in found)
        before = kind
    return tuple(found)


def _source_before_via(shape: _Shape) -> str | None:
    """Who gave the picture to the distributor, when the chain names no agency.

    ``Name/Pool via Reuters`` -> ``"Pool"``; an organisation standing last before
    ``via`` is kept as written (``Facebook via AP``, ``Name/The Dallas Morning News
    via AP``), but only when nothing else in the chain is left unread.
    """
    parts = shape.parts
    if not parts:
        return None
    last = parts[-1]
    if last.kind is _Kind.POOL:
        pool = find_agency("Pool")
        return pool.short if pool is not None else None
    unread = [p for p in parts if p.kind in _UNREAD]
    if last.kind is _Kind.ANONYMOUS and len(parts) > 1:
        # "U.S. Navy/Handout via REUTERS": the organisation that handed the picture out.
        source = parts[-2]
        if source.kind is _Kind.UNKNOWN and source.text and unread == [source]:
            return source.text
        return None
    if last.kind is not _Kind.UNKNOWN or not last.text or unread != [last]:
        return None
    head, sep, office = last.text.partition(" for ")
    if sep and is_person_name(head) and office not in _CAMPAIGN_OFFICES:
        return None  # "Tom Brenner for X": a photographer for an unknown outlet
    return last.text


def _person_via(shape: _Shape) -> str | None:
    """The one person a picture is handed on for: ``(Marion Curtis via AP)`` -> ``"Marion Curtis"``.

    AP credits a picture it distributes but did not take as ``(NAME via AP)``,
    NAME the photographer or the source (AP Stylebook, photo captions, 2017:
    "the photographer's name followed by a slash, then the source followed by
    'via AP'"; a handout names one of them alone). NAME is as often an
    organisation of a person's shape (``(Planet Labs via AP)``, ``(Victoria
    Police via AP)``), so the part is taken for a photographer only when it is
    one name that can hardly be anything but a person's
    (:func:`newsparse._bare_names.is_bare_name`, the rule of bare bylines),
    alone before ``via`` with a space (``Name/via AP`` is read as the other
    names before a slash), no rank before it (read already) and no courtesy
    (``(Courtesy of Name via AP)`` names the owner, not who took it).
    """
    parts = shape.parts
    if not shape.has_via or shape.slash_via or len(parts) != 1:
        return None
    part = parts[0]
    if part.kind is not _Kind.NAMES or part.agency is not None or part.text or len(part.names) != 1:
        return None
    name = part.names[0]
    return name if is_bare_name(name) else None


def _for_outlet(shape: _Shape, *, bare: bool) -> tuple[str, str] | None:
    """``Name for The Washington Post via Getty Images``: the photographer and the outlet.

    Without ``via``, only in parentheses or after a label: ``(Jane Doe for The
    Washington Post)``, ``Credit...Eric Lee for The New York Times`` (The New York
    Times' pages), ``Photograph: Jane Doe for the Guardian`` (The Guardian's).
    Read only when the outlet is a known one (:data:`newsparse._tables.outlets.OUTLETS`).
    """
    if len(shape.parts) != 1 or shape.parts[0].kind is not _Kind.UNKNOWN:
        return None
    if shape.has_via:
        text = shape.parts[0].text
    elif bare and not shape.label:
        return None
    else:
        text = shape.chain.strip(_SPACE_CHARS)
    head, sep, outlet = text.partition(" for ")
    if sep and is_person_name(head) and outlet.casefold() in _OUTLETS:
        return head, outlet
    return None


def _person_for(text: str) -> bool:
    """Whether ``text`` reads "Name for ...": a photographer working for someone."""
    head, sep, office = text.partition(" for ")
    return (
        bool(sep) and office not in _CAMPAIGN_OFFICES and is_person_name(head.strip(_SPACE_CHARS))
    )


def _name_outlet(shape: _Shape) -> tuple[tuple[str, ...], str] | None:
    """``Name/The New York Times``: the photographers and a known outlet after them.

    Read only with no ``via`` and when the outlet is a known one
    (:data:`newsparse._tables.outlets.OUTLETS`), kept as written.
    """
    parts = shape.parts
    if shape.has_via or len(parts) != 2 or parts[0].kind is not _Kind.NAMES:
        return None
    last = parts[1]
    if last.kind is _Kind.UNKNOWN and last.text and last.text.casefold() in _OUTLETS:
        return parts[0].names, last.text
    return None


def _comma_outlet(shape: _Shape) -> tuple[tuple[str, ...], str] | None:
    """``Name, USA TODAY``: the photographers, a comma, and a known outlet after them.

    As ``Name, AP`` after an agency (:func:`_names`), for the outlets of
    :data:`newsparse._tables.outlets.OUTLETS`: ``(Photo: Jack Gruber, USA TODAY)``
    (USA TODAY's pages). Read as one part, with no ``via``, and only after a label
    (``(Name, Outlet)`` alone may cite a quote); the outlet kept as written.
    """
    parts = shape.parts
    if shape.has_via or len(parts) != 1 or parts[0].kind is not _Kind.UNKNOWN:
        return None
    head, comma, outlet = shape.chain.rpartition(",")
    outlet = outlet.strip(_SPACE_CHARS)
    if not comma or outlet.casefold() not in _OUTLETS:
        return None
    found = _names(head.strip(_STRIP))
    if found is None or found[1] is not None:
        return None
    return tuple(found[0]), outlet


def _looks_bare(shape: _Shape, agencies: list[Agency]) -> bool:
    """Whether a credit without parentheses or label stands on its own.

    It starts with an agency (``REUTERS/Name``, ``Getty Images`` alone, as the
    table writes it), or with a name or handout before an agency
    (``Name/Pool via Reuters``), or ends ``/via AGENCY`` (``@handle/via REUTERS``).
    """
    parts = shape.parts
    if shape.has_via and _handed_on(shape):
        return True  # "U.S. Navy/Handout via REUTERS"  "Facebook via REUTERS"
    first = parts[0].kind if parts else None
    if first is _Kind.AGENCY and not any(
        p.kind is _Kind.UNKNOWN or p.kind is _Kind.ACCOUNT for p in parts
    ):
        return len(parts) > 1 or shape.has_via or _written_form(shape.chain)
    if first is _Kind.ANONYMOUS and len(parts) == 1 and shape.via is not None:
        return True  # "Handout via REUTERS"
    if first is _Kind.NAMES or first is _Kind.ANONYMOUS:  # "Name/AP"  "Name/via Reuters"
        return (len(parts) > 1 and bool(agencies or shape.via)) or shape.slash_via
    # "@handle/via REUTERS", "Reuters TV/via REUTERS": not a whole sentence before "/via".
    return shape.slash_via and all(
        (p.kind is not _Kind.UNKNOWN and p.kind is not _Kind.ACCOUNT) or p.text for p in parts
    )


#: Kinds of parts a handed-on credit (:func:`_handed_on`) may hold besides sources.
_HANDED_ON_KINDS = frozenset(
    {_Kind.AGENCY, _Kind.NAMES, _Kind.SOURCE, _Kind.FILE, _Kind.POOL, _Kind.ANONYMOUS}
)


def _handed_on(shape: _Shape) -> bool:
    """Whether a credit is a picture handed on to a distributor, as Reuters writes it.

    ``[Source/...][Handout|Pool] via REUTERS[/File Photo]``: sources, names and
    agencies joined by slashes, then ``Handout`` or ``Pool`` before ``via``
    (``U.S. Navy/Handout via REUTERS``, ``Pool via REUTERS``,
    ``REUTERS/U.S. Army/Handout via Reuters``), or any such chain before a
    distributor written in capitals, Reuters' signature (``Facebook via REUTERS``,
    ``Kremlin/Sputnik via REUTERS``). Every part is read or an organisation's
    capitalised words (SOURCE): a sentence of the caption is none, and "...
    obtained via Reuters" has no handout and no capitals.
    """
    parts = shape.parts
    if not shape.has_via or not parts:
        return False
    last = parts[-1].kind
    if last is not _Kind.ANONYMOUS and last is not _Kind.POOL and not shape.via_caps:
        return False
    return all(
        p.kind in _HANDED_ON_KINDS
        or p.kind is _Kind.MONONYM  # "Kremlin/Sputnik via REUTERS"
        or (p.kind is _Kind.UNKNOWN and p.text)
        for p in parts
    )


def _plain_agencies() -> dict[str, Agency]:
    """The agency forms :func:`_read_plain` takes as they are written in the table.

    Only forms that the general reader takes as one agency part with nothing
    else to read: no label at their start, no joint, comma, bad part or sentence.
    """
    table: dict[str, Agency] = {}
    for row in (*AGENCIES, *CREDIT_AGENCIES):
        for form in (*row.forms, *row.photo):
            agency = _agency(form)
            if (
                agency is not None
                and not form.startswith(CREDIT_LABELS)
                and not any(char in form for char in "/|,")
                and form == form.strip(_SPACE_CHARS)
                and len(form) <= 80
                and _BAD_PART_RE.search(form) is None
                and _SENTENCE_IN_PART_RE.search(form) is None
                and _classify(form, "/") == (_Part(_Kind.AGENCY, (), agency, "/"),)
            ):
                table.setdefault(form, agency)
    return table


def _read_plain(raw: str) -> _Read | None:
    """The commonest credits, read at once: ``AP Photo/Name``, ``AP Photo/Name, File``,
    ``REUTERS/Name``, ``REUTERS/Name/File Photo``.

    An agency as the table writes it, a slash, one part of names (or one of
    :data:`_PLAIN_OTHER_KINDS`: ``REUTERS/Stringer``), then a flag after a
    comma or a file marker after a slash. ``None`` when ``raw`` is not
    of that shape or holds anything else the general reader would look at
    (a notice, a date, ``via``): that reader then reads it, and gives the same
    answer as this one where this one gives any.
    """
    head, _, rest = raw.partition("/")
    agency = _PLAIN_AGENCIES.get(head)
    if agency is None:
        return _read_name_agency(raw, head, rest)
    if "|" in rest or raw.endswith(_NOTICE_ENDS) or raw[-1].isdigit():
        return None
    name, slash, tail = rest.partition("/")
    is_file = is_pool = False
    if slash:  # "REUTERS/Name/File Photo"
        if tail not in _PLAIN_FILE_PARTS:
            return None
        is_file = True
    elif "," in rest:  # "AP Photo/Name, File"
        name, _, tail = rest.partition(",")
        flags = _PLAIN_FLAGS.get(tail.lstrip(_SPACE_CHARS))
        if flags is None:
            return None
        is_file, is_pool = flags
    name = name.strip(_SPACE_CHARS)
    if _has_via(raw):
        return None
    if len(name) <= 80 and _plain_name(name):
        # Letters, spaces and the points of initials: no bad part; _classify would say NAMES.
        return _new_read(_Read, ((name,), agency.short, None, is_file, is_pool))
    if not name or len(name) > 80 or _bad_part(name):
        return None
    parts = _classify(name, "/")
    if len(parts) != 1:
        return None
    kind = parts[0].kind
    if kind is _Kind.NAMES and parts[0].agency is None:
        return _Read(tuple(dict.fromkeys(parts[0].names)), agency.short, None, is_file, is_pool)
    # "REUTERS/Stringer"  "Getty Images/Juanmonino": no photographer's name after
    # the agency (a one-word name only when it stands last), and the flags it makes.
    if kind in _PLAIN_OTHER_KINDS:
        photographers = (name,) if kind is _Kind.MONONYM and not slash else ()
        is_file |= kind is _Kind.FILE
        is_pool |= kind is _Kind.POOL
        return _new_read(_Read, (photographers, agency.short, None, is_file, is_pool))
    return None


#: Kinds of the part after the agency that :func:`_read_plain` reads besides
#: names, as the general reader does: the agency alone ("REUTERS/Stringer"), a
#: mononym last as photographer ("Getty Images/Juanmonino"), file and pool
#: parts as flags. Unread parts (UNKNOWN) are left to it.
_PLAIN_OTHER_KINDS = frozenset(
    {_Kind.ANONYMOUS, _Kind.SOURCE, _Kind.MONONYM, _Kind.FILE, _Kind.POOL}
)


def _read_name_agency(raw: str, head: str, rest: str) -> _Read | None:
    """The next commonest credit, ``Name/Agency`` (``Lintao Zhang/Getty Images``), read at once.

    ``raw`` is ``head/rest``. One plain name (:func:`_plain_name`), one slash, an
    agency, and nothing else the general reader would look at: no bar, comma,
    notice, date or "via" (``Name/Agency via Distributor`` is read by
    :func:`_read_name_via`). No label can begin a plain name (a label needs a
    colon, "©" or a small "by"/"von" after it) and a plain name holds no
    sentence or bad part, so the general reader takes the two parts, NAMES and
    what :func:`_classify` makes of the rest, and when that is one AGENCY part
    (an agency form :func:`_read_plain` takes, or one such as "Getty Images
    Europe" that :func:`_classify` reads), gives the name as photographer
    ("Name/AP") and the agency; ``None`` leaves the credit to it.
    """
    if "/" in rest or "|" in raw or "," in raw or raw.endswith(_NOTICE_ENDS) or raw[-1].isdigit():
        return None
    if _has_via(raw):
        return _read_name_via(raw, head, rest)
    name = head.strip(_SPACE_CHARS)
    if len(name) > 80 or not _plain_name(name):
        return None
    agency = _PLAIN_AGENCIES.get(rest.strip(_SPACE_CHARS)) or _lone_agency(rest)
    if agency is None:
        return None
    return _new_read(_Read, ((name,), agency.short, None, False, False))


def _lone_agency(piece: str) -> Agency | None:
    """The agency of ``piece`` when the general reader reads it as one AGENCY part, else ``None``.

    As :func:`_shape` reads a piece between joints: spaces stripped, refused
    when empty, longer than 80 characters or holding a bad part (a bad part of a
    piece is one of the whole chain too), then classified.
    """
    text = piece.strip(_SPACE_CHARS)
    if not text or len(text) > 80 or _bad_part(text):
        return None
    parts = _classify(text, "/")
    if len(parts) != 1 or parts[0].kind is not _Kind.AGENCY:
        return None
    return parts[0].agency


def _read_name_via(raw: str, head: str, rest: str) -> _Read | None:
    """``Name/Agency via Distributor`` (``Niall Carson/PA Images via Getty Images``,
    ``Andy Wong/Pool via Reuters``), read at once.

    As :func:`_read_name_agency` (one plain name, one slash, no bar, comma,
    notice or date, so no label either), with ``via`` written once, in small
    letters, one space either side and ASCII text after the slash. VIA then
    matches there alone, its distributor is what follows (no slash or bar
    there), and the chain is the name and the part between the slash and
    ``via``, which :func:`_classify` reads as one part. The general reader
    then gives the name as photographer (first, before a slash: a label adds
    nothing), the credit stands bare (a name, another part and a distributor),
    and the agency is the part's: an AGENCY's, ``Pool`` for a POOL (a pool
    picture), an unread part's text as :func:`_source_before_via` keeps it, else
    none; the distributor unless it is the agency; a FILE part makes a file
    picture. ``None`` leaves the credit to it.
    """
    if not rest.isascii():
        return None
    at = rest.find(" via ")
    if (
        at <= 0
        or rest.lower().count("via") != 1
        or rest[at - 1] in " \t"
        or rest[at + 5 : at + 6] in (" ", "\t")
    ):
        return None
    name = head.strip(_SPACE_CHARS)
    if len(name) > 80 or not _plain_name(name):
        return None
    via = _agency(rest[at + 5 :].strip(_SPACE_CHARS))
    if via is None:
        return None
    text = rest[:at].strip(_SPACE_CHARS)
    if not text or len(text) > 80 or _bad_part(text):
        return None
    parts = _classify(text, "/")
    if len(parts) != 1:
        return None
    part = parts[0]
    kind = part.kind
    agency: str | None = None
    if kind is _Kind.AGENCY:
        agency = part.agency.short if part.agency is not None else None
    elif kind is _Kind.POOL:
        pool = find_agency("Pool")
        agency = pool.short if pool is not None else None
    elif kind is _Kind.UNKNOWN and part.text:  # "Name/The Dallas Morning News via AP"
        person, sep, office = part.text.partition(" for ")
        if not (sep and is_person_name(person) and office not in _CAMPAIGN_OFFICES):
            agency = part.text
    via_short = None if via.short == agency else via.short
    return _new_read(_Read, ((name,), agency, via_short, kind is _Kind.FILE, kind is _Kind.POOL))


#: ``_Read(*fields)`` without the call through the named tuple's ``__new__``.
_new_read = tuple.__new__

#: The agency forms, file markers (after a slash) and flags (after a comma)
#: :func:`_read_plain` takes, each as the general reader takes it.
_PLAIN_AGENCIES = _plain_agencies()
_PLAIN_FILE_PARTS = frozenset(
    marker
    for marker in FILE_MARKERS
    if _BAD_PART_RE.search(marker) is None
    and not any(char in marker for char in "/|,")
    and _classify(marker, "/") == (_Part(_Kind.FILE, (), None, "/"),)
)
_PLAIN_FLAGS = {
    flag: (flag.casefold() in _FILE, flag.casefold() in _POOL)
    for flag in (*FILE_MARKERS, *POOL_MARKERS)
    if _FLAG_RE.fullmatch(f", {flag}") is not None
}


def _first_joint(raw: str) -> int:
    """Where the first ``/`` or ``|`` of ``raw`` stands, -1 when there is none."""
    slash = raw.find("/")
    bar = raw.find("|", 0, slash) if slash >= 0 else raw.find("|")
    return bar if bar >= 0 else slash


def _read_labelled_plain(raw: str) -> _Read | None:
    """A credit :func:`_read_plain` reads, after a label: ``Credit: Reuters/Edgar Su``.

    The general reader takes the label off (and a colon at the end, so none may
    stand there) and reads the rest as it reads it unlabelled, no label being
    able to begin what :func:`_read_plain` reads (an agency form begins with no
    label; a plain name holds no colon, "©" or small "by"/"von"). A label only
    keeps a credit of one part that would be refused, or gives a lone part's
    names as photographers: no credit :func:`_read_plain` reads is of one part.

    After a label, an agency form alone that :func:`_read_plain` takes
    (``Image: Getty Images``) is that agency, with nothing else the general
    reader would look at (a notice, a date or "via"; the form holds no joint,
    comma or bad part): one AGENCY part, kept by the label even bare.
    ``raw`` begins with one of :data:`_LABEL_ROOTS`.
    """
    if raw.endswith(":"):
        return None
    label = _LABEL_RE.match(raw)
    if label is None:
        return None
    rest = raw[label.end() :]
    if "/" in rest:
        return _read_plain(rest)
    agency = _PLAIN_AGENCIES.get(rest)
    if agency is None or rest.endswith(_NOTICE_ENDS) or rest[-1].isdigit() or _has_via(rest):
        return None
    return _new_read(_Read, ((), agency.short, None, False, False))


def _read_credit(raw: str, *, bare: bool) -> _Read | None:
    """Read ``raw`` (a whole credit, label included, no parentheses) or return ``None``.

    A credit names an agency (before or after ``via``) or has a label; a
    ``bare`` one (no parentheses) must also stand on its own (:func:`_looks_bare`).
    """
    if not raw or len(raw) > CREDIT_MAX:
        return None
    if "/" in raw and (plain := _read_plain(raw)) is not None:
        return plain  # "AP Photo/Name": what the general reader below would say
    if raw.startswith(_LABEL_ROOTS) and (plain := _read_labelled_plain(raw)) is not None:
        return plain  # "Credit: Reuters/Name"  "Image: Getty Images"
    if bare:
        if (
            len(raw) > _BARE_PLAIN_MAX
            and "/" not in raw
            and (
                ("|" not in raw and not raw.startswith(_LABEL_ROOTS))
                or _JOINED_HINT.search(raw) is None
            )
        ):
            return None  # no joint, "via" or label: only an agency name alone stands bare
        joint = _first_joint(raw)
        if (
            joint >= 0
            and not _SENTENCE_MARK_SET.isdisjoint(raw[:joint])  # the mark SENTENCE_END needs
            and _SENTENCE_IN_PART_RE.search(raw, 0, joint) is not None
            and (not raw.startswith(_LABEL_ROOTS) or _LABEL_RE.match(raw) is None)
        ):
            return None  # a sentence before the first joint: _shape would refuse that part
        if _refused_bare(raw):
            return None  # "| Name/PA"  "3, 2023, in Los Angeles."  "Liu He Photographer: Name/X"
    shape = _shape(raw)
    if shape is None:
        return None
    agencies = [p.agency for p in shape.parts if p.agency is not None and p.kind is _Kind.AGENCY]
    agency = agencies[0].short if agencies else None
    for part in shape.parts:
        if part.kind is _Kind.NAMES and part.agency is not None:
            partner = _partner(shape)
            if partner is None or bare:
                return None  # a partner anywhere else: not understood
            # "(AP Photo/The Canadian Press, Name)": the partner's picture, distributed by AP.
            photographers = _photographers(shape)
            return _Read(photographers, partner.short, agency, shape.is_file, shape.is_pool)
    if agency is None and shape.has_via:
        agency = _source_before_via(shape)
    if shape.via is not None:
        via: str | None = shape.via.short
    else:
        via = agencies[-1].short if len(agencies) > 1 else None  # "Name/TASS/dpa/picture alliance"
    if via == agency:
        via = None
    photographers = _photographers(shape)
    if agency is None and (person := _person_via(shape)) is not None:
        photographers = (person,)  # "(Marion Curtis via AP)"
    if agency is None and (for_outlet := _for_outlet(shape, bare=bare)) is not None:
        photographers, agency = (for_outlet[0],), for_outlet[1]
    # "(Name/The New York Times)": in parentheses or after a label only; bare, an
    # outlet's name after a slash may be the caption's own words.
    outlet = (
        (_name_outlet(shape) or (_comma_outlet(shape) if shape.label else None))
        if agency is None and via is None and (shape.label or not bare)
        else None
    )
    if outlet is not None:
        photographers, agency = outlet
    elif bare and not shape.label and not _looks_bare(shape, agencies):
        return None
    if not shape.label and agency is None and via is None:
        return None
    if shape.label and photographers and raw.startswith(_OWNER_LABELS) and len(shape.parts) == 1:
        return None  # "Image copyright Jane Doe": who owns the picture, not who took it
    if (
        shape.label
        and not (photographers or agency or via)
        and not any(p.kind is _Kind.ANONYMOUS for p in shape.parts)
    ):
        return None
    return _Read(photographers, agency, via, shape.is_file, shape.is_pool)


#: Labels that name who owns or gave a picture: a name alone after them (``Image
#: copyright Jane Doe``, the BBC's pages) is no photographer, and is refused.
_OWNER_LABELS = ("Image copyright", "Image source")

#: The ASCII digits: a part that begins with one is no agency form, listed word or name.
_ASCII_DIGITS = frozenset("0123456789")
#: The characters of a bad part besides the sentence marks: :func:`_bad_part` finds them
#: wherever they stand (``_BAD_PART_RE``'s character class).
_BAD_CHARS = _BAD_PART_FIRSTS - frozenset(".!?\u2026")
#: Whether :func:`_refused_bare`'s first test holds for the tables: no agency form,
#: credit agency form or listed word of :func:`_classify` (:data:`_SPECIAL_FOLDED`) and
#: no label begins with a digit or "|".
_NO_DIGIT_OR_BAR_FIRSTS = not any(
    form[:1].isdigit() or form[:1] == "|"
    for form in (*_KNOWN_BY_FORM, *_CREDIT_AGENCIES, *_SPECIAL_FOLDED, *_LABEL_FIRSTS)
)
#: Whether no notice, flag or month holds a joint ("/", "|"): what :func:`_shape` cuts off
#: the end of a credit then stands after its last joint.
_SUFFIXES_JOINTLESS = not any(
    "/" in word or "|" in word for word in (*CREDIT_NOTICES, *FILE_MARKERS, *POOL_MARKERS, *_MONTHS)
)


def _partner(shape: _Shape) -> Agency | None:
    """The partner agency of ``Agency/Partner, Name`` (:func:`_partner_names`), else ``None``.

    Only that shape: the opening agency, then the partner's part, then file or
    pool parts alone, no ``via`` and no label.
    """
    parts = shape.parts
    if (
        len(parts) < 2
        or shape.has_via
        or shape.label
        or parts[0].kind is not _Kind.AGENCY
        or parts[1].kind is not _Kind.NAMES
        or parts[1].agency is None
        or parts[0].agency == parts[1].agency
        or any(p.kind is not _Kind.FILE and p.kind is not _Kind.POOL for p in parts[2:])
    ):
        return None
    return parts[1].agency


def _refused_bare(raw: str) -> bool:
    """Whether :func:`_read_credit` is known to refuse ``raw`` as a bare credit, by a cheap test.

    ``True`` only where the general reader refuses it (``False`` leaves it to that reader):

    - ``raw`` begins with "|" or with a digit and holds no slash ("3, 2023, in Los
      Angeles.", after "Nov."): no label begins there, and the first part of the chain
      begins with that character (a bar at the start is no joint, JOINT needs a space
      before it), so it is no agency, no listed word and no name (a name begins with a
      letter): :func:`_classify` reads it as a SOURCE or an UNKNOWN part (UNKNOWN without
      text after "|", SOURCE needs a capital or a digit). :func:`_looks_bare` then takes it
      only after a slash before "via", which "|" leaves no text to allow and which a
      credit without a slash has not; no label or parentheses take it otherwise.
    - a bad character (":" "(" ...) stands after the label, if any, and before the last
      joint ("Liu He Photographer: Name/Bloomberg"): what :func:`_shape` cuts off the end
      stands after the last joint (VIA's text holds no joint, nor do the notices, dates
      and flags, nor the colon after a label), and the joints are spaces and "/" or "|",
      so the character stands in a part it reads, and it refuses a part with one.
    """
    first = raw[0]
    if first == "|" or (first in _ASCII_DIGITS and "/" not in raw):
        return _NO_DIGIT_OR_BAR_FIRSTS and _lookup._by_form() is _KNOWN_BY_FORM
    last = max(raw.rfind("/"), raw.rfind("|"))
    if last <= 0 or not _SUFFIXES_JOINTLESS or _BAD_CHARS.isdisjoint(raw[:last]):
        return False
    label = _LABEL_RE.match(raw) if raw.startswith(_LABEL_ROOTS) else None
    return not _BAD_CHARS.isdisjoint(raw[label.end() : last] if label is not None else raw[:last])


def _by_only(raw: str) -> _Read | None:
    """A credit that is only ``By Name:`` (:data:`BY_ONLY`), or ``None``."""
    if len(raw) > CREDIT_MAX:  # as in parentheses, so that the rendering reads back
        return None
    match = _BY_ONLY_RE.fullmatch(raw)
    if match is None:
        return None
    found = _names(match["names"].strip(_STRIP))
    if found is None or found[1] is not None:
        return None
    return _Read(tuple(found[0]))


#: What a caption's last sentence ends with before an organisation's credit.
_SENTENCE_CLOSERS = (".", "!", "?", "\u2026", '"', "\u201d", "\u2019")


def _org_credit(raw: str, before: str) -> _Read | None:
    """An organisation credited alone in parentheses after the caption's last sentence.

    ``... in Manhattan's Chinatown neighborhood. (U.S. District Court, Eastern
    District of New York)``: capitalised words (and small words such as ``of``),
    one of them a word that makes an organisation (:data:`ORG_WORDS`). The
    organisation is the credit's agency, as written.
    """
    if not before.rstrip(_SPACE_CHARS).endswith(_SENTENCE_CLOSERS) or len(raw) > _BARE_PLAIN_MAX:
        return None
    if _bad_part(raw) or "/" in raw or "|" in raw:
        return None
    words = raw.replace(",", " ").split()
    if not words or len(words) > 12 or words[0].casefold() == "courtesy":
        return None
    if not all(w in _ORG_CONNECTORS or w[0].isupper() or w[0].isdigit() for w in words):
        return None
    if not words[0][0].isupper() or not any(w.strip(".") in _ORG_WORDS for w in words):
        return None
    if " for " in raw and _person_for(raw):
        return None  # "(Jane Doe for The Daily Post)": a person, for an outlet not known
    if "," in raw and _is_name(raw[: raw.find(",")].strip(_SPACE_CHARS)):
        return None  # "(Jane Doe, Fox News)": a person first, no organisation
    return _Read(agency=raw)


def _source_colon_names(raw: str, before: str) -> _Read | None:
    """``(ABC News: Callum Flinn)``: the source, a colon, the photographers.

    The Australian Broadcasting Corporation's pages credit so, in parentheses
    after the caption's sentence: its own photographers after ``ABC News:``, an
    agency's after its name (``(Reuters: Name)``). Read only for a known agency
    or outlet before the colon and names alone after it (``(ABC News: Twitter
    screenshot)`` is refused); the source is the agency, as the table signs it
    or as the outlet is written.
    """
    head, colon, rest = raw.partition(":")
    if not colon or not before.rstrip(_SPACE_CHARS).endswith(_SENTENCE_CLOSERS):
        return None
    head = head.strip(_SPACE_CHARS)
    agency = find_agency(head)
    source = agency.short if agency is not None else head
    if agency is None and head.casefold() not in _OUTLETS:
        return None
    rest = rest.strip(_SPACE_CHARS)
    if not rest or _bad_part(rest) or "/" in rest or "|" in rest:
        return None
    found = _names(rest)
    if found is None or found[1] is not None:
        return None
    return _Read(tuple(found[0]), source)


def _courtesy_credit(raw: str, before: str) -> _Read | None:
    """Who lent the picture, in parentheses after the caption's last sentence (COURTESY).

    ``... poses in 2019. (Courtesy of the Smith family)``: a credit that names no
    photographer and no agency, so that the caption's text ends before it. The
    source is one short run of words without a slash, bar, colon, bracket, quote
    or sentence, beginning with a capital or "the".
    """
    if "ourtesy" not in raw or len(raw) > _BARE_PLAIN_MAX:
        return None
    if not before.rstrip(_SPACE_CHARS).endswith(_SENTENCE_CLOSERS):
        return None
    match = _COURTESY_RE.fullmatch(raw)
    if match is None:
        return None
    source = match["source"]
    if "/" in source or "|" in source or _bad_part(source) or source.endswith("."):
        return None
    if not (source[0].isupper() or source.startswith("the ")):
        return None
    return _Read()


def _first_start(body: str) -> int:
    """The first of :func:`_credit_starts` when it is known cheaply, else -1.

    Every start before it is one :func:`_read_credit` refuses, so
    :func:`_find_credit` reads it first and, when it is refused too, reads on
    from the starts after it. Known for the commonest bare credit, after the
    caption's last sentence (``... 2019. REUTERS/Name``): a sentence that ends
    (``_SENTENCE_IN_PART_RE``) before the first joint from ``low`` (the lowest
    start) is taken whole by every start from ``low`` up to its mark, before
    that start's own first joint, and refuses it unless it begins with a label
    (:func:`_read_plain` takes no agency form that holds a sentence):

    - a start that begins (its spaces skipped) three characters or more before
      the mark holds the characters the look-behind reads, so the match stands
      in it as in ``body``; two characters, one or none before the mark are read
      by hand (the look-behind then also sees the start of the credit);
    - no LABEL matches from ``low`` to the mark (one found there is refused
      by this path: -1);
    - past the mark come spaces (no start can begin at one) and then the end
      of the BARE_START that begins at the mark (its look-behind refuses less
      than the sentence's): the first start.
    """
    size = len(body)
    low = max(0, size - CREDIT_MAX)
    slash = body.find("/", low)
    bar = body.find("|", low, slash) if slash >= 0 else body.find("|", low)
    joint = bar if bar >= 0 else slash
    if joint < 0:
        return -1
    end = joint - 1  # the mark and a space after it stand before the joint
    other_marks = "!" in body or "?" in body or "\u2026" in body
    for _ in range(_SENTENCE_TRIES):
        mark = body.rfind(".", low, end)
        if other_marks:
            mark = max(mark, *(body.rfind(char, low, end) for char in _OTHER_MARKS))
        if mark < 0:
            return -1
        if (
            mark > 0
            and body[mark - 1] in _UNGUARDED
            and mark + 1 < joint
            and body[mark + 1] in _ASCII_WHITESPACE
        ) or _SENTENCE_IN_PART_RE.match(body, mark, joint) is not None:
            break  # the test first: "2019. REUTERS/Name", as the pattern reads it
        end = mark
    else:
        return -1
    # Starts one or two characters before the mark: the look-behind sees their start.
    before = body[mark - 1] if mark > low else " "
    if before not in _SPACE_SET and (before in _ASCII_CAPITALS or not before.isascii()):
        return -1  # "^" then a capital: no sentence for a start there
    if body.endswith(_SENTENCE_GUARDS, low, mark):
        return -1  # "\bSt"  "\bSgt" at the start of a credit
    if _label_before(body, low, mark):
        return -1  # a label: not refused
    first = mark + 1
    while first < size and body[first] in _SPACE_SET:
        first += 1
    if first == size or body[first] not in _FIRST_CHARS:
        return -1  # SPACE stops before another space: no BARE_START
    return first


#: ASCII characters before a sentence mark that _SENTENCE_END's look-behind never
#: refuses: it refuses only after a capital or the last letter of a guarded
#: abbreviation ("St", "Jr", "Sgt" ...: :data:`_SENTENCE_GUARDS`).
_UNGUARDED = (
    frozenset(chr(code) for code in range(128))
    - _ASCII_CAPITALS
    - {word[-1] for word in _SENTENCE_GUARDS}
)
#: The ASCII characters ``\s`` matches.
_ASCII_WHITESPACE = frozenset(" \t\n\x0b\x0c\r")
#: How many sentence marks :func:`_first_start` tries, back from the first joint.
_SENTENCE_TRIES = 4
#: The sentence marks besides the point.
_OTHER_MARKS = _SENTENCE_MARKS.replace(".", "")
#: The labels LABEL takes before spaces alone ("Photo by Name"): those it reads
#: back as ending "by", "von", "read" ("Photo credit should read NAME/AFP") or
#: "copyright" ("Image copyright Getty Images"), and the one LABEL takes before a
#: comma ("Image source, Getty Images"), which :func:`_label_before` looks for alike.
_SPACED_LABEL_ENDS = ("by", "von", "read", "copyright", "source")
_BY_LABELS = tuple(label for label in CREDIT_LABELS if label.endswith(_SPACED_LABEL_ENDS))
#: _BY_LABELS by the word they end with (each ends with one of them).
_BY_LABEL_ENDS = tuple(
    (word, tuple(label for label in _BY_LABELS if label.endswith(word)))
    for word in _SPACED_LABEL_ENDS
)


def _label_before(body: str, low: int, mark: int) -> bool:
    """Whether LABEL may match anywhere from ``low`` to before ``mark`` (a sentence mark).

    A LABEL holds no sentence mark, so one that begins before ``mark`` ends
    there too; it holds a colon or "©", or its label ends "by", "von" or "read" (the
    look-behinds). Without a colon or "©", a label that ends so is looked for
    (``True`` when one is written there, matched or not); else LABEL is tried
    where one of :data:`_LABEL_ROOTS` begins (LABEL is case-sensitive). The one
    label that holds sentence marks, "Credit..." ("Credit…"), may end past
    ``mark``: ``True`` wherever "Credit" is written from ``low`` on to it.
    """
    if body.find("Credit", low, mark) >= 0:
        return True  # "Credit...Name/X": the mark may be a point of the label's own
    if body.find(":", low, mark) < 0 and body.find("\u00a9", low, mark) < 0:
        # A label ending "by", "von" or "read" is written there when one ends at
        # such a word that stands there: each one found is looked at.
        for word, labels in _BY_LABEL_ENDS:
            at = body.find(word, low, mark)
            while at >= 0:
                if body.endswith(labels, low, at + len(word)):
                    return True
                at = body.find(word, at + 1, mark)
        return False
    for root in _LABEL_ROOTS:
        at = body.find(root, low, mark)
        while at >= 0:
            if _LABEL_RE.match(body, at) is not None:
                return True
            at = body.find(root, at + 1, mark)
    return False


def _credit_starts(body: str) -> list[int]:
    """Where a credit without parentheses may begin in ``body``, first to last."""
    size = len(body)
    low = max(0, size - CREDIT_MAX)
    starts = _bare_starts(body, low)
    if size <= CREDIT_MAX:
        starts.append(0)
    tail = body[low:] if low else body
    if "/" in tail:  # both need a slash after the start
        starts += _caps_starts(body, low)
        starts += _glued_starts(body, low)
    # What a label needs: a colon or "©" after it, or a word it ends with ("by", "von",
    # "read", "copyright", "source": _SPACED_LABEL_ENDS; the last two follow "Image"), or
    # "Credit..." (_label_starts then finds a label only where one of its roots stands).
    if (
        ":" in tail
        or "\u00a9" in tail
        or "by" in tail
        or "von" in tail
        or "read" in tail
        or "Credit" in tail
        or "Image" in tail  # "Image copyright "  "Image source, "
    ):
        starts += _label_starts(body, low)
    return sorted({s for s in starts if s < size})


def _label_starts(body: str, low: int) -> list[int]:
    """Every LABEL_START from ``low`` on.

    A LABEL_START stands where a label begins (LABEL_START is case-sensitive),
    and every label begins with one of :data:`_LABEL_ROOTS`, so it is tried
    only where a root stands: the same positions as a search at every one.
    """
    starts: list[int] = []
    for root in _LABEL_ROOTS:
        at = body.find(root, low)
        while at >= 0:
            if _LABEL_START_RE.match(body, at) is not None:
                starts.append(at)
            at = body.find(root, at + 1)
    return starts


def _bare_starts(body: str, low: int) -> list[int]:
    """The ends of every BARE_START from ``low`` on (overlapping).

    BARE_START begins with a sentence end or with a space before a bar, so it is
    tried only there: the same matches as a search at every position.
    """
    ends: list[int] = []
    size = len(body)
    for mark in _SENTENCE_MARKS:
        at = body.find(mark, low)
        while at >= 0:
            # "U.S."  "J.": a capital after a space or point, which SENTENCE_END refuses.
            initial = at and body[at - 1] in _ASCII_CAPITALS and (at == 1 or body[at - 2] in " .")
            if not initial:
                end = _bare_start_end(body, at, size)
                if end is None and (match := _BARE_START_RE.match(body, at)) is not None:
                    end = match.end()
                if end is not None and end >= 0:
                    ends.append(end)
            at = body.find(mark, at + 1)
    at = body.find("|", low + 1)
    while at >= 0:
        if (match := _BARE_START_RE.match(body, at - 1)) is not None:
            ends.append(match.end())
        at = body.find("|", at + 1)
    return ends


#: ASCII characters that are no ``\s``: a BARE_START may end before them.
_ASCII_NOT_SPACE = frozenset(chr(code) for code in range(128)) - frozenset(" \t\n\x0b\x0c\r")
#: Characters known to be ``\S``, where a BARE_START after spaces may end
#: (:func:`_first_start`): the ASCII ones and "©", which begins German credits.
_FIRST_CHARS = _ASCII_NOT_SPACE | {"\u00a9"}
#: ASCII characters that are no ``\s`` and no point: after one, a capital is no initial.
_ASCII_NOT_SPACE_OR_POINT = _ASCII_NOT_SPACE - {"."}
#: What SENTENCE_END takes after its mark: closing quotes and brackets.
_CLOSERS = frozenset("\"\u201d\u2019')]")
_SPACE_SET = frozenset(_SPACE_CHARS)


def _bare_start_end(body: str, at: int, size: int) -> int | None:
    r"""Where BARE_START matched at the sentence mark ``body[at]`` ends, read by hand.

    -1 when it does not match there, ``None`` when the characters it looks at are
    not all ASCII (or closers and spaces) and the pattern must decide. By hand,
    SENTENCE_END's look-behind refuses a capital at the start or after a space
    or point; the closers and SPACE are sets; ``(?=\S)`` is an ASCII test.
    """
    if at:
        before = body[at - 1]
        if before in _ASCII_CAPITALS:
            if at == 1:
                return -1  # "^" then the capital: an initial
            if body[at - 2] not in _ASCII_NOT_SPACE_OR_POINT:
                return None  # a space or point (-1) or a non-ASCII character: the pattern decides
        elif not before.isascii():
            return None
    end = at + 1
    while end < size and body[end] in _CLOSERS:
        end += 1
    while end < size and body[end] in _SPACE_SET:
        end += 1
    if end == size:
        return -1
    return end if body[end] in _ASCII_NOT_SPACE else None


def _caps_starts(body: str, low: int) -> list[int]:
    """Every CAPS_START from ``low`` on.

    A CAPS_START stands after a space in the run of capitals, hyphens and
    spaces right before a slash, so it is tried only there, one slash at a time.
    """
    starts: list[int] = []
    slash = body.find("/", low)
    while slash >= 0:
        if slash == low or body[slash - 1] in _NOT_CAPS_RUN:
            slash = body.find("/", slash + 1)
            continue  # no run of capitals, hyphens or spaces ends at this slash
        run = low
        at = slash
        while at > low:  # the run read back by hand while it is ASCII
            char = body[at - 1]
            if char not in _CAPS_RUN_ASCII:
                run = at if char.isascii() else -1
                break
            at -= 1
        if run < 0:  # a character the pattern must read
            found = _CAPS_RUN_BACK_RE.match(body, low, slash)
            starts.extend(
                at
                for at in range(found.start() if found is not None else slash, slash)
                if at
                and body[at - 1] in _SPACE_CHARS
                and _CAPS_START_RE.match(body, at) is not None
            )
        else:
            starts.extend(
                at
                for at in range(run, slash)
                if at and body[at - 1] in _SPACE_SET and _caps_start_ascii(body, at, slash)
            )
        slash = body.find("/", slash + 1)
    return starts


#: The characters of a run of capitals, hyphens and spaces that are ASCII.
_CAPS_RUN_ASCII = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ- \t")


def _caps_start_ascii(body: str, at: int, slash: int) -> bool:
    """Whether CAPS_START matches at ``at`` (after a space), ``body[at:slash]`` being ASCII
    capitals, hyphens and spaces and ``body[slash]`` the slash.

    CAPS_START's look-ahead read by hand: a capital, capitals or hyphens (one at
    least), then words of one space and capitals, then spaces, then the slash; as
    every quantifier there is possessive, nothing is given back.
    """
    if body[at] not in _ASCII_CAPITALS:
        return False
    pos = at + 1
    while pos < slash and (body[pos] in _ASCII_CAPITALS or body[pos] == "-"):
        pos += 1
    if pos == at + 1:
        return False
    while pos + 1 < slash and body[pos] in " \t" and body[pos + 1] in _ASCII_CAPITALS:
        pos += 2
        while pos < slash and body[pos] in _ASCII_CAPITALS:
            pos += 1
    while pos < slash and body[pos] in " \t":
        pos += 1
    return pos == slash


def _glued_starts(body: str, low: int) -> list[int]:
    """Where a ``Name/Agency`` credit glued to the caption with no sentence end may begin.

    ``... at London Fashion Week Neil Mockford/GC Images``: the name is the run of
    two or three capitalised words before the credit's first slash, and it must be
    told off from the caption: by a word that is no name (lower case, capitals
    such as ``UK``, a number, punctuation) or a word that ends a place, event or
    body (``Week``, ``Hall``, ``City``, ``Office``: :data:`PLACE_WORDS`). A longer
    run of capitalised words (``President Joe Biden Jon Super/AP``) or a run that
    holds a place of several words (``in New York City/AP``) gives no start: a
    wrong photographer is worse than none. :func:`_read_credit` then checks that
    an agency follows the slash.
    """
    starts = []
    slash = body.find("/", low)
    while slash > 0:
        # segment[-1:] is body[slash - 1] when slash > low, else empty
        if slash > low and body[slash - 1].islower():  # a name ends in a small letter
            segment = body[max(low, slash - 80) : slash]
            words = segment.rsplit(None, 4)
            run = 0
            while run < len(words) and run < 4:
                word = words[-1 - run]
                if word in _BOUNDARY_WORDS or not _glued_name_word(word):
                    break
                run += 1
            first = words[-run] if run else ""
            name = words[-run:] if run else []
            if (
                2 <= run <= 3
                and run < len(words)
                and len(first) > 2
                and not _holds_place_run(name)  # "in New York City/AP": a place, no name
            ):
                offset = len(segment)
                for word in reversed(words[-run:]):
                    offset = segment.rfind(word, 0, offset)
                starts.append(slash - len(segment) + offset)
        slash = body.find("/", slash + 1)
    return starts


def _holds_place_run(name: list[str]) -> bool:
    """Whether two or more words in a row of ``name`` (two or three words) make a place run."""
    if len(name) == 2:
        return f"{name[0]} {name[1]}".casefold() in _PLACE_RUNS
    return any(
        " ".join(name[i:j]).casefold() in _PLACE_RUNS
        for i in range(len(name))
        for j in range(i + 2, len(name) + 1)
    )


#: The ASCII characters a GLUED_NAME_WORD can hold: letters, hyphen, apostrophe, point.
_GLUED_ASCII = frozenset(string.ascii_letters + "-'.")


def _glued_name_word(word: str) -> bool:
    """Whether ``word`` is a GLUED_NAME_WORD; an ASCII word is mostly read without the pattern.

    Of ASCII letters only, GLUED_NAME_WORD is a capital alone or a capital
    followed by small letters only; an ASCII word with another character than
    a letter, hyphen, apostrophe or point ("REUTERS/Chris", "2017,") is none.
    """
    if word.isascii():
        if word.isalpha():
            return word[0] in _ASCII_CAPITALS and (len(word) == 1 or word[1:].islower())
        if not _GLUED_ASCII.issuperset(word):
            return False
    return _GLUED_NAME_WORD_RE.fullmatch(word) is not None


def _find_credit(body: str) -> tuple[_Read, int, int, str] | None:
    """The credit at the end of ``body``: what it says, where the text ends, where it starts.

    The last item is the credit as written (``raw``), from where it starts.
    """
    if body.endswith(")"):
        opening = body.rfind("(", max(0, len(body) - CREDIT_MAX - 2))
        inner = body[opening + 1 : -1] if opening >= 0 else ""
        if opening >= 0 and ")" not in inner:
            raw = inner.strip(_SPACE_CHARS)
            read = (
                _read_credit(raw, bare=False)
                or _by_only(raw)
                or _courtesy_credit(raw, body[:opening])
                or _org_credit(raw, body[:opening])
                or (_source_colon_names(raw, body[:opening]) if ":" in raw else None)
            )
            if read is not None:
                return read, opening, opening + 1 + inner.index(raw), raw
    if body[:3] in {"By ", "BY "} and (read := _by_only(body)) is not None:
        return read, 0, 0, body  # "By Rachel Megawhat:": the whole caption is the credit
    first = _first_start(body)
    if first >= 0:  # "... 2019. REUTERS/Name": the first start, read alone
        raw = body[first:].rstrip(_SPACE_CHARS)
        read = _read_credit(raw, bare=True)
        if read is not None:
            return read, first, first, raw
    for start in _credit_starts(body):
        if start <= first:
            continue  # refused: before the first start, or the first start itself
        rest = body[start:]
        raw = rest.strip(_SPACE_CHARS)
        read = _read_credit(raw, bare=True)
        if read is not None:
            return read, start, start + len(rest) - len(rest.lstrip(_SPACE_CHARS)), raw
    return None


#: The numbers of DATE's groups month, year and day (each name is one group in
#: both alternatives): groups by number are read faster than by name.
_DATE_GROUPS = tuple(_DATE_BACK_RE.groupindex[name] for name in ("month", "year", "day"))


#: Labels of a credit that comes before its caption, and the caption's own label after
#: it: "Image copyright Getty Images Image caption Police at the scene" (the BBC's
#: pages to 2019), "Image source, Getty Images Image caption, The summit is ..." (since).
_CREDIT_FIRST_LABELS = ("Image copyright ", "Image source,", "Image source:")
CAPTION_LABEL = rf"{SPACE}++Image{SPACE}caption(?:{SPACE}*+[,:])?+{SPACE}++(?=\S)"
_CAPTION_LABEL_RE = _compile(CAPTION_LABEL)


def _credit_first(body: str) -> tuple[_Read, str, int] | None:
    """A credit written before its caption (the BBC's layout): the credit, its raw, where
    the caption begins.

    ``Image source, Getty Images Image caption, Police at the scene``: the credit
    from the start to the first "Image caption" label, read as in parentheses
    (its label frames it), the caption after that label. ``None`` when the credit
    is not read whole: the line then stays as written.
    """
    caption = _CAPTION_LABEL_RE.search(body, 0, CREDIT_MAX + 40)
    if caption is None:
        return None
    raw = body[: caption.start()]
    read = _read_credit(raw, bare=False)
    if read is None:
        return None
    return read, raw, caption.end()


def _find_date(text: str) -> datetime.date | None:
    """The first full date in ``text``, looked for only just before each year.

    The years are searched one after the other (as ``finditer`` would find them,
    without building the iterator when the first year already gives the date).
    """
    search = _YEAR_RE.search
    back = _DATE_WORD_BACK_RE.match if text.isascii() else _DATE_BACK_RE.match
    year = search(text)
    while year is not None:  # a date ends with its year: read back from it
        start, end = year.span()
        match = back(text, max(0, start - _DATE_SPAN), end)
        if match is not None:
            month, year_digits, day = match.group(*_DATE_GROUPS)
            number = _MONTHS.get(month.casefold())  # always found by _DATE_BACK_RE
            if number is not None:
                try:
                    return datetime.date(int(year_digits), number, int(day))
                except ValueError:
                    pass
        year = search(text, end)
    return None


def parse_caption(text: str) -> Caption:
    """Read a photo caption: prefix, text, date and credit.

    Any line is a caption: what is not understood stays in ``text``, and a
    credit is given only when it is read whole.

    >>> c = parse_caption("Fans gather. REUTERS/Jim Bourg/File Photo")
    >>> c.credit.photographers, c.credit.agency, c.credit.is_file, c.is_file
    (('Jim Bourg',), 'Reuters', True, True)

    Raises:
        ParseError: ``text`` is blank, longer than :data:`MAX_LEN` or holds
            control characters.
    """
    check_line(text, "a caption", MAX_LEN)
    # As len(text) - len(text.lstrip()) and len(text.rstrip()), without the copies
    # when the ends are no space (check_line leaves a non-empty text).
    start = len(text) - len(text.lstrip()) if text[0].isspace() else 0
    end = len(text.rstrip()) if text[-1].isspace() else len(text)
    pos = start
    prefix: str | None = None
    first = text[start]
    quick = _QUICK_PREFIXES.get(text[start : start + 7]) if first in _PREFIX_FIRSTS else None
    if (
        quick is not None
        and text.startswith(quick[0], start)
        and text[start + len(quick[0]) : start + len(quick[0]) + 1] in _PREFIX_NEXT
    ):
        prefix = quick[1]  # "FILE - ": as PREFIX reads it (_quick_prefixes)
        pos = start + len(quick[0])
    elif (
        (first not in _ASCII_CHARS or first in _PREFIX_FIRSTS)
        and not (
            _PREFIX_HEADS_ASCII
            and (head := text[start : start + 2]).isascii()
            and head.lower() not in _PREFIX_HEADS
        )
        and (match := _PREFIX_RE.match(text, pos, end)) is not None
    ):
        prefix = match["prefix"]
        pos = match.end()
    body = text[pos:end]
    credit: Credit | None = None
    trailer: str | None = None
    found = None
    if (
        body[:6] == "Image "  # what each of _CREDIT_FIRST_LABELS begins with
        and body.startswith(_CREDIT_FIRST_LABELS)
        and (lead := _credit_first(body)) is not None
    ):
        # "Image source, Getty Images Image caption, Police at the scene"
        read, raw, text_start = lead
        credit = _read_credit_model(read, raw, (pos, pos + len(raw)))
        caption_text = body[text_start:].strip()
    else:
        if (tail := _trailer(body)) is not None:
            # "(AP Photo/Name) more >": the credit ends where the spaces before the trailer begin.
            found = _find_credit(body[: tail.start()].rstrip(_SPACE_CHARS))
            if found is not None:
                trailer = tail["trailer"]
        if found is None:
            found = _find_credit(body)
        if found is not None:
            read, text_end, raw_start, raw = found
            credit = _read_credit_model(read, raw, (pos + raw_start, pos + raw_start + len(raw)))
            caption_text = body[:text_end].strip()
            if caption_text.endswith("|") and body[text_end:raw_start].strip(_SPACE_CHARS) == "":
                # "Higgins. | Name/PA"
                caption_text = caption_text[:-1].rstrip()
        else:
            caption_text = body.strip()
    is_file = (prefix is not None and prefix.casefold() in _FILE_PREFIXES) or (
        credit is not None and credit.is_file
    )
    # Caption(prefix, caption_text, is_file, date, credit, trailer, span=(start, end)),
    # without the trailer's validator: a trailer is only set after a credit, as TRAILER read it.
    caption: Caption = _new(Caption)
    _set_caption_prefix(caption, prefix)
    _set_caption_text(caption, caption_text)
    _set_caption_is_file(caption, is_file)
    _set_caption_date(caption, _find_date(caption_text))
    _set_caption_credit(caption, credit)
    _set_caption_trailer(caption, trailer)
    _set_caption_span(caption, (start, end))
    return caption


_new = object.__new__


def _setter(cls: type, name: str) -> Any:
    """The setter of the slot ``name`` of the attrs class ``cls``: its member descriptor's
    ``__set__``, which ``object.__setattr__(obj, name, value)`` calls after looking it up."""
    return cls.__dict__[name].__set__


# The slots of Caption and Credit, set as __init__ sets them (through object.__setattr__).
_set_caption_prefix = _setter(Caption, "prefix")
_set_caption_text = _setter(Caption, "text")
_set_caption_is_file = _setter(Caption, "is_file")
_set_caption_date = _setter(Caption, "date")
_set_caption_credit = _setter(Caption, "credit")
_set_caption_trailer = _setter(Caption, "trailer")
_set_caption_span = _setter(Caption, "span")
_set_credit_photographers = _setter(Credit, "photographers")
_set_credit_agency = _setter(Credit, "agency")
_set_credit_via = _setter(Credit, "via")
_set_credit_is_file = _setter(Credit, "is_file")
_set_credit_is_pool = _setter(Credit, "is_pool")
_set_credit_raw = _setter(Credit, "raw")
_set_credit_span = _setter(Credit, "span")


def _read_credit_model(read: _Read, raw: str, span: Span) -> Credit:
    """``Credit(*read, raw, span=span)``, built without ``__init__``: Credit has no
    converters or validators, so the fields are set as ``__init__`` would set them."""
    credit: Credit = _new(Credit)
    _set_credit_photographers(credit, read[0])
    _set_credit_agency(credit, read[1])
    _set_credit_via(credit, read[2])
    _set_credit_is_file(credit, read[3])
    _set_credit_is_pool(credit, read[4])
    _set_credit_raw(credit, raw)
    _set_credit_span(credit, span)
    return credit
