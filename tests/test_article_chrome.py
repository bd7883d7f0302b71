"""Page chrome around a story: a site's navigation and footer never take the headline.

The chrome lines are real ones: CNN's, reuters.com's and The Guardian's skip links and
account buttons, apnews.com's menu and search box, the BBC's navigation bar (as a copy of
bbc.co.uk/news shows it: "Skip to content", "Accessibility Help", "Home", "News", "Sport",
"Weather", "iPlayer", "Sounds", "Menu", "Search", "World", "Europe"), the footers' legal
links, and section labels that reprinting sites set over a story ("World", then "Russian
strike hits Ukrainian infrastructure, takes out power and water for many in Kyiv").
"""

from __future__ import annotations

import pytest

from newsparse.article import PartKind, parse
from tests.corpus import modern_stories

K = PartKind

STORY = (
    "Russian strikes hit Kyiv power grid as winter sets in\n"
    "By Jane Doe and John Roe, CNN\n"
    "KYIV, Ukraine (CNN) — Russian missiles struck the capital overnight, officials said.\n"
    "The attack came as temperatures fell below freezing.\n"
)
HEADLINE = "Russian strikes hit Kyiv power grid as winter sets in"

#: Tops of real pages; every line is in the tables of ``newsparse._tables.noise``.
KNOWN_TOPS = {
    "cnn": "Skip to main content\nMenu\nSearch\nSign In\nWorld\nEurope\nListen to this article\n",
    "cnn_account": "Skip to main content\nSign in\nMy Account\nLive TV\nListen\nWatch\n",
    "bbc": "Skip to content\nAccessibility Help\nYour account\nHome\nNews\nSport\nWeather\n"
    "Menu\nSearch\nWorld\nEurope\n",
    "ap": "Menu\nWorld\nU.S.\nPolitics\nSports\nEntertainment\nBusiness\nScience\nFact Check\n"
    "Oddities\nNewsletters\nSearch Query\nSubmit Search\n",
    "reuters": "Skip to main content\n"
    "Exclusive news, data and analytics for financial market professionals\n"
    "My News\nSign In\nRegister\nWorld\nBusiness\nMarkets\nLegal\nTechnology\nMore\n",
    "guardian": "Skip to main content\nSkip to navigation\nPrint subscriptions\nSign in\n"
    "Search jobs\nSearch\nUS edition\nThe Guardian - Back to home\nNews\nOpinion\nSport\n"
    "Culture\nLifestyle\nWorld\nEurope\nAmericas\nMiddle East\n",
    "gannett": "Subscribe\nSign In\nHome\nNews\nSports\nOpinion\nBusiness\nLife\nTravel\nNEWS\n",
    "breadcrumb": "Home\nNews\nWorld / Europe\n",
    "breadcrumb_arrows": "Home › World › Europe\n",
    "bar_one_line": "Home News Sport Weather\n",
    "section_label": "World\n\n",
}

#: Tops whose links are in no table: the headline is found under them by its place.
UNKNOWN_TOPS = {
    "bbc": "Skip to content\nAccessibility Help\nBBC Account\nNotifications\nHome\nNews\nSport\n"
    "iPlayer\nSounds\nBitesize\nBBC News\nWorld\nEurope\n",
    "ap": "Menu\nWorld\nU.S.\nElection 2024\nPolitics\nBe Well\nPhotography\nAP Investigations\n",
    "cnn": "Skip to main content\nCNN values your feedback\nMenu\nSign In\nTopics you follow\n"
    "Sign out\nUnderscored\n",
    "guardian": "Skip to main content\nSign in\nNews\nOpinion\nInequality\nGlobal development\n",
    "kicker": "Analysis\n",
}

FOOTER = (
    "Terms of Use\nPrivacy Policy\nCookie Policy\nDo Not Sell or Share My Personal Information\n"
    "Contact Us\nAbout Us\nAccessibility\nSitemap\n"
    "© 2024 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.\n"
)


def kinds(text: str) -> list[tuple[str, str]]:
    return [(p.kind.value, p.text) for p in parse(text).parts]


