"""Personal names in wire copy: their shape as regex pieces, and proper case for ALL-CAPS names.

Private, shared by the line modules that read names (bylines, contributor
lines, photo credits). The data (particles, suffixes, Mc/Mac exceptions, words
that are never names) is in :mod:`newsparse._tables.particles`.

Shape. A personal name is two or more name words separated by spaces, each
word capitalised or in capitals, with lower-case particles between them::

    >>> is_person_name("Joseph Krauss"), is_person_name("LAURAN NEERGAARD")
    (True, True)
    >>> is_person_name("Asaad al-Shibani"), is_person_name("Ludwig van Beethoven")
    (True, True)
    >>> is_person_name("the numbers"), is_person_name("Monday Night"), is_person_name("Reuters")
    (False, False, False)

Casing. ALL-CAPS names get the casing of real names (after nameparser's rules:
particles lower case unless they open or close the name, Mc/Mac with a second
capital save listed exceptions, O' and hyphens start a new capital, Roman
suffixes stay upper case); a name written in mixed case is returned exactly as
written::

    >>> display_name("JOSEPH McDONALD")
    'Joseph McDonald'
    >>> display_name("PIETER VAN DER BERG JR.")
    'Pieter van der Berg Jr.'
    >>> display_name("AL-HOURANI")
    'al-Hourani'
    >>> display_name("Shirley Maclaine")
    'Shirley Maclaine'

Pieces for grammars: :data:`NAME_TOKEN` (one word of a name), :data:`NAME`
(one whole name) and :func:`name_pattern` (a name whose every word is first
checked against a guard, so a grammar can stop a name before a title or an
agency). Compile them with the named lists of :data:`NAME_LISTS`, or with
:func:`compile_with_names`, which adds them::

    >>> compile_with_names(NAME).fullmatch("TED D'AFFLISIO") is not None
    True
"""

from __future__ import annotations

import re
import string
from functools import cache
from typing import TYPE_CHECKING, Any

import regex

from newsparse._grammar import APOSTROPHES, HSPACE, WS
from newsparse._tables.particles import (
    ABBREVIATIONS,
    CONJUNCTIONS,
    CREDENTIALS,
    EAST_ASIAN_FAMILY_NAMES,
    ELISIONS,
    JOINED_PARTICLES,
    MAC_EXCEPTIONS,
    NOT_NAMES,
    PARTICLES,
    SUFFIXES,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "CONJUNCTION",
    "NAME",
    "NAME_LISTS",
    "NAME_TOKEN",
    "WORD_END",
    "compile_with_names",
    "display_name",
    "has_full_word",
    "is_person_name",
    "is_shouted",
    "name_pattern",
]

#: The named lists the pieces below refer to; pass them to ``regex.compile``
#: (with ``ignore_unused=True`` when a pattern uses only some of them).
NAME_LISTS: dict[str, list[str]] = {
    "name_particles": sorted(PARTICLES, key=len, reverse=True),
    "name_joined": sorted(JOINED_PARTICLES, key=len, reverse=True),
    "name_elisions": sorted(ELISIONS, key=len, reverse=True),
    "name_abbrevs": sorted(ABBREVIATIONS, key=len, reverse=True),
    "name_not": sorted(NOT_NAMES, key=len, reverse=True),
    "name_conjunctions": sorted(CONJUNCTIONS, key=len, reverse=True),
}

#: A letter of a name, with any combining marks ("Müller" in decomposed form too).
LETTER = r"[\p{L}\p{M}]"

#: Where a name word ends: a space, a list or tail separator, or the end.
WORD_END = rf"(?={HSPACE}|[,|.:;]|\Z)"


def _first_letters(words: list[str]) -> str:
    """A lookahead for the first characters of ``words``: a cheap test before the word list.

    Every word of a list starts with one of them, so the lookahead never turns
    away a match of the list; it saves the list look-up where none can match.
    The lists it guards are matched with case (never inside ``(?i:...)``).
    """
    return "(?=[" + "".join(sorted({regex.escape(word[0]) for word in words})) + "])"


