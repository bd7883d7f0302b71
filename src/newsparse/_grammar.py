"""Regex pieces shared by the line grammars, as strings: no compiling, no logic.

Each piece is unanchored so it composes; the line modules compose them into
their own verbose patterns and compile those with the ``regex`` module, word
lists passed as named lists (``\\L<agencies>``). Pieces use possessive
quantifiers where a piece could otherwise backtrack.
"""

from __future__ import annotations

__all__ = [
    "APOSTROPHES",
    "DASH",
    "DASH_CHARS",
    "HSPACE",
    "OPT_WS",
    "WS",
]

#: Horizontal space as pages write it: space, tab, no-break and thin spaces.
HSPACE = r"[ \t\u00a0\u2007\u2009\u202f]"

#: One or more horizontal spaces, never given back.
WS = rf"{HSPACE}++"

#: Any run of horizontal space, possibly none.
OPT_WS = rf"{HSPACE}*+"

#: Every dash character seen in wire copy: hyphen (U+2010), non-breaking
#: hyphen, figure dash, en dash "–", em dash "—", horizontal bar "―", minus "−".
DASH_CHARS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"

# "BEIRUT (AP) —"   "WASHINGTON, Jan. 5 (UPI) --"   "LONDON (Reuters) -"   "Madrid (EFE) –"
# Lenient: web copy swaps the em dash for any dash character or a run of hyphens;
# a doubled em dash or "—-" also occurs and is kept whole, as written.
DASH = rf"(?:[{DASH_CHARS}]++-*+|-++)"

#: Apostrophes as written in names and places: straight, curly, modifier letter.
APOSTROPHES = "'\u2019\u02bc\u2018"
