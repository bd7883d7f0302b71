"""Photo captions and credit lines: prefixes, labels, markers and words that are no person.

Data only; :mod:`newsparse.caption` holds the rules that use them. Agencies
themselves are in :mod:`newsparse._tables.agencies`: a credit recognises every
agency of that table, so a new credit agency is a new row there, not here.

Sources: AP Stylebook "photo captions" and "credit lines" entries (``FILE -``,
``EDS NOTE:``, ``(AP Photo/Name, File)``, ``(X via AP)``), Reuters picture
captions (``FILE PHOTO:``, ``REUTERS/Name/File Photo``, ``Name/Pool via
REUTERS``), Getty Images credit lines and collection names (``Name/Getty Images
Europe``, ``Getty Images/iStockphoto``, ``Cultura RF``), dpa and picture
alliance credits (``Foto: Name/dpa``, ``Bild: Name/TASS/dpa/picture alliance``,
``© Name/dpa``), ``shared/CONVENTIONS.md`` ("Photo captions and credits") and
the captions of the shared corpus (``shared/corpus/articles-visible.jsonl``).
"""

from __future__ import annotations

from newsparse._types import Agency

__all__ = [
    "AGENCY_DESKS",
    "ANONYMOUS",
    "CAMPAIGN_OFFICES",
    "CAPTION_PREFIXES",
    "CAPTION_TRAILERS",
    "CREDIT_AGENCIES",
    "CREDIT_LABELS",
    "CREDIT_NOTICES",
    "FILE_MARKERS",
    "MILITARY_RANKS",
    "NOT_PERSONS",
    "ORG_CONNECTORS",
    "ORG_WORDS",
    "PLACE_WORDS",
    "PLATFORMS",
    "POOL_MARKERS",
]

#: Notes that open a caption, keyed by their upper-case form, valued by the
#: separator a canonical caption writes after them and whether they mark a file
#: photo. Matched without regard to case; kept as written.
#: "FILE - Israeli soldiers cross ..."  "FILE PHOTO: U.S. President ..."
#: "EDS NOTE: GRAPHIC CONTENT - ..."   "ATTENTION EDITORS - VISUAL COVERAGE OF ..."
CAPTION_PREFIXES: dict[str, tuple[str, bool]] = {
    "FILE": (" - ", True),
    "FILE PHOTO": (": ", True),
    "FILE PICTURE": (": ", True),
    "ARCHIVE PHOTO": (": ", True),
    "EDS NOTE": (": ", False),
    "EDS. NOTE": (": ", False),
    "EDITORS NOTE": (": ", False),
    "EDITOR'S NOTE": (": ", False),
    "EDITOR\u2019S NOTE": (": ", False),
    "ATTENTION EDITORS": (" - ", False),
    # BBC News pages print the caption under its own label, after the credit's line:
    # "Image source, Getty Images" / "Image caption, Police at the scene" (bbc.co.uk since
    # about 2020); older pages glue both with no comma: "Image copyright Getty Images Image
    # caption Police gathered outside".
    "IMAGE CAPTION": (", ", False),
}

#: Words that introduce a credit, written with a colon after them ("Photo: Name/AP",
#: "Bild: Name/TASS/dpa/picture alliance") or, for the ``by`` forms, before the
#: name ("Photo by Name/Getty Images"). Matched as written (capitalised).
CREDIT_LABELS: tuple[str, ...] = (
    "Photo",
    "Photos",
    "Photograph",
    "Photographs",
    "Photographer",
    "Picture",
    "Pictures",
    "Image",
    "Images",
    "Credit",
    "Photo credit",
    "Image credit",
    "Picture credit",
    # "(Photo credit should read JOHANNES EISELE/AFP/Getty Images)": AFP's pictures on
    # Getty Images; "Photo credit should read: Jonathan Brady/PA Wire" (PA Images).
    # Read with a colon or a space after it, as the "by" labels.
    "Photo credit should read",
    # The BBC's pages, the credit before the caption: "Image copyright Getty Images
    # Image caption Police at the scene" (to 2019), "Image source, Getty Images Image
    # caption, The summit is based at the SEC campus" (since). Read with a space
    # ("copyright") or a comma ("source") after them, or a colon.
    "Image copyright",
    "Image source",
    "Foto",
    "Fotos",
    "Bild",
    "Bilder",
    "Photo by",
    "Photograph by",
    "Picture by",
    "Pictures by",
    "Image by",
    "Foto von",
    "\u00a9",  # "© Arne Dedert/dpa"
)