# "J."  "J.R."  "J.-P."
INITIAL = r"\p{Lu}\.(?:-?\p{Lu}\.)*+"

# "Jr."  "St."
ABBREVIATION = _first_letters(NAME_LISTS["name_abbrevs"]) + r"\L<name_abbrevs>"

# "Krauss"  "KRAUSS"  "O'NEIL"  "McDONALD"  "Jean-Loup"  "Chien-kuo"  "Müller"
# "al-Shibani"  "d'Estaing": a lower-case joined particle or elision may lead.
WORD = (
    rf"(?:{_first_letters(NAME_LISTS['name_joined'])}\L<name_joined>-"
    rf"|{_first_letters(NAME_LISTS['name_elisions'])}\L<name_elisions>[{APOSTROPHES}])?"
    rf"\p{{Lu}}{LETTER}*+(?:[\-{APOSTROPHES}]{LETTER}++)*+"
)

# "van"  "der"  "bin"  "de"  "y": lower case, only ever before a further word.
PARTICLE = _first_letters(NAME_LISTS["name_particles"]) + rf"\L<name_particles>{WS}"

#: "and", "AND", "&", "und", "et": joins two names in a list.
CONJUNCTION = rf"(?i:\L<name_conjunctions>)(?={HSPACE})"

# "Krauss", "J.", "Jr." but never "The", "Monday" or "AND" (words that are not names).
NAME_TOKEN = (
    rf"(?!(?i:\L<name_not>)(?={HSPACE}|[,|:;]|\Z)|{CONJUNCTION})"
    rf"(?:{INITIAL}|{ABBREVIATION}|{WORD}){WORD_END}"
)


# "The", "MONDAY", "and": a word that is never a name, as a whole word.
NOT_NAME = rf"(?i:\L<name_not>)(?={HSPACE}|[,|:;]|\Z)"

#: As :data:`NAME_TOKEN`, save the test for words that are never names or
#: conjunctions, and each word captured as ``tok``: :func:`cut_at_not_name` makes
#: that test on the words.
TOKEN_CAPTURED = rf"(?P<tok>{INITIAL}|{ABBREVIATION}|{WORD}){WORD_END}"

#: Where a word may end that is never a name (see :data:`NOT_NAME`).
_WORD_STOPS = frozenset(" \t\u00a0\u2007\u2009\u202f,|:;")
_HSPACE_CHARS = frozenset(" \t\u00a0\u2007\u2009\u202f")
_NOT_NAMES_LOWER = frozenset(word.lower() for word in NOT_NAMES)
_CONJUNCTIONS_LOWER = frozenset(word.lower() for word in CONJUNCTIONS)
#: Whether the set look-ups are exact for ASCII words: every word of the lists is
#: ASCII, and none holds a character that ends a word.
_LISTS_ASCII = all(
    word.isascii() and _WORD_STOPS.isdisjoint(word) for word in (*NOT_NAMES, *CONJUNCTIONS)
)


def starts_not_name(text: str, pos: int, end: int) -> bool:
    """Whether :data:`NOT_NAME` or :data:`CONJUNCTION` matches ``text`` at ``pos`` (up to ``end``).

    A set look-up of the word there when it is ASCII, else the patterns. A match
    of either ends where the word ends, as no listed word holds a character that
    ends a word.
    """
    stop = pos
    while stop < end and text[stop] not in _WORD_STOPS:
        stop += 1
    word = text[pos:stop]
    if _LISTS_ASCII and word.isascii():
        lower = word.lower()
        return lower in _NOT_NAMES_LOWER or (
            lower in _CONJUNCTIONS_LOWER and stop < end and text[stop] in _HSPACE_CHARS
        )
    return _compiled()["not_name"].match(text, pos, end) is not None


