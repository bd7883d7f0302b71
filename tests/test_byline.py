"""Tests of :mod:`newsparse.byline`: real bylines, refusals, hostile input and properties."""

from __future__ import annotations

from typing import Any

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsparse.byline import (
    MAX_LEN,
    Byline,
    Person,
    _glued_names,
    _grammar,
    _is_title,
    _patterns,
    _quick,
    _Reading,
    _rest,
    _tail,
    parse_byline,
    read_byline,
)
from newsparse.errors import ParseError
from newsparse.strategies import byline_lines

#: (line, [(raw, name)], title, affiliation): real bylines of ``shared/corpus/``,
#: the modern stories (story id noted) and Reuters-21578 author tags.
REAL = [
    # htmldate_dailyherald_Hollywood
    ("By ANDREW DALTON", [("ANDREW DALTON", "Andrew Dalton")], None, None),
    # htmldate_1684405920
    (
        "By AMANDA SEITZ and BEATRICE DUPUY",
        [("AMANDA SEITZ", "Amanda Seitz"), ("BEATRICE DUPUY", "Beatrice Dupuy")],
        None,
        None,
    ),
    # traf_reuters_parasite
    ("By Jill Serjeant", [("Jill Serjeant", "Jill Serjeant")], None, None),
    # np_reuters3
    (
        "By Gayatri Suroyo and Adriana Nina Kusuma",
        [("Gayatri Suroyo", "Gayatri Suroyo"), ("Adriana Nina Kusuma", "Adriana Nina Kusuma")],
        None,
        None,
    ),
    # fundus_GlobalNews_2026_05_24
    (
        "By Samya Kullab and Vasilisa Stepanenko",
        [("Samya Kullab", "Samya Kullab"), ("Vasilisa Stepanenko", "Vasilisa Stepanenko")],
        None,
        None,
    ),
    # fundus_WT_2023_04_28
    ("By Tom Davies", [("Tom Davies", "Tom Davies")], None, None),
    # postlight_bloomberg_news
    ("by Jeremy Herron", [("Jeremy Herron", "Jeremy Herron")], None, None),
    # abp_jjnWaFLyHOXD5Zbi
    ("By Alan Fram, Associated Press", [("Alan Fram", "Alan Fram")], None, "Associated Press"),
    # sh_82b6d780
    (
        "By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER",
        [
            ("LISA MASCARO", "Lisa Mascaro"),
            ("MARY CLARE JALONICK", "Mary Clare Jalonick"),
            ("ERIC TUCKER", "Eric Tucker"),
        ],
        None,
        None,
    ),
    # sh_eecd2575: no "By", a title closes the line
    (
        "Greg Beacham, Ap Sports Writer",
        [("Greg Beacham", "Greg Beacham")],
        "Ap Sports Writer",
        None,
    ),
    # FoxNews_FoxNews_2023_04_28
    ("By Aaron Kliegman | Fox News", [("Aaron Kliegman", "Aaron Kliegman")], None, "Fox News"),
    # PoliticoEu_PoliticoEu_2025_10_23
    ("By Shawn Pogatchnik", [("Shawn Pogatchnik", "Shawn Pogatchnik")], None, None),
    # sh_57d46c9d: a reuters.com page copied as text, the name alone under the headline
    ("Rodrigo Campos", [("Rodrigo Campos", "Rodrigo Campos")], None, None),
    # abp_HHnadjeT4yCuHVNk (a live blog: the colon introduces the pictures)
    ("By Rachel Megawhat:", [("Rachel Megawhat", "Rachel Megawhat")], None, None),
    # Reuters-21578 author tags
    ("By PETER TORDAY, Reuters", [("PETER TORDAY", "Peter Torday")], None, "Reuters"),
    ("BY TED D'AFFLISIO, REUTERS", [("TED D'AFFLISIO", "Ted D'Afflisio")], None, "REUTERS"),
    (
        "BY PATRICK RIZZO AND PATTI DOMM",
        [("PATRICK RIZZO", "Patrick Rizzo"), ("PATTI DOMM", "Patti Domm")],
        None,
        None,
    ),
    (
        "By NAILENE CHOU-WIEST, Reuters",
        [("NAILENE CHOU-WIEST", "Nailene Chou-Wiest")],
        None,
        "Reuters",
    ),
    ("By Chen Chien-kuo, Reuters", [("Chen Chien-kuo", "Chen Chien-kuo")], None, "Reuters"),
    (
        "By Claudia Van Riesen, Reuters",
        [("Claudia Van Riesen", "Claudia Van Riesen")],
        None,
        "Reuters",
    ),
    ("By Colin Brinsden, Reuters.", [("Colin Brinsden", "Colin Brinsden")], None, "Reuters"),
    ("By Daniel Liefgreen, Reuter", [("Daniel Liefgreen", "Daniel Liefgreen")], None, "Reuter"),
    ("By Brad Schade Reuters", [("Brad Schade", "Brad Schade")], None, "Reuters"),
    ("By Maisie McAdoo, Reuters", [("Maisie McAdoo", "Maisie McAdoo")], None, "Reuters"),
    ("By Mark O'Neill, Reuters", [("Mark O'Neill", "Mark O'Neill")], None, "Reuters"),
    ("By Solange De Santis", [("Solange De Santis", "Solange De Santis")], None, None),
    ("By Tay Liam Hwee, Reuters", [("Tay Liam Hwee", "Tay Liam Hwee")], None, "Reuters"),
    (
        "By STEPHEN JUKES AND PHILIP SHEHADI, REUTERS",
        [("STEPHEN JUKES", "Stephen Jukes"), ("PHILIP SHEHADI", "Philip Shehadi")],
        None,
        "REUTERS",
    ),
]

