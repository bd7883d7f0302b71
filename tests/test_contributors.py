"""Contributor lines and taglines: real lines from the corpus, forms, errors, properties."""

from __future__ import annotations

import contextlib
import re
from typing import TYPE_CHECKING

import attrs
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import _lookup, contributors
from newsparse._grammar import HSPACE
from newsparse._lookup import find_agency
from newsparse._tables.agencies import AGENCIES
from newsparse._tables.roles import TAGLINE_ROLES
from newsparse._types import Agency
from newsparse.contributors import (
    MAX_LEN,
    ROLES,
    Contribution,
    ContributorLine,
    parse_contributors,
)
from newsparse.errors import ParseError
from newsparse.strategies import contributor_lines
from tests.corpus import modern_stories, seed_lines

if TYPE_CHECKING:
    from collections.abc import Callable

#: ``(name, location, role, affiliation)`` of each contribution, in order (no name: an
#: agency's own part).
Fields = tuple[tuple[str | None, str | None, str | None, str | None], ...]


def fields(line: ContributorLine) -> Fields:
    """The fields of every contribution of ``line``."""
    return tuple((c.name, c.location, c.role, c.affiliation) for c in line.contributions)


def story_paragraphs(story: str) -> list[str]:
    """The paragraphs of the modern story with id ``story``."""
    (found,) = [s for s in modern_stories() if s["id"] == story]
    text: str = found["text"]
    return text.split("\n")


