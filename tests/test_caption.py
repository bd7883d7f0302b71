"""Photo captions and credits: real captions, every credit form, bad input, generated lines."""

from __future__ import annotations

import contextlib
import datetime
import re
from typing import NamedTuple

import attrs
import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsparse import _lookup
from newsparse import caption as caption_module
from newsparse._names import NAME_LISTS, is_person_name
from newsparse._tables.agencies import AGENCIES
from newsparse._tables.credits import CAPTION_PREFIXES
from newsparse._types import Agency
from newsparse.caption import MAX_LEN, Caption, Credit, parse_caption
from newsparse.errors import ParseError
from newsparse.strategies import caption_lines
from tests import corpus


class Cred(NamedTuple):
    """Expected credit fields."""

    photographers: tuple[str, ...]
    agency: str | None
    via: str | None
    is_file: bool
    is_pool: bool
    raw: str


class Row(NamedTuple):
    """Expected caption fields for one real line."""

    line: str
    prefix: str | None
    text: str
    is_file: bool
    date: datetime.date | None
    credit: Cred | None


#: Real captions from the seed story and articles-visible.jsonl (AP, Reuters,
#: Getty Images and its partners, PA, dpa, Bloomberg), labelled by hand.
REAL = [
    Row(
        (
            "FILE - Israeli soldiers cross the security fence moving towards the "
            "so-called Alpha Line that separates the Israeli-annexed Golan Heights "
            "from Syria, in the town of Majdal Shams, Dec. 15, 2024. (AP "
            "Photo/Matias Delacroix, File)"
        ),
        "FILE",
        (
            "Israeli soldiers cross the security fence moving towards the so-called "
            "Alpha Line that separates the Israeli-annexed Golan Heights from Syria, "
            "in the town of Majdal Shams, Dec. 15, 2024."
        ),
        True,
        datetime.date(2024, 12, 15),
        Cred(("Matias Delacroix",), "AP", None, True, False, "AP Photo/Matias Delacroix, File"),
    ),
    Row(
        (
            "A mother and her children sell bread at a neighborhood in Ecatepec, "
            "Mexico state, Mexico, Tuesday, April 18, 2023. Mexico state is "
            "scheduled for local elections on June 4. (AP Photo/Marco Ugarte)"
        ),
        None,
        (
            "A mother and her children sell bread at a neighborhood in Ecatepec, "
            "Mexico state, Mexico, Tuesday, April 18, 2023. Mexico state is "
            "scheduled for local elections on June 4."
        ),
        False,
        datetime.date(2023, 4, 18),
        Cred(("Marco Ugarte",), "AP", None, False, False, "AP Photo/Marco Ugarte"),
    ),
    Row(
        (
            "Pope Francis kisses a child in St. Peter's Square at the Vatican before "
            "leaving after his weekly general audience, Wednesday, Feb. 26, 2020. "
            "(AP Photo/Alessandra Tarantino)"
        ),
        None,
        (
            "Pope Francis kisses a child in St. Peter's Square at the Vatican before "
            "leaving after his weekly general audience, Wednesday, Feb. 26, 2020."
        ),
        False,
        datetime.date(2020, 2, 26),
        Cred(("Alessandra Tarantino",), "AP", None, False, False, "AP Photo/Alessandra Tarantino"),
    ),
    Row(
        (
            "FBI Director Christopher Wray listens during a news conference at the "
            "Department of Justice in Washington Jan. 27, 2023. (AP Photo/Carolyn "
            "Kaster)"
        ),
        None,
        (
            "FBI Director Christopher Wray listens during a news conference at the "
            "Department of Justice in Washington Jan. 27, 2023."
        ),
        False,
        datetime.date(2023, 1, 27),
        Cred(("Carolyn Kaster",), "AP", None, False, False, "AP Photo/Carolyn Kaster"),
    ),
    Row(
        (
            "Secretary of State Mike Pompeo speaks about the coronavirus during news "
            "conference at the State Department in Washington on Wednesday, May 6, "
            "2020. (Kevin Lamarque/Pool Photo via AP)"
        ),
        None,
        (
            "Secretary of State Mike Pompeo speaks about the coronavirus during news "
            "conference at the State Department in Washington on Wednesday, May 6, "
            "2020."
        ),
        False,
        datetime.date(2020, 5, 6),
        Cred(("Kevin Lamarque",), "Pool", "AP", False, True, "Kevin Lamarque/Pool Photo via AP"),
    ),
    Row(
        (
            "Law enforcement officers work the scene a shooting outside of the Pride "
            "Rock residence at Texas A&M University-Commerce in Commerce, Texas, "
            "Monday, Feb. 3, 2020. (Juan Figueroa/The Dallas Morning News via AP)"
        ),
        None,
        (
            "Law enforcement officers work the scene a shooting outside of the Pride "
            "Rock residence at Texas A&M University-Commerce in Commerce, Texas, "
            "Monday, Feb. 3, 2020."
        ),
        False,
        datetime.date(2020, 2, 3),
        Cred(
            ("Juan Figueroa",),
            "The Dallas Morning News",
            "AP",
            False,
            False,
            "Juan Figueroa/The Dallas Morning News via AP",
        ),
    ),
    Row(
        (
            "This image from video provided by the Bernie Sanders presidential "
            "campaign shows Sen. Bernie Sanders, I-Vt., as he announces he is ending "
            "his presidential campaign Wednesday, April 8, 2020, in Burlington, Vt. "
            "(Bernie Sanders for President via AP)"
        ),
        None,
        (
            "This image from video provided by the Bernie Sanders presidential "
            "campaign shows Sen. Bernie Sanders, I-Vt., as he announces he is ending "
            "his presidential campaign Wednesday, April 8, 2020, in Burlington, Vt."
        ),
        False,
        datetime.date(2020, 4, 8),
        Cred(
            (),
            "Bernie Sanders for President",
            "AP",
            False,
            False,
            "Bernie Sanders for President via AP",
        ),
    ),
    Row(
        (
            "FILE PHOTO: The Supreme Court stands in Washington, U.S., May 14, 2018. "
            "REUTERS/Joshua Roberts/File Photo"
        ),
        "FILE PHOTO",
        "The Supreme Court stands in Washington, U.S., May 14, 2018.",
        True,
        datetime.date(2018, 5, 14),
        Cred(
            ("Joshua Roberts",), "Reuters", None, True, False, "REUTERS/Joshua Roberts/File Photo"
        ),
    ),
    Row(
        (
            "U.S. President Donald Trump waves as walks on the South Lawn of the "
            "White House upon his return to Washington, U.S., from the G20 Summit in "
            "Hamburg, July 8, 2017. REUTERS/Yuri Gripas"
        ),
        None,
        (
            "U.S. President Donald Trump waves as walks on the South Lawn of the "
            "White House upon his return to Washington, U.S., from the G20 Summit in "
            "Hamburg, July 8, 2017."
        ),
        False,
        datetime.date(2017, 7, 8),
        Cred(("Yuri Gripas",), "Reuters", None, False, False, "REUTERS/Yuri Gripas"),
    ),
    Row(
        (
            "U.S. Commerce Secretary Wilbur Ross, left, shakes hands with Chinese "
            "Vice Premier Liu He as they pose for photographers after their meeting "
            "at the Diaoyutai State Guesthouse in Beijing, Sunday, Jun 3, 2018. Andy "
            "Wong/Pool via Reuters"
        ),
        None,
        (
            "U.S. Commerce Secretary Wilbur Ross, left, shakes hands with Chinese "
            "Vice Premier Liu He as they pose for photographers after their meeting "
            "at the Diaoyutai State Guesthouse in Beijing, Sunday, Jun 3, 2018."
        ),
        False,
        datetime.date(2018, 6, 3),
        Cred(("Andy Wong",), "Pool", "Reuters", False, True, "Andy Wong/Pool via Reuters"),
    ),
    Row(
        "Credit: Reuters/Edgar Su",
        None,
        "",
        False,
        None,
        Cred(("Edgar Su",), "Reuters", None, False, False, "Credit: Reuters/Edgar Su"),
    ),
    Row(
        (
            "Fire is seen on a FlyDubai airplane after it takes off from Kathmandu "
            "airport in Nepal April 24, 2023 in this picture obtained from social "
            "media. @SubasTheOne/via REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD "
            "PARTY. MANDATORY CREDIT. NO RESALES. NO ARCHIVES."
        ),
        None,
        (
            "Fire is seen on a FlyDubai airplane after it takes off from Kathmandu "
            "airport in Nepal April 24, 2023 in this picture obtained from social "
            "media."
        ),
        False,
        datetime.date(2023, 4, 24),
        Cred(
            (),
            None,
            "Reuters",
            False,
            False,
            (
                "@SubasTheOne/via REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. "
                "MANDATORY CREDIT. NO RESALES. NO ARCHIVES."
            ),
        ),
    ),
    Row(
        (
            "Chinese President Xi Jinping discussing the country's economic and "
            "social development at a political gathering in Beijing. (Lintao "
            "Zhang/Getty Images)"
        ),
        None,
        (
            "Chinese President Xi Jinping discussing the country's economic and "
            "social development at a political gathering in Beijing."
        ),
        False,
        None,
        Cred(("Lintao Zhang",), "Getty Images", None, False, False, "Lintao Zhang/Getty Images"),
    ),
    Row(
        (
            "A crowd of people at the Cinderella Castle in Walt Disney World in "
            "Florida (Image: LightRocket via Getty Images)"
        ),
        None,
        "A crowd of people at the Cinderella Castle in Walt Disney World in Florida",
        False,
        None,
        Cred(
            (), "LightRocket", "Getty Images", False, False, "Image: LightRocket via Getty Images"
        ),
    ),
    Row(
        (
            "Here are some of the best houseplants to eliminate odours in your home "
            "(stock image) (Image: Getty Images/Cultura RF)"
        ),
        None,
        "Here are some of the best houseplants to eliminate odours in your home (stock image)",
        False,
        None,
        Cred((), "Getty Images", None, False, False, "Image: Getty Images/Cultura RF"),
    ),
    Row(
        (
            "Pro-Palestine demonstrators gather during a vigil for U.S. Airman Aaron "
            "Bushnell outside the Israeli Embassy in Washington, on Feb. 26, 2024. "
            "Photo: Tom Brenner for The Washington Post via Getty Images"
        ),
        None,
        (
            "Pro-Palestine demonstrators gather during a vigil for U.S. Airman Aaron "
            "Bushnell outside the Israeli Embassy in Washington, on Feb. 26, 2024."
        ),
        False,
        datetime.date(2024, 2, 26),
        Cred(
            ("Tom Brenner",),
            "The Washington Post",
            "Getty Images",
            False,
            False,
            "Photo: Tom Brenner for The Washington Post via Getty Images",
        ),
    ),
    Row(
        (
            "Should she win, Catherine Connolly will succeed another Galway "
            "socialist, Michael D. Higgins. | Niall Carson/PA Images via Getty Images"
        ),
        None,
        (
            "Should she win, Catherine Connolly will succeed another Galway "
            "socialist, Michael D. Higgins."
        ),
        False,
        None,
        Cred(
            ("Niall Carson",),
            "PA",
            "Getty Images",
            False,
            False,
            "Niall Carson/PA Images via Getty Images",
        ),
    ),
    Row(
        (
            "Der Golf von Mexiko wurde von US-Präsident Donald Trump kurzerhand "
            "umbenannt. Getty Images/Juanmonino"
        ),
        None,
        "Der Golf von Mexiko wurde von US-Präsident Donald Trump kurzerhand umbenannt.",
        False,
        None,
        Cred(("Juanmonino",), "Getty Images", None, False, False, "Getty Images/Juanmonino"),
    ),
    Row(
        (
            "Das Euroleague-Spiel Real Madrid gegen Partizan Belgrad wurde nach "
            "einer Massenschlägerei abgebrochen. © Alba Pacheco/\u200bAgencia LOF/\u200bdpa"
        ),
        None,
        (
            "Das Euroleague-Spiel Real Madrid gegen Partizan Belgrad wurde nach "
            "einer Massenschlägerei abgebrochen."
        ),
        False,
        None,
        Cred(
            ("Alba Pacheco",),
            "dpa",
            None,
            False,
            False,
            "© Alba Pacheco/\u200bAgencia LOF/\u200bdpa",
        ),
    ),
    Row(
        (
            "EZB-Präsidentin Christine Lagarde: Sinkt der Leitzins am Donnerstag "
            "nochmal? Experten halten das für eher unwahrscheinlich. © Arne "
            "Dedert/dpa | Arne Dedert"
        ),
        None,
        (
            "EZB-Präsidentin Christine Lagarde: Sinkt der Leitzins am Donnerstag "
            "nochmal? Experten halten das für eher unwahrscheinlich."
        ),
        False,
        None,
        Cred(("Arne Dedert",), "dpa", None, False, False, "© Arne Dedert/dpa | Arne Dedert"),
    ),
    Row(
        "Steven Mnuchin Photographer: Joshua Roberts/Bloomberg",
        None,
        "Steven Mnuchin",
        False,
        None,
        Cred(
            ("Joshua Roberts",),
            "Bloomberg",
            None,
            False,
            False,
            "Photographer: Joshua Roberts/Bloomberg",
        ),
    ),
    Row(
        "Photo: Ringo H.W. Chiu, AP",
        None,
        "",
        False,
        None,
        Cred(("Ringo H.W. Chiu",), "AP", None, False, False, "Photo: Ringo H.W. Chiu, AP"),
    ),
    # A credit from a court's papers: an organisation alone in parentheses (Fox News).
    Row(
        (
            "Two New York residents were arrested by the FBI for allegedly running an"
            " undisclosed Chinese government police station in Manhattan's Chinatown"
            " neighborhood. (U.S. District Court, Eastern District of New York)"
        ),
        None,
        (
            "Two New York residents were arrested by the FBI for allegedly running an"
            " undisclosed Chinese government police station in Manhattan's Chinatown"
            " neighborhood."
        ),
        False,
        None,
        Cred(
            (),
            "U.S. District Court, Eastern District of New York",
            None,
            False,
            False,
            "U.S. District Court, Eastern District of New York",
        ),
    ),
    # A stock contributor's account after " | " (Funke's Berliner Morgenpost).
    Row(
        (
            "Sinken die Bauzinsen wieder? Welche Folgen der EZB-Zinsentscheid für"
            " Immobilienkäufer hat. (Symbolfoto) © Getty Images/iStockphoto | filmfoto"
        ),
        None,
        (
            "Sinken die Bauzinsen wieder? Welche Folgen der EZB-Zinsentscheid für"
            " Immobilienkäufer hat. (Symbolfoto)"
        ),
        False,
        None,
        Cred(
            ("filmfoto",),
            "Getty Images",
            None,
            False,
            False,
            "© Getty Images/iStockphoto | filmfoto",
        ),
    ),
    # A live blog's "By Name:" under an "Exclusive Pics ..." entry: only a credit.
    Row(
        "By Rachel Megawhat:",
        None,
        "",
        False,
        None,
        Cred(("Rachel Megawhat",), None, None, False, False, "By Rachel Megawhat:"),
    ),
    # Page text after the credit is the caption's trailer (The Washington Times).
    Row(
        (
            "Rep. Cherrish Pryor, left, talks with Rep. Jeff Thompson at the Statehouse,"
            " Thursday, April 27, 2023, in Indianapolis. (AP Photo/Darron Cummings) more >"
        ),
        None,
        (
            "Rep. Cherrish Pryor, left, talks with Rep. Jeff Thompson at the Statehouse,"
            " Thursday, April 27, 2023, in Indianapolis."
        ),
        False,
        datetime.date(2023, 4, 27),
        Cred(("Darron Cummings",), "AP", None, False, False, "AP Photo/Darron Cummings"),
    ),
]

