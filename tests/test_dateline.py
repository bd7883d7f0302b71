"""Tests of the dateline parser: real lines, agency shapes, refusals, resolution, properties."""

from __future__ import annotations

import contextlib
import datetime
from functools import cache
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
import newsparse._lookup
from newsparse._lookup import find_agency
from newsparse._tables.agencies import AGENCIES
from newsparse._types import Agency
from newsparse.dateline import MAX_LEN, Dateline, parse_dateline
from newsparse.errors import ParseError
from newsparse.strategies import dateline_lines
from tests.corpus import first_paragraph, modern_stories, reuters_records, seed_lines

# Each row: where the line comes from, the line as found there (its lead cut short),
# then every field: locations, city, region, date, country, agency, dash, and where the lead begins.
REAL_LINES: list[tuple[str, str, tuple[Any, ...]]] = [
    (
        "seed",
        "BEIRUT (AP) — Syrian and Israeli officials are set to resume U.S.-mediated talks",
        (("BEIRUT",), "BEIRUT", None, None, "LB", "AP", "—", 14),
    ),
    (
        "APNews_2023_04_28",
        "MEXICO CITY (AP) — Mexico’s economy grew by 1.1% in the first quarter of 2023",
        (("MEXICO CITY",), "MEXICO CITY", None, None, "MX", "AP", "—", 19),
    ),
    (
        "htmldate_dailyherald_Hollywood",
        "LOS ANGELES (AP) -- Hollywood's actors union reached a tentative deal",
        (("LOS ANGELES",), "LOS ANGELES", None, None, "US", "AP", "--", 20),
    ),
    (
        "htmldate_1725250200",
        "LAWRENCEVILLE, Ga. (AP) — U.S. Marshals in Georgia have arrested",
        (("LAWRENCEVILLE, Ga.",), "LAWRENCEVILLE", "Ga.", None, "US", "AP", "—", 26),
    ),
    (
        "abp_4bK7Xj6SX7BscPXZ",
        "WASHINGTON (AP) - Deputy Attorney General Rod Rosenstein submitted his resignation",
        (("WASHINGTON",), "WASHINGTON", None, None, "US", "AP", "-", 18),
    ),
    (
        "abp_Ba4NpHV2aomdspM7",
        "SEOUL, South Korea (AP) — North Korean leader Kim Jong Un’s prolonged",
        (("SEOUL, South Korea",), "SEOUL", "South Korea", None, "KR", "AP", "—", 26),
    ),
    (
        "abp_RNo1SteEb0VRF4hM",
        "VATICAN CITY (AP) — Pope Francis celebrated the Ash Wednesday ritual",
        (("VATICAN CITY",), "VATICAN CITY", None, None, "VA", "AP", "—", 20),
    ),
    (
        "abp_TIurNSJH0rTBoVgt",
        "Beijing (AP) — For decades, the Uighur imam was a bedrock",
        (("Beijing",), "Beijing", None, None, "CN", "AP", "—", 15),
    ),
    (
        "sh_c467d507",
        "ST. JOSEPH, Mich. (AP) — Michigan health authorities are reporting",
        (("ST. JOSEPH, Mich.",), "ST. JOSEPH", "Mich.", None, "US", "AP", "—", 25),
    ),
    (
        "abp_KJzEUJQ12x0g8jqU",
        "WATFORD, England (AP) — The Latest on the NATO summit near London",
        (("WATFORD, England",), "WATFORD", "England", None, "GB", "AP", "—", 24),
    ),
    (
        "Reuters_2023_05_16",
        "KATHMANDU, April 25 (Reuters) - Nepal's civil aviation authority disputed",
        (("KATHMANDU",), "KATHMANDU", None, "April 25", None, "Reuters", "-", 32),
    ),
    (
        "np_reuters3",
        "SURABAYA, Indonesia/JAKARTA (Reuters) - Indonesian rescuers searching",
        (
            ("SURABAYA, Indonesia", "JAKARTA"),
            "SURABAYA",
            "Indonesia",
            None,
            "ID",
            "Reuters",
            "-",
            40,
        ),
    ),
    (
        "abp_ONs61Y8znqRh8cQs",
        "WASHINGTON/BAGHDAD/DUBAI (Reuters) - President Donald Trump on Wednesday",
        (("WASHINGTON", "BAGHDAD", "DUBAI"), "WASHINGTON", None, None, None, "Reuters", "-", 37),
    ),
    (
        "abp_IdqSMa1D0fu1AtrM",
        "FERGUSON Mo. (Reuters) - Residents of Ferguson, Missouri, prepared",
        (("FERGUSON Mo.",), "FERGUSON", "Mo.", None, "US", "Reuters", "-", 25),
    ),
    (
        "abp_EyOMo5mi1xZnnVoR",
        "(Reuters) - Democratic voters rallied on Tuesday",
        ((), None, None, None, None, "Reuters", "-", 12),
    ),
    (
        "abp_AbSyd3eBlZZDb8Oq",
        "Hong Kong (AFP) – Viral video platform TikTok’s withdrawal from Hong Kong",
        (("Hong Kong",), "Hong Kong", None, None, "HK", "AFP", "–", 18),
    ),
    (
        "abp_OFrarXq2ZJ24t4s7",
        "Paris (AFP) - High-flyer Emmanuel Macron enjoyed a meteoric rise",
        (("Paris",), "Paris", None, None, "FR", "AFP", "-", 14),
    ),
    (
        "abp_YgLh5mYldYq77WfD",
        "(AFP) — The leaders of North and South Korea agreed Friday",
        ((), None, None, None, None, "AFP", "—", 8),
    ),
    (
        "abp_fcOUQvI5CVXJbZ44",
        "WASHINGTON, Dec. 5 (UPI) — A North Carolina man was arrested in Washington",
        (("WASHINGTON",), "WASHINGTON", None, "Dec. 5", "US", "UPI", "—", 27),
    ),
    (
        "traf_finanztreff.de-Influencer",
        "Berlin/Frankfurt (dpa) - Immer mehr junge Menschen legen ihre Hemmungen",
        (("Berlin", "Frankfurt"), "Berlin", None, None, "DE", "dpa", "-", 25),
    ),
    (
        "PoliticoEu_PoliticoEu_2025_10_23",
        "DUBLIN — She’s slammed NATO, voted against EU treaties",
        (("DUBLIN",), "DUBLIN", None, None, "IE", None, "—", 9),
    ),
    (
        "r21578:1",
        "SALVADOR, Feb 26 - Showers continued throughout the week in the Bahia cocoa zone",
        (("SALVADOR",), "SALVADOR", None, "Feb 26", None, None, "-", 19),
    ),
    (
        "r21578:296",
        "AMSTERDAM, 2 March - The Dutch Central Bank said it has accepted bids",
        (("AMSTERDAM",), "AMSTERDAM", None, "2 March", "NL", None, "-", 21),
    ),
    (
        "r21578:3307",
        "DALLAS/FORT WORTH AIRPORT, Texas, March 9 - Singer Co said its flight simulator",
        (
            ("DALLAS/FORT WORTH AIRPORT, Texas",),
            "DALLAS/FORT WORTH AIRPORT",
            "Texas",
            "March 9",
            "US",
            None,
            "-",
            44,
        ),
    ),
    (
        "r21578:6051",
        "SAN DIEGO, Calif.,March 17 - Shr loss two cts vs profit three cts",
        (("SAN DIEGO, Calif.",), "SAN DIEGO", "Calif.", "March 17", "US", None, "-", 29),
    ),
    (
        "r21578:9572",
        "GEORGETOWN, Grand Cayman, British West Indies, March 25 - Shr 29 cts vs nine cts",
        (
            ("GEORGETOWN, Grand Cayman, British West Indies",),
            "GEORGETOWN",
            "Grand Cayman, British West Indies",
            "March 25",
            "KY",
            None,
            "-",
            58,
        ),
    ),
    (
        "r21578:12677",
        "WINSTON-SALEM, N.C. - RJR Nabisco Inc's RJ Reynolds Tobacco USA unit said",
        (("WINSTON-SALEM, N.C.",), "WINSTON-SALEM", "N.C.", None, "US", None, "-", 22),
    ),
    (
        "r21578:13606",
        "LONDON - The International Cocoa Organization buffer stock could face",
        (("LONDON",), "LONDON", None, None, "GB", None, "-", 9),
    ),
    (
        "r21578:14040",
        "omaha, april 7 - barrow and gilt prices rose 1.00 dlr in active trade",
        (("omaha",), "omaha", None, "april 7", None, None, "-", 17),
    ),
    (
        "r21578:15580",
        "BUENOS AIRES, ABR 9 - ARGENTINE GRAIN BELT TEMPERATURES (CENTIGRADE) AND RAIN (MM)",
        (("BUENOS AIRES",), "BUENOS AIRES", None, "ABR 9", "AR", None, "-", 22),
    ),
    (
        "r21578:18573",
        "CALGARY, Alberta, June 18 - Dome Petroleum Ltd said one of its common shareholders",
        (("CALGARY, Alberta",), "CALGARY", "Alberta", "June 18", "CA", None, "-", 28),
    ),
    (
        "r21578:19398",
        "WASHINGTON, June 19, - After battling President Reagan all year, Congress",
        (("WASHINGTON",), "WASHINGTON", None, "June 19", "US", None, "-", 23),
    ),
    (
        "r21578:20777",
        "CHICAGO, Oct. 20 - Simmons Airlines Inc said its board of directors authorized",
        (("CHICAGO",), "CHICAGO", None, "Oct. 20", "US", None, "-", 19),
    ),
]