#: Restrictions Reuters writes in capitals after a credit, each closed by a full stop:
#: "@SubasTheOne/via REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.
#: MANDATORY CREDIT. NO RESALES. NO ARCHIVES." They stay in the credit's ``raw``.
CREDIT_NOTICES: tuple[str, ...] = (
    "THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY",
    "MANDATORY CREDIT",
    "NO RESALES",
    "NO ARCHIVES",
    "NO SALES",
    "EDITORIAL USE ONLY",
    "NO COMMERCIAL USE",
)

#: A credit part that marks a file (archive) picture: "(AP Photo/Name, File)",
#: "REUTERS/Name/File Photo". Matched without regard to case.
FILE_MARKERS: tuple[str, ...] = ("File", "File Photo", "File Picture", "Archive", "Archivbild")

#: A credit part that marks a pool picture: "(AP Photo/Name, Pool)",
#: "Name/Pool via REUTERS", "(Name/Pool Photo via AP)". Matched without regard to case.
POOL_MARKERS: tuple[str, ...] = ("Pool", "Pool Photo", "Pool Picture")

#: Credit parts that stand where a photographer would but name nobody:
#: "Handout/AFP via Getty Images", "REUTERS/Stringer". Matched without regard to case.
ANONYMOUS: tuple[str, ...] = ("Handout", "HO", "Stringer", "STR", "Staff", "Staff Photographer")

#: Military ranks written before a service photographer's name in the handout
#: credits of the US armed forces, as Reuters and AP pass them on: "U.S.
#: Army/Staff Sgt. Desmond Cassell/Task Force-Iraq Public Affairs/Handout via
#: REUTERS", "U.S. Navy/Mass Communication Specialist 2nd Class Name/Handout via
#: REUTERS" (the forces' own credit lines read "U.S. Army photo by Staff Sgt.
#: Name", DVIDS). In AP style (the abbreviations of the AP Stylebook's "military
#: titles" entry); matched as written, followed by a space. The rank is no part
#: of the photographer's name: the credit keeps it in ``raw``.
MILITARY_RANKS: tuple[str, ...] = (
    "Pvt.",
    "Pfc.",
    "Spc.",
    "Cpl.",
    "Lance Cpl.",
    "Sgt.",
    "Staff Sgt.",
    "Sgt. 1st Class",
    "Master Sgt.",
    "1st Sgt.",
    "Sgt. Maj.",
    "Command Sgt. Maj.",
    "Gunnery Sgt.",
    "Tech. Sgt.",
    "Senior Master Sgt.",
    "Chief Master Sgt.",
    "Airman",
    "Airman 1st Class",
    "Senior Airman",
    "Seaman",
    "Petty Officer 1st Class",
    "Petty Officer 2nd Class",
    "Petty Officer 3rd Class",
    "Chief Petty Officer",
    "Senior Chief Petty Officer",
    "Mass Communication Specialist Seaman",
    "Mass Communication Specialist 1st Class",
    "Mass Communication Specialist 2nd Class",
    "Mass Communication Specialist 3rd Class",
    "Chief Mass Communication Specialist",
    "Warrant Officer",
    "Chief Warrant Officer",
    "2nd Lt.",
    "1st Lt.",
    "Lt.",
    "Capt.",
    "Maj.",
    "Lt. Col.",
    "Col.",
    "Lt. Cmdr.",
    "Cmdr.",
)

#: Picture collections and brands of the picture agencies that follow the agency
#: where a photographer could stand, but name no person: "Getty Images/iStockphoto",
#: "Getty Images/Cultura RF". Matched without regard to case.
NOT_PERSONS: tuple[str, ...] = (
    "iStockphoto",
    "iStock",
    "iStock Editorial",
    "Cultura RF",
    "Cultura",
    "E+",
    "Moment",
    "Moment RF",
    "DigitalVision",
    "Digital Vision",
    "Westend61",
    "Stone",
    "The Image Bank",
    "Photodisc",
    "Hulton Archive",
    "Bettmann",
    "Universal Images Group",
    "Image Source",
    "Tetra Images",
    "Stock Photo",
    "Symbolbild",
)

#: Regional desks and services written after an agency name: "Name/Getty Images
#: Europe", "Getty Images North America", "Getty Images Sport".
AGENCY_DESKS: tuple[str, ...] = (
    "Europe",
    "North America",
    "South America",
    "Latin America",
    "AsiaPac",
    "Asia Pacific",
    "Middle East",
    "Africa",
    "Entertainment",
    "Sport",
    "News",
)

