"""Contributor lines as other agencies and outlets print them: a probe set, each with its source."""

from __future__ import annotations

import pytest

from newsparse.contributors import ContributorLine, parse_contributors
from newsparse.errors import ParseError

#: ``(name, location, role, affiliation)`` of each contribution, in order.
Fields = tuple[tuple[str | None, str | None, str | None, str | None], ...]

CNN = "CNN"
AP = "Associated Press"


def fields(line: ContributorLine) -> Fields:
    return tuple((c.name, c.location, c.role, c.affiliation) for c in line.contributions)


#: Lines of the forms real copy prints, and what they read as (``None``: refused).
PROBES: list[tuple[str, Fields | None]] = [
    # --- CNN and others: an agency in the possessive (CNN stories in peers' test data:
    # "CNN's Kylie Atwood, Kristen Holmes, Yong Xiong and Shanshan Wang contributed to
    # this report.", "CNN’s Eliza Mackintosh and Kara Fox contributed to this report.")
    (
        (
            "CNN's Kylie Atwood, Kristen Holmes, Yong Xiong and Shanshan Wang contributed"
            " to this report."
        ),
        (
            ("Kylie Atwood", None, None, CNN),
            ("Kristen Holmes", None, None, CNN),
            ("Yong Xiong", None, None, CNN),
            ("Shanshan Wang", None, None, CNN),
        ),
    ),
    (
        "CNN’s Eliza Mackintosh and Kara Fox contributed to this report.",
        (("Eliza Mackintosh", None, None, CNN), ("Kara Fox", None, None, CNN)),
    ),
    ("CNN's Jane Doe contributed to this report.", (("Jane Doe", None, None, CNN),)),
    (
        "CNN's Jane Doe and John Roe contributed reporting.",
        (("Jane Doe", None, None, CNN), ("John Roe", None, None, CNN)),
    ),
    (
        "CNN's Jane Doe in London contributed to this report.",
        (("Jane Doe", "London", None, CNN),),
    ),
    ("AP's Jane Doe contributed to this report.", (("Jane Doe", None, None, AP),)),
    ("The Associated Press' Jane Doe contributed.", (("Jane Doe", None, None, AP),)),
    ("Reuters' Jane Doe contributed.", (("Jane Doe", None, None, "Reuters"),)),
    # An owner the agency table does not know: refused, never part of the name (CNBC's
    # pages: "CNBC's Mike Sheen also contributed to this report."; ABC News' pages:
    # "ABC News' Ann Reynolds and Jay-Sheree Allen, MD, ... contributed to this report.").
    ("CNBC's Mike Sheen also contributed to this report.", None),
    ("Fox News' Jane Doe contributed to this report.", None),
    ("Jane Doe and CNN's John Roe contributed to this report.", None),
    ("Reporting by CNN's Jane Doe", None),
    ("CNN's Jane Doe reported from London.", None),
    ("CNN's Jane Doe contributed to the campaign.", None),
    # --- The New York Times and The Washington Post (nytimes.com stories in scrapers'
    # test data: "Eric Schmitt and Riley Mellen contributed reporting. Sheelagh McNeill
    # contributed research.", "Reporting was contributed by Joe Rennison, Colby Smith
    # and Lazaro Gamio from New York and Alan Rappeport and Shawn McCreesh from
    # Washington. Tung Ngo contributed research.", "Reporting was contributed by Eric
    # Adelson from Lakeland, Fla.; Benjamin Guggenheim from Santa Monica, Calif.; ...")
    ("Jane Doe contributed reporting from Paris.", (("Jane Doe", "Paris", None, None),)),
    ("Jane Doe contributed reporting.", (("Jane Doe", None, None, None),)),
    ("Kitty Bennett contributed research.", (("Kitty Bennett", None, "research", None),)),
    (
        "Katie Benner contributed reporting and Kitty Bennett contributed research.",
        (("Katie Benner", None, None, None), ("Kitty Bennett", None, "research", None)),
    ),
    (
        (
            "Eric Schmitt and Riley Mellen contributed reporting. Sheelagh McNeill"
            " contributed research."
        ),
        (
            ("Eric Schmitt", None, None, None),
            ("Riley Mellen", None, None, None),
            ("Sheelagh McNeill", None, "research", None),
        ),
    ),
    (
        (
            "Reporting was contributed by Joe Rennison, Colby Smith and Lazaro Gamio from New York"
            " and Alan Rappeport and Shawn McCreesh from Washington. Tung Ngo contributed research."
        ),
        (
            ("Joe Rennison", "New York", "reporting", None),
            ("Colby Smith", "New York", "reporting", None),
            ("Lazaro Gamio", "New York", "reporting", None),
            ("Alan Rappeport", "Washington", "reporting", None),
            ("Shawn McCreesh", "Washington", "reporting", None),
            ("Tung Ngo", None, "research", None),
        ),
    ),
    (
        (
            "Reporting was contributed by Eric Adelson from Lakeland, Fla.; Benjamin Guggenheim"
            " from Santa Monica, Calif.; Patricia Mazzei from Miami."
        ),
        (
            ("Eric Adelson", "Lakeland, Fla.", "reporting", None),
            ("Benjamin Guggenheim", "Santa Monica, Calif.", "reporting", None),
            ("Patricia Mazzei", "Miami", "reporting", None),
        ),
    ),
    (
        "Reporting was contributed by Aurelien Breeden, Kenneth Chang and Choe Sang-Hun.",
        (
            ("Aurelien Breeden", None, "reporting", None),
            ("Kenneth Chang", None, "reporting", None),
            ("Choe Sang-Hun", None, "reporting", None),
        ),
    ),
    # "Reporting was contributed by members of the metropolitan desk." (a scraper's
    # boilerplate test): no names.
    ("Reporting was contributed by members of the metropolitan desk.", None),
    ("Reporting was contributed by Jane Doe from The Times.", None),
    ("Reporting was contributed by Jane Doe from Reuters.", None),
    ("Reporting was contributed by Jane Doe from the Associated Press.", None),
    # --- Agencies' own credits (AP member papers, The Guardian, The Canadian Press, PA)
    ("The Associated Press contributed to this report.", ((None, None, None, AP),)),
    (
        "Reuters and AP contributed to this report.",
        ((None, None, None, "Reuters"), (None, None, None, AP)),
    ),
    ("PA contributed to this report", ((None, None, None, "PA Media"),)),
    ("With files from The Canadian Press", ((None, None, "files", "The Canadian Press"),)),
    # The Guardian's "Agencies contributed to this report." and byline "Staff and
    # agencies" name no agency: refused.
    ("Agencies contributed to this report.", None),
    ("Staff and agencies", None),
    # --- AFP and dpa sign-offs: desk initials and agency tags, never names.
    ("-- AFP", None),
    ("with AFP", None),
    ("bur-jm/rl", None),
    ("jdo/dpa", None),
    ("(dpa)", None),
    # --- Reuters taglines; its desks are no persons ("(Reporting by Bengaluru
    # Newsroom; Editing by ...)", "Reporting by Mali Newsroom; Writing by Bate Felix"
    # in a scraper's boilerplate tests, "(Gdynia Newsroom)" in a parser's test data).
    (
        (
            "(Reporting by Jane Doe in London and John Roe in Paris; Additional reporting by"
            " Ann Lee; Editing by Bob Hill and Sam Fox)"
        ),
        (
            ("Jane Doe", "London", "reporting", None),
            ("John Roe", "Paris", "reporting", None),
            ("Ann Lee", None, "reporting", None),
            ("Bob Hill", None, "editing", None),
            ("Sam Fox", None, "editing", None),
        ),
    ),
    (
        "Reporting by Jane Doe; Writing by Ann Lee; Editing by Bob Hill",
        (
            ("Jane Doe", None, "reporting", None),
            ("Ann Lee", None, "writing", None),
            ("Bob Hill", None, "editing", None),
        ),
    ),
    ("Compiled by Jane Doe", (("Jane Doe", None, "compiling", None),)),
    ("Reporting By Jane Doe", (("Jane Doe", None, "reporting", None),)),
    ("(Reporting by Bengaluru Newsroom; Editing by Bob Hill)", None),
    ("Reporting by Mali Newsroom; Writing by Bate Felix", None),
    ("(Gdynia Newsroom)", None),
    ("Compiled by Bengaluru Desk", None),
    ("Reporting by Staff; Editing by Bob Hill", None),
    ("Reporting by Correspondents; Editing by Bob Hill", None),
    ("(Reporting by Jane Doe in Sydney and Bureaux; Editing by Bob Hill)", None),
    # Reuters.com's link under every story since 2017, run into the tagline by page
    # scrapers ("Reporting by David Shepardson; editing by Miral Fahmy" then "Our
    # Standards: The Thomson Reuters Trust Principles.", in scrapers' test texts), and
    # Reuters' contact block ("(Reporting by Lananh Nguyen; Editing by Sinead Cruise)
    # ((Lananh.Nguyen@thomsonreuters.com; +1 (646) 696 4829;))", Reuters copy on Nasdaq).
    (
        (
            "Reporting by David Shepardson; editing by Miral FahmyOur Standards: The Thomson"
            " Reuters Trust Principles."
        ),
        (("David Shepardson", None, "reporting", None), ("Miral Fahmy", None, "editing", None)),
    ),
    (
        (
            "Reporting by Sarah Example and Jane Example. Editing by Editor Example. Our"
            " Standards: The Thomson Reuters Trust Principles."
        ),
        (
            ("Sarah Example", None, "reporting", None),
            ("Jane Example", None, "reporting", None),
            ("Editor Example", None, "editing", None),
        ),
    ),
    (
        (
            "Reporting by Jane Doe; Editing by Bob Hill; Our Standards: The Thomson Reuters Trust"
            " Principles."
        ),
        (("Jane Doe", None, "reporting", None), ("Bob Hill", None, "editing", None)),
    ),
    (
        (
            "(Reporting by Lananh Nguyen; Editing by Sinead Cruise)"
            " ((Lananh.Nguyen@thomsonreuters.com; +1 (646) 696 4829;))"
        ),
        (("Lananh Nguyen", None, "reporting", None), ("Sinead Cruise", None, "editing", None)),
    ),
    # --- Bloomberg
    (
        "--With assistance from Jane Doe and John Roe.",
        (("Jane Doe", None, "assistance", None), ("John Roe", None, "assistance", None)),
    ),
    # Its contact lines name the story's own reporter and editor: not read (yet).
    ("To contact the reporter on this story: Jane Doe in London at jdoe@bloomberg.net", None),
    (
        "To contact the editor responsible for this story: John Roe at jroe@bloomberg.net",
        None,
    ),
    # --- AP
    (
        "Associated Press writers Jane Doe in Paris and John Roe in Berlin contributed.",
        (("Jane Doe", "Paris", "writer", AP), ("John Roe", "Berlin", "writer", AP)),
    ),
    (
        "AP Medical Writer Jane Doe contributed to this report.",
        (("Jane Doe", None, "medical writer", AP),),
    ),
    (
        "Associated Press video journalist Jane Doe contributed from Kyiv.",
        (("Jane Doe", "Kyiv", "video journalist", AP),),
    ),
    ("Follow Jane Doe on Twitter at https://twitter.com/jdoe", None),
    # --- Body sentences that look alike.
    ("Officials contributed $5 million to the fund.", None),
    ("Jane Doe contributed to the campaign in 2019.", None),
    ("Reporting by the newspaper showed the mayor lied.", None),
    ("Jane Doe contributed research to the study.", None),
    ("Jane Doe contributed research funding.", None),
    ("Jane Doe contributed researchers.", None),
    ("Smith Barney Research contributed research.", None),
    ("AP researcher Jane Doe contributed research.", None),
    ("Officials contributed research.", None),
]


