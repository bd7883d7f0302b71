"""Datelines: where (and for some agencies when) a story was filed, and by whom.

A dateline opens the first paragraph of wire copy: the place, a date for
some agencies, the agency tag and a dash, then the lead::

    >>> d = parse_dateline("SAN FRANCISCO, Calif. (AP) — The city said Monday ...")
    >>> (d.city, d.region, d.country, d.agency, d.dash)
    ('SAN FRANCISCO', 'Calif.', 'US', 'AP', '—')
    >>> str(d)
    'SAN FRANCISCO, Calif. (AP) —'

Accepted shapes (see ``DATELINE`` and its pieces below):

* agency tag, place optional: ``BEIRUT (AP) —``, ``NEW YORK (ap) --``,
  ``LONDON, March 3 (Reuters) -``, ``PARIS, 3 mars 2024 (AFP) -``,
  ``Berlin/Kiew (dpa) -``, ``Madrid, 5 ene (EFE).-``, ``(Bloomberg) --``; a regional
  service after the agency and a slash (``Frankfurt am Main (dpa/lhe) -``: ``agency``
  ``"dpa"``, ``service`` ``"lhe"``);
* a place and a date, no tag (Reuters 1987): ``WASHINGTON, March 2 -``,
  ``SAN FRANCISCO, Calif., March 2 -``, ``New York, March 2 -``;
* the agency's own forms: TASS signs between slashes after the date
  (``MOSCOW, March 3. /TASS/.``), ANSA puts its tag first
  (``(ANSA) - ROME, MAR 3 -``), PTI and Prensa Latina write no dash after the tag
  (``New Delhi, Mar 3 (PTI)``); ``tag_style`` says which, so ``str()`` writes it back;
* a colon right after the tag, as South Asian agencies close it
  (``NEW DELHI (ANI): The government ...``), after place names or a date; no dash and
  no date after the tag of an agency of ``UNDASHED_TAGS`` (``Washington (CNN)The
  president ...``), the lead opening with a capital; ANI's country in square brackets
  after the city (``New Delhi [India], September 24 (ANI):``: ``region`` ``"India"``);
* a place and a dash alone, only when the place is in capitals and is a known
  stand-alone city (AP's list, or the Canadian cities The Canadian Press carries
  alone: ``HALIFAX —``) or carries a known state, province or country:
  ``TORONTO —``, ``LAWRENCEVILLE, Ga. —``. Ordinary sentences
  (``WASHINGTON POST reporters said - ...``, ``I -- for one -- ...``) are refused,
  and so is an agency's name spelled out before its initials
  (``Jewish Telegraphic Agency (JTA) — ...``).

Several places: a ``/`` joins two places (``BEIRUT/THE HAGUE``,
``DAVOS, Switzerland/WASHINGTON``) unless the two sides together are one place
by the data: a place listed in ``SLASH_PLACES`` (``DALLAS/FORT WORTH``) or a
German place whose part after the slash is a river or region qualifier from
``SLASH_QUALIFIERS`` (``Frankfurt/Main``, ``Halle/Saale``). ``locations`` holds
every place as written with its own state or country (``"DAVOS, Switzerland"``),
``places`` their names alone (``"DAVOS"``); ``city`` and ``region`` are those of
the first place.
"""

from __future__ import annotations

import datetime
import unicodedata
from functools import cache
from typing import TYPE_CHECKING, Any

import attrs
import regex

from newsparse._grammar import DASH, DASH_CHARS, OPT_WS, WS
from newsparse._lookup import agency_forms, find_agency, per_table
from newsparse._serialize import Serializable
from newsparse._tables.agencies import UNDASHED_TAGS
from newsparse._tables.months import MONTHS
from newsparse._tables.places import (
    CA_PROVINCES,
    COUNTRIES,
    CP_STANDALONE_CITIES,
    OTHER_DATELINES,
    SLASH_PLACES,
    SLASH_QUALIFIERS,
    STANDALONE_CITIES,
    US_STATES,
)
from newsparse._types import Span, span_field
from newsparse.errors import ParseError, check_line

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["DATELINE", "MAX_LEN", "Dateline", "find_dateline", "parse_dateline"]

#: The longest first paragraph read; real ones stay under 1,500 characters.
MAX_LEN = 20_000

_KIND = "a dateline"

# --- grammar pieces ------------------------------------------------------------------------

# "SAN"  "ST."  "D'ALENE"  "WINSTON-SALEM"  "Kiew"  "N.Y."  "Calif."
WORD = r"\p{L}[\p{L}\p{M}.'\u2019\u02bc\-&]{0,40}+"