#: Words that make a credit part an organisation, not a person, so that
#: "(Iranian Presidency Office via AP)" and "Korean Central News Agency/Korea
#: News Service" name no photographer. Matched as written.
ORG_WORDS: tuple[str, ...] = (
    "Administration",
    "Agency",
    "Agentur",
    "Archive",
    "Archives",
    "Army",
    "Association",
    "Authority",
    "Bureau",
    "Campaign",
    "Center",
    "Centre",
    "Channel",
    "Club",
    "College",
    "Commission",
    "Committee",
    "Company",
    "Corp",
    "Corporation",
    "Corps",
    "Council",
    "Court",
    "Courier",
    "Department",
    "Embassy",
    "Experiment",
    "Family",
    "Force",
    "Forces",
    "Foundation",
    "Gazette",
    "Government",
    "Group",
    "Guard",
    "Herald",
    "Hospital",
    "Images",
    "Inc",
    "Institute",
    "Journal",
    "Library",
    "Ltd",
    "Media",
    "Ministry",
    "Museum",
    "Navy",
    "Network",
    "News",
    "Newspaper",
    "Office",
    "Organisation",
    "Organization",
    "Party",
    "Photo",
    "Photos",
    "Pictures",
    "Police",
    "Polizei",
    "Post",
    "Presidency",
    "President",
    "Press",
    "Productions",
    "Project",
    "Radio",
    "Resort",
    "Service",
    "Services",
    "Society",
    "Studio",
    "Studios",
    "Team",
    "Television",
    "Times",
    "Tribune",
    "TV",
    "University",
    "Verlag",
    "World",
)

#: Words that end the name of a place, building, event or body and are never a
#: personal name: a credit glued to a caption without a sentence end ("... at
#: London Fashion Week Neil Mockford/GC Images") starts after them. Matched as
#: written; :data:`ORG_WORDS` and the byline table of words that are no names
#: count too.
PLACE_WORDS: tuple[str, ...] = (
    "Abbey",
    "Airport",
    "Arena",
    "Avenue",
    "Awards",
    "Bay",
    "Beach",
    "Bridge",
    "Castle",
    "Cathedral",
    "Championship",
    "Championships",
    "Chapel",
    "Church",
    "City",
    "Conference",
    "County",
    "Cup",
    "Falls",
    "Festival",
    "Gala",
    "Games",
    "Garden",
    "Gardens",
    "Hall",
    "Harbor",
    "Harbour",
    "Heights",
    "House",
    "Island",
    "Islands",
    "Lake",
    "Mountain",
    "Mountains",
    "Olympics",
    "Palace",
    "Park",
    "Parliament",
    "Port",
    "Premiere",
    "River",
    "Road",
    "Show",
    "Springs",
    "Square",
    "Stadium",
    "Station",
    "Street",
    "Summit",
    "Theater",
    "Theatre",
    "Town",
    "Valley",
    "Village",
)

#: Social platforms a picture is taken from, named alone before "via":
#: "(Facebook via AP)", "(Instagram via AP)". Matched without regard to case.
PLATFORMS: tuple[str, ...] = (
    "Facebook",
    "Instagram",
    "Twitter",
    "X",
    "YouTube",
    "TikTok",
    "Telegram",
    "WhatsApp",
    "Snapchat",
    "Reddit",
    "LinkedIn",
    "Weibo",
    "WeChat",
    "VK",
)

#: Offices a campaign is named for: "(Bernie Sanders for President via AP)" is a
#: campaign organisation, not a photographer working for an outlet. Matched as written.
CAMPAIGN_OFFICES: tuple[str, ...] = (
    "President",
    "Congress",
    "Senate",
    "Governor",
    "Mayor",
    "Attorney General",
)

#: Photo agencies and distributors seen only in credit lines, kept as agency rows
#: beside the main table (:mod:`newsparse._tables.agencies`): "Name/GC Images"
#: (Getty Images' celebrity and street-style collection). Adding one is adding a row.
CREDIT_AGENCIES: tuple[Agency, ...] = (Agency("GC Images", "GC Images", (), (), "US", ("photo",)),)

#: Page text that web pages print right after a caption's credit, a link or a
#: button, not part of the caption: "... (AP Photo/Darron Cummings) more >"
#: (The Washington Times). Read only right after a credit, without regard to case,
#: and kept as written in ``Caption.trailer``.
CAPTION_TRAILERS: tuple[str, ...] = (
    "more >",
    "more \u203a",  # "more ›"
    "more \u00bb",  # "more »"
    "Show more",
    "Read more",
    "Expand",
    "Enlarge",
    "Enlarge this image",
    "Open gallery",
    "View gallery",
    "Zoom",
)

#: Small words that may stand inside the name of an organisation credited in
#: parentheses: "(U.S. District Court, Eastern District of New York)".
ORG_CONNECTORS: tuple[str, ...] = ("of", "for", "the", "and", "&", "de", "du", "des", "der", "on")
