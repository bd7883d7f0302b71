"""Job titles that follow the names in a byline, as words: modifiers and heads.

A byline title is an optional agency or outlet, up to three modifiers and a
head: "AP Medical Writer", "Associated Press Writer", "AP Sports Writer",
"Staff Writer", "Chief White House Correspondent", "AP medical writer".
Matched without regard to case; kept as written.

Data only. Sources: AP and Reuters bylines in ``shared/corpus/`` and the forms
listed in ``shared/CONVENTIONS.md`` ("Bylines"); the AP beat titles seen in AP
bylines ("AP Business Writer", "AP Diplomatic Writer", "AP Science Writer",
"AP White House Correspondent"); German and French titles from dpa and AFP pages.
"""

from __future__ import annotations

__all__ = ["BYLINE_LEADS", "HONORIFICS", "TIMESTAMP_LABELS", "TITLE_HEADS", "TITLE_MODIFIERS"]

#: The word (or words) a title ends with.
TITLE_HEADS: tuple[str, ...] = (
    "Writer",
    "Writers",
    "Correspondent",
    "Correspondents",
    "Reporter",
    "Reporters",
    "Editor",
    "Columnist",
    "Photographer",
    "Journalist",
    "Video Journalist",
    "Videojournalist",
    "Analyst",
    "Critic",
    "Bureau Chief",
    "Producer",
    "Contributor",
    "Staff",
    "Staff Writer",
    "Staff Reporter",
    # German (dpa) and French (AFP)
    "Korrespondent",
    "Korrespondentin",
    "Redakteur",
    "Redakteurin",
    "Reporterin",
    "Autor",
    "Autorin",
    "correspondant",
    "correspondante",
    "envoyé spécial",
    "envoyée spéciale",
    "journaliste",
)

#: Words that stand before a head: the beat, the rank, the place.
TITLE_MODIFIERS: tuple[str, ...] = (
    # rank
    "Chief",
    "Senior",
    "Deputy",
    "Assistant",
    "Associate",
    "Managing",
    "Executive",
    "Contributing",
    "Special",
    "Staff",
    "Regional",
    "National",
    "International",
    "Foreign",
    "Investigative",
    "Global",
    "Bureau",
    # beat
    "Business",
    "Economics",
    "Economy",
    "Financial",
    "Markets",
    "Personal Finance",
    "Real Estate",
    "Retail",
    "Energy",
    "Auto",
    "Airlines",
    "Aerospace",
    "Technology",
    "Tech",
    "Media",
    "Telecommunications",
    "Medical",
    "Health",
    "Global Health",
    "Science",
    "Climate",
    "Environment",
    "Environmental",
    "Agriculture",
    "Farm",
    "Food",
    "Travel",
    "Fashion",
    "Lifestyle",
    "Entertainment",
    "Film",
    "Movie",
    "Music",
    "Television",
    "TV",
    "Arts",
    "Books",
    "Theater",
    "Religion",
    "Education",
    "Immigration",
    "Legal",
    "Law Enforcement",
    "Justice",
    "Supreme Court",
    "Congressional",
    "Political",
    "Politics",
    "Diplomatic",
    "Military",
    "National Security",
    "Intelligence",
    "Pentagon",
    "White House",
    "Capitol Hill",
    "State House",
    "Statehouse",
    "Labor",
    "Weather",
    "Sports",
    "Baseball",
    "Basketball",
    "Football",
    "Soccer",
    "Hockey",
    "Golf",
    "Tennis",
    "Racing",
    "Auto Racing",
    "Boxing",
    "Olympic",
    "Olympics",
    "College",
    "Photo",
    "Video",
    "Data",
    "Graphics",
    "News",
    "Digital",
    "Breaking News",
)

#: Words pages print before the timestamp of a byline ("By Jane Doe Published 10:15 AM
#: EDT, May 5, 2024", "Aktualisiert am 05.06.2025"): part of the timestamp, never of a
#: name. Sources: the bylines of AP's, German and French outlets' pages.
TIMESTAMP_LABELS: tuple[str, ...] = (
    "Published",
    "Updated",
    "Posted",
    "Last updated",
    "First published",
    "Aktualisiert am",
    "Aktualisiert",
    "Veröffentlicht am",
    "Veröffentlicht",
    "Stand",
    "Publié le",
    "Mis à jour le",
)

#: Honorifics that may stand before an author's name ("By Dr. Jane Doe", "By DR. JANE
#: DOE", "By Prof. John Smith"): health and science columns and opinion pieces sign so.
#: Matched without regard to case, a capital first; kept in the name as written, as
#: nameparser keeps a title in the full name ("Dr. Juan Q. Xavier de la Vega III").
#: Sources: nameparser's title table (``nameparser/config/titles.py``; studied, not
#: copied), the AP Stylebook's "doctor" entry (Dr. for medical and, where relevant,
#: academic doctors). Only honorifics a byline writer signs with: no "Mr." or "Gen."
#: "Dra." is the Spanish and Portuguese feminine form ("Dra. Andréia da Silva",
#: nameparser's tests/test_prefixes.py).
HONORIFICS: tuple[str, ...] = ("Dr.", "Dr", "Dra.", "Dra", "Prof.", "Prof", "Professor")

#: Words that open a byline before "by": "Story by Jane Doe" (features and photo
#: spreads that credit writer and photographer apart), "Words by Jane Doe" (magazine
#: and long-read pages), "Written by Jane Doe" (what many web pages print). Matched
#: without regard to case, only before "by". Not "Reporting by", "Writing by" or
#: "Editing by": those open Reuters' contributor lines (see newsparse.contributors).
BYLINE_LEADS: tuple[str, ...] = ("Story", "Words", "Written")