#: Real lines whose credit cannot be told apart from the caption: no credit is
#: better than a wrong one, so the whole line stays text.
REAL_WITHOUT_CREDIT = [
    "Supreme Court rejects EPA’s narrow view of Clean Water Act",
]

#: The forms of issue 2 and CONVENTIONS.md, after "A man walks. ": (credit, fields).
FORMS = [
    ("(AP Photo/Jane Doe)", Cred(("Jane Doe",), "AP", None, False, False, "AP Photo/Jane Doe")),
    (
        "(AP Photo/Jane Doe, File)",
        Cred(("Jane Doe",), "AP", None, True, False, "AP Photo/Jane Doe, File"),
    ),
    (
        "(AP Photo/Jane Doe, Pool)",
        Cred(("Jane Doe",), "AP", None, False, True, "AP Photo/Jane Doe, Pool"),
    ),
    (
        "(AP Photo/Jane Doe, John Roe)",
        Cred(("Jane Doe", "John Roe"), "AP", None, False, False, "AP Photo/Jane Doe, John Roe"),
    ),
    ("(AP Photo)", Cred((), "AP", None, False, False, "AP Photo")),
    ("(Jane Doe/AP)", Cred(("Jane Doe",), "AP", None, False, False, "Jane Doe/AP")),
    (
        "(Photo by Jane Doe/Getty Images)",
        Cred(("Jane Doe",), "Getty Images", None, False, False, "Photo by Jane Doe/Getty Images"),
    ),
    (
        "Jane Doe/AFP via Getty Images",
        Cred(("Jane Doe",), "AFP", "Getty Images", False, False, "Jane Doe/AFP via Getty Images"),
    ),
    ("REUTERS/Jane Doe", Cred(("Jane Doe",), "Reuters", None, False, False, "REUTERS/Jane Doe")),
    (
        "REUTERS/Jane Doe/File Photo",
        Cred(("Jane Doe",), "Reuters", None, True, False, "REUTERS/Jane Doe/File Photo"),
    ),
    ("@handle/via REUTERS", Cred((), None, "Reuters", False, False, "@handle/via REUTERS")),
    ("Reuters TV/via REUTERS", Cred((), "Reuters", None, False, False, "Reuters TV/via REUTERS")),
    ("(Jane Doe/Reuters)", Cred(("Jane Doe",), "Reuters", None, False, False, "Jane Doe/Reuters")),
    ("Photo: Jane Doe/AP", Cred(("Jane Doe",), "AP", None, False, False, "Photo: Jane Doe/AP")),
    (
        "(Courtesy of the Smith family via AP)",
        Cred((), None, "AP", False, False, "Courtesy of the Smith family via AP"),
    ),
    ("(Smith Family via AP)", Cred((), "Smith Family", "AP", False, False, "Smith Family via AP")),
    ("(Facebook via AP)", Cred((), "Facebook", "AP", False, False, "Facebook via AP")),
    (
        "(Jane Doe for President via AP)",
        Cred((), "Jane Doe for President", "AP", False, False, "Jane Doe for President via AP"),
    ),
    (
        "(Jane Doe/Pool Photo via AP)",
        Cred(("Jane Doe",), "Pool", "AP", False, True, "Jane Doe/Pool Photo via AP"),
    ),
    ("EPA/JUSTIN LANE", Cred(("JUSTIN LANE",), "EPA", None, False, False, "EPA/JUSTIN LANE")),
    (
        "EPA-EFE/JUSTIN LANE",
        Cred(("JUSTIN LANE",), "EPA", None, False, False, "EPA-EFE/JUSTIN LANE"),
    ),
    (
        "Bild: Jane Doe/TASS/dpa/picture alliance",
        Cred(
            ("Jane Doe",),
            "TASS",
            "picture alliance",
            False,
            False,
            "Bild: Jane Doe/TASS/dpa/picture alliance",
        ),
    ),
    (
        "Handout/AFP via Getty Images",
        Cred((), "AFP", "Getty Images", False, False, "Handout/AFP via Getty Images"),
    ),
    ("Foto: Jane Doe/dpa", Cred(("Jane Doe",), "dpa", None, False, False, "Foto: Jane Doe/dpa")),
    ("Picture: Jane Doe", Cred(("Jane Doe",), None, None, False, False, "Picture: Jane Doe")),
    # abp_HHnadjeT4yCuHVNk: a live-blog credit over the picture, closed by a colon
    (
        "Photo by Rachel Megawhat:",
        Cred(("Rachel Megawhat",), None, None, False, False, "Photo by Rachel Megawhat:"),
    ),
    (
        "Photograph: Jane Doe/Reuters",
        Cred(("Jane Doe",), "Reuters", None, False, False, "Photograph: Jane Doe/Reuters"),
    ),
    ("Image: Getty Images", Cred((), "Getty Images", None, False, False, "Image: Getty Images")),
    (
        "Credit: Reuters/Edgar Su",
        Cred(("Edgar Su",), "Reuters", None, False, False, "Credit: Reuters/Edgar Su"),
    ),
    (
        "(Jane Doe/Getty Images Europe)",
        Cred(("Jane Doe",), "Getty Images", None, False, False, "Jane Doe/Getty Images Europe"),
    ),
    (
        "J. Scott Applewhite/AP",
        Cred(("J. Scott Applewhite",), "AP", None, False, False, "J. Scott Applewhite/AP"),
    ),
    (
        "(Kevin Lamarque/Pool Photo via AP, File)",
        Cred(
            ("Kevin Lamarque",), "Pool", "AP", True, True, "Kevin Lamarque/Pool Photo via AP, File"
        ),
    ),
    (
        "(Iranian Presidency Office via AP)",
        Cred(
            (), "Iranian Presidency Office", "AP", False, False, "Iranian Presidency Office via AP"
        ),
    ),
    (
        "(Korean Central News Agency/Korea News Service via AP)",
        Cred(
            (), "KCNA", "AP", False, False, "Korean Central News Agency/Korea News Service via AP"
        ),
    ),
    (
        "(R. Baer, S. Kovac/Citizen CATE Experiment via AP)",
        Cred(
            ("R. Baer", "S. Kovac"),
            "Citizen CATE Experiment",
            "AP",
            False,
            False,
            "R. Baer, S. Kovac/Citizen CATE Experiment via AP",
        ),
    ),
]