FIELDS = ("locations", "city", "region", "date", "country", "agency", "dash")


@cache
def source_lines(source: str) -> tuple[str, ...]:
    """The lines of a table row's source: the seed, a modern story, or a Reuters-21578 record."""
    if source == "seed":
        return tuple(seed_lines())
    if source.startswith("r21578:"):
        wanted = int(source.removeprefix("r21578:"))
        return tuple(
            f"{r['dateline']} {first_paragraph(r)}" for r in reuters_records() if r["id"] == wanted
        )
    return tuple(
        line for s in modern_stories() if s["id"] == source for line in s["text"].split("\n")
    )


def fields(d: Dateline) -> tuple[Any, ...]:
    """Every field of a dateline, in the order of the tables, with where its lead begins."""
    return (*(getattr(d, name) for name in FIELDS), d.span[1])


@pytest.mark.parametrize(("source", "line", "expected"), REAL_LINES)
def test_real_lines_are_in_the_corpus(source: str, line: str, expected: tuple[Any, ...]) -> None:
    """Every line of the real-lines table is copied from the corpus, as found there."""
    assert any(found.startswith(line) for found in source_lines(source)), (source, line)


@pytest.mark.parametrize(("source", "line", "expected"), REAL_LINES)
def test_real_lines_parse(source: str, line: str, expected: tuple[Any, ...]) -> None:
    """Real datelines of each agency give every field as written."""
    d = parse_dateline(line)
    assert fields(d) == expected
    assert d.span[0] == 0
    assert parse_dateline(str(d)) == d


