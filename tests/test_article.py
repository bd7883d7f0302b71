"""Whole stories: ``parse`` keeps every line, in order, and types the parts it knows."""

from __future__ import annotations

import doctest
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._serialize import to_data, to_dict
from newsparse.article import Article, Part, PartKind, parse
from newsparse.byline import Byline
from newsparse.caption import Caption
from newsparse.contributors import ContributorLine
from newsparse.dateline import Dateline, find_dateline
from newsparse.errors import ParseError
from newsparse.headline import Headline, parse_headline
from newsparse.strategies import (
    byline_lines,
    caption_lines,
    contributor_lines,
    dateline_lines,
    headline_lines,
)
from newsparse.validate import Severity, validate
from tests.corpus import modern_stories, seed_text

K = PartKind

#: Lines as parse() splits them: at \r\n, \r or \n only.
LINE = re.compile(r"\r\n|\r|\n")


def split_lines(text: str) -> list[str]:
    """The lines of ``text`` as parse() reads them, without their endings."""
    lines = LINE.split(text)
    if lines and lines[-1] == "" and text:
        lines.pop()
    return [] if text == "" else lines


def assert_lossless(text: str, article: Article) -> None:
    """Every line is one part, in order, with its span; the story renders back byte for byte."""
    assert str(article) == text
    lines = split_lines(text)
    assert [p.raw for p in article.parts] == lines
    for number, part in enumerate(article.parts, start=1):
        assert part.line == number
        assert text[part.span[0] : part.span[1]] == part.raw
        assert (part.kind is K.BLANK) == (not part.raw.strip())
        assert part.newline in {"\n", "\r\n", "\r", ""}
        assert part.newline != "" or number == len(article.parts)


def kinds(article: Article) -> list[str]:
    """The kinds of the non-blank parts, by value."""
    return [p.kind.value for p in article.parts if p.kind is not K.BLANK]


# --- the seed story ---


def test_seed_parts() -> None:
    """The seed story: noise, source, headline, caption, dateline, paragraphs, contributors."""
    article = parse(seed_text())
    assert_lossless(seed_text(), article)
    assert kinds(article) == [
        "noise",
        "source",
        "headline",
        "caption",
        "dateline",
        *["body"] * 7,
        "separator",
        "contributors",
    ]


def test_seed_views() -> None:
    """The seed's views: headline, one caption, BEIRUT, 8 paragraphs, one contributor, AP."""
    article = parse(seed_text())
    assert article.headline is not None
    assert article.headline.text == (
        "Syrian and Israeli officials set to resume US-mediated talks in Paris"
    )
    assert len(article.captions) == 1
    assert article.captions[0].credit is not None
    assert article.captions[0].credit.photographers == ("Matias Delacroix",)
    assert article.dateline is not None
    assert article.dateline.city == "BEIRUT"
    assert len(article.body) == 8
    assert article.body[0].startswith("BEIRUT (AP) — Syrian and Israeli officials")
    assert article.body[-1].startswith("Israeli officials did not respond")
    names = [c.name for line in article.contributors for c in line.contributions]
    assert names == ["Natalie Melzer"]
    assert article.bylines == ()
    assert article.agency == "AP"


def test_seed_values_are_typed() -> None:
    """Each typed part carries the model of its kind."""
    article = parse(seed_text())
    expected: dict[PartKind, type[Any]] = {
        K.HEADLINE: Headline,
        K.CAPTION: Caption,
        K.DATELINE: Dateline,
        K.CONTRIBUTORS: ContributorLine,
    }
    for part in article.parts:
        if part.kind in expected:
            assert isinstance(part.value, expected[part.kind])
        elif part.kind is not K.SOURCE:
            assert part.value is None


def test_seed_is_valid() -> None:
    """The clean seed story has no diagnostic at all."""
    assert validate(parse(seed_text())) == []


# --- line endings and blank lines ---


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n",
        "\n\n\n",
        "Headline",
        "Headline\n",
        "Headline\r\nBEIRUT (AP) — Talks.\r\n",
        "Headline\rBEIRUT (AP) — Talks.\r",
        "Headline\r\n\r\n   \r\n\tBody text here.",
        "Headline\n\r\nmixed\rendings\n",
        "  Headline  \n  \n",
        "line\u2028with a line separator\x0bvertical tab\x0cform feed\x85next line\n",
        "\ufeffHeadline with a byte order mark\n",
    ],
)
def test_line_endings_round_trip(text: str) -> None:
    """CRLF, CR, no final newline, blank lines of spaces: all come back byte for byte."""
    assert_lossless(text, parse(text))


def test_blank_lines_are_parts() -> None:
    """Blank lines are parts of their own; whitespace-only lines are blank."""
    article = parse("Headline\n \n\t\nBEIRUT (AP) — Talks.\n")
    assert [p.kind for p in article.parts] == [K.HEADLINE, K.BLANK, K.BLANK, K.DATELINE]
    assert [p.raw for p in article.parts] == ["Headline", " ", "\t", "BEIRUT (AP) — Talks."]


def test_crlf_parts_keep_their_endings() -> None:
    """``\\r\\n`` stays with its line, the raw text never holds it."""
    article = parse("Headline\r\nBEIRUT (AP) — Talks.")
    assert [(p.raw, p.newline, p.span) for p in article.parts] == [
        ("Headline", "\r\n", (0, 8)),
        ("BEIRUT (AP) — Talks.", "", (10, 30)),
    ]