def cut_at_not_name(match: regex.Match[str], end: int, *, least: int) -> tuple[int, int] | None:
    """The span a name pattern with the never-name test would have matched.

    ``match`` is a match of a pattern built of :data:`TOKEN_CAPTURED` words
    (:func:`captured_name_pattern`); ``least`` is how many words the pattern needs
    at the least (2 for a full name). The name stops before its first word that
    is never a name; ``None`` if fewer than ``least`` words are left.
    """
    text = match.string
    ends = match.ends("tok")
    for index, start in enumerate(match.starts("tok")):
        stop = ends[index]
        if stop < end and text[stop] not in _WORD_STOPS:
            # "St.Louis": the word runs on past the name word.
            hit = starts_not_name(text, start, end)
        else:
            # The word is the name word (no name word holds a stop): starts_not_name inlined.
            word = text[start:stop]
            if _LISTS_ASCII and word.isascii():
                lower = word.lower()
                hit = lower in _NOT_NAMES_LOWER or (
                    lower in _CONJUNCTIONS_LOWER and stop < end and text[stop] in _HSPACE_CHARS
                )
            else:
                hit = _compiled()["not_name"].match(text, start, end) is not None
        if hit:
            if index < least:
                return None
            return match.start(), ends[index - 1]
    return match.span()


def captured_name_pattern() -> str:
    """:func:`name_pattern` with :data:`TOKEN_CAPTURED` words (see :func:`cut_at_not_name`)."""
    return rf"(?:{PARTICLE})*+{TOKEN_CAPTURED}(?:{WS}(?:{PARTICLE})*+{TOKEN_CAPTURED})++"


def name_pattern(guard: str = "") -> str:
    """One personal name: two or more name words, particles between them.

    ``guard`` is a pattern no word of the name may start at (a byline stops
    a name before "AP Medical Writer" this way); the empty guard checks nothing.
    The pattern holds no groups, so it can repeat.
    """
    word = f"(?!{guard}){NAME_TOKEN}" if guard else NAME_TOKEN
    # "Joseph Krauss"  "PIETER VAN DER BERG"  "Ludwig van Beethoven"  "Kevin St. John"
    return rf"(?:{PARTICLE})*+{word}(?:{WS}(?:{PARTICLE})*+{word})++"


# "Joseph Krauss"  "LAURAN NEERGAARD"  "Asaad al-Shibani"  "Martin Luther King Jr."
NAME = name_pattern()


def compile_with_names(
    pattern: str, lists: Mapping[str, list[str]] | None = None, flags: int = regex.VERBOSE
) -> regex.Pattern[str]:
    r"""Compile ``pattern`` with the named lists of the name pieces and any further ``lists``.

    >>> pattern = compile_with_names(rf"{NAME},\ \L<agencies>", {"agencies": ["AP"]})
    >>> pattern.fullmatch("Zeke Miller, AP").group()
    'Zeke Miller, AP'
    """
    named: dict[str, Any] = {**NAME_LISTS, **(lists or {})}
    return regex.compile(pattern, flags, ignore_unused=True, **named)


#: Abbreviations written without a point (none so far): the rest cannot match a bare word.
_ALPHA_ABBREVIATIONS = frozenset(a for a in ABBREVIATIONS if a.isalpha())


@cache
def _compiled() -> dict[str, regex.Pattern[str]]:
    return {
        "name": compile_with_names(NAME),
        "word": regex.compile(rf"{LETTER}{LETTER}"),
        "initial": regex.compile(INITIAL),
        "abbreviation": compile_with_names(rf"{INITIAL}|{ABBREVIATION}"),
        # Lower-case letters that do not make a name mixed case: "Mc" of "McDONALD",
        # particles of "PIETER van der BERG", joined particles of "al-HOURANI".
        "lower_ok": compile_with_names(
            rf"\bMa?c(?=\p{{Lu}})|(?<![\p{{L}}{APOSTROPHES}\-])"
            rf"(?:\L<name_particles>(?={HSPACE})|\L<name_joined>-|\L<name_elisions>[{APOSTROPHES}])",
            flags=0,
        ),
        "upper_run": regex.compile(r"\p{Lu}{2}"),
        "lower": regex.compile(r"\p{Ll}"),
        "segment": regex.compile(rf"[\-{APOSTROPHES}]|[^\-{APOSTROPHES}]++"),
        "token": regex.compile(r"\S++"),
        "not_name": compile_with_names(rf"{NOT_NAME}|{CONJUNCTION}"),
        "name_captured": compile_with_names(captured_name_pattern()),
    }