# Shapes the issues name for each agency, and the slash rule: line -> every field.
SHAPES: list[tuple[str, tuple[Any, ...]]] = [
    (
        "SAN FRANCISCO, Calif. (AP) —",
        (("SAN FRANCISCO, Calif.",), "SAN FRANCISCO", "Calif.", None, "US", "AP", "—"),
    ),
    ("NEW YORK (ap) --", (("NEW YORK",), "NEW YORK", None, None, "US", "ap", "--")),
    ("NEW YORK ( AP ) —", (("NEW YORK",), "NEW YORK", None, None, "US", "AP", "—")),
    ("LONDON, March 3 (Reuters) -", (("LONDON",), "LONDON", None, "March 3", "GB", "Reuters", "-")),
    (
        "SAN FRANCISCO, Calif., March 2 -",
        (("SAN FRANCISCO, Calif.",), "SAN FRANCISCO", "Calif.", "March 2", "US", None, "-"),
    ),
    ("New York, March 2 -", (("New York",), "New York", None, "March 2", "US", None, "-")),
    ("PARIS, 3 mars 2024 (AFP) -", (("PARIS",), "PARIS", None, "3 mars 2024", "FR", "AFP", "-")),
    (
        "BEIJING, Jan. 5 (Xinhua) --",
        (("BEIJING",), "BEIJING", None, "Jan. 5", "CN", "Xinhua", "--"),
    ),
    ("Berlin (dpa) -", (("Berlin",), "Berlin", None, None, "DE", "dpa", "-")),
    ("Berlin/Kiew (dpa) -", (("Berlin", "Kiew"), "Berlin", None, None, None, "dpa", "-")),
    (
        "Berlin, 5. März 2024 (dpa) -",
        (("Berlin",), "Berlin", None, "5. März 2024", "DE", "dpa", "-"),
    ),
    ("Madrid, 5 ene (EFE).-", (("Madrid",), "Madrid", None, "5 ene", "ES", "EFE", ".-")),
    ("(Bloomberg) --", ((), None, None, None, None, "Bloomberg", "--")),
    ("UNITED NATIONS (AP) —", (("UNITED NATIONS",), "UNITED NATIONS", None, None, None, "AP", "—")),
    (
        "ABOARD AIR FORCE ONE (AP) —",
        (("ABOARD AIR FORCE ONE",), "ABOARD AIR FORCE ONE", None, None, None, "AP", "—"),
    ),
    ("TORONTO —", (("TORONTO",), "TORONTO", None, None, "CA", None, "—")),
    ("KYIV, Ukraine ―", (("KYIV, Ukraine",), "KYIV", "Ukraine", None, "UA", None, "―")),
    ("BEIRUT/THE HAGUE (AP) —", (("BEIRUT", "THE HAGUE"), "BEIRUT", None, None, None, "AP", "—")),
    (
        "DAVOS, Switzerland/WASHINGTON (Reuters) -",
        (("DAVOS, Switzerland", "WASHINGTON"), "DAVOS", "Switzerland", None, None, "Reuters", "-"),
    ),
    (
        "Frankfurt/Main (dpa) -",
        (("Frankfurt/Main",), "Frankfurt/Main", None, None, "DE", "dpa", "-"),
    ),
    ("Halle/Saale (dpa) -", (("Halle/Saale",), "Halle/Saale", None, None, None, "dpa", "-")),
    (
        "DALLAS/FORT WORTH (AP) —",
        (("DALLAS/FORT WORTH",), "DALLAS/FORT WORTH", None, None, "US", "AP", "—"),
    ),
    ("LONDON, Sept. 5 (Reuters) -", (("LONDON",), "LONDON", None, "Sept. 5", "GB", "Reuters", "-")),
    (
        "WASHINGTON, Sep 5, 2024 (Reuters) -",
        (("WASHINGTON",), "WASHINGTON", None, "Sep 5, 2024", "US", "Reuters", "-"),
    ),
    (
        "MONTEVIDEO, 12 set (EFE) -",
        (("MONTEVIDEO",), "MONTEVIDEO", None, "12 set", None, "EFE", "-"),
    ),
    ("TORONTO, Ont. (CP) —", (("TORONTO, Ont.",), "TORONTO", "Ont.", None, "CA", "CP", "—")),
    (
        "CHARLESTON, W. Va. (AP) —",
        (("CHARLESTON, W. Va.",), "CHARLESTON", "W. Va.", None, "US", "AP", "—"),
    ),
    (
        "TBILISI, Georgia (AP) —",
        (("TBILISI, Georgia",), "TBILISI", "Georgia", None, None, "AP", "—"),
    ),
    ("ATLANTA, Ga. (AP) —", (("ATLANTA, Ga.",), "ATLANTA", "Ga.", None, "US", "AP", "—")),
    ("PARIS, Texas (AP) —", (("PARIS, Texas",), "PARIS", "Texas", None, "US", "AP", "—")),
]