# Every contributor line and tagline of the 121 modern stories
# (shared/corpus/articles-visible.jsonl), as hand-labelled in tests/corpus/labels.jsonl.
REAL: list[tuple[str, str, Fields]] = [
    (
        "htmldate_dailyherald_Hollywood",
        "Associated Press Writer Krysta Fauria contributed to this report.",
        (("Krysta Fauria", None, "writer", "Associated Press"),),
    ),
    (
        "traf_reuters_parasite",
        (
            "Additional reporting by Steve Gorman; Editing by Marguerita Choy, Nick Zieminski "
            "and Simon Cameron-Moore"
        ),
        (
            ("Steve Gorman", None, "reporting", None),
            ("Marguerita Choy", None, "editing", None),
            ("Nick Zieminski", None, "editing", None),
            ("Simon Cameron-Moore", None, "editing", None),
        ),
    ),
    (
        "np_reuters3",
        (
            "(Additional reporting by Fergus Jensen, Wilda Asmarini, Charlotte Greenfield, "
            "Fransiska Nangoy, Cindy Silviana, Kanupriya Kapoor, Michael Taylor, Nilufar Rizki "
            "and Siva Govindasamy in JAKARTA/SURABAYA, Al-Zaquan Amer Hamzah and Praveen Menon "
            "in KUALA LUMPUR, Saeed Azhar, Rujun Shen and Anshuman Daga in SINGAPORE, Jane "
            "Wardell in SYDNEY, Tim Hepher in PARIS and Mark Hosenball, David Brunnstrom and "
            "Lesley Wroughton in WASHINGTON; Writing by Dean Yates and Robert Birsel; Editing "
            "by Nick Macfie and Mike Collett-White)"
        ),
        (
            ("Fergus Jensen", "JAKARTA/SURABAYA", "reporting", None),
            ("Wilda Asmarini", "JAKARTA/SURABAYA", "reporting", None),
            ("Charlotte Greenfield", "JAKARTA/SURABAYA", "reporting", None),
            ("Fransiska Nangoy", "JAKARTA/SURABAYA", "reporting", None),
            ("Cindy Silviana", "JAKARTA/SURABAYA", "reporting", None),
            ("Kanupriya Kapoor", "JAKARTA/SURABAYA", "reporting", None),
            ("Michael Taylor", "JAKARTA/SURABAYA", "reporting", None),
            ("Nilufar Rizki", "JAKARTA/SURABAYA", "reporting", None),
            ("Siva Govindasamy", "JAKARTA/SURABAYA", "reporting", None),
            ("Al-Zaquan Amer Hamzah", "KUALA LUMPUR", "reporting", None),
            ("Praveen Menon", "KUALA LUMPUR", "reporting", None),
            ("Saeed Azhar", "SINGAPORE", "reporting", None),
            ("Rujun Shen", "SINGAPORE", "reporting", None),
            ("Anshuman Daga", "SINGAPORE", "reporting", None),
            ("Jane Wardell", "SYDNEY", "reporting", None),
            ("Tim Hepher", "PARIS", "reporting", None),
            ("Mark Hosenball", "WASHINGTON", "reporting", None),
            ("David Brunnstrom", "WASHINGTON", "reporting", None),
            ("Lesley Wroughton", "WASHINGTON", "reporting", None),
            ("Dean Yates", None, "writing", None),
            ("Robert Birsel", None, "writing", None),
            ("Nick Macfie", None, "editing", None),
            ("Mike Collett-White", None, "editing", None),
        ),
    ),
    (
        "np_reuters4",
        (
            "(Reporting by Andy Bruce in London and Ankur Banerjee in Bengaluru; Editing by "
            "Joyjeet Das)"
        ),
        (
            ("Andy Bruce", "London", "reporting", None),
            ("Ankur Banerjee", "Bengaluru", "reporting", None),
            ("Joyjeet Das", None, "editing", None),
        ),
    ),
    (
        "fundus_GlobalNews_2026_05_24",
        "—Associated Press writer John Leicester in Paris contributed to this report.",
        (("John Leicester", "Paris", "writer", "Associated Press"),),
    ),
    (
        "abp_0A3J5yQxO2fQ8ZZs",
        (
            "Associated Press writer John Seewer contributed to this report. Colvin reported "
            "from Washington."
        ),
        (
            ("John Seewer", None, "writer", "Associated Press"),
            ("Colvin", "Washington", "reporting", None),
        ),
    ),
    (
        "abp_0AQJgbEgZNYsRvLn",
        "AP writers Paul Wiseman, Martin Crutsinger and Kevin Freking contributed to this report.",
        (
            ("Paul Wiseman", None, "writer", "Associated Press"),
            ("Martin Crutsinger", None, "writer", "Associated Press"),
            ("Kevin Freking", None, "writer", "Associated Press"),
        ),
    ),
    (
        "abp_0dkua1KL4jpplWxT",
        (
            "Hunt reported from Cincinnati. Associated Press writer Beth Fouhy in Charlotte, "
            "N.C., contributed to this report."
        ),
        (
            ("Hunt", "Cincinnati", "reporting", None),
            ("Beth Fouhy", "Charlotte, N.C.", "writer", "Associated Press"),
        ),
    ),
    (
        "abp_2aKcM4vPgwlCgxCC",
        (
            "Associated Press writers Josef Federman and Ilan Ben Zion in Jerusalem "
            "contributed to this report."
        ),
        (
            ("Josef Federman", "Jerusalem", "writer", "Associated Press"),
            ("Ilan Ben Zion", "Jerusalem", "writer", "Associated Press"),
        ),
    ),
    (
        "abp_2iudZ6ooHrFtHtYb",
        "Associated Press writer Eric Tucker contributed to this report.",
        (("Eric Tucker", None, "writer", "Associated Press"),),
    ),
    (
        "abp_38e0as5DA6MWvtlG",
        (
            "Associated Press writers Matthew Daly, Mary Clare Jalonick, Ricardo "
            "Alonso-Zaldivar and Padmananda Rama contributed to this report."
        ),
        (
            ("Matthew Daly", None, "writer", "Associated Press"),
            ("Mary Clare Jalonick", None, "writer", "Associated Press"),
            ("Ricardo Alonso-Zaldivar", None, "writer", "Associated Press"),
            ("Padmananda Rama", None, "writer", "Associated Press"),
        ),
    ),
    (
        "abp_4dnH4xUnguk3JAXu",
        (
            "Schor reported from New York. AP Polling director Emily Swanson and Associated "
            "Press writers Kevin Freking and Aamer Madhani contributed from Washington."
        ),
        (
            ("Schor", "New York", "reporting", None),
            ("Emily Swanson", "Washington", "polling director", "Associated Press"),
            ("Kevin Freking", "Washington", "writer", "Associated Press"),
            ("Aamer Madhani", "Washington", "writer", "Associated Press"),
        ),
    ),
    (
        "abp_AbOqbr6PV5YG80wJ",
        (
            "Jim Heintz in Moscow, Jon Gambrell in Dubai, Angela Charlton in Paris and Cathy "
            "Bussewitz in New York contributed to this report."
        ),
        (
            ("Jim Heintz", "Moscow", None, None),
            ("Jon Gambrell", "Dubai", None, None),
            ("Angela Charlton", "Paris", None, None),
            ("Cathy Bussewitz", "New York", None, None),
        ),
    ),
    (
        "abp_BvWBc48GvvCbBjPF",
        (
            "Gambrell reported from Dubai, United Arab Emirates. Associated Press writers "
            "Robert Burns in Paris, David Rising in Berlin and Jim Gomez in Manila, "
            "Philippines, contributed to this report."
        ),
        (
            ("Gambrell", "Dubai, United Arab Emirates", "reporting", None),
            ("Robert Burns", "Paris", "writer", "Associated Press"),
            ("David Rising", "Berlin", "writer", "Associated Press"),
            ("Jim Gomez", "Manila, Philippines", "writer", "Associated Press"),
        ),
    ),
    (
        "abp_D8rYukaTR0NY4KEw",
        "Associated Press writer Zeke Miller contributed to this report.",
        (("Zeke Miller", None, "writer", "Associated Press"),),
    ),
    (
        "abp_EPvD6o48KK4y3MZk",
        (
            "Peoples reported from Montclair, N.J., and Lemire from New York. Associated Press "
            "writer Zeke Miller in Washington contributed to this report."
        ),
        (
            ("Peoples", "Montclair, N.J.", "reporting", None),
            ("Lemire", "New York", "reporting", None),
            ("Zeke Miller", "Washington", "writer", "Associated Press"),
        ),
    ),
    (
        "abp_GoIN4DdrSSXHN9L1",
        (
            "Associated Press writers Tom Hays and Michael Sisak contributed to this report "
            "from New York, and Alan Fram contributed from Washington, D.C."
        ),
        (
            ("Tom Hays", "New York", "writer", "Associated Press"),
            ("Michael Sisak", "New York", "writer", "Associated Press"),
            ("Alan Fram", "Washington, D.C.", "writer", "Associated Press"),
        ),
    ),
    (
        "abp_IeC1v5kcziTlsl4z",
        "AP Health Writer Matthew Perrone contributed to this report.",
        (("Matthew Perrone", None, "health writer", "Associated Press"),),
    ),
    (
        "abp_KSUrtz4TvPodvP3w",
        (
            "Spagat reported from San Diego. AP writer Anita Snow contributed from Nogales, "
            "Mexico. Follow Spagat and Colvin on Twitter at https://twitter.com/elliotspagat "
            "and https://twitter.com/colvinj"
        ),
        (
            ("Spagat", "San Diego", "reporting", None),
            ("Anita Snow", "Nogales, Mexico", "writer", "Associated Press"),
        ),
    ),
    (
        "abp_L0VPW9Yk4t1qg2eG",
        "Associated Press writer Ken Kusmer contributed to this report.",
        (("Ken Kusmer", None, "writer", "Associated Press"),),
    ),
    (
        "abp_PxhYt5ypw6U4e5Kr",
        (
            "Associated Press writers Bill Barrow in Atlanta, Meg Kinnard in Columbia, S.C., "
            "and Seth Borenstein in Washington contributed to this report."
        ),
        (
            ("Bill Barrow", "Atlanta", "writer", "Associated Press"),
            ("Meg Kinnard", "Columbia, S.C.", "writer", "Associated Press"),
            ("Seth Borenstein", "Washington", "writer", "Associated Press"),
        ),
    ),
    (
        "abp_RNo1SteEb0VRF4hM",
        (
            "Gomez reported from Manila, Philippines. Associated Press writer Julie Watson in "
            "San Diego contributed to this report."
        ),
        (
            ("Gomez", "Manila, Philippines", "reporting", None),
            ("Julie Watson", "San Diego", "writer", "Associated Press"),
        ),
    ),
    (
        "abp_SKuJRrck1se9ZBz4",
        (
            "Associated Press writers Kimberly Hefling, Dina Cappiello and Lolita C. Baldor "
            "contributed to this report."
        ),
        (
            ("Kimberly Hefling", None, "writer", "Associated Press"),
            ("Dina Cappiello", None, "writer", "Associated Press"),
            ("Lolita C. Baldor", None, "writer", "Associated Press"),
        ),
    ),
    (
        "abp_SZpNUQquW7amAkUR",
        "Associated Press writer Chris Grygiel contributed from Seattle.",
        (("Chris Grygiel", "Seattle", "writer", "Associated Press"),),
    ),
    (
        "abp_UFhuxIjxTUldpvMc",
        (
            "Associated Press writers Erica Werner, Robert Burns, Deb Riechmann, Christopher "
            "S. Rugaber, Jeff Horwitz, Ricardo Alonso-Zaldivar, Chad Day and Jack Gillum "
            "contributed to this report."
        ),
        (
            ("Erica Werner", None, "writer", "Associated Press"),
            ("Robert Burns", None, "writer", "Associated Press"),
            ("Deb Riechmann", None, "writer", "Associated Press"),
            ("Christopher S. Rugaber", None, "writer", "Associated Press"),
            ("Jeff Horwitz", None, "writer", "Associated Press"),
            ("Ricardo Alonso-Zaldivar", None, "writer", "Associated Press"),
            ("Chad Day", None, "writer", "Associated Press"),
            ("Jack Gillum", None, "writer", "Associated Press"),
        ),
    ),
    (
        "abp_VEsl4mhcGH4ooTAU",
        "Warren reported from Atlanta.",
        (("Warren", "Atlanta", "reporting", None),),
    ),
    (
        "abp_YEeQwXm5jSNLIk7i",
        (
            "Jon Gambrell and Elena Becatoros in Dubai, United Arab Emirates, Jan M. Olsen in "
            "Copenhagen, Denmark and Jill Lawless in London contributed."
        ),
        (
            ("Jon Gambrell", "Dubai, United Arab Emirates", None, None),
            ("Elena Becatoros", "Dubai, United Arab Emirates", None, None),
            ("Jan M. Olsen", "Copenhagen, Denmark", None, None),
            ("Jill Lawless", "London", None, None),
        ),
    ),
    (
        "abp_YPB32HOlASpHBYg7",
        "--With assistance from Ryan Teague Beckwith , Greg Stohr and Justin Sink .",
        (
            ("Ryan Teague Beckwith", None, "assistance", None),
            ("Greg Stohr", None, "assistance", None),
            ("Justin Sink", None, "assistance", None),
        ),
    ),
    (
        "abp_YfeSxy4MqBqUhfkt",
        (
            "Bleiberg reported from Dallas. Associated Press writer Paul J. Weber in Austin "
            "contributed to this report."
        ),
        (
            ("Bleiberg", "Dallas", "reporting", None),
            ("Paul J. Weber", "Austin", "writer", "Associated Press"),
        ),
    ),
    (
        "abp_YhkYI4wiT8DT7peb",
        (
            "Barbara Ortutay reported from San Francisco. Associated Press writer Maggie "
            "Michael contributed to this report."
        ),
        (
            ("Barbara Ortutay", "San Francisco", "reporting", None),
            ("Maggie Michael", None, "writer", "Associated Press"),
        ),
    ),
    (
        "abp_bm5X2WYYukcTcdxG",
        "Associated Press writer Zeke Miller contributed to this report.",
        (("Zeke Miller", None, "writer", "Associated Press"),),
    ),
    (
        "abp_bm5sMWxoFNOgllch",
        "Associated Press writer Ellen Knickmeyer contributed to this report.",
        (("Ellen Knickmeyer", None, "writer", "Associated Press"),),
    ),
    (
        "abp_dL7TKoJPkm4lCWxv",
        "Associated Press writer Gillian Flaccus in Oregon contributed to this report.",
        (("Gillian Flaccus", "Oregon", "writer", "Associated Press"),),
    ),
    (
        "abp_dPeuTxh3IJgDLPDb",
        (
            "Associated Press writers Kasie Hunt in Englewood, Colo., and Josh Lederman in "
            "Washington contributed to this report."
        ),
        (
            ("Kasie Hunt", "Englewood, Colo.", "writer", "Associated Press"),
            ("Josh Lederman", "Washington", "writer", "Associated Press"),
        ),
    ),
    (
        "abp_evKHQ3NWYylj9z4l",
        (
            "Associated Press writers Jill Colvin and Hope Yen in Washington and Elliot Spagat "
            "in San Diego contributed to this report."
        ),
        (
            ("Jill Colvin", "Washington", "writer", "Associated Press"),
            ("Hope Yen", "Washington", "writer", "Associated Press"),
            ("Elliot Spagat", "San Diego", "writer", "Associated Press"),
        ),
    ),
    (
        "abp_gNtEssrgL100OkPw",
        (
            "Associated Press writer Claire Galofaro in Louisville, Kentucky, contributed to "
            "this report."
        ),
        (("Claire Galofaro", "Louisville, Kentucky", "writer", "Associated Press"),),
    ),
    (
        "abp_jJz1iyRC0Ph7z3sD",
        (
            "Burnett reported from Chicago. Associated Press reporters Thomas Beaumont in "
            "Coralville, Iowa, Will Weissert and Kathleen Hennessey in Cedar Rapids, Iowa, "
            "Bill Barrow in Dubuque, Iowa, Alexandra Jaffe in Indianola, Iowa, and Hannah "
            "Fingerhut in Washington contributed to this report."
        ),
        (
            ("Burnett", "Chicago", "reporting", None),
            ("Thomas Beaumont", "Coralville, Iowa", "reporter", "Associated Press"),
            ("Will Weissert", "Cedar Rapids, Iowa", "reporter", "Associated Press"),
            ("Kathleen Hennessey", "Cedar Rapids, Iowa", "reporter", "Associated Press"),
            ("Bill Barrow", "Dubuque, Iowa", "reporter", "Associated Press"),
            ("Alexandra Jaffe", "Indianola, Iowa", "reporter", "Associated Press"),
            ("Hannah Fingerhut", "Washington", "reporter", "Associated Press"),
        ),
    ),
    (
        "abp_nh2Gg9qF8c6IRsBG",
        (
            "Mulvihill reported from New Jersey. Associated Press writers Jonathan Lemire in "
            "New York; Alan Suderman in Richmond, Virginia; Holly Ramer in Hopkinton, New "
            "Hampshire; John O’Connor in Springfield, Illinois; Marc Levy in Harrisburg, "
            "Pennsylvania; Scott Bauer in Madison, Wisconsin; David Eggert in Lansing, "
            "Michigan; and Mark Sherman and Darlene Superville in Washington contributed to "
            "this report."
        ),
        (
            ("Mulvihill", "New Jersey", "reporting", None),
            ("Jonathan Lemire", "New York", "writer", "Associated Press"),
            ("Alan Suderman", "Richmond, Virginia", "writer", "Associated Press"),
            ("Holly Ramer", "Hopkinton, New Hampshire", "writer", "Associated Press"),
            ("John O’Connor", "Springfield, Illinois", "writer", "Associated Press"),
            ("Marc Levy", "Harrisburg, Pennsylvania", "writer", "Associated Press"),
            ("Scott Bauer", "Madison, Wisconsin", "writer", "Associated Press"),
            ("David Eggert", "Lansing, Michigan", "writer", "Associated Press"),
            ("Mark Sherman", "Washington", "writer", "Associated Press"),
            ("Darlene Superville", "Washington", "writer", "Associated Press"),
        ),
    ),
    (
        "abp_tEeXzmR3G4flkzmo",
        (
            "Associated Press writers Darlene Superville and Laurie Kellman contributed to "
            "this report."
        ),
        (
            ("Darlene Superville", None, "writer", "Associated Press"),
            ("Laurie Kellman", None, "writer", "Associated Press"),
        ),
    ),
    (
        "abp_vdB8nhl5FFgz4VMT",
        "— With assistance by Miao Han, and Natalie Lung",
        (
            ("Miao Han", None, "assistance", None),
            ("Natalie Lung", None, "assistance", None),
        ),
    ),
    (
        "abp_wdkinWFMSZ0rk9hA",
        (
            "Associated Press writers Adam Geller and Jocelyn Noveck in New York and Lisa "
            "Mascaro and Padmananda Rama in Washington contributed to this report."
        ),
        (
            ("Adam Geller", "New York", "writer", "Associated Press"),
            ("Jocelyn Noveck", "New York", "writer", "Associated Press"),
            ("Lisa Mascaro", "Washington", "writer", "Associated Press"),
            ("Padmananda Rama", "Washington", "writer", "Associated Press"),
        ),
    ),
    (
        "abp_xdJGa25iNEmlnA6n",
        (
            "Associated Press writers Suzan Fraser in Ankara, Turkey, Zeynep Bilginsoy in "
            "Istanbul, Edith M. Lederer at the United Nations, Qassim Abdul-Zahra in Baghdad "
            "and Bassem Mroue in Beirut contributed."
        ),
        (
            ("Suzan Fraser", "Ankara, Turkey", "writer", "Associated Press"),
            ("Zeynep Bilginsoy", "Istanbul", "writer", "Associated Press"),
            ("Edith M. Lederer", "the United Nations", "writer", "Associated Press"),
            ("Qassim Abdul-Zahra", "Baghdad", "writer", "Associated Press"),
            ("Bassem Mroue", "Beirut", "writer", "Associated Press"),
        ),
    ),
    (
        "DiePresse_DiePresse_2025_06_05",
        "Aus dem Englischen von Jan DoolanCopyright: Project Syndicate, 2025",
        (("Jan Doolan", None, "translating", None),),
    ),
]


@pytest.mark.parametrize(("story", "line", "expected"), REAL, ids=[r[0] for r in REAL])
def test_real_line(story: str, line: str, expected: Fields) -> None:
    """Each real contributor line gives every name, place, role and agency it states."""
    parsed = parse_contributors(line)
    assert fields(parsed) == expected


@pytest.mark.parametrize(("story", "line", "expected"), REAL, ids=[r[0] for r in REAL])
def test_real_line_is_in_corpus(story: str, line: str, expected: Fields) -> None:
    """Each line of the table is a paragraph of its story, as written."""
    assert line in story_paragraphs(story)


@pytest.mark.parametrize(("story", "line", "expected"), REAL, ids=[r[0] for r in REAL])
def test_real_line_spans(story: str, line: str, expected: Fields) -> None:
    """Every contribution's span points at its name in the line."""
    parsed = parse_contributors(line)
    for c in parsed.contributions:
        assert line[c.span[0] : c.span[1]] == c.name
    start, end = parsed.span
    assert line[start:end].strip() == line[start:end]
    assert 0 <= start < end <= len(line)