@pytest.mark.parametrize("top", list(KNOWN_TOPS.values()), ids=list(KNOWN_TOPS))
def test_known_chrome_is_noise_and_headline_kept(top: str) -> None:
    text = top + STORY + FOOTER
    article = parse(text)
    assert str(article) == text
    assert article.headline is not None
    assert article.headline.text == HEADLINE
    n = top.count("\n")
    assert all(p.kind in (K.NOISE, K.BLANK) for p in article.parts[:n])
    story = [p.kind for p in article.parts[n : n + STORY.count("\n")]]
    assert story == [K.HEADLINE, K.BYLINE, K.DATELINE, K.BODY]
    assert all(p.kind is K.NOISE for p in article.parts[n + STORY.count("\n") :])


@pytest.mark.parametrize("top", list(UNKNOWN_TOPS.values()), ids=list(UNKNOWN_TOPS))
def test_unknown_links_give_way_to_the_headline_above_the_byline(top: str) -> None:
    text = top + STORY + FOOTER
    article = parse(text)
    assert str(article) == text
    assert article.headline is not None
    assert article.headline.text == HEADLINE
    n = top.count("\n")
    # links no table knows are kept, as noise or as lines not understood
    assert all(p.kind in (K.NOISE, K.UNKNOWN, K.BLANK) for p in article.parts[:n])
    assert [p.kind for p in article.parts[n + 1 : n + 4]] == [K.BYLINE, K.DATELINE, K.BODY]


def test_unknown_links_over_a_story_without_byline_or_dateline() -> None:
    """The story's first sentence places it (Bloomberg copy opens with no dateline)."""
    text = (
        UNKNOWN_TOPS["bbc"] + "China announces tariff retaliation to take effect on June 1\n"
        "China announced that it will increase tariffs imposed on about $60 billion of U.S. "
        "goods starting June 1.\n"
    )
    assert parse(text).headline.text == (  # type: ignore[union-attr]
        "China announces tariff retaliation to take effect on June 1"
    )


@pytest.mark.parametrize(
    "headline",
    [
        "Search for missing hikers called off",
        "Menu prices soar as food costs climb",
        "Home sales fall for third month",
        "World leaders meet in Paris",
        "Sign in sheets show lawmakers skipped votes",
        "Privacy policy changes anger users",
        "Could Democratic Socialism Take Control of the Democratic Party?",
    ],
)
def test_headlines_holding_chrome_words_stay_headlines(headline: str) -> None:
    text = f"{headline}\nBy Jane Doe\nWASHINGTON (AP) — Officials met on Monday, they said.\n"
    assert kinds(text)[0] == ("headline", headline)
    chrome = f"Skip to main content\nMenu\nSearch\n{text}"
    assert parse(chrome).headline.text == headline  # type: ignore[union-attr]


@pytest.mark.parametrize("word", ["Europe", "Home", "Search", "Politics", "Accessibility"])
def test_one_word_subheads_in_the_body_are_kept(word: str) -> None:
    """A section's or link's name after the story began is a heading, not chrome."""
    text = (
        f"{HEADLINE}\nKYIV, Ukraine (CNN) — Russian missiles struck the capital overnight.\n"
        f"{word}\nLeaders in Brussels met on Monday to discuss the strikes, officials said.\n"
        "Advertisement\n"
        f"{word}\nThe talks went on late into the night, a spokesman said on Tuesday.\n"
    )
    got = kinds(text)
    assert got[2] == ("subhead", word)
    assert got[5] == ("subhead", word)  # an ad beside it is no site frame


def test_footer_links_are_noise_only_next_to_the_frame() -> None:
    text = (
        f"{HEADLINE}\nKYIV, Ukraine (CNN) — Russian missiles struck the capital overnight.\n"
        "Accessibility\nThe city's metro stations took in thousands, officials said.\n"
        "\nCareers\n\nAccessibility\nTerms of Use\nHelp\n"
    )
    got = kinds(text)
    assert got[2] == ("subhead", "Accessibility")
    assert [k for k, _ in got[5:]] == ["noise", "blank", "noise", "noise", "noise"]


def test_story_without_chrome_unchanged() -> None:
    got = kinds(STORY)
    assert got == [
        ("headline", HEADLINE),
        ("byline", "By Jane Doe and John Roe, CNN"),
        ("dateline", STORY.splitlines()[2]),
        ("body", STORY.splitlines()[3]),
    ]


def test_section_label_over_a_reprinted_story() -> None:
    """A reprinting site's page: "World", a blank line, then the AP story."""
    text = (
        "World\n\nRussian strike hits Ukrainian infrastructure, takes out power and water "
        "for many in Kyiv\n\nRussian strikes left many in the Ukrainian capital without power "
        "or water.\n"
    )
    got = kinds(text)
    assert got[0] == ("noise", "World")
    assert got[2][0] == "headline"