@pytest.mark.parametrize(("line", "expected"), SHAPES)
def test_agency_shapes(line: str, expected: tuple[Any, ...]) -> None:
    """Each agency's dateline shape gives every field as written; alone it renders as itself."""
    d = parse_dateline(f"{line} The lead.")
    assert tuple(getattr(d, name) for name in FIELDS) == expected
    assert parse_dateline(line) == d
    assert parse_dateline(str(d)) == d


@pytest.mark.parametrize(
    "line",
    [
        "SAN FRANCISCO, Calif. (AP) —",
        "LONDON, March 3 (Reuters) -",
        "WASHINGTON, March 2 -",
        "Madrid, 5 ene (EFE).-",
        "(Bloomberg) --",
        "BEIRUT/THE HAGUE (AP) —",
    ],
)
def test_canonical_lines_render_as_themselves(line: str) -> None:
    """A dateline in canonical form renders back to exactly that text."""
    assert str(parse_dateline(line)) == line


def test_span_ends_where_the_lead_begins() -> None:
    """The span starts at the dateline (after leading space) and ends at the lead."""
    text = "  BEIRUT (AP) —   Syrian officials said."
    d = parse_dateline(text)
    assert d.span == (2, 18)
    assert text[d.span[1] :] == "Syrian officials said."


def test_agency_glued_to_the_lead() -> None:
    """After an agency tag the lead may follow the dash with no space, as some pages print it."""
    d = parse_dateline("WASHINGTON (AP)—The House voted.")
    assert (d.city, d.agency, d.dash, d.span) == ("WASHINGTON", "AP", "—", (0, 16))


def test_a_new_agency_row_is_a_new_tag(monkeypatch: pytest.MonkeyPatch) -> None:
    """Adding a row to the agency table is enough for the dateline to read its tag."""
    row = Agency("Example Wire Service", "EXW", (), (), "NO")
    with pytest.raises(ParseError):
        parse_dateline("OSLO (EXW) - The lead.")
    monkeypatch.setattr(newsparse._lookup, "AGENCIES", (*AGENCIES, row))
    d = parse_dateline("OSLO (EXW) - The lead.")
    assert (d.city, d.agency, d.country) == ("OSLO", "EXW", "NO")


# Lines that are not datelines: text -> (message start, pos).
NOT_DATELINES: list[tuple[str, str, int]] = [
    (
        "President Biden said -- the deal was done.",
        "Expected an agency in parentheses or a date",
        20,
    ),
    (
        "WASHINGTON POST reporters said - the plan",
        "Expected an agency in parentheses or a date",
        30,
    ),
    ("I -- for one -- welcome it.", "Expected an agency in parentheses or a date", 1),
    ("By the numbers - 42 percent", "Expected an agency in parentheses or a date", 14),
    ("BY THE NUMBERS - 42 percent", "Expected an agency in parentheses or a date", 14),
    ("SILVER - Prices fell.", "Expected an agency in parentheses or a date", 6),
    (
        "FILE - In this Tuesday, March 3, 2020 file photo",
        "Expected an agency in parentheses or a date",
        4,
    ),
    ("REGGIO CALABRIA, Italy, April l - text", "Expected an agency in parentheses or a date", 31),
    ("BEIRUT AP — Talks", "Expected an agency in parentheses or a date", 9),
    ("BEIRUT (XYZ) — Talks", "Expected an agency in parentheses, a date or a dash", 6),
    (
        "Riad. Die Boxwelt fiebert auf die Schwergewichts-Show",
        "Expected an agency in parentheses, a date or a dash",
        53,
    ),
    ("© dpa-infocom, dpa:240516-99-53606/3 (dpa)", "Expected a dateline: a place", 0),
    (
        "RPT --LUDWIGSHAFEN, West Germany, March 30 - BASF",
        "Expected a space after the dateline dash",
        6,
    ),
    ("April 7 - Position of the fleet", "Expected an agency in parentheses, a date or a dash", 5),
]


@pytest.mark.parametrize(("text", "message", "pos"), NOT_DATELINES)
def test_not_datelines_are_refused(text: str, message: str, pos: int) -> None:
    """Ordinary sentences and page text that merely look like datelines are refused."""
    with pytest.raises(ParseError) as info:
        parse_dateline(text)
    assert info.value.message.startswith(message)
    assert info.value.pos == pos