@pytest.mark.parametrize(("story", "line", "expected"), REAL, ids=[r[0] for r in REAL])
def test_real_line_round_trip(story: str, line: str, expected: Fields) -> None:
    """The canonical rendering of each real line parses back to the same contributions."""
    parsed = parse_contributors(line)
    assert parse_contributors(str(parsed)) == parsed


def test_real_line_count() -> None:
    """At least ten real contributor lines are in the table (the issue asks for ten)."""
    assert len(REAL) >= 10


def test_seed_line() -> None:
    """The seed story's contributor line gives Natalie Melzer, writer in Tel Aviv, of the AP."""
    (line,) = [line for line in seed_lines() if "contributed" in line]
    parsed = parse_contributors(line)
    ((name, location, role, affiliation),) = fields(parsed)
    assert (name, location, role) == ("Natalie Melzer", "Tel Aviv, Israel", "writer")
    assert affiliation is not None
    assert " ".join(affiliation.split()).casefold() == "associated press"


def test_trailer_ends_the_line() -> None:
    """A "Follow ..." sentence after the credits ends the line; the span stops before it."""
    line = next(line for story, line, _ in REAL if story == "abp_KSUrtz4TvPodvP3w")
    parsed = parse_contributors(line)
    assert line[parsed.span[0] : parsed.span[1]].endswith("Nogales, Mexico.")


def test_glued_copyright_ends_the_line() -> None:
    """A copyright notice glued to the last name is not part of the name."""
    line = "Aus dem Englischen von Jan DoolanCopyright: Project Syndicate, 2025"
    parsed = parse_contributors(line)
    assert parsed.span == (0, line.index("Copyright"))


# Real paragraphs of the corpus that hold contributor words but credit no one.
REAL_NOT: list[tuple[str, str]] = [
    (
        "abp_0A3J5yQxO2fQ8ZZs",
        (
            "Emotions are still raw in both cities in the aftermath of the weekend shootings. "
            "Critics contend Trump’s own words have contributed to a combustible climate that has "
            "spawned death and other violence."
        ),
    ),
    (
        "abp_DOVgEfTYkLvCDTH0",
        (
            "The U.S. team had also wanted to secure greater intellectual property protection and "
            "an end to Chinese subsidies that have contributed to overproduction of steel and "
            "aluminum."
        ),
    ),
    (
        "abp_HTbR5zYnlYXduc8x",
        (
            "The accumulation of greenhouse gases in the atmosphere has contributed to coastal "
            "flooding, heavier downpours and more intense wildfire episodes, according to the "
            "report, released May 6 by the White House."
        ),
    ),
    ("abp_evKHQ3NWYylj9z4l", "Follow @APFactCheck on Twitter: https://twitter.com/APFactCheck"),
    ("abp_0A3J5yQxO2fQ8ZZs", "Follow Colvin on Twitter at https://twitter.com/colvinj"),
    (
        "abp_L7oq0pg2yKut3tFH",
        (
            "Follow Michael Sisak at twitter.com/mikesisak and Bernard Condon at "
            "twitter.com/BernardFCondon"
        ),
    ),
    ("abp_L0VPW9Yk4t1qg2eG", "This story has been updated to correct Lugar’s stance on earmarks."),
    (
        "abp_xdJGa25iNEmlnA6n",
        (
            "This version corrects the name of the aid agency to Doctors of the World, not Doctors "
            "Without Borders."
        ),
    ),
    ("abp_4bK7Xj6SX7BscPXZ", "Copyright 2019 The Associated Press. All rights reserved."),
    ("abp_0dkua1KL4jpplWxT", "Copyright © 2019 The Washington Times, LLC."),
    ("abp_0dkua1KL4jpplWxT", "Sign up for Daily Newsletters"),
    ("abp_YPB32HOlASpHBYg7", "To contact the editors responsible for this story:"),
    ("abp_YPB32HOlASpHBYg7", "Joe Sobczyk at jsobczyk@bloomberg.net"),
    ("abp_YPB32HOlASpHBYg7", "Ros Krasny"),
    ("abp_OuL5PghD5I9SXWK5", "Contact AP’s Global Investigative Team at Investigative@AP.org"),
    ("FoxNews_FoxNews_2023_04_28", "Aaron Kliegman is a politics reporter for Fox News Digital."),
    ("BSZ_BSZ_2024_05_16", "© dpa-infocom, dpa:240516-99-53606/3 (dpa)"),
    ("abp_SSlgIdGMxk6sdGUW", "(Corrects spelling of name in paragraph 22 to Viguerie.)"),
    (
        "htmldate_1684405920",
        "EDITOR’S NOTE — A look at the veracity of claims by political figures.",
    ),
]


@pytest.mark.parametrize(("story", "line"), REAL_NOT)
def test_real_non_contributor_line_refused(story: str, line: str) -> None:
    """Real paragraphs that credit no one are refused, never read as credits."""
    assert line in story_paragraphs(story)
    with pytest.raises(ParseError):
        parse_contributors(line)


def test_real_stories_hold_no_other_credit() -> None:
    """No other paragraph of the modern stories parses as a contributor line (precision)."""
    known = {line for _, line, _ in REAL}
    found = []
    for story in modern_stories():
        for paragraph in story["text"].split("\n"):
            if paragraph.strip() and paragraph not in known:
                try:
                    parse_contributors(paragraph)
                except ParseError:
                    continue
                found.append(paragraph)
    assert found == []


# The forms of the issue and the conventions guide that the corpus lacks.
FORMS: list[tuple[str, Fields]] = [
    (
        (
            "Associated Press writers Ann Lee and Bo Ruiz in Washington and Cy Dunn in New York "
            "contributed."
        ),
        (
            ("Ann Lee", "Washington", "writer", "Associated Press"),
            ("Bo Ruiz", "Washington", "writer", "Associated Press"),
            ("Cy Dunn", "New York", "writer", "Associated Press"),
        ),
    ),
    (
        (
            "Associated Press writer Ann Lee in Birmingham, Ala., and photographer Bo Ruiz in "
            "Providence, Rhode Island, contributed."
        ),
        (
            ("Ann Lee", "Birmingham, Ala.", "writer", "Associated Press"),
            ("Bo Ruiz", "Providence, Rhode Island", "photographer", "Associated Press"),
        ),
    ),
    (
        "Associated Press writer Ann Lee and video journalist Bo Ruiz contributed.",
        (
            ("Ann Lee", None, "writer", "Associated Press"),
            ("Bo Ruiz", None, "video journalist", "Associated Press"),
        ),
    ),
    (
        "— Associated Press researcher Rhonda Shafner contributed to this story.",
        (("Rhonda Shafner", None, "researcher", "Associated Press"),),
    ),
    (
        "AP writer Ann Lee contributed.",
        (("Ann Lee", None, "writer", "Associated Press"),),
    ),
    (
        "The Associated Press correspondent Ann Lee contributed reporting from Charleston, W. Va.",
        (("Ann Lee", "Charleston, W. Va.", "correspondent", "Associated Press"),),
    ),
    (
        "AP Business Writer Ann Lee and AP Medical Writer Lauran Neergaard contributed.",
        (
            ("Ann Lee", None, "business writer", "Associated Press"),
            ("Lauran Neergaard", None, "medical writer", "Associated Press"),
        ),
    ),
    (
        "Ann Lee contributed from Kyiv, Ukraine.",
        (("Ann Lee", "Kyiv, Ukraine", None, None),),
    ),
    (
        "Ann Lee reported from Rio de Janeiro.",
        (("Ann Lee", "Rio de Janeiro", "reporting", None),),
    ),
    (
        "Reporting by Ann Lee and Bo Ruiz in Paris; Editing by Cy Dunn",
        (
            ("Ann Lee", "Paris", "reporting", None),
            ("Bo Ruiz", "Paris", "reporting", None),
            ("Cy Dunn", None, "editing", None),
        ),
    ),
    (
        "Reporting by Ann Lee; Writing by Bo Ruiz; Editing by Cy Dunn and Di Moss",
        (
            ("Ann Lee", None, "reporting", None),
            ("Bo Ruiz", None, "writing", None),
            ("Cy Dunn", None, "editing", None),
            ("Di Moss", None, "editing", None),
        ),
    ),
    (
        "Compiled by Ann Lee; Graphics by Bo Ruiz; Fact-checking by Cy Dunn",
        (
            ("Ann Lee", None, "compiling", None),
            ("Bo Ruiz", None, "graphics", None),
            ("Cy Dunn", None, "fact-checking", None),
        ),
    ),
    (
        "--With assistance from Ann Lee and Bo Ruiz.",
        (("Ann Lee", None, "assistance", None), ("Bo Ruiz", None, "assistance", None)),
    ),
    (
        "Mitarbeit: Anna Müller, Jörg Schäfer",
        (("Anna Müller", None, "assistance", None), ("Jörg Schäfer", None, "assistance", None)),
    ),
    (
        (
            "Associated Press writers Ana María de la Cruz, Seán O’Brien Jr. and Ahmad al-Shibani "
            "contributed."
        ),
        (
            ("Ana María de la Cruz", None, "writer", "Associated Press"),
            ("Seán O’Brien Jr.", None, "writer", "Associated Press"),
            ("Ahmad al-Shibani", None, "writer", "Associated Press"),
        ),
    ),
    (
        "Associated Press writer ZEKE MILLER contributed.",
        (("Zeke Miller", None, "writer", "Associated Press"),),
    ),
    (
        "Associated Press contributor Ann Lee contributed.",
        (("Ann Lee", None, "contributor", "Associated Press"),),
    ),
    (
        "Hunt reported from Washington, D.C. Associated Press writer Ann Lee contributed.",
        (
            ("Hunt", "Washington, D.C.", "reporting", None),
            ("Ann Lee", None, "writer", "Associated Press"),
        ),
    ),
    (
        "Reuters photographer Ann Lee in Sydney, New South Wales, contributed.",
        (("Ann Lee", "Sydney, New South Wales", "photographer", "Reuters"),),
    ),
]


@pytest.mark.parametrize(("line", "expected"), FORMS)
def test_form(line: str, expected: Fields) -> None:
    """Each form of the conventions gives its contributions, field by field."""
    assert fields(parse_contributors(line)) == expected


# Agencies credited for their own part, with no person: US papers' and AP's "The
# Associated Press contributed to this report.", The Canadian Press's "With files from
# ...", German pages' "Mit Material von dpa", Reuters' "Reporting by Reuters Staff".
AGENCY_FORMS: list[tuple[str, Fields]] = [
    (
        "The Associated Press contributed to this report.",
        ((None, None, None, "Associated Press"),),
    ),
    ("Reuters contributed to this report.", ((None, None, None, "Reuters"),)),
    ("AP contributed.", ((None, None, None, "Associated Press"),)),
    ("Reuters staff contributed to this report.", ((None, None, None, "Reuters"),)),
    (
        "The Associated Press and Reuters contributed to this report.",
        ((None, None, None, "Associated Press"), (None, None, None, "Reuters")),
    ),
    (
        "— With files from The Associated Press",
        ((None, None, "files", "Associated Press"),),
    ),
    ("With files from The Canadian Press", ((None, None, "files", "The Canadian Press"),)),
    ("With files from the Canadian Press.", ((None, None, "files", "The Canadian Press"),)),
    ("With files from Reuters", ((None, None, "files", "Reuters"),)),
    (
        "With files from The Associated Press and Reuters",
        ((None, None, "files", "Associated Press"), (None, None, "files", "Reuters")),
    ),
    ("Mit Material von dpa", ((None, None, "files", "Deutsche Presse-Agentur"),)),
    (
        "Mit Material von dpa und AFP",
        (
            (None, None, "files", "Deutsche Presse-Agentur"),
            (None, None, "files", "Agence France-Presse"),
        ),
    ),
    ("Reporting by Reuters Staff", ((None, None, "reporting", "Reuters"),)),
    ("Reporting by AP Staff", ((None, None, "reporting", "Associated Press"),)),
    ("Compiled by Bloomberg News staff", ((None, None, "compiling", "Bloomberg"),)),
    (
        "Reporting by Reuters Staff; Editing by Bob Roe",
        ((None, None, "reporting", "Reuters"), ("Bob Roe", None, "editing", None)),
    ),
    # A person's name that goes on past an agency's form is a name ("ANI" is an agency).
    ("Ani Smith contributed to this report.", (("Ani Smith", None, None, None),)),
    ("Reporting by Ani Smith", (("Ani Smith", None, "reporting", None),)),
    # "Smith contributed ..." keeps its reading: no person, no agency.
    ("Jane Smith contributed to this report.", (("Jane Smith", None, None, None),)),
]