# "SAN FRANCISCO"  "ABOARD AIR FORCE ONE"  "Rio de Janeiro"  "W. Va."
NAME = rf"{WORD}(?:{WS}{WORD}){{0,6}}+"

# "March"  "Jan."  "Sept."  "FEB"  "März"  "mars"  "ene"  (any case: 1987 copy writes "APril")
MONTH = r"(?i:\L<months>)\.?+(?!\p{L})"

# "2"  "26"  "07"  "3rd" (WAM: "3rd March, 2024")
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?+(?![\d\p{L}])"

# "2024"  "1987"
YEAR = r"(?:1[89]|20)[0-9]{2}(?!\d)"

# "March 2"  "Jan. 5"  "Feb 26"  "Dec. 5, 2024"  -- and day first: "3 mars 2024"  "5 ene"
# "5. März"  "3rd March, 2024"
DATE = rf"(?:{MONTH}{WS}{DAY}(?:,?{WS}{YEAR})?+|{DAY}\.?{WS}{MONTH}(?:,?{WS}{YEAR})?+)"

# ", Calif."  ", Switzerland"  ", Grand Cayman, British West Indies"
# Lenient: 1987 copy drops the space after the comma ("SAN DIEGO, Calif.,March 17").
# A part that reads as a date is the date, not a region.
# " [India]": ANI gives the country in square brackets after the city ("New Delhi [India],
# September 24 (ANI): Coming down heavily ...", "Toronto [Canada], June 30 (ANI): ...",
# ANI copy as news15.news and business-standard.com carry it).
BRACKET_REGION = rf"{OPT_WS}\[{OPT_WS}{NAME}{OPT_WS}\]"
REGION = rf"(?:{BRACKET_REGION})?+(?:{OPT_WS},{OPT_WS}(?!{DATE}){NAME}){{0,3}}+"

# "DAVOS, Switzerland"  "BEIRUT"
PLACE = rf"{NAME}{REGION}"

# "BEIRUT/THE HAGUE"  "Berlin/Kiew"  "SURABAYA, Indonesia/JAKARTA"  "Frankfurt/Main"
PLACES = rf"(?P<places>{PLACE}(?:{OPT_WS}/{OPT_WS}{PLACE}){{0,5}}+)"

# "/lhe"  "/lnw"  "/tmn": a regional or topic service of the agency, after a slash, as dpa's
# twelve regional services sign ("Frankfurt am Main (dpa/lhe) -", "Hamburg (dpa/lno) –";
# dpa.com "dpa-Landesdienste": "Landesdienst Baden-Württemberg (dpa/lsw)"): two to four
# lower-case letters, never an agency's form ("(APA/dpa)" names two agencies, not a service).
SERVICE = r"/(?!(?i:\L<agencies>)(?![a-z]))(?P<service>[a-z]{2,4}+)(?![\p{L}\d])"

# "(AP)"  "(Reuters)"  "(ap)"  "( AP )"  "(dpa/lby)"
AGENCY_TAG = rf"\({OPT_WS}(?P<agency>(?i:\L<agencies>))(?:{SERVICE})?+{OPT_WS}\)"

# "BUDAPEST, April 7, Reuter -": 1987 copy signs after a comma, without parentheses.
COMMA_AGENCY = rf"{OPT_WS},{OPT_WS}(?P<agency>(?i:\L<agencies>))(?={OPT_WS}{DASH})"

# "March 2 -"  "June 19, -" (a stray comma after the date, 1987 copy: dropped)
DATE_PART = (
    rf"{OPT_WS},{OPT_WS}(?P<date>{DATE})"
    rf"(?:{COMMA_AGENCY}|{OPT_WS},(?={OPT_WS}(?:\(|{DASH})))?+"
)

# What may open the lead right after a tag with no dash: a capital, a digit or a quote
# ("(CNN)The president"  "(CNN) 'We are ...'").
LEAD_START = r"[\p{Lu}\d\"'\u201c\u2018]"

# "(AP) —"  "(Reuters) -"  "(EFE).-"  "March 2 -"; a colon right after the tag, as South
# Asian agencies close it ("NEW DELHI (ANI): The government ...", app.com.pk:
# "ISLAMABAD, Dec 22 (APP):National Assembly ...", though "APP" is no form of the table:
# "app" is a word); no dash after a tag that follows a
# date ("Mar 3 (PTI) ": PTI, Prensa Latina; the lead follows after a space); no dash and
# no date after the tag of an agency that signs so (``UNDASHED_TAGS``: "Washington
# (CNN)The president ...", "LONDON (CNN) The ..."), the lead opening with a capital.
DASH_PART = (
    rf"(?:(?<=\))(?P<dash>\.-|:)|{OPT_WS}(?P<dash>{DASH})"
    rf"|(?(date)(?<=\))(?P<dash>)(?=\s|\Z)"
    rf"|(?<=\({OPT_WS}(?i:\L<undashed>){OPT_WS}\))(?P<dash>)(?={OPT_WS}(?:{LEAD_START}|\Z))))"
)