def test_empty_story() -> None:
    """An empty text is an article without parts."""
    article = parse("")
    assert article.parts == ()
    assert str(article) == ""
    assert article.headline is None
    assert article.body == ()


def test_parse_refuses_non_str() -> None:
    """Only text is parsed: bytes raise TypeError."""
    with pytest.raises(TypeError, match="Expected a story as str, got bytes"):
        parse(b"Headline")  # type: ignore[arg-type]


# --- kinds of lines ---


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Ad", K.NOISE),
        ("ADVERTISEMENT", K.NOISE),
        ("Advertisement", K.NOISE),
        ("SHARE THIS ARTICLE Share Tweet Post Email", K.NOISE),
        ("Copy Link", K.NOISE),
        ("Read More", K.NOISE),
        ("Story continues", K.NOISE),
        ("Full Coverage: Virus Outbreak", K.NOISE),
        ("Sign up for Daily Newsletters Manage Newsletters", K.NOISE),
        ("Copyright 2019 The Associated Press. All rights reserved.", K.NOISE),
        ("Copyright © 2019 The Washington Times, LLC.", K.NOISE),
        ("© dpa-infocom, dpa:230428-99-483045/5", K.NOISE),
        ("Updated 3:12 PM EDT, October 5, 2024", K.NOISE),
        ("Posted August 15, 2020 8:53 pm", K.NOISE),
        ("Aktualisiert am 28. April 2023, 20:22 Uhr", K.NOISE),
        ("Friday, April 28, 2023", K.NOISE),
        ("Fri 5 Jan 2024 15.12 GMT", K.NOISE),  # The Guardian over PA copy
        ("Last modified on Fri 5 Jan 2024 16.40 GMT", K.NOISE),
        ("Tues., Jan. 5, 2024", K.NOISE),
        ("Wed Jan 5 10:30 AEDT", K.NOISE),
        ("January 5, 2024 3:12 PM GMT+1", K.NOISE),  # reuters.com
        ("Updated 2 hours ago", K.NOISE),
        ("January 5, 20243:12 PM GMT+1Updated 2 hours ago", K.NOISE),  # the same, glued
        ("35 mins ago", K.NOISE),
        ("Friday 5 January 2024 15:12, UK", K.NOISE),  # Sky News
        ("Our Standards: The Thomson Reuters Trust Principles.", K.NOISE),
        ("—With files from The Associated Press", K.CONTRIBUTORS),  # The Canadian Press
        ("The Associated Press contributed to this report.", K.CONTRIBUTORS),
        ("Mit Material von dpa", K.CONTRIBUTORS),
        ("Opens new tab", K.NOISE),
        ("Advertisement · Scroll to continue", K.NOISE),
        ("Most Read from Bloomberg", K.NOISE),
        ("Related Coverage", K.NOISE),
        ("Related Coverage Specter of Menendez retrial could haunt U.S. Senate Democrats", K.NOISE),
        ("COVID Impact Survey: https://www.covid-impact.org .", K.NOISE),
        ("Indictments, convictions and pleas - tmsnrt.rs/2wcFMdx", K.NOISE),  # Reuters graphic
        ("(This story corrects stages at which Roof represented himself)", K.CORRECTION),
        ("An earlier version of this report had an incorrect spelling of a name.", K.CORRECTION),
        ("here", K.NOISE),  # a link's text: "For a graphic on ...:" and "here"
        (
            (
                "Follow AP’s Supreme Court Twitter feed at https://twitter.com/AP_Courtside . "
                "And Supreme Court reporters Mark Sherman at https://twitter.com/shermancourt "
                "and Jessica Gresko at https://twitter.com/jessicagresko ."
            ),
            K.NOISE,
        ),
        (
            (
                "The Associated Press receives support from the Walton Family Foundation for "
                "coverage of water and environmental policy. The AP is solely responsible for "
                "all content. For all of AP’s environmental coverage, visit "
                "https://apnews.com/hub/climate-and-environment"
            ),
            K.EDITORS_NOTE,
        ),
        (
            (
                "The Canadian Press' health coverage receives support through a partnership "
                "with the Canadian Medical Association. CP is solely responsible for this content."
            ),
            K.EDITORS_NOTE,
        ),
        ("Sep 30, 2020", K.NOISE),
        ("4:05 p.m.", K.NOISE),
        ("1 of 12", K.NOISE),
        ("4 Min Read", K.NOISE),
        ("Slideshow ( 15 images )", K.NOISE),
        ("Follow Colvin on Twitter at https://twitter.com/colvinj", K.NOISE),
        ("Read the documents: http://apne.ws/NuF4iSJ", K.NOISE),
        ("Mike Dorning in Washington at mdorning@bloomberg.net;", K.NOISE),
        ("Associated Press", K.SOURCE),
        ("The Associated Press", K.SOURCE),
        ("Reuters", K.SOURCE),
        ("Quelle: dpa-AFX", K.SOURCE),
        ("Associated Press, Nov. 3", K.SOURCE),
        ("AP - June 5, 2023", K.SOURCE),
        ("——-", K.SEPARATOR),
        ("___", K.SEPARATOR),
        ("---", K.SEPARATOR),
        ("* * *", K.SEPARATOR),
        ("###", K.SEPARATOR),
        ("EDITOR’S NOTE — A look at the veracity of claims by political figures.", K.EDITORS_NOTE),
        ("(Updates with Trump tweet in third paragraph)", K.EDITORS_NOTE),
        ("This story has been updated to correct Lugar’s stance on earmarks.", K.CORRECTION),
        ("(Corrects spelling of name in paragraph 22 to Viguerie.)", K.CORRECTION),
    ],
)
def test_line_kinds(line: str, kind: PartKind) -> None:
    """Page leftovers, source lines, separators and notes after a headline and a paragraph."""
    story = f"A headline\nBEIRUT (AP) — Officials met on Monday.\n{line}\n"
    assert parse(story).parts[2].kind is kind


