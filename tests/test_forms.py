"""The forms issue 4 names, a table per line kind; and a new agency needs only a table row.

Lines are in the shape of real wire copy (the agency's own dateline, credit and tagline
style, ``shared/CONVENTIONS.md``); names and leads are stand-ins where the form is what
is tested.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from newsparse import (
    ParseError,
    _lookup,
    parse_byline,
    parse_caption,
    parse_contributors,
    parse_dateline,
)
from newsparse._tables.agencies import AGENCIES
from newsparse._types import Agency

if TYPE_CHECKING:
    from collections.abc import Iterator

# --- datelines ---------------------------------------------------------------------------

# line -> (places, region, date, country, agency, dash)
DATELINES: list[tuple[str, tuple[object, ...]]] = [
    # AP: city alone, with a state, agency tag in any case or spaced
    ("BEIRUT (AP) — Israeli jets struck", (("BEIRUT",), None, None, "LB", "AP", "—")),
    (
        "SAN FRANCISCO, Calif. (AP) — A jury",
        (("SAN FRANCISCO",), "Calif.", None, "US", "AP", "—"),
    ),
    ("NEW YORK (AP) — Stocks fell", (("NEW YORK",), None, None, "US", "AP", "—")),
    ("NEW YORK (ap) — Stocks fell", (("NEW YORK",), None, None, "US", "ap", "—")),
    ("NEW YORK ( AP ) — Stocks fell", (("NEW YORK",), None, None, "US", "AP", "—")),
    ("LOS ANGELES (AP) -- A judge", (("LOS ANGELES",), None, None, "US", "AP", "--")),
    # Reuters, modern: date, hyphen; several places joined by "/"
    (
        "LONDON, March 3 (Reuters) - Britain's economy",
        (("LONDON",), None, "March 3", "GB", "Reuters", "-"),
    ),
    (
        "JERUSALEM/GAZA, March 3 (Reuters) - Israel said",
        (("JERUSALEM", "GAZA"), None, "March 3", None, "Reuters", "-"),
    ),
    (
        "WASHINGTON/BAGHDAD/DUBAI (Reuters) - President Donald Trump",
        (("WASHINGTON", "BAGHDAD", "DUBAI"), None, None, None, "Reuters", "-"),
    ),
    ("LONDON, Sept. 5 (Reuters) - Oil", (("LONDON",), None, "Sept. 5", "GB", "Reuters", "-")),
    ("LONDON, Sep 5 (Reuters) - Oil", (("LONDON",), None, "Sep 5", "GB", "Reuters", "-")),
    # Reuters 1987: a date and no agency tag
    ("WASHINGTON, March 2 - The U.S.", (("WASHINGTON",), None, "March 2", "US", None, "-")),
    ("WASHINGTON, Feb 26 - The U.S.", (("WASHINGTON",), None, "Feb 26", "US", None, "-")),
    (
        "SAN FRANCISCO, Calif., March 2 - BankAmerica",
        (("SAN FRANCISCO",), "Calif.", "March 2", "US", None, "-"),
    ),
    # AFP: mixed case; French copy puts the day before the month
    ("Paris (AFP) - Le gouvernement", (("Paris",), None, None, "FR", "AFP", "-")),
    (
        "PARIS, 3 mars 2024 (AFP) - Le gouvernement",
        (("PARIS",), None, "3 mars 2024", "FR", "AFP", "-"),
    ),
    (
        "PARIS, 3 févr. 2024 (AFP) - Le gouvernement",
        (("PARIS",), None, "3 févr. 2024", "FR", "AFP", "-"),
    ),
    # UPI and Xinhua: abbreviated month with a point, double hyphen
    (
        "WASHINGTON, Jan. 5 (UPI) -- The Senate",
        (("WASHINGTON",), None, "Jan. 5", "US", "UPI", "--"),
    ),
    ("BEIJING, Jan. 5 (Xinhua) -- China's", (("BEIJING",), None, "Jan. 5", "CN", "Xinhua", "--")),
    ("SEOUL, Jan. 5 (Yonhap) -- North Korea", (("SEOUL",), None, "Jan. 5", "KR", "Yonhap", "--")),
    # dpa: German place names and months
    ("Berlin (dpa) - Die Bundesregierung", (("Berlin",), None, None, "DE", "dpa", "-")),
    ("Berlin/Kiew (dpa) - Die Bundesregierung", (("Berlin", "Kiew"), None, None, None, "dpa", "-")),
    (
        "BERLIN, 3. März (dpa) - Die Bundesregierung",
        (("BERLIN",), None, "3. März", "DE", "dpa", "-"),
    ),
    (
        "Berlin, 3. Dezember (dpa) - Die Bundesregierung",
        (("Berlin",), None, "3. Dezember", "DE", "dpa", "-"),
    ),
    # EFE: Spanish month abbreviation, ".-" closes the tag
    ("Madrid, 5 ene (EFE).- El Gobierno", (("Madrid",), None, "5 ene", "ES", "EFE", ".-")),
    ("Madrid, 5 enero (EFE).- El Gobierno", (("Madrid",), None, "5 enero", "ES", "EFE", ".-")),
    ("Madrid, 5 sept. (EFE).- El Gobierno", (("Madrid",), None, "5 sept.", "ES", "EFE", ".-")),
    ("Berlin, 3. Dez. (dpa) - Die Regierung", (("Berlin",), None, "3. Dez.", "DE", "dpa", "-")),
    (
        "PARIS, 3 janvier 2024 (AFP) - Le gouvernement",
        (("PARIS",), None, "3 janvier 2024", "FR", "AFP", "-"),
    ),
    # the other news agencies of the table
    ("TOKYO (Kyodo) - Japan's", (("TOKYO",), None, None, "JP", "Kyodo", "-")),
    ("MOSCOW (TASS) - Russia's", (("MOSCOW",), None, None, "RU", "TASS", "-")),
    ("ROME (ANSA) - Italy's", (("ROME",), None, None, "IT", "ANSA", "-")),
    ("SYDNEY (AAP) - Australia's", (("SYDNEY",), None, None, "AU", "AAP", "-")),
    ("TORONTO (CP) - Canada's", (("TORONTO",), None, None, "CA", "CP", "-")),
    ("LONDON (PA) - Britain's", (("LONDON",), None, None, "GB", "PA", "-")),
    ("ANKARA (Anadolu) - Turkey's", (("ANKARA",), None, None, "TR", "Anadolu", "-")),
    ("WARSAW (PAP) - Poland's", (("WARSAW",), None, None, None, "PAP", "-")),
    # no city at all
    ("(Reuters) - Oil prices rose", ((), None, None, None, "Reuters", "-")),
    ("(Bloomberg) -- Stocks rose", ((), None, None, None, "Bloomberg", "--")),
]


@pytest.mark.parametrize(("line", "expected"), DATELINES, ids=lambda v: str(v)[:30])
def test_dateline_forms(line: str, expected: tuple[object, ...]) -> None:
    """Each agency's dateline gives its places, region, date, country, agency and dash."""
    d = parse_dateline(line)
    assert (d.places, d.region, d.date, d.country, d.agency, d.dash) == expected


