"""Types shared by every module: spans, the span field, and the row types of the data tables.

This module imports nothing from newsparse (``tests/test_layering.py`` keeps it so).
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["Agency", "Span", "span_field"]

#: ``(start, end)`` offsets into the text a model was parsed from, ``text[start:end]``.
Span = tuple[int, int]


def span_field() -> Any:
    """The ``span`` field every model carries: where in the input it came from.

    It is left out of equality and hashing, so a model parsed from a longer
    text equals the same model parsed from its canonical rendering, and it
    defaults to ``(0, 0)`` for models built by hand.
    """
    return attrs.field(default=(0, 0), eq=False, hash=False, repr=False, kw_only=True)


@attrs.frozen(slots=True)
class Agency:
    """One row of the agency table (:mod:`newsparse._tables.agencies`).

    Attributes:
        name: The canonical name, ``"Associated Press"``.
        short: The form the agency signs with, ``"AP"``.
        aliases: Every further form seen in datelines, credits, bylines and
            taglines, as written (``"The Associated Press"``); matched without
            regard to case.
        photo: Forms of its photo credit that name the agency and service,
            as in ``(AP Photo/Name)``: ``("AP Photo",)``.
        country: ISO 3166 alpha-2 code of its home country, or ``None``.
        kinds: What it supplies: ``"news"``, ``"photo"``, ``"distributor"``.
    """

    name: str
    short: str
    aliases: tuple[str, ...] = ()
    photo: tuple[str, ...] = ()
    country: str | None = None
    kinds: tuple[str, ...] = ("news",)

    @property
    def forms(self) -> tuple[str, ...]:
        """Every written form: short, name and aliases, without repeats."""
        return tuple(dict.fromkeys((self.short, self.name, *self.aliases)))