def has_full_word(raw: str) -> bool:
    """Whether ``raw`` holds a name word of two letters or more (not initials only)."""
    pats = _compiled()
    for t in raw.split():
        # A word of ASCII letters is no initial and no abbreviation (each holds a point).
        if t.isascii() and t.isalpha() and len(t) > 1 and t not in _ALPHA_ABBREVIATIONS:
            return True
        if pats["word"].search(t) is not None and pats["abbreviation"].fullmatch(t) is None:
            return True
    return False


#: The particles, as a set (a name word equal to one is a particle).
_PARTICLE_SET = frozenset(PARTICLES)
#: ASCII white space that is no :data:`HSPACE`: a name never holds it.
_ASCII_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x1f")
#: The ASCII characters a name word can hold: letters, the point of initials
#: and abbreviations, hyphen and the straight apostrophe.
_NAME_ASCII = frozenset(
    string.ascii_letters + ".-" + "".join(ch for ch in APOSTROPHES if ch.isascii())
)
#: Whether the quick path of :func:`is_person_name` is exact: the particles are
#: ASCII letters in lower case (so no capitalised word is one), joined particles
#: and elisions ASCII letters, and every listed abbreviation holds a point (so
#: no word of letters only is one) and only characters of :data:`_NAME_ASCII`.
_QUICK_NAMES = (
    _LISTS_ASCII
    and all(p.isascii() and p.isalpha() and p.islower() for p in PARTICLES)
    and all(p.isascii() and p.isalpha() for p in (*JOINED_PARTICLES, *ELISIONS))
    and not any(a.isalpha() for a in ABBREVIATIONS)
    and all(_NAME_ASCII.issuperset(a) for a in ABBREVIATIONS)
)


def _plain_name_words(text: str) -> bool | None:
    """:func:`is_person_name` for ASCII ``text`` made of plain words, ``None`` for other text.

    A plain word is ASCII letters only: a particle, or a name word when it
    starts with a capital ("Marco Ugarte", "Ludwig van Beethoven"). Text whose
    words are all plain is read here with set look-ups, as the name pattern
    would read it; any other word (initials, "O'Neil", "al-Shibani") leaves the
    text to the pattern. ASCII white space other than space and tab, or space at
    either end, is no name at all.
    """
    words = text.split()
    if not _ASCII_BREAKS.isdisjoint(text) or text[:1] in " \t" or text[-1:] in " \t":
        return False
    last = len(words) - 1
    names = 0
    for index, word in enumerate(words):
        if word.isalpha():
            if index < last and word in _PARTICLE_SET:
                continue  # a particle, before a further word
            if not word[0].isupper():
                return False  # "keith", or a particle that ends the text
        elif len(word) == 2 and word[1] == "." and word[0].isupper():
            pass  # "R.": an initial
        elif _NAME_ASCII.issuperset(word):
            return None  # "J.R."  "O'Neil"  "al-Shibani": the pattern decides
        else:
            return False  # "Krauss2"  "(AP)": a character no name holds
        lower = word.lower()
        if lower in _NOT_NAMES_LOWER or (lower in _CONJUNCTIONS_LOWER and index < last):
            return False  # "The", "Monday", "AND" between names
        names += 1
    return names >= 2 and has_full_word(text)