# --- bylines -----------------------------------------------------------------------------

# line -> (authors, affiliation, title)
BYLINES: list[tuple[str, tuple[object, ...]]] = [
    ("By Peter Torday, Reuters", (["Peter Torday"], "Reuters", None)),
    ("By Nelson Graves, Reuter", (["Nelson Graves"], "Reuter", None)),
    (
        "By JOSEPH KRAUSS and ZEKE MILLER Associated Press",
        (["Joseph Krauss", "Zeke Miller"], "Associated Press", None),
    ),
    ("By Lauran Neergaard, AP Medical Writer", (["Lauran Neergaard"], None, "AP Medical Writer")),
    ("MARIA CHENG AP medical writer", (["Maria Cheng"], None, "AP medical writer")),
    ("Von Max Muster, dpa", (["Max Muster"], "dpa", None)),
    ("par Jean Dupont, AFP", (["Jean Dupont"], "AFP", None)),
]


@pytest.mark.parametrize(("line", "expected"), BYLINES, ids=lambda v: str(v)[:30])
def test_byline_forms(line: str, expected: tuple[object, ...]) -> None:
    """Each agency's byline gives its authors, affiliation and title."""
    b = parse_byline(line)
    assert ([a.name for a in b.authors], b.affiliation, b.title) == expected


NOT_BYLINES = [
    ("By the numbers", "Expected a person's name (capitalised words) after 'By'", 3),
    ("By contrast, the plan failed.", "Expected a person's name (capitalised words) after 'By'", 3),
    ("By 2030 the city will grow.", "Expected a person's name (capitalised words) after 'By'", 3),
    ("By train, it takes hours.", "Expected a person's name (capitalised words) after 'By'", 3),
    ("By-election", "Expected a byline: 'By' and a person's name (capitalised words)", 0),
]


@pytest.mark.parametrize(("line", "message", "pos"), NOT_BYLINES)
def test_error_not_bylines(line: str, message: str, pos: int) -> None:
    """Sentences that merely start with "By" are refused, saying what and where."""
    with pytest.raises(ParseError) as info:
        parse_byline(line)
    assert (info.value.message, info.value.pos) == (message, pos)


# --- credits -----------------------------------------------------------------------------

