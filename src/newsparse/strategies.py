"""Hypothesis strategies that generate valid wire lines of each kind.

Public and documented, for property tests of newsparse and of code built on
it. Needs ``hypothesis`` (the ``test`` extra)::

    >>> from hypothesis import given
    >>> from newsparse import parse_dateline
    >>> from newsparse.strategies import dateline_lines
    >>> @given(dateline_lines())
    ... def test_round_trip(line):
    ...     m = parse_dateline(line)
    ...     assert parse_dateline(str(m)) == m

Each ``<kind>_lines()`` strategy draws a string that the matching
``parse_<kind>`` accepts, built from the same conventions the grammar reads
(real agency names, state abbreviations, name particles ...).
"""

from __future__ import annotations

try:
    from hypothesis import strategies as st
except ImportError as e:  # pragma: no cover - exercised only without the test extra
    msg = "newsparse.strategies needs hypothesis: pip install 'newsparse[test]'"
    raise ImportError(msg) from e

__all__ = [
    "byline_lines",
    "caption_lines",
    "contributor_lines",
    "dateline_lines",
    "headline_lines",
]

# Each section below belongs to one line kind; keep each kind's helpers inside its section.

# --- headline ---

_HL_WORDS = (
    "oil",
    "Oil",
    "OIL",
    "rises",
    "Rises",
    "RISES",
    "as",
    "in",
    "of",
    "the",
    "Fed",
    "U.S.",
    "talks",
    "Talks",
    "resume",
    "Paris",
    "iPhone",
    "2",
    "1.1%",
    "<MOB>",
    "Syria's",
    "‘no",
    "proof’",
    "Israeli-Syrian",
    "—",
    "-",
    "Ölpreis",
    "steigt",
)


@st.composite
def _headline_line(draw: st.DrawFn) -> str:
    from newsparse._tables.headlines import (  # noqa: PLC0415 - section keeps its imports
        COLON_TAGS,
        DASH_TAGS,
        NUMBERED_TAGS,
    )

    words = draw(st.lists(st.sampled_from(_HL_WORDS), min_size=1, max_size=10))
    if not any(w[0].isalpha() for w in words):
        words.append("Oil")
    style = draw(st.sampled_from(("as is", "upper", "title")))
    if style == "upper":
        words = [w.upper() for w in words]
    elif style == "title":
        words = [w[:1].upper() + w[1:] for w in words]
    text = " ".join(words)
    tags = []
    for _ in range(draw(st.integers(0, 3))):
        if draw(st.booleans()):
            tag = draw(st.sampled_from(DASH_TAGS))
            if tag in NUMBERED_TAGS and draw(st.booleans()):
                tag += f" {draw(st.integers(1, 12))}"
            tags.append(tag + draw(st.sampled_from(("-", " - ", "-", "–"))))
        else:
            tag = draw(st.sampled_from(COLON_TAGS))
            tags.append(draw(st.sampled_from((tag, tag.upper()))) + ": ")
    return "".join(tags) + text


def headline_lines() -> st.SearchStrategy[str]:
    """Headlines that :func:`newsparse.headline.parse_headline` accepts.

    Sentence, title and ALL-CAPS text after zero to three wire tags, Reuters
    style (``RPT-UPDATE 2-``, ``CORRECTED - ``) or AP style (``AP Exclusive: ``),
    tags taken from :mod:`newsparse._tables.headlines`::

        >>> from hypothesis import given
        >>> from newsparse.headline import parse_headline
        >>> @given(headline_lines())
        ... def test_round_trip(line):
        ...     headline = parse_headline(line)
        ...     assert parse_headline(str(headline)) == headline
        >>> test_round_trip()
    """
    return _headline_line()


# --- dateline ---

#: Dashes datelines are written with (``".-"`` of EFE comes only after an agency tag).
_DATELINE_DASHES = ("—", "--", "-", "–", "―", "\u2014-")


def _dateline_name() -> st.SearchStrategy[str]:
    """A made-up place name in capitals: "QUEZON CITY", "O'HARE", "WINSTON-SALEM"."""
    word = st.from_regex(r"[A-Z][A-Z]{0,8}(?:['.\-][A-Z]{1,6})?", fullmatch=True)
    # Not "BY A" or "VON X": a line opening so is read as a byline first.
    return (
        st.lists(word, min_size=1, max_size=3)
        .filter(lambda words: len(words) == 1 or words[0] not in {"BY", "VON", "PAR"})
        .map(" ".join)
    )


