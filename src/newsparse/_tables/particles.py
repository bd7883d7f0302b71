"""Pieces of personal names: particles, suffixes, Mc/Mac exceptions, words that are never names.

Data only; the rules that use them live in :mod:`newsparse._names`.

Sources: the name shapes listed in ``shared/CONVENTIONS.md`` ("Bylines"), the
particle, suffix and capitalisation tables of derek73/python-nameparser
(``nameparser/config/prefixes.py``, ``suffixes.py``, ``capitalization.py``;
studied, not copied), the Mac exceptions commonly listed by name-casing
libraries (Machado, Macias, Mackie ...), and the bylines of the shared corpus
(``shared/corpus/``).
"""

from __future__ import annotations

__all__ = [
    "ABBREVIATIONS",
    "CONJUNCTIONS",
    "CREDENTIALS",
    "EAST_ASIAN_FAMILY_NAMES",
    "ELISIONS",
    "JOINED_PARTICLES",
    "MAC_EXCEPTIONS",
    "MONTH_ABBREVIATIONS",
    "NOT_NAMES",
    "PARTICLES",
    "SUFFIXES",
]

#: Particles written as a word of their own before a family name, lower case
#: when a name is written in mixed case ("Ludwig van Beethoven", "Rafael da
#: Silva", "Mohammed bin Salman", "José Ortega y Gasset"). When an ALL-CAPS
#: name is proper-cased they become lower case unless they open or close the
#: name (nameparser's rule): "PIETER VAN DER BERG" -> "Pieter van der Berg".
PARTICLES: tuple[str, ...] = (
    "al",
    "el",
    "bin",
    "ibn",
    "bint",
    "ben",
    "van",
    "der",
    "den",
    "ter",
    "ten",
    "het",
    "von",
    "zu",
    "zum",
    "zur",
    "de",
    "da",
    "das",
    "do",
    "dos",
    "di",
    "du",
    "des",
    "del",
    "dela",
    "della",
    "dalla",
    "dello",
    "dei",
    "le",
    "la",
    "les",
    "lo",
    "y",
    "e",
)

#: Arabic article forms joined to the family name by a hyphen ("Asaad
#: al-Shibani", "Abdel Fattah el-Sisi"). Always lower case, as AP writes them
#: inside a name, so "AL-HOURANI" -> "al-Hourani".
JOINED_PARTICLES: tuple[str, ...] = ("al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ud")

#: Elided particles joined by an apostrophe when written in lower case
#: ("Valéry Giscard d'Estaing", "dell'Orto"). In ALL-CAPS input a one-letter
#: elision is proper-cased like O': "D'AFFLISIO" -> "D'Afflisio".
ELISIONS: tuple[str, ...] = ("d", "l", "dell")

#: Abbreviated name words that carry their full stop ("Martin Luther King Jr.",
#: "Kevin St. John").
ABBREVIATIONS: tuple[str, ...] = ("Jr.", "Sr.", "JR.", "SR.", "St.", "ST.", "Ste.", "STE.")

#: Generational suffixes, keyed by their lower-case form, valued by their
#: display form ("JR." -> "Jr.", "iii" -> "III").
SUFFIXES: dict[str, str] = {
    "jr": "Jr",
    "sr": "Sr",
    "ii": "II",
    "iii": "III",
    "iv": "IV",
}

#: Post-nominal letters a byline sets off by a comma after a name ("By Jane Doe, MD",
#: "By Jane Doe, Ph.D.", "By JANE DOE, PHD"), keyed by their lower-case form without
#: points, valued by their display form for names in capitals ("PHD" -> "PhD"; a form
#: written with points keeps them: "M.D."). Health, science and finance columns sign
#: so. Sources: the suffix acronyms of nameparser (``nameparser/config/suffixes.py``;
#: studied, not copied), limited to degrees and licences writers sign with. Not "DO"
#: (a particle: "Joao da Silva do Amaral").
CREDENTIALS: dict[str, str] = {
    "md": "MD",
    "phd": "PhD",
    "mph": "MPH",
    "rn": "RN",
    "dds": "DDS",
    "dvm": "DVM",
    "psyd": "PsyD",
    "edd": "EdD",
    "esq": "Esq",
    "cfa": "CFA",
    "cfp": "CFP",
    "cpa": "CPA",
}