def test_other_outlets_caption_layouts() -> None:
    """The New York Times' and BBC's caption lines, and courtesy credits, are captions;
    sentences that merely name a credit or a caption stay body."""
    story = (
        "Police at the scene of the attack\n"
        "Police at the scene on Monday.Credit...Doug Mills/The New York Times\n"
        "Image source, Getty Images\n"
        "Image caption, Police at the scene on Monday\n"
        "Image copyright Getty Images Image caption Police gathered outside\n"
        "The dog sleeps. (Courtesy of the family)\n"
        "WASHINGTON (AP) — The president said.\n"
        "The film (courtesy of Netflix) premiered on Monday, the company said.\n"
        "The photo credit went to a student, officials said.\n"
        "Image captions matter, the editor said.\n"
    )
    article = parse(story)
    kinds = [part.kind for part in article.parts]
    assert kinds == [K.HEADLINE, *[K.CAPTION] * 5, K.DATELINE, K.BODY, K.BODY, K.BODY]
    credits = [c.credit.raw if c.credit else None for c in article.captions]
    assert credits == [
        "Credit...Doug Mills/The New York Times",
        "Image source, Getty Images",
        None,
        "Image copyright Getty Images",
        "Courtesy of the family",
    ]
    assert article.captions[2].text == "Police at the scene on Monday"
    assert str(article) == story


@pytest.mark.parametrize(
    "headline",
    ["AP-NORC Poll: oil", "AP-NORC poll: Most Americans back the plan", "Reuters-Ipsos: a tie"],
)
def test_agency_glued_in_a_word_is_no_source_line(headline: str) -> None:
    """An agency's name glued by a hyphen into a word opens a headline, not a source line."""
    parts = parse(f"{headline}\nABU DHABI — Officials met.").parts
    assert [part.kind for part in parts] == [K.HEADLINE, K.DATELINE]


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement revenue fell 4% in the quarter, the company said.",
        "Updated figures show the economy grew faster than expected.",
        "Follow the money, investigators said.",
        "Reuters reported the deal on Monday.",
        "Share prices fell sharply in Tokyo.",
        "Copyright law protects the photographs, the court said.",
        "Sun 5 May was the hottest day on record, forecasters said.",
        "Wed in June, divorced by May.",
        "Sat on the board from 2019 to 2023.",
        "The Associated Press is solely responsible for its reporting, the editor said.",
        "Image quality matters, the photographers said on Monday.",
        "5 days ago, the council met in secret.",
        "With files from the archive, officials said the plan would fail.",
        "Court files show he paid $5 million for the material.",
        "The website that.com/news ran the story first, the company said.",
    ],
)
def test_sentences_are_not_noise(line: str) -> None:
    """A paragraph that merely opens with a noise word stays a paragraph."""
    story = f"A headline\nBEIRUT (AP) — Officials met on Monday.\n{line}\n"
    assert parse(story).parts[2].kind is K.BODY


def test_broken_caption_is_unknown_with_error() -> None:
    """A line that ends like a credit but does not parse is Unknown, with the caption's error."""
    article = parse("BEIRUT (AP) — text without a headline.\n(AP Photo/\n")
    part = article.parts[1]
    assert part.kind is K.UNKNOWN
    assert part.looks_like is K.CAPTION
    assert isinstance(part.error, ParseError)
    assert part.error.message.startswith("Expected")
    assert article.headline is None


def test_byline_and_standfirst() -> None:
    """A dek between headline and byline is a standfirst; the byline is typed."""
    article = parse(
        "Socialist critic poised to win presidency\n"
        "Her coolness to Brussels puts her at odds with the government.\n"
        "By Jill Serjeant\n"
        "LOS ANGELES (Reuters) - South Korean thriller won on Sunday.\n"
        "The film beat homegrown movies.\n"
    )
    assert kinds(article) == ["headline", "standfirst", "byline", "dateline", "body"]
    assert isinstance(article.parts[2].value, Byline)
    assert [p.name for p in article.bylines[0].authors] == ["Jill Serjeant"]
    assert article.agency == "Reuters"


@pytest.mark.parametrize(
    ("line", "authors", "affiliation"),
    [
        ("Story by Jane Doe", ["Jane Doe"], None),
        ("Written by Jane Doe, Ph.D.", ["Jane Doe, Ph.D."], None),
        ("By JANE DOE For The Associated Press", ["Jane Doe"], "The Associated Press"),
        ("By Jane Doe / AFP", ["Jane Doe"], "AFP"),
    ],
)
def test_byline_forms_under_the_headline(
    line: str, authors: list[str], affiliation: str | None
) -> None:
    """The byline forms of other lead words and agencies are bylines of the story."""
    article = parse(f"Talks resume\n{line}\nBEIRUT (AP) — Officials met on Monday.\n")
    assert kinds(article) == ["headline", "byline", "dateline"]
    (byline,) = article.bylines
    assert [p.name for p in byline.authors] == authors
    assert byline.affiliation == affiliation