@pytest.mark.parametrize(
    ("text", "message", "pos"),
    [
        ("", "Expected a dateline, got blank text", 0),
        ("\x00\x01", "Expected a dateline without control characters, got '\\x00'", 0),
        (
            "((((((((",
            (
                "Expected a dateline: a place (e.g. 'BEIRUT') or an agency in parentheses "
                "(e.g. '(Reuters)')"
            ),
            0,
        ),
        ("—" * 50, "Expected a dateline: a place or an agency in parentheses before the dash", 0),
        ("By", "Expected an agency in parentheses, a date or a dash after the dateline place", 2),
        (
            "BEIRUT (AP)",
            "Expected an agency in parentheses, a date or a dash after the dateline place",
            6,
        ),
        ("WASHINGTON, March 2 -Lead", "Expected a space after the dateline dash", 21),
        (
            "A" * (MAX_LEN + 1),
            f"Expected a dateline of at most {MAX_LEN} characters, got 20001",
            MAX_LEN,
        ),
    ],
)
def test_error_messages(text: str, message: str, pos: int) -> None:
    """Bad input raises ParseError saying what was expected, and where."""
    with pytest.raises(ParseError) as info:
        parse_dateline(text)
    assert info.value.message == message
    assert info.value.pos == pos


def test_error_shows_a_caret() -> None:
    """The error prints the line with a caret under where the dateline failed."""
    with pytest.raises(ParseError) as info:
        parse_dateline("BEIRUT (XYZ) — Talks")
    assert str(info.value) == (
        "Expected an agency in parentheses, a date or a dash after the dateline place\n"
        "    BEIRUT (XYZ) — Talks\n"
        "          ^"
    )