def is_person_name(text: str) -> bool:
    """Whether ``text`` as a whole has the shape of one personal name.

    >>> is_person_name("J. Smith"), is_person_name("J. K."), is_person_name("By contrast")
    (True, False, False)
    """
    if _QUICK_NAMES and text.isascii():
        quick = _plain_name_words(text)
        if quick is not None:
            return quick
    # NAME with the never-name test made on the words afterwards: a whole name
    # has the same words either way, so NAME matches where this does and no word
    # is one that is never a name.
    match = _compiled()["name_captured"].fullmatch(text)
    if match is None:
        return False
    end = len(text)
    ends = match.ends("tok")
    for index, start in enumerate(match.starts("tok")):
        # A name word holds no character that ends a word and is followed by a
        # space or the end: it is the word starts_not_name() would look up.
        stop = ends[index]
        word = text[start:stop]
        if _LISTS_ASCII and word.isascii():
            lower = word.lower()
            if lower in _NOT_NAMES_LOWER or (
                lower in _CONJUNCTIONS_LOWER and stop < end and text[stop] in _HSPACE_CHARS
            ):
                return False
        elif _compiled()["not_name"].match(text, start, end) is not None:
            return False
    return has_full_word(text)


#: Two ASCII capitals side by side: ``upper_run`` on ASCII text.
_ASCII_UPPER_RUN = re.compile(r"[A-Z]{2}")
#: Whether ``lower_ok`` needs a lower-case letter to match: Mc/Mac and every
#: particle, joined particle and elision are written in lower case.
_LOWER_OK_NEEDS_LOWER = all(
    word.isascii() and word.islower() for word in (*PARTICLES, *JOINED_PARTICLES, *ELISIONS)
)


def is_shouted(raw: str) -> bool:
    """Whether ``raw`` is written in capitals (Mc, particles aside) and so needs proper case.

    >>> is_shouted("ZEKE MILLER"), is_shouted("McDONALD"), is_shouted("Zeke Miller")
    (True, True, False)
    """
    if raw.isascii():
        if raw.istitle():
            return False  # no capital stands after a letter, so no two capitals side by side
        if _LOWER_OK_NEEDS_LOWER and raw.isupper():
            # No lower-case letter: lower_ok takes nothing out, none is left.
            return _ASCII_UPPER_RUN.search(raw) is not None
    pats = _compiled()
    # What lower_ok takes out stands after no letter, so taking it out puts no two
    # capitals side by side: without two capitals in ``raw``, none are left either.
    if pats["upper_run"].search(raw) is None:
        return False
    rest = pats["lower_ok"].sub("", raw)
    return pats["lower"].search(rest) is None and pats["upper_run"].search(rest) is not None


def display_name(raw: str) -> str:
    """The display form of a name: proper case for an ALL-CAPS name, else ``raw`` as written.

    >>> display_name("MARK O'NEILL"), display_name("JEAN-LOUP FIEVET")
    ("Mark O'Neill", 'Jean-Loup Fievet')
    >>> display_name("J. MACDONALD III"), display_name("WILLIAM H. MACY")
    ('J. MacDonald III', 'William H. Macy')
    """
    if _QUICK_CAPITALS and raw.isascii() and raw.isupper() and not raw.istitle():
        quick = _plain_capitals(raw)
        if quick is not None:
            return quick
    if not is_shouted(raw):
        return raw
    words = raw.split()
    if " ".join(words) == raw:
        # Words one space apart (the common case): the tokens are the words.
        count = len(words)
        if count == 2 and _is_east_asian(words):
            # "KIM TONG-HYUNG" -> "Kim Tong-hyung"
            given, _, second = words[1].partition("-")
            return f"{_capital(words[0].lower())} {_capital(given.lower())}-{second.lower()}"
        closing = _credentials_from(words)
        return " ".join(
            [_case_token(word, index, count, closing) for index, word in enumerate(words)]
        )
    tokens = list(_compiled()["token"].finditer(raw))
    closing = _credentials_from([token.group() for token in tokens])
    out: list[str] = []
    last = 0
    for index, token in enumerate(tokens):
        out.append(raw[last : token.start()])
        out.append(_case_token(token.group(), index, len(tokens), closing))
        last = token.end()
    out.append(raw[last:])
    return "".join(out)