#: Glued credits: (line, text, raw).
GLUED = [
    ("Jubel im Stadion.Getty Images", "Jubel im Stadion.", "Getty Images"),
    (
        "Treffen mit Boris NadeschdinBild: Jane Doe/TASS/dpa/picture alliance",
        "Treffen mit Boris Nadeschdin",
        "Bild: Jane Doe/TASS/dpa/picture alliance",
    ),
    ("Ein Mann.Foto: Jane Doe/dpa", "Ein Mann.", "Foto: Jane Doe/dpa"),
    (
        "A man walks.(AP Photo/Matt York)",
        "A man walks.",
        "AP Photo/Matt York",
    ),
]

#: Real credits glued to the caption with no sentence end (The Telegraph): the name
#: is the run of two or three capitalised words before the slash, told off from the
#: caption by a word that is no name: (line, text, photographers, agency, via).
GLUED_NAMES = [
    (
        (
            "David Lammy said Sir Keir and his wife had accepted the donations so they could"
            " ‘look their best’ to represent the UK Jon Super/AP"
        ),
        (
            "David Lammy said Sir Keir and his wife had accepted the donations so they could"
            " ‘look their best’ to represent the UK"
        ),
        ("Jon Super",),
        "AP",
        None,
    ),
    (
        "Lady Starmer on the front row at the Edeline Lee show Nicky J Sims/Getty Images Europe",
        "Lady Starmer on the front row at the Edeline Lee show",
        ("Nicky J Sims",),
        "Getty Images",
        None,
    ),
    (
        (
            "Lady Starmer wears a £450 Needle & Thread dress to disembark from a plane in"
            " Washington DC Stefan Rousseau/via Reuters"
        ),
        (
            "Lady Starmer wears a £450 Needle & Thread dress to disembark from a plane in"
            " Washington DC"
        ),
        ("Stefan Rousseau",),
        None,
        "Reuters",
    ),
    (
        (
            "Lady Starmer wears an Edeline Lee outfit, loaned to her by the designer, at"
            " London Fashion Week Neil Mockford/GC Images"
        ),
        (
            "Lady Starmer wears an Edeline Lee outfit, loaned to her by the designer, at"
            " London Fashion Week"
        ),
        ("Neil Mockford",),
        "GC Images",
        None,
    ),
]

#: Glued name-and-slash endings that are not told off from the caption, or name no
#: known agency: no credit is read.
GLUED_NAMES_REFUSED = [
    "Lady Starmer meets President Joe Biden Jon Super/AP",  # four capitalised words
    "The poll was run by the Pew Research Center Jon Super/NORC",  # no agency
    "A man walks past John Smith/Washington Post",  # no known agency
    "Officials said the two sides met/AP",  # one word
    "A sentence that runs on and on/via Reuters",  # no source before "/via"
    "Snow falls on Times Square in New York City/AP",  # a place
    "Fans wait outside the stadium in Kansas City/AP",  # a place word ends the run
    "Crowds gather in Los Angeles/Reuters",  # a place
]

#: Lines with no credit, though they hold agency names: (line).
NOT_CREDITS = [
    "A poll by AP/NORC",
    "Said the AP",
    "Officials spoke to Reuters",
    "A man walks. (John Smith)",
    "A man walks. (stock image)",
    "A man walks. (Photo via Twitter)",
    "A man walks. Jane Doe/Washington Post",
    "A man walks. Facebook/AP",
    "A man walks. Jane Doe, Nov. 3",
    "Reuters, Nov. 3 and more",
    "((((((((",
    "—" * 50,
]

#: Dates captions name: (line, date).
DATES = [
    ("In Berlin, Dec. 15, 2024.", datetime.date(2024, 12, 15)),
    ("In Berlin, Tuesday, April 18, 2023.", datetime.date(2023, 4, 18)),
    ("In Berlin, April 24, 2023", datetime.date(2023, 4, 24)),
    ("In Berlin on 15 December 2024.", datetime.date(2024, 12, 15)),
    ("Am 28. April 2023 in Berlin.", datetime.date(2023, 4, 28)),
    ("In Beijing, Sunday, Jun 3, 2018.", datetime.date(2018, 6, 3)),
    ("In this Sept. 6, 2018 file photo, a man.", datetime.date(2018, 9, 6)),
    ("On Feb. 30, 2020, then March 1, 2020.", datetime.date(2020, 3, 1)),
    ("On Dec. 15 in Berlin.", None),
    ("In December 2024.", None),
]

#: Bad input: (line, message, pos).
ERRORS = [
    ("", "Expected a caption, got blank text", 0),
    (" \t ", "Expected a caption, got blank text", 0),
    ("A man\x00walks", "Expected a caption without control characters, got '\\x00'", 5),
    ("\x00\x01", "Expected a caption without control characters, got '\\x00'", 0),
    ("A man\nwalks", "Expected a caption without control characters, got '\\n'", 5),
    ("A" * (MAX_LEN + 1), f"Expected a caption of at most {MAX_LEN} characters, got 3001", MAX_LEN),
]