#: The forms of shared/CONVENTIONS.md and issues 2 and 4, written as agencies write them.
CONVENTIONS = [
    (
        "By JOSEPH KRAUSS and ZEKE MILLER Associated Press",
        [("JOSEPH KRAUSS", "Joseph Krauss"), ("ZEKE MILLER", "Zeke Miller")],
        None,
        "Associated Press",
    ),
    (
        "By LAURAN NEERGAARD, AP Medical Writer",
        [("LAURAN NEERGAARD", "Lauran Neergaard")],
        "AP Medical Writer",
        None,
    ),
    ("MARIA CHENG AP medical writer", [("MARIA CHENG", "Maria Cheng")], "AP medical writer", None),
    ("MARIA CHENG, AP Medical Writer", [("MARIA CHENG", "Maria Cheng")], "AP Medical Writer", None),
    ("By Peter Torday, Reuters", [("Peter Torday", "Peter Torday")], None, "Reuters"),
    ("Von Max Muster, dpa", [("Max Muster", "Max Muster")], None, "dpa"),
    ("par Jean Dupont, AFP", [("Jean Dupont", "Jean Dupont")], None, "AFP"),
    (
        "Von Anna Schmidt und Max Muster, dpa",
        [("Anna Schmidt", "Anna Schmidt"), ("Max Muster", "Max Muster")],
        None,
        "dpa",
    ),
    (
        "par Jean Dupont et Marie Curie",
        [("Jean Dupont", "Jean Dupont"), ("Marie Curie", "Marie Curie")],
        None,
        None,
    ),
    (
        "By JOHN McDONALD & SEAN MCCAIN, The Associated Press",
        [("JOHN McDONALD", "John McDonald"), ("SEAN MCCAIN", "Sean McCain")],
        None,
        "The Associated Press",
    ),
    (
        "By AHMAD AL-HOURANI and PIETER VAN DER BERG III",
        [
            ("AHMAD AL-HOURANI", "Ahmad al-Hourani"),
            ("PIETER VAN DER BERG III", "Pieter van der Berg III"),
        ],
        None,
        None,
    ),
    (
        "By MARTIN LUTHER KING JR., KAREEM O’NEIL and J. SMITH",
        [
            ("MARTIN LUTHER KING JR.", "Martin Luther King Jr."),
            ("KAREEM O’NEIL", "Kareem O’Neil"),
            ("J. SMITH", "J. Smith"),
        ],
        None,
        None,
    ),
    (
        "By Martin Luther King, Jr., Reuters",
        [("Martin Luther King, Jr.", "Martin Luther King, Jr.")],
        None,
        "Reuters",
    ),
    ("By JÜRGEN MÜLLER, dpa", [("JÜRGEN MÜLLER", "Jürgen Müller")], None, "dpa"),
    ("By Asaad al-Shibani", [("Asaad al-Shibani", "Asaad al-Shibani")], None, None),
    ("By Ludwig van Beethoven", [("Ludwig van Beethoven", "Ludwig van Beethoven")], None, None),
    (
        "By Jane Doe, Staff Writer, The Washington Post",
        [("Jane Doe", "Jane Doe")],
        "Staff Writer",
        "The Washington Post",
    ),
    (
        "By MATTHEW LEE, AP Diplomatic Writer",
        [("MATTHEW LEE", "Matthew Lee")],
        "AP Diplomatic Writer",
        None,
    ),
    ("Von Miller, AP Sports Writer", [("Von Miller", "Von Miller")], "AP Sports Writer", None),
    (
        "JOSH BOAK, AP Economics Writer, Associated Press",
        [("JOSH BOAK", "Josh Boak")],
        "AP Economics Writer",
        "Associated Press",
    ),
    ("  By Tom Davies  ", [("Tom Davies", "Tom Davies")], None, None),
]


@pytest.mark.parametrize(("line", "authors", "title", "affiliation"), REAL + CONVENTIONS)
def test_parse_byline(
    line: str, authors: list[tuple[str, str]], title: str | None, affiliation: str | None
) -> None:
    """Each byline parses to its authors (as written and for display), title and affiliation."""
    byline = parse_byline(line)
    assert [(p.raw, p.name) for p in byline.authors] == authors
    assert byline.title == title
    assert byline.affiliation == affiliation
    for person in byline.authors:
        assert line[person.span[0] : person.span[1]] == person.raw
    start, end = byline.span
    assert line[start:end].strip() == line[start:end]
    assert line[start:end].rstrip(".:").endswith(affiliation or title or authors[-1][0])


@pytest.mark.parametrize(("line", "authors", "title", "affiliation"), REAL + CONVENTIONS)
def test_render_round_trip(
    line: str, authors: list[tuple[str, str]], title: str | None, affiliation: str | None
) -> None:
    """The canonical rendering keeps the names as written and parses back to the same byline."""
    byline = parse_byline(line)
    assert parse_byline(str(byline)) == byline
    assert str(byline).startswith("By " + authors[0][0])


@pytest.mark.parametrize(
    ("line", "rendered"),
    [
        (
            "By JOSEPH KRAUSS and ZEKE MILLER Associated Press",
            "By JOSEPH KRAUSS and ZEKE MILLER, Associated Press",
        ),
        ("MARIA CHENG AP medical writer", "By MARIA CHENG, AP medical writer"),
        ("Von Max Muster, dpa", "By Max Muster, dpa"),
        ("By Aaron Kliegman | Fox News", "By Aaron Kliegman, Fox News"),
        ("By Colin Brinsden, Reuters.", "By Colin Brinsden, Reuters"),
        ("By Ann Bo, Cy Do & Ed Fu", "By Ann Bo, Cy Do and Ed Fu"),
        (
            "By Jane Doe, Staff Writer, The Washington Post",
            "By Jane Doe, Staff Writer, The Washington Post",
        ),
    ],
)
def test_str_is_canonical(line: str, rendered: str) -> None:
    """``str`` writes "By", the names joined by commas and "and", then title and affiliation."""
    assert str(parse_byline(line)) == rendered


def test_models_built_by_hand() -> None:
    """Models compare by value without their spans, and need an author or one organisation."""
    person = Person("ZEKE MILLER", "Zeke Miller", span=(3, 14))
    assert person == Person("ZEKE MILLER", "Zeke Miller")
    assert str(person) == "ZEKE MILLER"
    byline = Byline((person,), affiliation="Associated Press")
    assert str(byline) == "By ZEKE MILLER, Associated Press"
    assert parse_byline(str(byline)) == byline
    assert byline.to_dict() == {
        "authors": [{"raw": "ZEKE MILLER", "name": "Zeke Miller", "span": [3, 14]}],
        "affiliation": "Associated Press",
        "title": None,
        "timestamp": None,
        "for_affiliation": False,
        "place": None,
        "span": [0, 0],
    }
    with pytest.raises(ValueError, match="Expected at least one author"):
        Byline(())


_NAME_AFTER_BY = "Expected a person's name (capitalised words) after {!r}"
_NOT_A_BYLINE = "Expected a byline: 'By' and a person's name (capitalised words)"
_NO_TAIL = "Expected a job title after the names of a byline without 'By'"
_AFTER_NAMES = (
    "Expected 'and' or a comma and a further name, a job title or an agency after the names"
)


@pytest.mark.parametrize(
    ("line", "message", "pos"),
    [
        ("", "Expected a byline, got blank text", 0),
        ("   ", "Expected a byline, got blank text", 0),
        ("\x00\x01", "Expected a byline without control characters, got '\\x00'", 0),
        ("By Tom\nDavies", "Expected a byline without control characters, got '\\n'", 6),
        ("((((((((", _NOT_A_BYLINE, 0),
        ("—" * 50, _NOT_A_BYLINE, 0),
        ("By", _NAME_AFTER_BY.format("By"), 2),
        ("by ", _NAME_AFTER_BY.format("by"), 3),
        ("By the numbers", _NAME_AFTER_BY.format("By"), 3),
        ("By contrast, the company said", _NAME_AFTER_BY.format("By"), 3),
        ("By 2030, half of all new cars", _NAME_AFTER_BY.format("By"), 3),
        ("By train, it takes two hours", _NAME_AFTER_BY.format("By"), 3),
        ("By Monday, Smith said", _NAME_AFTER_BY.format("By"), 3),
        ("By Election Day", _NAME_AFTER_BY.format("By"), 3),
        ("By The Associated Press Inc.", _NAME_AFTER_BY.format("By"), 3),
        ("By Jones, AP", _NAME_AFTER_BY.format("By"), 3),
        ("BY keith grant, Reuters", _NAME_AFTER_BY.format("BY"), 3),
        ("By-election", _NOT_A_BYLINE, 0),
        ("Associated Press", _NOT_A_BYLINE, 0),
        ("AP Entertainment Writer", _NOT_A_BYLINE, 0),
        ("The official said Syria's main aim is peace.", _NOT_A_BYLINE, 0),
        ("Tom Davies.", _NO_TAIL, 10),
        # sh_82b6d780: a photo credit under the byline, not a byline
        ("Patrick Semansky, ASSOCIATED PRESS", _NO_TAIL, 16),
        ("Von Miller, AP", _NO_TAIL, 10),
        ("President Joe Biden said Monday", _NO_TAIL, 19),
        ("By Tom Davies said", _AFTER_NAMES, 13),
        ("By Tom Davies, 2023", _AFTER_NAMES, 13),
        # a bare name with a full stop, or a name and a date without a clock time: no byline
        ("Rodrigo Campos.", _NO_TAIL, 14),
        ("Jane Doe March 5, 2024", _NO_TAIL, 8),
        # a place with a timestamp is no author
        ("Los Angeles, March 5, 2024, 3:00 pm", _NO_TAIL, 11),
        ("By Tom Davies 2023", _AFTER_NAMES, 13),
        (
            "By J. K.",
            "Expected a person's name with a full given or family name, not initials only",
            3,
        ),
        (
            "By " + "Ab Cd, " * 80,
            f"Expected a byline of at most {MAX_LEN} characters, got 563",
            MAX_LEN,
        ),
    ],
)
def test_error_not_a_byline(line: str, message: str, pos: int) -> None:
    """What is not a byline is refused with a message saying what was expected, and where."""
    with pytest.raises(ParseError) as info:
        parse_byline(line)
    assert info.value.message == message
    assert info.value.pos == pos


