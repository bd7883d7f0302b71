"""Tests of :mod:`newsparse._names`: name shapes and proper case for ALL-CAPS names."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsparse import _names
from newsparse._names import (
    NAME,
    compile_with_names,
    display_name,
    has_full_word,
    is_person_name,
    is_shouted,
    name_pattern,
)

#: (as written, display form): the hard cases of real-name casing.
CASING = [
    # plain capitals: bylines of shared/corpus/
    ("JOSEPH KRAUSS", "Joseph Krauss"),
    ("LAURAN NEERGAARD", "Lauran Neergaard"),
    ("MARY CLARE JALONICK", "Mary Clare Jalonick"),
    # Mc and Mac, with their exceptions
    ("JOHN McDONALD", "John McDonald"),
    ("JOHN MCDONALD", "John McDonald"),
    ("McDONALD", "McDonald"),
    ("SEAN MCCAIN", "Sean McCain"),
    ("DOUGLAS MACARTHUR", "Douglas MacArthur"),
    ("J. MACDONALD", "J. MacDonald"),
    ("WILLIAM H. MACY", "William H. Macy"),
    ("JOHN MACK", "John Mack"),
    ("MARIA MACHADO", "Maria Machado"),
    ("ANA MACIAS", "Ana Macias"),
    ("EMMANUEL MACRON", "Emmanuel Macron"),
    ("KATE MACKENZIE", "Kate Mackenzie"),
    ("MAC", "Mac"),
    # O', D' and apostrophes inside a word, straight and curly
    ("O'NEIL", "O'Neil"),
    ("MARK O’NEILL", "Mark O’Neill"),
    ("TED D'AFFLISIO", "Ted D'Afflisio"),
    ("SAMIR SA'ID", "Samir Sa'id"),
    ("GINO DELL'ORTO", "Gino Dell'Orto"),
    # particles: lower case inside the name, capital when they open it
    ("AL-HOURANI", "al-Hourani"),
    ("AHMAD AL-HOURANI", "Ahmad al-Hourani"),
    ("ABDEL FATTAH EL-SISI", "Abdel Fattah el-Sisi"),
    ("PIETER VAN DER BERG", "Pieter van der Berg"),
    ("VAN DER BERG", "Van der Berg"),
    ("ANA DE LA CRUZ", "Ana de la Cruz"),
    ("MOHAMMED BIN SALMAN", "Mohammed bin Salman"),
    ("JOSE ORTEGA Y GASSET", "Jose Ortega y Gasset"),
    ("PIETER van der BERG", "Pieter van der Berg"),
    ("de GAULLE", "de Gaulle"),
    # a particle that closes the name is a name of its own
    ("XU BIN", "Xu Bin"),
    ("TRAN LE", "Tran Le"),
    # suffixes and initials
    ("MARTIN LUTHER KING JR.", "Martin Luther King Jr."),
    ("MARTIN LUTHER KING, JR.", "Martin Luther King, Jr."),
    ("JOHN SMITH SR", "John Smith Sr"),
    ("JOHN SMITH III", "John Smith III"),
    ("HENRY IV", "Henry IV"),
    ("J. SMITH", "J. Smith"),
    ("J.R. EWING", "J.R. Ewing"),
    ("KEVIN ST. JOHN", "Kevin St. John"),
    # hyphens and non-ASCII letters
    ("JEAN-LOUP FIEVET", "Jean-Loup Fievet"),
    ("NAILENE CHOU-WIEST", "Nailene Chou-Wiest"),
    ("JÜRGEN MÜLLER-LÜDENSCHEID", "Jürgen Müller-Lüdenscheid"),
    ("SØREN ØSTERGAARD", "Søren Østergaard"),
    ("ŁUKASZ ŻUKOWSKI", "Łukasz Żukowski"),
    ("ΑΛΈΞΗΣ ΤΣΊΠΡΑΣ", "Αλέξης Τσίπρας"),
    # spacing as written
    ("ZEKE  MILLER", "Zeke  Miller"),
    # mixed case is left exactly as written
    ("Zeke Miller", "Zeke Miller"),
    ("John McDONALD", "John McDONALD"),
    ("Shirley Maclaine", "Shirley Maclaine"),
    ("Solange De Santis", "Solange De Santis"),
    ("Chen Chien-kuo", "Chen Chien-kuo"),
    ("keith grant", "keith grant"),
    ("J. K.", "J. K."),
    # post-nominal letters that close a name, as written with or without points
    ("JANE DOE, MD", "Jane Doe, MD"),
    ("JANE DOE, PH.D.", "Jane Doe, Ph.D."),
    ("JANE DOE, M.D.", "Jane Doe, M.D."),
    ("JANE DOE, MD, MPH", "Jane Doe, MD, MPH"),
    ("JOHN SMITH, JR., MD", "John Smith, Jr., MD"),
    ("JANE DOE, ESQ.", "Jane Doe, Esq."),
    # "Md" (Mohammad) opening or inside a name is no credential
    ("MD ABDUL KARIM", "Md Abdul Karim"),
    ("ABDUL MD KARIM", "Abdul Md Karim"),
    # honorifics
    ("DR. JANE DOE", "Dr. Jane Doe"),
    ("PROF. JOHN SMITH", "Prof. John Smith"),
    # Korean and Chinese names, family name first: the syllable after the hyphen is
    # lower case (AP's "Kim Tong-hyung", "Moon Jae-in"; Taiwan's "Tsai Ing-wen")
    ("KIM TONG-HYUNG", "Kim Tong-hyung"),
    ("MOON JAE-IN", "Moon Jae-in"),
    ("HAN DUCK-SOO", "Han Duck-soo"),
    ("CHEN CHIEN-KUO", "Chen Chien-kuo"),
    ("TSAI ING-WEN", "Tsai Ing-wen"),
    ("MA YING-JEOU", "Ma Ying-jeou"),
    ("KIM JONG UN", "Kim Jong Un"),
    # ... but not in Western order, nor for Western hyphenated names
    ("HYUNG-JIN KIM", "Hyung-Jin Kim"),
    ("LEE SMITH-JONES", "Lee Smith-Jones"),
    ("PARK JEAN-LUC", "Park Jean-Luc"),
    ("KIM JO-ANN", "Kim Jo-Ann"),
    ("LEE ANN-MARIE", "Lee Ann-Marie"),
    ("Kim Tong-Hyung", "Kim Tong-Hyung"),
]

#: The capitalisation cases of derek73/python-nameparser (tests/test_capitalization.py),
#: in capitals, with nameparser's expected display form. Where newsparse differs, the
#: difference is named: it changes only the case of letters, never adds points.
NAMEPARSER_CASING = [
    ("JUAN Q. XAVIER VELASQUEZ Y GARCIA III", "Juan Q. Xavier Velasquez y Garcia III"),
    ("JUAN GARCIA III", "Juan Garcia III"),
    ("LT. GEN. JOHN A. KENNETH DOE IV", "Lt. Gen. John A. Kenneth Doe IV"),
    ("DONOVAN MCNABB-SMITH", "Donovan McNabb-Smith"),
    ("SCOTT E. WERNER", "Scott E. Werner"),
    ("DR DOE", "Dr Doe"),
    ("RONALD MACDONALD", "Ronald MacDonald"),
    ("RONALD MCDONALD", "Ronald McDonald"),
    ("MACK JOHNSON", "Mack Johnson"),
    ("JOAO DA SILVA DO AMARAL DE SOUZA", "Joao da Silva do Amaral de Souza"),
    ("VAN NGUYEN", "Van Nguyen"),
    ("MATTHËUS SCHMIDT", "Matthëus Schmidt"),
    ("Shirley Maclaine", "Shirley Maclaine"),
    # nameparser writes "Ph.D." and "M.D."; newsparse keeps the letters as written.
    ("JOHN DOE PHD", "John Doe PhD"),
    ("JOHN DOE PHD MD", "John Doe PhD MD"),
    ("BOB V. DE LA MACDOLE-EISENHOWER PHD", "Bob V. de la MacDole-Eisenhower PhD"),
]


@pytest.mark.parametrize(("raw", "name"), CASING)
def test_display_name(raw: str, name: str) -> None:
    """ALL-CAPS names get the casing of real names; mixed case stays as written."""
    assert display_name(raw) == name


@pytest.mark.parametrize(("raw", "name"), NAMEPARSER_CASING)
def test_display_name_agrees_with_nameparser(raw: str, name: str) -> None:
    """nameparser's capitalisation cases get its casing (save the points it adds)."""
    assert display_name(raw) == name


