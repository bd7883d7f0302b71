"""The JSON Schema (draft 2020-12) of what ``newsparse parse`` prints: :func:`parse_schema`.

The definitions are read off the models themselves (their attrs fields, type
hints and the ``Attributes:`` sections of their docstrings), so the schema
follows :meth:`~newsparse._serialize.Serializable.to_dict` field for field:

    >>> schema = parse_schema()
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> schema["$defs"]["Person"]["required"]
    ['raw', 'name', 'span']
    >>> schema["$defs"]["Headline"]["properties"]["case"]["enum"]
    ['sentence', 'title', 'upper']

Every model's object lists all its keys as required and no others, a ``span``
is a ``[start, end]`` pair of integers, a date a ``"YYYY-MM-DD"`` string, an
enum one of its values.
"""

from __future__ import annotations

import datetime
import inspect
import types
import typing
from enum import Enum
from typing import Any, Union

import attrs

from newsparse._types import Agency
from newsparse.article import Article, Part
from newsparse.byline import Byline, Person
from newsparse.caption import Caption, Credit
from newsparse.contributors import Contribution, ContributorLine
from newsparse.dateline import Dateline
from newsparse.errors import ParseError
from newsparse.headline import Headline

__all__ = ["DIALECT", "parse_schema"]

#: The JSON Schema dialect of :func:`parse_schema`.
DIALECT = "https://json-schema.org/draft/2020-12/schema"

#: The models with a definition of their own, by the name used in ``$defs``.
MODELS: tuple[type, ...] = (
    Headline,
    Dateline,
    Person,
    Byline,
    Credit,
    Caption,
    Contribution,
    ContributorLine,
    Agency,
    Part,
)

_SPAN = {
    "description": "(start, end) offsets: text[start:end].",
    "type": "array",
    "prefixItems": [{"type": "integer", "minimum": 0}, {"type": "integer", "minimum": 0}],
    "items": False,
    "minItems": 2,
    "maxItems": 2,
}

_PARSE_ERROR = {
    "description": "Why a line that looked like a caption or byline did not parse.",
    "type": "object",
    "properties": {"message": {"type": "string"}, "pos": {"type": "integer", "minimum": 0}},
    "required": ["message", "pos"],
    "additionalProperties": False,
}

_SIMPLE: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    bool: {"type": "boolean"},
    type(None): {"type": "null"},
    datetime.date: {"type": "string", "format": "date"},
}


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def _type_schema(hint: Any) -> dict[str, Any]:
    """The schema of one field's JSON value, from its type hint."""
    if hint in _SIMPLE:
        return dict(_SIMPLE[hint])
    if isinstance(hint, type) and issubclass(hint, Enum):
        return {"type": "string", "enum": [member.value for member in hint]}
    if isinstance(hint, type) and issubclass(hint, ParseError):
        return _ref("ParseError")
    if isinstance(hint, type) and hint in MODELS:
        return _ref(hint.__name__)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is tuple and args == (int, int):
        return _ref("Span")
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return {"type": "array", "items": _type_schema(args[0])}
    if origin in (Union, types.UnionType):
        options = [_type_schema(arg) for arg in args]
        simple = [o for o in options if set(o) == {"type"}]
        if len(simple) == len(options):
            return {"type": [o["type"] for o in options]}
        return {"anyOf": options}
    msg = f"Expected a field type that serialises to JSON, got {hint!r}"
    raise TypeError(msg)


def _attribute_docs(cls: type) -> dict[str, str]:
    """The ``Attributes:`` section of ``cls``'s docstring: one sentence or so per field."""
    doc = inspect.cleandoc(cls.__doc__ or "")
    found: dict[str, str] = {}
    inside, name = False, ""
    for line in doc.splitlines():
        if line.strip() == "Attributes:":
            inside = True
            continue
        if not inside:
            continue
        if line.startswith("        ") and name:
            found[name] += " " + line.strip()
        elif line.startswith("    ") and ":" in line:
            name, _, text = line.strip().partition(":")
            found[name] = text.strip()
        else:
            inside, name = False, ""
    return found


def model_schema(cls: type) -> dict[str, Any]:
    """The schema of ``cls().to_dict()``: an object with every field of the model."""
    hints = typing.get_type_hints(cls)
    docs = _attribute_docs(cls)
    properties: dict[str, Any] = {}
    for field in attrs.fields(cls):
        prop = _type_schema(hints[field.name])
        if field.name in docs:
            prop = {"description": docs[field.name], **prop}
        properties[field.name] = prop
    summary = inspect.cleandoc(cls.__doc__ or "").split("\n\n", 1)[0]
    return {
        "description": " ".join(summary.split()),
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def _nullable(name: str) -> dict[str, Any]:
    return {"anyOf": [_ref(name), {"type": "null"}]}


def _list_of(name: str) -> dict[str, Any]:
    return {"type": "array", "items": _ref(name)}


def parse_schema() -> dict[str, Any]:
    """The JSON Schema of one story as ``newsparse parse`` prints it (``--format json``).

    The story's keys are those of :meth:`Article.to_dict
    <newsparse.article.Article.to_dict>` with ``path`` (the file, ``<stdin>`` for
    standard input) first, and ``record`` (line number) and ``id`` for JSON Lines input.
    """
    article: dict[str, Any] = {
        "path": {"description": "The file the story came from.", "type": "string"},
        "record": {
            "description": "JSON Lines input only: the record's line number (1-based).",
            "type": "integer",
            "minimum": 1,
        },
        "id": {
            "description": 'JSON Lines input only: the record\'s "id", as a string, or null.',
            "type": ["string", "null"],
        },
        "headline": _nullable("Headline"),
        "agency": {
            "description": 'The agency of the story by its short form ("AP"), or null.',
            "type": ["string", "null"],
        },
        "dateline": _nullable("Dateline"),
        "bylines": _list_of("Byline"),
        "captions": _list_of("Caption"),
        "contributors": _list_of("ContributorLine"),
        "body": {
            "description": "The story's paragraphs as written, the dateline paragraph first.",
            "type": "array",
            "items": {"type": "string"},
        },
        "parts": {"description": "Every line of the story, in order.", **_list_of("Part")},
    }
    defs: dict[str, Any] = {"Span": _SPAN, "ParseError": _PARSE_ERROR}
    defs.update((cls.__name__, model_schema(cls)) for cls in MODELS)
    return {
        "$schema": DIALECT,
        "title": "newsparse parse output",
        "description": " ".join(inspect.cleandoc(Article.__doc__ or "").split("\n\n")[0].split()),
        "type": "object",
        "properties": article,
        "required": [key for key in article if key not in ("record", "id")],
        "dependentRequired": {"record": ["id"], "id": ["record"]},
        "additionalProperties": False,
        "$defs": defs,
    }