# caption, photographers, agency, via, is_pool
CREDITS: list[tuple[str, tuple[str, ...], str, str | None, bool]] = [
    # each photo agency of the table
    ("Crowds gather. (AP Photo/Matias Delacroix)", ("Matias Delacroix",), "AP", None, False),
    ("Traders work. REUTERS/Brendan McDermid", ("Brendan McDermid",), "Reuters", None, False),
    (
        "Fans cheer. (Franck Fife/AFP via Getty Images)",
        ("Franck Fife",),
        "AFP",
        "Getty Images",
        False,
    ),
    (
        "Fans cheer. Chip Somodevilla/Getty Images",
        ("Chip Somodevilla",),
        "Getty Images",
        None,
        False,
    ),
    ("Senators meet. (UPI Photo/Bonnie Cash)", ("Bonnie Cash",), "UPI", None, False),
    ("Traders work. (Michael Nagle/Bloomberg)", ("Michael Nagle",), "Bloomberg", None, False),
    ("The King arrives. (Yui Mok/PA)", ("Yui Mok",), "PA", None, False),
    ("The King arrives. Image: Yui Mok/PA Wire", ("Yui Mok",), "PA", None, False),
    ("Firefighters work. (Darryl Dyck/The Canadian Press)", ("Darryl Dyck",), "CP", None, False),
    ("Surfers wait. (AAP Image/Dan Himbrechts)", ("Dan Himbrechts",), "AAP", None, False),
    ("Pilgrims pray. (ANSA/ETTORE FERRARI)", ("ETTORE FERRARI",), "ANSA", None, False),
    ("Pilgrims pray. EPA/ETTORE FERRARI", ("ETTORE FERRARI",), "EPA", None, False),
    ("Pilgrims pray. EPA-EFE/ETTORE FERRARI", ("ETTORE FERRARI",), "EPA", None, False),
    ("Farmers protest. (EFE/Juan Carlos Hidalgo)", ("Juan Carlos Hidalgo",), "EFE", None, False),
    ("A train departs. (Kyodo)", (), "Kyodo", None, False),
    ("A train departs. (Kyodo via AP)", (), "Kyodo", "AP", False),
    ("Soldiers march. (Yonhap via AP)", (), "Yonhap", "AP", False),
    ("Workers build. (Xinhua/Li Xin)", ("Li Xin",), "Xinhua", None, False),
    ("Voters queue. (PAP/Leszek Szymanski)", ("Leszek Szymanski",), "PAP", None, False),
    (
        "Rescuers search. (Ali Atmaca/Anadolu via Getty Images)",
        ("Ali Atmaca",),
        "Anadolu",
        "Getty Images",
        False,
    ),
    ("Models pose. (David Fisher/Shutterstock)", ("David Fisher",), "Shutterstock", None, False),
    ("Ministers meet. (Andy Wong/Pool via Reuters)", ("Andy Wong",), "Pool", "Reuters", True),
    # AP Images, AP's picture service, distributes its partners' pictures
    ("Fans cheer. (Sipa via AP Images)", (), "Sipa", "AP", False),
    ("Fans cheer. (Jane Rowe/Sipa USA via AP Images)", ("Jane Rowe",), "Sipa", "AP", False),
    # chains: photographer first, the distributor last
    (
        "Der Minister. Bild: Sergei Bobylev/TASS/dpa/picture alliance",
        ("Sergei Bobylev",),
        "TASS",
        "picture alliance",
        False,
    ),
    ("Ruins of a house. (Handout/AFP via Getty Images)", (), "AFP", "Getty Images", False),
    (
        "Ministers meet. (Ennio Leanza/EPA/Shutterstock)",
        ("Ennio Leanza",),
        "EPA",
        "Shutterstock",
        False,
    ),
    # labels in other languages
    ("Der Kanzler spricht. Foto: Kay Nietfeld/dpa", ("Kay Nietfeld",), "dpa", None, False),
    (
        "The King arrives. Picture: Toby Melville/Reuters",
        ("Toby Melville",),
        "Reuters",
        None,
        False,
    ),
    ("Senators meet. Photo: J. Scott Applewhite/AP", ("J. Scott Applewhite",), "AP", None, False),
    # glued to the caption with no space
    ("Fans im Stadion.Getty Images", (), "Getty Images", None, False),
    (
        "Boris NadeschdinBild: Sergei Bobylev/TASS/dpa",
        ("Sergei Bobylev",),
        "TASS",
        "dpa",
        False,
    ),
]


@pytest.mark.parametrize(
    ("line", "photographers", "agency", "via", "is_pool"), CREDITS, ids=lambda v: str(v)[:30]
)
def test_credit_forms(
    line: str, photographers: tuple[str, ...], agency: str, via: str | None, is_pool: bool
) -> None:
    """Each photo agency's credit gives its photographers, agency, distributor and pool flag."""
    credit = parse_caption(line).credit
    assert credit is not None
    assert (credit.photographers, credit.agency, credit.via, credit.is_pool) == (
        photographers,
        agency,
        via,
        is_pool,
    )