# Reuters taglines whose clauses a comma joins before a role in lower case.
COMMA_CLAUSES: list[tuple[str, Fields]] = [
    (
        "(Reporting by Jane Doe, editing by Bob Roe)",
        (("Jane Doe", None, "reporting", None), ("Bob Roe", None, "editing", None)),
    ),
    (
        "Reporting by Jane Doe, editing by Bob Roe",
        (("Jane Doe", None, "reporting", None), ("Bob Roe", None, "editing", None)),
    ),
    (
        "(Writing by Jane Doe; editing by Bob Roe)",
        (("Jane Doe", None, "writing", None), ("Bob Roe", None, "editing", None)),
    ),
    (
        "Reporting by Jane Doe in London, editing by Bob Roe and Ann Lee",
        (
            ("Jane Doe", "London", "reporting", None),
            ("Bob Roe", None, "editing", None),
            ("Ann Lee", None, "editing", None),
        ),
    ),
    (
        "Reporting by Jane Doe, additional reporting by Bob Roe, compiled by Ann Lee",
        (
            ("Jane Doe", None, "reporting", None),
            ("Bob Roe", None, "reporting", None),
            ("Ann Lee", None, "compiling", None),
        ),
    ),
    (
        "Reporting by Jane Doe, Bob Roe, writing by Ann Lee",
        (
            ("Jane Doe", None, "reporting", None),
            ("Bob Roe", None, "reporting", None),
            ("Ann Lee", None, "writing", None),
        ),
    ),
    # A comma before a name goes on with the list.
    (
        "Reporting by Jane Doe, Bob Roe and Ann Lee",
        (
            ("Jane Doe", None, "reporting", None),
            ("Bob Roe", None, "reporting", None),
            ("Ann Lee", None, "reporting", None),
        ),
    ),
]

# A name without a title, "of" and its agency.
OF_AGENCY_FORMS: list[tuple[str, Fields]] = [
    (
        "Jane Doe of The Associated Press contributed.",
        (("Jane Doe", None, None, "Associated Press"),),
    ),
    ("Jane Doe of Reuters contributed to this report.", (("Jane Doe", None, None, "Reuters"),)),
    (
        (
            "Jane Doe of The Associated Press in Washington and John Roe in Paris contributed to "
            "this report."
        ),
        (("Jane Doe", "Washington", None, "Associated Press"), ("John Roe", "Paris", None, None)),
    ),
]

NEW_FORMS = [*AGENCY_FORMS, *COMMA_CLAUSES, *OF_AGENCY_FORMS]


@pytest.mark.parametrize(("line", "expected"), NEW_FORMS)
def test_agency_and_comma_form(line: str, expected: Fields) -> None:
    """Agency credits, comma-joined tagline clauses and "NAME of AGENCY" give their fields."""
    parsed = parse_contributors(line)
    assert fields(parsed) == expected
    assert parse_contributors(str(parsed)) == parsed
    for c in parsed.contributions:
        written = line[c.span[0] : c.span[1]]
        if c.name is None:
            assert c.affiliation is not None
            assert find_agency(written.removesuffix(" Staff").removesuffix(" staff")) == (
                find_agency(c.affiliation)
            )
        else:
            assert written == c.name


@pytest.mark.parametrize(("line", "expected"), NEW_FORMS)
def test_agency_and_comma_forms_read_alike_without_fast_paths(line: str, expected: Fields) -> None:
    """The fast paths give the new forms what the general reader gives them."""
    assert _outcome(line) == _without_fast_paths(line)


# Sentences that look like the new forms but are not contributor lines.
NEAR_MISSES: list[tuple[str, str, int]] = [
    ("Follow Jane Doe on X: https://x.com/janedoe", "_CLAUSE", 0),
    ("bur-jm/rl", "_CLAUSE", 0),
    ("This story has been corrected to show the right date.", "_CLAUSE", 0),
    ("Copyright 2024 The Associated Press. All rights reserved.", "_CLAUSE", 0),
    (
        "The Associated Press contributed $5 million to the fund.",
        "Expected 'to this report' or a full stop after 'contributed'",
        32,
    ),
    (
        "Reuters contributed to the confusion by saying so.",
        "Expected 'to this report' or a full stop after 'contributed'",
        19,
    ),
    # The agency's form as the table writes it, or in capitals.
    ("reuters contributed to this report.", "_CLAUSE", 0),
    # An organisation that is no agency of the table becomes neither an agency nor a person.
    ("Acme News contributed to this report.", "Expected a person's name, not an organisation", 0),
    (
        "Jane Doe of Acme contributed to this report.",
        "Expected 'contributed' after the names of a credit",
        8,
    ),
    (
        "Jane Doe of Reuters Staff contributed.",
        "Expected 'contributed' after the names of a credit",
        8,
    ),
    ("With files from the archive", "Expected a name", 16),
    # A photo agency is no news agency's credit.
    (
        "With files from Getty Images",
        "Expected a person's name, not initials alone or an agency",
        16,
    ),
    # "Reuters Staff" is never a person.
    (
        "Associated Press writers Reuters Staff contributed.",
        "Expected a person's name, not an agency's staff",
        25,
    ),
    (
        "Reuters Staff reported from London.",
        "Expected a person's name, not an agency's staff",
        0,
    ),
    # A comma before a role joins tagline clauses only.
    (
        "Jane Doe contributed to this report, editing by Bob Roe.",
        "Expected end of the contributor line, or '; ' or '. ' and a further clause",
        35,
    ),
    (
        "Reporting by Jane Doe, editing",
        "Expected end of the contributor line, or '; ' or '. ' and a further clause",
        21,
    ),
    ("with files from The Canadian Press", "_CLAUSE", 0),
    # Left refused on purpose: USA TODAY's credit names its own paper, no agency of the
    # table, and Bloomberg's contact notes give addresses, not credits (its credit line
    # is "--With assistance from ...").
    ("Contributing: Jane Doe, USA TODAY", "_CLAUSE", 0),
    (
        "To contact the reporter on this story: Jane Doe in London at jdoe@bloomberg.net",
        "_CLAUSE",
        0,
    ),
    (
        "To contact the editors responsible for this story: Bob Roe at broe@bloomberg.net",
        "_CLAUSE",
        0,
    ),
]


# AP's group credits: a news agency and a plural job title, its staff of that role and no
# named person, maybe with a scope (AP stories of the Article-Bias-Prediction collection,
# 2020: "Associated Press journalists across the U.S. contributed to this report.").
GROUP_FORMS: list[tuple[str, Fields]] = [
    (
        "Associated Press journalists across the U.S. contributed to this report.",
        ((None, "across the U.S.", "journalist", "Associated Press"),),
    ),
    (
        "AP journalists around the world contributed to this report.",
        ((None, "around the world", "journalist", "Associated Press"),),
    ),
    (
        (
            "Schulte reported from Gretna, Nebraska. AP journalists around the world contributed"
            " to this report."
        ),
        (
            ("Schulte", "Gretna, Nebraska", "reporting", None),
            (None, "around the world", "journalist", "Associated Press"),
        ),
    ),
    (
        "Associated Press reporters in statehouses across the country contributed to this report.",
        ((None, "in statehouses across the country", "reporter", "Associated Press"),),
    ),
    (
        "Associated Press statehouse reporters contributed to this report.",
        ((None, None, "statehouse reporter", "Associated Press"),),
    ),
    (
        "AP reporters from around the globe contributed.",
        ((None, "from around the globe", "reporter", "Associated Press"),),
    ),
    ("AP photographers contributed.", ((None, None, "photographer", "Associated Press"),)),
    (
        "Associated Press writers across the country, contributed to this report.",
        ((None, "across the country", "writer", "Associated Press"),),
    ),
    (
        (
            "Associated Press journalists in Washington and around the world contributed to this"
            " report."
        ),
        ((None, "in Washington and around the world", "journalist", "Associated Press"),),
    ),
    # A scope that is one place is kept as a person's place is.
    (
        "Associated Press writers in Washington contributed to this report.",
        ((None, "Washington", "writer", "Associated Press"),),
    ),
    (
        "The Canadian Press reporters in Ottawa, Ontario, contributed to this report.",
        ((None, "Ottawa, Ontario", "reporter", "The Canadian Press"),),
    ),
    ("Reuters reporters in London contributed.", ((None, "London", "reporter", "Reuters"),)),
    # A named writer and a group, in either order; the group's agency carries over.
    (
        "Associated Press writer Jane Doe and AP journalists across the country contributed.",
        (
            ("Jane Doe", None, "writer", "Associated Press"),
            (None, "across the country", "journalist", "Associated Press"),
        ),
    ),
    (
        (
            "AP journalists around the world and writer Jane Doe in Paris contributed to this"
            " report."
        ),
        (
            (None, "around the world", "journalist", "Associated Press"),
            ("Jane Doe", "Paris", "writer", "Associated Press"),
        ),
    ),
    (
        "Jim Heintz in Moscow and AP journalists around the world contributed to this report.",
        (
            ("Jim Heintz", "Moscow", None, None),
            (None, "around the world", "journalist", "Associated Press"),
        ),
    ),
    (
        "Associated Press journalists contributed from Washington.",
        ((None, "Washington", "journalist", "Associated Press"),),
    ),
]


@pytest.mark.parametrize(("line", "expected"), GROUP_FORMS)
def test_group_credit(line: str, expected: Fields) -> None:
    """A group credit is the agency's part in a role: no name, the agency, its scope."""
    parsed = parse_contributors(line)
    assert fields(parsed) == expected
    assert parse_contributors(str(parsed)) == parsed
    assert _outcome(line) == _without_fast_paths(line)
    for c in parsed.contributions:
        if c.name is None:
            # The span is the agency's, as written.
            assert find_agency(line[c.span[0] : c.span[1]]) == find_agency(c.affiliation or "")


GROUP_CANONICAL: list[tuple[str, str]] = [
    (
        "AP journalists around the world contributed to this report.",
        "Associated Press journalists around the world contributed to this report.",
    ),
    (
        "Associated Press writer Jane Doe and AP journalists across the country contributed.",
        (
            "Associated Press writer Jane Doe and Associated Press journalists across the country"
            " contributed to this report."
        ),
    ),
    (
        "Reuters reporters in London contributed.",
        "Reuters reporters in London contributed to this report.",
    ),
]