def _dateline_parts() -> tuple[list[str], list[str], list[str], list[str]]:
    """Known cities, known regions, month forms and agency forms, from the data tables."""
    import regex  # noqa: PLC0415 - keeps each kind's imports inside its section

    from newsparse._lookup import agency_forms  # noqa: PLC0415
    from newsparse._tables.months import MONTHS  # noqa: PLC0415
    from newsparse._tables.places import (  # noqa: PLC0415
        CA_PROVINCES,
        COUNTRIES,
        CP_STANDALONE_CITIES,
        STANDALONE_CITIES,
        US_STATES,
    )

    plain = regex.compile(r"\p{L}[\p{L}\p{M}.' \-]*")
    regions = [
        form
        for table in (US_STATES, CA_PROVINCES)
        for name, forms in table.items()
        for form in (name, *forms)
    ]
    regions += [name for names in COUNTRIES.values() for name in names]
    regions = sorted(r for r in set(regions) if plain.fullmatch(r) and r.strip() == r)
    months = sorted({form for forms in MONTHS.values() for form in forms})
    cities = sorted({*STANDALONE_CITIES, *CP_STANDALONE_CITIES})
    return cities, regions, months, agency_forms("news")


@st.composite
def _dateline_line(draw: st.DrawFn) -> str:
    cities, regions, months, agencies = _dateline_parts()
    form = draw(st.sampled_from(("agency", "date", "alone")))
    known = st.sampled_from(cities).map(str.upper)
    region = st.sampled_from(regions)
    placed = st.tuples(_dateline_name(), region).map(", ".join)
    if form == "alone":
        place = draw(st.one_of(known, placed))
        places = [place, *draw(st.lists(st.one_of(known, placed), max_size=2))]
    else:
        city = st.one_of(known, st.sampled_from(cities), _dateline_name(), placed)
        places = draw(st.lists(city, min_size=0 if form == "agency" else 1, max_size=3))
    text = "/".join(places)
    dated = form == "date" or (form == "agency" and bool(places) and draw(st.booleans()))
    if dated:
        month = draw(st.sampled_from(months)) + draw(st.sampled_from(("", ".")))
        day = str(draw(st.integers(1, 28)))
        if draw(st.integers(0, 5)) == 0:
            day += {"1": "st", "2": "nd", "3": "rd"}.get(day[-1:], "th")  # "3rd March, 2024"
        year = draw(st.sampled_from(("", " 2024", " 1987", ", 2024")))
        date = f"{day} {month}{year}" if draw(st.booleans()) else f"{month} {day}{year}"
        text += f", {date}"
    dash = draw(st.sampled_from(_DATELINE_DASHES))
    lead = draw(st.sampled_from(("", " The city said Monday it would act.", " Officials said.")))
    if form == "agency":
        agency = draw(st.sampled_from(agencies))
        agency = draw(st.sampled_from((agency, agency.lower(), agency.upper())))
        if dated and draw(st.integers(0, 3)) == 0:
            style = draw(st.sampled_from(("slash", "lead", "none")))
            if style == "slash":  # "MOSCOW, March 3. /TASS/."
                return f"{text}. /{agency}/.{lead}"
            if style == "lead":  # "(ANSA) - ROME, MAR 3 -"
                return f"({agency}) {dash} {text} {dash}{lead}"
            return f"{text} ({agency}){lead}"  # "New Delhi, Mar 3 (PTI)"
        if draw(st.integers(0, 5)) == 0:
            # A regional service, as dpa signs ("(dpa/lhe)"): dpa's convention, so dpa's
            # tag ("(Reuters/lhe)" would read as a "REUTERS/Name" photo credit in a story).
            agency = draw(st.sampled_from(("dpa", "DPA"))) + "/"
            agency += draw(st.sampled_from(("lhe", "lnw", "lby", "tmn")))
        text = f"{text} ({agency})" if text else f"({agency})"
        dash = draw(st.sampled_from((*_DATELINE_DASHES, ".-")))
        if dash == ".-":
            return text + dash + draw(st.sampled_from(("", " El Gobierno anunció hoy.")))
    return f"{text} {dash}{lead}"


