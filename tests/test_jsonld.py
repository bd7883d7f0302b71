"""schema.org ``NewsArticle`` JSON-LD export."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from newsparse import Article, parse
from newsparse.jsonld import to_jsonld
from tests.corpus import modern_stories, seed_text
from tests.test_cli import run

if TYPE_CHECKING:
    from pathlib import Path


def story(ident: str) -> Article:
    """The modern corpus story with id ``ident``, parsed."""
    return parse(next(r["text"] for r in modern_stories() if r["id"] == ident))


def test_seed_news_article() -> None:
    """The seed is a NewsArticle with its headline, dateline, body and AP as source."""
    article = parse(seed_text())
    data = article.to_jsonld()
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == (
        "Syrian and Israeli officials set to resume US-mediated talks in Paris"
    )
    assert data["dateline"] == "BEIRUT (AP)"
    assert data["articleBody"] == "\n\n".join(article.body)
    assert data["articleBody"].startswith("BEIRUT (AP) — Syrian and Israeli officials")
    assert data["sourceOrganization"] == {
        "@type": "Organization",
        "name": "Associated Press",
        "alternateName": "AP",
    }
    assert "author" not in data  # the seed has no byline


def test_seed_image() -> None:
    """The seed's photo is an ImageObject with caption, photographer and credit text."""
    (image,) = parse(seed_text()).to_jsonld()["image"]
    assert image["@type"] == "ImageObject"
    assert image["caption"].startswith("Israeli soldiers cross the security fence")
    assert image["creditText"] == "AP Photo/Matias Delacroix, File"
    assert image["creator"] == [{"@type": "Person", "name": "Matias Delacroix"}]


def test_seed_contributor() -> None:
    """The contributor line names a writer in a Role, the Person with agency and place."""
    assert parse(seed_text()).to_jsonld()["contributor"] == [
        {
            "@type": "Role",
            "roleName": "writer",
            "contributor": {
                "@type": "Person",
                "name": "Natalie Melzer",
                "affiliation": {"@type": "Organization", "name": "Associated Press"},
                "workLocation": {"@type": "Place", "name": "Tel Aviv, Israel"},
            },
        }
    ]


def test_agency_contributor_is_an_organization() -> None:
    """An agency's own part names no person: the Role holds the Organization itself."""
    story_text = (
        "Talks resume\nBEIRUT (AP) — Officials met on Monday.\nWith files from The Canadian Press\n"
    )
    assert parse(story_text).to_jsonld()["contributor"] == [
        {
            "@type": "Role",
            "roleName": "files",
            "contributor": {"@type": "Organization", "name": "The Canadian Press"},
        }
    ]


def test_group_contributor_is_an_organization_with_its_place() -> None:
    """A group of an agency's staff is the Organization; a scope as written is no Place."""
    story_text = (
        "Talks resume\nBEIRUT (AP) — Officials met on Monday.\n"
        "AP journalists around the world contributed to this report.\n"
    )
    (group,) = parse(story_text).to_jsonld()["contributor"]
    assert group == {
        "@type": "Role",
        "roleName": "journalist",
        "contributor": {"@type": "Organization", "name": "Associated Press"},
    }
    story_text = story_text.replace(
        "AP journalists around the world", "Reuters reporters in London"
    )
    (group,) = parse(story_text).to_jsonld()["contributor"]
    assert group["contributor"]["location"] == {"@type": "Place", "name": "London"}


def test_author_with_title() -> None:
    """An AP byline's author has the title as jobTitle and AP, named by it, as affiliation."""
    data = story("htmldate_dailyherald_Hollywood").to_jsonld()
    assert data["author"] == [
        {
            "@type": "Person",
            "name": "Andrew Dalton",
            "jobTitle": "AP Entertainment Writer",
            "affiliation": {"@type": "Organization", "name": "Associated Press"},
        }
    ]


def test_author_with_affiliation() -> None:
    """A byline's own affiliation becomes the author's ``affiliation``."""
    data = to_jsonld(parse("Oil rises\nBy Peter Torday, Reuters\nLONDON (Reuters) - Oil rose.\n"))
    assert data["author"] == [
        {
            "@type": "Person",
            "name": "Peter Torday",
            "affiliation": {"@type": "Organization", "name": "Reuters"},
        }
    ]


def test_author_with_place() -> None:
    """A byline's place ("By ... in London", BBC's ", BBC News, Washington") is each
    author's ``workLocation``, as a contributor's place is."""
    data = to_jsonld(parse("Oil rises\nBy Jane Doe and John Roe in London\nOil rose.\n"))
    assert [a.get("workLocation") for a in data["author"]] == [
        {"@type": "Place", "name": "London"},
        {"@type": "Place", "name": "London"},
    ]
    data = to_jsonld(parse("Oil rises\nBy Anthony Zurcher, BBC News, Washington\nOil rose.\n"))
    assert data["author"] == [
        {
            "@type": "Person",
            "name": "Anthony Zurcher",
            "affiliation": {"@type": "Organization", "name": "BBC News"},
            "workLocation": {"@type": "Place", "name": "Washington"},
        }
    ]


def test_authors_without_title() -> None:
    """Two authors without a title are two Persons with names only."""
    data = story("np_reuters3").to_jsonld()
    assert [a["name"] for a in data["author"]] == ["Gayatri Suroyo", "Adriana Nina Kusuma"]
    assert all(set(a) == {"@type", "name"} for a in data["author"])


def test_every_modern_story_is_json() -> None:
    """All 121 stories give a JSON-serialisable NewsArticle with a value per key present."""
    for record in modern_stories():
        data = parse(record["text"]).to_jsonld()
        assert data["@type"] == "NewsArticle"
        assert json.loads(json.dumps(data)) == data
        assert all(value not in (None, "", []) for value in data.values()), record["id"]


def test_cli_format_jsonld(tmp_path: Path) -> None:
    """``parse --format jsonld`` prints the seed's JSON-LD; several stories one a line."""
    path = tmp_path / "seed.txt"
    path.write_text(seed_text(), encoding="utf-8")
    proc = run("parse", "--format", "jsonld", str(path))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == parse(seed_text()).to_jsonld()
    proc = run("parse", "--format", "jsonld", str(path), str(path))
    lines = proc.stdout.splitlines()
    assert len(lines) == 2
    assert all(json.loads(line)["@type"] == "NewsArticle" for line in lines)


def test_cli_format_json_and_jsonl(tmp_path: Path) -> None:
    """``--format json`` is the default, indented for one story; ``jsonl`` is always one line."""
    path = tmp_path / "seed.txt"
    path.write_text(seed_text(), encoding="utf-8")
    default = run("parse", str(path))
    explicit = run("parse", "--format", "json", str(path))
    assert default.stdout == explicit.stdout
    assert default.stdout.startswith("{\n")
    lines = run("parse", "--format", "jsonl", str(path)).stdout.splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0]) == json.loads(default.stdout)


def test_cli_refuses_unknown_format() -> None:
    """An unknown ``--format`` is a usage error: exit 2 and one line on stderr."""
    proc = run("parse", "--format", "xml", "-")
    assert proc.returncode == 2
    assert proc.stderr.startswith("newsparse: error: ")
    assert len(proc.stderr.strip().splitlines()) == 1
