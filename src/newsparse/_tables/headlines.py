"""Headline tags: the wire tags agencies put before a headline, and the minor words of title case.

Data only; :mod:`newsparse.headline` holds the rules that use them.

Sources: Reuters wire headlines (``UPDATE 2-``, ``RPT-``, ``CORRECTED-``,
``REFILE-``, ``FACTBOX-``, ``WRAPUP 1-``, ``EXCLUSIVE-``, ``ANALYSIS-``,
``BREAKINGVIEWS-`` ...; the 1987 titles of Reuters-21578 in ``shared/corpus/``:
``CORRECTED - ...``, ``RPT - ...``, ``ECONOMIC SPOTLIGHT - ...``), AP web
headlines (``AP Exclusive:``, ``Correction:``, ``Live updates:``, ``AP Explains:``,
``AP Fact Check:``), ``shared/CONVENTIONS.md`` ("Headlines"), and the AP
Stylebook "composition titles" entry for the short words title case keeps in
lower case.
"""

from __future__ import annotations

__all__ = ["COLON_TAGS", "DASH_TAGS", "GLUE_TAGS", "MINOR_WORDS", "NUMBERED_TAGS"]

#: Reuters tags, written in capitals and joined to the headline by a hyphen
#: ("UPDATE 2-Oil rises", "RPT-UPDATE 1-...", "CORRECTED - BANKAMERICA ...").
#: Matched as written (capitals only).
DASH_TAGS: tuple[str, ...] = (
    "UPDATE",
    "WRAPUP",
    "EXCLUSIVE",
    "RPT",
    "REPEAT",
    "CORRECTED",
    "REFILE",
    "FACTBOX",
    "ANALYSIS",
    "BREAKINGVIEWS",
    "INSIGHT",
    "COLUMN",
    "FEATURE",
    "PREVIEW",
    "INTERVIEW",
    "EXPLAINER",
    "SPECIAL REPORT",
    "TIMELINE",
    "GRAPHIC",
    "ECONOMIC SPOTLIGHT",
)

#: Tags that take a number: "UPDATE 2-", "WRAPUP 1-".
NUMBERED_TAGS: tuple[str, ...] = ("UPDATE", "WRAPUP")

#: Tags that are also the first half of hyphenated words ("FEATURE-LENGTH",
#: "EXCLUSIVE-RIGHTS"): glued to an ALL-CAPS word by a bare hyphen they are read
#: as that word, not as a tag.
GLUE_TAGS: tuple[str, ...] = (
    "EXCLUSIVE",
    "ANALYSIS",
    "INSIGHT",
    "COLUMN",
    "FEATURE",
    "PREVIEW",
    "INTERVIEW",
    "EXPLAINER",
    "TIMELINE",
    "GRAPHIC",
    "REPEAT",
)

#: Tags written with a colon after them, AP and web style ("AP Exclusive: ...",
#: "Correction: ...", "Live updates: ...", "Factbox: ..."). Matched without regard to case.
COLON_TAGS: tuple[str, ...] = (
    "AP Exclusive",
    "AP Explains",
    "AP Fact Check",
    "AP Interview",
    "AP Photos",
    "AP Poll",
    "AP Analysis",
    # AP's scoop label of the 2010s: "APNewsBreak: Border arrests plunge, ..."
    "APNewsBreak",
    # AP's running-story slug: "The Latest: Huffman gets 14 days behind bars ..."
    "The Latest",
    # AP's series kickers of 2018-2020 copy: "AP-NORC poll: Most say ...", "VIRUS DIARY:
    # ...", "SUPREME COURT NOTEBOOK: Gender pronouns part of LGBT fight", "AP VoteCast:"
    "AP-NORC Poll",
    "AP VoteCast",
    "Virus Diary",
    "Supreme Court Notebook",
    "Correction",
    "Corrected",
    "Live updates",
    "Exclusive",
    "Factbox",
    "Explainer",
    "Analysis",
    "Breakingviews",
    "Insight",
    "Column",
    "Review",
    "Editorial",
)

#: Short words title case leaves in lower case ("Stuck in Last Century as Warfare
#: Changes"); they neither make nor break a title-case headline.
MINOR_WORDS: tuple[str, ...] = (
    "a",
    "an",
    "the",
    "and",
    "but",
    "or",
    "nor",
    "for",
    "so",
    "yet",
    "as",
    "at",
    "by",
    "in",
    "of",
    "off",
    "on",
    "per",
    "to",
    "up",
    "via",
    "vs",
    "v",
    "with",
    "from",
    "into",
    "onto",
    "over",
    "than",
    "out",
    "amid",
    "after",
    "upon",
    "de",
    "la",
    "le",
    "von",
    "van",
    "der",
)
