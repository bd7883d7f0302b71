"""The agency table is well formed and its look-ups find every form."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newsparse._lookup import agency_forms, find_agency
from newsparse._tables.agencies import AGENCIES, UNDASHED_TAGS
from newsparse.caption import parse_caption

REQUIRED = (
    "AP",
    "Reuters",
    "AFP",
    "UPI",
    "Bloomberg",
    "dpa",
    "PA",
    "CP",
    "AAP",
    "ANSA",
    "EFE",
    "Kyodo",
    "Yonhap",
    "Xinhua",
    "TASS",
    "PAP",
    "Anadolu",
    "EPA",
    "Getty Images",
    "picture alliance",
    "Shutterstock",
    "Pool",
)


@pytest.mark.parametrize("short", REQUIRED)
def test_required_agencies_are_in_the_table(short: str) -> None:
    """Every agency the issues name has a row."""
    assert any(a.short == short for a in AGENCIES)


def test_no_form_names_two_agencies() -> None:
    """A written form identifies one agency, whatever its case."""
    seen: dict[str, str] = {}
    for agency in AGENCIES:
        for form in (*agency.forms, *agency.photo):
            owner = seen.setdefault(form.casefold(), agency.name)
            assert owner == agency.name, f"{form!r} names {owner} and {agency.name}"


@pytest.mark.parametrize(
    ("form", "name"),
    [
        ("AP", "Associated Press"),
        ("ap", "Associated Press"),
        ("The  Associated Press", "Associated Press"),
        ("REUTERS", "Reuters"),
        ("Agence France-Presse", "Agence France-Presse"),
        ("dpa", "Deutsche Presse-Agentur"),
        ("EPA-EFE", "European Pressphoto Agency"),
        ("picture-alliance", "picture alliance"),
    ],
)
def test_find_agency_by_any_form(form: str, name: str) -> None:
    """Short forms, names and aliases find their agency, in any case and spacing."""
    agency = find_agency(form)
    assert agency is not None
    assert agency.name == name


def test_find_agency_unknown_is_none() -> None:
    """A name that is no agency finds nothing."""
    assert find_agency("Washington Post reporters") is None


def test_agency_forms_longest_first_and_by_kind() -> None:
    """Forms come longest first; a kind filter keeps only agencies of that kind."""
    forms = agency_forms()
    assert [len(f) for f in forms] == sorted((len(f) for f in forms), reverse=True)
    assert "Getty Images" in agency_forms("distributor")
    assert "Getty Images" not in agency_forms("news")


@pytest.mark.parametrize(
    ("credit", "photographer", "agency"),
    [
        ("(Lukas Coch/AAP PHOTOS)", "Lukas Coch", "AAP"),
        ("(Jane Doe/ZUMA Press Wire)", "Jane Doe", "ZUMA Press"),
        ("Picture: Jane Doe/Getty", "Jane Doe", "Getty Images"),
        ("(Sergei Bobylev/TASS)", "Sergei Bobylev", "TASS"),
        ("(PAP/Radek Pietruszka)", "Radek Pietruszka", "PAP"),
        ("(Xinhua/Li Xin)", "Li Xin", "Xinhua"),
        ("THE CANADIAN PRESS/Adrian Wyld", "Adrian Wyld", "CP"),
    ],
)
def test_photo_forms_read_in_credits(credit: str, photographer: str, agency: str) -> None:
    """Each agency's photo forms in the table make credits: "AAP PHOTOS", "ZUMA Press Wire"."""
    caption = parse_caption(f"Officials meet on Monday, March 4, 2024. {credit}")
    assert caption.credit is not None
    assert caption.credit.photographers == (photographer,)
    assert caption.credit.agency == agency


def test_grammars_are_built_on_first_use_not_at_import() -> None:
    """``import newsparse`` compiles no grammar of the agency table: each is built when needed.

    In a fresh interpreter, as a program importing the library starts.
    """
    code = """
import newsparse
from newsparse import byline, contributors, dateline

grammars = {"byline": byline._patterns, "contributors": contributors._patterns,
            "dateline": dateline._current}
built = [name for name, grammar in grammars.items() if grammar.built]
assert not built, f"built at import: {built}"
newsparse.parse_contributors("Associated Press writer Zeke Miller contributed to this report.")
assert contributors._patterns.built and not byline._patterns.built
"""
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize(
    ("form", "name", "country"),
    [
        ("VNA", "Vietnam News Agency", "VN"),
        ("JTA", "Jewish Telegraphic Agency", "US"),
        ("BelTA", "Belarusian Telegraph Agency", "BY"),
        ("belta", "Belarusian Telegraph Agency", "BY"),
        ("BTA", "Bulgarian News Agency", "BG"),
    ],
)
def test_further_national_agencies(form: str, name: str, country: str) -> None:
    """The national agencies added with their dateline forms are found, with their country."""
    agency = find_agency(form)
    assert agency is not None
    assert (agency.name, agency.country) == (name, country)
    assert agency.short in agency_forms("news")


@pytest.mark.parametrize(
    ("form", "short", "country"),
    [
        ("KUNA", "KUNA", "KW"),
        ("BSS", "BSS", "BD"),
        ("Prensa Latina", "Prensa Latina", "CU"),
        ("EUROPA PRESS", "Europa Press", "ES"),
        ("Adnkronos", "Adnkronos", "IT"),
        ("FNA", "FNA", "IR"),
        ("Tasnim", "Tasnim", "IR"),
        ("Reuters Breakingviews", "Reuters", "GB"),
        ("CNNMoney", "CNN", "US"),
        ("CNA", "CNA", None),  # Taiwan's Central News Agency and the Cyprus News Agency
    ],
)
def test_further_news_agencies(form: str, short: str, country: str | None) -> None:
    """National agencies, Reuters' commentary service and CNN's money site are news forms."""
    agency = find_agency(form)
    assert agency is not None
    assert (agency.short, agency.country) == (short, country)
    assert form.casefold() in {f.casefold() for f in agency_forms("news")}


@pytest.mark.parametrize("word", ["APP", "App", "MAP", "TAP", "Trend", "IFR", "LPC", "MNA", "RSS"])
def test_common_words_are_no_agency(word: str) -> None:
    """Tags that are also common words or acronyms are left out of the table."""
    assert find_agency(word) is None


def test_undashed_tags_name_agencies() -> None:
    """Every agency that signs with no dash after its tag has a row."""
    for short in UNDASHED_TAGS:
        assert find_agency(short) is not None