def dateline_lines() -> st.SearchStrategy[str]:
    """Datelines that :func:`newsparse.dateline.parse_dateline` accepts, some with a lead.

    Three shapes, as agencies write them: a place (or none) with an agency tag
    (``BEIRUT (AP) —``, ``LONDON, March 3 (Reuters) -``, ``(Bloomberg) --``,
    a regional service ``Frankfurt am Main (dpa/lhe) -``, TASS's
    ``MOSCOW, March 3. /TASS/.``, ANSA's ``(ANSA) - ROME, MAR 3 -``, PTI's
    ``New Delhi, Mar 3 (PTI)``), a
    place with a date (``WASHINGTON, March 2 -``), and a known place in
    capitals alone (``TORONTO —``, ``QUEZON, Ga. —``). Places come from the
    place tables or are made up; months and agencies from their tables::

        >>> from hypothesis import given
        >>> from newsparse.dateline import parse_dateline
        >>> @given(dateline_lines())
        ... def test_round_trip(line):
        ...     dateline = parse_dateline(line)
        ...     assert parse_dateline(str(dateline)) == dateline
        >>> test_round_trip()
    """
    return _dateline_line()


# --- byline ---


def _byline_words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Title modifiers, title heads and affiliations, from the tables the grammar reads."""
    # Imported here so that each section of this shared file keeps its own imports.
    from newsparse._lookup import agency_forms  # noqa: PLC0415
    from newsparse._tables.outlets import OUTLETS  # noqa: PLC0415
    from newsparse._tables.titles import TITLE_HEADS, TITLE_MODIFIERS  # noqa: PLC0415

    return TITLE_MODIFIERS, TITLE_HEADS, (*agency_forms("news"), *OUTLETS)


_BY_GIVEN = (
    "Joseph",
    "Zeke",
    "Lauran",
    "Maria",
    "Peter",
    "Mary Clare",
    "Jean-Loup",
    "Ho Wah",
    "Chen",
    "Asaad",
    "José",
    "Søren",
    "Zoë",
    "Ahmad",
    "Max",
    "J.",
    "Gayatri",
    "Nailene",
)
_BY_FAMILY = (
    "Krauss",
    "Miller",
    "Neergaard",
    "Cheng",
    "Torday",
    "O'Neil",
    "O\u2019Neil",
    "McDonald",
    "MacArthur",
    "Macy",
    "al-Shibani",
    "van der Berg",
    "de la Cruz",
    "bin Salman",
    "D'Afflisio",
    "Chou-Wiest",
    "Müller",
    "Øster",
    "Łukasz",
    "St. John",
    "Machado",
    "Fievet",
    "Kusuma",
    "Foon",
)
_BY_SUFFIX = ("", "", "", " Jr.", " III", ", Jr.", ", MD", ", Ph.D.", ", PhD, MPH")
_BY_HONORIFIC = ("", "", "", "Dr. ", "Dr ", "Prof. ")
_BY_INTRO = ("By ", "BY ", "by ", "Von ", "par ", "Par ", "Story by ", "Written by ")
_BY_CONJUNCTION = (" and ", " & ", " und ", " et ", " AND ")


@st.composite
def _byline_name(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from(_BY_HONORIFIC))
    name += f"{draw(st.sampled_from(_BY_GIVEN))} {draw(st.sampled_from(_BY_FAMILY))}"
    name += draw(st.sampled_from(_BY_SUFFIX))
    return name.upper() if draw(st.booleans()) else name


@st.composite
def _byline_title(draw: st.DrawFn) -> str:
    words = [draw(st.sampled_from(("", "AP", "Associated Press", "Reuters", "dpa")))]
    modifiers, heads, _ = _byline_words()
    words += draw(st.lists(st.sampled_from(modifiers), max_size=2))
    words.append(draw(st.sampled_from(heads)))
    title = " ".join(w for w in words if w)
    return draw(st.sampled_from((title, title.lower(), title.upper())))


@st.composite
def _byline_affiliation(draw: st.DrawFn) -> str:
    return draw(st.sampled_from(_byline_words()[2]))


@st.composite
def _byline_line(draw: st.DrawFn) -> str:
    names = draw(st.lists(_byline_name(), min_size=1, max_size=4))
    text = names[0]
    for name in names[1:-1]:
        text += f", {name}"
    if len(names) > 1:
        text += draw(st.sampled_from((*_BY_CONJUNCTION, ", and "))) + names[-1]
    title = draw(st.none() | _byline_title())
    affiliation = draw(st.none() | _byline_affiliation())
    intro = draw(st.sampled_from(("", *_BY_INTRO)))
    if not intro and title is None:
        intro = "By "
    separator = st.sampled_from((", ", " ", " | ", ","))
    if title is not None:
        text += draw(separator) + title
    if affiliation is not None:
        # "For The Associated Press" (AP's freelancers) after "By"; " / AFP", " - Reuters"
        # before an affiliation alone.
        if intro and draw(st.booleans()):
            affiliation = draw(st.sampled_from(("For ", "for "))) + affiliation
        if intro and title is None:
            separator = st.sampled_from((", ", " ", " | ", ",", " / ", " - ", " — "))
        text += draw(separator) + affiliation
    return intro + text + draw(st.sampled_from(("", "", ".", " ")))


def byline_lines() -> st.SearchStrategy[str]:
    """Bylines that :func:`newsparse.parse_byline` accepts.

    ALL-CAPS and mixed-case names with particles, Mc/Mac, O', suffixes, honorifics
    ("Dr."), post-nominals (", MD") and non-ASCII letters; lists joined by commas,
    "and", "&", "und", "et"; "By", "Von", "par", "Story by" or no intro before a
    title or affiliation; "For" before an affiliation, a slash or a dash before one
    alone::

        >>> from hypothesis import given
        >>> from newsparse.byline import parse_byline
        >>> @given(byline_lines())
        ... def test_has_authors(line):
        ...     assert parse_byline(line).authors
        >>> test_has_authors()
    """
    return _byline_line()


# --- caption ---

_CAP_NAMES = (
    "Matias Delacroix",
    "J. Scott Applewhite",
    "Jae C. Hong",
    "LM Otero",
    "Brendan McDermid",
    "Asaad al-Shibani",
    "Ringo H.W. Chiu",
    "JUSTIN LANE",
    "Søren Müller",
    "Andrew O'Neil",
)
_CAP_TEXTS = (
    "Israeli soldiers cross the security fence in the town of Majdal Shams, Dec. 15, 2024.",
    "A mother sells bread in Ecatepec, Mexico, Tuesday, April 18, 2023.",
    "Traders work on the floor of the NYSE in New York, U.S., November 18, 2019.",
    "Das Spiel wurde am 28. April 2023 abgebrochen.",
    "Fans cheer in the stadium on 15 December 2024",
    "President Donald Trump speaks in Washington.",
    "A crowd at the Cinderella Castle in Florida",
    "Undated photo (stock image)",
    "((((((((",
    "",
)


@st.composite
def _caption_credit(draw: st.DrawFn) -> str:
    from newsparse._lookup import agency_forms  # noqa: PLC0415 - section keeps its imports

    name = draw(st.sampled_from(_CAP_NAMES))
    other = draw(st.sampled_from(_CAP_NAMES))
    agency = draw(st.sampled_from(agency_forms("photo")))
    flag = draw(st.sampled_from(("", "", ", File", ", Pool")))
    forms = (
        f"(AP Photo/{name}{flag})",
        f"(AP Photo/{name}, {other})",
        "(AP Photo)",
        f"({name}/{agency}{flag})",
        f"(Photo by {name}/Getty Images)",
        f"{name}/AFP via Getty Images",
        f"Handout/{agency} via Getty Images",
        f"REUTERS/{name}",
        f"REUTERS/{name}/File Photo",
        f"{name}/Pool via REUTERS",
        f"{name}/Pool via REUTERS/File Photo",
        "U.S. Navy/Handout via REUTERS",
        "Facebook via REUTERS",
        "Kremlin/Sputnik via REUTERS",
        "REUTERS//File Photo",
        f"REUTERS/U.S. Army/Staff Sgt. {name}/Handout via Reuters",
        f"(AP Photo/The Canadian Press, {name}{flag})",
        "@handle/via REUTERS",
        f"EPA-EFE/{name.upper()}",
        f"Photo: {name}/AP",
        f"Bild: {name}/TASS/dpa/picture alliance",
        f"Foto: {name}/dpa",
        f"(Courtesy of the Smith family via AP{flag})",
        f"({name}/Pool Photo via AP)",
        f"({name} via AP{flag})",
        "(Planet Labs via AP)",
        f"(Image: {agency} via Getty Images)",
        f"© {name}/dpa | {name}",
        "© Getty Images/iStockphoto | filmfoto",
        "(U.S. District Court, Eastern District of New York)",
        f"(By {name})",
    )
    return draw(st.sampled_from(forms))


@st.composite
def _caption_line(draw: st.DrawFn) -> str:
    from newsparse._tables.credits import CAPTION_PREFIXES  # noqa: PLC0415

    text = draw(
        st.sampled_from(_CAP_TEXTS)
        | st.text(alphabet="Aa .,-—()/:|0129", min_size=1, max_size=30).filter(str.strip)
    )
    credit = draw(st.none() | _caption_credit())
    parts = [part for part in (text, credit) if part]
    glue = " "
    if credit is not None and text.endswith(".") and not credit.startswith("("):
        glue = draw(st.sampled_from((" ", "")))  # "...Stadion.Getty Images"
    line = glue.join(parts) or "(AP Photo)"
    if credit is not None and draw(st.integers(0, 3)) == 0:
        line += " " + draw(st.sampled_from(("more >", "Show more", "Enlarge this image")))
    if draw(st.integers(0, 9)) == 0:
        line = f"By {draw(st.sampled_from(_CAP_NAMES))}" + draw(st.sampled_from(("", ":")))
    if draw(st.booleans()):
        prefix = draw(st.sampled_from(sorted(CAPTION_PREFIXES)))
        line = prefix + draw(st.sampled_from((" - ", ": ", " — ", " _ "))) + line
    return line


def caption_lines() -> st.SearchStrategy[str]:
    """Photo captions that :func:`newsparse.caption.parse_caption` accepts.

    Real caption texts (dates in AP, Reuters and German forms) or wire
    punctuation, with or without a prefix (``FILE - ``, ``EDS NOTE: ``), followed
    by a credit of every supported form (``(AP Photo/Name, File)``,
    ``REUTERS/Name/File Photo``, ``Name/AFP via Getty Images``, ``Bild:
    Name/TASS/dpa/picture alliance``, an organisation in parentheses ...) and
    sometimes page text after it (``more >``), or a credit alone (``By Name:``),
    agencies taken from the agency table::

        >>> from hypothesis import given
        >>> from newsparse.caption import parse_caption
        >>> @given(caption_lines())
        ... def test_round_trip(line):
        ...     caption = parse_caption(line)
        ...     assert parse_caption(str(caption)) == caption
        >>> test_round_trip()
    """
    return _caption_line()


# --- contributors ---

_CO_GIVEN = (
    "Natalie", "John", "Zeynep", "Qassim", "Edith M.", "Jan M.", "José", "Ilan", "Mary Clare",
    "Christopher S.", "Søren", "Zoë", "Asaad", "Kevin", "Ankur", "Marguerita", "J. R.",
)  # fmt: skip
_CO_FAMILY = (
    "Melzer", "Leicester", "Abdul-Zahra", "O\u2019Connor", "O'Neil", "Ben Zion", "van der Berg",
    "al-Shibani", "Cameron-Moore", "Müller", "García", "McDonald", "St. John", "Lederer",
    "de la Cruz", "Łukasz", "Bilginsoy",
)  # fmt: skip
_CO_SUFFIX = ("", "", "", "", " Jr.", " III")
_CO_CITIES = (
    "Tel Aviv", "Washington", "New York", "St. Louis", "Rio de Janeiro", "Birmingham",
    "Charlotte", "Port-au-Prince", "Cedar Rapids", "Dubai", "Paris", "Bengaluru",
    "KUALA LUMPUR", "JAKARTA/SURABAYA", "Frankfurt am Main", "São Paulo", "Ankara",
)  # fmt: skip
_CO_REGIONS = (
    "Israel", "Ala.", "N.C.", "Rhode Island", "United Arab Emirates", "D.C.", "W. Va.",
    "Turkey", "Iowa", "Kentucky", "Brazil", "Germany", "Colo.", "Philippines",
)  # fmt: skip
_CO_AGENCIES = ("Associated Press", "AP", "The Associated Press", "Reuters", "AFP")
# Agencies credited for their own part: "The Associated Press contributed to this report."
_CO_AGENCY_CREDITS = (
    "The Associated Press", "the Associated Press", "AP", "Reuters", "The Canadian Press",
    "Bloomberg News", "AFP", "dpa", "Agence France-Presse",
)  # fmt: skip
# Group credits' scopes: "AP journalists around the world contributed to this report."
_CO_SCOPES = (
    "", "", " around the world", " across the U.S.", " across the country", " in Washington",
    " from around the globe", " in statehouses across the country", " in Tel Aviv, Israel",
)  # fmt: skip
_CO_TAILS = (
    " contributed to this report.", " contributed.", " contributed to this story.",
    " contributed reporting.", ", contributed to this report.",
    # AP's "also": "... in Hartford, Connecticut, also contributed to this report."
    " also contributed to this report.", ", also contributed to this report.",
    " also contributed.",
)  # fmt: skip


def _co_tables() -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """Job titles (singular, plural) and tagline phrases, from the roles table."""
    from newsparse._tables.roles import CREDIT_ROLES, TAGLINE_ROLES  # noqa: PLC0415

    return CREDIT_ROLES, tuple(phrase for phrase, _ in TAGLINE_ROLES)


@st.composite
def _co_name(draw: st.DrawFn, *, full: bool = True) -> str:
    family = draw(st.sampled_from(_CO_FAMILY))
    if not full and draw(st.booleans()):
        return family[:1].upper() + family[1:]
    return f"{draw(st.sampled_from(_CO_GIVEN))} {family}{draw(st.sampled_from(_CO_SUFFIX))}"


@st.composite
def _co_place(draw: st.DrawFn) -> str:
    if draw(st.integers(0, 9)) == 0:
        return "the United Nations"
    city = draw(st.sampled_from(_CO_CITIES))
    region = draw(st.none() | st.sampled_from(_CO_REGIONS))
    return city if region is None else f"{city}, {region}"


@st.composite
def _co_groups(draw: st.DrawFn, *, full: bool, semicolons: bool) -> tuple[str, int]:
    """ "A and B in X, C in Y": the text and how many names it holds."""
    count = 0
    text = ""
    for index in range(draw(st.integers(1, 3))):
        names = draw(st.lists(_co_name(full=full), min_size=1, max_size=3))
        count += len(names)
        group = names[0]
        for name in names[1:]:
            group += draw(st.sampled_from((", ", " and ", ", and "))) + name
        place = draw(st.none() | _co_place())
        if place is not None:
            group += f" {'at' if place.startswith('the ') else 'in'} {place}"
        if index:
            seps = (", ", " and ", ", and ", "; ", "; and ") if semicolons else (", ", " and ")
            text += draw(st.sampled_from(seps))
        text += group
        if place is None:
            break  # "A and B in X" gives both X: a group with no place ends the list
    return text, count


@st.composite
def _co_credit(draw: st.DrawFn) -> str:
    """ "Associated Press writers A and B in X and photographer C contributed to this report."

    Also group credits ("... and AP journalists around the world contributed.").
    """
    roles, _ = _co_tables()
    parts: list[str] = []
    for index in range(draw(st.integers(1, 3))):
        if draw(st.integers(0, 5)) == 0:
            # A group credit: "AP journalists around the world", "Reuters reporters"
            _, plural = draw(st.sampled_from(roles))
            staff = draw(st.sampled_from(_CO_AGENCY_CREDITS))
            parts.append(f"{staff} {plural}{draw(st.sampled_from(_CO_SCOPES))}")
            continue
        text, count = draw(_co_groups(full=True, semicolons=True))
        if index == 0 and draw(st.integers(0, 3)) == 0:
            parts.append(text)  # no title: "Jim Heintz in Moscow ... contributed."
            continue
        singular, plural = draw(st.sampled_from(roles))
        word = singular if count == 1 else plural
        word = draw(st.sampled_from((word, word.title())))
        agency = draw(st.none() | st.sampled_from(_CO_AGENCIES))
        if agency is None and index == 0:
            word = word[:1].upper() + word[1:]
        parts.append(f"{word} {text}" if agency is None else f"{agency} {word} {text}")
    text = draw(st.sampled_from((", ", " and "))).join(parts)
    if draw(st.integers(0, 4)) == 0:
        place = draw(_co_place())
        tail = f" contributed from {place}" + ("" if place.endswith(".") else ".")
    else:
        tail = draw(st.sampled_from(_CO_TAILS))
    return text + tail


@st.composite
def _co_reported(draw: st.DrawFn) -> str:
    """ "Peoples reported from Montclair, N.J., and Lemire from New York." """
    text = f"{draw(_co_name(full=False))} reported from {draw(_co_place())}"
    if draw(st.booleans()):
        text += f", and {draw(_co_name(full=False))} from {draw(_co_place())}"
    return text if text.endswith(".") else text + "."


@st.composite
def _co_tagline(draw: st.DrawFn) -> str:
    """ "Reporting by A in Paris; Editing by B"  "With assistance from A and B"  "Mitarbeit: A" """
    _, phrases = _co_tables()
    text = ""
    for index in range(draw(st.integers(1, 3))):
        phrase = draw(st.sampled_from(phrases))
        # Lower case only after a first clause: "Reporting by A; editing by B"
        cases = (phrase, phrase.upper(), phrase.lower()) if index else (phrase, phrase.upper())
        phrase = draw(st.sampled_from(cases))
        if index:
            # Reuters also joins with a comma: "(Reporting by A, editing by B)"
            text += draw(st.sampled_from(("; ", ", ")))
        if draw(st.integers(0, 5)) == 0:
            # An agency's part: "With files from The Canadian Press", "Reporting by Reuters Staff"
            agency = draw(st.sampled_from(_CO_AGENCY_CREDITS))
            text += f"{phrase} {agency}{draw(st.sampled_from(('', ' Staff', ' staff')))}"
        else:
            text += f"{phrase} {draw(_co_groups(full=False, semicolons=False))[0]}"
    return text


@st.composite
def _co_agency_credit(draw: st.DrawFn) -> str:
    """ "The Associated Press contributed to this report."  "Jane Doe of Reuters contributed." """
    agency = draw(st.sampled_from(_CO_AGENCY_CREDITS))
    if draw(st.booleans()):
        return f"{draw(_co_name())} of {agency}{draw(st.sampled_from(_CO_TAILS))}"
    return f"{agency}{draw(st.sampled_from(_CO_TAILS))}"


@st.composite
def _co_line(draw: st.DrawFn) -> str:
    kinds = st.sampled_from(("credit", "credit", "reported", "tagline", "agency"))
    tagline = False
    text = ""
    for kind in draw(st.lists(kinds, min_size=1, max_size=3)):
        if text:
            # Sentences end with a point; a tagline with "; " ("... Jr. Writing by" would
            # read as one name).
            text += " " if text.endswith(".") and not tagline else "; "
        tagline = kind == "tagline"
        if kind == "credit":
            text += draw(_co_credit())
        elif kind == "reported":
            text += draw(_co_reported())
        elif kind == "agency":
            text += draw(_co_agency_credit())
        else:
            text += draw(_co_tagline())
    if text.startswith(("Reporting", "Additional")) and draw(st.booleans()):
        text = f"({text})"
    lead = draw(st.sampled_from(("", "", "—", "— ", "--", "-- ")))
    return lead + text


def contributor_lines() -> st.SearchStrategy[str]:
    """Contributor lines and taglines that :func:`newsparse.parse_contributors` accepts.

    AP credits with job titles from the roles table, agencies, name lists and
    places with regions ("Associated Press writers A and B in Washington and C
    in Birmingham, Ala., contributed to this report."), "X reported from Y",
    Reuters, Bloomberg and dpa taglines ("Reporting by A in Paris; Editing by
    B", "With assistance from ...", "Mitarbeit: ..."), agencies' own credits
    ("The Associated Press contributed to this report.", "With files from The
    Canadian Press", "Reporting by Reuters Staff", "Jane Doe of Reuters
    contributed."), group credits ("AP journalists around the world contributed
    to this report."), joined into lines of up to three clauses, with or without a
    leading dash::

        >>> from hypothesis import given
        >>> from newsparse.contributors import parse_contributors
        >>> @given(contributor_lines())
        ... def test_has_contributions(line):
        ...     assert parse_contributors(line).contributions
        >>> test_has_contributions()
    """
    return _co_line()
