"""``to_dict()`` and ``to_json()`` on every model and on whole stories."""

from __future__ import annotations

import datetime
import json
from typing import Any

import attrs
import pytest

import newsparse
from newsparse import (
    Article,
    Byline,
    Caption,
    Contribution,
    ContributorLine,
    Credit,
    Dateline,
    Diagnostic,
    Headline,
    Part,
    PartKind,
    Person,
    parse,
    parse_caption,
    parse_dateline,
    parse_headline,
    validate,
)
from newsparse._serialize import Serializable
from newsparse.cli import Story, article_data
from newsparse.validate import Severity
from tests.corpus import seed_text

MODELS = (
    Headline,
    Dateline,
    Byline,
    Person,
    Caption,
    Credit,
    ContributorLine,
    Contribution,
    Part,
    Diagnostic,
    Article,
)


def instances() -> list[Any]:
    """One instance of every model, parsed from real copy where there is some."""
    person = Person("ZEKE MILLER", "Zeke Miller", span=(3, 14))
    caption = parse_caption(
        "FILE - Soldiers cross the fence in Majdal Shams, Dec. 15, 2024. "
        "(AP Photo/Matias Delacroix, File)"
    )
    contribution = Contribution("Natalie Melzer", "Tel Aviv, Israel", "writer", "Associated Press")
    return [
        parse_headline("UPDATE 2-Oil rises"),
        parse_dateline("LONDON, March 3 (Reuters) - Shares rose."),
        Byline((person,), affiliation="Associated Press", title="AP Writer"),
        person,
        caption,
        caption.credit,
        ContributorLine((contribution,)),
        contribution,
        Part(PartKind.NOISE, "Ad", 1, "\n", span=(0, 2)),
        Diagnostic("NP101", "Story has no headline", 1, 1, Severity.ERROR),
        parse("Talks resume\nBEIRUT (AP) — Officials met.\n"),
    ]


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_model_is_serializable_and_slotted(model: type) -> None:
    """Every public model inherits the one mixin and stays an attrs slots class."""
    assert issubclass(model, Serializable)
    assert "__dict__" not in dir(model)
    assert attrs.has(model)


def test_every_public_model_is_covered() -> None:
    """The models tested here are every attrs class the package exports."""
    exported = {
        name for name in newsparse.__all__ if attrs.has(getattr(newsparse, name, None) or int)
    }
    assert exported == {m.__name__ for m in MODELS}


@pytest.mark.parametrize("instance", instances(), ids=lambda i: type(i).__name__)
def test_to_dict_names_every_field(instance: Any) -> None:
    """A model's dict has a key per attrs field (an article its documented keys)."""
    data = instance.to_dict()
    if isinstance(instance, Article):
        assert list(data) == [
            "headline",
            "agency",
            "dateline",
            "bylines",
            "captions",
            "contributors",
            "body",
            "parts",
        ]
    else:
        assert list(data) == [f.name for f in attrs.fields(type(instance))]


@pytest.mark.parametrize("instance", instances(), ids=lambda i: type(i).__name__)
def test_to_json_is_to_dict(instance: Any) -> None:
    """``to_json()`` is ``to_dict()`` as JSON, non-ASCII kept, and takes an indent."""
    assert json.loads(instance.to_json()) == instance.to_dict()
    assert json.loads(instance.to_json(indent=2)) == instance.to_dict()


def test_values_are_plain_json() -> None:
    """Dates become ISO strings, enums their values, spans and tuples lists."""
    caption = parse_caption("Fans cheer in Paris, Sunday, Dec. 15, 2024. (AP Photo/Jane Doe)")
    data = caption.to_dict()
    assert caption.date == datetime.date(2024, 12, 15)
    assert data["date"] == "2024-12-15"
    assert data["credit"]["photographers"] == ["Jane Doe"]
    assert data["span"] == [0, len(str(caption))]
    assert parse_headline("Oil rises").to_dict()["case"] == "sentence"
    diagnostic = Diagnostic("NP101", "Story has no headline", 1, 1, Severity.ERROR)
    assert diagnostic.to_dict()["severity"] == "error"
    assert Headline("Oil rises", ("UPDATE 2",)).to_dict()["prefixes"] == ["UPDATE 2"]


def test_dateline_keys_are_unchanged() -> None:
    """The dateline keeps the keys its own ``to_dict`` had, now with lists for tuples."""
    data = parse_dateline("SAN FRANCISCO, Calif. (AP) — Rain fell.").to_dict()
    assert set(data) == {
        "city",
        "region",
        "date",
        "places",
        "locations",
        "country",
        "agency",
        "dash",
        "tag_style",  # added with TASS's and ANSA's forms; no key was removed
        "service",  # added with agencies' regional services ("(dpa/lhe)")
        "span",
    }
    assert data["tag_style"] == "paren"
    assert data["locations"] == ["SAN FRANCISCO, Calif."]
    assert data["span"] == [0, 29]


def test_unknown_part_carries_its_error() -> None:
    """A line that failed to parse serialises its error as message and position."""
    article = parse("BEIRUT (AP) — text without a headline.\n(AP Photo/\n")
    unknown = [p for p in article.parts if p.error is not None]
    assert unknown
    data = unknown[0].to_dict()
    assert set(data["error"]) == {"message", "pos"}
    assert data["looks_like"] == unknown[0].looks_like.value  # type: ignore[union-attr]


def test_article_to_dict_is_the_cli_output() -> None:
    """``newsparse parse`` prints ``Article.to_dict()`` after the story's path."""
    article = parse(seed_text())
    data = article_data(article, Story("seed.txt", seed_text()))
    assert data == {"path": "seed.txt", **article.to_dict()}
    assert json.loads(article.to_json()) == article.to_dict()


def test_diagnostics_serialise() -> None:
    """Every diagnostic of a broken story is plain data with its severity's value."""
    for diagnostic in validate(parse("BEIRUT (AP) — no headline.\n")):
        assert json.loads(diagnostic.to_json())["severity"] in {"error", "warning"}
