"""Roles in contributor lines and taglines: the words that name them and the role each gives.

Two tables, data only; the grammar that reads them is :mod:`newsparse.contributors`.

- :data:`CREDIT_ROLES`: job titles that stand before the names in an AP
  contributor line ("Associated Press writer Natalie Melzer in Tel Aviv, Israel
  contributed to this report.", "AP Health Writer Matthew Perrone contributed
  ..."), singular and plural; the role is the singular in lower case.
- :data:`TAGLINE_ROLES`: the phrases that open a tagline clause ("Reporting by",
  "Editing by", Bloomberg's "With assistance from", dpa's "Mitarbeit:") with
  the role each names. The first phrase listed for a role is its canonical form;
  "Additional reporting by" names the role "reporting", as the hand labels of
  ``tests/corpus/labels.jsonl`` read it.
- :data:`STAFF_WORDS`: the word after an agency's name that credits its staff as a
  whole ("Reporting by Reuters Staff").
- :data:`SCOPE_WORDS` and :data:`SCOPE_PLACES`: the scope of an agency's group
  credit, a plural job title of the agency's staff rather than named persons
  ("Associated Press journalists across the U.S. contributed to this report.",
  "AP journalists around the world contributed to this report.", "Associated
  Press reporters in statehouses across the country contributed.").
- :data:`CREDIT_ADVERBS`: the adverb a credit may put before "contributed" ("AP
  writer Michael Melia also contributed to this report."), read and not kept.

:data:`CREDIT_ROLES` and :data:`TAGLINE_ROLES` are matched without regard to case.

Sources: the contributor lines and taglines of ``shared/corpus/articles-visible.jsonl``
(AP, Reuters, Bloomberg), the forms listed in ``shared/CONVENTIONS.md``
("Contributor lines and taglines"), the AP beat titles seen in AP bylines
("AP Business Writer", "AP Medical Writer", "AP Diplomatic Writer") and the
Reuters tagline convention ("Reporting by ...; Additional reporting by ...;
Writing by ...; Editing by ..."). Agency credits without a person: AP member
papers' "The Associated Press contributed to this report.", The Canadian Press's
"With files from The Canadian Press" (also "... from The Associated Press",
"... from Reuters"), German pages' "Mit Material von dpa", Reuters' "Reporting by
Reuters Staff" on stories without a named reporter. Group credits: the tail lines of
AP stories run by US papers (AP/Reuters stories of the Article-Bias-Prediction
collection, 2020: "Associated Press journalists across the U.S. contributed to this
report.", "AP journalists around the world contributed to this report.") and the
AP's habit of crediting its statehouse reporters as a group ("Associated Press
reporters in statehouses across the country contributed to this report.").
"Also" before "contributed": AP stories of the same collection (2018-2020: "Rankin
reported from Richmond. Associated Press Writer Michael Melia in Hartford,
Connecticut, also contributed to this report."), and the same tail on CNBC's pages
("CNBC's Mike Sheen also contributed to this report.") and WebMD's ("Freelance
writers Erica Hensley and Elizabeth Fite also contributed to this report.").
"""

from __future__ import annotations

__all__ = [
    "CREDIT_ADVERBS",
    "CREDIT_ROLES",
    "FROM_PLACE_TAGS",
    "NOT_CREDITS",
    "ORGANISATION_WORDS",
    "SCOPE_PLACES",
    "SCOPE_WORDS",
    "STAFF_WORDS",
    "TAGLINE_ROLES",
]