#: Words of names in capitals with credentials, for the property test of their casing.
CREDENTIAL_WORDS = st.sampled_from(
    ["JANE", "DOE", "MD", "MD,", "PHD", "PH.D.", "M.D.,", "JR.,", "III", "ABDUL", "DOE,"]
)


@given(st.lists(CREDENTIAL_WORDS, min_size=1, max_size=5).map(" ".join))
def test_credentials_case_only_where_they_close_the_name(raw: str) -> None:
    """Credentials get their display case only in the run that closes a name."""
    words = raw.split(" ")
    closing = _names._credentials_from(words)
    expected = " ".join(
        _names._case_token(word, index, len(words), closing) for index, word in enumerate(words)
    )
    name = display_name(raw)
    assert name == (expected if is_shouted(raw) else raw)
    assert name.casefold() == raw.casefold()
    for index, word in enumerate(words[:closing]):
        if word.rstrip(",") in ("MD", "PHD"):
            assert name.split(" ")[index].rstrip(",") in ("Md", "Phd")


@pytest.mark.parametrize(
    ("raw", "shouted"),
    [
        ("ZEKE MILLER", True),
        ("McDONALD", True),
        ("MacARTHUR", True),
        ("al-HOURANI", True),
        ("PIETER van der BERG", True),
        ("O'NEIL", True),
        ("Zeke Miller", False),
        ("John McDONALD", False),
        ("J. K.", False),
        ("keith grant", False),
        ("", False),
    ],
)
def test_is_shouted(raw: str, shouted: bool) -> None:
    """A name counts as shouted when it has no lower-case letters but Mc, Mac and particles."""
    assert is_shouted(raw) is shouted