@pytest.mark.parametrize(
    "unit", ["A", "(", "WASHINGTON, ", "By A, ", "A ", "A/", "LONDON, March 3 ", "(AP", "— ", "a."]
)
@pytest.mark.parametrize("size", [MAX_LEN - 1, 200_000])
def test_hostile_input_stays_linear(unit: str, size: int) -> None:
    """Long repetitive input is refused promptly (a backtracking pattern would hang here)."""
    text = (unit * (size // len(unit) + 1))[:size]
    with pytest.raises(ParseError):
        parse_dateline(text)


def test_modern_stories_hold_one_dateline_each() -> None:
    """Over every line of the modern stories, at most one per story reads as a dateline,
    and an agency it names is the story's agency."""
    for story in modern_stories():
        found = [d for d in map(try_parse, story["text"].split("\n")) if d is not None]
        assert len(found) <= 1, (story["id"], [str(d) for d in found])
        for d in found:
            agency = newsparse._lookup.find_agency(d.agency) if d.agency else None
            assert agency is None or agency.short == story["agency"], (story["id"], str(d))


def try_parse(line: str) -> Dateline | None:
    """The dateline a line reads as, or None when it is refused."""
    try:
        return parse_dateline(line)
    except ParseError:
        return None


@pytest.mark.parametrize(
    ("line", "reference", "expected"),
    [
        ("WASHINGTON, March 2 -", datetime.date(1987, 3, 26), datetime.date(1987, 3, 2)),
        ("WASHINGTON, Dec. 30 -", datetime.date(1988, 1, 4), datetime.date(1987, 12, 30)),
        ("WASHINGTON, March 2 -", datetime.date(1987, 3, 2), datetime.date(1987, 3, 2)),
        ("PARIS, 3 mars 2024 (AFP) -", datetime.date(2026, 1, 1), datetime.date(2024, 3, 3)),
        ("Madrid, 5 ene (EFE).-", datetime.date(2024, 2, 1), datetime.date(2024, 1, 5)),
        ("Berlin, 5. März (dpa) -", datetime.date(2024, 3, 5), datetime.date(2024, 3, 5)),
        ("LONDON, Sept. 5 (Reuters) -", datetime.date(2024, 9, 4), datetime.date(2023, 9, 5)),
        ("NEW YORK, APril 3 -", datetime.date(1987, 4, 7), datetime.date(1987, 4, 3)),
        ("LONDON, Feb 29 -", datetime.date(2025, 3, 1), datetime.date(2024, 2, 29)),
        ("LONDON, Feb 30 -", datetime.date(2025, 3, 1), None),
        ("BEIRUT (AP) —", datetime.date(2025, 3, 1), None),
    ],
)
def test_resolve_date(line: str, reference: datetime.date, expected: datetime.date | None) -> None:
    """The date falls in the reference's year, or the year before when it would lie after it."""
    assert parse_dateline(line).resolve_date(reference) == expected


@pytest.mark.parametrize(
    ("line", "country"),
    [
        ("OMAHA, Neb. -", "US"),
        ("OMAHA, NE —", "US"),
        ("OMAHA, Nebraska —", "US"),
        ("HALIFAX, N.S. —", "CA"),
        ("MONTREAL, Quebec —", "CA"),
        ("PARIS —", "FR"),
        ("PARIS, Ky. —", "US"),
        ("BAHRAIN —", "BH"),
        ("GUADALAJARA, México (EFE) -", "MX"),
        ("Lyon, Frankreich (dpa) -", "FR"),
        ("DAKAR, Sénégal (AFP) -", "SN"),
        ("SPRINGFIELD (AP) —", None),
        ("GEORGIA (AP) —", None),
        ("UNITED NATIONS (AP) —", None),
    ],
)
def test_country(line: str, country: str | None) -> None:
    """The country follows from the region or a known stand-alone place, and is never guessed."""
    assert parse_dateline(line).country == country


@pytest.mark.parametrize(
    "kwargs",
    [
        {"locations": ("BEIRUT",), "agency": "Foo News"},
        {"locations": ("BEIRUT (AP)",), "agency": "AP"},
        {"locations": ("Frankfurt", "Main"), "agency": "dpa"},
        {"date": "March 2", "agency": "Reuters"},
        {"locations": ("LONDON",), "date": "March 32"},
        {"locations": ("LONDON",), "agency": "AP", "dash": "~"},
        {"locations": ("LONDON",), "dash": ".-"},
        {"locations": ("SPRINGFIELD",)},
        {"locations": ("Toronto",)},
        {},
    ],
)
def test_models_that_would_not_read_back_are_refused(kwargs: dict[str, Any]) -> None:
    """A hand-built dateline whose rendering would not parse back to it is refused."""
    with pytest.raises(ValueError, match="Expected"):
        Dateline(**kwargs)


def test_model_derives_city_region_country() -> None:
    """City and region follow from the first place, country from all; span is not compared."""
    d = Dateline(locations=("DAVOS, Switzerland", "WASHINGTON"), agency="Reuters", dash="-")
    assert (d.city, d.region, d.country) == ("DAVOS", "Switzerland", None)
    assert Dateline(locations=("DAVOS, Switzerland",), agency="Reuters", dash="-").country == "CH"
    assert Dateline(locations=("WASHINGTON", "NEW YORK"), agency="AP", dash="—").country == "US"
    assert d.places == ("DAVOS", "WASHINGTON")
    assert str(d) == "DAVOS, Switzerland/WASHINGTON (Reuters) -"
    assert parse_dateline(f"{d} Leaders met.") == d


def test_to_dict() -> None:
    """A dateline as plain data names every field."""
    d = parse_dateline("LONDON, March 3 (Reuters) - Shares rose.")
    assert d.to_dict() == {
        "locations": ["LONDON"],
        "date": "March 3",
        "agency": "Reuters",
        "dash": "-",
        "tag_style": "paren",
        "service": None,
        "places": ["LONDON"],
        "city": "LONDON",
        "region": None,
        "country": "GB",
        "span": [0, 28],
    }


@given(dateline_lines())
def test_round_trip(line: str) -> None:
    """Every generated dateline parses, and its rendering parses back to the same model."""
    d = parse_dateline(line)
    assert parse_dateline(str(d)) == d


@given(dateline_lines())
def test_rendering_is_idempotent(line: str) -> None:
    """Rendering a parsed dateline and parsing it again settles at once."""
    once = str(parse_dateline(line))
    assert str(parse_dateline(once)) == once


WIRE = st.sampled_from(
    [*"ABCNOSWYZaeinos .,/()-—–―'’:;\u00a0\t0123", "(AP)", "(Reuters)", "March", " 2", ".-"]
)


@given(st.lists(WIRE, max_size=40).map("".join))
def test_arbitrary_text_raises_only_parse_error(text: str) -> None:
    """Any text either parses or raises ParseError; a parsed result reads back the same."""
    try:
        d = parse_dateline(text)
    except ParseError:
        return
    assert parse_dateline(str(d)) == d
    assert 0 <= d.span[0] <= d.span[1] <= len(text)


@given(st.text(max_size=60))
def test_any_unicode_raises_only_parse_error(text: str) -> None:
    """Arbitrary Unicode raises nothing but ParseError."""
    with contextlib.suppress(ParseError):
        parse_dateline(text)


#: Agencies' own dateline forms: (paragraph, places, date, agency, dash, tag style, country,
#: rendering). Forms as the agencies' English services write them.
AGENCY_FORMS = [
    (
        "MOSCOW, March 3. /TASS/. Russia's foreign ministry said on Sunday.",
        ("MOSCOW",),
        "March 3",
        "TASS",
        ".",
        "slash",
        "RU",
        "MOSCOW, March 3. /TASS/.",
    ),
    (
        "(ANSA) - ROME, MAR 3 - Premier Giorgia Meloni said on Sunday.",
        ("ROME",),
        "MAR 3",
        "ANSA",
        "-",
        "lead",
        "IT",
        "(ANSA) - ROME, MAR 3 -",
    ),
    (
        "New Delhi, Mar 3 (PTI) The government on Sunday said.",
        ("New Delhi",),
        "Mar 3",
        "PTI",
        "",
        "paren",
        "IN",
        "New Delhi, Mar 3 (PTI)",
    ),
    (
        "ABU DHABI, 3rd March, 2024 (WAM) -- The UAE said.",
        ("ABU DHABI",),
        "3rd March, 2024",
        "WAM",
        "--",
        "paren",
        "AE",
        "ABU DHABI, 3rd March, 2024 (WAM) --",
    ),
]


@pytest.mark.parametrize("row", AGENCY_FORMS, ids=lambda r: r[3])
def test_agency_forms(row: tuple[str, tuple[str, ...], str, str, str, str, str, str]) -> None:
    """TASS's slash tag, ANSA's leading tag, PTI's tag without dash, WAM's ordinal day."""
    text, places, date, agency, dash, style, country, rendered = row
    d = parse_dateline(text)
    assert (d.places, d.date, d.agency, d.dash, d.tag_style, d.country) == (
        places,
        date,
        agency,
        dash,
        style,
        country,
    )
    assert str(d) == rendered
    assert d.span == (0, len(rendered) + 1)
    assert parse_dateline(str(d)) == d
    assert d.resolve_date(datetime.date(2024, 5, 1)) == datetime.date(2024, 3, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Agence France-Presse (AFP) reported on Sunday.",  # no date: a tag needs its dash
        "The Associated Press (AP) has learned.",
        "Officials, March 3 (PTI)x",  # a tag after a date, glued to a word: no
    ],
)
def test_tag_without_dash_needs_a_date(text: str) -> None:
    """A tag with no dash after it makes a dateline only after a date and before a space."""
    with pytest.raises(ParseError):
        parse_dateline(text)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"locations": ("MOSCOW",), "agency": "TASS", "dash": "-", "tag_style": "slash"},
            "full stop",
        ),
        ({"locations": ("ROME",), "agency": "ANSA", "tag_style": "lead"}, "date"),
        ({"locations": ("ROME",), "date": "March 3", "tag_style": "slash", "dash": "."}, "agency"),
        ({"locations": ("ROME",), "agency": "ANSA", "dash": ""}, "dash"),
        ({"locations": ("ROME",), "agency": "ANSA", "tag_style": "boxed"}, "tag style"),
    ],
)
def test_tag_style_checks(kwargs: dict[str, object], message: str) -> None:
    """A hand-built dateline's tag style must fit its agency, date and dash."""
    with pytest.raises(ValueError, match=message):
        Dateline(**kwargs)  # type: ignore[arg-type]