#: Hostile input: every line must end quickly in a model or a ParseError.
HOSTILE = [
    "A" * 200_000,
    "(" * 200_000,
    "WASHINGTON, " * 10_000,
    "By A, " * 10_000,
    *(
        (unit * (MAX_LEN // len(unit)))[:MAX_LEN]
        for unit in (
            "(",
            "A. ",
            "J. ",
            "AP Photo/",
            "Jane Doe/",
            ". REUTERS/",
            "Bild: ",
            " via ",
            "Jane Doe, ",
            " | ",
            ".Getty Images",
            "Dec. 15, ",
            "\u200b/",
        )
    ),
]

#: Wire punctuation, credit words and letters for arbitrary text.
WIRE_ALPHABET = st.sampled_from(
    [
        *"AaJD .,/|:()-—©@\u200b\t0123",
        "REUTERS",
        "AP Photo",
        "Jane Doe",
        " via ",
        "Getty Images",
        ", File",
        "Pool",
        "Photo: ",
        "FILE - ",
        "Dec. 15, 2024",
        "\x00",
    ]
)


def _check(caption: Caption, expected: Cred | None) -> None:
    if expected is None:
        assert caption.credit is None
        return
    assert caption.credit is not None
    credit = caption.credit
    got = (credit.photographers, credit.agency, credit.via, credit.is_file, credit.is_pool)
    assert got == expected[:5]
    assert credit.raw == expected.raw


@pytest.mark.parametrize("row", REAL, ids=lambda r: r.line[:30])
def test_real_captions(row: Row) -> None:
    """Real captions give their prefix, text, file mark, date and credit."""
    caption = parse_caption(row.line)
    assert caption.prefix == row.prefix
    assert caption.text == row.text
    assert caption.is_file is row.is_file
    assert caption.date == row.date
    _check(caption, row.credit)
    if caption.credit is not None:
        start, end = caption.credit.span
        assert row.line[start:end] == caption.credit.raw
    assert caption.span == (0, len(row.line))
    assert parse_caption(str(caption)) == caption


def test_real_captions_are_in_the_corpus() -> None:
    """The tables' lines are real: lines of the seed story and of the modern stories."""
    lines = {line for s in corpus.modern_stories() for line in s["text"].split("\n")}
    lines |= set(corpus.seed_lines())
    for line in [r.line for r in REAL] + REAL_WITHOUT_CREDIT:
        assert line in lines, line


@pytest.mark.parametrize("line", REAL_WITHOUT_CREDIT)
def test_real_captions_without_a_readable_credit(line: str) -> None:
    """A credit that cannot be told apart stays in the text, whole."""
    caption = parse_caption(line)
    assert caption.credit is None
    assert caption.text == line


#: What a credit looks like in the modern stories, to count the hit rate.
CREDIT_HINT = re.compile(
    r"\(AP Photo|REUTERS/|Reuters/|via AP\b|via Reuters|via REUTERS|Getty Images|"
    r"Photographer:|Photo:|Image:|Credit:|Foto:|Bild:|© .*/dpa|picture alliance|EPA[-/]"
)


def test_hit_rate_on_modern_captions() -> None:
    """Lines of the modern stories that show a credit mostly give one, and all round-trip."""
    seen = hits = 0
    for story in corpus.modern_stories():
        for line in story["text"].split("\n"):
            if not line.strip() or CREDIT_HINT.search(line) is None:
                continue
            caption = parse_caption(line)
            assert parse_caption(str(caption)) == caption
            seen += 1
            hits += caption.credit is not None
    print(f"captions with a credit hint: {seen}; credit read: {hits}")
    assert seen >= 80
    assert hits >= seen - 8  # floor: only goes up


@pytest.mark.parametrize(("credit", "expected"), FORMS, ids=[f[0] for f in FORMS])
def test_credit_forms(credit: str, expected: Cred) -> None:
    """Every credit form of the conventions is read whole, after a caption."""
    caption = parse_caption(f"A man walks. {credit}")
    assert caption.text == "A man walks."
    _check(caption, expected)
    assert caption.is_file is expected.is_file
    assert parse_caption(str(caption)) == caption


@pytest.mark.parametrize(("line", "text", "raw"), GLUED)
def test_glued_credits(line: str, text: str, raw: str) -> None:
    """Credits glued to the caption with no space are split off."""
    caption = parse_caption(line)
    assert caption.text == text
    assert caption.credit is not None
    assert caption.credit.raw == raw
    assert parse_caption(str(caption)) == caption


@pytest.mark.parametrize(("line", "text", "photographers", "agency", "via"), GLUED_NAMES)
def test_glued_names(
    line: str, text: str, photographers: tuple[str, ...], agency: str | None, via: str | None
) -> None:
    """A Name/Agency credit glued to the caption without a sentence end is read."""
    caption = parse_caption(line)
    assert caption.text == text
    assert caption.credit is not None
    assert caption.credit.photographers == photographers
    assert (caption.credit.agency, caption.credit.via) == (agency, via)
    assert parse_caption(str(caption)) == caption


@pytest.mark.parametrize("line", GLUED_NAMES_REFUSED)
def test_glued_names_refused(line: str) -> None:
    """A glued name that cannot be told off from the caption gives no credit."""
    assert parse_caption(line).credit is None


def test_credit_line_with_a_short_date() -> None:
    """An agency and a date without a year alone on a line is a credit line."""
    caption = parse_caption("Associated Press, Nov. 3")
    assert caption.credit is not None
    assert (caption.credit.agency, caption.credit.raw) == ("AP", "Associated Press, Nov. 3")
    assert (caption.text, caption.date) == ("", None)


@pytest.mark.parametrize("line", NOT_CREDITS)
def test_no_credit_is_guessed(line: str) -> None:
    """Lines that only mention agencies, or end in an unknown source, keep all as text."""
    caption = parse_caption(line)
    assert caption.credit is None
    assert caption.text == line


@pytest.mark.parametrize(("line", "date"), DATES)
def test_dates(line: str, date: datetime.date | None) -> None:
    """The first full, valid date with a year is the caption's date."""
    assert parse_caption(line).date == date


@pytest.mark.parametrize(
    ("line", "prefix", "is_file"),
    [
        ("FILE - A man walks.", "FILE", True),
        ("FILE PHOTO: A man walks.", "FILE PHOTO", True),
        ("File photo: A man walks.", "File photo", True),
        ("EDS NOTE: GRAPHIC CONTENT - A man walks.", "EDS NOTE", False),
        ("EDITOR'S NOTE: A man walks.", "EDITOR'S NOTE", False),
        ("FILE — A man walks.", "FILE", True),
        # AP's older text feeds wrote " _ " for the dash (AllSides/ABP copy of AP stories).
        ("FILE _ In this Jan. 5, 2018 file photo, a man walks.", "FILE", True),
        ("EDS NOTE _ GRAPHIC CONTENT _ A man walks.", "EDS NOTE", False),
        ("FILE_ A man walks.", None, False),  # no space before the underscore
        ("FILE _A man walks.", None, False),  # no space after it
        ("FILE_NAME.jpg shows a man.", None, False),
        ("FILE -", None, False),
        ("FILED - A man walks.", None, False),
    ],
)
def test_prefixes(line: str, prefix: str | None, is_file: bool) -> None:
    """Editor's notes before a caption are kept as written; FILE ones mark a file picture."""
    caption = parse_caption(line)
    assert caption.prefix == prefix
    assert caption.is_file is is_file


def test_seed_caption_renders_canonically() -> None:
    """The seed caption renders back exactly as AP writes it."""
    line = next(line for line in corpus.seed_lines() if line.startswith("FILE - "))
    assert str(parse_caption(line)) == line


def test_credit_str_is_raw() -> None:
    """A credit renders as written; a caption renders it in parentheses."""
    caption = parse_caption("A man walks. REUTERS/Jane Doe/File Photo")
    assert caption.credit is not None
    assert str(caption.credit) == "REUTERS/Jane Doe/File Photo"
    assert str(caption) == "A man walks. (REUTERS/Jane Doe/File Photo)"
    assert Caption(None, "A man walks.", credit=Credit(raw="AP Photo")).credit is not None


def test_new_agency_row_is_enough(monkeypatch: pytest.MonkeyPatch) -> None:
    """Adding a row to the agency table makes its credits known, with no other change."""
    line = "A man walks. (Jane Doe/Newsbird)"
    assert parse_caption(line).credit is None
    row = Agency("Newsbird Photo Agency", "Newsbird", (), ("NEWSBIRD",), "NZ", ("photo",))
    monkeypatch.setattr(_lookup, "AGENCIES", (*AGENCIES, row))
    _lookup._by_form.cache_clear()
    try:
        caption = parse_caption(line)
        assert caption.credit is not None
        assert caption.credit.agency == "Newsbird"
        assert caption.credit.photographers == ("Jane Doe",)
        bare = parse_caption("A man walks. NEWSBIRD/Jane Doe").credit
        assert bare is not None
        assert bare.agency == "Newsbird"
    finally:
        monkeypatch.undo()
        _lookup._by_form.cache_clear()


@pytest.mark.parametrize(("line", "message", "pos"), ERRORS, ids=lambda v: repr(v)[:20])
def test_error_bad_captions(line: str, message: str, pos: int) -> None:
    """Blank, overlong and control-character lines raise ParseError saying what and where."""
    with pytest.raises(ParseError) as info:
        parse_caption(line)
    assert info.value.message == message
    assert info.value.pos == pos


@pytest.mark.parametrize("line", HOSTILE, ids=lambda s: f"{s[:12]!r}x{len(s)}")
def test_hostile_input_ends(line: str) -> None:
    """Long repetitive input ends in a model or a ParseError, in linear time."""
    with contextlib.suppress(ParseError):
        parse_caption(line)


@given(caption_lines())
def test_round_trip(line: str) -> None:
    """Rendering a parsed caption and parsing it again gives the same model."""
    caption = parse_caption(line)
    assert parse_caption(str(caption)) == caption


@given(caption_lines())
def test_rendering_settles(line: str) -> None:
    """The canonical rendering is a fixpoint of parse and render."""
    once = str(parse_caption(line))
    assert str(parse_caption(once)) == once


@given(caption_lines())
def test_spans_point_into_the_line(line: str) -> None:
    """The credit's span points at its raw text in the line."""
    caption = parse_caption(line)
    if caption.credit is not None:
        start, end = caption.credit.span
        assert line[start:end] == caption.credit.raw


@given(st.lists(WIRE_ALPHABET, max_size=30).map("".join) | st.text(max_size=60))
def test_arbitrary_text_raises_only_parse_error(text: str) -> None:
    """Any text gives a caption that round-trips, or a ParseError."""
    try:
        caption = parse_caption(text)
    except ParseError:
        return
    assert parse_caption(str(caption)) == caption


@pytest.mark.parametrize(
    ("line", "trailer"),
    [
        ("Traders work. (AP Photo/Jane Doe) more >", "more >"),
        ("Traders work. REUTERS/Jane Doe Show more", "Show more"),
        ("Traders work. (Jane Doe/Getty Images) Enlarge this image", "Enlarge this image"),
    ],
)
def test_trailer_after_a_credit(line: str, trailer: str) -> None:
    """Page text after a credit is kept as the trailer and rendered after the credit."""
    caption = parse_caption(line)
    assert caption.trailer == trailer
    assert caption.credit is not None
    assert caption.credit.photographers == ("Jane Doe",)
    assert str(caption).endswith(f") {trailer}")
    assert parse_caption(str(caption)) == caption


@pytest.mark.parametrize(
    "line",
    [
        "The company plans to expand",  # no credit before it: plain text
        "Read more",
        "Traders work. (left) more >",
    ],
)
def test_no_trailer_without_a_credit(line: str) -> None:
    """Without a credit right before it, trailer-like text stays in the caption text."""
    caption = parse_caption(line)
    assert caption.trailer is None
    assert caption.text == line


def test_trailer_needs_a_credit() -> None:
    """A hand-built caption may not carry a trailer without a credit, nor an unknown one."""
    with pytest.raises(ValueError, match="trailer"):
        Caption(None, "Traders work.", trailer="more >")
    credit = parse_caption("Traders work. (AP Photo/Jane Doe)").credit
    with pytest.raises(ValueError, match="trailer"):
        Caption(None, "Traders work.", credit=credit, trailer="Subscribe now")


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("Officers stand guard. (U.S. Navy)", "U.S. Navy"),
        ("The suspect, in a photo. (Houston Police Department)", "Houston Police Department"),
        ("A model of the probe. (Museum of Flight)", "Museum of Flight"),
    ],
)
def test_organisation_credited_in_parentheses(line: str, agency: str) -> None:
    """An organisation alone in parentheses after the last sentence is the credit."""
    caption = parse_caption(line)
    assert caption.credit is not None
    assert (caption.credit.agency, caption.credit.photographers) == (agency, ())
    assert parse_caption(str(caption)) == caption


@pytest.mark.parametrize(
    "line",
    [
        "Officers stand guard outside the (U.S. Navy)",  # no sentence before it
        "Officers stand guard. (Left to right)",  # no organisation word
        "Officers stand guard. (Courtesy of the Smith Family)",  # courtesy: no agency
        "Officers stand guard. (Jane Doe)",  # a person: no organisation
        "Officers stand guard. (seen from the Police)",
    ],
)
def test_parentheses_that_are_no_organisation_credit(line: str) -> None:
    """Parentheses without an organisation after a sentence stay in the caption text."""
    caption = parse_caption(line)
    assert caption.credit is None or caption.credit.agency != line[line.rfind("(") + 1 : -1]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Rachel Megawhat:", ("Rachel Megawhat",)),
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("A crowd gathers. (By Jane Doe)", ("Jane Doe",)),
    ],
)
def test_credit_by_name(line: str, names: tuple[str, ...]) -> None:
    """``By Name`` as the whole caption or in parentheses names the photographers."""
    caption = parse_caption(line)
    assert caption.credit is not None
    assert caption.credit.photographers == names
    assert parse_caption(str(caption)) == caption


@pytest.mark.parametrize(
    "line",
    ["By the numbers:", "By 2030", "A crowd gathers. By Jane Doe", "By Reuters"],
)
def test_by_that_is_no_credit(line: str) -> None:
    """``By`` before no name, or after caption text without parentheses, gives no credit."""
    caption = parse_caption(line)
    assert caption.credit is None or not caption.credit.photographers


#: Credits of the shape the plain reader takes at once, and near misses it must
#: leave to the general reader: flags, file markers, "via" inside a name, commas,
#: "and", spaces before a slash, a notice, a date, a bar, a one-word name.
PLAIN_SHAPED = [
    "AP Photo/Marco Ugarte",
    "AP Photo/The Canadian Press, Darren Calabrese",
    "AP Photo/The Canadian Press, Darren Calabrese, File",
    "REUTERS/The Canadian Press, Jane Doe/File Photo",
    "REUTERS/Staff Sgt. Jane Doe",
    "REUTERS/Airman John Doe/File Photo",
    "REUTERS//File Photo",
    "REUTERS//Jane Doe",
    "AP Photo/Jacquelyn Martin, File",
    "AP Photo/Ross D. Franklin, Pool",
    "AP Photo/LM Otero,File",
    "AP Photo/Name Surname , File",
    "AP Photo/Jane Doe, FILE",
    "AP Photo/Jane Doe, File, Pool",
    "AP Photo/Jane Doe, Jr.",
    "AP Photo/Martin Luther King, Jr.",
    "AP Photo/Jane Doe and John Roe",
    "AP Photo/Jane Doe & John Roe",
    "AP Photo/Sandy Hook",
    "AP Photo/Silvia Izquierdo",
    "AP Photo/Via Mar",
    "AP Photo/Octavio Jones via AP",
    "AP Photo/Handout",
    "AP Photo/Facebook",
    "AP Photo/@handle",
    "AP Photo/The Guardian",
    "AP Photo/Juanmonino",
    "AP Photo/Jane Doe/File",
    "AP Photo/Jane Doe/File Photo/Pool",
    "AP Photo/",
    "AP Photo/, File",
    "AP Photo/Jane Doe. NO SALES.",
    "AP Photo/Jane Doe, Nov. 3",
    "AP Photo/Jane Doe | John Roe",
    "REUTERS/Yuri Gripas",
    "REUTERS/Jim Bourg/File Photo",
    "REUTERS/Joshua Roberts /File Photo",
    "REUTERS /Jim Bourg",
    "REUTERS/Stringer",
    "REUTERS/JIM BOURG",
    "Reuters/Edgar Su",
    "Getty Images/Juanmonino",
    "Getty Images/Jane Doe",
    "dpa/Jane Doe",
    "Pool/Jane Doe",
    "AP/Jane Doe, AP",
]


def assert_reads_as_the_general_reader(
    lines: list[str], monkeypatch: pytest.MonkeyPatch, quick_path: str, off: object
) -> None:
    """Each line parses to the same caption and span with the quick path ``quick_path`` as
    with it switched off (``off`` in its place), when the general reader does the work."""
    quick = [(c.to_dict(), c.span) for c in map(parse_caption, lines)]
    monkeypatch.setattr(caption_module, quick_path, off)
    general = [(c.to_dict(), c.span) for c in map(parse_caption, lines)]
    assert quick == general


def credit_lines(credit: str) -> list[str]:
    """A credit in parentheses, bare after a sentence, alone and after a label."""
    return [f"Fans cheer. ({credit})", f"Fans cheer. {credit}", credit, f"Photo: {credit}"]