#: Bare names that are bylines (reuters.com pages copied as text): (line, display name).
BARE_NAMES = [
    ("Rodrigo Campos", "Rodrigo Campos"),
    ("RODRIGO CAMPOS", "Rodrigo Campos"),
    ("Tom Davies", "Tom Davies"),
    ("  Jill Serjeant  ", "Jill Serjeant"),
    ("Jean-Loup Fievet", "Jean-Loup Fievet"),
    ("Anne-Marie Slaughter", "Anne-Marie Slaughter"),
    ("Mary Clare Jalonick", "Mary Clare Jalonick"),
    ("Asaad al-Shibani", "Asaad al-Shibani"),
    ("Ludwig van Beethoven", "Ludwig van Beethoven"),
    ("Martin Luther King, Jr.", "Martin Luther King, Jr."),
    ("JOHN McDONALD", "John McDonald"),
    ("Humeyra Pamuk", "Humeyra Pamuk"),
    ("Chang-Ran Kim", "Chang-Ran Kim"),
    ("Yew Lun Tian", "Yew Lun Tian"),
    ("Kwame Mensah", "Kwame Mensah"),
    ("Olena Harmash", "Olena Harmash"),
    ("Søren Jeppesen", "Søren Jeppesen"),
    ("Jack Ma", "Jack Ma"),
]


@pytest.mark.parametrize(("line", "name"), BARE_NAMES)
def test_bare_name_bylines(line: str, name: str) -> None:
    """One name starting with a known given name, alone on its line, is a byline ("By" added)."""
    byline = parse_byline(line)
    assert [a.name for a in byline.authors] == [name]
    assert (byline.title, byline.affiliation, byline.timestamp) == (None, None, None)
    assert str(byline) == f"By {line.strip()}"
    assert parse_byline(str(byline)) == byline
    start, end = byline.span
    assert line[start:end] == line.strip()


#: Bare lines with the shape of a name that are no byline: (line, message, pos).
BARE_REFUSED = [
    ("Breaking News", _NO_TAIL, 13),
    ("Live Updates", _NO_TAIL, 12),
    ("Supreme Court", _NO_TAIL, 13),
    ("Sign Up", _NO_TAIL, 7),
    ("Follow Us", _NO_TAIL, 9),
    ("Main Street", _NO_TAIL, 11),
    ("Lifestyle Writer", _NOT_A_BYLINE, 0),
    ("New York", _NO_TAIL, 8),
    ("Getty Images", _NO_TAIL, 12),
    ("Associated Press", _NOT_A_BYLINE, 0),
    ("Read More", _NO_TAIL, 9),
    ("Related Coverage", _NO_TAIL, 16),
    ("May Day", _NO_TAIL, 7),
    ("Will Power", _NO_TAIL, 10),
    ("Grace Period", _NO_TAIL, 12),
    ("Amber Alert", _NO_TAIL, 11),
    ("Roman Catholic", _NO_TAIL, 14),
    ("Christian Democrats", _NO_TAIL, 19),
    ("Paris Saint-Germain", _NO_TAIL, 19),
    ("Hong Kong", _NO_TAIL, 9),
    ("Victoria Park", _NO_TAIL, 13),
    ("Alice Springs", _NO_TAIL, 13),
    ("Jackson Heights", _NO_TAIL, 15),
    ("Emma Stone Reuters", _NO_TAIL, 10),
    ("Michael Jordan Fox News", _NO_TAIL, 14),
    ("Grant Funding", _NO_TAIL, 13),
    ("Ju-min Park", _NO_TAIL, 11),  # a real name; "Park" is a place word: precision first
    ("Steve Holland", _NO_TAIL, 13),  # a real name; "Holland" is a place: precision first
    ("Lauran Neergaard", _NO_TAIL, 16),  # a given name the table lacks
    ("J. Smith", _NO_TAIL, 8),  # initials, no given name
    ("Tom Davies and Jane Doe", _NO_TAIL, 23),  # two names
    ("Juan Carlos de la Cruz", _NO_TAIL, 22),  # five words
    ("John Smith:", _NO_TAIL, 10),  # a speaker's label
    ("Rodrigo", _NOT_A_BYLINE, 0),  # one word
]


@pytest.mark.parametrize(("line", "message", "pos"), BARE_REFUSED)
def test_error_bare_lines_that_are_no_byline(line: str, message: str, pos: int) -> None:
    """Phrases, places, organisations and names not starting with a known given name are refused."""
    with pytest.raises(ParseError) as info:
        parse_byline(line)
    assert (info.value.message, info.value.pos) == (message, pos)


#: Bylines of Reach plc pages (Mirror, Express, Daily Star) glued together with page words
#: (story id noted): (line, authors, title, timestamp, span).
GLUED = [
    # TheMirror_TheMirror_2024_04_28
    (
        "ByEmma MackenzieLifestyle Writer14:00, 28 Apr 2024|comments",
        ["Emma Mackenzie"],
        "Lifestyle Writer",
        "14:00, 28 Apr 2024",
        (0, 50),
    ),
    # DailyStar_DailyStar_2024_04_23
    (
        "dailystarBookmarkShareTravelBySophie FosterTravel News Reporter11:58, 23 APR 2024Bookmark",
        ["Sophie Foster"],
        "Travel News Reporter",
        "11:58, 23 APR 2024",
        (28, 81),
    ),
    # The inner capital of a name is no junction: no title starts there.
    (
        "ByEmma MacKenzieLifestyle Writer14:00, 28 Apr 2024",
        ["Emma MacKenzie"],
        "Lifestyle Writer",
        "14:00, 28 Apr 2024",
        (0, 50),
    ),
    (
        "ShareBy Ron DeSantisPolitical Reporter10:00, 5 May 2024Share",
        ["Ron DeSantis"],
        "Political Reporter",
        "10:00, 5 May 2024",
        (5, 55),
    ),
    (
        "ByJane McDonald and Tom DaviesChief Reporters09:12, 1 May 2024",
        ["Jane McDonald", "Tom Davies"],
        "Chief Reporters",
        "09:12, 1 May 2024",
        (0, 62),
    ),
]