# --- regional services, Canadian Press datelines, further agencies (session 12) -------------

#: dpa's regional services sign after a slash: (paragraph, place, service).
SERVICE_TAGS = [
    ("Frankfurt am Main (dpa/lhe) - Die Stadt stellt ein Konzept vor.", "Frankfurt am Main", "lhe"),
    ("Düsseldorf (dpa/lnw) - Der Landtag berät am Mittwoch.", "Düsseldorf", "lnw"),
    ("München (dpa/lby) - Die Staatsregierung hat beschlossen.", "München", "lby"),
    ("Hamburg (dpa/lno) – Wegen eines Defekts sind Züge liegen geblieben.", "Hamburg", "lno"),
    ("Stuttgart (dpa/lsw) - Der Landtag tagt.", "Stuttgart", "lsw"),
    ("Berlin (dpa/tmn) - Wer eine Wohnung sucht, braucht Geduld.", "Berlin", "tmn"),
]


@pytest.mark.parametrize(("text", "place", "service"), SERVICE_TAGS)
def test_agency_service_tags(text: str, place: str, service: str) -> None:
    """ "(dpa/lhe)": the agency as written and its service apart, so the agency row is found."""
    d = parse_dateline(text)
    assert (d.places, d.agency, d.service, d.tag_style) == ((place,), "dpa", service, "paren")
    tag = f"(dpa/{service})"
    assert str(d) == f"{place} {tag} {d.dash}"
    assert d.span == (0, len(str(d)) + 1)
    assert parse_dateline(str(d)) == d
    row = find_agency(d.agency or "")
    assert row is not None
    assert row.short == "dpa"


def test_service_tag_with_a_date_and_in_a_story() -> None:
    """A service tag after a date reads too, and a whole story takes its agency from it."""
    d = parse_dateline("Düsseldorf, 5. März 2024 (dpa/lnw) - Der Landtag berät.")
    assert (d.date, d.agency, d.service) == ("5. März 2024", "dpa", "lnw")
    assert str(d) == "Düsseldorf, 5. März 2024 (dpa/lnw) -"
    story = "Landtag berät\n\nDüsseldorf (dpa/lnw) - Der Landtag berät am Mittwoch.\n"
    article = newsparse.parse(story)
    assert article.dateline is not None
    assert article.dateline.service == "lnw"
    assert article.agency == "dpa"


@pytest.mark.parametrize(
    "text",
    [
        "Wien (APA/dpa) - Die Regierung hat beschlossen.",  # two agencies, not a service
        "Berlin (dpa/AFP) - Die Regierung hat beschlossen.",  # two agencies
        "Berlin (dpa/LHE) - Die Regierung hat beschlossen.",  # a service is lower case
        "Berlin (dpa/hessen) - Die Regierung hat beschlossen.",  # two to four letters
        "Berlin (dpa/l) - Die Regierung hat beschlossen.",
        "Berlin (dpa/lhe2) - Die Regierung hat beschlossen.",
        "Berlin (dpa/) - Die Regierung hat beschlossen.",
        "Zürich (awp/sda) - Die Börse schloss fester.",  # "awp" is no agency of the table
    ],
)
def test_service_tag_near_misses(text: str) -> None:
    """Only an agency of the table and two to four lower-case letters make a service tag."""
    with pytest.raises(ParseError):
        parse_dateline(text)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"locations": ("Berlin",), "service": "lhe", "date": "5. März"}, "agency"),
        ({"locations": ("Berlin",), "agency": "dpa", "service": "dpa"}, "service"),
        ({"locations": ("Berlin",), "agency": "dpa", "service": "LHE"}, "service"),
        ({"locations": ("Berlin",), "agency": "dpa", "service": "hessen"}, "service"),
        (
            {
                "locations": ("MOSCOW",),
                "date": "March 3",
                "agency": "TASS",
                "service": "lhe",
                "dash": ".",
                "tag_style": "slash",
            },
            "agency in parentheses",
        ),
    ],
)
def test_service_checks(kwargs: dict[str, object], message: str) -> None:
    """A hand-built service needs an agency in parentheses and the service's own shape."""
    with pytest.raises(ValueError, match=message):
        Dateline(**kwargs)  # type: ignore[arg-type]