def test_glued_credit_leaves_the_caption_text() -> None:
    """A credit glued to the caption leaves the caption's own text whole."""
    assert parse_caption("Fans im Stadion.Getty Images").text == "Fans im Stadion."
    assert parse_caption("Boris NadeschdinBild: Sergei Bobylev/TASS/dpa").text == (
        "Boris Nadeschdin"
    )


# --- taglines ----------------------------------------------------------------------------

# line -> [(name, location, role, affiliation)]
TAGLINES: list[tuple[str, list[tuple[str | None, ...]]]] = [
    (
        "Associated Press writer Zeke Miller in Washington contributed to this report.",
        [("Zeke Miller", "Washington", "writer", "Associated Press")],
    ),
    (
        (
            "Reporting by Andrew MacAskill in London; Additional reporting by Kate Holton; "
            "Writing by William James; Editing by Peter Graff"
        ),
        [
            ("Andrew MacAskill", "London", "reporting", None),
            ("Kate Holton", None, "reporting", None),
            ("William James", None, "writing", None),
            ("Peter Graff", None, "editing", None),
        ],
    ),
    (
        "Compiled by Tomasz Janowski; Editing by Kim Coghill",
        [("Tomasz Janowski", None, "compiling", None), ("Kim Coghill", None, "editing", None)],
    ),
    (
        "Editing by Alison Williams and Kim Coghill",
        [("Alison Williams", None, "editing", None), ("Kim Coghill", None, "editing", None)],
    ),
    ("Mitarbeit: Jana Fischer", [("Jana Fischer", None, "assistance", None)]),
    (
        "--With assistance from Alex Morales and Kitty Donaldson.",
        [("Alex Morales", None, "assistance", None), ("Kitty Donaldson", None, "assistance", None)],
    ),
]


@pytest.mark.parametrize(("line", "expected"), TAGLINES, ids=lambda v: str(v)[:30])
def test_tagline_forms(line: str, expected: list[tuple[str | None, ...]]) -> None:
    """AP and Reuters taglines, "Compiled by", "Editing by" and German "Mitarbeit:"."""
    got = [
        (k.name, k.location, getattr(k.role, "value", k.role), k.affiliation)
        for k in parse_contributors(line).contributions
    ]
    assert got == expected


# --- a new agency is a new row -------------------------------------------------------------

NEW_AGENCY = Agency("Example Wire Service", "EXW", (), ("EXW Photo",), "NO", ("news", "photo"))

NEW_AGENCY_LINES = {
    "dateline": "OSLO (EXW) - Fishermen returned to port.",
    "byline": "By Kari Nordmann, EXW",
    "credit": "Fishermen at work. (EXW Photo/Kari Nordmann)",
    "tagline": "Example Wire Service writer Kari Nordmann in Bergen contributed to this report.",
}


def _recognised() -> dict[str, bool]:
    """Which kinds of line name the new agency."""
    lines = NEW_AGENCY_LINES
    found = {}
    try:
        found["dateline"] = parse_dateline(lines["dateline"]).agency == "EXW"
    except ParseError:
        found["dateline"] = False
    try:
        found["byline"] = parse_byline(lines["byline"]).affiliation == "EXW"
    except ParseError:
        found["byline"] = False
    credit = parse_caption(lines["credit"]).credit
    found["credit"] = credit is not None and credit.agency == "EXW"
    try:
        contributions = parse_contributors(lines["tagline"]).contributions
        found["tagline"] = [k.affiliation for k in contributions] == ["Example Wire Service"]
    except ParseError:
        found["tagline"] = False
    return found


@pytest.fixture
def new_agency(monkeypatch: pytest.MonkeyPatch) -> Iterator[Agency]:
    """The agency table with one more row, look-up caches cleared before and after."""
    monkeypatch.setattr(_lookup, "AGENCIES", (*AGENCIES, NEW_AGENCY))
    _lookup._by_form.cache_clear()
    yield NEW_AGENCY
    monkeypatch.undo()
    _lookup._by_form.cache_clear()


def test_unknown_agency_is_not_recognised() -> None:
    """Without its row, the agency is named by no kind of line."""
    assert _recognised() == dict.fromkeys(NEW_AGENCY_LINES, False)


def test_new_agency_row_is_recognised_everywhere(new_agency: Agency) -> None:
    """One row in the agency table makes a dateline, byline, credit and tagline name it."""
    assert new_agency.short == "EXW"
    assert _recognised() == dict.fromkeys(NEW_AGENCY_LINES, True)


def test_new_agency_row_leaves_with_the_fixture() -> None:
    """After the fixture the table is as before: the parsers rebuild for the table in use."""
    assert _recognised() == dict.fromkeys(NEW_AGENCY_LINES, False)