@pytest.mark.parametrize(("line", "authors", "title", "timestamp", "span"), GLUED)
def test_glued_bylines(
    line: str, authors: list[str], title: str, timestamp: str, span: tuple[int, int]
) -> None:
    """A glued byline splits at the one junction that leaves a name and a title; span marks it."""
    byline = parse_byline(line)
    assert [a.name for a in byline.authors] == authors
    assert (byline.title, byline.affiliation, byline.timestamp) == (title, None, timestamp)
    assert byline.span == span
    assert line[span[0] : span[1]].startswith("By")
    assert line[span[0] : span[1]].endswith(timestamp)
    for person in byline.authors:
        assert line[person.span[0] : person.span[1]] == person.raw
    rendered = f"By {' and '.join(authors)}, {title} {timestamp}"
    assert str(byline) == rendered
    assert parse_byline(rendered) == byline


@pytest.mark.parametrize(
    "line",
    [
        "ByEmma Mackenzie Lifestyle Writer14:00, 28 Apr 2024",  # no junction
        "ByEmma MackenzieLifestyle Writer|comments",  # no timestamp
        "ByEmma MackenzieLifestyle Writer28 Apr 2024",  # no clock time
        "ByEmma MackenzieLifestyle Gossip14:00, 28 Apr 2024",  # no title
        "ByEmmaLifestyle Writer14:00, 28 Apr 2024",  # one name word
        "StandBy MeBreaking News14:00, 28 Apr 2024",  # no name
        "Byemma mackenzieLifestyle Writer14:00, 28 Apr 2024",  # no capitals
    ],
)
def test_error_glued_lines_that_are_no_byline(line: str) -> None:
    """Glued text is a byline only with names, title and timestamp glued as Reach pages do."""
    with pytest.raises(ParseError):
        parse_byline(line)


#: Page bylines with a timestamp (story id noted): (line, authors, title, timestamp, canonical).
STAMPED = [
    # TheIntercept_TheIntercept_2024_02_28
    (
        "Nikita Mazurov February 28 2024, 9:54 a.m.",
        ["Nikita Mazurov"],
        None,
        "February 28 2024, 9:54 a.m.",
        "By Nikita Mazurov February 28 2024, 9:54 a.m.",
    ),
    # TheTelegraph_TheTelegraph_2024_09_17
    (
        "Amy Gibbons Political Correspondent 16 September 2024 9:33pm",
        ["Amy Gibbons"],
        "Political Correspondent",
        "16 September 2024 9:33pm",
        "By Amy Gibbons, Political Correspondent 16 September 2024 9:33pm",
    ),
    # DiePresse_DiePresse_2025_06_05
    (
        "05.06.2025 um 14:46 von Anne-Marie Slaughter",
        ["Anne-Marie Slaughter"],
        None,
        "05.06.2025 um 14:46",
        "By Anne-Marie Slaughter 05.06.2025 um 14:46",
    ),
    # BerlinerMorgenpost_BerlinerMorgenpost_2025_09_09
    (
        "Von Hannah Ritzmann, Redakteurin für Finanzen 09.09.2025, 15:15 Uhr",
        ["Hannah Ritzmann"],
        "Redakteurin für Finanzen",
        "09.09.2025, 15:15 Uhr",
        "By Hannah Ritzmann, Redakteurin für Finanzen 09.09.2025, 15:15 Uhr",
    ),
    (
        "By Jane Doe, Reuters March 3, 2024",
        ["Jane Doe"],
        None,
        "March 3, 2024",
        "By Jane Doe, Reuters March 3, 2024",
    ),
    (
        "By Jane Doe | 14:00, 28 Apr 2024",
        ["Jane Doe"],
        None,
        "14:00, 28 Apr 2024",
        "By Jane Doe 14:00, 28 Apr 2024",
    ),
    (
        "Jane Doe May 5, 2024, 3:00 pm EDT",
        ["Jane Doe"],
        None,
        "May 5, 2024, 3:00 pm EDT",
        "By Jane Doe May 5, 2024, 3:00 pm EDT",
    ),
    # A label before the timestamp belongs to it, never to the name.
    (
        "By Jane Doe Published 10:15 AM EDT, May 5, 2024",
        ["Jane Doe"],
        None,
        "Published 10:15 AM EDT, May 5, 2024",
        "By Jane Doe Published 10:15 AM EDT, May 5, 2024",
    ),
    (
        "By JANE DOE Updated: 3:12 PM, Oct. 5, 2024",
        ["Jane Doe"],
        None,
        "Updated: 3:12 PM, Oct. 5, 2024",
        "By JANE DOE Updated: 3:12 PM, Oct. 5, 2024",
    ),
    (
        "Von Max Muster, dpa Aktualisiert am 09.09.2025, 15:15 Uhr",
        ["Max Muster"],
        None,
        "Aktualisiert am 09.09.2025, 15:15 Uhr",
        "By Max Muster, dpa Aktualisiert am 09.09.2025, 15:15 Uhr",
    ),
]


@pytest.mark.parametrize(("line", "authors", "title", "timestamp", "canonical"), STAMPED)
def test_bylines_with_a_timestamp(
    line: str, authors: list[str], title: str | None, timestamp: str, canonical: str
) -> None:
    """A timestamp closing (or opening) a byline is kept as written and rendered back."""
    byline = parse_byline(line)
    assert [a.name for a in byline.authors] == authors
    assert (byline.title, byline.timestamp) == (title, timestamp)
    assert str(byline) == canonical
    assert parse_byline(canonical) == byline
    assert byline.span == (0, len(line))


def test_error_shows_caret() -> None:
    """The error prints the line with a caret under the position."""
    with pytest.raises(ParseError) as info:
        parse_byline("By the numbers")
    assert str(info.value) == (
        "Expected a person's name (capitalised words) after 'By'\n    By the numbers\n       ^"
    )