PLAIN_OTHER_SHAPED = [
    "REUTERS/Stringer",
    "Reuters/Stringer/File Photo",
    "AP Photo/Stringer, File",
    "REUTERS/Handout",
    "Getty Images/Juanmonino",
    "Getty Images/Juanmonino/File Photo",
    "Getty Images/Juanmonino, File",
    "Getty Images/Juanmonino, Pool",
    "REUTERS/Pool",
    "REUTERS/File",
    "REUTERS/File, Pool",
    "REUTERS/Courtesy of Jane Doe",
    "REUTERS/@handle",
    "REUTERS/Facebook",
    "REUTERS/Twitter",
    "REUTERS/Juan Figueroa, AP",
    "REUTERS/The Dallas Morning News",
    "REUTERS/Ju",
    "REUTERS/Office",
]


REFUSED_BARE_BODIES = [
    "Fans cheer. | Niall Carson/PA Images via Getty Images",
    "Fans cheer. |Jane Doe/AP",
    "Fans cheer. | Jane Doe, AP",
    "Fans cheer outside the studio, Friday, Nov. 3, 2023, in Los Angeles.",
    "Fans cheer on Nov. 3, 2023, AP",
    "Fans cheer on Nov. 3, Reuters",
    "Fans cheer on Nov. 3 Jane Doe/AP",
    "Fans cheer on Nov. 12 Jane Doe via AP",
    "Fans cheer on Nov. 12 | Jane Doe via AP",
    "Liu He Photographer: Jason Alden/Bloomberg",
    "Photographer: Brent Lewin/Bloomberg Photographer: Brent Lewin/Bloomberg",
    "Fans cheer. (Symbolfoto) © Getty Images/iStockphoto | filmfoto",
    "Fans cheer. Jane Doe (left)/AP via Reuters",
    "Fans cheer. Photo: Jane Doe (x)/AP",
    "Fans cheer. Photo: Jane/Doe: AP",
    "Fans cheer. Jane Doe/AP (File)",
    "Fans cheer. Jane Doe/AP via Reuters (File)",
    "Fans cheer. Jane Doe: AP/Reuters, File",
]


LABELLED_PLAIN = [
    "Credit: Reuters/Edgar Su",
    "Credit: Reuters/Stringer",
    "Photographer: Joshua Roberts/Getty Images",
    "Photo: Jane Doe/AP",
    "Photo by Jane Doe/Getty Images",
    "Foto von Jane Doe/dpa",
    "© Jane Doe/dpa",
    "Bild: dpa/Jane Doe",
    "Photo: AP Photo/Jane Doe, File",
    "Photo: REUTERS/Jane Doe/File Photo",
    "Photo: Jane Doe/AP:",
    "Photo:Jane Doe/AP",
    "Image credit: Jane Doe/AP",
    "Photo: Jane Doe/AFP via Getty Images",
    "Photo: Photo: Jane Doe/AP",
    "Photo: Jane/AP",
    "Image: Getty Images",
    "Image: Getty Images MANDATORY CREDIT.",
    "Image: Getty Images, File",
    "Image: Getty Images via AP",
    "Image: Reuters:",
    "Photo by REUTERS",
    "Photo: AP Photo",
    "Photo: Pool",
    "Photo: File",
    "Photo: Jane Doe",
    "©Getty Images",
]


#: (lines, quick path, what switches it off): ``AGENCY/Name`` credits and an agency with a
#: part that names no one (``_read_plain``), a label before a plain credit
#: (``_read_labelled_plain``), and the cheap refusals of bare credits ("| Name/AP",
#: "3, 2023, in ...", a colon before a slash: ``_refused_bare``).
QUICK_PATH_CASES = [
    *(
        pytest.param(credit_lines(credit), "_read_plain", None, id=f"plain-{credit}")
        for credit in (*PLAIN_SHAPED, *PLAIN_OTHER_SHAPED)
    ),
    *(
        pytest.param(credit_lines(credit), "_read_labelled_plain", None, id=f"labelled-{credit}")
        for credit in LABELLED_PLAIN
    ),
    *(
        pytest.param(
            [body, f"{body} more >", f"FILE - {body}"], "_refused_bare", False, id=f"bare-{body}"
        )
        for body in REFUSED_BARE_BODIES
    ),
]