@pytest.mark.parametrize(
    "top",
    [
        # a real one-word-free headline followed by short lines that are not links: kept
        "Kyiv under fire after night of strikes\nPhotos\nVideo\nLive updates\n",
        # more short lines than a standfirst, none longer than the headline: kept
        (
            "Kyiv under fire after night of strikes\nPhotos\nLive updates\n"
            "Map of the strikes\nWhat we know\nWho was hit\n"
        ),
        # short lines that end like sentences are a story's, not links
        "Ukraine war\nThe latest.\nMore to come.\nStay tuned.\n",
    ],
)
def test_first_headline_kept_when_the_run_is_no_links(top: str) -> None:
    text = top + "By Jane Doe\nKYIV, Ukraine (AP) — Russian missiles struck overnight.\n"
    first = top.splitlines()[0]
    assert parse(text).headline.text == first  # type: ignore[union-attr]


def test_no_story_under_a_one_word_line_keeps_it() -> None:
    """A list with no sentence, byline or dateline under it: nothing is moved."""
    text = "Results\nArsenal 3 Chelsea 1\nLiverpool 2 Everton 2\n"
    assert parse(text).headline.text == "Results"  # type: ignore[union-attr]


@pytest.mark.parametrize("top", ["cnn", "guardian", "breadcrumb"])
def test_corpus_stories_keep_their_headline_and_kinds_under_chrome(top: str) -> None:
    """Every corpus story, wrapped in a page's top and footer, keeps its headline and the
    kind of each of its lines; the footer is noise."""
    head = KNOWN_TOPS[top]
    n = head.count("\n")
    for story in modern_stories():
        text = story["text"] if story["text"].endswith("\n") else story["text"] + "\n"
        plain = parse(text)
        wrapped = parse(head + text + FOOTER)
        assert str(wrapped) == head + text + FOOTER
        assert wrapped.headline == plain.headline, story["id"]
        inner = [p.kind for p in wrapped.parts[n : n + text.count("\n")]]
        assert inner == [p.kind for p in plain.parts], story["id"]
        assert {p.kind for p in wrapped.parts[n + text.count("\n") :]} == {K.NOISE}


BLOOMBERG_END = (
    "To contact the reporters on this story:\n"
    "Mike Dorning in Washington at mdorning@bloomberg.net;\n"
    "Steven T. Dennis in Washington at sdennis17@bloomberg.net\n"
    "To contact the editors responsible for this story:\n"
    "Joe Sobczyk at jsobczyk@bloomberg.net\n"
)


@pytest.mark.parametrize(
    ("tail", "kinds"),
    [
        # The corpus's Bloomberg story: an editor named without an address, then the
        # copyright line.
        ("Ros Krasny\n© 2020 Bloomberg L.P. All rights reserved.\n", [K.NOISE, K.NOISE]),
        # At the story's end, and with a blank line before it.
        ("Ros Krasny\n", [K.NOISE]),
        ("\nRos Krasny\n", [K.BLANK, K.NOISE]),
        # A listed given name reads as a name even with text under it.
        ("Craig Gordon\nThey met again on Friday.\n", [K.NOISE, K.BODY]),
        # A subhead under the block leads a paragraph, and stays a subhead.
        ("More Talks Ahead\nThey met again on Friday.\n", [K.SUBHEAD, K.BODY]),
        # Not a name alone: a sentence.
        ("The talks resume on Friday in Paris.\n", [K.BODY]),
    ],
)
def test_contact_block_name_lines_are_noise(tail: str, kinds: list[PartKind]) -> None:
    """Bloomberg's contact block is noise to its end, an editor named alone included."""
    story = STORY + BLOOMBERG_END + tail
    parts = parse(story).parts
    assert [p.kind for p in parts[4:9]] == [K.NOISE] * 5
    assert [p.kind for p in parts[9:]] == kinds
    assert str(parse(story)) == story


def test_name_lines_outside_a_contact_block_are_not_noise() -> None:
    """A name alone elsewhere is no contact line: the block's lead opens the rule."""
    parts = parse(STORY + "Ros Krasny\nThey met again on Friday.\n").parts
    assert parts[4].kind is not K.NOISE
