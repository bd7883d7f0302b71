"""Photo credits as other outlets and agencies print them: the probe set, each with its answer."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from newsparse import caption as caption_module
from newsparse.caption import parse_caption


class Cred(NamedTuple):
    """Expected caption text and credit fields."""

    text: str
    photographers: tuple[str, ...]
    agency: str | None
    via: str | None
    is_pool: bool
    raw: str


SCENE = "Police at the scene."

#: Credit forms real pages print, after the same caption sentence: (line, expected).
#: Sources of each form are named beside it; "Jane Doe" stands for the photographer.
PROBES = [
    # USA TODAY's pages: "(Photo: Jack Gruber, USA TODAY)".
    (
        f"{SCENE} (Photo: Jane Doe, USA TODAY)",
        Cred(SCENE, ("Jane Doe",), "USA TODAY", None, False, "Photo: Jane Doe, USA TODAY"),
    ),
    # The New York Times' pages: "...in Zhangjiakou.Credit...Doug Mills/The New York Times",
    # "Credit...Eric Lee for The New York Times".
    (
        f"{SCENE} Credit...Jane Doe for The New York Times",
        Cred(
            SCENE,
            ("Jane Doe",),
            "The New York Times",
            None,
            False,
            "Credit...Jane Doe for The New York Times",
        ),
    ),
    (
        f"{SCENE}Credit...Doug Mills/The New York Times",
        Cred(
            SCENE,
            ("Doug Mills",),
            "The New York Times",
            None,
            False,
            "Credit...Doug Mills/The New York Times",
        ),
    ),
    (
        f"{SCENE} Credit...Christophe Simon/Agence France-Presse \u2014 Getty Images",
        Cred(
            SCENE,
            ("Christophe Simon",),
            "AFP",
            "Getty Images",
            False,
            "Credit...Christophe Simon/Agence France-Presse \u2014 Getty Images",
        ),
    ),
    (f"{SCENE} Credit...Reuters", Cred(SCENE, (), "Reuters", None, False, "Credit...Reuters")),
    (
        f"{SCENE} Credit\u2026Jane Doe/Reuters",
        Cred(SCENE, ("Jane Doe",), "Reuters", None, False, "Credit\u2026Jane Doe/Reuters"),
    ),
    # The Guardian: "Photograph: Name/Reuters", "Photograph: Name for the Guardian".
    (
        f"{SCENE} Photograph: Jane Doe/Reuters",
        Cred(SCENE, ("Jane Doe",), "Reuters", None, False, "Photograph: Jane Doe/Reuters"),
    ),
    (
        f"{SCENE} Photograph: Jane Doe for the Guardian",
        Cred(
            SCENE,
            ("Jane Doe",),
            "the Guardian",
            None,
            False,
            "Photograph: Jane Doe for the Guardian",
        ),
    ),
    (
        f"{SCENE} Photo: Jane Doe/AP",
        Cred(SCENE, ("Jane Doe",), "AP", None, False, "Photo: Jane Doe/AP"),
    ),
    (f"{SCENE} Picture: PA", Cred(SCENE, (), "PA", None, False, "Picture: PA")),
    (
        f"{SCENE} Image: Getty Images",
        Cred(SCENE, (), "Getty Images", None, False, "Image: Getty Images"),
    ),
    (
        f"{SCENE} (Jane Doe/The Washington Post)",
        Cred(
            SCENE, ("Jane Doe",), "The Washington Post", None, False, "Jane Doe/The Washington Post"
        ),
    ),
    # The Washington Post's freelancers: "(Name for The Washington Post)".
    (
        f"{SCENE} (Jane Doe for The Washington Post)",
        Cred(
            SCENE,
            ("Jane Doe",),
            "The Washington Post",
            None,
            False,
            "Jane Doe for The Washington Post",
        ),
    ),
    (
        f"{SCENE} Jane Doe / AFP",
        Cred(SCENE, ("Jane Doe",), "AFP", None, False, "Jane Doe / AFP"),
    ),
    (
        f"{SCENE} (Jane Doe | Reuters)",
        Cred(SCENE, ("Jane Doe",), "Reuters", None, False, "Jane Doe | Reuters"),
    ),
    (
        f"{SCENE} Photo by Jane Doe/Getty Images",
        Cred(SCENE, ("Jane Doe",), "Getty Images", None, False, "Photo by Jane Doe/Getty Images"),
    ),
    # US papers: "(Courtesy of the family)", "(Photo courtesy of Name)": who lent the picture.
    (
        f"{SCENE} (Courtesy of the family)",
        Cred(SCENE, (), None, None, False, "Courtesy of the family"),
    ),
    (
        f"{SCENE} (Photo courtesy of Jane Doe)",
        Cred(SCENE, (), None, None, False, "Photo courtesy of Jane Doe"),
    ),
    (
        f"{SCENE} (Photo Courtesy of U.S. Army)",
        Cred(SCENE, (), None, None, False, "Photo Courtesy of U.S. Army"),
    ),
    (
        f"{SCENE} Xinhua/Jane Doe",
        Cred(SCENE, ("Jane Doe",), "Xinhua", None, False, "Xinhua/Jane Doe"),
    ),
    (
        f"{SCENE} (Xinhua/Jane Doe)",
        Cred(SCENE, ("Jane Doe",), "Xinhua", None, False, "Xinhua/Jane Doe"),
    ),
    (f"{SCENE} IMAGO/Jane Doe", Cred(SCENE, ("Jane Doe",), "IMAGO", None, False, "IMAGO/Jane Doe")),
    (f"{SCENE} ANP/Jane Doe", Cred(SCENE, ("Jane Doe",), "ANP", None, False, "ANP/Jane Doe")),
    (
        f"{SCENE} NTB/Jane Doe via REUTERS",
        Cred(SCENE, ("Jane Doe",), "NTB", "Reuters", False, "NTB/Jane Doe via REUTERS"),
    ),
    (
        f"{SCENE} KCNA via REUTERS",
        Cred(SCENE, (), "KCNA", "Reuters", False, "KCNA via REUTERS"),
    ),
    (
        f"{SCENE} Sputnik/Jane Doe/Kremlin via REUTERS",
        Cred(
            SCENE,
            ("Jane Doe",),
            "Sputnik",
            "Reuters",
            False,
            "Sputnik/Jane Doe/Kremlin via REUTERS",
        ),
    ),
    (
        f"{SCENE} (AP Photo/Jane Doe, Pool)",
        Cred(SCENE, ("Jane Doe",), "AP", None, True, "AP Photo/Jane Doe, Pool"),
    ),
    (
        f"{SCENE} EPA-EFE/JANE DOE",
        Cred(SCENE, ("JANE DOE",), "EPA", None, False, "EPA-EFE/JANE DOE"),
    ),
    (
        f"{SCENE} Foto: Jane Doe/dpa",
        Cred(SCENE, ("Jane Doe",), "dpa", None, False, "Foto: Jane Doe/dpa"),
    ),
    # The BBC's pages: the credit before the caption, each with its label.
    (
        "Image copyright Getty Images Image caption Police at the scene",
        Cred(
            "Police at the scene", (), "Getty Images", None, False, "Image copyright Getty Images"
        ),
    ),
    (
        "Image source, Getty Images Image caption, Police at the scene",
        Cred("Police at the scene", (), "Getty Images", None, False, "Image source, Getty Images"),
    ),
    (
        "Image copyright AFP/Getty Images Image caption Police at the scene",
        Cred(
            "Police at the scene",
            (),
            "AFP",
            "Getty Images",
            False,
            "Image copyright AFP/Getty Images",
        ),
    ),
    ("Image source, Reuters", Cred("", (), "Reuters", None, False, "Image source, Reuters")),
    (
        f"{SCENE} Image source, Reuters",
        Cred(SCENE, (), "Reuters", None, False, "Image source, Reuters"),
    ),
    # AFP on Getty Images: "(Photo credit should read JOHANNES EISELE/AFP/Getty Images)";
    # PA: "Photo credit should read: Jonathan Brady/PA Wire".
    (
        f"{SCENE} Photo credit should read JANE DOE/AFP via Getty Images",
        Cred(
            SCENE,
            ("JANE DOE",),
            "AFP",
            "Getty Images",
            False,
            "Photo credit should read JANE DOE/AFP via Getty Images",
        ),
    ),
    (
        f"{SCENE} (Photo credit should read JOHANNES EISELE/AFP/Getty Images)",
        Cred(
            SCENE,
            ("JOHANNES EISELE",),
            "AFP",
            "Getty Images",
            False,
            "Photo credit should read JOHANNES EISELE/AFP/Getty Images",
        ),
    ),
    (
        f"{SCENE} Photo credit should read: Jonathan Brady/PA Wire",
        Cred(
            SCENE,
            ("Jonathan Brady",),
            "PA",
            None,
            False,
            "Photo credit should read: Jonathan Brady/PA Wire",
        ),
    ),
    (
        f"{SCENE} (Sipa via AP Images)",
        Cred(SCENE, (), "Sipa", "AP", False, "Sipa via AP Images"),
    ),
    (
        f"{SCENE} (Jane Doe/Bloomberg)",
        Cred(SCENE, ("Jane Doe",), "Bloomberg", None, False, "Jane Doe/Bloomberg"),
    ),
    (
        "Photographer: Jane Doe/Bloomberg",
        Cred("", ("Jane Doe",), "Bloomberg", None, False, "Photographer: Jane Doe/Bloomberg"),
    ),
    # The ABC's (Australia) pages: "(ABC News: Callum Flinn)", the source before a colon.
    (
        f"{SCENE} (ABC News: Callum Flinn)",
        Cred(SCENE, ("Callum Flinn",), "ABC News", None, False, "ABC News: Callum Flinn"),
    ),
    (
        f"{SCENE} (Reuters: Jane Doe)",
        Cred(SCENE, ("Jane Doe",), "Reuters", None, False, "Reuters: Jane Doe"),
    ),
    (
        f"{SCENE} REUTERS/Jane Doe/Illustration",
        Cred(SCENE, ("Jane Doe",), "Reuters", None, False, "REUTERS/Jane Doe/Illustration"),
    ),
    (
        f"{SCENE} REUTERS/Jane Doe/Pool",
        Cred(SCENE, ("Jane Doe",), "Reuters", None, True, "REUTERS/Jane Doe/Pool"),
    ),
]


@pytest.mark.parametrize(("line", "expected"), PROBES, ids=[p[0][-40:] for p in PROBES])
def test_credit_forms_of_other_outlets(line: str, expected: Cred) -> None:
    """Each form gives the caption text and the credit's fields, and round trips."""
    caption = parse_caption(line)
    credit = caption.credit
    assert credit is not None
    got = Cred(
        caption.text, credit.photographers, credit.agency, credit.via, credit.is_pool, credit.raw
    )
    assert got == expected
    start, end = credit.span
    assert line[start:end] == credit.raw
    assert parse_caption(str(caption)) == caption


