"""Plain JSON-ready data from newsparse models: :func:`to_dict`, :class:`Serializable`.

Generic over attrs classes: every field by name, recursively, in the order the
fields are declared. Dates become ISO strings, enums their values, tuples
(spans included) lists, a :class:`~newsparse.errors.ParseError` its message and
position::

    >>> import datetime, enum
    >>> class Kind(str, enum.Enum):
    ...     A = "a"
    >>> to_data({"when": datetime.date(2024, 12, 15), "span": (0, 4), "kind": Kind.A})
    {'when': '2024-12-15', 'span': [0, 4], 'kind': 'a'}
"""

from __future__ import annotations

import datetime
import json
from enum import Enum
from typing import Any

import attrs

from newsparse.errors import ParseError

__all__ = ["Serializable", "to_data", "to_dict"]

#: JSON-ready data: what :func:`json.dumps` takes as is.
Data = Any


def to_dict(obj: Any) -> dict[str, Data]:
    """An attrs instance as a dict of its fields, each made JSON-ready by :func:`to_data`.

    Raises:
        TypeError: ``obj`` is not an attrs instance.
    """
    if not attrs.has(type(obj)):
        msg = f"Expected an attrs instance, got {type(obj).__name__}"
        raise TypeError(msg)
    return {field.name: to_data(getattr(obj, field.name)) for field in attrs.fields(type(obj))}


def to_data(value: Any) -> Data:
    """Any model value as JSON-ready data (``None``, bool, int, float, str, list, dict)."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, Enum):
        return to_data(value.value)
    if isinstance(value, str):
        return value
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, ParseError):
        return {"message": value.message, "pos": value.pos}
    if attrs.has(type(value)):
        return to_dict(value)
    if isinstance(value, dict):
        return {str(k): to_data(v) for k, v in value.items()}
    if isinstance(value, (tuple, list, set, frozenset)):
        return [to_data(v) for v in value]
    return str(value)


class Serializable:
    """Mixin giving an attrs model ``to_dict()`` and ``to_json()``; every model inherits it.

    It has no slots of its own, so ``attrs`` slotted classes stay slotted.

        >>> from newsparse import Person
        >>> Person("JANE DOE", "Jane Doe", span=(3, 11)).to_dict()
        {'raw': 'JANE DOE', 'name': 'Jane Doe', 'span': [3, 11]}
        >>> Person("JANE DOE", "Jane Doe").to_json()
        '{"raw": "JANE DOE", "name": "Jane Doe", "span": [0, 0]}'
    """

    __slots__ = ()

    def to_dict(self) -> dict[str, Data]:
        """The model as JSON-ready data: every field by name (see :func:`to_dict`)."""
        return to_dict(self)

    def to_json(self, *, indent: int | None = None) -> str:
        """:meth:`to_dict` as a JSON string, non-ASCII characters kept as they are."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
