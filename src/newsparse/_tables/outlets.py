"""Outlets that sign bylines beside the news agencies of :mod:`newsparse._tables.agencies`.

A byline's affiliation is an agency of the agency table (a news agency, not a
photo distributor) or one of these outlets: "By Aaron Kliegman | Fox News",
"By Jane Doe, The Washington Post". Matched without regard to case; kept as written.

Data only. Sources: the bylines of ``shared/corpus/`` (Fox News; "Reuter", the
form 1987 Reuters copy in Reuters-21578 signs with: "By Nelson Graves, Reuter")
and the outlets whose names stand after a comma in syndicated bylines.
"""

from __future__ import annotations

__all__ = ["OUTLETS", "UNINTRODUCED_AFFILIATIONS"]

OUTLETS: tuple[str, ...] = (
    # "By Jesse Bedayn, Associated Press/Report for America": AP's bylines for the
    # reporters of the Report for America corps.
    "Associated Press/Report for America",
    "AP/Report for America",
    # "By Patti Domm, Reuter" (Reuters-21578, 1987)
    "Reuter",
    # "By Aaron Kliegman | Fox News"
    "Fox News",
    "Fox News Digital",
    "The New York Times",
    "New York Times",
    "The Washington Post",
    "Washington Post",
    "The Wall Street Journal",
    "Wall Street Journal",
    "Los Angeles Times",
    "USA Today",
    "USA TODAY",
    "Financial Times",
    "The Guardian",
    "BBC News",
    "BBC",
    "NPR",
    "CBS News",
    "NBC News",
    "ABC News",
    "CNBC",
    "Politico",
    "POLITICO",
    "Axios",
    "ProPublica",
    "KFF Health News",
    "Kaiser Health News",
    "The Conversation",
    "Al Jazeera",
    "Deutsche Welle",
    "DW",
    "Deseret News",
    "Chalkbeat",
    "Stateline",
    "CalMatters",
    "The Texas Tribune",
    "Texas Tribune",
)

#: Agencies whose web bylines name the writer and the agency with no "By":
#: "Mia Rabson, The Canadian Press", "Tess Ikonomou, Australian Associated Press".
#: Matched as written (mixed case): in capitals, "Name, ASSOCIATED PRESS" is how photo
#: credits look, and their own photo credits read "THE CANADIAN PRESS/Name".
UNINTRODUCED_AFFILIATIONS: tuple[str, ...] = (
    "The Canadian Press",
    "Australian Associated Press",
)