HOSTILE = {
    "letters": "A" * 200_000,
    "parentheses": "(" * 200_000,
    "datelines": "WASHINGTON, " * 17_000,
    "one-letter names": "By A, " * 34_000,
    "names": "By Ab Cd, " * 10_000,
    "caps names": "BY " + "AB CD AND " * 10_000,
    "long name": "By " + "Ab " * 60_000,
    "agencies": "By Ab Cd" + " AP" * 60_000,
    "modifiers": "By Ab Cd" + " Medical" * 25_000 + " x",
    "spaces": "By Ab" + " " * 200_000 + "Cd",
    "particles": "By Ab " + "van " * 50_000,
    "apostrophes": "By A" + "'a" * 100_000,
    "initials": "By " + "J." * 100_000,
    "tails": "By Ab Cd" + ", Reuters" * 20_000,
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_input_is_linear(text: str) -> None:
    """Hostile text far beyond MAX_LEN is refused, and the grammar itself runs through it."""
    with pytest.raises(ParseError):
        parse_byline(text)
    _patterns().byline.fullmatch(text)  # would take hours if the grammar backtracked quadratically


def test_largest_patterns_compile_on_first_use() -> None:
    """``byline`` and ``prefix`` are compiled when first asked for, once each, not at import."""
    grammar = _grammar()
    assert grammar._lazy == {}
    whole = grammar.byline
    assert grammar.byline is whole
    assert set(grammar._lazy) == {"byline"}
    assert whole.fullmatch("By JOSEPH KRAUSS, Associated Press") is not None
    prefix = grammar.prefix.match("By JOSEPH KRAUSS and")
    assert prefix is not None
    assert prefix.group("authors") == "JOSEPH KRAUSS"
    assert set(grammar._lazy) == {"byline", "prefix"}


@given(byline_lines())
def test_round_trip(line: str) -> None:
    """Every generated byline parses, and its rendering parses back to the same byline."""
    byline = parse_byline(line)
    assert parse_byline(str(byline)) == byline


@given(byline_lines())
def test_render_is_idempotent(line: str) -> None:
    """Rendering a parsed byline reaches a fixpoint at once."""
    once = str(parse_byline(line))
    assert str(parse_byline(once)) == once


@given(byline_lines())
def test_spans_point_into_the_line(line: str) -> None:
    """Each author's span points at the name as written."""
    for person in parse_byline(line).authors:
        assert line[person.span[0] : person.span[1]] == person.raw


WIRE_ALPHABET = st.sampled_from(
    [*"ByBYabAPRtrs ,.&|:;'’-—–()/\t\u00a0", "By ", " and ", "Associated Press", "Writer", "al-"]
)


@given(st.lists(WIRE_ALPHABET, max_size=40).map("".join) | st.text(max_size=60))
def test_arbitrary_text_raises_only_parse_error(text: str) -> None:
    """Arbitrary text either parses or raises ParseError, nothing else."""
    try:
        byline = parse_byline(text)
    except ParseError:
        return
    # Authors, or one organisation that signs alone ("By Associated Press").
    assert byline.authors or (byline.title or byline.affiliation)
    assert parse_byline(str(byline)) == byline


def _fields(match: object) -> object:
    if match is None:
        return None
    assert isinstance(match, regex.Match)
    names = ("intro", "authors", "title", "affiliation", "timestamp")
    return [match.group(n) for n in names], match.captures("author")


@given(
    byline_lines()
    | st.sampled_from([row[0] for row in REAL])
    | st.lists(WIRE_ALPHABET, max_size=40).map("".join)
)
def test_quick_path_reads_as_the_full_grammar(line: str) -> None:
    """Lines read without the name guard read exactly as the guarded grammar reads them."""
    grammar = _patterns()
    assert _fields(grammar.match(line)) == _fields(grammar.byline.fullmatch(line))


def _reading(reading: _Reading | None) -> object:
    if reading is None:
        return None
    return (
        reading.intro,
        reading.authors,
        reading.authors_end,
        (reading.title, reading.title_end),
        (reading.affiliation, reading.affiliation_end),
        (reading.timestamp, reading.stamp_span),
    )


#: Words and pieces bylines are made of, for the quick reader's property test.
QUICK_ALPHABET = st.sampled_from(
    [
        " ", "  ", ",", ", ", " and ", " AND ", " & ", " et ", "By ", "by ", "BY ", "Von ",
        "par ", "Tom", "DAVIES", "Ann", "Bo", "Cy", "McDONALD", "O'Neil", "al-Shibani", "van",
        "de", "la", "The", "Monday", "and", "Associated Press", "The Associated Press", "AP",
        "Reuters", "Reuter", "dpa", "Fox News", "Writer", "Medical", "Sports", "Staff",
        "Political Correspondent", "News", "White House", "|", " | ", ".", ":", "J.", "Jr.",
        "Jr", "III", "2024", "May 5, 2024", "9:54 a.m.", "14:00", "28 Apr 2024", "Updated",
        "Müller", "für", "\u00a0", "-", "'", "Rodrigo", "Campos", "Byron", "Parker", "said",
    ]
)  # fmt: skip


@given(
    byline_lines()
    | st.sampled_from([row[0] for row in REAL + CONVENTIONS])
    | st.sampled_from([row[0] for row in STAMPED + GLUED + BARE_REFUSED + BARE_NAMES])
    | st.lists(QUICK_ALPHABET, max_size=14).map("".join)
)
def test_quick_reader_reads_as_the_full_grammar(line: str) -> None:
    """Where the quick reader reads a line, the full grammar reads it the same way."""
    grammar = _patterns()
    quick = _quick(line, grammar)
    if quick is None:
        return
    match = grammar.byline.fullmatch(line)
    assert match is not None
    assert _reading(quick) == _reading(_Reading.of(match))


#: Tails after the names, for the property tests of _rest and _is_title.
TAIL_WORDS = st.sampled_from(
    [
        "AP", "Ap", "ap", "Associated", "Press", "ASSOCIATED PRESS", "Reuters", "Fox News",
        "The Canadian Press", "Medical", "Sports", "Writer", "WRITER", "Staff", "Chief",
        "Political", "Correspondent", "White House", "Lifestyle", "News", "Reporter", "for",
        "Asia", "Tom", "Davies", "16", "September", "2024", "9:33pm", "May", "5,", "14:00",
        "Updated", "09.09.2025,", "Müller", "Redakteurin", "für", "Finanzen", "|", ",", ".",
    ]
)  # fmt: skip


@given(
    st.lists(TAIL_WORDS, max_size=7).map(" ".join),
    st.sampled_from(["", " ", ", ", " | ", ",", "  ", " ,  "]),
    st.sampled_from(["", " ", ".", ": "]),
)
def test_rest_reads_as_its_pattern(tail: str, sep: str, end: str) -> None:
    """What follows the names reads with _rest's look-ups as with the grammar's rest patterns."""
    grammar = _patterns()
    text = f"By Tom Davies{sep}{tail}{end}"
    for rest in (grammar.rest, grammar.rest_no_intro, grammar.rest_lead):
        found = rest.fullmatch(text, 13)
        quick = _rest(text, 13, rest, grammar)
        assert (quick and quick.spans) == (found and _tail(found))


@pytest.mark.parametrize(
    "tail",
    [
        "Redakteurin für Finanzen 09.09.2025, 15:15 Uhr",
        "Redakteurin für Finanzen",
        "Chief Correspondent for Asia  ",
        "Correspondent for Asia 16 September 2024 9:33pm",
        "Correspondent for May 5, 2024",
        "Correspondent for Asia, Reuters",
        "AP Medical Writer for Health 2024",
        "Writer for Reuters",
        "Reporter for America",
        "Redakteurin Für Finanzen",
        "Redakteurin für FINANZEN",
        "Staff for Sport for Asia",
        "Tom for Asia",
        "Redakteurin für Außenpolitik",
    ],
)
def test_rest_reads_titles_with_a_field_as_its_pattern(tail: str) -> None:
    """A title with a field ("für Finanzen") reads with _rest as with the rest patterns."""
    grammar = _patterns()
    text = f"By Tom Davies, {tail}"
    for rest in (grammar.rest, grammar.rest_no_intro, grammar.rest_lead):
        found = rest.fullmatch(text, 13)
        quick = _rest(text, 13, rest, grammar)
        assert (quick and quick.spans) == (found and _tail(found))


@given(st.lists(TAIL_WORDS, min_size=1, max_size=5).map(" ".join))
def test_is_title_matches_the_title_pattern(title: str) -> None:
    """A title is told by word look-ups exactly where the title pattern matches it."""
    grammar = _patterns()
    text = f"ByEmma Mackenzie{title}14:00"
    start, end = 16, 16 + len(title)
    assert _is_title(text, start, end, grammar) == (
        grammar.title.fullmatch(text, start, end) is not None
    )


@pytest.mark.parametrize(
    "line",
    [
        "05.06.2025 um 14:46 von Anne-Marie Slaughter",
        "05.06.2025 um 14:46 Von Anne-Marie Slaughter, dpa",
        "  2024-04-28 By Jane Doe and JOHN SMITH, AP Medical Writer",
        "28 Apr 2024 14:00 by Tom Davies",
        "09.09.2025, 15:15 Uhr Von Hannah Ritzmann, Redakteurin",
    ],
)
def test_quick_reader_reads_leading_timestamps_as_the_full_grammar(line: str) -> None:
    """A leading timestamp before "By" is read by the quick reader, as the full grammar reads it."""
    grammar = _patterns()
    quick = _quick(line, grammar)
    match = grammar.byline.fullmatch(line)
    assert quick is not None
    assert match is not None
    assert _reading(quick) == _reading(_Reading.of(match))


@pytest.mark.parametrize(
    "line",
    ["2024 von Jane Doe", "05.06.2025 um 14:46 von", "05.06.2025 Jane Doe", "28 Apr 2024 Reuters"],
)
def test_quick_reader_leaves_other_leading_digits_to_the_grammar(line: str) -> None:
    """A line opening with a digit but no timestamp and "By" is left to the full grammar."""
    assert _quick(line, _patterns()) is None


#: Words glued bylines are made of, for the glued names property test.
GLUED_NAME_WORDS = st.sampled_from(
    [
        "Emma", "MacKenzie", "Tom", "DAVIES", "McDONALD", "O'Neil", "al-Shibani", "van", "de",
        "The", "Monday", "And", "and", "&", "J.", "Jr.", "Müller", "Ron", "DeSantis", "X",
    ]
)  # fmt: skip


@given(
    st.lists(GLUED_NAME_WORDS, min_size=1, max_size=5),
    st.sampled_from([" ", "  ", ", ", " and ", "\t"]),
)
def test_glued_names_read_as_the_names_pattern(words: list[str], sep: str) -> None:
    """The names of a glued byline read word by word are those the names pattern reads."""
    grammar = _patterns()
    region = sep.join(words)
    text = f"By{region}Lifestyle Writer"
    start, end = 2, 2 + len(region)
    match = grammar.names.fullmatch(text, start, end)
    expected = (
        None
        if match is None
        else list(zip(match.captures("author"), match.spans("author"), strict=True))
    )
    assert _glued_names(text, start, end, grammar) == expected


@pytest.mark.parametrize(
    ("line", "affiliation", "title", "canonical"),
    [
        ("By The Associated Press", "The Associated Press", None, "By The Associated Press"),
        ("By Reuters", "Reuters", None, "By Reuters"),
        ("BY REUTERS", "REUTERS", None, "By REUTERS"),
        ("By AFP.", "AFP", None, "By AFP"),
        ("By Bloomberg News", "Bloomberg News", None, "By Bloomberg News"),
        ("By AP staff", None, "AP staff", "By AP staff"),
        ("By Reuters Staff", None, "Reuters Staff", "By Reuters Staff"),
    ],
)
def test_organisation_bylines(
    line: str, affiliation: str | None, title: str | None, canonical: str
) -> None:
    """An agency or outlet of the tables may sign alone: no author, the organisation kept."""
    byline = parse_byline(line)
    assert byline.authors == ()
    assert (byline.affiliation, byline.title, byline.timestamp) == (affiliation, title, None)
    assert str(byline) == canonical
    assert parse_byline(canonical) == byline


@pytest.mark.parametrize("line", ["By Apple", "By Monday", "By Reuters and AP", "By Staff"])
def test_error_organisation_bylines_only_from_the_tables(line: str) -> None:
    """Only names of the agency and outlet tables sign a byline without a person."""
    with pytest.raises(ParseError):
        parse_byline(line)


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"affiliation": "Apple"},
        {"affiliation": "Reuters", "title": "AP staff"},
        {"affiliation": "Reuters", "timestamp": "May 5, 2024"},
    ],
)
def test_error_model_without_authors_needs_one_organisation(kwargs: dict[str, Any]) -> None:
    """A hand-built byline without authors must name exactly one known organisation."""
    with pytest.raises(ValueError, match="Expected at least one author"):
        Byline((), **kwargs)


