"""Bylines from peers' test suites and other outlets' forms: each read right, or refused.

The probe set of the byline review of 2026-11-26: byline and author strings
from the test suites of trafilatura, newspaper4k, 5j9/citer, nameparser and
fundus's parsers, and the forms other outlets sign with (BBC, Reuters, AFP,
the Daily Mail, the Washington Post, CNN, Spanish pages). Precision first: a
line either gives exactly the expected authors and fields, or is refused;
never another reading. Every reading renders and parses back to itself.
"""

from __future__ import annotations

import pytest

from newsparse.byline import Byline, parse_byline
from newsparse.errors import ParseError

#: The fields a probe checks: author names, affiliation, title, place.
Expected = tuple[list[str], str | None, str | None, str | None]

#: (line, expected reading): the lines a byline parser must read, and how.
READ: list[tuple[str, Expected]] = [
    # trafilatura, tests/metadata_tests.py (test_authors)
    ("By Steve Steve", (["Steve Steve"], None, None, None)),
    (
        "By Jenny Smith For Daily Mail Australia",
        (["Jenny Smith"], "Daily Mail Australia", None, None),
    ),
    ("By: Ian Shive", (["Ian Shive"], None, None, None)),
    ("By Ben Coxworth", (["Ben Coxworth"], None, None, None)),
    # newspaper4k, tests/unit/test_authors_extractor.py
    ("By Ada Lovelace", (["Ada Lovelace"], None, None, None)),
    # 5j9/citer, tests/urls_authors_test.py
    ("By Jim Garamone", (["Jim Garamone"], None, None, None)),
    (
        "By Kimberly Carlson  and Jillian York",
        (["Kimberly Carlson", "Jillian York"], None, None, None),
    ),
    ("By Roger Highfield, Science Editor", (["Roger Highfield"], None, "Science Editor", None)),
    # nameparser, tests/test_prefixes.py, tests/test_suffixes.py, tests/test_capitalization.py
    ("By Juan del Sur", (["Juan del Sur"], None, None, None)),
    ("By Jill St. John", (["Jill St. John"], None, None, None)),
    ("By Rafael Sousa dos Anjos", (["Rafael Sousa dos Anjos"], None, None, None)),
    (
        "By Joao da Silva do Amaral de Souza",
        (["Joao da Silva do Amaral de Souza"], None, None, None),
    ),
    (
        "By Dr. Juan Q. Xavier de la dos Vega III",
        (["Dr. Juan Q. Xavier de la dos Vega III"], None, None, None),
    ),
    ("By Dra. Andréia da Silva", (["Dra. Andréia da Silva"], None, None, None)),
    ("BY VINCENT VAN GOGH", (["Vincent van Gogh"], None, None, None)),
    ("By Van Johnson", (["Van Johnson"], None, None, None)),
    ("By Anh Do", (["Anh Do"], None, None, None)),
    ("By Martin Luther King, Jr.", (["Martin Luther King, Jr."], None, None, None)),
    (
        "By JOHN MCDONALD and MARY MACDONALD",
        (["John McDonald", "Mary MacDonald"], None, None, None),
    ),
    ("By Larry Macy", (["Larry Macy"], None, None, None)),
    ("By Shaquille O'Neal", (["Shaquille O'Neal"], None, None, None)),
    # AP's lists end with "and": the names before it stay names.
    (
        "By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER",
        (["Lisa Mascaro", "Mary Clare Jalonick", "Eric Tucker"], None, None, None),
    ),
    ("By Jane Doe, John Smith", (["Jane Doe", "John Smith"], None, None, None)),
    # Outlets and desks after a comma (Reuters Health wire; reuters.com; bloomberg.com;
    # cnn.com; thehill.com; stripes.com; voanews.com; kffhealthnews.org)
    ("By Maggie Fox, Reuters Health", (["Maggie Fox"], "Reuters Health", None, None)),
    ("By Jane Doe, Reuters Breakingviews", (["Jane Doe"], "Reuters Breakingviews", None, None)),
    ("By Jane Doe, Bloomberg Opinion", (["Jane Doe"], "Bloomberg Opinion", None, None)),
    ("By Jane Doe, CNN Business", (["Jane Doe"], "CNN Business", None, None)),
    ("By Jane Doe, The Hill", (["Jane Doe"], "The Hill", None, None)),
    ("By Jane Doe, Stars and Stripes", (["Jane Doe"], "Stars and Stripes", None, None)),
    ("By Jane Doe, Voice of America", (["Jane Doe"], "Voice of America", None, None)),
    ("By Jane Doe, Kaiser Health News", (["Jane Doe"], "Kaiser Health News", None, None)),
    ("By Jane Doe, NBC News", (["Jane Doe"], "NBC News", None, None)),
    (
        "By Jane Doe, John Smith, Reuters Health",
        (["Jane Doe", "John Smith"], "Reuters Health", None, None),
    ),
    # The Daily Mail's "For" (dailymail.co.uk)
    ("By Jane Doe For Dailymail.com", (["Jane Doe"], "Dailymail.com", None, None)),
    # cnn.com copied as text: name, comma, CNN, no "By"
    ("Jane Doe, CNN", (["Jane Doe"], "CNN", None, None)),
    # BBC News: name, outlet, place (bbc.com, "By Anthony Zurcher, BBC News, Washington")
    (
        "By Anthony Zurcher, BBC News, Washington",
        (["Anthony Zurcher"], "BBC News", None, "Washington"),
    ),
    ("By Jane Doe, CNN, Atlanta", (["Jane Doe"], "CNN", None, "Atlanta")),
    # Reuters and AFP: "By X in Place"
    ("By Jane Doe in London", (["Jane Doe"], None, None, "London")),
    (
        "By Jane Doe and John Roe in Kyiv, Ukraine",
        (["Jane Doe", "John Roe"], None, None, "Kyiv, Ukraine"),
    ),
    ("By Jane Doe, Reuters in London", (["Jane Doe"], "Reuters", None, "London")),
    # The Washington Post's underline for contributors (AP Stylebook, "special to")
    ("By Jane Doe, Special to The Post", (["Jane Doe"], None, "Special to The Post", None)),
    (
        "By Jane Doe, Special to The Washington Post",
        (["Jane Doe"], None, "Special to The Washington Post", None),
    ),
    (
        "By Jane Doe, Special to The Post, Washington",
        (["Jane Doe"], None, "Special to The Post", "Washington"),
    ),
    # Spanish "Por" (elpais.com, efe.com)
    ("Por María García", (["María García"], None, None, None)),
]