@pytest.mark.parametrize(
    "line", ["Story by story, the book unfolds.", "Written by hand, the letter ran long."]
)
def test_lead_words_in_sentences_are_text(line: str) -> None:
    """A paragraph opening with a byline's lead words but no name stays a paragraph."""
    article = parse(f"Talks resume\nBEIRUT (AP) — Officials met on Monday.\n{line}\n")
    assert article.parts[2].kind is K.BODY


@pytest.mark.parametrize(
    "headline",
    [
        "Immigration top issue for U.S. voters, economy a close second: Reuters/Ipsos poll",
        "U.S. public more aware of racial inequality: Reuters/Ipsos polling",
        "Reuters/Ipsos poll shows voters split",
    ],
)
def test_a_poll_named_with_a_slash_is_no_credit(headline: str) -> None:
    """Reuters' poll headlines name "Reuters/Ipsos": the headline, not a broken credit."""
    article = parse(f"{headline}\nWASHINGTON (Reuters) - Voters said.\n")
    assert kinds(article) == ["headline", "dateline"]
    assert article.headline is not None
    assert article.headline.text == headline


def test_broken_credit_without_a_poll_stays_unknown() -> None:
    """A credit cut short is still kept as an unknown line that looks like a caption."""
    article = parse("A headline\nPeople vote in Ohio. (AP Photo/\nWASHINGTON (AP) — Voters said.\n")
    assert kinds(article) == ["headline", "unknown", "dateline"]
    assert article.parts[1].looks_like is K.CAPTION


def test_subheads_inside_the_story() -> None:
    """Short headings between paragraphs are subheads, not paragraphs."""
    article = parse(
        "Headline here\n"
        "WASHINGTON (AP) — Officials met on Monday.\n"
        "MUELLER’S REVERSAL\n"
        "The meeting went on for hours.\n"
        "Low Expectations\n"
        "Nobody expected much from it.\n"
    )
    assert kinds(article) == ["headline", "dateline", "subhead", "body", "subhead", "body"]
    assert len(article.body) == 3


def test_quotation_without_its_full_stop_is_a_paragraph() -> None:
    """A quotation and its attribution that lost the final point is a paragraph."""
    article = parse(
        "Headline here\n"
        "TORONTO (AP) — Officials met on Monday.\n"
        "“I can’t do that after 38 years,” he said\n"
        "What the president said\n"
        "The meeting went on for hours.\n"
    )
    assert kinds(article) == ["headline", "dateline", "body", "subhead", "body"]


def test_story_without_dateline_starts_after_byline() -> None:
    """Without a dateline the story starts at the first paragraph after the byline."""
    article = parse(
        "Starmer defiant over gifts\n"
        "By Tom Davies\n"
        "Sir Keir Starmer has defended accepting gifts from a donor.\n"
        "The Prime Minister suggested he would continue.\n"
    )
    assert kinds(article) == ["headline", "byline", "body", "body"]
    assert article.dateline is None
    assert article.body[0].startswith("Sir Keir")


def test_part_repr_is_bounded() -> None:
    """The repr of a part and of an article stays short whatever the line's length."""
    article = parse("A" * 10_000)
    assert len(repr(article.parts[0])) < 120
    assert len(repr(article)) < 160


# --- serialisation ---


def test_to_dict_of_parts() -> None:
    """Parts serialise to plain data: enums as values, spans as lists, errors as message and pos."""
    article = parse("BEIRUT (AP) — text without a headline.\n(AP Photo/\n")
    first, second = (to_dict(p) for p in article.parts)
    assert first["kind"] == "dateline"
    assert first["span"] == [0, 38]
    assert first["value"]["city"] == "BEIRUT"
    assert second["kind"] == "unknown"
    assert second["looks_like"] == "caption"
    assert set(second["error"]) == {"message", "pos"}


def test_to_data_of_caption_date() -> None:
    """Dates serialise as ISO strings."""
    article = parse(seed_text())
    assert to_data(article.captions[0])["date"] == "2024-12-15"


def test_to_dict_refuses_plain_objects() -> None:
    """``to_dict`` takes attrs instances only."""
    with pytest.raises(TypeError, match="Expected an attrs instance, got int"):
        to_dict(5)


# --- the modern stories ---


def test_every_modern_story_is_lossless() -> None:
    """All 121 modern stories parse without losing or reordering a line."""
    stories = modern_stories()
    assert len(stories) == 121
    for story in stories:
        assert_lossless(story["text"], parse(story["text"]))


def test_every_modern_story_validates() -> None:
    """``validate`` runs on every modern story and returns diagnostics with known severities."""
    for story in modern_stories():
        for diagnostic in validate(parse(story["text"])):
            assert diagnostic.severity in (Severity.ERROR, Severity.WARNING)
            assert diagnostic.line >= 1
            assert diagnostic.column >= 1


