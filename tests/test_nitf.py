"""NITF 3.6 export: parsed back with the standard library and checked element by element."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

import pytest

from newsparse import Article, parse
from newsparse.nitf import NITF_NS, NITF_VERSION, to_nitf
from tests.corpus import modern_stories, seed_text
from tests.test_cli import run

if TYPE_CHECKING:
    from pathlib import Path

N = f"{{{NITF_NS}}}"


def nitf(article: Article, *, indent: bool = True) -> ET.Element:
    """The article's NITF document, parsed back."""
    return ET.fromstring(to_nitf(article, indent=indent).encode("utf-8"))  # noqa: S314


def find(root: ET.Element, path: str) -> ET.Element:
    """The one element at ``path`` (``/``-separated local names), which must exist."""
    found = root.find("/".join(f"{N}{step}" for step in path.split("/")))
    assert found is not None, path
    return found


def findall(root: ET.Element, path: str) -> list[ET.Element]:
    """Every element at ``path`` (``/``-separated local names)."""
    return root.findall("/".join(f"{N}{step}" for step in path.split("/")))


def text(element: ET.Element) -> str:
    """All the text inside ``element``."""
    return "".join(element.itertext())


def story(ident: str) -> Article:
    """The modern corpus story with id ``ident``, parsed."""
    return parse(next(r["text"] for r in modern_stories() if r["id"] == ident))


def test_seed_root_and_head() -> None:
    """The root is ``nitf`` in the NITF namespace with version 3.6; the title is the headline."""
    xml = to_nitf(parse(seed_text()))
    assert xml.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ET.fromstring(xml.encode("utf-8"))  # noqa: S314
    assert root.tag == f"{N}nitf"
    assert root.get("version") == NITF_VERSION == "-//IPTC//DTD NITF 3.6//EN"
    headline = "Syrian and Israeli officials set to resume US-mediated talks in Paris"
    assert find(root, "head/title").text == headline
    assert find(root, "body/body.head/hedline/hl1").text == headline
    assert [child.tag for child in root] == [f"{N}head", f"{N}body"]


def test_seed_dateline_and_distributor() -> None:
    """The seed's dateline is a location with its city and country code; AP distributes it."""
    root = nitf(parse(seed_text()))
    location = find(root, "body/body.head/dateline/location")
    assert find(location, "city").text == "BEIRUT"
    assert find(location, "country").get("iso-cc") == "LB"
    assert not findall(root, "body/body.head/dateline/story.date")
    assert find(root, "body/body.head/distributor/org").text == "Associated Press"
    assert not findall(root, "body/body.head/byline")


def test_seed_media_paragraphs_and_tagline() -> None:
    """Caption and credit become media, paragraphs ``p`` in order, the contributor a tagline."""
    article = parse(seed_text())
    root = nitf(article)
    media = findall(root, "body/body.content/media")
    assert len(media) == 1
    assert media[0].get("media-type") == "image"
    caption = article.captions[0]
    assert find(media[0], "media-caption").text == caption.text
    assert find(media[0], "media-producer").text == "AP Photo/Matias Delacroix, File"
    paragraphs = [p.text for p in findall(root, "body/body.content/p")]
    assert paragraphs == list(article.body)
    assert paragraphs[0].startswith("BEIRUT (AP) — Syrian")  # type: ignore[union-attr]
    tagline = find(root, "body/body.end/tagline")
    assert text(tagline) == (
        "Associated Press writer Natalie Melzer in Tel Aviv, Israel contributed to this report."
    )
    assert [p.text for p in findall(tagline, "person")] == ["Natalie Melzer"]


def test_agency_contribution_is_no_person() -> None:
    """A tagline naming an agency's own part keeps its text and marks no ``person``."""
    root = nitf(
        parse(
            "Talks resume\nBEIRUT (AP) — Officials met on Monday.\n"
            "Reporting by Jane Doe; With files from Reuters\n"
        )
    )
    tagline = find(root, "body/body.end/tagline")
    assert text(tagline) == "Reporting by Jane Doe; With files from Reuters"
    assert [p.text for p in findall(tagline, "person")] == ["Jane Doe"]


def test_byline_with_title() -> None:
    """An AP byline: ``By``, the person, and the title in ``byttl``."""
    root = nitf(story("htmldate_dailyherald_Hollywood"))
    byline = find(root, "body/body.head/byline")
    assert [p.text for p in findall(byline, "person")] == ["Andrew Dalton"]
    assert find(byline, "byttl").text == "AP Entertainment Writer"
    assert text(byline) == "By Andrew Dalton, AP Entertainment Writer"


def test_byline_with_two_authors() -> None:
    """Two authors are two ``person`` elements joined by ``and``."""
    root = nitf(story("np_reuters3"))
    byline = find(root, "body/body.head/byline")
    assert text(byline) == "By Gayatri Suroyo and Adriana Nina Kusuma"
    assert not findall(byline, "byttl")


