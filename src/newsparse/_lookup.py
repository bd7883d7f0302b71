"""Look-ups over the data tables, shared by the line grammars.

Kept apart from the tables (data only) and from the grammars (no logic).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from newsparse._tables.agencies import AGENCIES

if TYPE_CHECKING:
    from newsparse._types import Agency

__all__ = ["agency_forms", "find_agency"]


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