#: Lines that look like those forms but hold no credit: they keep their text whole.
NEAR_MISSES = [
    # courtesy: lower case, no sentence before, a sentence or a colon inside, a slash
    "He thanked them (courtesy of the state).",
    "Jane Doe, 45 (Courtesy of the family)",
    f"{SCENE} (courtesy of the family)",
    f"{SCENE} (Courtesy of the family. She died.)",
    f"{SCENE} (Courtesy: the family)",
    f"{SCENE} (Courtesy of Jane Doe/The Smith family)",
    # "Name for Outlet": an outlet not known, or bare (the caption's own words)
    f"{SCENE} (Jane Doe for The Daily Post)",
    f"{SCENE} Jane Doe for The Washington Post",
    # "Name, Outlet": bare, not a name, a sentence
    f"{SCENE} Jane Doe, USA TODAY",
    f"{SCENE} (Photo: Police, USA TODAY)",
    "Police at the scene (said John, USA TODAY)",
    f"{SCENE} (Jane Doe, Fox News)",
    # "(Source: Name)": no sentence before, no names after, no known source
    "Police at the scene (ABC News: Jane Doe)",
    f"{SCENE} (ABC News: Twitter screenshot)",
    "He said (Reuters: Jane Doe said so)",
    f"{SCENE} (Note: Jane Doe)",
    # "Credit...": a sentence, quotes
    "He got no credit... for the work",
    "Credit... where credit is due.",
    f"{SCENE} Credit... where it is due",
    'He said "Credit...Reuters"',
    # "Photo credit should read": a sentence, nothing after it
    "The credit should read as follows.",
    f"{SCENE} Photo credit should read the family",
    f"{SCENE} Photo credit should read",
    # The BBC's labels: a name alone (who owns the picture), lower case, a sentence
    "Image copyright Jane Doe Image caption Police at the scene",
    "Image source, the family Image caption, She died",
    "The image source, a man, said",
    "Image copyright laws are strict Image caption x",
    "Image copyright 2019 Image caption Police",
    "A man walks. Image source, a man",
    # An em dash with no chain of sources before it
    f"{SCENE} (Jane Doe \u2014 Getty Images)",
    # A caption that ends with "by Name" or a slash
    "The project was funded by Jane Doe.",
    f"{SCENE} Photo: a man with a gun",
    "Police at the scene /",
]


