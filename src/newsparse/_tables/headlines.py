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

__all__ = [
    "COLON_TAGS",
    "DASH_TAGS",
    "GLUE_TAGS",
    "MINOR_WORDS",
    "NUMBERED_COLON_TAGS",
    "NUMBERED_TAGS",
    "PIPE_TAGS",
]

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
    # Reuters desk slugs of markets and service copy, on reuters.com lists and in
    # scrapers' strip lists of real Reuters headlines: "GLOBAL MARKETS-Yields, dollar rise
    # after stronger-than-expected US PPI data", "US STOCKS-Wall St drops as focus shifts
    # to Fed rate decision", "CORRECTED-US STOCKS-", "EMERGING MARKETS-", "PRECIOUS-",
    # "METALS-", "FOREX-", "TREASURIES-", "CANADA STOCKS-", "INDIA STOCKS-", "MIDEAST
    # STOCKS-", "CEE MARKETS-", "LIVE MARKETS-", "US STOCKS SNAPSHOT-", "BRIEF-", "MEDIA-",
    # "FOCUS-", "BUZZ-", "MOVES-", "POLL-", "NEWSMAKER-", "WIDER IMAGE-", "MORNING BID-",
    # "PRESS DIGEST-", "GLOBAL LNG-", "EUROPE POWER-", "CANADA FX DEBT-", "TABLE-".
    "GLOBAL MARKETS",
    "EMERGING MARKETS",
    "CEE MARKETS",
    "LIVE MARKETS",
    "US STOCKS",
    "US STOCKS SNAPSHOT",
    "CANADA STOCKS",
    "INDIA STOCKS",
    "MIDEAST STOCKS",
    "PRECIOUS",
    "METALS",
    "FOREX",
    "TREASURIES",
    "GLOBAL LNG",
    "EUROPE POWER",
    "CANADA FX DEBT",
    "BRIEF",
    "MEDIA",
    "FOCUS",
    "BUZZ",
    "MOVES",
    "POLL",
    "NEWSMAKER",
    "WIDER IMAGE",
    "MORNING BID",
    "PRESS DIGEST",
    "TABLE",
    # Reuters' "INSTANT VIEW 2-" (market reaction roundups), numbered like UPDATE.
    "INSTANT VIEW",
    # Reuters-21578 column titles of 1987: "U.S. CREDIT MARKET OUTLOOK - HOUSING STARTS",
    # "U.S. CORPORATE FINANCE - S/P CUT HAS NO EFFECT", "MIDWEST CASH GRAIN - SLOW
    # COUNTRY MOVEMENT".
    "U.S. CREDIT MARKET OUTLOOK",
    "U.S. CORPORATE FINANCE",
    "MIDWEST CASH GRAIN",
    # Reuters web copy, mixed case before a spaced hyphen: "Breakingviews - China-U.S.
    # audit deal success is a long way off" (reuters.com titles in NewsAPI samples);
    # "Fact Check-Images of Donald Trump being arrested are AI-generated" (Reuters Fact
    # Check, 21 Mar 2023). Glued to a lower-case word they are no tag ("Fact check-worthiness").
    "Breakingviews",
    "Fact Check",
)

#: Tags that take a number: "UPDATE 2-", "WRAPUP 1-", "INSTANT VIEW 2-".
NUMBERED_TAGS: tuple[str, ...] = ("UPDATE", "WRAPUP", "INSTANT VIEW")

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
    # Reuters desk slugs that also open 1987 compounds ("PRECIOUS-METALS", "MEDIA-GENERAL").
    "PRECIOUS",
    "METALS",
    "FOREX",
    "TREASURIES",
    "BRIEF",
    "MEDIA",
    "FOCUS",
    "BUZZ",
    "MOVES",
    "POLL",
    "NEWSMAKER",
    "TABLE",
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
    # Reuters Breakingviews' second kicker: "Breakingviews - COMMENTARY: Anthropic's $2 trln
    # goal is AI's biggest moonshot" (reuters.com list, 2026).
    "Commentary",
    # Reuters fact checks on the web: "Fact Check: ..." beside "Fact Check-..." above.
    "Fact Check",
    # Live pages: "Live: Five Palestinian journalists killed, Gaza media office says"
    # (Middle East Eye live page), "LIVE Updates | IND Vs AFG ..." (Zee News). Not "WATCH:",
    # a video link that ``_tables/noise.py`` leaves out of the story ("WATCH: Should Biden
    # worry about Netanyahu's address to Congress?" inside an Al Jazeera live page).
    "Live",
    "Breaking",
    "Breaking news",
    # Opinion pages: CNN's "Opinion: ...", the New York Times' and Washington Post's
    # "Opinion | Why Google's Quantum Supremacy Milestone Matters" (nytimes.com, 2019).
    "Opinion",
    # dpa-AFX's roundups, plain and numbered below: "ROUNDUP 2: Paramount schließt
    # Warner-Übernahme ab" (dpa-AFX on onvista.de, 2026).
    "ROUNDUP",
)

#: Colon tags that take a number: "ROUNDUP 2: Paramount schließt Warner-Übernahme ab".
NUMBERED_COLON_TAGS: tuple[str, ...] = ("ROUNDUP",)

#: Kickers written before a vertical bar, each also a colon tag (rendered with a colon):
#: "Opinion | Why Google's Quantum Supremacy Milestone Matters" (nytimes.com, 2019),
#: "Analysis | The Finance 202: Wall Street escapes GOP tax cutters unscathed, so far"
#: (Washington Post, 2017), "Live Updates | Russia-Ukraine-War" (apnews.com, 2022),
#: "LIVE Updates | IND Vs AFG, 1st T20I ..." (Zee News).
PIPE_TAGS: tuple[str, ...] = ("Opinion", "Analysis", "Live updates", "Live")

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