#: The words :func:`_case_token` gives a case of their own, in lower case: suffixes,
#: credentials, particles, "St" and "Ste".
_CASE_SPECIAL = frozenset((*SUFFIXES, *CREDENTIALS, *PARTICLES, "st", "ste"))
#: Whether :func:`_plain_capitals` is exact: :func:`is_shouted` reads ASCII capitals
#: without its patterns (see there).
_QUICK_CAPITALS = _LOWER_OK_NEEDS_LOWER


def _plain_capitals(raw: str) -> str | None:
    """:func:`display_name` for ASCII capitals and single spaces ("JOSEPH KRAUSS"), else ``None``.

    Called for ASCII ``raw`` that is upper case and not title case, so some
    capital follows a letter: :func:`is_shouted` holds. When the words are
    letters only, one space apart, each word is a token of :func:`_case_token`
    with no comma, point, hyphen or apostrophe: a word that is no suffix,
    particle or "St" gets ``_mac()`` of its lower case, which for a word not
    starting with "Mc" or "Mac" is the word capitalised, as ``str.title`` writes
    each word.
    Other names of such words go word by word through :func:`_case_token`.
    """
    words = raw.split(" ")
    if not raw.replace(" ", "").isalpha() or "" in words:
        return None
    if "MC" not in raw and "MAC" not in raw and _CASE_SPECIAL.isdisjoint(raw.lower().split(" ")):
        return raw.title()  # "JOSEPH KRAUSS" -> "Joseph Krauss"
    count = len(words)
    closing = _credentials_from(words)
    return " ".join([_case_token(word, index, count, closing) for index, word in enumerate(words)])


def _credentials_from(words: list[str]) -> int:
    """Where the run of credentials and suffixes that closes a name starts ("PHD MD", "MD, MPH").

    Only there are credentials written in their display case: "JOHN DOE PHD MD" ->
    "John Doe PhD MD", but "MD ABDUL KARIM" keeps "Md" for the abbreviated given name.
    """
    start = len(words)
    while start > 1:
        bare = words[start - 1].rstrip(",").rstrip(".").lower().replace(".", "")
        if bare not in CREDENTIALS and bare not in SUFFIXES:
            break
        start -= 1
    return start


def _case_token(token: str, index: int, count: int, closing: int | None = None) -> str:
    """Proper case for one space-separated word of a shouted name.

    ``closing`` is where the run of credentials that closes the name starts
    (see :func:`_credentials_from`); ``None`` for none.
    """
    core = token.rstrip(",")
    tail = token[len(core) :]
    lower = core.lower()
    bare = lower.rstrip(".")  # no lower-case letter is or ends in a point
    # An initial has a point second: only then is the pattern asked.
    if core[1:2] == "." and _compiled()["initial"].fullmatch(core) is not None:
        return token  # "J."  "J.R."
    if bare in SUFFIXES and index > 0:
        return SUFFIXES[bare] + core[len(bare) :] + tail  # "JR." -> "Jr."  "III"
    credential = (
        CREDENTIALS.get(bare.replace(".", "")) if closing is not None and index >= closing else None
    )
    if credential is not None:
        # "PHD" -> "PhD", "PH.D." -> "Ph.D.": the display form's letters, the points as
        # written.
        letters = iter(credential)
        return "".join(next(letters) if ch != "." else ch for ch in core) + tail
    if lower in _PARTICLE_SET and (0 < index < count - 1 or core.islower()):
        return lower + tail  # "VAN DER" -> "van der"; "de" as written
    if bare in ("st", "ste"):
        return core[:1] + core[1:].lower() + tail  # "ST." -> "St."
    if _JOINS.isdisjoint(core):
        return _mac(lower) + tail  # one segment, as _case_word() would read it: "MCDONALD"
    return _case_word(core) + tail


#: The family names of EAST_ASIAN_FAMILY_NAMES, in lower case.
_EAST_ASIAN_FAMILIES = frozenset(name.lower() for name in EAST_ASIAN_FAMILY_NAMES)