@pytest.mark.parametrize(("lines", "quick_path", "off_answer"), QUICK_PATH_CASES)
def test_quick_path_reads_as_the_general_reader(
    lines: list[str], quick_path: str, off_answer: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each quick path gives what the general reader gives, with it answering ``off_answer``
    (nothing settled) in its place."""
    assert_reads_as_the_general_reader(lines, monkeypatch, quick_path, lambda raw: off_answer)


def test_refused_bare_tables() -> None:
    """The tables let the refusals of bare credits stand: no form, listed word or label
    begins with a digit or a bar, no notice, flag or month holds a joint, and a name
    begins with a letter."""
    assert caption_module._NO_DIGIT_OR_BAR_FIRSTS
    assert caption_module._SUFFIXES_JOINTLESS
    for text in ("| Jane Doe", "|Jane Doe", "3 Jane Doe", "12 Jane", "1 J. R. Doe"):
        assert not is_person_name(text)
    # NAME begins with a particle, an abbreviation, a joined particle, an elision or a
    # capital: each listed word begins with a letter.
    starters = ("name_particles", "name_abbrevs", "name_joined", "name_elisions")
    assert all(word[0].isalpha() for key in starters for word in NAME_LISTS[key])


STARTS_BODIES = [
    "Fans cheer. Photo: Jane Doe/AP",
    "Fans cheer.Photo: Jane Doe/AP",
    "Fans cheer PHOTO: Jane Doe",
    "Liu He Photographer: Jason Alden/Bloomberg",
    "Photographer: Brent Lewin/Bloomberg Photographer: Brent Lewin/Bloomberg",
    "A flower. Photo by Jane Doe/AP",
    "Ein Bild. Foto von Jane Doe/dpa",
    "Ein Bild. Bilder : dpa",
    "Symbolfoto © Getty Images/iStockphoto | filmfoto",
    "Image credit:Jane Doe",
    "ImageImage: Picture by Jane Doe",
    "A Photo of a Photograph by the Credit Foto Bild ©",
    "Fans cheer in Washington, D.C., U.S. REUTERS/Jim Bourg/File Photo",
    "Fans cheer  U.S.  EPA-EFE / JANE DOE",
    "Fans cheer at London Fashion Week Neil Mockford/GC Images",
    "Fans cheer at the Edeline Lee show Nicky J Sims/Getty Images Europe",
    "Fans cheer in New York City/AP",
    "Fans cheer Ann-Marie O'Neil Smith/AP J/AP JR/AP Álvaro Ñúñez/EFE",
    "/AP REUTERS/ A- B/ AB-/ x AB CD /",
    "Fans cheer\tREUTERS/Jane Doe x\u00a0EPA-EFE/JANE DOE x\u2009AB\tCD\t/",
    "Fans cheer x AB  CD/ x AB C-D/ x A/ x AB-CD EF /x ÁB/ x AÉ/ x \u00a0AB/",
    "Fans cheer. Credit...Jane Doe/AP",
    "Fans cheer.Credit\u2026Reuters Credit.. Credit ...x",
    "Fans cheer. Photo credit should read JANE DOE/AFP via Getty Images",
    "Image copyright Getty Images Image caption Fans cheer",
    "Image source, Reuters Image source , x Image copyright: AP Image copyrightx",
]


@pytest.mark.parametrize("body", STARTS_BODIES)
def test_credit_starts_as_the_patterns_find_them(body: str) -> None:
    """The start search reads each start as LABEL_START, CAPS_START and GLUED_NAME_WORD would."""
    for low in range(len(body) + 1):
        label = {m.start() for m in caption_module._LABEL_START_RE.finditer(body, low)}
        assert set(caption_module._label_starts(body, low)) == label
        caps = {
            at
            for at in range(max(low, 1), len(body))
            if body[at - 1] in caption_module._SPACE_CHARS
            and caption_module._CAPS_START_RE.match(body, at) is not None
            and "/" in body[at:]
        }
        # CAPS_START before the first slash from ``low``: every one is found.
        assert set(caption_module._caps_starts(body, low)) == caps
    for word in body.split():
        expected = caption_module._GLUED_NAME_WORD_RE.fullmatch(word) is not None
        assert caption_module._glued_name_word(word) == expected


def test_caption_prefix_first_characters() -> None:
    """A caption whose first character is ASCII and no prefix's first character has no prefix."""
    for code in range(128):
        char = chr(code)
        for prefix in CAPTION_PREFIXES:
            line = f"{char}{prefix[1:]} - Fans cheer."
            if caption_module._PREFIX_RE.match(line) is not None:
                assert char in caption_module._PREFIX_FIRSTS


@pytest.mark.parametrize(
    ("part", "names"),
    [
        ("Alex Brandon", ["Alex Brandon"]),
        ("Sandy Grund", ["Sandy Grund"]),
        ("Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Jane Doe\u00a0und\u00a0John Roe", ["Jane Doe", "John Roe"]),
        ("Jane Doe andJohn Roe", None),
        ("Brandon and", None),
    ],
)
def test_names_with_and_inside_a_word(part: str, names: list[str] | None) -> None:
    """ "and" inside a word ("Brandon") is no list of names: the one name is read whole."""
    found = caption_module._names(part)
    assert (found[0] if found else None) == names


@pytest.mark.parametrize(
    ("line", "photographers", "agency", "via"),
    [
        (
            "Officials meet. (Jane Doe/The New York Times)",
            ("Jane Doe",),
            "The New York Times",
            None,
        ),
        ("Officials meet. (Photo: Jane Doe/USA TODAY)", ("Jane Doe",), "USA TODAY", None),
        ("Officials meet. Handout via REUTERS", (), None, "Reuters"),
    ],
)
def test_outlet_and_handout_credits(
    line: str, photographers: tuple[str, ...], agency: str | None, via: str | None
) -> None:
    """A name before a known outlet in parentheses or after a label, a handout via an agency."""
    caption = parse_caption(line)
    assert caption.credit is not None
    assert (caption.credit.photographers, caption.credit.agency, caption.credit.via) == (
        photographers,
        agency,
        via,
    )
    assert caption.text == "Officials meet."
    assert parse_caption(str(caption)) == caption


@pytest.mark.parametrize(
    "line",
    [
        "He met Jane Doe/The New York Times reporters.",
        "Officials meet. Jane Doe/The New York Times",  # bare: may be the caption's words
        "Officials meet. Jane Doe/New York",  # a place, no outlet
        "Officials meet. Handout via Twitter",  # no agency after via
    ],
)
def test_no_outlet_or_handout_credit(line: str) -> None:
    """A bare outlet credit, an outlet that is none, or via no agency: no credit is read."""
    assert parse_caption(line).credit is None


# --- fast paths: each gives what the pattern or the general reader gives --------------

NAME_PARTS = [
    "Marco Ugarte",
    "J. Scott Applewhite",
    "Jae C. Hong",
    "LM Otero",
    "A B",
    "A. B.",
    "Xy Z",
    "The Guardian",
    "Getty Images",
    "Getty Images Europe",
    "Jane Doe Europe",
    "Staff Photographer",
    "File Photo",
    "Courtesy Smith",
    "Jane  Doe",
    "Jane\tDoe",
    "Jane Doe And",
    "Jane And Doe",
    "Monday Night",
    "Sandy Hook",
    "Asaad al-Shibani",
    "Ludwig van Beethoven",
    "Søren Müller",
    "Jane Doe Agency",
    "U.S. Army",
    "Jane O'Neil",
    "JANE DOE",
    "Jane Doe Jr.",
    "Jane",
    "Airman John Doe",
    "Staff Sgt. John Doe",
    "Lance Armstrong",
    "Seaman Jane Roe",
    "Petty Officer 2nd Class Jane Roe",
]


@pytest.mark.parametrize("part", NAME_PARTS)
def test_plain_name_reads_as_the_general_reader(part: str) -> None:
    """A part taken at once as a plain name is what the general reading makes of it."""
    for text in (part, part.upper(), part.lower(), part.title()):
        general = caption_module._classify_general(text, "/")
        if caption_module._plain_name(text):
            assert general == (caption_module._Part(caption_module._Kind.NAMES, (text,)),)
        assert caption_module._classify(text, "|") == caption_module._classify_general(text, "|")


def test_known_parts_read_as_the_general_reader() -> None:
    """Every listed part, in any case, is what the general reading makes of it."""
    assert caption_module._KNOWN_PARTS
    for folded in caption_module._KNOWN_PARTS:
        for text in (folded, folded.upper(), folded.title(), f"{folded}  x", f" {folded}"):
            for joint in ("/", "|"):
                expected = caption_module._classify_general(text, joint)
                assert caption_module._classify(text, joint) == expected


def test_bad_part_first_characters() -> None:
    """Every match of _BAD_PART_RE begins with a character of _BAD_PART_FIRSTS."""
    for code in range(0x10000):
        char = chr(code)
        if caption_module._BAD_PART_RE.match(f"{char} ") is not None:
            assert char in caption_module._BAD_PART_FIRSTS


def test_space_chars_are_the_space_piece() -> None:
    """_SPACE_CHARS holds exactly the characters of SPACE (which the readers by hand use)."""
    space = regex.compile(caption_module.SPACE)
    found = {chr(code) for code in range(0x10000) if space.fullmatch(chr(code))}
    assert found == set(caption_module._SPACE_CHARS)


BARE_BODIES = [
    *STARTS_BODIES,
    "Fans cheer. Jane Doe/AP",
    "Fans cheer.\tJane Doe/AP",
    "Fans cheer.\u00a0\u200bJane Doe/AP",
    "Fans cheer.” Jane Doe/AP",
    'Fans cheer.") Jane Doe/AP',
    "Fans cheer in the U.S. Jane Doe/AP",
    "Fans cheer in the U.S.\tJane Doe/AP",
    "J. Doe/AP",
    "A.",
    "Fans cheer!  ",
    "Fans cheer?\nJane",
    "Fans cheer… Él/EFE",
    "Fans cheer \u00c9. Doe/EFE",
    "Fans cheer.\u2003Doe/EFE",
    "Fans | Jane Doe/AP . | x",
]


@pytest.mark.parametrize("body", BARE_BODIES)
def test_bare_starts_as_the_pattern_finds_them(body: str) -> None:
    """The sentence ends read by hand are the ends of BARE_START at each mark and bar."""
    for low in range(len(body) + 1):
        expected = []
        for at in range(low, len(body)):
            if body[at] in caption_module._SENTENCE_MARKS:
                match = caption_module._BARE_START_RE.match(body, at)
            elif body[at] == "|" and at > low:
                match = caption_module._BARE_START_RE.match(body, at - 1)
            else:
                continue
            if match is not None:
                expected.append(match.end())
        assert sorted(caption_module._bare_starts(body, low)) == sorted(expected)


@pytest.mark.parametrize(
    "text", ["Fans via AP", "VIA", "vía", "Vi a", "v\u0130a", "Ví A", "", "ViA Mar", "\u212aVIA"]
)
def test_via_hint(text: str) -> None:
    """The quick test for "via" finds it where _VIA_HINT does."""
    assert caption_module._has_via(text) == (caption_module._VIA_HINT.search(text) is not None)


def test_caption_prefix_heads() -> None:
    """A caption whose first two characters are ASCII and begin no prefix has no prefix."""
    assert caption_module._PREFIX_HEADS_ASCII
    chars = [chr(code) for code in range(32, 127)]
    for prefix in CAPTION_PREFIXES:
        for first in chars:
            for second in chars:
                line = f"{first}{second}{prefix[2:]} - Fans cheer."
                if caption_module._PREFIX_RE.match(line) is not None:
                    assert (first + second).lower() in caption_module._PREFIX_HEADS


@given(caption_lines())
def test_models_as_init_builds_them(line: str) -> None:
    """A parsed caption and its credit equal the ones __init__ builds from the same fields."""
    caption = parse_caption(line)
    credit = caption.credit
    if credit is not None:
        built = Credit(
            credit.photographers,
            credit.agency,
            credit.via,
            credit.is_file,
            credit.is_pool,
            credit.raw,
            span=credit.span,
        )
        assert built == credit
        assert built.span == credit.span
    again = attrs.evolve(caption)
    assert again == caption
    assert again.span == caption.span


def test_glued_name_word_as_the_pattern() -> None:
    """An ASCII word is a glued name word where GLUED_NAME_WORD says so."""
    for code in range(128):
        char = chr(code)
        for word in (
            char,
            f"A{char}",
            f"Ab{char}",
            f"{char}b",
            f"Ab{char}Cd",
            f"Ab{char}cd",
            f"A{char}.",
        ):
            expected = caption_module._GLUED_NAME_WORD_RE.fullmatch(word) is not None
            assert caption_module._glued_name_word(word) == expected


NAME_AGENCY_SHAPED = [
    "Lintao Zhang/Getty Images",
    "Jane Doe/AP",
    "Jae C. Hong/AP",
    "Jane Doe /AP",
    "Jane Doe/ Getty Images",
    "Photo Smith/AP",
    "Credit Jane/AP",
    "The Guardian/AP",
    "Jane Doe/Getty Images Europe",
    "Jane Doe/AP Photo",
    "Jane Doe/Pool",
    "Jane Doe/File",
    "Jane Doe/AFP via Getty Images",
    "Jane Doe/The New York Times",
    "Jane Doe/AP, File",
    "Jane Doe/AP | Jane Doe",
    "Jane Doe/AP 2019",
    "Jane Doe/AP MANDATORY CREDIT.",
    "Jane  Doe/AP",
    "J. D./AP",
    "Jane Via/AP",
    "Getty Images/AP",
    "Courtesy Jane/AP",
]


NAME_VIA_SHAPED = [
    "Niall Carson/PA Images via Getty Images",
    "Pablo Martinez Monsivais/Pool via REUTERS/File Photo",
    "Jane Doe/Handout via REUTERS/File Photo",
    "Jane Doe/Kremlin via REUTERS",
    "Airman Jane Doe/Handout via REUTERS",
    "Jane Doe/AFP via Getty Images",
    "Andy Wong/Pool via Reuters",
    "Alex Brandon/Pool via REUTERS",
    "Jane Doe/POOL via AP",
    "Jane Doe/Reuters via Reuters",
    "Jane Doe/AP Photo via Getty Images Europe",
    "Jane Doe/Getty Images Europe via AP",
    "Jane Doe/The Dallas Morning News via AP",
    "Jane Doe/HA via AP",
    "Jane Doe/Handout via Reuters",
    "Jane Doe/File via AP",
    "Jane Doe/AFP via Twitter",
    "Jane Doe/AFP via Getty Images via AP",
    "Jane Doe/AFP VIA Getty Images",
    "Jane Doe/AFP Via Getty Images",
    "Jane Doe/AFP  via Getty Images",
    "Jane Doe/AFP via  Getty Images",
    "Jane Doe/AFP\tvia Getty Images",
    "Jane Doe/AFP via\u00a0Getty Images",
    "Jane Doe/Aviation Week via AP",
    "Jane Doe/ AFP via Getty Images",
    "Jane Doe / AFP via Getty Images",
    "Jane Doe/via Getty Images",
    "Jane Doe/ via Getty Images",
    "Jane Doe/AFP via",
    "Jane Doe/AFP. via Getty Images",
    "Jane Doe/U.S. Navy via Reuters",
    "Olivia Doe/AFP via Getty Images",
    "The Guardian/AFP via Getty Images",
    "Jane Doe/AFP via Getty Images, File",
    "Jane Doe/AFP via Getty Images MANDATORY CREDIT.",
    "Jane Doe/AFP via Getty Images 2019",
    "Jane Doe/Agence Fran\u00e7aise via AP",
]


LONE_AGENCY_SHAPED = [
    "Nicky J Sims/Getty Images Europe",
    "Jane Doe/Getty Images North America",
    "Jane Doe/Getty Images for Netflix",
    "Jane Doe/AP Photo",
    "Jane Doe/Pool",
    "Jane Doe/Handout",
    "Jane Doe/File",
    "Jane Doe/The New York Times",
    "Jane Doe/Getty Images Europe.",
    "Jane Doe/Getty Images Europe: X",
    "Jane Doe/" + "Getty Images " * 7,
    "Jane Doe/  ",
]


@pytest.mark.parametrize("credit", LONE_AGENCY_SHAPED)
def test_lone_agency_reads_as_the_general_reader(
    credit: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An agency after a plain name, read by ``_classify``, is what the general reader gives."""
    off = lambda piece: None  # noqa: E731
    assert_reads_as_the_general_reader(credit_lines(credit), monkeypatch, "_lone_agency", off)


TRAILER_LINES = [
    "Fans cheer. (AP Photo/Jane Doe) more >",
    "Fans cheer. (AP Photo/Jane Doe) MORE >",
    "Fans cheer. (AP Photo/Jane Doe) Show more",
    "Fans cheer. (AP Photo/Jane Doe)\tEnlarge this image",
    "Fans cheer. (AP Photo/Jane Doe) more \u203a",
    "Fans cheer. (AP Photo/Jane Doe) \u017fhow more",
    "Fans cheer. (AP Photo/Jane Doe) Expand",
    "Fans cheer. (AP Photo/Jane Doe)Expand",
    "Fans cheer. REUTERS/Jane Doe Zoom",
    "Fans cheer. REUTERS/Jane Doe",
    "Fans cheer. REUTERS/Brendan McDermid",
    "Fans cheer. REUTERS/Jane Doe View gallery",
    "Fans cheer. REUTERS/Jane Doe gallery",
    "Expand",
    "Fans cheer. (AP Photo/Jane Doe) \u00e9Expand",
]


def test_trailer_as_the_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cheap tests before TRAILER refuse only lines TRAILER refuses."""
    pattern = caption_module._TRAILER_RE
    size = caption_module._TRAILER_MAX

    def off(body: str) -> object:
        return pattern.search(body, max(0, len(body) - size - 1))

    assert_reads_as_the_general_reader(TRAILER_LINES, monkeypatch, "_trailer", off)


PREFIXED_LINES = [
    f"{opening}{rest}"
    for opening in (
        "FILE - ",
        "FILE PHOTO: ",
        "FILE PICTURE: ",
        "EDS NOTE: ",
        "ATTENTION EDITORS - ",
        "FILE -  ",
        "FILE - \u00a0",
        "FILE -\t",
        "File - ",
        "FILE PHOTO:  ",
        "FILE PHOTOS: ",
        "FILE  - ",
    )
    for rest in ("Fans cheer. (AP Photo/Jane Doe)", "-", "\u2003x", "é", " ")
    if (opening + rest).strip()
]


def test_quick_prefix_as_the_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    """A prefix written as a canonical caption writes it is read as PREFIX reads it."""
    assert caption_module._QUICK_PREFIXES
    assert_reads_as_the_general_reader(PREFIXED_LINES, monkeypatch, "_QUICK_PREFIXES", {})


@pytest.mark.parametrize(
    ("reader", "credit"),
    [
        *(("_read_name_agency", credit) for credit in NAME_AGENCY_SHAPED),
        *(("_read_name_via", credit) for credit in NAME_VIA_SHAPED),
    ],
)
def test_name_credit_readers_read_as_the_general_reader(
    reader: str, credit: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The quick readers of ``Name/Agency`` and ``Name/Agency via Distributor`` credits
    give what the general reader gives."""
    off = lambda raw, head, rest: None  # noqa: E731
    assert_reads_as_the_general_reader(credit_lines(credit), monkeypatch, reader, off)


FIRST_START_BODIES = [
    "Traders work in New York, U.S., November 18, 2019. REUTERS/Brendan McDermid",
    "Traders work in New York, U.S. REUTERS/Brendan McDermid",
    "Fans cheer in St. Louis. REUTERS/Jane Doe/File Photo",
    "Fans cheer at St. REUTERS/Jane Doe",
    "Fans cheer. Jr. REUTERS/Jane Doe",
    "Fans cheer. A. REUTERS/Jane Doe",
    "Fans cheer. É. REUTERS/Jane Doe",
    "Fans cheer. Photo taken May 2, 2019. REUTERS/Jane Doe",
    "Fans cheer. Photo: Jane Doe. REUTERS/Jane Doe",
    "Photo: Fans cheer. REUTERS/Jane Doe",
    "Fans cheer by the sea. Photo by Jane Doe/AP",
    "Fans cheer.  \u00a0REUTERS/Jane Doe",
    "Fans cheer.\u2003REUTERS/Jane Doe",
    "Fans cheer.\u200b REUTERS/Jane Doe",
    'Fans "cheer." REUTERS/Jane Doe',
    "Fans cheer! Jane Doe/AP",
    "Fans cheer? Getty Images",
    "Fans cheer… Jane Doe/Pool via Reuters",
    "Fans cheer. Nothing to see/here",
    "Fans cheer. Then. REUTERS/Jane Doe",
    "A. B. C/AP",
    ". /AP",
    "x. y. z. w. v. REUTERS/Jane Doe",
    "Fans cheer. | Jane Doe/PA Images via Getty Images",
    "Fans cheer. (Symbolfoto) © Getty Images/iStockphoto | filmfoto",
    "Fans cheer at London Fashion Week. Neil Mockford/GC Images",
    "Fans cheer. Photo: Jane. Doe/AP",
    "Fans cheer 2019. @handle/via REUTERS",
    "Fans cheer.St. REUTERS/Jane",
    "Fans cheer in the U.K. REUTERS/Jane Doe",
    "Fans. cheer. in. the. rain. REUTERS/Jane Doe",
    "Fans cheer!X. Doe/AP",
    "Fans cheer Photo:X. Doe/AP",
    "Fans cheer 2019.\tREUTERS/Jane Doe",
    "Fans cheer 2019.\u00a0REUTERS/Jane Doe",
    "Fans cheer Mr. REUTERS/Jane Doe",
    "Fans cheer at Hst. REUTERS/Jane Doe",
    "Fans cheer (2019). REUTERS/Jane Doe",
    "Fans cheer 2019./REUTERS/Jane Doe",
    "Fans cheer. Photo by Jane. REUTERS/Jane Doe",
    "Fans cheer. Photo byJane. REUTERS/Jane Doe",
    "Fans cheer by the bay by Photo. REUTERS/Jane Doe",
    "Fans cheer. Foto von Jane. REUTERS/Jane Doe",
    "Fans cheer von Bild. Getty Images/Jane Doe",
    "Fans cheer. \u00a9 Jane Doe/dpa | Jane Doe",
    "Fans cheer. \u00a9 Getty Images/iStockphoto | filmfoto",
    "Fans cheer? Experten. \u00a9 Jane Doe/dpa",
    "Fans cheer. \u00a9Jane Doe/dpa",
    "Fans cheer. \u00a9 Jane. Doe/dpa",
    "Fans cheer. \u00a9: Jane Doe/dpa",
    "Fans cheer. \u00a9 \u00a9 Jane Doe/dpa",
    "Fans cheer.\u00a0\u00a9 Jane Doe/dpa",
    "Fans cheer. \u00a9 Alba Pacheco/\u200bAgencia LOF/\u200bdpa",
    "Soldiers train, 2019. U.S. Army/Staff Sgt. Desmond Cassell/Handout via REUTERS",
    "Fans cheer with Sgt. REUTERS/Jane Doe",
    "Fans cheer at Capt. REUTERS/Jane Doe",
    "Fans cheer at XCapt. REUTERS/Jane Doe",
    "Fans cheer.Sgt. REUTERS/Jane",
    "Fans cheer. Lt. Col. Jane Doe/Handout via REUTERS",
    "Fans cheer 2018. Pablo Martinez Monsivais/Pool via REUTERS/File Photo",
    "Fans cheer 1987. REUTERS//File Photo",
    "Fans cheer. Kremlin/Sputnik via REUTERS",
    "Fans cheer. U.S. Navy/Handout via REUTERS",
]


@pytest.mark.parametrize("body", FIRST_START_BODIES)
def test_first_start_reads_as_every_start(body: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first start read alone gives the caption that trying every start gives."""
    lines = [body, f"{body} more >", "x" * 230 + f" {body}"]
    assert_reads_as_the_general_reader(lines, monkeypatch, "_first_start", lambda body: -1)


DATE_TEXTS = [
    "Fans cheer on Dec. 15, 2024.",
    "Fans cheer on Tuesday, April 18, 2023, in Washington.",
    "Fans cheer on 28. April 2023.",
    "Fans cheer on 15 December 2024 and 16 December 2024.",
    "Fans cheer on Sept 31, 2019 and on June 1st, 2020.",
    "Fans cheer on Xmay 5, 2019, May 5, 20190, and Mayo 3, 2018.",
    "Fans cheer on 5 Juni 2019, 5th May 2019, 5 MAY, 2019.",
    "Fans cheer on 123 May 2019, May 123, 2019, 1 5 2019, st 5, 2019.",
    "Fans cheer on x" + " " * 38 + "May 5, 2019",
    "Fans cheer on " + "May" + " " * 36 + "5, 2019",
    "Fans cheer on 5 aout 2019, 5 août 2019, 5 MÄRZ 2019.",
    "Fans cheer on May\t5,\t2019 and May\u00a05, 2020.",
]


@pytest.mark.parametrize("text", DATE_TEXTS)
def test_date_read_as_a_word_as_the_month_pattern(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A month read as a word and looked up gives the date the month forms give."""
    found = caption_module._find_date(text)
    ascii_text = text.encode("ascii", "replace").decode()
    found_ascii = caption_module._find_date(ascii_text)
    monkeypatch.setattr(caption_module, "_DATE_WORD_BACK_RE", caption_module._DATE_BACK_RE)
    assert caption_module._find_date(text) == found
    assert caption_module._find_date(ascii_text) == found_ascii


# --- Reuters' handed-on credits, ranks, file pictures via a distributor ------------------

#: Real Reuters and AP captions of the AllSides (Article-Bias-Prediction) stories, and the
#: forms the Reuters picture desk writes around them: (line, text, credit).
HANDED_ON = [
    (
        "Users are shown for violating its policy against organized hate. Facebook via REUTERS",
        "Users are shown for violating its policy against organized hate.",
        Cred((), "Facebook", "Reuters", False, False, "Facebook via REUTERS"),
    ),
    (
        "Sailors walk on deck, May 3, 2020. U.S. Navy/Handout via REUTERS",
        "Sailors walk on deck, May 3, 2020.",
        Cred((), "U.S. Navy", "Reuters", False, False, "U.S. Navy/Handout via REUTERS"),
    ),
    (
        "Putin speaks in Moscow, Russia May 3, 2020. Kremlin/Sputnik via REUTERS",
        "Putin speaks in Moscow, Russia May 3, 2020.",
        Cred((), "Sputnik", "Reuters", False, False, "Kremlin/Sputnik via REUTERS"),
    ),
    (
        "Putin speaks. Sputnik/Alexei Druzhinin/Kremlin via REUTERS",
        "Putin speaks.",
        Cred(
            ("Alexei Druzhinin",),
            "Sputnik",
            "Reuters",
            False,
            False,
            "Sputnik/Alexei Druzhinin/Kremlin via REUTERS",
        ),
    ),
    (
        "Ministers meet in Brussels July 11, 2018. Pool via REUTERS",
        "Ministers meet in Brussels July 11, 2018.",
        Cred((), "Pool", "Reuters", False, True, "Pool via REUTERS"),
    ),
    (
        "Ministers meet. Pool via Reuters",
        "Ministers meet.",
        Cred((), "Pool", "Reuters", False, True, "Pool via Reuters"),
    ),
    (
        (
            "Soldiers stand in a photo received by Reuters on May 31, 2014. "
            "REUTERS/U.S. Army/Handout via Reuters"
        ),
        "Soldiers stand in a photo received by Reuters on May 31, 2014.",
        Cred((), "Reuters", None, False, False, "REUTERS/U.S. Army/Handout via Reuters"),
    ),
    (
        (
            "Workers clash with police in Brasilia, Brazil April 7, 2015. "
            "REUTERS/Wilson Dias/Agencia Brasil/Handout via Reuters"
        ),
        "Workers clash with police in Brasilia, Brazil April 7, 2015.",
        Cred(
            ("Wilson Dias",),
            "Reuters",
            None,
            False,
            False,
            "REUTERS/Wilson Dias/Agencia Brasil/Handout via Reuters",
        ),
    ),
    (
        (
            "Reagan and Gorbachev sign the treaty in the White House December 8 1987. "
            "REUTERS//File Photo"
        ),
        "Reagan and Gorbachev sign the treaty in the White House December 8 1987.",
        Cred((), "Reuters", None, True, False, "REUTERS//File Photo"),
    ),
    (
        (
            "Trump speaks in Brussels, Belgium July 11, 2018. "
            "Pablo Martinez Monsivais/Pool via REUTERS/File Photo"
        ),
        "Trump speaks in Brussels, Belgium July 11, 2018.",
        Cred(
            ("Pablo Martinez Monsivais",),
            "Pool",
            "Reuters",
            True,
            True,
            "Pablo Martinez Monsivais/Pool via REUTERS/File Photo",
        ),
    ),
    (
        "A ship sails, July 11, 2018. Handout via REUTERS/File Photo",
        "A ship sails, July 11, 2018.",
        Cred((), None, "Reuters", True, False, "Handout via REUTERS/File Photo"),
    ),
    (
        (
            "Soldiers train in Iraq, December 31, 2019. U.S. Army/Staff Sgt. Desmond "
            "Cassell/Task Force-Iraq Public Affairs/Handout via REUTERS"
        ),
        "Soldiers train in Iraq, December 31, 2019.",
        Cred(
            ("Desmond Cassell",),
            None,
            "Reuters",
            False,
            False,
            "U.S. Army/Staff Sgt. Desmond Cassell/Task Force-Iraq Public Affairs/"
            "Handout via REUTERS",
        ),
    ),
    (
        (
            "Sailors work. U.S. Navy/Mass Communication Specialist 2nd Class Jane Roe/"
            "Handout via REUTERS"
        ),
        "Sailors work.",
        Cred(
            ("Jane Roe",),
            None,
            "Reuters",
            False,
            False,
            "U.S. Navy/Mass Communication Specialist 2nd Class Jane Roe/Handout via REUTERS",
        ),
    ),
    (
        "Trudeau speaks. (AP Photo/The Canadian Press, Darren Calabrese, File)",
        "Trudeau speaks.",
        Cred(
            ("Darren Calabrese",),
            "CP",
            "AP",
            True,
            False,
            "AP Photo/The Canadian Press, Darren Calabrese, File",
        ),
    ),
    (
        "Trudeau speaks. (AP Photo/The Canadian Press, Darren Calabrese)",
        "Trudeau speaks.",
        Cred(
            ("Darren Calabrese",),
            "CP",
            "AP",
            False,
            False,
            "AP Photo/The Canadian Press, Darren Calabrese",
        ),
    ),
]


@pytest.mark.parametrize(("line", "text", "credit"), HANDED_ON, ids=lambda v: str(v)[-30:])
def test_handed_on_credits(line: str, text: str, credit: Cred) -> None:
    """Reuters' ``[Source/...][Handout|Pool] via REUTERS[/File Photo]``, ``REUTERS//File
    Photo``, ranked service photographers and AP's partner credits read whole."""
    caption = parse_caption(line)
    assert caption.text == text
    assert caption.credit is not None
    c = caption.credit
    assert Cred(c.photographers, c.agency, c.via, c.is_file, c.is_pool, c.raw) == credit
    assert caption.is_file is credit.is_file
    assert line[c.span[0] : c.span[1]] == c.raw
    assert parse_caption(str(caption)) == caption


#: Lines that look like a handed-on credit and are none: (line).
NOT_HANDED_ON = [
    "The documents were obtained via Reuters.",
    "The documents were obtained via Reuters",
    "Support rose, according to a Reuters/Ipsos poll.",
    "The man told Reuters.",
    "REUTERS/Ipsos poll shows Biden lead narrowing",
    "Immigration top issue for U.S. voters, economy a close second: Reuters/Ipsos poll",
    "A man waves. Facebook via Reuters",  # no handout, distributor not in capitals
    "A man waves. Kremlin/Sputnik via Reuters",
    "A man waves. The man posted it on Facebook via REUTERS",  # a sentence, no source
    "A man waves. Handout via Twitter",  # no agency after via
    "A man waves. REUTERS/",  # the credit's end lost
    "A man waves. REUTERS//",
    "A man waves. //File Photo",
    "A man waves. Jane Doe/REUTERS//File Photo",  # an empty place not after the opening
    "He was seen by the U.S. Navy via REUTERS reporters.",
]


@pytest.mark.parametrize("line", NOT_HANDED_ON)
def test_no_handed_on_credit(line: str) -> None:
    """Sentences and headlines naming Reuters, and broken chains, read no credit."""
    assert parse_caption(line).credit is None


@pytest.mark.parametrize(
    ("line", "photographers"),
    [
        # A rank before no name gives no photographer.
        ("Sailors work. U.S. Navy/Staff Sgt./Handout via REUTERS", None),
        # After a rank, an organisation is no name: the credit reads without a photographer.
        ("Sailors work. U.S. Army/Sgt. Task Force/Handout via REUTERS", None),
        # A name without a rank after an organisation is no photographer.
        ("Sailors work. U.S. Army/Task Force-Iraq Public Affairs/Handout via REUTERS", ()),
        # "St." and ranks end no sentence inside a credit part; "Sgt." ends one in the text.
        ("He spoke to Staff Sgt. Jane Roe. REUTERS/John Doe", ("John Doe",)),
    ],
)
def test_ranked_names(line: str, photographers: tuple[str, ...] | None) -> None:
    """Only the one name right after a military rank is a service photographer."""
    caption = parse_caption(line)
    if photographers is None:
        assert caption.credit is None or caption.credit.photographers == ()
    else:
        assert caption.credit is not None
        assert caption.credit.photographers == photographers
    assert parse_caption(str(caption)) == caption


def test_partner_credit_only_after_the_opening_agency() -> None:
    """``Partner, Name`` is read only right after the agency that opens a credit in
    parentheses: bare, after a name or with "via" it is not understood."""
    assert parse_caption("A man. AP Photo/The Canadian Press, Jane Doe").credit is None
    assert parse_caption("A man. (Jane Roe/The Canadian Press, Jane Doe)").credit is None
    caption = parse_caption("A man. (AP Photo/The Canadian Press, Jane Doe via Reuters)")
    assert caption.credit is None or caption.credit.photographers == ()


#: AP's handed-on credit of one person, "(NAME via AP)": the person is the
#: photographer when the name is clearly a person's (the bare-name rule of
#: newsparse._bare_names): (credit, fields). Real: Marion Curtis, Olga Burtseva.
PERSON_VIA = [
    (
        "(Marion Curtis via AP)",
        Cred(("Marion Curtis",), None, "AP", False, False, "Marion Curtis via AP"),
    ),
    (
        "(Olga Burtseva via AP)",
        Cred(("Olga Burtseva",), None, "AP", False, False, "Olga Burtseva via AP"),
    ),
    (
        "(MARION CURTIS via AP)",
        Cred(("MARION CURTIS",), None, "AP", False, False, "MARION CURTIS via AP"),
    ),
    (
        "(Marion Curtis via AP, File)",
        Cred(("Marion Curtis",), None, "AP", True, False, "Marion Curtis via AP, File"),
    ),
    (
        "(Olga Burtseva via AP Images)",
        Cred(("Olga Burtseva",), None, "AP", False, False, "Olga Burtseva via AP Images"),
    ),
    (
        "(Photo: Marion Curtis via AP)",
        Cred(("Marion Curtis",), None, "AP", False, False, "Photo: Marion Curtis via AP"),
    ),
    (
        "(Marion Curtis via Getty Images)",
        Cred(
            ("Marion Curtis",), None, "Getty Images", False, False, "Marion Curtis via Getty Images"
        ),
    ),
    # Reuters' bare handed-on credit reads the same as "Name/via REUTERS".
    (
        "Marion Curtis via REUTERS",
        Cred(("Marion Curtis",), None, "Reuters", False, False, "Marion Curtis via REUTERS"),
    ),
]

#: "(NAME via AP)" where NAME is an organisation (or not clearly a person):
#: no photographer, read as before: (credit, fields).
NOT_PERSON_VIA = [
    ("(Planet Labs via AP)", Cred((), None, "AP", False, False, "Planet Labs via AP")),
    (
        "(Maxar Technologies via AP)",
        Cred((), None, "AP", False, False, "Maxar Technologies via AP"),
    ),
    (
        "(Jordan Valley Authority via AP)",
        Cred((), "Jordan Valley Authority", "AP", False, False, "Jordan Valley Authority via AP"),
    ),
    (
        "(Victoria Police via AP)",
        Cred((), "Victoria Police", "AP", False, False, "Victoria Police via AP"),
    ),
    ("(Grace Church via AP)", Cred((), None, "AP", False, False, "Grace Church via AP")),
    ("(WMPI-TV via AP)", Cred((), "WMPI-TV", "AP", False, False, "WMPI-TV via AP")),
    ("(U.S. Navy via AP)", Cred((), "U.S. Navy", "AP", False, False, "U.S. Navy via AP")),
    # A given name that is also a place: not clearly a person, left unread.
    ("(Jordan Peterson via AP)", Cred((), None, "AP", False, False, "Jordan Peterson via AP")),
    ("(Victoria Beckham via AP)", Cred((), None, "AP", False, False, "Victoria Beckham via AP")),
    # A given name the table lacks.
    ("(Zyx Curtis via AP)", Cred((), None, "AP", False, False, "Zyx Curtis via AP")),
    # A courtesy credit names the owner, not who took the picture.
    (
        "(Courtesy of Marion Curtis via AP)",
        Cred((), None, "AP", False, False, "Courtesy of Marion Curtis via AP"),
    ),
    (
        "(Courtesy Marion Curtis via AP)",
        Cred((), None, "AP", False, False, "Courtesy Marion Curtis via AP"),
    ),
    # Two people: which took the picture is not said.
    (
        "(Marion Curtis and Olga Burtseva via AP)",
        Cred((), None, "AP", False, False, "Marion Curtis and Olga Burtseva via AP"),
    ),
    ("(Smith Family via AP)", Cred((), "Smith Family", "AP", False, False, "Smith Family via AP")),
    (
        "(Jane Doe for President via AP)",
        Cred((), "Jane Doe for President", "AP", False, False, "Jane Doe for President via AP"),
    ),
]


@pytest.mark.parametrize(
    ("credit", "expected"),
    PERSON_VIA + NOT_PERSON_VIA,
    ids=[f[0] for f in PERSON_VIA + NOT_PERSON_VIA],
)
def test_person_via(credit: str, expected: Cred) -> None:
    """``(NAME via AP)``: a photographer only when NAME is clearly a person's name."""
    caption = parse_caption(f"A man walks. {credit}")
    assert caption.text == "A man walks."
    _check(caption, expected)
    assert parse_caption(str(caption)) == caption


def test_person_via_real_line() -> None:
    """The real AP line (ABP story f6vM8PRx2lc8yVbk): the person is the photographer."""
    line = (
        "In this handout photo provided by Olga Burtseva, children play in the Krugloe lake"
        " outside Verkhoyansk, the Sakha Republic, Russia, Sunday, June 21, 2020."
        " (Olga Burtseva via AP)"
    )
    caption = parse_caption(line)
    assert caption.credit is not None
    assert caption.credit.photographers == ("Olga Burtseva",)
    assert (caption.credit.agency, caption.credit.via) == (None, "AP")
    assert caption.date == datetime.date(2020, 6, 21)
    assert parse_caption(str(caption)) == caption


@pytest.mark.parametrize(
    "line",
    [
        "A man walks. Marion Curtis via AP",  # bare: AP writes its credits in parentheses
        "He talked with Marion Curtis via AP.",  # a sentence
        "A man walks. (Marion Curtis via Twitter)",  # no agency after via
    ],
)
def test_person_via_refused(line: str) -> None:
    """Sentences and unknown distributors that look like ``Name via AP`` give no credit."""
    assert parse_caption(line).credit is None
