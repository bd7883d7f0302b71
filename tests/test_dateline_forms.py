"""Dateline forms of further agencies: new tags, a colon or no dash after
the tag, ANI's bracketed country, Reuters' commentary service, and the near-misses kept apart."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import Dateline, ParseError, parse_byline, parse_caption, parse_dateline
from newsparse._lookup import find_agency
from newsparse.contributors import parse_contributors

#: (paragraph, places, date, agency as written, dash, country, the agency row's short form).
#: Each from the agency's own copy as pages carry it (sources in ``_tables/agencies.py``).
FORMS = [
    (
        "KUWAIT, Jan 9 (KUNA) -- Al-Arabi SC won the cup.",
        ("KUWAIT",),
        "Jan 9",
        "KUNA",
        "--",
        "KW",
        "KUNA",
    ),
    (
        "CHATTOGRAM, May 6, 2019 (BSS) – A memorandum was signed today.",
        ("CHATTOGRAM",),
        "May 6, 2019",
        "BSS",
        "–",
        None,
        "BSS",
    ),
    (
        "Washington, Aug 24 (Prensa Latina) President Joe Biden has announced aid.",
        ("Washington",),
        "Aug 24",
        "Prensa Latina",
        "",
        "US",
        "Prensa Latina",
    ),
    (
        "MADRID, 1 Abr. (EUROPA PRESS) - Uno de cada cinco vehículos eléctricos.",
        ("MADRID",),
        "1 Abr.",
        "EUROPA PRESS",
        "-",
        "ES",
        "Europa Press",
    ),
    (
        "Roma, 17 mar. (Adnkronos) - Il governo ha deciso.",
        ("Roma",),
        "17 mar.",
        "Adnkronos",
        "-",
        None,
        "Adnkronos",
    ),
    (
        "TEHRAN (FNA)- The Syrian Government forces drove them out.",
        ("TEHRAN",),
        None,
        "FNA",
        "-",
        "IR",
        "FNA",
    ),
    (
        "TEHRAN (Tasnim) – Italian police issued 18 arrest warrants.",
        ("TEHRAN",),
        None,
        "Tasnim",
        "–",
        "IR",
        "Tasnim",
    ),
    (
        "KABUL/JALALABAD (Pajhwok): Six people were injured in two explosions.",
        ("KABUL", "JALALABAD"),
        None,
        "Pajhwok",
        ":",
        None,  # two places: no one country (as "JERUSALEM/GAZA")
        "Pajhwok",
    ),
    (
        "KABUL (PAJHWOK): Around 23,000 people have been transported.",
        ("KABUL",),
        None,
        "PAJHWOK",
        ":",
        "AF",
        "Pajhwok",
    ),
    # Reuters' commentary service reads as Reuters; the tag stays as written.
    (
        "WASHINGTON, Jan 3 (Reuters Breakingviews) - Defunct blood-testing startup Theranos.",
        ("WASHINGTON",),
        "Jan 3",
        "Reuters Breakingviews",
        "-",
        "US",
        "Reuters",
    ),
    (
        "NEW YORK (CNNMoney) -- CNBC's outspoken financial adviser, Suze Orman.",
        ("NEW YORK",),
        None,
        "CNNMoney",
        "--",
        "US",
        "CNN",
    ),
    # A colon closes the tag of South Asian agencies (ANI, as news15.news carries it).
    (
        "Mumbai (ANI): Security outside the hotels has been tightened.",
        ("Mumbai",),
        None,
        "ANI",
        ":",
        None,  # Mumbai is in no table of stand-alone cities
        "ANI",
    ),
    ("NEW DELHI (ANI): The government said.", ("NEW DELHI",), None, "ANI", ":", "IN", "ANI"),
    # ANI's country in square brackets after the city.
    (
        "New Delhi [India], September 24 (ANI): Coming down heavily on Pakistan, India said.",
        ("New Delhi",),
        "September 24",
        "ANI",
        ":",
        "IN",
        "ANI",
    ),
    (
        "Toronto [Canada], June 30 (ANI): The Regional Tibetan Youth Congress staged a protest.",
        ("Toronto",),
        "June 30",
        "ANI",
        ":",
        "CA",
        "ANI",
    ),
    # CNN writes no dash after its tag (politicalticker.blogs.cnn.com, cnn.com).
    ("Washington (CNN)The president will speak.", ("Washington",), None, "CNN", "", "US", "CNN"),
    ("LONDON (CNN) The prime minister resigned.", ("LONDON",), None, "CNN", "", "GB", "CNN"),
    ("(CNN)President Barack Obama is holding a news conference.", (), None, "CNN", "", None, "CNN"),
    (
        "Washington (CNN) - President Barack Obama is taking his family.",
        ("Washington",),
        None,
        "CNN",
        "-",
        "US",
        "CNN",
    ),
    # "(CNA)" is Taiwan's and Cyprus' agency: the place gives the country.
    ("TAIPEI (CNA) - Taiwan reported.", ("TAIPEI",), None, "CNA", "-", "TW", "CNA"),
]


@pytest.mark.parametrize("row", FORMS, ids=lambda r: r[0][:30])
def test_agency_dateline_forms(
    row: tuple[str, tuple[str, ...], str | None, str, str, str | None, str],
) -> None:
    """Each form reads to its fields and agency row, renders canonically and reads back."""
    text, places, date, agency, dash, country, short = row
    d = parse_dateline(text)
    assert (d.places, d.date, d.agency, d.dash, d.country) == (places, date, agency, dash, country)
    assert parse_dateline(str(d)) == d
    found = find_agency(agency)
    assert found is not None
    assert found.short == short
    article = newsparse.parse(f"Officials meet\n\n{text}\n")
    assert article.dateline == d
    assert article.agency == short


def test_bracketed_country_is_the_region() -> None:
    """ "New Delhi [India]": the city alone, the country in brackets is its region."""
    d = parse_dateline("New Delhi [India], September 24 (ANI): Coming down heavily.")
    assert (d.locations, d.city, d.region, d.country) == (
        ("New Delhi [India]",),
        "New Delhi",
        "India",
        "IN",
    )
    assert str(d) == "New Delhi [India], September 24 (ANI):"


def test_colon_glued_to_the_lead() -> None:
    """A lead glued to the colon after the tag still starts after it."""
    d = parse_dateline("NEW DELHI, Dec 22 (ANI):National Assembly Speaker said.")
    assert (d.agency, d.dash, d.span) == ("ANI", ":", (0, 24))


@pytest.mark.parametrize(
    "text",
    [
        # A colon or no dash after a tag, after prose rather than place names.
        "The company (AP): shares rose.",
        "Officials said (Reuters): the plan failed.",
        # No dash after the tag: only CNN, and only before a capital.
        "LONDON (AP) The president said.",
        "LONDON (CNN) the president said.",
        "Washington (CNN), the network said.",
        # Left out of the table: common acronyms or words.
        "ISLAMABAD (APP): Amidst a spike in cases.",  # "app"
        "The infection fatality rate (IFR) - proportion of infections.",
        "Licensed Professional Counselor (LPC) - State of Texas.",
        "TEHRAN, Apr. 29 (MNA) – French President Emmanuel Macron.",  # Member of Nat. Assembly
        "KATHMANDU, Jan 5 (RSS): The government said.",  # also the Indian RSS
        "KABUL (PAN): The Afghan government threatened.",  # Pajhwok's old tag: "pan"
        "SYDNEY, Jan 5 AAP - The bank said.",  # AAP's tag without parentheses: unverified
        # Reuters' health wire: no form of the table (see test_contributors' health writer).
        "NEW YORK (Reuters Health) - A self-help process aimed at better aging.",
        "NATO (OTAN): une alliance.",
        # An agency's name spelled out before its initials, with or without "The".
        "The Associated Press (AP) — a cooperative founded in 1846.",
        "Kuwait News Agency (KUNA) - the state agency reported.",
        "Thomson Reuters (Reuters) - the company said.",
        # Brackets that are no country.
        "Watch [VIDEO] - the moment it fell.",
        "New Delhi [India] - the capital.",  # mixed case, no tag
    ],
)
def test_near_misses(text: str) -> None:
    """Lines that look like the new forms but are prose, or name no known agency, are refused."""
    with pytest.raises(ParseError):
        parse_dateline(text)


def test_near_misses_stay_body_in_stories() -> None:
    """In a story, a prose paragraph ending a parenthesis with a colon stays body."""
    article = newsparse.parse("Officials meet\n\nThe company (AP): shares rose.\n")
    assert article.dateline is None


@pytest.mark.parametrize(
    ("kwargs", "rendered"),
    [
        ({"locations": ("NEW DELHI",), "agency": "ANI", "dash": ":"}, "NEW DELHI (ANI):"),
        ({"agency": "CNN", "dash": ""}, "(CNN)"),
        ({"locations": ("LONDON",), "agency": "CNN", "dash": ""}, "LONDON (CNN)"),
        (
            {"locations": ("Toronto [Canada]",), "date": "June 30", "agency": "ANI", "dash": ":"},
            "Toronto [Canada], June 30 (ANI):",
        ),
    ],
)
def test_built_datelines_render_and_read_back(kwargs: dict[str, object], rendered: str) -> None:
    """Hand-built datelines with the new endings render canonically and read back equal."""
    d = Dateline(**kwargs)  # type: ignore[arg-type]
    assert str(d) == rendered
    assert parse_dateline(str(d)) == d


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"locations": ("LONDON",), "agency": "AP", "dash": ""}, "dash"),
        ({"locations": ("LONDON",), "dash": ":"}, "dash"),
        ({"locations": ("The company",), "agency": "AP", "dash": ":"}, "place names"),
        ({"locations": ("Kuwait News Agency",), "agency": "KUNA", "dash": "-"}, "agency's name"),
    ],
)
def test_built_datelines_checked(kwargs: dict[str, object], message: str) -> None:
    """A colon or no dash needs a known agency (CNN for no dash) after place names."""
    with pytest.raises(ValueError, match=message):
        Dateline(**kwargs)  # type: ignore[arg-type]


def test_new_rows_leave_names_and_credits_alone() -> None:
    """Tasnim is a given name too: bylines, credits and contributor lines keep the person."""
    byline = parse_byline("By Tasnim Nazeer")
    assert [a.name for a in byline.authors] == ["Tasnim Nazeer"]
    assert byline.affiliation is None
    caption = parse_caption(
        "People walk in Dhaka on Monday, March 4, 2024. (AP Photo/Tasnim Nazeer)"
    )
    assert caption.credit is not None
    assert (caption.credit.photographers, caption.credit.agency) == (("Tasnim Nazeer",), "AP")
    line = parse_contributors("Reporting by Tasnim Nazeer; Editing by Kim Coghill")
    assert [c.name for c in line.contributions] == ["Tasnim Nazeer", "Kim Coghill"]


@pytest.mark.parametrize(
    ("text", "affiliation", "short"),
    [
        ("By Jane Doe, CNNMoney", "CNNMoney", "CNN"),
        ("By Ali Reza, Tasnim", "Tasnim", "Tasnim"),
    ],
)
def test_new_forms_as_byline_affiliations(text: str, affiliation: str, short: str) -> None:
    """A service or agency after a byline's names is its affiliation, found in the table."""
    byline = parse_byline(text)
    assert byline.affiliation == affiliation
    found = find_agency(affiliation)
    assert found is not None
    assert found.short == short
