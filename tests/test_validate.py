"""Structure rules: each code fires on its fault and stays quiet on clean copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsparse.article import parse
from newsparse.validate import RULES, Diagnostic, Severity, select_rules, validate
from tests.corpus import seed_text

#: A clean story the cases below start from.
CLEAN = (
    "Talks resume in Paris\n"
    "BEIRUT (AP) — Officials met on Monday.\n"
    "The meeting went on for hours.\n"
)


CONTRIBUTORS = "Associated Press writer Natalie Melzer in Tel Aviv, Israel contributed.\n"


def codes(text: str, **kwargs: list[str]) -> list[str]:
    """The codes ``validate`` finds in ``text``."""
    return [d.code for d in validate(parse(text), **kwargs)]


def test_clean_story_has_no_diagnostic() -> None:
    """A headline, a dateline paragraph and a paragraph: nothing to say."""
    assert codes(CLEAN) == []


def test_seed_has_no_diagnostic() -> None:
    """The seed story is clean."""
    assert validate(parse(seed_text())) == []


@pytest.mark.parametrize(
    ("text", "code", "line", "column"),
    [
        ("BEIRUT (AP) — Officials met on Monday.\n", "NP101", 1, 1),
        ("\n\nBEIRUT (AP) — Officials met on Monday.\n", "NP101", 3, 1),
        ("Talks resume in Paris\n", "NP102", 1, 1),
        ("Talks resume in Paris\nSupreme Court\nBEIRUT (AP) — Officials met.\n", "NP103", 2, 1),
        (CLEAN + "BEIRUT (AP) — Officials met again.\n", "NP201", 4, 1),
        (
            "Talks resume\nBy Jill Serjeant\nOfficials met.\nBEIRUT (AP) — More talks.\n",
            "NP202",
            4,
            1,
        ),
        ("Talks resume\nGAZA CITY (Shehab) — Officials met on Monday.\n", "NP203", 2, 12),
        (CLEAN + "Soldiers cross the fence. (AP Photo/\n", "NP302", 4, 27),
        (CLEAN + "By JANE DOE and\n", "NP401", 4, 12),
        (
            "Talks resume\nBEIRUT (AP) — Officials met.\n" + CONTRIBUTORS + "It went on.\n",
            "NP501",
            3,
            1,
        ),
        (CLEAN + "___\nMore text of the story follows here.\n", "NP502", 5, 1),
        ("Talks resume\nBEIRUT (AP) — He said, “we will go.\n", "NP601", 2, 1),
        ('Talks resume\nBEIRUT (AP) — He said, "we will go.\n', "NP601", 2, 1),
        (
            "Talks resume\nBEIRUT (AP) — He said, “we will go.\nOfficials left.\n",
            "NP601",
            2,
            1,
        ),
        ("Talks resume\nBEIRUT (AP) — “We go,” he said, “now.\n", "NP601", 2, 1),
        ("Talks resume\nBEIRUT (AP) — Officials (who met.\n", "NP602", 2, 25),
        ("Talks resume\nBEIRUT (AP) — Officials met).\n", "NP602", 2, 28),
    ],
)
def test_rule_fires(text: str, code: str, line: int, column: int) -> None:
    """Each rule reports its fault at the line and column of the fault."""
    found = [d for d in validate(parse(text)) if d.code == code]
    assert found, validate(parse(text))
    assert (found[0].line, found[0].column) == (line, column)
    assert found[0].severity is RULES[code].severity


@pytest.mark.parametrize(
    "text",
    [
        CLEAN + "___\nAssociated Press writer Zeke Miller contributed to this report.\n",
        CLEAN + "___\nThis story has been updated to correct Lugar’s stance on earmarks.\n",
        CLEAN + "___\nFollow Colvin on Twitter at https://twitter.com/colvinj\n",
        "Talks resume\nBEIRUT (AP) — He said, “we will go,” and left (quickly).\n",
        "Talks resume\nBERLIN (dpa) - Er sagte: „Wir gehen.“\n",
        # A handout's source handed on by a known agency is no unknown agency.
        CLEAN + "Sanders speaks in Iowa. (Bernie Sanders for President via AP)\n",
        # A quotation running on: the paragraph stays open, the next one reopens it.
        "Talks resume\nBEIRUT (AP) — He said: “We will go.\n“And we will stay.”\n",
        'Talks resume\nBEIRUT (AP) — He said: "We will go.\n"And we will stay."\n',
        # Pages retype one mark of a pair; some feeds close with two apostrophes.
        'Talks resume\nBEIRUT (AP) — “We will go," he said.\n',
        "Talks resume\nBEIRUT (AP) — He said, “we will go.’’\n",
    ],
)
def test_rule_quiet(text: str) -> None:
    """Endings after a separator and balanced paragraphs raise nothing."""
    assert codes(text) == []


def test_errors_and_warnings() -> None:
    """No headline and a broken credit are errors; the rest are warnings."""
    errors = {code for code, rule in RULES.items() if rule.severity is Severity.ERROR}
    assert errors == {"NP101", "NP102", "NP302"}


def test_broken_story() -> None:
    """The story of the issue: no headline (line 1) and a credit that does not parse (line 2)."""
    found = validate(parse("BEIRUT (AP) — text without a headline.\n(AP Photo/\n"))
    assert [(d.code, d.line, d.severity) for d in found] == [
        ("NP101", 1, Severity.ERROR),
        ("NP302", 2, Severity.ERROR),
    ]
    assert found[1].message.startswith("Credit does not parse: Expected ")


def test_select_and_ignore() -> None:
    """Codes and prefixes select rules; ignore wins over select."""
    text = "BEIRUT (AP) — text without a headline.\n(AP Photo/\n"
    assert codes(text, select=["NP3"]) == ["NP302"]
    assert codes(text, ignore=["NP1"]) == ["NP302"]
    assert codes(text, select=["NP101", "NP302"], ignore=["NP302"]) == ["NP101"]
    assert codes(text, select=["np1"]) == ["NP101"]
    assert codes(text, select=[]) == []


@pytest.mark.parametrize("bad", ["XX1", "NP9", "NP1011"])
def test_error_unknown_code(bad: str) -> None:
    """A code or prefix that names no rule is refused."""
    with pytest.raises(ValueError, match=f"Expected a rule code or prefix .*got '{bad}'"):
        validate(parse(CLEAN), select=[bad])
    with pytest.raises(ValueError, match="Expected a rule code"):
        select_rules(ignore=[bad])


def test_registry_is_well_formed() -> None:
    """Every rule has a stable NPddd code, a kebab-case name and a summary."""
    assert list(RULES) == sorted(RULES)
    for code, rule in RULES.items():
        assert rule.code == code
        assert len(code) == 5
        assert code.startswith("NP")
        assert code[2:].isdigit()
        assert rule.name == rule.name.lower()
        assert " " not in rule.name
        assert rule.summary.endswith(".")


def test_every_rule_is_documented() -> None:
    """docs/article.md lists every rule code with its name and severity."""
    doc = (Path(__file__).resolve().parents[1] / "docs" / "article.md").read_text(encoding="utf-8")
    for code, rule in RULES.items():
        assert f"| `{code}` | {rule.name} | {rule.severity.value} |" in doc


def test_diagnostic_str() -> None:
    """A diagnostic prints as ``line:col: CODE message``."""
    diagnostic = Diagnostic("NP101", "Story has no headline", 3, 1, Severity.ERROR)
    assert str(diagnostic) == "3:1: NP101 Story has no headline"


def test_diagnostics_sorted_by_position() -> None:
    """Diagnostics come in line and column order."""
    found = validate(parse("Talks\nBEIRUT (AP) — a (b “c.\nBEIRUT (AP) — d.\n"))
    assert [(d.line, d.column) for d in found] == sorted((d.line, d.column) for d in found)