@pytest.mark.parametrize(
    ("line", "names", "affiliation", "span"),
    [
        ("Mia Rabson, The Canadian Press", ["Mia Rabson"], "The Canadian Press", (0, 30)),
        ("Mia Rabson The Canadian Press", ["Mia Rabson"], "The Canadian Press", (0, 29)),
        (
            "Mia Rabson and Jim Bronskill, The Canadian Press",
            ["Mia Rabson", "Jim Bronskill"],
            "The Canadian Press",
            (0, 48),
        ),
        (
            "Tess Ikonomou, Australian Associated Press",
            ["Tess Ikonomou"],
            "Australian Associated Press",
            (0, 42),
        ),
    ],
)
def test_agency_bylines_without_by(
    line: str, names: list[str], affiliation: str, span: tuple[int, int]
) -> None:
    """The Canadian Press and AAP sign web bylines with no "By": name, then the agency."""
    byline = parse_byline(line)
    assert [a.name for a in byline.authors] == names
    assert byline.affiliation == affiliation
    assert byline.span == span
    assert all(line[a.span[0] : a.span[1]] == a.raw for a in byline.authors)
    assert parse_byline(str(byline)) == byline


@pytest.mark.parametrize(
    "line",
    [
        "Patrick Semansky, THE CANADIAN PRESS",  # capitals: how photo credits look
        "Supreme Court, The Canadian Press",  # no given name
        "Jane Doe, Reuters",  # an agency that signs with "By"
        "The Canadian Press",
    ],
)
def test_error_agency_bylines_without_by_only_where_agencies_sign_so(line: str) -> None:
    """Without "By", only a given name before an agency that signs so makes a byline."""
    with pytest.raises(ParseError):
        parse_byline(line)


@pytest.mark.parametrize(
    "line",
    [
        "By Jesse Bedayn, Associated Press/Report for America",
        "By JESSE BEDAYN Associated Press/Report for America",
    ],
)
def test_report_for_america_bylines(line: str) -> None:
    """AP signs its Report for America reporters "Associated Press/Report for America"."""
    byline = parse_byline(line)
    assert [a.name for a in byline.authors] == ["Jesse Bedayn"]
    assert byline.affiliation == "Associated Press/Report for America"
    assert byline.span == (0, len(line))
    assert parse_byline(str(byline)) == byline