#: ``(singular, plural)`` job titles of AP contributor lines; the role is the
#: singular. "Associated Press writers A and B contributed" -> "writer".
CREDIT_ROLES: tuple[tuple[str, str], ...] = (
    # "Associated Press writer John Leicester in Paris contributed to this report."
    ("writer", "writers"),
    # "Associated Press reporters Thomas Beaumont in Coralville, Iowa, ... contributed"
    ("reporter", "reporters"),
    ("correspondent", "correspondents"),
    ("photographer", "photographers"),
    ("video journalist", "video journalists"),
    ("videojournalist", "videojournalists"),
    ("photojournalist", "photojournalists"),
    ("visual journalist", "visual journalists"),
    ("multimedia journalist", "multimedia journalists"),
    ("journalist", "journalists"),
    ("researcher", "researchers"),
    ("news researcher", "news researchers"),
    ("editor", "editors"),
    ("producer", "producers"),
    ("video producer", "video producers"),
    ("data journalist", "data journalists"),
    ("staff writer", "staff writers"),
    # "AP Health Writer Matthew Perrone contributed to this report."
    ("business writer", "business writers"),
    ("medical writer", "medical writers"),
    ("health writer", "health writers"),
    ("science writer", "science writers"),
    ("technology writer", "technology writers"),
    ("economics writer", "economics writers"),
    ("economic writer", "economic writers"),
    ("entertainment writer", "entertainment writers"),
    ("sports writer", "sports writers"),
    ("sportswriter", "sportswriters"),
    ("religion writer", "religion writers"),
    ("political writer", "political writers"),
    ("legal affairs writer", "legal affairs writers"),
    ("diplomatic writer", "diplomatic writers"),
    ("national writer", "national writers"),
    ("education writer", "education writers"),
    ("environment writer", "environment writers"),
    ("energy writer", "energy writers"),
    ("aerospace writer", "aerospace writers"),
    ("auto writer", "auto writers"),
    ("airlines writer", "airlines writers"),
    ("retail writer", "retail writers"),
    ("travel writer", "travel writers"),
    ("food writer", "food writers"),
    ("investigative reporter", "investigative reporters"),
    # "Associated Press statehouse reporters contributed to this report." (AP's
    # reporters at the state capitols, also credited by name: "AP statehouse
    # reporter Jane Doe")
    ("statehouse reporter", "statehouse reporters"),
    ("chief correspondent", "chief correspondents"),
    ("special correspondent", "special correspondents"),
    ("white house correspondent", "white house correspondents"),
    ("congressional correspondent", "congressional correspondents"),
    ("stringer", "stringers"),
    # "AP Polling director Emily Swanson and Associated Press writers ... contributed"
    ("polling director", "polling directors"),
    ("contributor", "contributors"),
)

#: ``(phrase, role)``: the words that open a tagline clause, then the names.
#: "Reporting by Andy Bruce in London and Ankur Banerjee in Bengaluru; Editing by Joyjeet Das"
TAGLINE_ROLES: tuple[tuple[str, str], ...] = (
    ("Reporting by", "reporting"),
    # The New York Times: "Reporting was contributed by Joe Rennison, Colby Smith and
    # Lazaro Gamio from New York and Alan Rappeport and Shawn McCreesh from
    # Washington.", "Reporting was contributed by Eric Adelson from Lakeland, Fla.;
    # Benjamin Guggenheim from Santa Monica, Calif.; ..." (nytimes.com stories in
    # scrapers' test data): the places after "from" (see FROM_PLACE_TAGS).
    ("Reporting was contributed by", "reporting"),
    # Reuters: "Additional reporting by Steve Gorman; Editing by ..." (the same role)
    ("Additional reporting by", "reporting"),
    ("Writing by", "writing"),
    ("Written by", "writing"),
    ("Editing by", "editing"),
    ("Edited by", "editing"),
    ("Compiled by", "compiling"),
    ("Compiling by", "compiling"),
    ("Graphics by", "graphics"),
    ("Produced by", "producing"),
    ("Production by", "producing"),
    ("Fact-checking by", "fact-checking"),
    ("Fact checking by", "fact-checking"),
    ("Research by", "research"),
    ("Additional research by", "research"),
    ("Translated by", "translating"),
    ("Translation by", "translating"),
    # German pages: "Aus dem Englischen von Jan Doolan" (translated from English by)
    ("Aus dem Englischen von", "translating"),
    ("Übersetzung:", "translating"),
    # Bloomberg: "--With assistance from Ryan Teague Beckwith, Greg Stohr and Justin Sink."
    ("With assistance from", "assistance"),
    ("With assistance by", "assistance"),
    # dpa and German pages: "Mitarbeit: Anna Muster, Max Muster"
    ("Mitarbeit:", "assistance"),
    # The Canadian Press and Canadian papers: "With files from The Canadian Press",
    # "— With files from The Associated Press", "With files from Reuters": material
    # taken from another agency's (or writer's) copy.
    ("With files from", "files"),
    # German pages: "Mit Material von dpa" (with material from dpa), the same credit.
    ("Mit Material von", "files"),
)

#: The tagline phrases of :data:`TAGLINE_ROLES` whose names take their place after
#: "from", not "in", and whose place groups a semicolon may part (The New York Times:
#: "Reporting was contributed by A and B from New York and C from Washington.",
#: "... by A from Lakeland, Fla.; B from Santa Monica, Calif."). Written as listed there.
FROM_PLACE_TAGS: tuple[str, ...] = ("Reporting was contributed by",)

