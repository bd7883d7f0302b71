"""Headlines: wire tags, text and case, on real lines, bad input and generated lines."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.errors import ParseError
from newsparse.headline import MAX_LEN, Case, Headline, case_of, parse_headline
from newsparse.strategies import headline_lines
from tests import corpus

S, T, U = Case.SENTENCE, Case.TITLE, Case.UPPER

#: Real headlines: (line, prefixes, text or None for the whole line, case). Modern
#: ones head a story of the seed or articles-visible.jsonl; ALL-CAPS ones are
#: Reuters-21578 titles.
REAL = [
    ("Syrian and Israeli officials set to resume US-mediated talks in Paris", (), None, S),
    ("Mexico’s economy grew 1.1% in 1st quarter, 3.8% year on year", (), None, S),
    ("Nepal says 'no proof' flydubai plane suffered bird strike", (), None, S),
    ("Pentagon Budget Stuck in Last Century as Warfare Changes", (), None, T),
    ("U.S. Stocks Rise to Records, Bonds Gain on ECB Stimulus Optimism", (), None, T),
    ("Supreme Court rejects EPA’s narrow view of Clean Water Act", (), None, S),
    (
        "House China Committee demands answers from FBI on Chinese police stations in US",
        (),
        None,
        S,
    ),
    ("TikTok’s Hong Kong exit a ‘win-win’ business move", (), None, S),
    ("Influencer und Trading Apps: Die Jungen entdecken die Börse", (), None, S),
    ("Basketball-Euroleague: Nach Massenschlägerei in Madrid: Sanktionen und Reue", (), None, S),
    (
        "CORRECTED - BANKAMERICA NEGOTIATING SALE OF UNITS",
        ("CORRECTED",),
        "BANKAMERICA NEGOTIATING SALE OF UNITS",
        U,
    ),
    (
        "RPT - OPPOSITION TO EC OILS TAX INTACT - MINISTER",
        ("RPT",),
        "OPPOSITION TO EC OILS TAX INTACT - MINISTER",
        U,
    ),
    (
        "CORRECTED-HECLA <HL> TO BUY MINE STAKE FROM BP",
        ("CORRECTED",),
        "HECLA <HL> TO BUY MINE STAKE FROM BP",
        U,
    ),
    (
        "RPT-INSITUFORM OF NORTH AMERICA INC <INSUA> NET",
        ("RPT",),
        "INSITUFORM OF NORTH AMERICA INC <INSUA> NET",
        U,
    ),
    ("ECONOMIC SPOTLIGHT - BOLIVIA", ("ECONOMIC SPOTLIGHT",), "BOLIVIA", U),
    (
        "ECONOMIC SPOTLIGHT -FRANCE AWAITS ECONOMIC LIFT",
        ("ECONOMIC SPOTLIGHT",),
        "FRANCE AWAITS ECONOMIC LIFT",
        U,
    ),
    (
        "CORRECTED-MIAMI-Brazil, bank committee will transmit request for 60-day credit extension",
        ("CORRECTED",),
        "MIAMI-Brazil, bank committee will transmit request for 60-day credit extension",
        S,
    ),
    ("YEUTTER OPPOSES U.S. RETALIATORY POWER TRANSFER", (), None, U),
    ("EAGLE CLOTHES INC <EGL> 2nD QTR JAN 31", (), None, U),
    ("Bundesbank says it leaves credit policies unchanged", (), None, S),
    # Precision: company names that start like tags are no tags.
    ("ANALYSIS/TECHNOLOGY <AATI> WINS NAVY CONTRACTS", (), None, U),
    ("CORRECTIONS <CCAX.O> SEEKS 1,000 PRISON BEDS", (), None, U),
    ("ANALYSIS AND TECHNOLOGY <AATI> WINS CONTRACTS", (), None, U),
]

#: Tag forms of CONVENTIONS.md and issue 2: (line, prefixes, text, canonical rendering).
FORMS = [
    ("UPDATE 2-Oil rises", ("UPDATE 2",), "Oil rises", "UPDATE 2-Oil rises"),
    ("EXCLUSIVE-Oil rises", ("EXCLUSIVE",), "Oil rises", "EXCLUSIVE-Oil rises"),
    ("RPT-UPDATE 1-Oil rises", ("RPT", "UPDATE 1"), "Oil rises", "RPT-UPDATE 1-Oil rises"),
    ("CORRECTED-Oil rises", ("CORRECTED",), "Oil rises", "CORRECTED-Oil rises"),
    ("REFILE-UPDATE 3-Oil rises", ("REFILE", "UPDATE 3"), "Oil rises", "REFILE-UPDATE 3-Oil rises"),
    ("FACTBOX-Who is who", ("FACTBOX",), "Who is who", "FACTBOX-Who is who"),
    ("WRAPUP 1-Markets fall", ("WRAPUP 1",), "Markets fall", "WRAPUP 1-Markets fall"),
    ("ANALYSIS-Fed in a bind", ("ANALYSIS",), "Fed in a bind", "ANALYSIS-Fed in a bind"),
    ("BREAKINGVIEWS-Big deal", ("BREAKINGVIEWS",), "Big deal", "BREAKINGVIEWS-Big deal"),
    ("INSIGHT-Inside the deal", ("INSIGHT",), "Inside the deal", "INSIGHT-Inside the deal"),
    ("COLUMN-Oil's new normal", ("COLUMN",), "Oil's new normal", "COLUMN-Oil's new normal"),
    ("UPDATE 2 – Oil rises", ("UPDATE 2",), "Oil rises", "UPDATE 2-Oil rises"),
    (
        "AP Exclusive: Talks near deal",
        ("AP Exclusive",),
        "Talks near deal",
        "AP Exclusive: Talks near deal",
    ),
    (
        "Correction: Israel-Syria story",
        ("Correction",),
        "Israel-Syria story",
        "Correction: Israel-Syria story",
    ),
    ("Live updates: Election day", ("Live updates",), "Election day", "Live updates: Election day"),
    ("Factbox: Who is who", ("Factbox",), "Who is who", "Factbox: Who is who"),
    # AP's series kickers
    (
        "SUPREME COURT NOTEBOOK: Gender pronouns part of LGBT fight",
        ("SUPREME COURT NOTEBOOK",),
        "Gender pronouns part of LGBT fight",
        "SUPREME COURT NOTEBOOK: Gender pronouns part of LGBT fight",
    ),
    (
        "AP-NORC poll: Most say the country is on the wrong track",
        ("AP-NORC poll",),
        "Most say the country is on the wrong track",
        "AP-NORC poll: Most say the country is on the wrong track",
    ),
    (
        "Virus diary entries pile up",
        (),
        "Virus diary entries pile up",
        "Virus diary entries pile up",
    ),
    (
        "EXCLUSIVE: OIL PRICES RISE",
        ("EXCLUSIVE",),
        "OIL PRICES RISE",
        "EXCLUSIVE - OIL PRICES RISE",
    ),
    ("FEATURE-LENGTH FILMS RISE", (), "FEATURE-LENGTH FILMS RISE", "FEATURE-LENGTH FILMS RISE"),
    ("FEATURE-Lengthy films", ("FEATURE",), "Lengthy films", "FEATURE-Lengthy films"),
    ("UPDATE 2024 results are in", (), "UPDATE 2024 results are in", "UPDATE 2024 results are in"),
    ("  Oil rises  ", (), "Oil rises", "Oil rises"),
]

#: Bad input: (line, message, pos).
ERRORS = [
    ("", "Expected a headline, got blank text", 0),
    ("   ", "Expected a headline, got blank text", 0),
    ("Oil\x00rises", "Expected a headline without control characters, got '\\x00'", 3),
    ("Oil rises\nin Asia", "Expected a headline without control characters, got '\\n'", 9),
    ("A" * (MAX_LEN + 1), f"Expected a headline of at most {MAX_LEN} characters, got 301", MAX_LEN),
    ("((((((((", "Expected a headline with letters", 0),
    ("—" * 50, "Expected a headline with letters", 0),
    ("12,500 / 3.8%", "Expected a headline with letters", 0),
    ("RPT-", "Expected a headline with letters after its tags", 4),
    ("UPDATE 2-RPT-2024", "Expected a headline with letters after its tags", 13),
]

#: Hostile input: every line must end quickly in a model or a ParseError.
HOSTILE = [
    "A" * 200_000,
    "(" * 200_000,
    "UPDATE 2-" * 25_000,
    "RPT-" * 74 + "x",
    "AP Exclusive: " * 21 + "x",
    "ECONOMIC SPOTLIGHT - " * 14 + "x",
    "A a " * 74,
    "FEATURE-" * 37,
    "Opinion | " * 30 + "x",
    "ROUNDUP 1: " * 27 + "x",
    "Fact Check-" * 27,
    "US STOCKS-" * 30,
]

#: Wire punctuation, tag words and letters for arbitrary text.
WIRE_ALPHABET = st.sampled_from(
    [*"AaOoRTPUE -—–:()/<>.,'’0123456789\t", "UPDATE", "RPT", "AP Exclusive", "FEATURE", "\x00"]
)


@pytest.mark.parametrize(("line", "prefixes", "text", "case"), REAL)
def test_real_headlines(line: str, prefixes: tuple[str, ...], text: str | None, case: Case) -> None:
    """Real headlines give their tags, text and case."""
    headline = parse_headline(line)
    assert headline.prefixes == prefixes
    assert headline.text == (line if text is None else text)
    assert headline.case is case
    assert headline.span == (0, len(line))


@pytest.mark.parametrize(("line", "prefixes", "text", "canonical"), FORMS)
def test_tag_forms(line: str, prefixes: tuple[str, ...], text: str, canonical: str) -> None:
    """Each tag form is read, and rendered in its canonical form."""
    headline = parse_headline(line)
    assert (headline.prefixes, headline.text) == (prefixes, text)
    assert str(headline) == canonical
    assert parse_headline(canonical) == headline


def test_real_headlines_are_in_the_corpus() -> None:
    """The table's lines are real: lines of the seed and modern stories, Reuters-21578 titles."""
    lines = {line for s in corpus.modern_stories() for line in s["text"].split("\n")}
    lines |= set(corpus.seed_lines())
    lines |= {" ".join((r["title"] or "").split()) for r in corpus.reuters_records()}
    for line, *_ in REAL:
        assert line in lines, line