@pytest.mark.parametrize(
    ("pattern", "kind"),
    [
        (r"_{2,}", K.SEPARATOR),
        (r"Full Coverage: .*", K.NOISE),
        (r"ADVERTISEMENT", K.NOISE),
        (r"Sign up for Daily Newsletters.*", K.NOISE),
        (r"Copyright .* All rights reserved\.", K.NOISE),
        (r"Slideshow \(.*\)", K.NOISE),
        (r"Associated Press writers? .* contributed to this report\.", K.CONTRIBUTORS),
        (r".*\(AP Photo/[^()]*\)", K.CAPTION),
    ],
)
def test_modern_story_lines_of_a_kind(pattern: str, kind: PartKind) -> None:
    """Across the modern stories, every line of a telling shape gets its kind."""
    shape = re.compile(pattern)
    seen = 0
    for story in modern_stories():
        for part in parse(story["text"]).parts:
            if shape.fullmatch(part.raw.strip()):
                seen += 1
                assert part.kind is kind, (story["id"], part.raw)
    assert seen > 0


#: Real stories: id -> headline start, dateline city, agency and how many of each part.
STORIES: dict[str, dict[str, Any]] = {
    "Reuters_2023_05_16": {
        "headline": "Nepal says 'no proof' flydubai plane suf",
        "city": "KATHMANDU",
        "agency": "Reuters",
        "captions": 1,
        "bylines": 0,
        "body": 8,
        "contributors": 0,
        "unknown": 0,
    },
    "traf_reuters_parasite": {
        "headline": "'Parasite' scores historic upset at SAG ",
        "city": "LOS ANGELES",
        "agency": "Reuters",
        "captions": 0,
        "bylines": 1,
        "body": 20,
        "contributors": 1,
        "unknown": 0,
    },
    "traf_finanztreff.de-Influencer": {
        "headline": "Influencer und Trading Apps: Die Jungen ",
        "city": "Berlin",
        "agency": "dpa",
        "captions": 0,
        "bylines": 0,
        "body": 12,
        "contributors": 0,
        "unknown": 0,
    },
    "np_reuters3": {
        "headline": "Bodies, debris from missing AirAsia plan",
        "city": "SURABAYA",
        "agency": "Reuters",
        "captions": 1,
        "bylines": 1,
        "body": 31,
        "contributors": 1,
        "unknown": 0,
    },
    "np_reuters4": {
        "headline": "Healthcare worker in Scotland diagnosed ",
        "city": "LONDON",
        "agency": "Reuters",
        "captions": 1,
        "bylines": 0,
        "body": 9,
        "contributors": 1,
        "unknown": 0,
    },
    "postlight_bloomberg_news": {
        "headline": "U.S. Stocks Rise to Records, Bonds Gain ",
        "city": None,
        "agency": None,
        "captions": 0,
        "bylines": 1,
        "body": 20,
        "contributors": 0,
        "unknown": 0,
    },
    "abp_0Lvg0GzwAR0hF6pO": {
        "headline": "Republicans blast Trump idea for cyber s",
        "city": "WASHINGTON",
        "agency": "Reuters",
        "captions": 1,
        "bylines": 0,
        "body": 26,
        "contributors": 0,
        "unknown": 0,
    },
    "abp_11ULntmraH8mESQu": {
        "headline": "Top U.S. Senate Democrat vows to fight T",
        "city": "WASHINGTON",
        "agency": "Reuters",
        "captions": 1,
        "bylines": 0,
        "body": 19,
        "contributors": 0,
        "unknown": 0,
    },
    "abp_6KSAGbdfX7RLk1Em": {
        "headline": "Pentagon Budget Stuck in Last Century as",
        "city": None,
        "agency": None,
        "captions": 0,
        "bylines": 0,
        "body": 38,
        "contributors": 0,
        "unknown": 0,
    },
    "abp_9lUl8nCqjgEWgoxU": {
        "headline": "Russia says will ditch U.S. securities a",
        "city": "MOSCOW",
        "agency": "Reuters",
        "captions": 1,
        "bylines": 0,
        "body": 11,
        "contributors": 0,
        "unknown": 0,
    },
    "abp_A3Trah7l87sIOSmu": {
        "headline": "Nearly 1,800 families separated at U.S.-",
        "city": "WASHINGTON",
        "agency": "Reuters",
        "captions": 1,
        "bylines": 0,
        "body": 22,
        "contributors": 0,
        "unknown": 0,
    },
    "abp_AbSyd3eBlZZDb8Oq": {
        "headline": "TikTok’s Hong Kong exit a ‘win-win’ busi",
        "city": "Hong Kong",
        "agency": "AFP",
        "captions": 0,
        "bylines": 0,
        "body": 29,
        "contributors": 0,
        "unknown": 0,
    },
    "abp_DOVgEfTYkLvCDTH0": {
        "headline": "Talks end with China warning trade benef",
        "city": "BEIJING",
        "agency": "Reuters",
        "captions": 1,
        "bylines": 0,
        "body": 33,
        "contributors": 0,
        "unknown": 0,
    },
    "abp_EyOMo5mi1xZnnVoR": {
        "headline": "Black candidate makes history as women a",
        "city": None,
        "agency": "Reuters",
        "captions": 1,
        "bylines": 0,
        "body": 17,
        "contributors": 0,
        "unknown": 0,
    },
    "abp_GGxJs7sSm4zyWX7h": {
        "headline": "Republican Senator Hatch to retire, open",
        "city": "WASHINGTON",
        "agency": "Reuters",
        "captions": 0,
        "bylines": 0,
        "body": 10,
        "contributors": 0,
        "unknown": 0,
    },
    "abp_HTbR5zYnlYXduc8x": {
        "headline": "Energy Bill’s Failure Shows Congress Can",
        "city": None,
        "agency": None,
        "captions": 0,
        "bylines": 0,
        "body": 33,
        "contributors": 0,
        "unknown": 0,
    },
    "abp_IdqSMa1D0fu1AtrM": {
        "headline": "Ferguson, Missouri, remains on edge ahea",
        "city": "FERGUSON",
        "agency": "Reuters",
        "captions": 1,
        "bylines": 0,
        "body": 16,
        "contributors": 0,
        "unknown": 0,
    },
    "abp_JDyrORWM4pgE5udo": {
        "headline": "Trump tax cuts trickle across America, b",
        "city": None,
        "agency": "Reuters",
        "captions": 1,
        "bylines": 0,
        "body": 69,
        "contributors": 0,
        "unknown": 0,
    },
    "abp_OFrarXq2ZJ24t4s7": {
        "headline": "Macron: the fresh-faced prodigy who woul",
        "city": "Paris",
        "agency": "AFP",
        "captions": 0,
        "bylines": 0,
        "body": 27,
        "contributors": 0,
        "unknown": 0,
    },
    "APNews_2023_04_28": {
        "headline": "Mexico’s economy grew 1.1% in 1st quarte",
        "city": "MEXICO CITY",
        "agency": "AP",
        "captions": 1,
        "bylines": 0,
        "body": 4,
        "contributors": 0,
        "unknown": 0,
    },
    "htmldate_dailyherald_Hollywood": {
        "headline": "Hollywood actors strike ends as union re",
        "city": "LOS ANGELES",
        "agency": "AP",
        "captions": 0,
        "bylines": 1,
        "body": 19,
        "contributors": 1,
        "unknown": 0,
    },
    "htmldate_1684405920": {
        "headline": "Reality check: Here’s why claims Kamala ",
        "city": "CHICAGO",
        "agency": "AP",
        "captions": 0,
        "bylines": 1,
        "body": 18,
        "contributors": 0,
        "unknown": 0,
    },
    "htmldate_1725250200": {
        "headline": "College football player arrested on murd",
        "city": "LAWRENCEVILLE",
        "agency": "AP",
        "captions": 0,
        "bylines": 0,
        "body": 8,
        "contributors": 0,
        "unknown": 0,
    },
    "fundus_GlobalNews_2026_05_24": {
        "headline": "Russia hits Kyiv with ballistic missile,",
        "city": None,
        "agency": "AP",
        "captions": 0,
        "bylines": 1,
        "body": 25,
        "contributors": 1,
        "unknown": 0,
    },
    "fundus_WT_2023_04_28": {
        "headline": "Indiana governor endorses revised GOP st",
        "city": "INDIANAPOLIS",
        "agency": "AP",
        "captions": 1,
        "bylines": 1,
        "body": 21,
        "contributors": 0,
        "unknown": 0,
    },
    "abp_0A3J5yQxO2fQ8ZZs": {
        "headline": "Trump faces protests as he visits Dayton",
        "city": "EL PASO",
        "agency": "AP",
        "captions": 1,
        "bylines": 0,
        "body": 35,
        "contributors": 1,
        "unknown": 0,
    },
    "abp_0AQJgbEgZNYsRvLn": {
        "headline": "Fed makes strongest bid yet to protect f",
        "city": "WASHINGTON",
        "agency": "AP",
        "captions": 1,
        "bylines": 0,
        "body": 35,
        "contributors": 1,
        "unknown": 0,
    },
    "abp_0dkua1KL4jpplWxT": {
        "headline": "Obama embarking on march to party conven",
        "city": "CHARLOTTE",
        "agency": "AP",
        "captions": 0,
        "bylines": 0,
        "body": 14,
        "contributors": 1,
        "unknown": 0,
    },
    "abp_2aKcM4vPgwlCgxCC": {
        "headline": "US angers Palestinians with reversal on ",
        "city": "WASHINGTON",
        "agency": "AP",
        "captions": 1,
        "bylines": 0,
        "body": 31,
        "contributors": 1,
        "unknown": 0,
    },
    "abp_2iudZ6ooHrFtHtYb": {
        "headline": "GOP leader McConnell to say ‘case closed",
        "city": "WASHINGTON",
        "agency": "AP",
        "captions": 1,
        "bylines": 0,
        "body": 23,
        "contributors": 1,
        "unknown": 0,
    },
    "abp_2swmL7S91lBcnGEa": {
        "headline": "For first time, Biden calls Obama deport",
        "city": "LAS VEGAS",
        "agency": "AP",
        "captions": 1,
        "bylines": 0,
        "body": 17,
        "contributors": 0,
        "unknown": 0,
    },
    "abp_2vFkoXLEjKgbXPss": {
        "headline": "U.S. gains a robust 266,000 jobs; unempl",
        "city": "WASHINGTON",
        "agency": "AP",
        "captions": 0,
        "bylines": 0,
        "body": 14,
        "contributors": 0,
        "unknown": 0,
    },
    "abp_38e0as5DA6MWvtlG": {
        "headline": "Senate unanimously passes massive corona",
        "city": "WASHINGTON",
        "agency": "AP",
        "captions": 0,
        "bylines": 0,
        "body": 31,
        "contributors": 1,
        "unknown": 0,
    },
    "abp_4bK7Xj6SX7BscPXZ": {
        "headline": "Rod Rosenstein Submits Letter of Resigna",
        "city": "WASHINGTON",
        "agency": "AP",
        "captions": 0,
        "bylines": 0,
        "body": 6,
        "contributors": 0,
        "unknown": 0,
    },
    "abp_4dnH4xUnguk3JAXu": {
        "headline": "Trump portrays himself as defender of fa",
        "city": "MIAMI",
        "agency": "AP",
        "captions": 0,
        "bylines": 0,
        "body": 18,
        "contributors": 1,
        "unknown": 0,
    },
}


