"""Look-ups over the data tables, shared by the line grammars.

Kept apart from the tables (data only) and from the grammars (no logic).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Generic, TypeVar

from newsparse._tables.agencies import AGENCIES

if TYPE_CHECKING:
    from collections.abc import Callable

    from newsparse._types import Agency

__all__ = ["PerTable", "agency_forms", "find_agency", "per_table"]

_T = TypeVar("_T")


@cache
def _by_form() -> dict[str, Agency]:
    table: dict[str, Agency] = {}
    for agency in AGENCIES:
        for form in (*agency.forms, *agency.photo):
            table.setdefault(form.casefold(), agency)
    return table


def find_agency(form: str) -> Agency | None:
    """The agency a written form names (``"ap"``, ``"The Associated Press"``), or ``None``."""
    return _by_form().get(" ".join(form.split()).casefold())


def agency_forms(*kinds: str) -> list[str]:
    """Every written form of the agencies of the given kinds (all agencies when none given).

    Longest first, so a regex alternation tries ``"AP Photo"`` before ``"AP"``.
    """
    forms = {
        form
        for agency in AGENCIES
        if not kinds or set(kinds) & set(agency.kinds)
        for form in agency.forms
    }
    return sorted(forms, key=lambda f: (-len(f), f))


def per_table(build: Callable[[], _T]) -> PerTable[_T]:
    """A function that gives ``build()`` for the agency table in use: see :class:`PerTable`.

    >>> calls = []
    >>> current = per_table(lambda: calls.append(1) or len(calls))
    >>> current.built, current(), current(), calls, current.built
    (False, 1, 1, [1], True)
    """
    return PerTable(build)


class PerTable(Generic[_T]):
    """``build()`` for the agency table in use, built on the first call.

    The line grammars name the agencies of the table (tags, affiliations,
    credits) and are costly to compile, so each is built once per table, and
    only when first asked for (``import newsparse`` compiles none of them): a
    call builds again only when :data:`AGENCIES` here is no longer the table it
    last built from (a caller or a test put a table with a new row in its
    place), so a new row is known at the next call, with no cache to clear.
    """

    __slots__ = ("_build", "_table", "_value")

    def __init__(self, build: Callable[[], _T]) -> None:
        self._build = build
        self._table: object = None  # the table the value was built from
        self._value: _T | None = None

    def __call__(self) -> _T:
        if self._table is not AGENCIES:  # read at each call: the table in use
            self._value = self._build()
            self._table = AGENCIES
        return self._value  # type: ignore[return-value]  # built above

    @property
    def built(self) -> bool:
        """Whether the value has been built (for any table)."""
        return self._table is not None
