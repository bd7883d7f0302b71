"""ParseError: what was expected, where, and the caret under it."""

from __future__ import annotations

import pickle

import pytest

from newsparse import ParseError
from newsparse.errors import check_line


def test_error_message_shows_line_and_caret() -> None:
    """The message is followed by the line and a caret under pos."""
    error = ParseError("Expected agency in parentheses", "BEIRUT AP — Talks", 7)
    assert str(error) == ("Expected agency in parentheses\n    BEIRUT AP — Talks\n           ^")


def test_error_is_a_value_error_with_fields() -> None:
    """ParseError is a ValueError carrying message, text and pos."""
    error = ParseError("Expected a byline", "x", 1)
    assert isinstance(error, ValueError)
    assert (error.message, error.text, error.pos) == ("Expected a byline", "x", 1)


def test_error_pos_is_clamped_into_the_text() -> None:
    """A pos past either end is clamped so the caret always points into the text."""
    assert ParseError("Expected x", "abc", 99).pos == 3
    assert ParseError("Expected x", "abc", -5).pos == 0


def test_error_on_a_later_line_shows_that_line() -> None:
    """For multi-line text the line holding pos is shown, with its line and column."""
    error = ParseError("Expected a dash", "first line\nBEIRUT (AP) x", 23)
    assert str(error).splitlines()[1:] == ["    BEIRUT (AP) x", "                ^"]
    assert (error.line, error.column) == (2, 13)


def test_error_long_line_is_cut_around_pos() -> None:
    """A long line is shown as a window around pos, marked with ellipses."""
    text = "a" * 500 + "X" + "b" * 500
    shown, caret = str(ParseError("Expected y", text, 500)).splitlines()[1:]
    assert shown.startswith("    ...a") and shown.endswith("b...")
    assert shown[len(caret) - 1] == "X"


def test_error_control_characters_are_escaped_and_caret_aligned() -> None:
    """Control characters print as escapes and the caret still lines up."""
    shown, caret = str(ParseError("Expected z", "a\x00bc", 2)).splitlines()[1:]
    assert shown == "    a\\x00bc"
    assert shown[len(caret) - 1] == "b"


def test_error_survives_pickling() -> None:
    """ParseError crosses process boundaries intact (parse_many uses processes)."""
    error = pickle.loads(pickle.dumps(ParseError("Expected q", "text", 2)))
    assert (error.message, error.text, error.pos) == ("Expected q", "text", 2)


@pytest.mark.parametrize(
    ("text", "message", "pos"),
    [
        ("", "Expected a byline, got blank text", 0),
        ("   \t", "Expected a byline, got blank text", 0),
        ("By A\x00B", "Expected a byline without control characters, got '\\x00'", 4),
        ("By A\nB", "Expected a byline without control characters, got '\\n'", 4),
        ("x" * 11, "Expected a byline of at most 10 characters, got 11", 10),
    ],
)
def test_error_check_line_refuses(text: str, message: str, pos: int) -> None:
    """check_line refuses blank, control characters and overlong text with a position."""
    with pytest.raises(ParseError) as info:
        check_line(text, "a byline", 10)
    assert (info.value.message, info.value.pos) == (message, pos)


def test_check_line_refuses_non_text() -> None:
    """Bytes or None are a programming error: TypeError, not ParseError."""
    with pytest.raises(TypeError, match="Expected a byline as str, got bytes"):
        check_line(b"By A", "a byline", 10)  # type: ignore[arg-type]


def test_check_line_accepts_tabs_and_unicode() -> None:
    """Tabs and non-ASCII letters are ordinary text."""
    check_line("By José\tÑúñez", "a byline", 100)


@pytest.mark.parametrize(
    "text", ["By José\u00a0Núñez", "By A\u2009B", "By A\u00adB", "By A\u2028B"]
)
def test_check_line_accepts_unprintable_text_without_control_characters(text: str) -> None:
    """Text that is not printable (no-break space, soft hyphen...) but holds no control passes."""
    check_line(text, "a byline", 100)


@pytest.mark.parametrize(
    ("text", "message", "pos"),
    [
        ("A\u00a0B\x85", "Expected a byline without control characters, got '\\x85'", 3),
        ("A\tB\x7f", "Expected a byline without control characters, got '\\x7f'", 3),
        ("\x1c", "Expected a byline, got blank text", 0),
        ("\x1cx" * 6, "Expected a byline of at most 10 characters, got 12", 10),
    ],
)
def test_error_check_line_after_unprintable_text(text: str, message: str, pos: int) -> None:
    """Past the quick test for printable text, each refusal keeps its message and position."""
    with pytest.raises(ParseError) as info:
        check_line(text, "a byline", 10)
    assert (info.value.message, info.value.pos) == (message, pos)