@pytest.mark.parametrize(
    "text",
    [
        "Joseph Krauss",
        "LAURAN NEERGAARD",
        "Asaad al-Shibani",
        "Ludwig van Beethoven",
        "Charles de Gaulle",
        "Valéry Giscard d'Estaing",
        "J. Smith",
        "J.R. Ewing",
        "Martin Luther King Jr.",
        "Kevin St. John",
        "Mark O’Neill",
        "Chen Chien-kuo",
        "Ho Wah Foon",
        "Von Miller",
    ],
)
def test_is_person_name(text: str) -> None:
    """Two or more capitalised name words, particles between them, make a personal name."""
    assert is_person_name(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Joseph",
        "van Gogh",
        "the numbers",
        "By contrast",
        "Monday Night",
        "The Associated Press",
        "Reuters",
        "J. K.",
        "Zeke Miller and",
        "ZEKE AND MILLER",
        "Joseph Krauss2",
        "Joseph  Krauss ",
        "Ludwig van",
        "keith grant",
    ],
)
def test_is_not_person_name(text: str) -> None:
    """One word, lower-case words, words that are never names and initials alone are refused."""
    assert not is_person_name(text)


def test_has_full_word() -> None:
    """A name needs one word of two letters or more beside its initials."""
    assert has_full_word("J. O'Neil")
    assert not has_full_word("J. K. Jr.")


def test_name_pattern_guard() -> None:
    """A guard stops a name before a word it matches, as a byline stops before an agency."""
    pattern = compile_with_names(rf"(?P<name>{name_pattern('Reuters')})\ Reuters")
    match = pattern.fullmatch("Brad Schade Reuters")
    assert match is not None
    assert match.group("name") == "Brad Schade"
    assert compile_with_names(NAME).fullmatch("Brad Schade Reuters")