#: Lines that must be refused: no reading of them is right. The WRONG readings of the
#: review come first (an organisation, desk, place, title or date read as a person).
REFUSED: list[str] = [
    # Outlets no table lists, after a comma: were read as a second author.
    "By Jane Doe, Moscow Times",
    "By Jane Doe, Military Times",
    "By Jane Doe, Inside Climate News",
    "By Jane Doe, Tampa Bay Times",
    "By Jane Doe, Business Insider",
    "By Jane Doe, Mother Jones",
    "By Jane Doe, Rolling Stone",
    "By Jane Doe, Capitol Hill",
    "By Jane Doe, Tribune News Service",
    "By Jane Doe, States Newsroom",
    "By Jane Doe, Iowa Capital Dispatch",
    "By Jane Doe, Xinhua News",
    "By Jane Doe, Science Desk",
    "By Jane Doe, Washington Bureau",
    "By Jane Doe, New York",
    "By Jane Doe, Los Angeles",
    "By Jane Doe and Reuters Health Desk",
    # fundus's tagesschau parser strips ", ARD..." from "Von X, ARD-...": a studio.
    "Von Anna Schmidt, ARD Studio Paris",
    "Von Hans Meier, ARD-Hauptstadtstudio",
    # newspaper4k, tests/unit/test_authors_extractor.py: a title before a second name
    "By Grace Hopper, Senior Reporter Ada Lovelace",
    "By: Lucas Ou-Yang, Alex Smith and Desk 123",
    # 5j9/citer: a date cut off after the last name ("Sept")
    "by John Timmer, Matt Ford, Chris Lee, and Jonathan Gitlin Sept",
    # 5j9/citer: a place after one author only, "for the Daily Mail" inside the list
    "By Erika Solomon in Beirut and Borzou Daragahi, Middle East correspondent",
    "By Sara Malm and Annette Witheridge and Ian Drury for the Daily Mail and Daniel Bates",
    "Ian Sample and Stuart Clark in Darmstadt",
    "by Tony Smith,",
    # trafilatura: names without "By" and no title (as photo credits and lists look)
    "Jenny Smith and John Smith",
    "Jenny Smith und John Smith",
    "Jenny Smith from Trafilatura",
    "Jenny Smith — Trafilatura",
    # Name and agency alone: the shape of photo credits ("Patrick Semansky, ASSOCIATED
    # PRESS", "Jane Doe/AFP"), refused on purpose.
    "Jane Doe, Associated Press",
    "Jane Doe/AFP",
    # Near-misses of the place forms
    "By Jane Doe in March",
    "By Jane Doe in the newsroom",
    "By 2030 in London",
    "By train in London",
    "By contrast, in London",
    "By Jane Doe in New York and London",
    "By Jane Doe, Reuters, Monday",
    "By Jane Doe, Washington",
    "By Jane Doe in London May 5, 2024",
    "By Jane Doe in Washington and John Smith in London",
    "By The Associated Press in London",
    "Jane Doe in London",
    "Police in London",
    "In London by Jane Doe",
    # Near-misses of "Special to"
    "By Jane Doe, Special to the",
    "By Jane Doe, special to the wire service",
    "By Jane Doe, Reuters, Special to The Post",
    # Near-misses of "Por": Spanish sentences and headlines
    "Por ejemplo, la economía",
    "Por Qué Importa",
    "Por Favor Gracias",
    # Known losses, precision first: a last name after a comma alone needs a listed
    # given name, and "y" joins Spanish family names ("Ortega y Gasset").
    "By Jane Doe, Seung Min Kim",
    "Por María García y José López",
]