def test_hand_built_service_renders_and_reads_back() -> None:
    """A dateline built with a service renders its tag whole and parses back equal."""
    d = Dateline(locations=("München",), agency="dpa", service="lby", dash="-")
    assert str(d) == "München (dpa/lby) -"
    assert parse_dateline(f"{d} Die Staatsregierung hat beschlossen.") == d
    assert d.to_dict()["service"] == "lby"


#: The Canadian Press carries provincial capitals and large cities alone, without a tag.
CP_LINES = [
    ("HALIFAX — Nova Scotia Premier Tim Houston named a cabinet Thursday.", "HALIFAX", "—"),
    ("REGINA — RCMP have charged a man with attempted murder.", "REGINA", "—"),
    ("WINNIPEG - The Winnipeg Blue Bombers have been waiting a long time.", "WINNIPEG", "-"),
    ("VICTORIA — British Columbia has set another record.", "VICTORIA", "—"),
    ("EDMONTON — Alberta's Opposition says the province needs funds.", "EDMONTON", "—"),
    ("CALGARY — The Canada Growth Fund is partnering on a project.", "CALGARY", "—"),
    ("IQALUIT -- Iqaluit resident Jenny Ell says she smelled fuel.", "IQALUIT", "--"),
    ("YELLOWKNIFE — The territory says the road will reopen.", "YELLOWKNIFE", "—"),
]


@pytest.mark.parametrize(("text", "city", "dash"), CP_LINES)
def test_canadian_press_stand_alone_cities(text: str, city: str, dash: str) -> None:
    """ "HALIFAX — ...": CP's stand-alone Canadian cities make a dateline with no tag."""
    d = parse_dateline(text)
    assert (d.city, d.region, d.agency, d.dash, d.country) == (city, None, None, dash, "CA")
    assert parse_dateline(str(d)) == d
    story = f"Cabinet named\n\n{text}\n"
    article = newsparse.parse(story)
    assert article.dateline == d


@pytest.mark.parametrize(
    "text",
    [
        "HAMILTON — The city said.",  # Hamilton, Ont., Hamilton, Bermuda, Hamilton, N.Z.: alone, no
        "WINDSOR — The castle said.",
        "HALIFAX EXPLOSION — 100 years later",  # a headline, not a known place
        "Halifax — the city that rebuilt itself after 1917.",  # mixed case, no tag: prose
        "Ottawa, Ont. — The city said.",  # mixed case, no tag: refused (precision)
        "Springfield, Ill. — Abraham Lincoln's hometown — is growing.",
        "WASHINGTON POST reporters said - the plan",
        "I -- for one -- welcome it.",
        "NATO (OTAN) — une alliance qui s'élargit.",
        "DHAKA, Jan 5 (XYZ) - The government said.",  # unknown tag (BSS is known since s14)
    ],
)
def test_stand_alone_near_misses(text: str) -> None:
    """Places other countries share, headlines, mixed-case prose and unknown tags are refused."""
    with pytest.raises(ParseError):
        parse_dateline(text)


#: Further national agencies, each in the form its English service writes.
NEW_AGENCY_LINES = [
    ("Hanoi (VNA) - Prime Minister Pham Minh Chinh chaired a meeting.", ("Hanoi",), None, "VNA"),
    ("NEW YORK (JTA) — As Donald Trump announced his run, she spoke.", ("NEW YORK",), None, "JTA"),
    ("MINSK, 3 April (BelTA) - The government discussed housing.", ("MINSK",), "3 April", "BelTA"),
    (
        "The Vatican, April 26 (BTA) – Prime Minister Rosen Zhelyazkov arrived.",
        ("The Vatican",),
        "April 26",
        "BTA",
    ),
]


@pytest.mark.parametrize(("text", "places", "date", "agency"), NEW_AGENCY_LINES)
def test_further_agencies(
    text: str, places: tuple[str, ...], date: str | None, agency: str
) -> None:
    """VNA, JTA, BelTA and BTA tags are known, and a story takes its agency from them."""
    d = parse_dateline(text)
    assert (d.places, d.date, d.agency) == (places, date, agency)
    assert parse_dateline(str(d)) == d
    article = newsparse.parse(f"Officials meet\n\n{text}\n")
    assert article.dateline == d
    assert article.agency == agency


@pytest.mark.parametrize(
    "text",
    [
        "Jewish Telegraphic Agency (JTA) — the wire service turned 100.",
        "Vietnam News Agency (VNA) - the state agency reported.",
        "Associated Press (AP) — a cooperative founded in 1846.",
        "Agence France-Presse (AFP) - the French agency said.",
        "Press Trust of India (PTI) - the agency said.",
    ],
)
def test_agency_name_spelled_out_is_no_place(text: str) -> None:
    """An agency's name before its own initials introduces an abbreviation: never a dateline."""
    with pytest.raises(ParseError, match="agency's name"):
        parse_dateline(text)
    place, _, rest = text.partition(" (")
    with pytest.raises(ValueError, match="agency's name"):
        Dateline(locations=(place,), agency=rest.partition(")")[0])
