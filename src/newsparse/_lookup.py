"""Look-ups over the data tables, shared by the line grammars.

Kept apart from the tables (data only) and from the grammars (no logic).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from newsparse._tables.agencies import AGENCIES

if TYPE_CHECKING:
    from collections.abc import Callable

    from newsparse._types import Agency

__all__ = ["agency_forms", "find_agency", "per_table"]

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


def per_table(build: Callable[[], _T]) -> Callable[[], _T]:
    """A function that gives ``build()`` for the agency table in use.

    The line grammars name the agencies of the table (tags, affiliations,
    credits) and are costly to compile, so each is built once per table: the
    function builds again only when :data:`AGENCIES` here is no longer the table
    it last built from (a caller or a test put a table with a new row in its
    place), so a new row is known at the next call, with no cache to clear.

    >>> calls = []
    >>> current = per_table(lambda: calls.append(1) or len(calls))
    >>> current(), current(), calls
    (1, 1, [1])
    """
    built: list[Any] = [None, None]  # the table, what was built from it

    def current() -> _T:
        if built[0] is not AGENCIES:  # read at each call: the table in use
            built[1] = build()
            built[0] = AGENCIES
        value: _T = built[1]
        return value

    return current