@pytest.mark.parametrize(("line", "expected"), READ)
def test_peer_bylines_read(line: str, expected: Expected) -> None:
    """Each probe gives exactly the expected authors, affiliation, title and place."""
    byline = parse_byline(line)
    names, affiliation, title, place = expected
    assert [person.name for person in byline.authors] == names
    assert (byline.affiliation, byline.title, byline.place) == (affiliation, title, place)
    assert parse_byline(str(byline)) == byline


@pytest.mark.parametrize("line", REFUSED)
def test_peer_bylines_refused(line: str) -> None:
    """Each line that is no byline, or none read precisely, raises ParseError."""
    with pytest.raises(ParseError):
        parse_byline(line)


@pytest.mark.parametrize(
    ("line", "canonical"),
    [
        ("By Jane Doe in London", "By Jane Doe in London"),
        ("By Jane Doe, Reuters in London", "By Jane Doe, Reuters, London"),
        ("By Anthony Zurcher, BBC News, Washington", "By Anthony Zurcher, BBC News, Washington"),
        ("By Jane Doe in Kyiv, Ukraine.", "By Jane Doe in Kyiv, Ukraine"),
        ("Por María García", "By María García"),
        ("By: Ian Shive", "By Ian Shive"),
    ],
)
def test_place_renders(line: str, canonical: str) -> None:
    """A place renders after "in", or after a comma when a title or affiliation stands first."""
    assert str(parse_byline(line)) == canonical


def test_place_span_covers_the_place() -> None:
    """The byline's span runs to the end of its place; the authors' spans stay in the line."""
    line = "By Jane Doe in London."
    byline = parse_byline(line)
    assert line[slice(*byline.span)] == "By Jane Doe in London"
    assert line[slice(*byline.authors[0].span)] == "Jane Doe"


def test_place_needs_authors_and_no_timestamp() -> None:
    """A place without authors, or beside a timestamp, is refused by the model."""
    person = parse_byline("By Jane Doe").authors[0]
    assert Byline((person,), place="London").place == "London"
    with pytest.raises(ValueError, match="Expected authors and no timestamp with a place"):
        Byline((), affiliation="Reuters", place="London")
    with pytest.raises(ValueError, match="Expected authors and no timestamp with a place"):
        Byline((person,), timestamp="May 5, 2024", place="London")