# ". /TASS/.": TASS signs after the date between slashes, then a full stop (the first
# full stop may be the one of an abbreviated month: "1 Apr. /TASS/.").
SLASH_TAG = (
    rf"(?:{OPT_WS}\.|(?<=\.)){OPT_WS}/{OPT_WS}"
    rf"(?P<slash_agency>(?i:\L<agencies>)){OPT_WS}/(?P<slash_dash>\.)"
)

# "(ANSA) - ": ANSA's tag first, then the place and date and the same dash again.
LEAD_TAG = (
    rf"\({OPT_WS}(?P<lead_agency>(?i:\L<agencies>)){OPT_WS}\){OPT_WS}(?P<lead_dash>{DASH}){OPT_WS}"
)

#: The whole dateline, matched at the start of the paragraph; what follows is the lead.
#: "(ANSA) - ROME, MAR 3 -"  "MOSCOW, March 3. /TASS/."  "BEIRUT (AP) —"
#: The places are read once: what follows them is TASS's slash tag or the usual
#: date, tag and dash (a dateline without a place has only the latter).
DATELINE = rf"""
    {LEAD_TAG}{PLACES}{DATE_PART}{OPT_WS}(?P<dash>(?P=lead_dash))
  | {PLACES}
    (?:
        {DATE_PART}{SLASH_TAG}
      | (?:{DATE_PART})?+ (?:{OPT_WS}{AGENCY_TAG})?+ {DASH_PART}
    )
  | (?:{OPT_WS}{AGENCY_TAG})?+ {DASH_PART}
"""

#: How the agency signs a dateline: ``"paren"`` "BEIRUT (AP) —", ``"slash"`` "MOSCOW,
#: March 3. /TASS/.", ``"lead"`` "(ANSA) - ROME, MAR 3 -".
TAG_STYLES = ("paren", "slash", "lead")

_FLAGS = regex.VERBOSE | regex.VERSION1


@attrs.frozen(slots=True)
class _Grammar:
    dateline: regex.Pattern[str]
    places: regex.Pattern[str]
    head: regex.Pattern[str]
    place: regex.Pattern[str]
    date: regex.Pattern[str]
    agency: regex.Pattern[str]
    service: regex.Pattern[str]


_MONTH_FORMS: dict[str, int] = {
    form.casefold(): number for number, forms in MONTHS.items() for form in forms
}


def _undashed(agency: str) -> bool:
    """Whether the agency signs with no dash and no date after its tag (``UNDASHED_TAGS``)."""
    row = find_agency(agency)
    return row is not None and row.short in UNDASHED_TAGS


@cache
def _grammar(agencies: tuple[str, ...]) -> _Grammar:
    """The compiled patterns for one agency table (compiled once per table)."""
    lists: dict[str, Any] = {"months": sorted(_MONTH_FORMS, key=lambda f: (-len(f), f))}
    lists["agencies"] = list(agencies)
    lists["undashed"] = [form for form in agencies if _undashed(form)]
    return _Grammar(
        dateline=regex.compile(DATELINE, _FLAGS, ignore_unused=True, **lists),
        places=regex.compile(PLACES, _FLAGS, ignore_unused=True, **lists),
        head=regex.compile(rf"{PLACES}(?:{DATE_PART})?+", _FLAGS, ignore_unused=True, **lists),
        place=regex.compile(PLACE, _FLAGS, ignore_unused=True, **lists),
        date=regex.compile(DATE, _FLAGS, ignore_unused=True, **lists),
        agency=regex.compile(r"(?i:\L<agencies>)", _FLAGS, ignore_unused=True, **lists),
        service=regex.compile(SERVICE, _FLAGS, ignore_unused=True, **lists),
    )


#: The grammar for the agency table in use: a new row is a new tag at once.
_current = per_table(lambda: _grammar(tuple(agency_forms("news"))))


