"""Names that can hardly be anything but a person's: one rule for bylines and photo credits.

Private, shared by the line modules that must tell a person's name standing
alone from an organisation's or a place's of the same shape: a bare byline
("Rodrigo Campos" under a reuters.com headline, :mod:`newsparse.byline`) and the
one name AP hands a picture on for (``(Marion Curtis via AP)`` beside ``(Planet
Labs via AP)``, :mod:`newsparse.caption`).

A bare name is one personal name of two to four words whose first word (or
the first part of a hyphenated first word) is a given name of
:mod:`newsparse._tables.given_names`, and none of whose words or runs of words
is a known place, an organisation or place word ("Court", "Street", "Images",
"Police", "Church"), a word of a job title, a page word ("Read More", "Sign"),
an agency or an outlet. "Breaking News", "Supreme Court", "Sign Up", "New
York", "May Day", "Will Power", "Victoria Police" or "Jordan Valley Authority"
are refused; so is every name whose given name the table lacks ("Planet Labs")::

    >>> is_bare_name("Marion Curtis"), is_bare_name("Rodrigo Campos")
    (True, True)
    >>> is_bare_name("Supreme Court"), is_bare_name("Victoria Police"), is_bare_name("Planet Labs")
    (False, False, False)
"""

from __future__ import annotations

from newsparse._lookup import agency_forms
from newsparse._tables import noise
from newsparse._tables.credits import ORG_WORDS, PLACE_WORDS
from newsparse._tables.given_names import GIVEN_NAMES
from newsparse._tables.outlets import OUTLETS
from newsparse._tables.places import CA_PROVINCES, COUNTRIES, STANDALONE_CITIES, US_STATES
from newsparse._tables.regions import EXTRA_REGIONS
from newsparse._tables.roles import NOT_CREDITS, ORGANISATION_WORDS
from newsparse._tables.titles import TIMESTAMP_LABELS, TITLE_HEADS, TITLE_MODIFIERS

__all__ = ["is_bare_name"]

#: The given names a bare name may start with, in lower case.
_GIVEN_NAMES = frozenset(name.casefold() for name in GIVEN_NAMES)


def _bare_refusals() -> tuple[frozenset[str], frozenset[str]]:
    """Words and runs of words a bare name may not hold: in lower case, and codes as written.

    Places, organisation and place words, job title words, page words, agencies
    and outlets. Codes in capitals ("MA", "AP", "TV") are kept as written, so
    that "Jack Ma" is no Massachusetts.
    """
    phrases = (
        *STANDALONE_CITIES,
        *(n for names in US_STATES.values() for n in names),
        *(n for names in CA_PROVINCES.values() for n in names),
        *(n for names in COUNTRIES.values() for n in names),
        *EXTRA_REGIONS,
        *ORG_WORDS,
        *PLACE_WORDS,
        *ORGANISATION_WORDS,
        *TITLE_HEADS,
        *TITLE_MODIFIERS,
        *TIMESTAMP_LABELS,
        *noise.NOISE_LINES,
        *noise.TIMESTAMP_LABELS,
        *noise.SOCIAL_NETWORKS,
        *noise.MONTHS,
        *noise.WEEKDAYS,
        *NOT_CREDITS,
        *agency_forms(),
        *OUTLETS,
    )
    folded = set()
    codes = set()
    for phrase in phrases:
        words = phrase.rstrip(":").split()
        if not words:
            continue
        if len(words) == 1 and phrase.isupper() and len(phrase) <= 4:
            codes.add(phrase)
        else:
            folded.add(" ".join(words).casefold())
    return frozenset(folded), frozenset(codes)


_NOT_BARE, _NOT_BARE_CODES = _bare_refusals()


def is_bare_name(raw: str) -> bool:
    """Whether ``raw``, a name standing alone, is a person's name (see the module docstring)."""
    words = raw.replace(",", " ").split()
    if not 2 <= len(words) <= 4:
        return False
    first = words[0].casefold()
    if first not in _GIVEN_NAMES and first.partition("-")[0] not in _GIVEN_NAMES:
        return False
    count = len(words)
    for start in range(count):
        for end in range(start + 1, count + 1):
            run = " ".join(words[start:end])
            if run in _NOT_BARE_CODES or run.casefold() in _NOT_BARE:
                return False
    return True
