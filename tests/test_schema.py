"""The JSON Schema of ``newsparse parse`` output, checked against real output with jsonschema."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import attrs
import jsonschema
import pytest

from newsparse import parse
from newsparse.cli import Story, article_data
from newsparse.schema import MODELS, parse_schema
from tests.corpus import CORPUS, modern_stories, seed_text
from tests.test_cli import run

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    """A draft 2020-12 validator of the schema, checking formats such as ``date``."""
    schema = parse_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def errors(validator: jsonschema.Draft202012Validator, data: Any) -> list[str]:
    """Every validation error of ``data``, as its path and message."""
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]


def test_schema_is_draft_2020_12() -> None:
    """The schema names draft 2020-12 and is a valid schema of that draft."""
    schema = parse_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_field_is_required(model: type) -> None:
    """Each model's definition requires exactly its attrs fields and allows no others."""
    definition = parse_schema()["$defs"][model.__name__]
    assert definition["required"] == [f.name for f in attrs.fields(model)]
    assert definition["additionalProperties"] is False


def test_seed_output_validates(validator: jsonschema.Draft202012Validator, tmp_path: Path) -> None:
    """``newsparse parse`` on the seed story prints JSON the schema accepts."""
    path = tmp_path / "seed.txt"
    path.write_text(seed_text(), encoding="utf-8")
    proc = run("parse", str(path))
    assert proc.returncode == 0, proc.stderr
    assert errors(validator, json.loads(proc.stdout)) == []


def test_modern_stories_validate(validator: jsonschema.Draft202012Validator) -> None:
    """The output for each of the 121 modern stories validates."""
    stories = modern_stories()
    assert len(stories) == 121
    for record in stories:
        data = article_data(parse(record["text"]), Story("x.jsonl", record["text"], 1, "id"))
        assert errors(validator, data) == [], record["id"]


def test_jsonl_output_validates(validator: jsonschema.Draft202012Validator) -> None:
    """Every line of ``newsparse parse --jsonl`` over the modern stories validates."""
    proc = run("parse", "--jsonl", str(CORPUS / "articles-visible.jsonl"))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == len(modern_stories())
    for line in lines:
        data = json.loads(line)
        assert errors(validator, data) == [], data["id"]


def test_schema_is_strict(validator: jsonschema.Draft202012Validator) -> None:
    """Output with a key missing, a key added or a span of three numbers is refused."""
    data = article_data(parse(seed_text()), Story("seed.txt", seed_text()))
    assert errors(validator, data) == []
    assert errors(validator, {k: v for k, v in data.items() if k != "body"})
    assert errors(validator, {**data, "extra": 1})
    broken = json.loads(json.dumps(data))
    broken["dateline"]["span"] = [0, 1, 2]
    assert errors(validator, broken)
    broken = json.loads(json.dumps(data))
    broken["captions"][0]["date"] = "15 Dec 2024"
    assert errors(validator, broken)


def test_schema_command_prints_the_schema() -> None:
    """``newsparse schema`` prints :func:`parse_schema` as JSON and exits 0."""
    proc = run("schema")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == parse_schema()