@pytest.mark.parametrize(("line", "canonical"), GROUP_CANONICAL)
def test_group_credit_renders_canonically(line: str, canonical: str) -> None:
    """A group credit renders with its agency's canonical name, its plural title, its scope."""
    assert str(parse_contributors(line)) == canonical


# Sentences like a group credit that are not one.
GROUP_NEAR_MISSES: list[tuple[str, str, int]] = [
    (
        "AP journalists around the world contributed $5,000 to the fund.",
        "Expected end of the contributor line, or '; ' or '. ' and a further clause",
        44,
    ),
    (
        "AP journalists contributed to the confusion.",
        "Expected end of the contributor line, or '; ' or '. ' and a further clause",
        27,
    ),
    # No agency, no group: whose reporters is unknown.
    ("Reporters across the U.S. contributed to this report.", "_CLAUSE", 0),
    ("Journalists contributed to the confusion.", "_CLAUSE", 0),
    ("The writers contributed to the debate.", "_CLAUSE", 0),
    # A singular title is a person's: it needs a name.
    (
        "AP journalist around the world contributed to this report.",
        "Expected 'contributed' after the names of a credit",
        2,
    ),
    # A scope word needs a place or a scope place of the table.
    (
        "AP journalists around the clock contributed to this report.",
        "Expected 'contributed' after the names of a credit",
        2,
    ),
    # The agency as the table writes it, or in capitals.
    ("ap journalists around the world contributed.", "_CLAUSE", 0),
    # A name without a title after a group: the title would not carry over.
    (
        "AP journalists around the world and Jane Doe contributed.",
        "Expected 'contributed' after the names of a credit",
        31,
    ),
    # A photo agency is no news agency.
    (
        "Getty Images photographers contributed to this report.",
        "Expected a person's name, not initials alone or an agency",
        0,
    ),
]


# "also" before "contributed" (AP, 2018-2020: the Article-Bias-Prediction stories).
ALSO_FORMS: list[tuple[str, Fields]] = [
    (
        (
            "Rankin reported from Richmond. Associated Press Writer Michael Melia in Hartford,"
            " Connecticut, also contributed to this report."
        ),
        (
            ("Rankin", "Richmond", "reporting", None),
            ("Michael Melia", "Hartford, Connecticut", "writer", "Associated Press"),
        ),
    ),
    (
        "AP writer Michael Melia also contributed to this report.",
        (("Michael Melia", None, "writer", "Associated Press"),),
    ),
    (
        "Associated Press writers Jane Doe in Washington and Bob Roe in London also contributed.",
        (
            ("Jane Doe", "Washington", "writer", "Associated Press"),
            ("Bob Roe", "London", "writer", "Associated Press"),
        ),
    ),
    # Without a title, as without "also": with its point or a closing.
    (
        "Jane Doe in Washington also contributed reporting.",
        (("Jane Doe", "Washington", None, None),),
    ),
    ("Jane Doe also contributed.", (("Jane Doe", None, None, None),)),
    (
        "Jane Doe in Hartford, Connecticut also contributed.",
        (("Jane Doe", "Hartford, Connecticut", None, None),),
    ),
    ("Jane Doe of Reuters also contributed.", (("Jane Doe", None, None, "Reuters"),)),
    (
        "The Associated Press also contributed to this report.",
        ((None, None, None, "Associated Press"),),
    ),
    (
        "AP journalists around the world also contributed to this report.",
        ((None, "around the world", "journalist", "Associated Press"),),
    ),
    (
        "AP writer Jane Doe also contributed from Hartford, Connecticut.",
        (("Jane Doe", "Hartford, Connecticut", "writer", "Associated Press"),),
    ),
    (
        (
            "Associated Press writer Jane Doe also contributed from Washington, and Bob Roe also"
            " contributed from London."
        ),
        (
            ("Jane Doe", "Washington", "writer", "Associated Press"),
            ("Bob Roe", "London", "writer", "Associated Press"),
        ),
    ),
    # Any space, as around "contributed".
    (
        "AP writer Jane Doe  also\u00a0contributed to this report .",
        (("Jane Doe", None, "writer", "Associated Press"),),
    ),
]


@pytest.mark.parametrize(("line", "expected"), ALSO_FORMS)
def test_also_contributed(line: str, expected: Fields) -> None:
    """ "also" before "contributed" reads as without it, and is not kept (nor rendered)."""
    parsed = parse_contributors(line)
    assert fields(parsed) == expected
    assert parsed.span == (0, len(line.rstrip()))
    assert parse_contributors(str(parsed)) == parsed
    assert " also " not in str(parsed)
    without = line.replace("also\u00a0", "").replace(" also ", " ").replace("also ", "")
    assert parse_contributors(without).contributions == parsed.contributions
    assert _outcome(line) == _without_fast_paths(line)


# Sentences with "also contributed" that are no credit, refused as without "also".
ALSO_NEAR_MISSES: list[tuple[str, str, int]] = [
    ("Smith also contributed $5,000 to the campaign.", "_CLAUSE", 0),
    (
        "Jane Smith also contributed $5,000 to the campaign.",
        "Expected 'to this report' or a full stop after 'contributed'",
        27,
    ),
    (
        "AP also contributed to the confusion.",
        "Expected 'to this report' or a full stop after 'contributed'",
        19,
    ),
    (
        "Jane Doe of Reuters also contributed to the fund.",
        "Expected 'to this report' or a full stop after 'contributed'",
        36,
    ),
    (
        "AP writer Jane Doe also contributed to the confusion.",
        "Expected end of the contributor line, or '; ' or '. ' and a further clause",
        36,
    ),
    (
        "AP journalists around the world also contributed $5,000.",
        "Expected end of the contributor line, or '; ' or '. ' and a further clause",
        49,
    ),
    (
        "Reuters also contributed reporting to the lawsuit.",
        "Expected end of the contributor line, or '; ' or '. ' and a further clause",
        35,
    ),
    # Only before "contributed", once, as a word of its own.
    (
        "AP writer Jane Doe contributed also.",
        "Expected end of the contributor line, or '; ' or '. ' and a further clause",
        31,
    ),
    (
        "AP writer Jane Doe also also contributed.",
        "Expected 'contributed' after the names of a credit",
        18,
    ),
    (
        "AP writer Jane Doe alsocontributed.",
        "Expected 'contributed' after the names of a credit",
        18,
    ),
    ("AP writer Jane Doe also", "Expected 'contributed' after the names of a credit", 18),
    (
        "AP writer Jane Doe, also a photographer, contributed.",
        "Expected 'contributed' after the names of a credit",
        18,
    ),
    # Without a title, a bare "contributed" needs its point, "also" or not.
    (
        "Jane Doe also contributed",
        "Expected 'to this report' or a full stop after 'contributed'",
        25,
    ),
]


@pytest.mark.parametrize(
    ("text", "message", "pos"), [*NEAR_MISSES, *GROUP_NEAR_MISSES, *ALSO_NEAR_MISSES]
)
def test_error_near_misses_of_new_forms(text: str, message: str, pos: int) -> None:
    """Sentences like the agency, comma, group and "also" forms are refused, saying what was
    expected, and the fast paths refuse them alike."""
    with pytest.raises(ParseError) as info:
        parse_contributors(text)
    expected = _CLAUSE if message == "_CLAUSE" else message
    assert (info.value.message, info.value.pos) == (expected, pos)
    assert _outcome(text) == _without_fast_paths(text)


def test_agency_credits_follow_the_agency_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """A news agency added to the table is read in an agency credit at once; others are not."""
    assert fields(parse_contributors("With files from The Canadian Press")) == (
        (None, None, "files", "The Canadian Press"),
    )
    with pytest.raises(ParseError):
        parse_contributors("Nordwire contributed to this report.")
    monkeypatch.setattr(_lookup, "AGENCIES", (*AGENCIES, Agency("Nordwire News", "Nordwire")))
    _lookup._by_form.cache_clear()
    try:
        line = parse_contributors("Nordwire contributed to this report.")
        assert fields(line) == ((None, None, None, "Nordwire News"),)
        assert parse_contributors(str(line)) == line
    finally:
        monkeypatch.undo()
        _lookup._by_form.cache_clear()


CANONICAL: list[tuple[str, str]] = [
    ("AP contributed.", "The Associated Press contributed to this report."),
    ("— With files from the Canadian Press.", "With files from The Canadian Press"),
    ("Mit Material von dpa", "With files from Deutsche Presse-Agentur"),
    ("Reporting by Reuters Staff", "Reporting by Reuters"),
    ("(Reporting by Jane Doe, editing by Bob Roe)", "Reporting by Jane Doe; Editing by Bob Roe"),
    (
        "Jane Doe of The Associated Press contributed.",
        "Jane Doe of The Associated Press contributed to this report.",
    ),
    (
        "—Associated Press writer John Leicester in Paris contributed to this report.",
        "Associated Press writer John Leicester in Paris contributed to this report.",
    ),
    (
        "AP writers Paul Wiseman, Martin Crutsinger and Kevin Freking contributed to this report.",
        (
            "Associated Press writers Paul Wiseman, Martin Crutsinger and Kevin Freking contributed"
            " to this report."
        ),
    ),
    (
        (
            "(Reporting by Andy Bruce in London and Ankur Banerjee in Bengaluru; Editing by "
            "Joyjeet Das)"
        ),
        "Reporting by Andy Bruce in London and Ankur Banerjee in Bengaluru; Editing by Joyjeet Das",
    ),
    (
        "--With assistance from Ryan Teague Beckwith , Greg Stohr and Justin Sink .",
        "With assistance from Ryan Teague Beckwith, Greg Stohr and Justin Sink",
    ),
    (
        "Warren reported from Atlanta.",
        "Reporting by Warren in Atlanta",
    ),
    (
        "Associated Press writer Chris Grygiel contributed from Seattle.",
        "Associated Press writer Chris Grygiel in Seattle contributed to this report.",
    ),
    (
        (
            "Associated Press writers Kasie Hunt in Englewood, Colo., and Josh Lederman in "
            "Washington contributed to this report."
        ),
        (
            "Associated Press writers Kasie Hunt in Englewood, Colo., and Josh Lederman in "
            "Washington contributed to this report."
        ),
    ),
    (
        (
            "Gomez reported from Manila, Philippines. Associated Press writer Julie Watson in San "
            "Diego contributed to this report."
        ),
        (
            "Reporting by Gomez in Manila, Philippines. Associated Press writer Julie Watson "
            "in San Diego contributed to this report."
        ),
    ),
]


@pytest.mark.parametrize(("line", "canonical"), CANONICAL)
def test_canonical(line: str, canonical: str) -> None:
    """``str()`` renders the canonical line, which renders to itself."""
    assert str(parse_contributors(line)) == canonical
    assert str(parse_contributors(canonical)) == canonical


_CLAUSE = (
    "Expected a contributor credit ('Associated Press writer NAME contributed'), "
    "'NAME reported from PLACE' or a tagline ('Reporting by', 'Editing by', "
    "'With assistance from', 'Mitarbeit:')"
)