@pytest.mark.parametrize(("text", "expected"), PROBES)
def test_probe(text: str, expected: Fields | None) -> None:
    """Each probe reads as listed, or is refused."""
    if expected is None:
        with pytest.raises(ParseError):
            parse_contributors(text)
    else:
        assert fields(parse_contributors(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [p for p in PROBES if p[1] is not None])
def test_probe_round_trip(text: str, expected: Fields) -> None:
    """Each line read renders to text that reads back equal."""
    line = parse_contributors(text)
    assert parse_contributors(str(line)) == line


@pytest.mark.parametrize(("text", "expected"), [p for p in PROBES if p[1] is not None])
def test_probe_spans(text: str, expected: Fields) -> None:
    """Each named contribution's span points at its name in the line."""
    for c in parse_contributors(text).contributions:
        if c.name is not None:
            assert text[c.span[0] : c.span[1]] == c.name


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            (
                "Reporting by Jane Doe; Editing by Bob Hill Our Standards: The Thomson Reuters"
                " Trust Principles."
            ),
            "Reporting by Jane Doe; Editing by Bob Hill",
        ),
        (
            (
                "Reporting by Jane Doe; Editing by Bob HillOur Standards: The Thomson Reuters"
                " Trust Principles."
            ),
            "Reporting by Jane Doe; Editing by Bob Hill",
        ),
        (
            "(Reporting by Jane Doe) ((jane.doe@thomsonreuters.com; +44 20 7542 1234))",
            "(Reporting by Jane Doe)",
        ),
    ],
)
def test_trailer_ends_line(text: str, line: str) -> None:
    """Reuters' trailers after a tagline end the line: the span stops before them."""
    start, stop = parse_contributors(text).span
    assert text[start:stop] == line


@pytest.mark.parametrize(
    "text",
    [
        # No address: a parenthesis of a sentence, not Reuters' contact block.
        "(Reporting by Jane Doe) ((see the note))",
        # "Our Standards" of a sentence, no colon.
        "Reporting by Jane Doe; Our Standards were high.",
    ],
)
def test_trailer_near_miss(text: str) -> None:
    """Text that only looks like a Reuters trailer stays part of the line, which is refused."""
    with pytest.raises(ParseError):
        parse_contributors(text)


def test_possessive_renders_of_agency() -> None:
    """A possessive agency renders as "NAME of AGENCY", which reads back the same."""
    line = parse_contributors("CNN's Jane Doe and John Roe contributed to this report.")
    assert str(line) == "Jane Doe of CNN and John Roe of CNN contributed to this report."


def test_research_renders_as_tagline() -> None:
    """'contributed research' renders as a "Research by" clause."""
    line = parse_contributors("Tung Ngo contributed research.")
    assert str(line) == "Research by Tung Ngo"