@pytest.mark.parametrize("line", NEAR_MISSES)
def test_near_misses_keep_their_text(line: str) -> None:
    """A line that merely looks like a credit form gets no credit."""
    caption = parse_caption(line)
    assert caption.credit is None
    assert caption.text == line.strip()


@pytest.mark.parametrize("line", [p[0] for p in PROBES] + NEAR_MISSES)
def test_every_label_start_is_tried(line: str) -> None:
    """The cheap gate of the start search lets every LABEL_START through, new labels too."""
    low = max(0, len(line) - caption_module.CREDIT_MAX)
    labels = {m.start() for m in caption_module._LABEL_START_RE.finditer(line, low)}
    assert labels <= set(caption_module._credit_starts(line))


@pytest.mark.parametrize("line", [p[0] for p in PROBES if not p[0].endswith(")")] + NEAR_MISSES)
def test_first_start_reads_as_every_start(line: str) -> None:
    """The credit found is the one the first accepted start gives, the quick first start aside."""
    expected = None
    for start in caption_module._credit_starts(line):
        raw = line[start:].strip(caption_module._SPACE_CHARS)
        read = caption_module._read_credit(raw, bare=True)
        if read is not None:
            expected = (read, raw)
            break
    found = caption_module._find_credit(line)
    assert (found[0], found[3]) == expected if found is not None else expected is None


def test_credit_first_labels_gate() -> None:
    """parse_caption's cheap gate: each label of a credit before its caption begins "Image "."""
    assert all(label[:6] == "Image " for label in caption_module._CREDIT_FIRST_LABELS)


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("Image caption, Police at the scene on Monday", "Police at the scene on Monday"),
        ("Image caption Police gathered outside", "Police gathered outside"),
        ("IMAGE CAPTION: The summit", "The summit"),
    ],
)
def test_bbc_caption_label_is_a_prefix(line: str, text: str) -> None:
    """BBC's "Image caption" label, the line after its credit line, opens a caption."""
    caption = parse_caption(line)
    assert (caption.prefix.casefold(), caption.text, caption.credit) == (
        "image caption",
        text,
        None,
    )
    assert not caption.is_file
    assert parse_caption(str(caption)) == caption
    assert str(caption).startswith(f"{caption.prefix}, ")


@pytest.mark.parametrize(
    "line", ["Image captions are hard to write.", "Image captioning software failed."]
)
def test_caption_word_in_a_sentence_is_no_prefix(line: str) -> None:
    """Only the label itself, then a comma or a space, is the prefix."""
    assert parse_caption(line).prefix is None