@pytest.mark.parametrize("ident", sorted(STORIES))
def test_modern_story_parts(ident: str) -> None:
    """Real stories: headline, dateline, agency and how many parts of each kind."""
    want = STORIES[ident]
    story = next(s for s in modern_stories() if s["id"] == ident)
    article = parse(story["text"])
    got = {
        "headline": article.headline.text[:40] if article.headline else None,
        "city": article.dateline.city if article.dateline else None,
        "agency": article.agency,
        "captions": len(article.captions),
        "bylines": len(article.bylines),
        "body": len(article.body),
        "contributors": len(article.contributors),
        "unknown": len(article.of_kind(K.UNKNOWN)),
    }
    assert got == want


# --- properties ---

#: Wire punctuation, letters and line breaks, heavy in what the patterns look for.
WIRE = st.sampled_from(
    [
        *"ABCEIRTUWabcdeorst ()/,.:;-—–―_*#“”\"'’«»©|@\t\r\n0123456789",
        *("AP", "(AP)", "Photo", "By ", "Reuters", "REUTERS/", "Getty Images", "contributed"),
    ]
)
ARBITRARY = st.lists(WIRE, max_size=80).map("".join) | st.text(max_size=200)

#: Stories made of valid lines of every kind mixed with arbitrary lines.
STORY_LINES = st.lists(
    st.one_of(
        headline_lines(),
        dateline_lines(),
        byline_lines(),
        caption_lines(),
        contributor_lines(),
        st.sampled_from(["", "Ad", "___", "——-", "Associated Press", "Full Coverage: Politics"]),
        ARBITRARY,
    ),
    max_size=12,
)