#: What every dateline opens with, its first name and what follows that name: a region
#: or date (","), ANI's bracketed country ("["), another place ("/"), the tag ("(") or
#: the dash; or, with no place, the tag or the dash. Exactly the path ``DATELINE`` takes
#: through its first ``NAME`` (possessive, as there), so a text this refuses ``DATELINE``
#: refuses too: most paragraphs are refused after a few words ("The official said
#: Syria's main aim ..."), before the whole grammar (regions, dates, three shapes) is
#: tried on them.
_OPENING = regex.compile(rf"(?:{NAME})?+{OPT_WS}[,/(\[\-{DASH_CHARS}]", _FLAGS)

_LEADING = regex.compile(rf"{OPT_WS}")
_DASH_RE = regex.compile(DASH)
_SLASH = regex.compile(rf"{OPT_WS}/{OPT_WS}")
_SPACE_AFTER = regex.compile(rf"{WS}|$")

# --- place look-ups ------------------------------------------------------------------------


def _key(text: str) -> str:
    """A look-up key: no case, accents, points, spaces or hyphens ("N. Y." == "ny")."""
    if text.isascii():  # NFKD changes no ASCII text
        return "".join(filter(str.isalnum, text.lower()))
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


def _merge(table: dict[str, str | None], name: str, code: str | None) -> None:
    key = _key(name)
    if key in table and table[key] != code:
        table[key] = None  # two places, two countries: never guess
    else:
        table[key] = code


@cache
def _regions() -> dict[str, str | None]:
    """Every written form of a state, province or country -> ISO code (None: ambiguous)."""
    table: dict[str, str | None] = {}
    for states, code in ((US_STATES, "US"), (CA_PROVINCES, "CA")):
        for name, forms in states.items():
            for form in (name, *forms):
                _merge(table, form, code)
    for code, names in COUNTRIES.items():
        for name in names:
            _merge(table, name, code)
    return table


@cache
def _cities() -> dict[str, str | None]:
    """Every place that stands alone in a dateline -> ISO code (None: no one country)."""
    table: dict[str, str | None] = {}
    regions = _regions()
    for names in COUNTRIES.values():  # "BAHRAIN", "SINGAPORE": the country itself
        for name in names:
            table[_key(name)] = regions[_key(name)]
    for cities in (STANDALONE_CITIES, CP_STANDALONE_CITIES):
        for name, code in cities.items():
            _merge(table, name, code)
    for name, other in OTHER_DATELINES.items():
        table[_key(name)] = other
    return table


@cache
def _abbreviations() -> frozenset[str]:
    """State and province abbreviations with a point ("Mo.", "N.Y."), as keys."""
    return frozenset(
        _key(form)
        for states in (US_STATES, CA_PROVINCES)
        for forms in states.values()
        for form in forms
        if "." in form
    )


_SLASH_PLACE_WORDS = tuple(
    tuple(_key(word) for word in place.replace("/", " / ").split()) for place in SLASH_PLACES
)
_QUALIFIER_KEYS = frozenset(_key(q) for q in SLASH_QUALIFIERS)


def _split_place(place: str) -> tuple[str, str | None]:
    """City and region of one place as written: "DAVOS, Switzerland" -> ("DAVOS", "Switzerland").

    Without a comma, a trailing state abbreviation with its point after a city in
    capitals is still the region ("FERGUSON Mo." -> ("FERGUSON", "Mo.")). ANI's country in
    square brackets is the region without them ("New Delhi [India]" -> ("New Delhi", "India")).
    """
    bracket = place.find("[")
    if bracket != -1:
        return place[:bracket].rstrip(), place[bracket + 1 :].replace("]", "", 1).strip()
    comma = place.find(",")
    if comma != -1:
        return place[:comma].rstrip(), place[comma + 1 :].strip()
    words = place.split()
    for size in (2, 1):
        if len(words) > size:
            tail = " ".join(words[-size:])
            head = place[: place.rfind(words[-size])].rstrip()
            if (
                "." in tail
                and tail != tail.upper()
                and head == head.upper()
                and _key(tail) in _abbreviations()
            ):
                return head, place[len(head) :].strip()
    return place, None


def _split_places(text: str) -> tuple[str, ...]:
    """The places of a ``/``-joined run, as written; one whose name holds a slash stays whole."""
    if "/" not in text:
        return (text,)
    cuts = [(m.start(), m.end()) for m in _SLASH.finditer(text)]
    starts = [0, *(end for _, end in cuts)]
    ends = [*(start for start, _ in cuts), len(text)]
    places: list[str] = []
    i = 0
    while i < len(starts):
        begin, end = starts[i], ends[i]
        while i + 1 < len(starts):
            left = _split_place(text[begin:end])
            right = _split_place(text[starts[i + 1] : ends[i + 1]])[0]
            if left[1] is None and _one_place(left[0], right):
                i += 1
                end = ends[i]
            else:
                break
        places.append(text[begin:end])
        i += 1
    return tuple(places)