@given(st.text(alphabet="ABCDEÉMacÖO'’- .zJr", max_size=40))
def test_display_name_only_changes_case(raw: str) -> None:
    """Proper-casing changes only the case of letters, never the letters or the spacing."""
    name = display_name(raw)
    assert name.casefold() == raw.casefold()
    assert display_name(name) == name or not is_shouted(raw)


#: Words of names in capitals, for the property test of the quick casing.
CAPITAL_WORDS = st.sampled_from(
    ["JOSEPH", "KRAUSS", "MCDONALD", "MACDONALD", "MACY", "MACHADO", "MC", "MACK", "VAN",
     "DER", "DE", "LA", "Y", "E", "JR", "SR", "III", "IV", "ST", "STE", "AL", "EL", "BIN",
     "J", "O", "A", "ZEKE", "SMC", "EMMAC"]
)  # fmt: skip


@given(st.lists(CAPITAL_WORDS, min_size=1, max_size=5).map(" ".join))
def test_quick_capitals_case_as_each_word(raw: str) -> None:
    """ASCII capitals one space apart get the case _case_token gives word by word."""
    words = raw.split(" ")
    expected = " ".join(
        _names._case_token(word, index, len(words)) for index, word in enumerate(words)
    )
    assert display_name(raw) == (expected if is_shouted(raw) else raw)


def test_long_name_is_linear() -> None:
    """The name pattern and the casing run through hostile text without backtracking."""
    pattern = compile_with_names(NAME)
    assert pattern.fullmatch("Ab " * 60_000 + "Cd") is not None
    assert pattern.fullmatch("Ab " * 60_000 + "cd") is None
    assert pattern.fullmatch("van " * 60_000) is None
    assert display_name("MAC " * 50_000).startswith("Mac Mac")


@given(st.text(alphabet="abdeJSlvyzAQ.'- \u212a\u017f", max_size=12))
def test_list_guards_turn_no_match_away(text: str) -> None:
    """The first-letter lookaheads before the name word lists never refuse what a list takes."""
    for guarded, bare in (
        (_names.PARTICLE, r"\L<name_particles>[ \t\u00a0\u2007\u2009\u202f]++"),
        (_names.ABBREVIATION, r"\L<name_abbrevs>"),
        (_names.WORD, _names.WORD.replace("(?=[aeu])", "").replace("(?=[dl])", "")),
    ):
        fast = compile_with_names(guarded).match(text)
        slow = compile_with_names(bare).match(text)
        assert (None if fast is None else fast.span()) == (None if slow is None else slow.span())


@given(st.text(alphabet="AbCdeZ .-'\u00c9\u00e9", max_size=12))
def test_is_shouted_title_case_shortcut(text: str) -> None:
    """ASCII text in title case is never shouted: the shortcut gives what the patterns give."""
    two_capitals = regex.search(r"\p{Lu}{2}", text) is not None
    if text.isascii() and text.istitle():
        assert not two_capitals
        assert not is_shouted(text)


#: Words for the quick path of is_person_name: plain words, particles, words
#: that are never names, and words the quick path leaves to the pattern.
_QUICK_WORDS = (
    *("Joseph", "KRAUSS", "van", "der", "de", "y", "The", "AND", "And", "and", "Monday"),
    *("J.", "R.", "J.R.", "Jr.", "O'Neil", "al-Shibani", "keith", "X", "b", "Krauss2"),
)


@given(
    st.lists(st.sampled_from(_QUICK_WORDS), max_size=5).map(" ".join)
    | st.text(alphabet="AbcJ.r'-v an\t\n2", max_size=14)
)
def test_is_person_name_quick_path(text: str) -> None:
    """The set look-ups for ASCII words give what the name pattern and its never-name test give."""
    quick = _names._plain_name_words(text)
    if quick is not None:
        match = compile_with_names(NAME).fullmatch(text)
        assert quick is (match is not None and has_full_word(text))