# One romanised syllable of Korean (Revised Romanization, McCune-Reischauer as AP writes
# names) or of Chinese (Wade-Giles): an initial, a vowel, a final. "tong" "hyung" "jae"
# "in" "chien" "kuo" "ing" "wen" "jeou" "duck"; never "smith", "jean", "marie", "ann".
SYLLABLE_INITIAL = r"(?:kk|tt|pp|ss|jj|ch|hs|sh|ts|tz|[bcdghjklmnprstwyz])?"
SYLLABLE_VOWEL = (
    r"(?:yeo|yae|wae|eou|iao|uai|ae|ai|ao|eo|eu|ee|ei|ia|ie|io|iu|oe|oi|oo|ou|ua|ue|ui|uo"
    r"|wa|we|wi|wo|ya|ye|yo|yu|a|e|i|o|u)"
)
SYLLABLE_FINAL = r"(?:ng|ck|[klmnpt])?"
SYLLABLE = rf"{SYLLABLE_INITIAL}{SYLLABLE_VOWEL}{SYLLABLE_FINAL}"
# "TONG-HYUNG"  "JAE-IN"  "CHIEN-KUO": a given name of two romanised syllables.
ROMANISED_GIVEN = rf"(?i:{SYLLABLE}-{SYLLABLE})"
_ROMANISED_GIVEN = re.compile(ROMANISED_GIVEN)


def _is_east_asian(words: list[str]) -> bool:
    """Whether two words are an East Asian family name and a given name of two syllables.

    "KIM TONG-HYUNG", "MOON JAE-IN", "CHEN CHIEN-KUO": the family name first (one of
    EAST_ASIAN_FAMILY_NAMES), then two romanised syllables joined by a hyphen. Names
    in Western order ("HYUNG-JIN KIM") and hyphenated Western names ("LEE
    SMITH-JONES", "PARK JEAN-LUC") keep a capital after the hyphen.
    """
    return (
        words[0].lower() in _EAST_ASIAN_FAMILIES
        and words[1].isascii()
        and _ROMANISED_GIVEN.fullmatch(words[1]) is not None
    )


#: What joins the segments of a word: hyphen and apostrophes.
_JOINS = frozenset("-" + APOSTROPHES)


def _case_word(word: str) -> str:
    """Proper case for a word: joined particles, O' and hyphens, Mc and Mac."""
    segments = _compiled()["segment"].findall(word)
    out: list[str] = []
    for i, seg in enumerate(segments):
        if seg == "-" or seg in APOSTROPHES:
            out.append(seg)
            continue
        lower = seg.lower()
        joined = i + 1 < len(segments) and segments[i + 1] == "-"
        elided = i + 1 < len(segments) and segments[i + 1] in APOSTROPHES
        after_apostrophe = i > 0 and segments[i - 1] in APOSTROPHES
        lower_before = segments[i - 2].lower() if i > 1 else ""
        if i == 0 and joined and lower in JOINED_PARTICLES:
            out.append(lower)  # "AL-HOURANI" -> "al-Hourani"
        elif after_apostrophe and len(segments[i - 2]) > 1 and lower_before not in ELISIONS:
            out.append(lower)  # "SA'ID" -> "Sa'id": an apostrophe inside a word
        elif elided and len(seg) > 1:
            out.append(_capital(lower))
        else:
            out.append(_mac(lower))  # "O'NEIL" -> "O'Neil", "MCDONALD" -> "McDonald"
    return "".join(out)


def _capital(lower: str) -> str:
    return lower[:1].upper() + lower[1:]


#: :data:`MAC_EXCEPTIONS` in lower case.
_MAC_EXCEPTIONS = frozenset(e.lower() for e in MAC_EXCEPTIONS)


def _mac(lower: str) -> str:
    """``McDonald``, ``MacArthur``; but ``Macy``, ``Mack``, ``Machado`` (listed exceptions)."""
    # _capital() inlined: the capital of the rest, then the rest.
    if lower.startswith("mc") and len(lower) > 3:
        return "Mc" + lower[2].upper() + lower[3:]
    if lower.startswith("mac") and len(lower) > 5 and lower not in _MAC_EXCEPTIONS:
        return "Mac" + lower[3].upper() + lower[4:]
    return lower[:1].upper() + lower[1:]