#: (line, [(raw, name)], title, affiliation, for_affiliation): the forms of AP's freelancer
#: underline, agencies set apart by a slash or a dash, honorifics and post-nominals, and
#: the lead words before "by".
GENERAL_FORMS = [
    # AP's underline for freelancers and stringers: "For The Associated Press".
    (
        "By JANE DOE For The Associated Press",
        [("JANE DOE", "Jane Doe")],
        None,
        "The Associated Press",
        True,
    ),
    (
        "By Jane Doe, For The Associated Press",
        [("Jane Doe", "Jane Doe")],
        None,
        "The Associated Press",
        True,
    ),
    ("By Jane Doe, for Reuters", [("Jane Doe", "Jane Doe")], None, "Reuters", True),
    ("By Jane Doe For CNN", [("Jane Doe", "Jane Doe")], None, "CNN", True),
    (
        "By ANN BO and CY DO, For The Associated Press",
        [("ANN BO", "Ann Bo"), ("CY DO", "Cy Do")],
        None,
        "The Associated Press",
        True,
    ),
    (
        "By Jane Doe, Special Correspondent, For The Associated Press",
        [("Jane Doe", "Jane Doe")],
        "Special Correspondent",
        "The Associated Press",
        True,
    ),
    # After a title, "for" and an affiliation, where a title's field ("Correspondent for
    # Asia") leaves no byline; "Writer for Reuters" stays a title with a field.
    (
        "By Joseph Krauss Writer for Agenzia Nazionale Stampa Associata",
        [("Joseph Krauss", "Joseph Krauss")],
        "Writer",
        "Agenzia Nazionale Stampa Associata",
        True,
    ),
    (
        "By Jane Doe, Writer For The Associated Press",
        [("Jane Doe", "Jane Doe")],
        "Writer",
        "The Associated Press",
        True,
    ),
    (
        "By Tom Davies, Writer for Reuters",
        [("Tom Davies", "Tom Davies")],
        "Writer for Reuters",
        None,
        False,
    ),
    # An agency set apart by a slash, a spaced dash or a bar.
    ("By Jane Doe / AFP", [("Jane Doe", "Jane Doe")], None, "AFP", False),
    ("By Jane Doe - Reuters", [("Jane Doe", "Jane Doe")], None, "Reuters", False),
    ("By Jane Doe — Reuters", [("Jane Doe", "Jane Doe")], None, "Reuters", False),
    (
        "By Jane Doe -- The Washington Post",
        [("Jane Doe", "Jane Doe")],
        None,
        "The Washington Post",
        False,
    ),
    ("By Jane Doe | Reuters", [("Jane Doe", "Jane Doe")], None, "Reuters", False),
    # Honorifics before the name, post-nominals after it: kept in the name.
    ("By Dr. Jane Doe", [("Dr. Jane Doe", "Dr. Jane Doe")], None, None, False),
    ("By DR. JANE DOE", [("DR. JANE DOE", "Dr. Jane Doe")], None, None, False),
    ("By Dr Jane Doe, Reuters", [("Dr Jane Doe", "Dr Jane Doe")], None, "Reuters", False),
    ("By Prof. John Smith", [("Prof. John Smith", "Prof. John Smith")], None, None, False),
    ("By Jane Doe, Ph.D.", [("Jane Doe, Ph.D.", "Jane Doe, Ph.D.")], None, None, False),
    ("By Jane Doe, MD", [("Jane Doe, MD", "Jane Doe, MD")], None, None, False),
    ("By JANE DOE, M.D.", [("JANE DOE, M.D.", "Jane Doe, M.D.")], None, None, False),
    ("By JANE DOE, PHD", [("JANE DOE, PHD", "Jane Doe, PhD")], None, None, False),
    (
        "By Jane Doe, MD, MPH, Reuters",
        [("Jane Doe, MD, MPH", "Jane Doe, MD, MPH")],
        None,
        "Reuters",
        False,
    ),
    (
        "By Dr. Jane Doe, MD and John Roe, PhD",
        [("Dr. Jane Doe, MD", "Dr. Jane Doe, MD"), ("John Roe, PhD", "John Roe, PhD")],
        None,
        None,
        False,
    ),
    # "MD" after a comma and before a name is the name's own ("Md", Mohammad). (A last
    # name after a comma alone must open with a known given name: see test_byline_peers.)
    (
        "By Jane Doe, MD Rahman and John Roe",
        [("Jane Doe", "Jane Doe"), ("MD Rahman", "MD Rahman"), ("John Roe", "John Roe")],
        None,
        None,
        False,
    ),
    # Lead words before "by".
    ("Story by Jane Doe", [("Jane Doe", "Jane Doe")], None, None, False),
    ("Words by Jane Doe", [("Jane Doe", "Jane Doe")], None, None, False),
    ("Written by Jane Doe, Reuters", [("Jane Doe", "Jane Doe")], None, "Reuters", False),
    ("WRITTEN BY JANE DOE", [("JANE DOE", "Jane Doe")], None, None, False),
    ("Story By Jane Doe, AP Writer", [("Jane Doe", "Jane Doe")], "AP Writer", None, False),
]


@pytest.mark.parametrize(
    ("line", "authors", "title", "affiliation", "for_affiliation"), GENERAL_FORMS
)
def test_general_forms(
    line: str,
    authors: list[tuple[str, str]],
    title: str | None,
    affiliation: str | None,
    *,
    for_affiliation: bool,
) -> None:
    """Each general form reads to its authors, title, affiliation and "For", and round-trips."""
    byline = parse_byline(line)
    assert [(p.raw, p.name) for p in byline.authors] == authors
    assert (byline.title, byline.affiliation) == (title, affiliation)
    assert byline.for_affiliation is for_affiliation
    assert all(line[p.span[0] : p.span[1]] == p.raw for p in byline.authors)
    assert byline.span == (0, len(line))
    assert parse_byline(str(byline)) == byline
    assert str(parse_byline(str(byline))) == str(byline)
    quick = _quick(line, _patterns())
    match = _patterns().byline.fullmatch(line)
    assert match is not None
    assert quick is None or _reading(quick) == _reading(_Reading.of(match))


@pytest.mark.parametrize(
    ("line", "rendered"),
    [
        ("By JANE DOE For The Associated Press", "By JANE DOE, For The Associated Press"),
        ("By Jane Doe, for Reuters", "By Jane Doe, For Reuters"),
        ("By Jane Doe / AFP", "By Jane Doe, AFP"),
        ("By Jane Doe - Reuters", "By Jane Doe, Reuters"),
        ("Story by Jane Doe", "By Jane Doe"),
        ("By Dr. Jane Doe, MD", "By Dr. Jane Doe, MD"),
    ],
)
def test_general_forms_render_canonically(line: str, rendered: str) -> None:
    """``str`` writes "For" before the affiliation it introduced, and "By" for every intro."""
    assert str(parse_byline(line)) == rendered