def _one_place(left: str, right: str) -> bool:
    """Whether ``left/right`` is one place: a listed slash place (or one such place's
    longer name, "DALLAS/FORT WORTH AIRPORT") or a German river qualifier ("Frankfurt/Main")."""
    if _key(right) in _QUALIFIER_KEYS:
        return True
    words = tuple(_key(w) for w in f"{left} / {right}".split())
    return any(words[: len(place)] == place for place in _SLASH_PLACE_WORDS)


def _region_country(region: str) -> str | None:
    regions = _regions()
    key = _key(region)
    if key in regions:
        return regions[key]
    codes = {regions.get(_key(part)) for part in region.split(",")} - {None}
    return codes.pop() if len(codes) == 1 else None


def _city_country(city: str) -> str | None:
    cities = _cities()
    for name in (city, city.split("/", 1)[0]):
        key = _key(name)
        if key in cities:
            return cities[key]
    return None


def _is_known_alone(place: str) -> bool:
    """A place that may open a dateline with no tag and no date: capitals, and known."""
    city, region = _split_place(place)
    if city != city.upper() or city == city.lower():
        return False
    if region is not None:
        return all(_key(part) in _regions() for part in region.split(","))
    return any(_key(name) in _cities() for name in (city, city.split("/", 1)[0]))


def _named_like_places(places: tuple[str, ...]) -> bool:
    """Whether every place is written as place names are: each word of its name longer
    than three letters capitalised ("NEW DELHI", "Mumbai", "Frankfurt am Main",
    "Rio de Janeiro"), not prose ("The company", "Officials said"). Asked of the tag
    endings weaker than a dash (a colon, or none after CNN's tag) when no date backs them."""
    for place in places:
        for word in _split_place(place)[0].split():
            if len(word) > 3 and not word[0].isupper():
                return False
    return True


def _spells_out(places: tuple[str, ...], agency: str) -> bool:
    """Whether the "place" is the agency's own name spelled out before its initials:
    "Jewish Telegraphic Agency (JTA) — ...", "The Associated Press (AP) — ...": prose that
    introduces an abbreviation, never a dateline. It is when the place, without a leading
    "The", is a form of the tag's agency in the table ("Kuwait News Agency (KUNA)") or
    its capitalised words and hyphenated parts give the initials ("Press Trust of India"
    -> "PTI", "Agence France-Presse" -> "AFP")."""
    if len(places) != 1 or "," in places[0]:
        return False
    words = places[0].replace("-", " ").split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    if len(words) < 2:  # "BEIRUT (AP)": most datelines
        return False
    row = find_agency(agency)
    if row is not None and find_agency(" ".join(words)) is row:
        return True
    initials = "".join(word[0] for word in words if word[0].isupper())
    return initials.casefold() == agency.casefold()


# --- the model -----------------------------------------------------------------------------