ERRORS: list[tuple[str, str, int]] = [
    ("", "Expected a contributor line, got blank text", 0),
    ("   ", "Expected a contributor line, got blank text", 0),
    ("\x00\x01", "Expected a contributor line without control characters, got '\\x00'", 0),
    (
        "Ann Lee contributed.\nBo Ruiz contributed.",
        "Expected a contributor line without control characters, got '\\n'",
        20,
    ),
    ("By", _CLAUSE, 0),
    ("((((((((", "Expected ')' closing the parenthesis at the end of the line", 8),
    ("(Reporting by Ann Lee", "Expected ')' closing the parenthesis at the end of the line", 21),
    ("—" * 50, _CLAUSE, 50),
    ("The writers contributed to the debate.", _CLAUSE, 0),
    ("Officials contributed.", _CLAUSE, 0),
    ("Follow @APFactCheck on Twitter: https://twitter.com/APFactCheck", _CLAUSE, 0),
    ("Follow Colvin on Twitter at https://twitter.com/colvinj", _CLAUSE, 0),
    ("This story has been corrected to show the right name.", _CLAUSE, 0),
    ("Copyright 2019 The Associated Press. All rights reserved.", _CLAUSE, 0),
    ("bur-jm/rl", _CLAUSE, 0),
    ("Reporting by", _CLAUSE, 0),
    ("Editing by hand is slow.", "Expected a name", 11),
    (
        "Reuters reported from Baghdad.",
        "Expected a person's name, not initials alone or an agency",
        0,
    ),
    (
        "Ann Lee reported from the scene.",
        "Expected a place (a capitalised city, state or country)",
        22,
    ),
    ("Police reported from Kabul.", "Expected a person's name, not an organisation", 0),
    (
        "California Federal Savings and Loan Association contributed $5 million.",
        "Expected a person's name, not an organisation",
        0,
    ),
    (
        "Ann Lee and Bo Ruiz contributed $5 million.",
        "Expected 'to this report' or a full stop after 'contributed'",
        31,
    ),
    ("produced by Sandy Howard.", _CLAUSE, 0),
    (
        "Associated Press writer Zeke contributed.",
        "Expected a full name (given name and family name)",
        24,
    ),
    (
        "Associated Press writers Ann Lee and Bo Ruiz",
        "Expected 'contributed' after the names of a credit",
        44,
    ),
    (
        "Associated Press writer Ann Lee contributed to the debate.",
        "Expected end of the contributor line, or '; ' or '. ' and a further clause",
        44,
    ),
    (
        "x" * (MAX_LEN + 1),
        f"Expected a contributor line of at most {MAX_LEN} characters, got {MAX_LEN + 1}",
        MAX_LEN,
    ),
]


@pytest.mark.parametrize(("text", "message", "pos"), ERRORS)
def test_error_message_and_position(text: str, message: str, pos: int) -> None:
    """Text that is no contributor line raises ParseError saying what was expected, and where."""
    with pytest.raises(ParseError) as info:
        parse_contributors(text)
    assert (info.value.message, info.value.pos) == (message, pos)


def test_error_shows_caret() -> None:
    """The error prints the line with a caret under the fault."""
    with pytest.raises(ParseError) as info:
        parse_contributors("Associated Press writer Zeke contributed.")
    assert str(info.value) == (
        "Expected a full name (given name and family name)\n"
        "    Associated Press writer Zeke contributed.\n"
        "                            ^"
    )


def test_error_not_a_str() -> None:
    """A value that is not a str is a TypeError, not a ParseError."""
    with pytest.raises(TypeError):
        parse_contributors(b"Ann Lee contributed.")  # type: ignore[arg-type]