@pytest.mark.parametrize(
    ("line", "message", "pos"),
    [
        # A dash or slash followed by a sentence, or by no listed agency.
        ("By Jane Doe - the market fell.", _AFTER_NAMES, 11),
        ("By Jane Doe - Reuters said on Monday", _AFTER_NAMES, 11),
        ("By Jane Doe / Getty Images", _AFTER_NAMES, 11),
        ("By Jane Doe / Reuters said on Monday", _AFTER_NAMES, 11),
        # "For" before no listed agency, or where a comma clause goes on.
        ("By Jane Doe for the first time", _AFTER_NAMES, 11),
        ("By Jane Doe For Reuters readers", _AFTER_NAMES, 11),
        ("By Jane Doe, for example", _AFTER_NAMES, 11),
        # An honorific before no full name.
        ("By Dr. Seuss's standards, it was a long book", _NAME_AFTER_BY.format("By"), 3),
        ("By Dr. Seuss", _NAME_AFTER_BY.format("By"), 3),
        ("By Dr. Who", _NAME_AFTER_BY.format("By"), 3),
        ("By Professor", _NAME_AFTER_BY.format("By"), 3),
        # Credentials where no name stands.
        ("By MD, PhD", _NAME_AFTER_BY.format("By"), 3),
        # Lead words with no name, or not a byline's.
        ("Story by the numbers", _NAME_AFTER_BY.format("Story by"), 9),
        ("Written by hand, the letter was", _NAME_AFTER_BY.format("Written by"), 11),
        ("Reporting by Jane Doe; Editing by John Roe", _NOT_A_BYLINE, 0),
        ("Report by Jane Doe", _NOT_A_BYLINE, 0),
        ("Photos by Jane Doe", _NOT_A_BYLINE, 0),
        ("Story by", _NAME_AFTER_BY.format("Story by"), 8),
        # The old near-misses stay refused.
        ("By the numbers", _NAME_AFTER_BY.format("By"), 3),
        ("By contrast, the company said", _NAME_AFTER_BY.format("By"), 3),
        ("By 2030, half of all new cars", _NAME_AFTER_BY.format("By"), 3),
        ("By train, it takes two hours", _NAME_AFTER_BY.format("By"), 3),
        ("By-election", _NOT_A_BYLINE, 0),
    ],
)
def test_error_near_misses_of_the_general_forms(line: str, message: str, pos: int) -> None:
    """Sentences shaped like the general forms are refused, and the error says where."""
    with pytest.raises(ParseError) as info:
        parse_byline(line)
    assert (info.value.message, info.value.pos) == (message, pos)


def test_for_affiliation_needs_authors_and_an_affiliation() -> None:
    """A byline built by hand with "For" needs an author and the affiliation it introduces."""
    person = Person("Jane Doe", "Jane Doe")
    byline = Byline((person,), affiliation="Reuters", for_affiliation=True)
    assert str(byline) == "By Jane Doe, For Reuters"
    assert parse_byline(str(byline)) == byline
    assert byline != Byline((person,), affiliation="Reuters")
    with pytest.raises(ValueError, match="Expected authors and an affiliation after 'For'"):
        Byline((person,), for_affiliation=True)
    with pytest.raises(ValueError, match="Expected authors and an affiliation after 'For'"):
        Byline((), affiliation="Reuters", for_affiliation=True)


def test_no_affiliation_starts_with_for() -> None:
    """No listed affiliation starts with the word "For": the model's flag takes it off safely."""
    assert not any(regex.match(r"(?i:for)\s", form) for form in _patterns().lists["affiliations"])


@pytest.mark.parametrize(
    "tail",
    [
        "For The Associated Press",
        "for Reuters",
        "For Reuters readers",
        "For Asia",
        "AP Writer, For Reuters",
        "AP Writer For Reuters",
        "for the first time",
    ],
)
def test_rest_reads_for_as_its_pattern(tail: str) -> None:
    """An affiliation after "For" reads with _rest as with the grammar's rest patterns."""
    grammar = _patterns()
    for sep in (", ", " ", " | "):
        text = f"By Tom Davies{sep}{tail}"
        for rest in (grammar.rest, grammar.rest_no_intro, grammar.rest_lead):
            found = rest.fullmatch(text, 13)
            quick = _rest(text, 13, rest, grammar)
            assert (quick and quick.spans) == (found and _tail(found))


#: Pieces of the general forms, for the quick reader's property test.
GENERAL_ALPHABET = st.sampled_from(
    [
        " ", ", ", " and ", "By ", "by ", "Story ", "Words ", "WRITTEN ", "Story by ", "For ",
        "for ", "The Associated Press", "Reuters", "CNN", " / ", "/", " - ", " — ", " -- ",
        "Dr. ", "Dr ", "DR. ", "Prof. ", "Professor ", "MD", "M.D.", "Ph.D.", "PHD", ", MD",
        ", Ph.D.", "Jane", "DOE", "Doe", "Tom", "Davies", "Seuss's", "the", "AP Writer",
        "Special Correspondent", "May 5, 2024 10:15 AM", ".",
    ]
)  # fmt: skip


@given(st.lists(GENERAL_ALPHABET, max_size=12).map("".join))
def test_quick_reader_reads_general_forms_as_the_full_grammar(line: str) -> None:
    """Lines of the general forms read the same through the quick reader and the grammar."""
    grammar = _patterns()
    quick = _quick(line, grammar)
    match = grammar.byline.fullmatch(line)
    assert _fields(grammar.match(line)) == _fields(match)
    if quick is not None:
        assert match is not None
        assert _reading(quick) == _reading(_Reading.of(match))
    try:
        byline = parse_byline(line)
    except ParseError:
        return
    assert parse_byline(str(byline)) == byline


def _parsed_or_none(text: str) -> Byline | None:
    try:
        return parse_byline(text)
    except ParseError:
        return None


@pytest.mark.parametrize(
    "text",
    [
        "By Martin Hayes and Jane Merriman, Reuters",
        "By Jane Doe in London",
        "By Anthony Zurcher, BBC News, Washington",
        "By Jane Doe, Special to The Post",
        "AP Entertainment Writer",
        "Patrick Semansky, ASSOCIATED PRESS",
        "By the numbers",
        "By Jane Doe - the market fell.",
        "",
        "By\nJane",
    ],
)
def test_read_byline_is_parse_byline_without_the_error(text: str) -> None:
    """read_byline gives what parse_byline gives, and None where parse_byline raises."""
    assert read_byline(text) == _parsed_or_none(text)


@given(byline_lines() | st.text(max_size=80))
def test_read_byline_agrees_on_any_text(text: str) -> None:
    """The classifier's reader and the public one agree on generated and arbitrary lines."""
    assert read_byline(text) == _parsed_or_none(text)


@pytest.mark.parametrize(
    ("line", "authors", "title", "affiliation", "timestamp"),
    [
        # Site templates join a byline's fields with a bullet or a middle dot (TownNews'
        # BLOX pages, billingsgazette.com: "December 01, 2013 12:00 am  •"), as with a bar.
        ("By Jane Doe • Associated Press", ["Jane Doe"], None, "Associated Press", None),
        ("By Jane Doe · Reuters", ["Jane Doe"], None, "Reuters", None),
        ("By Jane Doe • AP Medical Writer", ["Jane Doe"], "AP Medical Writer", None, None),
        ("By Jane Doe · March 3, 2024", ["Jane Doe"], None, None, "March 3, 2024"),
        ("By Jane Doe | Reuters", ["Jane Doe"], None, "Reuters", None),
    ],
)
def test_bullet_and_bar_marks_before_the_tail(
    line: str, authors: list[str], title: str | None, affiliation: str | None, timestamp: str | None
) -> None:
    b = parse_byline(line)
    assert ([a.name for a in b.authors], b.title, b.affiliation, b.timestamp) == (
        authors,
        title,
        affiliation,
        timestamp,
    )
    assert parse_byline(str(b)) == b
    assert "•" not in str(b) and "·" not in str(b)  # written back with the canonical comma


@pytest.mark.parametrize(
    "line", ["By Jane Doe • 5 min read", "By Jane Doe •", "By Jane Doe · · Reuters"]
)
def test_a_bullet_before_no_tail_is_refused(line: str) -> None:
    with pytest.raises(ParseError):
        parse_byline(line)