#: Words that follow an agency's name where a tagline or credit names its staff as a
#: whole, not a person: "Reporting by Reuters Staff", "Compiled by AP staff",
#: "Bloomberg News staff". "Reuters Staff" is the agency's contribution, never a
#: person's name. Matched without regard to case.
STAFF_WORDS: tuple[str, ...] = ("staff",)

#: The words that open the scope of a group credit, where an agency's staff of a role
#: worked: "AP journalists around the world", "Associated Press journalists across the
#: U.S.", "AP reporters from around the globe", "Associated Press reporters in
#: statehouses across the country". A scope is one to three of them, each followed
#: by a place ("the U.S.", "Washington") or a word of :data:`SCOPE_PLACES`. Written
#: in lower case, as listed: a place never starts with one of them.
SCOPE_WORDS: tuple[str, ...] = (
    "across", "around", "throughout", "from across", "from around", "in", "at",
)  # fmt: skip

#: What a scope word may be followed by, besides a place: "around the world",
#: "across the country", "in statehouses". Written in lower case, as listed.
SCOPE_PLACES: tuple[str, ...] = (
    "the world", "the globe", "the country", "the nation", "the region", "the continent",
    "the state", "statehouses", "state capitals", "state capitols",
)  # fmt: skip

#: The adverbs a credit may put between its names (or their place) and
#: "contributed": "AP writer Michael Melia also contributed to this report.",
#: "Associated Press Writer Michael Melia in Hartford, Connecticut, also contributed
#: to this report." A word says nothing about the credit, so it is read and not
#: kept: the line renders without it, as it does without "to this report". Only
#: before "contributed" ("contributed also" is no wire form); written in lower case,
#: as listed, and matched so.
CREDIT_ADVERBS: tuple[str, ...] = ("also",)

#: Words that open the page furniture found beside contributor lines, never a
#: credit: "Follow Colvin on Twitter at ...", "Contact AP's Global Investigative
#: Team ...", "Sign up for ...", "Read more ...". Matched at the start of a clause,
#: without regard to case.
NOT_CREDITS: tuple[str, ...] = (
    "Follow", "Contact", "Sign", "Read", "Subscribe", "Email", "Copyright", "Correction",
)  # fmt: skip

#: Words of organisations' names, never of a contributor's: a "name" holding one
#: is no person ("California Federal Savings and Loan Association contributed ...",
#: Reuters-21578). Words that are also family names (Church, House, Post, Court)
#: are left out on purpose. Matched without regard to case.
ORGANISATION_WORDS: tuple[str, ...] = (
    "Association", "Associates", "Bank", "Bancorp", "Corp", "Corp.", "Corporation", "Co.",
    "Company", "Inc", "Inc.", "Ltd", "Ltd.", "Plc", "LLC", "Group", "Holdings", "Industries",
    "Savings", "Loan", "Trust", "Fund", "Securities", "Exchange", "Insurance", "Airlines",
    "Airways", "Motors", "Systems", "Technologies", "University", "College", "Institute",
    "Department", "Ministry", "Council", "Committee", "Commission", "Agency", "Authority",
    "Police", "Party", "Federation", "Union", "Foundation", "Society", "Government",
    "Administration", "Bureau", "Hospital", "School", "Network", "Television", "Radio",
    "Newspaper", "Magazine", "Times", "Journal", "Reserve", "Treasury", "Congress", "Senate",
    "Parliament", "Army", "Navy", "Force",
    # "Acme News contributed to this report.": an organisation, never a person; the
    # agencies of the agency table ("Bloomberg News") are read before this test.
    "News",
    # "Smith Barney Research contributed research.": a research firm, never a person.
    "Research",
    # Reuters' desks credited in place of a reporter: "(Reporting by Bengaluru
    # Newsroom; Editing by ...)", "Reporting by Mali Newsroom; Writing by Bate Felix"
    # (a scraper's boilerplate tests), "(Gdynia Newsroom)" (Reuters copy in a parser's
    # test data); AP's and others' "Staff" and "Bureaux" ("Reporting by Jane Doe in
    # Sydney and Bureaux"): a desk, never a person ("Staff" after an agency's name is
    # read before this test: "Reporting by Reuters Staff").
    "Newsroom", "Newsrooms", "Newsdesk", "Desk", "Bureaux", "Bureaus", "Staff", "Staffers",
)  # fmt: skip