@given(ARBITRARY)
def test_arbitrary_text_never_raises_and_round_trips(text: str) -> None:
    """For arbitrary text, parse never raises and ``str(parse(t)) == t``."""
    assert_lossless(text, parse(text))


@given(STORY_LINES, st.sampled_from(["\n", "\r\n", "\r"]), st.booleans())
def test_generated_stories_round_trip(lines: list[str], newline: str, final: bool) -> None:
    """Stories of valid and arbitrary lines: every non-blank line in exactly one part."""
    text = newline.join(lines) + (newline if final and lines else "")
    article = parse(text)
    assert_lossless(text, article)
    for part in article.parts:
        if part.kind is K.UNKNOWN and part.error is not None:
            assert part.looks_like in (K.CAPTION, K.BYLINE)
    validate(article)


@given(headline_lines(), dateline_lines())
def test_generated_headline_and_dateline(headline: str, dateline: str) -> None:
    """A valid headline then a valid dateline paragraph are read as such.

    A headline in capitals that ends with a dash (``U.S. —``) is a dateline
    paragraph too, and a dateline is tried first: it is read as one.
    """
    article = parse(f"{headline}\n\n{dateline}\n")
    first = K.HEADLINE if find_dateline(headline) is None else K.DATELINE
    assert [p.kind for p in article.parts] == [first, K.BLANK, K.DATELINE]


def test_a_headline_that_is_a_dateline_is_read_as_the_dateline() -> None:
    """``U.S. —`` parses as a headline and as a dateline; the dateline is the reading kept."""
    assert parse_headline("U.S. —").text == "U.S. —"
    article = parse("U.S. —\n\nABU DHABI —\n")
    assert [p.kind for p in article.parts] == [K.DATELINE, K.BLANK, K.DATELINE]
    assert article.dateline is not None and article.dateline.city == "U.S."


# --- hostile input ---

HOSTILE = [
    "A" * 200_000,
    "(" * 200_000,
    "WASHINGTON, " * 20_000,
    "By A, " * 40_000,
    "—" * 200_000,
    "\n" * 200_000,
    "By A\n" * 40_000,
    "(AP Photo/\n" * 20_000,
    "BEIRUT (AP) — " * 15_000,
    "Associated Press writer A in B contributed " * 5_000,
    "x (AP Photo/" + "Name, " * 30_000 + ")",
    "Updated " + "1:00 pm, " * 20_000,
    "_ " * 100_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: repr(t[:14]))
def test_hostile_input(text: str) -> None:
    """Huge or repetitive stories parse (linearly) and round-trip."""
    article = parse(text)
    assert str(article) == text
    validate(article)


def test_part_equality_ignores_span_and_error() -> None:
    """Parts compare by kind, text, line and value, not by offsets or error objects."""
    one = Part(K.BODY, "Text.", 1, "\n", span=(0, 5))
    two = Part(K.BODY, "Text.", 1, "\n", span=(10, 15))
    assert one == two