def test_reuters_titles_parse() -> None:
    """Every Reuters-21578 title (line breaks joined) parses, ALL CAPS ones as upper."""
    titles = {" ".join((r["title"] or "").split()) for r in corpus.reuters_records()}
    cases = dict.fromkeys(Case, 0)
    for title in sorted(t for t in titles if t):
        headline = parse_headline(title)
        cases[headline.case] += 1
        if title.upper() == title:
            assert headline.case is Case.UPPER, title
        assert parse_headline(str(headline)) == headline
    print(f"Reuters-21578 titles: {len(titles)}; cases {cases}")
    assert cases[Case.UPPER] > 0.9 * len(titles)


@pytest.mark.parametrize(("line", "message", "pos"), ERRORS)
def test_error_bad_headlines(line: str, message: str, pos: int) -> None:
    """Lines that are no headline raise ParseError saying what was expected, and where."""
    with pytest.raises(ParseError) as info:
        parse_headline(line)
    assert info.value.message == message
    assert info.value.pos == pos


@pytest.mark.parametrize("line", HOSTILE, ids=lambda s: f"{s[:12]!r}x{len(s)}")
def test_hostile_input_ends(line: str) -> None:
    """Long repetitive input ends in a model or a ParseError, in linear time."""
    with contextlib.suppress(ParseError):
        parse_headline(line)