#: Hostile inputs: each would take very long under a backtracking pattern.
HOSTILE = [
    "A" * 200_000,
    "(" * 200_000,
    "WASHINGTON, " * 20_000,
    "By A, " * 40_000,
    "Associated Press writers " + "Ann Lee, " * 25_000,
    "Reporting by " + "Ann Lee in Paris, France, " * 8_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_error_hostile_input(text: str) -> None:
    """Megabyte-scale hostile text is refused at once with ParseError."""
    with pytest.raises(ParseError):
        parse_contributors(text)


#: The same shapes at the longest line the grammar reads, so the patterns really run.
HOSTILE_AT_LIMIT = [
    "A" * (MAX_LEN - 1),
    "A " * (MAX_LEN // 2 - 1),
    "A. " * (MAX_LEN // 3 - 1),
    "(" * (MAX_LEN - 1),
    "WASHINGTON, " * (MAX_LEN // 12),
    "By A, " * (MAX_LEN // 6),
    "Associated Press writers " + "Ann Lee, " * ((MAX_LEN - 30) // 9),
    "Associated Press writers Ann Lee in " + "Paris, " * ((MAX_LEN - 40) // 7),
    "Reporting by " + "Ann Lee in Paris, France, " * ((MAX_LEN - 20) // 26),
    "Ann Lee reported from " + "Paris, " * ((MAX_LEN - 30) // 7),
    "Ann Lee in " + "St. " * ((MAX_LEN - 20) // 4),
    "Reporting by " + "J. " * ((MAX_LEN - 20) // 3),
    "Ann Lee reported from Paris. " * (MAX_LEN // 30),
]


@pytest.mark.parametrize("text", HOSTILE_AT_LIMIT, ids=range(len(HOSTILE_AT_LIMIT)))
def test_error_hostile_input_at_limit(text: str) -> None:
    """Hostile text just under the length limit parses or raises ParseError, in linear time."""
    assert len(text) <= MAX_LEN
    with contextlib.suppress(ParseError):
        parse_contributors(text)


def test_contribution_str() -> None:
    """A contribution renders as a line of its own."""
    c = Contribution("Joyjeet Das", None, "editing")
    assert str(c) == "Editing by Joyjeet Das"
    assert parse_contributors(str(c)).contributions == (c,)


def test_models_refuse_bad_values() -> None:
    """Models refuse an unknown role, a blank name, no contributions, a bad agency."""
    with pytest.raises(ValueError, match="role"):
        Contribution("Ann Lee", None, "janitor")
    with pytest.raises(ValueError, match="name"):
        Contribution("  ")
    with pytest.raises(ValueError, match="contribution"):
        ContributorLine(())
    # Without a role, only a news agency of the table ("Ann Lee of Reuters").
    with pytest.raises(ValueError, match="affiliation"):
        Contribution("Ann Lee", None, None, "Acme Wire")
    with pytest.raises(ValueError, match="affiliation"):
        Contribution("Ann Lee", None, None, "Getty Images")
    with pytest.raises(ValueError, match="affiliation"):
        Contribution("Ann Lee", None, "editing", "Reuters")
    # An agency's own part: a news agency of the table, and no job title.
    with pytest.raises(ValueError, match="name"):
        Contribution(None)
    with pytest.raises(ValueError, match="name"):
        Contribution(None, None, "reporting")
    with pytest.raises(ValueError, match="agency"):
        Contribution(None, None, None, "Acme Wire")
    with pytest.raises(ValueError, match="agency"):
        Contribution(None, None, None, "AP")  # the short form: not the canonical name
    # A job title without a name is a group credit ("AP journalists contributed."):
    # it too needs a news agency of the table.
    with pytest.raises(ValueError, match="name"):
        Contribution(None, None, "writer")
    with pytest.raises(ValueError, match="agency"):
        Contribution(None, None, "writer", "Acme Wire")
    with pytest.raises(ValueError, match="agency"):
        Contribution(None, "around the world", "journalist", "AP")
    # A scope ("around the world") is a group credit's only, never a person's place.
    with pytest.raises(ValueError, match="scope"):
        Contribution("Ann Lee", "around the world", "writer", "Associated Press")
    with pytest.raises(ValueError, match="scope"):
        Contribution(None, "across the U.S.", None, "Associated Press")
    with pytest.raises(ValueError, match="scope"):
        Contribution(None, "in statehouses", "reporting", "Reuters")


def test_models_take_agency_credits() -> None:
    """An agency's own part, and a name's agency without a title, are values that render."""
    assert str(Contribution(None, None, None, "Reuters")) == "Reuters contributed to this report."
    assert str(Contribution(None, None, "files", "The Canadian Press")) == (
        "With files from The Canadian Press"
    )
    assert str(Contribution("Ann Lee", None, None, "Associated Press")) == (
        "Ann Lee of The Associated Press contributed to this report."
    )
    assert str(Contribution(None, "London", "reporting", "Reuters")) == (
        "Reporting by Reuters in London"
    )


def test_span_not_in_equality() -> None:
    """Spans do not take part in equality or hashing."""
    a = Contribution("Ann Lee", span=(3, 10))
    b = Contribution("Ann Lee")
    assert a == b
    assert hash(a) == hash(b)
    assert attrs.evolve(a, span=(0, 0)) == a


def test_to_dict() -> None:
    """``to_dict`` gives plain data, spans as lists."""
    line = parse_contributors("Reporting by Andy Bruce in London")
    assert line.to_dict() == {
        "contributions": [
            {
                "name": "Andy Bruce",
                "location": "London",
                "role": "reporting",
                "affiliation": None,
                "span": [13, 23],
            }
        ],
        "span": [0, 33],
    }


@given(contributor_lines())
def test_round_trip(line: str) -> None:
    """``parse(str(m)) == m`` for every line the strategy draws."""
    parsed = parse_contributors(line)
    assert parse_contributors(str(parsed)) == parsed


@given(contributor_lines())
def test_render_is_idempotent(line: str) -> None:
    """Rendering a parsed line and parsing it again settles at once."""
    rendered = str(parse_contributors(line))
    assert str(parse_contributors(rendered)) == rendered


@given(contributor_lines())
def test_spans_point_into_line(line: str) -> None:
    """Every contribution's span lies inside the line's span."""
    parsed = parse_contributors(line)
    start, end = parsed.span
    for c in parsed.contributions:
        assert start <= c.span[0] < c.span[1] <= end


_NAMES = (
    "Natalie Melzer",
    "Edith M. Lederer",
    "Qassim Abdul-Zahra",
    "John O’Connor Jr.",
    "Ilan Ben Zion",
    "Zoë van der Berg",
    "J. R. Smith",
)
_PLACES = (
    None,
    "Tel Aviv, Israel",
    "Birmingham, Ala.",
    "Washington, D.C.",
    "the United Nations",
    "New York",
    "JAKARTA/SURABAYA",
    "Providence, Rhode Island",
)
_AGENCIES = (None, "Associated Press", "Reuters", "Agence France-Presse")
#: The scopes of group credits ("AP journalists around the world contributed.").
_SCOPES = (
    "around the world", "across the U.S.", "across the country", "from around the globe",
    "in statehouses across the country", "in Washington and around the world",
    "throughout Europe", "across Tel Aviv, Israel",
)  # fmt: skip
_TAG_ROLES = frozenset(role for _, role in TAGLINE_ROLES)
#: News agencies an agency credit names ("The Associated Press contributed ...").
_NEWS_AGENCIES = (
    "Associated Press", "Reuters", "Agence France-Presse", "The Canadian Press", "Bloomberg",
    "Deutsche Presse-Agentur", "PA Media", "Kyodo News", "United Press International",
)  # fmt: skip


@st.composite
def contributions(draw: st.DrawFn) -> Contribution:
    """A contribution any line could hold: a person's, an agency's, or an agency's group.

    Tagline roles take no agency beside a name; no role takes a news agency ("A of
    Reuters") or none.
    """
    role = draw(st.none() | st.sampled_from(sorted(ROLES)))
    tagline = role in _TAG_ROLES
    place = draw(st.sampled_from(_PLACES))
    if draw(st.integers(0, 3)) == 0:
        if role is not None and not tagline:
            # A group credit: the agency's staff of a job title, a place or a scope.
            place = draw(st.sampled_from((*_PLACES, *_SCOPES)))
        return Contribution(None, place, role, draw(st.sampled_from(_NEWS_AGENCIES)))
    name = draw(
        st.sampled_from(_NAMES) | st.sampled_from(("Colvin", "Hunt")).filter(lambda _: tagline)
    )
    if role is None:
        agency = draw(st.none() | st.sampled_from(_NEWS_AGENCIES))
    else:
        agency = None if tagline else draw(st.sampled_from(_AGENCIES))
    return Contribution(name, place, role, agency)


@given(st.lists(contributions(), min_size=1, max_size=6).map(ContributorLine))
def test_model_round_trip(line: ContributorLine) -> None:
    """``parse(str(m)) == m`` also for lines built from contributions in any order."""
    assert parse_contributors(str(line)) == line


_WIRE = (
    "AaBbJjPpRr  ,.;:()—–-_/'’\"\tinbyatfromReportingEditingwriterscontributedAPMitarbeitéÉ\n\x00"
)


@given(st.text(alphabet=_WIRE, max_size=200))
def test_arbitrary_text_raises_only_parse_error(text: str) -> None:
    """Any text either parses or raises ParseError, nothing else."""
    with contextlib.suppress(ParseError):
        parse_contributors(text)


@given(st.text(alphabet=_WIRE, max_size=60), contributor_lines())
def test_noise_around_real_lines_raises_only_parse_error(noise: str, line: str) -> None:
    """A valid line with noise before or after it parses or raises ParseError, nothing else."""
    with contextlib.suppress(ParseError):
        parse_contributors(noise + line)
    with contextlib.suppress(ParseError):
        parse_contributors(line + noise)


_PIECE_TEXT = st.lists(
    st.sampled_from(
        [
            " ",
            "  ",
            "\t",
            "\u00a0",
            ",",
            ";",
            ".",
            "(",
            "in",
            "at",
            "and",
            "und",
            "&",
            "from",
            "contributed",
            "reported",
            "Jill",
            "Colvin",
            "a",
            "c",
            "f",
            "r",
            "i",
            "writer",
            "AP",
            "Associated Press",
            "Reporting by",
            "Mitarbeit:",
            "\u00dcbersetzung:",
            "Jiji",
        ]
    ),
    max_size=8,
).map("".join)


@given(_PIECE_TEXT, st.integers(0, 12))
def test_reader_prechecks_match_the_patterns(text: str, pos: int) -> None:
    """Where the reader skips a piece's regex on the next characters, the regex matches nothing."""
    reader = contributors._Reader(text)
    reader.pos = min(pos, len(text))
    for key in (*contributors._STARTS, "end", "name_start", "role_start", "tag"):
        m = reader.pats[key].match(text, reader.pos, reader.end)
        if key == "end":
            assert reader.at_end() == (m is not None and m.end() == reader.end)
        elif key == "name_start":
            assert reader.at_name_start() == (m is not None)
        elif key in ("role_start", "tag"):
            got = reader.peek_listed(key)
            assert (None if got is None else got.span()) == (None if m is None else m.span())
        else:
            got = reader.peek(key)
            assert (None if got is None else got.span()) == (None if m is None else m.span())


def test_parsed_contributions_equal_validated_ones() -> None:
    """The contributions the parser builds without validators equal those built by hand."""
    line = parse_contributors(
        "Associated Press writers Jill Colvin in Washington and Hope Yen contributed."
    )
    for c in line.contributions:
        again = Contribution(c.name, c.location, c.role, c.affiliation, span=c.span)
        assert again == c
        assert attrs.asdict(again) == attrs.asdict(c)


def test_case_insensitive_word_lists_try_shorter_entries() -> None:
    """``regex`` tries a shorter entry of a list matched without case, as the ASCII forms do."""
    shorter = ["ab", "ab c"]
    listed = regex.compile(r"(?i:\L<l>)\ c", l=shorter)
    assert listed.match("AB cd") is not None
    assert listed.match("AB cd").group() == "AB c"  # type: ignore[union-attr]
    trie = re.compile(rf"(?i:{contributors._trie(shorter)})\ c", re.VERBOSE)
    assert trie.match("AB cd").group() == "AB c"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["ab", "ab c", "abd"], r"(?:ab(?:(?:\ c|d))?)"),
        (["x"], "(?:x)"),
        ([], "(?!)"),
    ],
)
def test_trie_alternation(words: list[str], expected: str) -> None:
    """The trie tries the words that go on before the one that ends, one branch per character."""
    assert contributors._trie(words) == expected


def _ascii_piece_words() -> list[str]:
    """Words of the lists the pieces hold, and words around them, in ASCII."""
    words = {
        *(w for forms in contributors._word_lists().values() for w in forms),
        *[
            "Jill",
            "Colvin",
            "J.",
            "Jr.",
            "St.",
            "U.S.",
            "D.C.",
            "O'Neil",
            "al-Shibani",
            "McDONALD",
            "the",
            "The",
            "AP",
            "APPLE",
            "x",
        ],
        *[
            "in",
            "at",
            "and",
            "from",
            "reported",
            "contributed",
            "to",
            "this",
            "report",
            "Follow",
            "Copyright",
            "Iowa",
        ],
    }
    return sorted(w for w in words if w.isascii())


_ASCII_WORDS = _ascii_piece_words()
_ASCII_GLUE = (" ", "  ", ", ", ",", ". ", ".", "; ", ":", "-", "", "\t", "'", "/", ")")


@st.composite
def _ascii_texts(draw: st.DrawFn) -> str:
    forms: list[Callable[[str], str]] = [str, str.upper, str.lower, str.title, lambda w: w[:-1]]
    cased = st.sampled_from(forms)
    words = draw(st.lists(st.sampled_from(_ASCII_WORDS), min_size=1, max_size=6))
    out = ""
    for i, word in enumerate(words):
        out += (draw(st.sampled_from(_ASCII_GLUE)) if i else "") + draw(cased)(word)
    return out


@settings(max_examples=2000, derandomize=True, deadline=None)
@given(_ascii_texts(), st.integers(0, 40), st.integers(0, 3))
def test_ascii_pieces_match_their_patterns(text: str, pick: int, cut: int) -> None:
    """On ASCII text each piece's ASCII form matches what its ``regex`` pattern matches."""
    starts = sorted({0, *(i + d for i, ch in enumerate(text) if ch in " ,." for d in (0, 1))})
    pos = min(starts[pick % len(starts)], len(text))
    end = max(pos, len(text) - cut)
    for key in contributors._ASCII:
        slow = contributors._patterns()[0][key]
        fast = contributors._patterns()[3][key]
        find = "search" if key.endswith("trailer") else "match"
        a = getattr(slow, find)(text, pos, end)
        b = getattr(fast, find)(text, pos, end)
        # The ASCII name pieces capture no words (see _cut_ascii).
        groups = key in ("role_start", "tag")
        assert (None if a is None else (a.span(), groups and a.groupdict())) == (
            None if b is None else (b.span(), groups and b.groupdict())
        ), key


def _outcome(text: str) -> object:
    """What ``parse_contributors`` makes of ``text``: the line, its spans and text, or the error."""
    try:
        line = parse_contributors(text)
    except ParseError as e:
        return ("error", e.message, e.pos)
    spans = [(c.name, c.location, c.role, c.affiliation, c.span) for c in line.contributions]
    return (line, line.span, spans, str(line))


def _without_fast_paths(text: str) -> object:
    """:func:`_outcome` with the plain-name and plain-city fast paths turned off."""
    saved = contributors._PLAIN_FULL
    contributors._PLAIN_FULL = False
    try:
        return _outcome(text)
    finally:
        contributors._PLAIN_FULL = saved


_MUTATIONS: tuple[Callable[[str, int], str], ...] = (
    lambda s, i: s[:i],
    lambda s, i: s[:i] + s[i + 1 :],
    lambda s, i: s[:i] + "," + s[i:],
    lambda s, i: s[:i] + " " + s[i:],
    lambda s, i: s[:i] + s[i:].upper(),
    lambda s, i: s[:i] + " and " + s[i:],
    lambda s, i: s[:i] + " St." + s[i:],
    lambda s, i: s[:i] + " The" + s[i:],
)


@st.composite
def _fast_path_texts(draw: st.DrawFn) -> str:
    text = draw(contributor_lines() | _ascii_texts())
    if draw(st.booleans()):
        mutate = draw(st.sampled_from(_MUTATIONS))
        text = mutate(text, draw(st.integers(0, len(text))))
    return text


def test_fast_paths_read_real_lines_as_the_reader_does() -> None:
    """The fast paths give every real line what the reader gives it without them."""
    assert contributors._PLAIN_FULL
    lines = [line for story in modern_stories() for line in story["text"].splitlines()]
    for text in [*lines, *seed_lines()]:
        assert _outcome(text) == _without_fast_paths(text), text


@settings(max_examples=1000, derandomize=True, deadline=None)
@given(_fast_path_texts())
def test_fast_paths_read_as_the_reader_does(text: str) -> None:
    """With or without the fast paths, a line gives the same contributions, spans and errors."""
    assert _outcome(text) == _without_fast_paths(text)


def test_space_characters_are_those_of_the_grammar() -> None:
    """The reader's space characters are exactly those ``HSPACE`` matches."""
    space = regex.compile(HSPACE)
    assert {chr(i) for i in range(0x3000) if space.fullmatch(chr(i))} == set(contributors._HSPACE)


_CLOSING_TAILS = ("", ".", " .", ". ", "  ", "\u00a0.\t", " . ")


@pytest.mark.parametrize("closing", list(contributors._CLOSINGS))
@pytest.mark.parametrize("tail", _CLOSING_TAILS)
def test_closings_are_what_contributed_and_end_take(closing: str, tail: str) -> None:
    """A closing with END after it: CONTRIBUTED takes the closing whole, END the rest."""
    pats = contributors._patterns()[0]
    text = "Jill Colvin" + closing + tail
    pos = len("Jill Colvin")
    verb = pats["contributed"].match(text, pos)
    assert verb is not None
    assert verb.end() == pos + len(closing)
    assert contributors._CLOSINGS[closing] == verb.group().endswith("contributed")
    end = pats["end"].match(text, verb.end())
    assert end is not None
    assert end.end() == len(text)
    for key in ("from", "chain"):
        assert pats[key].match(text, verb.end()) is None


@pytest.mark.parametrize("tail", _CLOSING_TAILS)
@pytest.mark.parametrize("closing", list(contributors._CLOSINGS))
def test_closings_read_as_the_pieces_do(closing: str, tail: str) -> None:
    """A credit ending in a closing reads as it does with a further clause after it."""
    text = f"Associated Press writer Jill Colvin{closing}{tail}"
    # With a clause after it, the line goes on: the pieces read the credit.
    longer = f"Associated Press writer Jill Colvin{closing}. Hunt reported from Cincinnati."
    line = parse_contributors(text)
    assert line.contributions == parse_contributors(longer).contributions[:1]
    assert line.span == (0, len(text.rstrip()))


@pytest.mark.parametrize("tail", _CLOSING_TAILS)
def test_error_bare_contributed_without_title_or_point(tail: str) -> None:
    """Without a title, a bare "contributed" needs its point, with the shortcut as without."""
    text = f"Jill Colvin contributed{tail}"
    if "." in tail:
        assert parse_contributors(text).contributions[0].role is None
        return
    with pytest.raises(ParseError) as info:
        parse_contributors(text)
    assert info.value.message == "Expected 'to this report' or a full stop after 'contributed'"
    assert info.value.pos == len("Jill Colvin contributed")


@pytest.mark.parametrize(
    ("text", "pos", "key", "taken"),
    [
        ("Hunt reported from Cincinnati", 4, "reported", " reported from "),
        ("Hunt reported from ", 4, "reported", " reported from "),
        ("Hunt. Colvin", 4, "clause_sep", ". "),
        ("Hunt; Colvin", 4, "clause_sep", "; "),
    ],
)
def test_fixed_pieces_take_what_the_reader_takes(text: str, pos: int, key: str, taken: str) -> None:
    """Where the reader takes a piece's usual text without the pattern, the pattern takes it."""
    m = contributors._patterns()[0][key].match(text, pos)
    assert m is not None
    assert m.group() == taken


def test_fast_path_group_numbers() -> None:
    """The reader reads the groups of the plain-name run and of a title by number."""
    for pattern in contributors._PLAIN_RUNS.values():
        assert pattern.groupindex == {"name": 1, "loc": 2, "city": 3, "city_sep": 4, "stop": 5}
    pieces, _, plain, ascii_only = contributors._patterns()
    for pats in (pieces, plain, ascii_only):
        assert dict(pats["role_start"].groupindex) == {"affiliation": 1, "role": 2}


@pytest.mark.parametrize("closing", sorted(contributors._WRITTEN_CLOSINGS))
def test_written_closing_reads_as_the_pattern(closing: str) -> None:
    """A written closing ends the line as the closing look-up and the pieces would."""
    for opening in ("Associated Press writer Ken Kusmer", "Ken Kusmer"):
        text = opening + closing
        line = parse_contributors(text)
        assert line.span == (0, len(text))
        assert [c.name for c in line.contributions] == ["Ken Kusmer"]
        assert parse_contributors(str(line)) == line


def _assert_plain_reported_exact(text: str) -> None:
    """Wherever the plain "reported from" test holds, the "reported_start" piece matches."""
    reader = contributors._Reader(text)
    starts = [0, *(i + 1 for i, ch in enumerate(text) if ch in " .;")]
    for pos in starts:
        reader.pos = min(pos, len(text))
        if reader.plain_reported():
            assert reader.peek("reported_start") is not None, (text, pos)


@pytest.mark.parametrize(
    "text",
    [
        "Warren reported from Atlanta.",
        "Barbara Ortutay reported from San Francisco.",
        "Monday reported from Atlanta.",
        "The Smith reported from Atlanta.",
        "Smith And Jones reported from Atlanta.",
        "Smith Monday reported from Atlanta.",
        "Ana de la Cruz reported from Lima.",
        "Smith reported from  Atlanta.",
        "Smith reported fromAtlanta.",
    ],
)
def test_plain_reported_only_where_the_piece_matches(text: str) -> None:
    """The plain "reported from" test never holds where the piece does not match."""
    _assert_plain_reported_exact(text)


@settings(max_examples=300)
@given(contributor_lines())
def test_plain_reported_only_where_the_piece_matches_generated(text: str) -> None:
    """As above, at every word of generated lines."""
    _assert_plain_reported_exact(text)


def _assert_look_ups_exact(text: str) -> None:
    """Where the title or tagline look-up answers, the piece matches and reads the same."""
    reader = contributors._Reader(text)
    for pos in sorted({0, *(i + 1 for i, ch in enumerate(text) if ch in " (;.-")}):
        if pos > len(text):
            continue
        reader.pos = pos
        opened = reader.opening(pos)
        if opened is not None:
            m = reader.pats["role_start"].match(text, pos, reader.end)
            assert m is not None, (text, pos)
            assert m["affiliation"] is not None, (text, pos)
            agency = find_agency(m["affiliation"])
            role = contributors._credit_roles()[contributors._fold(m["role"])]
            assert opened == (m.end(), role, None if agency is None else agency.name)
        tagged = reader.tag_phrase(pos)
        if tagged is not None:
            m = reader.pats["tag"].match(text, pos, reader.end)
            assert m is not None, (text, pos)
            assert tagged == (m.end(), m["tag"])


_LOOK_UP_TAILS = (
    " Zeke Miller",
    " Z",
    " zeke",
    "  Zeke",
    "\tZeke",
    " \u00c9ric",
    " al-Zeke",
    " ",
    "",
)


def test_openings_read_as_the_title_piece() -> None:
    """Each opening looked up, with any tail, is what the title piece matches there."""
    starts, openings = contributors._openings()
    assert starts
    assert "Associated Press writers" in openings
    assert openings["AP Health Writer"] == ("health writer", "Associated Press")
    for opening in openings:
        for tail in _LOOK_UP_TAILS:
            _assert_look_ups_exact(opening + tail)
            _assert_look_ups_exact("Jill Colvin and " + opening + tail)


def test_tag_phrases_read_as_the_tag_piece() -> None:
    """Each tagline phrase looked up, with any tail, is what the tag piece matches there."""
    assert "Reporting by" in contributors._TAG_PHRASES
    for phrase in contributors._TAG_PHRASES:
        for tail in _LOOK_UP_TAILS:
            _assert_look_ups_exact(phrase + tail)
            _assert_look_ups_exact("(" + phrase + tail + ")")


@settings(max_examples=1000, derandomize=True, deadline=None)
@given(_fast_path_texts() | _PIECE_TEXT)
def test_look_ups_read_as_the_pieces(text: str) -> None:
    """On generated lines and pieces, the look-ups answer only as the pieces match."""
    _assert_look_ups_exact(text)


def test_look_ups_follow_the_agency_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """The openings are built again for an agency table in use that holds a longer form."""
    agency = Agency("AP Writers Guild", "APWG")
    monkeypatch.setattr(_lookup, "AGENCIES", (*AGENCIES, agency))
    _lookup._by_form.cache_clear()
    try:
        starts, openings = contributors._openings()
        assert "AP" not in starts  # "AP Writers Guild" starts with "AP" and a space
        assert "Associated Press writers" in openings
        line = parse_contributors("AP Writers Guild writer Zeke Miller contributed.")
        assert fields(line) == (("Zeke Miller", None, "writer", "AP Writers Guild"),)
    finally:
        monkeypatch.undo()
        _lookup._by_form.cache_clear()
    assert "AP" in contributors._openings()[0]


@pytest.mark.parametrize(
    "text",
    [
        "--With assistance from Ryan Teague Beckwith , Greg Stohr and Justin Sink .",
        "With assistance from Ryan Beckwith , and Greg Stohr , Justin Sink ;",
        "Additional reporting by Steve Gorman; Editing by Marguerita Choy",
        "Reporting by Andy Bruce ;Editing by Joyjeet Das",
        "Reporting by Jr ; Editing by St .",
        "Associated Press writers Jill Colvin , Hope Yen ; and Zeke Miller contributed.",
        "Associated Press writers Jill Colvin ; Hope Yen contributed .",
        "Associated Press writer Zeke Miller in Jerusalem contributed.",
        "Associated Press writer Zeke Miller in Jerusalem; Hope Yen contributed.",
        "Hunt reported from Cincinnati. Barbara Ortutay reported from San Francisco.",
        "The Smith reported from Atlanta. Ken Monday reported from Paris.",
        "Reuters Smith reported from Atlanta.",
    ],
)
def test_fast_paths_read_spaced_punctuation_as_the_reader_does(text: str) -> None:
    """A space before a comma or a point, a semicolon, "reported from": as without fast paths."""
    assert _outcome(text) == _without_fast_paths(text)


def test_pieces_compile_when_first_used() -> None:
    """A fresh build compiles no piece until a line needs it, then keeps what it compiled."""
    pats, _prefixes, plain, ascii_only = contributors._compile()
    assert (len(pats), len(plain), len(ascii_only)) == (0, 0, 0)
    assert pats.names == plain.names == ascii_only.names
    assert pats["agency_credit"] is pats["agency_credit"]
    assert len(pats) == 1
    with pytest.raises(KeyError):
        pats["no such piece"]


def test_every_piece_compiles_in_each_engine() -> None:
    """Each piece compiles for any line and in its ASCII form: no error waits for a rare line."""
    pats, _prefixes, plain, ascii_only = contributors._compile()
    for patterns in (pats, plain, ascii_only):
        assert all(hasattr(patterns[key], "match") for key in sorted(patterns.names))
    # The plain engine runs the pieces without Unicode properties; the rest are the regex ones.
    engine = contributors._ENGINE
    for key in plain.names:
        if key in contributors._PLAIN:
            assert isinstance(plain[key], engine.Pattern)
            assert plain[key].pattern == pats[key].pattern
        else:
            assert plain[key] is pats[key]
    # An ASCII line runs the ASCII form of the name and place pieces.
    for key in ascii_only.names:
        if key in contributors._ASCII:
            assert ascii_only[key].pattern != pats[key].pattern
        else:
            assert ascii_only[key] is plain[key]


def test_agency_and_desk_title_read_as_written_back() -> None:
    """ "Reuters health writer X" is Reuters' health writer, as such a contribution is written."""
    line = parse_contributors("Reuters health writer Jane Doe contributed to this report.")
    (found,) = line.contributions
    assert (found.name, found.role, found.affiliation) == ("Jane Doe", "health writer", "Reuters")
    assert parse_contributors(str(line)) == line


def test_every_trailer_word_lets_its_trailer_be_searched() -> None:
    """``_may_trail`` passes each word of ``_TRAILERS``, so no trailer goes unsearched."""
    for _, words in contributors._TRAILERS:
        for word in words:
            assert contributors._may_trail(f"Jane Doe contributed. {word}")
    assert not contributors._may_trail("Associated Press writer Jane Doe contributed.")


@pytest.mark.parametrize(
    ("text", "stop"),
    [
        ("AP writer Jane Doe contributed. Follow Doe on Twitter.", 31),
        ("Aus dem Englischen von Jan DoolanCopyright: Project Syndicate, 2025", 33),
        ("Reporting by Jane Doe; editing by John Roe Our Standards: The Principles.", 42),
        ("(Reporting by Jane Doe; Editing by John Roe) ((jane.doe@example.com; +1 2))", 44),
        # The earliest trailer ends the line, whichever piece finds it.
        ("Reporting by Jane Doe Our Standards: x. Follow us. ((a@b.c))", 21),
    ],
)
def test_the_first_trailer_ends_the_line(text: str, stop: int) -> None:
    assert parse_contributors(text).span[1] == stop


@pytest.mark.parametrize(
    ("text", "location"),
    [
        (
            "AP writer Claire Galofaro in Louisville, Kentucky, contributed to this report.",
            "Louisville, Kentucky",
        ),
        (
            "AP writer Jane Doe in Englewood, Colo., also contributed to this report.",
            "Englewood, Colo.",
        ),
        ("AP writer Jane Doe in Paris, France, contributed.", "Paris, France"),
    ],
)
def test_a_closing_after_a_region_ends_the_names(text: str, location: str) -> None:
    """ ", contributed ..." after a place's region closes the credit (the quick look-up
    of ``_CLOSINGS`` with its comma, and no further name tried after the comma)."""
    assert contributors._CLOSING_ENDS_NAMES  # no closing word is a particle
    line = parse_contributors(text)
    assert [c.location for c in line.contributions] == [location]
    assert line.span == (0, len(text))
    assert parse_contributors(str(line)) == line


@pytest.mark.parametrize(
    "text",
    [
        "AP writer Jane Doe in Paris, France, contributedX to this report.",
        "AP writer Jane Doe in Paris, France, contributed-ish.",
        "AP writer Jane Doe in Paris, France, contributed to the debate.",
    ],
)
def test_a_closing_word_that_is_no_closing_after_a_region_is_refused(text: str) -> None:
    with pytest.raises(ParseError):
        parse_contributors(text)