def test_unknown_lines_in_modern_stories() -> None:
    """Few lines of the modern stories stay Unknown; the ceiling only goes down."""
    total = unknown = 0
    for story in modern_stories():
        article = parse(story["text"])
        total += sum(1 for p in article.parts if p.kind is not K.BLANK)
        unknown += len(article.of_kind(K.UNKNOWN))
    print(f"modern stories: {unknown} of {total} lines Unknown")
    assert unknown <= 2


def test_docs_page_runs() -> None:
    """The examples of docs/article.md run as doctests."""
    path = Path(__file__).resolve().parents[1] / "docs" / "article.md"
    result = doctest.testfile(str(path), module_relative=False)
    assert result.failed == 0
    assert result.attempted > 0


# --- agencies' own forms and endings ---

#: (story, kinds of its non-blank lines, agency): short stories in each agency's layout.
AGENCY_STORIES = [
    (
        (
            "Russia says talks possible\n"
            "MOSCOW, March 3. /TASS/. Russia is open to talks, the ministry said.\n"
            "The ministry said more.\n"
        ),
        ["headline", "dateline", "body"],
        "TASS",
    ),
    (
        (
            "Meloni says reform on track\n"
            "(ANSA) - ROME, MAR 3 - Premier Giorgia Meloni said the reform is on track.\n"
        ),
        ["headline", "dateline"],
        "ANSA",
    ),
    (
        (
            "N. Korea fires missile\n"
            "SEOUL, March 3 (Yonhap) -- North Korea fired a missile, the military said.\n"
            "(END)\n"
        ),
        ["headline", "dateline", "noise"],
        "Yonhap",
    ),
    (
        (
            "China's economy grows\n"
            "BEIJING, Jan. 5 (Xinhua) -- China's economy grew 5.2 percent, data showed.\n"
            "Enditem\n"
        ),
        ["headline", "dateline", "noise"],
        "Xinhua",
    ),
    (
        (
            "Ottawa to boost housing funding\n"
            "OTTAWA — The federal government will boost funding for housing, she said.\n"
            "This report by The Canadian Press was first published Nov. 25, 2024.\n"
        ),
        ["headline", "dateline", "editors_note"],
        None,
    ),
    (
        (
            "France strikes continue\n"
            "Paris (AFP) - Strikes continued across France on Monday.\n"
            "bur-jm/rl\n"
        ),
        ["headline", "dateline", "noise"],
        "AFP",
    ),
    (
        (
            "Ottawa to boost housing funding\n"
            "Mia Rabson, The Canadian Press\n"
            "OTTAWA — The federal government will boost funding for housing, she said.\n"
        ),
        ["headline", "byline", "dateline"],
        "CP",
    ),
    (
        (
            "Oversupply angst drags oil lower\n"
            "Rodrigo Campos\n"
            "NEW YORK (Reuters) - Oil prices fell sharply on Tuesday.\n"
        ),
        ["headline", "byline", "dateline"],
        "Reuters",
    ),
    (  # two capitalised words that are no name: not a byline, left Unknown
        (
            "Oversupply angst drags oil lower\n"
            "Supreme Court\n"
            "NEW YORK (Reuters) - Oil prices fell sharply on Tuesday.\n"
        ),
        ["headline", "unknown", "dateline"],
        "Reuters",
    ),
]


#: A publisher's own story, its agency only in photo credits: (credits, agency).
CREDIT_AGENCIES = [
    # the distributor after "via" is who supplied the picture
    (["Ministers meet. Niall Carson/PA Images via Getty Images"], "Getty Images"),
    (["Firefighters work. (WMPI-TV via AP)"], "AP"),
    (["Ministers meet. (Jane Doe/Pool via AP)"], "AP"),
    # the agency most credits name; a tie goes to the first
    (
        [
            "Der Minister. © Arne Dedert/dpa",
            "Die Stadt. © Getty Images/iStockphoto",
            "Der Park. Jane Roe/Getty Images",
        ],
        "Getty Images",
    ),
    (["Crowds gather. (AP Photo/Jane Roe)", "Fans cheer. REUTERS/Jane Roe"], "AP"),
    # a name the agency table lacks is no agency
    (["Voters queue. Photo: Jane Roe/The New York Times"], None),
]


@pytest.mark.parametrize(("captions", "agency"), CREDIT_AGENCIES, ids=lambda v: str(v)[:30])
def test_agency_from_photo_credits(captions: list[str], agency: str | None) -> None:
    """Without a source line, dateline or byline agency, the credits name the agency."""
    body = "The minister spoke to reporters for an hour on Monday, officials said."
    article = parse("\n".join(["A headline", *captions, body]) + "\n")
    assert len(article.captions) == len(captions)
    assert article.agency == agency


@pytest.mark.parametrize(("text", "kinds", "agency"), AGENCY_STORIES, ids=lambda v: str(v)[:20])
def test_agency_story_layouts(text: str, kinds: list[str], agency: str | None) -> None:
    """Agencies' layouts: TASS's and ANSA's datelines, end marks, CP's byline and note,
    a reuters.com byline that is a bare name."""
    article = parse(text)
    assert [p.kind.value for p in article.parts if p.kind is not K.BLANK] == kinds
    assert article.agency == agency
    assert str(article) == text