@pytest.mark.parametrize(
    ("text", "case"),
    [
        ("OIL RISES", U),
        ("U.S. OIL <XON> UP 2 PCT", U),
        ("Oil Rises on Supply Fears", T),
        ("New iPhone Sales Beat Forecasts", T),
        ("Oil rises", S),
        ("Oil", S),
        ("oil", S),
        ("2024 Oil Rises", T),
    ],
)
def test_case_of(text: str, case: Case) -> None:
    """Case is upper without lower-case words, title when every major word is capitalised."""
    assert case_of(text) is case


def test_case_is_a_string() -> None:
    """Case compares and prints as its string value."""
    title: str = Case.TITLE
    assert title == "title"
    assert str(Case.UPPER) == "upper"
    assert Headline("Oil rises", case="sentence").case is Case.SENTENCE


def test_case_defaults_from_text() -> None:
    """A Headline built by hand reads its case from its text."""
    assert Headline("OIL RISES").case is Case.UPPER
    assert str(Headline("Oil rises", ("RPT", "UPDATE 1"))) == "RPT-UPDATE 1-Oil rises"


@given(headline_lines())
def test_round_trip(line: str) -> None:
    """Rendering a parsed headline and parsing it again gives the same model."""
    headline = parse_headline(line)
    assert parse_headline(str(headline)) == headline


@given(headline_lines())
def test_rendering_settles(line: str) -> None:
    """The canonical rendering is a fixpoint of parse and render."""
    once = str(parse_headline(line))
    assert str(parse_headline(once)) == once


@given(st.lists(WIRE_ALPHABET, max_size=40).map("".join) | st.text(max_size=60))
def test_arbitrary_text_raises_only_parse_error(text: str) -> None:
    """Any text gives a headline that round-trips, or a ParseError."""
    try:
        headline = parse_headline(text)
    except ParseError:
        return
    assert parse_headline(str(headline)) == headline