@pytest.mark.parametrize(
    ("line", "written", "title"),
    [
        ("By Jane Doe in London", "By Jane Doe in London", None),
        (
            "By Anthony Zurcher, BBC News, Washington",
            "By Anthony Zurcher, BBC News, Washington",
            "BBC News",
        ),
    ],
)
def test_byline_with_a_place(line: str, written: str, title: str | None) -> None:
    """The place the authors filed from is the byline's ``location``."""
    article = parse(f"A headline\n{line}\nLONDON (Reuters) - Prices rose on Monday.\n")
    (place,) = [b.place for b in article.bylines]
    assert place == written.rsplit(" ", 1)[-1]
    byline = find(nitf(article), "body/body.head/byline")
    assert text(byline) == written
    assert [e.text for e in findall(byline, "byttl")] == ([title] if title else [])
    assert [e.text for e in findall(byline, "location")] == [place]


def test_dateline_with_two_places_and_a_country() -> None:
    """``SURABAYA, Indonesia/JAKARTA``: two locations, the written country with its code."""
    root = nitf(story("np_reuters3"))
    locations = findall(root, "body/body.head/dateline/location")
    assert [find(loc, "city").text for loc in locations] == ["SURABAYA", "JAKARTA"]
    country = find(locations[0], "country")
    assert (country.text, country.get("iso-cc")) == ("Indonesia", "ID")
    assert find(root, "body/body.head/distributor/org").text == "Reuters"


def test_dateline_with_a_state() -> None:
    """``LAWRENCEVILLE, Ga.``: the state in ``state``, the country as its code."""
    root = nitf(story("htmldate_1725250200"))
    location = find(root, "body/body.head/dateline/location")
    assert find(location, "city").text == "LAWRENCEVILLE"
    assert find(location, "state").text == "Ga."
    assert find(location, "country").get("iso-cc") == "US"


def test_dateline_with_a_date() -> None:
    """A Reuters dateline's date as written goes into ``story.date``."""
    root = nitf(story("Reuters_2023_05_16"))
    assert find(root, "body/body.head/dateline/story.date").text == "April 25"
    assert find(root, "body/body.head/dateline/location/city").text == "KATHMANDU"


def test_subheads_are_hl2() -> None:
    """A subhead inside the story is an ``hl2`` among the paragraphs."""
    root = nitf(story("np_reuters3"))
    assert "SEARCHING THROUGH THE NIGHT" in [h.text for h in findall(root, "body/body.content/hl2")]


def test_every_modern_story() -> None:
    """For all 121 stories: well formed, a ``p`` per paragraph, media per caption, persons."""
    for record in modern_stories():
        article = parse(record["text"])
        root = nitf(article)
        assert [p.text for p in findall(root, "body/body.content/p")] == [
            p.strip() for p in article.body
        ], record["id"]
        assert len(findall(root, "body/body.content/media")) == len(article.captions)
        persons = [p.text for b in findall(root, "body/body.head/byline") for p in b]
        names = [a.name for b in article.bylines for a in b.authors]
        assert [p for p in persons if p in names] == names, record["id"]
        taglines = findall(root, "body/body.end/tagline")
        assert len(taglines) == (1 if article.contributors else 0)


def test_hostile_text_is_escaped() -> None:
    """``<``, ``&``, ``]]>``, quotes, control characters and a lone surrogate stay well formed."""
    article = parse(
        "Cats & <dogs> win\n\nBEIRUT (AP) — Officials met.\n\n"
        "The <b>&amp; ]]> \"q\" 'x' \x00\x01\x0b\x1f\ud800\ufffe said it all, officials said.\n\n"
        "Fans & <foes> cheer in Paris, Sunday, Dec. 15, 2024. (AP Photo/Jane Doe)\n"
    )
    root = nitf(article)
    assert find(root, "body/body.head/hedline/hl1").text == "Cats & <dogs> win"
    paragraphs = [p.text for p in findall(root, "body/body.content/p")]
    assert paragraphs[1] == "The <b>&amp; ]]> \"q\" 'x'  said it all, officials said."
    caption = find(root, "body/body.content/media/media-caption")
    assert caption.text == "Fans & <foes> cheer in Paris, Sunday, Dec. 15, 2024."


@pytest.mark.parametrize("raw", ["\x00", "&", "<", "]]>", "\ud800", "\r", "\t\x7f\x85"])
def test_hostile_characters_alone(raw: str) -> None:
    """Stories made of one awkward character still give a well-formed document."""
    for story_text in (raw, f"Headline {raw}\n\nBEIRUT (AP) — A {raw} B.\n"):
        assert nitf(parse(story_text)).tag == f"{N}nitf"


def test_one_line_documents() -> None:
    """With ``indent=False`` the document is one line after its declaration."""
    xml = to_nitf(parse(seed_text()), indent=False)
    declaration, document, end = xml.split("\n")
    assert declaration.startswith("<?xml")
    assert document.startswith("<nitf ")
    assert end == ""


def test_cli_format_nitf(tmp_path: Path) -> None:
    """``parse --format nitf`` prints the seed's document; several stories one a line."""
    path = tmp_path / "seed.txt"
    path.write_text(seed_text(), encoding="utf-8")
    proc = run("parse", "--format", "nitf", str(path))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == to_nitf(parse(seed_text()))
    proc = run("parse", "--format", "nitf", str(path), str(path))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 2
    for line in lines:
        assert ET.fromstring(line).tag == f"{N}nitf"  # noqa: S314