def _as_places(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _check_locations(instance: Dateline, attribute: attrs.Attribute[Any], value: Any) -> None:
    grammar = _current()
    for place in value:
        if not isinstance(place, str) or grammar.places.fullmatch(place) is None:
            msg = f"Expected a dateline place such as 'SAN FRANCISCO, Calif.', got {place!r}"
            raise ValueError(msg)
    if value and _split_places("/".join(value)) != value:
        msg = f"Expected places that read back the same when joined with '/', got {value!r}"
        raise ValueError(msg)


def _check_date(instance: Dateline, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and _current().date.fullmatch(value) is None:
        msg = f"Expected a dateline date such as 'March 2' or '3 mars 2024', got {value!r}"
        raise ValueError(msg)


def _check_agency(instance: Dateline, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and _current().agency.fullmatch(value) is None:
        msg = f"Expected a news agency of the agency table, got {value!r}"
        raise ValueError(msg)


def _check_service(instance: Dateline, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if instance.agency is None or instance.tag_style != "paren":
        msg = f"Expected an agency in parentheses before the service {value!r} ('(dpa/lhe)')"
        raise ValueError(msg)
    if not isinstance(value, str) or _current().service.fullmatch(f"/{value}") is None:
        msg = (
            "Expected an agency service of two to four lower-case letters that is no "
            f"agency ('lhe' of '(dpa/lhe)'), got {value!r}"
        )
        raise ValueError(msg)


def _check_dash(instance: Dateline, attribute: attrs.Attribute[Any], value: Any) -> None:
    style = instance.tag_style
    if style == "slash":
        if value != ".":
            msg = f"Expected the full stop after a slash tag ('/TASS/.'), got {value!r}"
            raise ValueError(msg)
        return
    if (
        style == "paren"
        and instance.agency is not None
        and (
            value in (".-", ":")
            or (value == "" and (instance.date is not None or _undashed(instance.agency)))
        )
    ):
        return
    if not isinstance(value, str) or _DASH_RE.fullmatch(value) is None:
        msg = (
            "Expected a dash such as '—', '--', '-', '.-' or ':' after an agency tag, or "
            f"none after a tag that follows a date or of {UNDASHED_TAGS!r}, got {value!r}"
        )
        raise ValueError(msg)


def _check_tag_style(instance: Dateline, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value not in TAG_STYLES:
        msg = f"Expected a tag style of {TAG_STYLES!r}, got {value!r}"
        raise ValueError(msg)
    if value != "paren" and instance.agency is None:
        msg = f"Expected an agency with tag style {value!r}"
        raise ValueError(msg)
    if value == "lead" and instance.date is None:
        msg = "Expected a place and a date after a leading tag ('(ANSA) - ROME, MAR 3 -')"
        raise ValueError(msg)


@attrs.frozen(slots=True)
class Dateline(Serializable):
    """The dateline of a story: its places, date, agency and dash, as written.

    Built from ``locations``, ``date``, ``agency`` and ``dash``; ``places``,
    ``city``, ``region`` and ``country`` follow from the locations.

    Attributes:
        locations: Every place as written with its own state or country:
            ``("DAVOS, Switzerland", "WASHINGTON")``; ``()`` when there is none.
        places: Every place's name as written, without its state or country:
            ``("DAVOS", "WASHINGTON")``; ``places[0]`` is the ``city``.
        date: The date as written (``"March 2"``, ``"3 mars 2024"``), or ``None``.
        agency: The agency as written in its tag (``"AP"``, ``"ap"``), or ``None``.
        dash: The separator before the lead as written (``"—"``, ``"--"``, ``".-"``,
            ``":"`` (``NEW DELHI (ANI):``); ``"."`` after TASS's slash tag, ``""`` where a
            tag after a date, or CNN's tag (``Washington (CNN)``), has none).
        tag_style: How the agency signs (:data:`TAG_STYLES`): ``"paren"``
            (``BEIRUT (AP) —``, the default), ``"slash"`` (``MOSCOW, March 3. /TASS/.``)
            or ``"lead"`` (``(ANSA) - ROME, MAR 3 -``).
        service: The agency's regional or topic service written after a slash in
            its tag, as written (``"lhe"`` of ``Frankfurt am Main (dpa/lhe) -``), or
            ``None``; only with an agency in parentheses.
        city: The first place's name (``"SAN FRANCISCO"``), or ``None``.
        region: The first place's state, province or country as written (``"Calif."``;
            ``"India"`` of ANI's ``New Delhi [India]``).
        country: ISO 3166-1 alpha-2 code where the region or a known stand-alone
            city fixes it for every place (``"WASHINGTON/BAGHDAD"`` -> ``None``), else
            ``None``.
        span: ``(start, end)`` in the parsed text; ``end`` is where the lead begins.

    >>> d = Dateline(locations=("BEIRUT", "THE HAGUE"), agency="AP", dash="—")
    >>> (d.city, d.places, d.country, str(d))
    ('BEIRUT', ('BEIRUT', 'THE HAGUE'), None, 'BEIRUT/THE HAGUE (AP) —')
    >>> Dateline(locations=("DAVOS, Switzerland", "WASHINGTON"), agency="Reuters").places
    ('DAVOS', 'WASHINGTON')
    """

    locations: tuple[str, ...] = attrs.field(
        default=(), converter=_as_places, validator=_check_locations
    )
    date: str | None = attrs.field(default=None, validator=_check_date)
    agency: str | None = attrs.field(default=None, validator=_check_agency)
    dash: str = attrs.field(default="—", validator=_check_dash)
    tag_style: str = attrs.field(default="paren", validator=_check_tag_style)
    service: str | None = attrs.field(default=None, validator=_check_service)
    places: tuple[str, ...] = attrs.field(init=False)
    city: str | None = attrs.field(init=False)
    region: str | None = attrs.field(init=False)
    country: str | None = attrs.field(init=False)
    span: Span = span_field()

    @places.default
    def _places(self) -> tuple[str, ...]:
        return tuple(_split_place(location)[0] for location in self.locations)

    @city.default
    def _city(self) -> str | None:
        return self.places[0] if self.places else None

    @region.default
    def _region(self) -> str | None:
        return _split_place(self.locations[0])[1] if self.locations else None

    @country.default
    def _country(self) -> str | None:
        # "WASHINGTON/BAGHDAD/DUBAI": one country only when every place lies in it.
        codes = set()
        for location in self.locations:
            city, region = _split_place(location)
            codes.add(_region_country(region) if region is not None else _city_country(city))
        return codes.pop() if len(codes) == 1 else None

    def __attrs_post_init__(self) -> None:
        if (
            self.agency is not None
            and self.date is None
            and _spells_out(self.locations, self.agency)
        ):
            msg = (
                f"Expected a place before the agency tag, not the agency's name {self.locations!r}"
            )
            raise ValueError(msg)
        if self.date is not None and not self.locations:
            msg = "Expected a place before the dateline date"
            raise ValueError(msg)
        if self.dash in (":", "") and self.date is None and not _named_like_places(self.locations):
            msg = (
                "Expected place names before a tag closed by a colon or no dash "
                f"('NEW DELHI (ANI):'), got {self.locations!r}"
            )
            raise ValueError(msg)
        if self.agency is None and self.date is None:
            if not self.locations:
                msg = "Expected a place or an agency in a dateline"
                raise ValueError(msg)
            if not all(_is_known_alone(place) for place in self.locations):
                msg = (
                    "Expected an agency or a date with a place that is not a known place "
                    f"in capitals, got {self.locations!r}"
                )
                raise ValueError(msg)

    def __str__(self) -> str:
        text = "/".join(self.locations)
        if self.date is not None:
            text += f", {self.date}"
        if self.tag_style == "lead":
            return f"({self.agency}) {self.dash} {text} {self.dash}"
        if self.tag_style == "slash":
            stop = "" if text.endswith(".") else "."  # "1 Apr. /TASS/."
            return f"{text}{stop} /{self.agency}/{self.dash}"
        tag = self.agency if self.service is None else f"{self.agency}/{self.service}"
        if self.agency is not None:
            text += f" ({tag})" if text else f"({tag})"
        if self.dash in ("", ".-", ":"):  # "New Delhi, Mar 3 (PTI)"  "(EFE).-"  "(ANI):"
            return text + self.dash
        return f"{text} {self.dash}"

    def resolve_date(self, reference: datetime.date) -> datetime.date | None:
        """The date in ``reference``'s year, or the year before when it would fall after it.

        A year written in the dateline wins. ``None`` without a date or for a day
        the month does not have.

        >>> d = parse_dateline("WASHINGTON, Dec. 30 -")
        >>> d.resolve_date(datetime.date(1988, 1, 4))
        datetime.date(1987, 12, 30)
        """
        if self.date is None:
            return None
        months = [
            _MONTH_FORMS[w.casefold()]
            for w in regex.findall(r"\p{L}+", self.date)
            if w.casefold() in _MONTH_FORMS  # not "rd" of "3rd March"
        ]
        numbers = regex.findall(r"\d+", self.date)
        if not months or not numbers:
            return None
        month = months[0]
        days = [int(n) for n in numbers if len(n) <= 2]
        years = [int(n) for n in numbers if len(n) == 4]
        if month is None or not days:
            return None
        day = days[0]
        if years:
            return _date(years[0], month, day)
        for year in (reference.year, reference.year - 1):
            found = _date(year, month, day)
            if found is not None and found <= reference:
                return found
        return None


def _date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


# --- the parser ----------------------------------------------------------------------------


def parse_dateline(text: str) -> Dateline:
    """Read the dateline at the start of a first paragraph (or a dateline alone).

    Raises:
        ParseError: The text does not open with a dateline.

    >>> d = parse_dateline("LONDON, March 3 (Reuters) - Shares rose.")
    >>> (d.city, d.date, d.agency, d.dash, d.span)
    ('LONDON', 'March 3', 'Reuters', '-', (0, 28))
    >>> parse_dateline("(Bloomberg) -- Stocks fell.").places
    ()
    """
    check_line(text, _KIND, MAX_LEN)
    dateline = _read(text, strict=True)
    assert dateline is not None  # strict: refused with a ParseError
    return dateline


def find_dateline(text: str) -> Dateline | None:
    """:func:`parse_dateline`, or ``None`` where it would raise: no error is built.

    For :func:`newsparse.parse`, which tries many paragraphs that open with no dateline.

    >>> find_dateline("BEIRUT (AP) — Talks resume.").city, find_dateline("Talks resume.")
    ('BEIRUT', None)
    """
    try:
        check_line(text, _KIND, MAX_LEN)
    except ParseError:
        return None
    return _read(text, strict=False)


def _read(text: str, *, strict: bool) -> Dateline | None:
    """The dateline opening ``text``; where there is none, raise (``strict``) or give ``None``."""
    grammar = _current()
    start = _expect_match(_LEADING.match(text)).end()
    m = grammar.dateline.match(text, start) if _OPENING.match(text, start) else None
    if m is None:
        if strict:
            raise _no_dateline(grammar, text, start)
        return None
    written, date, agency, dash, service = m.group("places", "date", "agency", "dash", "service")
    style = "paren"
    if m.group("slash_agency") is not None:  # "MOSCOW, March 3. /TASS/."
        agency, dash, style = m.group("slash_agency"), m.group("slash_dash"), "slash"
    elif m.group("lead_agency") is not None:  # "(ANSA) - ROME, MAR 3 -"
        agency, style = m.group("lead_agency"), "lead"
    places = _split_places(written) if written else ()
    after = _SPACE_AFTER.match(text, m.end())
    if after is None:
        if agency is None or dash == ".-":
            if strict:
                raise ParseError("Expected a space after the dateline dash", text, m.end())
            return None
        after = _expect_match(_LEADING.match(text, m.end()))
    if agency is not None and date is None and _spells_out(places, agency):
        if strict:
            raise ParseError(
                "Expected a place before the agency tag, not the agency's name spelled out "
                "(an abbreviation introduced in prose)",
                text,
                start,
            )
        return None
    if dash in (":", "") and date is None and not _named_like_places(places):
        if strict:
            raise ParseError(
                "Expected place names before an agency tag closed by a colon or no dash "
                "(prose such as 'The company (AP):' is no dateline)",
                text,
                start,
            )
        return None
    if agency is None and date is None:
        if not places:
            if strict:
                raise ParseError(
                    "Expected a dateline: a place or an agency in parentheses before the dash",
                    text,
                    start,
                )
            return None
        if not all(_is_known_alone(place) for place in places):
            if strict:
                raise ParseError(
                    "Expected an agency in parentheses or a date after the place "
                    "(a place and a dash alone make a dateline only for a known place in capitals)",
                    text,
                    m.end("places"),
                )
            return None
    return _read_model(
        places, date, agency, dash, (start, after.end()), style=style, service=service
    )


def _read_model(
    places: tuple[str, ...],
    date: str | None,
    agency: str | None,
    dash: str,
    span: Span,
    *,
    style: str = "paren",
    service: str | None = None,
) -> Dateline:
    """A :class:`Dateline` from what the grammar read, without its validators.

    The validators would match each field against the very grammar that just read
    it and the checks of ``__attrs_post_init__`` are made by :func:`_read`, so they
    are skipped here: building the model is most of a dateline's cost otherwise.
    """
    dateline: Dateline = object.__new__(Dateline)
    put = object.__setattr__
    put(dateline, "locations", places)
    put(dateline, "date", date)
    put(dateline, "agency", agency)
    put(dateline, "dash", dash)
    put(dateline, "tag_style", style)
    put(dateline, "service", service)
    put(dateline, "span", span)
    # What the defaults of places, city, region and country compute, each place split once.
    split = [_split_place(location) for location in places]
    codes = {
        _region_country(region) if region is not None else _city_country(city)
        for city, region in split
    }
    put(dateline, "places", tuple(city for city, _ in split))
    put(dateline, "city", split[0][0] if split else None)
    put(dateline, "region", split[0][1] if split else None)
    put(dateline, "country", codes.pop() if len(codes) == 1 else None)
    return dateline


def _expect_match(m: regex.Match[str] | None) -> regex.Match[str]:
    # Patterns that can match the empty string always match; this only narrows the type.
    if m is None:  # pragma: no cover
        msg = "pattern that matches the empty string failed"
        raise AssertionError(msg)
    return m


def _no_dateline(grammar: _Grammar, text: str, start: int) -> ParseError:
    """Say how far a dateline could be read and what was expected there."""
    head = grammar.head.match(text, start)
    if head is None:
        return ParseError(
            "Expected a dateline: a place (e.g. 'BEIRUT') or an agency in parentheses "
            "(e.g. '(Reuters)')",
            text,
            start,
        )
    if head.group("date") is not None:
        return ParseError(
            "Expected an agency in parentheses or a dash after the dateline date", text, head.end()
        )
    return ParseError(
        "Expected an agency in parentheses, a date or a dash after the dateline place",
        text,
        head.end(),
    )
