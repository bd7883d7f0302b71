"""Outlets that sign bylines beside the news agencies of :mod:`newsparse._tables.agencies`.

A byline's affiliation is an agency of the agency table (a news agency, not a
photo distributor) or one of these outlets: "By Aaron Kliegman | Fox News",
"By Jane Doe, The Washington Post". Matched without regard to case; kept as written.

Data only. Sources: the bylines of ``shared/corpus/`` (Fox News; "Reuter", the
form 1987 Reuters copy in Reuters-21578 signs with: "By Nelson Graves, Reuter")
and the outlets whose names stand after a comma in syndicated bylines.
"""

from __future__ import annotations

__all__ = ["NEWSROOM_WORDS", "OUTLETS", "UNINTRODUCED_AFFILIATIONS"]

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
    # Desks and services of agencies that sign as such after a comma: "By Maggie Fox,
    # Reuters Health" (Reuters Health wire, 2000s); "By Jane Doe, Reuters Breakingviews"
    # and "Breakingviews" (reuters.com commentary); "By Jane Doe, Bloomberg Opinion"
    # (bloomberg.com columns); "By Jane Doe, CNN Business" (cnn.com).
    "Reuters Health",
    "Reuters Breakingviews",
    "Breakingviews",
    "Bloomberg Opinion",
    "CNN Business",
    "Fox Business",
    # "By Jane Doe, The Hill" (thehill.com); "By Jane Doe, Stars and Stripes" (stripes.com);
    # "By Jane Doe, Sky News" (news.sky.com); "By Jane Doe, Voice of America" (voanews.com)
    "The Hill",
    "Stars and Stripes",
    "Sky News",
    "Voice of America",
    # "By Jane Doe For Dailymail.com", "By Jane Doe For Daily Mail Australia", "By Jane
    # Doe For MailOnline": the Daily Mail's pages (also in trafilatura's tests,
    # tests/metadata_tests.py: "Jenny Smith For Daily Mail Australia").
    "Dailymail.com",
    "Daily Mail Australia",
    "Daily Mail",
    "MailOnline",
)

#: Agencies whose web bylines name the writer and the agency with no "By":
#: "Mia Rabson, The Canadian Press", "Tess Ikonomou, Australian Associated Press".
#: Matched as written (mixed case): in capitals, "Name, ASSOCIATED PRESS" is how photo
#: credits look, and their own photo credits read "THE CANADIAN PRESS/Name".
UNINTRODUCED_AFFILIATIONS: tuple[str, ...] = (
    "The Canadian Press",
    "Australian Associated Press",
    # "Jane Doe, CNN": cnn.com pages copied as text print the byline without "By"; CNN's
    # own photo credits read "Name/CNN", never with a comma.
    "CNN",
)

#: Words that name a newsroom, a publication or a desk and are no word of a personal
#: name: an "author" holding one is an organisation read as a person ("By Jane Doe,
#: Reuters Health", "By Jane Doe, Kaiser Health News", "By Jane Doe, Moscow Times"), and
#: the byline is refused. Matched as written, in title case or capitals. Sources: the
#: mastheads of outlets that sign after a comma (Reuters Health, Reuters Breakingviews,
#: Bloomberg Opinion, CNN Business, NBC News, Military Times, the Tampa Bay Times,
#: Chicago Tribune, Ohio Capital Journal, Iowa Capital Dispatch, Kansas Reflector,
#: Business Insider, Newsweek, States Newsroom, Asharq Al-Awsat's "Arab News"). Words
#: that are also family names ("Post", "Herald", "Star", "Globe", "Mirror", "Courier",
#: "Record", "Fox", "Reuter") are left out on purpose.
NEWSROOM_WORDS: tuple[str, ...] = (
    # agencies and broadcasters (a desk after them: "Reuters Health", "Bloomberg Opinion")
    "Reuters",
    "Bloomberg",
    "Breakingviews",
    "Xinhua",
    "AFP",
    "AP",
    "CNN",
    "BBC",
    "NBC",
    "CBS",
    "ABC",
    "NPR",
    "PBS",
    "CNBC",
    "MSNBC",
    "ITV",
    "DW",
    # mastheads and desks
    "News",
    "Newswire",
    "Newswires",
    "Newsroom",
    "Newsweek",
    "Businessweek",
    "Times",
    "Tribune",
    "Journal",
    "Gazette",
    "Chronicle",
    "Dispatch",
    "Reflector",
    "Examiner",
    "Telegraph",
    "Insider",
    "Magazine",
    "Weekly",
    "Daily",
    "Online",
    "Opinion",
    "Desk",
    "Bureau",
    "Media",
)