#: Family names that open Korean and Chinese names written family name first with a
#: hyphenated given name ("KIM TONG-HYUNG", "MOON JAE-IN", "CHEN CHIEN-KUO", "TSAI
#: ING-WEN"). Romanised given names of two syllables write the second in lower case
#: ("Kim Tong-hyung", "Moon Jae-in", "Chiang Ching-kuo": the Korean government's
#: romanisation rules, Wade-Giles as Taiwan writes names, AP's own forms), so proper case
#: lowers the syllable after the hyphen there (see newsparse._names). Sources: the
#: commonest Korean family names in their usual romanisations, the commonest family names
#: of Taiwan in Wade-Giles; general knowledge, not a census.
EAST_ASIAN_FAMILY_NAMES: tuple[str, ...] = (
    # Korean
    "Kim", "Lee", "Yi", "Rhee", "Ri", "Park", "Pak", "Choi", "Choe", "Chung", "Jung",
    "Jeong", "Kang", "Cho", "Yoon", "Yun", "Jang", "Lim", "Han", "Oh", "Seo", "Suh",
    "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Ryu", "Hong", "Jeon", "Chun", "Koh",
    "Moon", "Yang", "Sohn", "Son", "Bae", "Baek", "Paik", "Heo", "Huh", "Nam", "Shim",
    "Sim", "Noh", "Roh", "Kwak", "Sung", "Cha", "Joo", "Woo", "Koo", "Min", "Ryoo",
    "Byun", "Yeom", "Hyun", "Chae", "Won", "Eom", "Ham",
    # Chinese, as Taiwan writes them (Wade-Giles)
    "Chen", "Lin", "Huang", "Chang", "Wang", "Wu", "Liu", "Tsai", "Hsu", "Cheng",
    "Hsieh", "Hung", "Kuo", "Chiu", "Tseng", "Liao", "Chou", "Yeh", "Chuang", "Hsiao",
    "Chiang", "Ma", "Kao",
)  # fmt: skip

#: Words that start with "Mac" but are not Mac + name, in display form: they
#: get a plain capital only ("MACY" -> "Macy", not "MacY"). Names too short
#: for the Mac rule (Mack, Mace, Macon) need no row.
MAC_EXCEPTIONS: tuple[str, ...] = (
    "Macaluso",
    "Macario",
    "Macaulay",
    "Maccabee",
    "Macchi",
    "Macchia",
    "Macedo",
    "Macedonia",
    "Macek",
    "Macevicius",
    "Machado",
    "Machar",
    "Machiavelli",
    "Machin",
    "Machlin",
    "Macias",
    "Maciel",
    "Maciulis",
    "Mackay",
    "Mackenzie",
    "Mackey",
    "Mackie",
    "Mackintosh",
    "Mackle",
    "Macklin",
    "Macri",
    "Macris",
    "Macron",
)

#: Words that join names in a list, any case ("A and B", "A und B", "A et B").
CONJUNCTIONS: tuple[str, ...] = ("and", "und", "et", "&")

#: Abbreviated month names that are no given or family name, as written: a byline
#: whose last name ends in one has a date cut off after it ("by John Timmer, Matt
#: Ford, Chris Lee, and Jonathan Gitlin Sept", Ars Technica, a probe of 5j9/citer's
#: tests/urls_authors_test.py). "Jan", "Jun", "Mar" and "May" are names, and left out.
MONTH_ABBREVIATIONS: frozenset[str] = frozenset(
    ("Feb", "Apr", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
)

#: Capitalised words that are never part of a personal name in a byline, matched
#: without regard to case: what follows "By" in "By The Associated Press",
#: "By Monday, ...", "By Christmas Eve", "By Air Force One". Real given and
#: family names that are also words (April, May, June, Day, Law, Young) are
#: left out on purpose.
NOT_NAMES: tuple[str, ...] = (
    # articles, pronouns, prepositions, determiners
    "The",
    "This",
    "That",
    "These",
    "Those",
    "Its",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "Your",
    "Of",
    "For",
    "In",
    "On",
    "At",
    "To",
    "With",
    "From",
    "Into",
    "Over",
    "Under",
    "All",
    "Some",
    "Most",
    "Many",
    "Any",
    "Every",
    "Each",
    "Both",
    "Either",
    "Neither",
    "Then",
    "Now",
    "Far",
    "Way",
    "Contrast",
    "Comparison",
    "Default",
    "Definition",
    "Who",
    "What",
    "When",
    "Where",
    "Why",
    "How",
    # weekdays, months that are not given names, times
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "September",
    "October",
    "November",
    "December",
    "Today",
    "Tomorrow",
    "Yesterday",
    "Tonight",
    "Noon",
    "Midnight",
    "Year",
    "Years",
    "Week",
    "Weeks",
    "Month",
    "Months",
    "Christmas",
    "Easter",
    "Election",
    "Sunrise",
    "Sunset",
    "Nightfall",
    # numbers
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Hundred",
    "Hundreds",
    "Thousand",
    "Thousands",
    "Million",
    "Millions",
    "Billion",
)
