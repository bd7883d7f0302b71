"""The one error newsparse raises on bad input: :class:`ParseError`.

Every strict line parser (``parse_headline``, ``parse_dateline`` ...) raises
only :class:`ParseError` on text it cannot read, whatever the text is. The
error says what was expected and where, and prints the offending line with a
caret under the position, the way ``packaging`` prints its syntax errors::

    >>> error = ParseError("Expected agency in parentheses", "BEIRUT AP — Talks", 7)
    >>> print(error)
    Expected agency in parentheses
        BEIRUT AP — Talks
               ^
    >>> (error.pos, error.line, error.column)
    (7, 1, 8)
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["ParseError", "check_line"]

#: Control characters no line may hold (tab is allowed). A plain character
#: class: the standard ``re`` scans it faster than ``regex`` and finds the same.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")

#: How many characters of context to show on each side of the caret.
_CONTEXT = 60


class ParseError(ValueError):
    """Input that is not the kind of line a parser reads.

    Attributes:
        message: What was expected, starting "Expected ...".
        text: The whole input given to the parser.
        pos: The offset in ``text`` where reading failed (0 <= pos <= len(text)).

    Every strict line parser raises it; ``str(error)`` shows the line with a
    caret under ``pos``::

        >>> from newsparse import parse_dateline
        >>> try:
        ...     parse_dateline("BEIRUT AP — Talks resumed.")
        ... except ParseError as error:
        ...     print(type(error).__name__, error.pos, error.message.startswith("Expected"))
        ParseError 9 True
    """

    message: str
    text: str
    pos: int

    def __init__(self, message: str, text: str, pos: int) -> None:
        super().__init__(message, text, pos)
        self.message = message
        self.text = text
        self.pos = max(0, min(pos, len(text)))

    def __reduce__(self) -> tuple[type[ParseError], tuple[str, str, int]]:
        # ValueError pickles its args; keep the constructor's signature for processes.
        return (type(self), (self.message, self.text, self.pos))

    @property
    def line(self) -> int:
        """The 1-based line of ``pos`` in ``text``."""
        return self.text.count("\n", 0, self.pos) + 1

    @property
    def column(self) -> int:
        """The 1-based column of ``pos`` on its line."""
        return self.pos - (self.text.rfind("\n", 0, self.pos) + 1) + 1

    def __str__(self) -> str:
        start = self.text.rfind("\n", 0, self.pos) + 1
        end = self.text.find("\n", self.pos)
        if end == -1:
            end = len(self.text)
        lo = max(start, self.pos - _CONTEXT)
        hi = min(end, self.pos + _CONTEXT)
        shown = "".join(_visible(ch) for ch in self.text[lo:hi])
        caret = " " * sum(len(_visible(ch)) for ch in self.text[lo : self.pos])
        prefix = "..." if lo > start else ""
        suffix = "..." if hi < end else ""
        return f"{self.message}\n    {prefix}{shown}{suffix}\n    {' ' * len(prefix)}{caret}^"


def _visible(ch: str) -> str:
    """Show control and format characters as escapes so the caret lines up."""
    if ch == "\t":
        return " "
    if unicodedata.category(ch) in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}:
        return ascii(ch)[1:-1]
    return ch


def check_line(text: object, kind: str, max_len: int) -> None:
    """Refuse what no line of ``kind`` can be: not text, blank, too long, control characters.

    Tab is allowed; every other control character (``\\x00``, a newline...)
    is refused at its position.

    Raises:
        TypeError: ``text`` is not a ``str``.
        ParseError: ``text`` is blank, longer than ``max_len`` or holds a control character.
    """
    # The common case first, in one test: printable text (no control character
    # is printable) of a fitting length that is not all spaces passes.
    if type(text) is str and 0 < len(text) <= max_len and text.isprintable() and not text.isspace():
        return
    if not isinstance(text, str):
        msg = f"Expected {kind} as str, got {type(text).__name__}"
        raise TypeError(msg)
    if not text or text.isspace():
        raise ParseError(f"Expected {kind}, got blank text", text, 0)
    if len(text) > max_len:
        raise ParseError(
            f"Expected {kind} of at most {max_len} characters, got {len(text)}", text, max_len
        )
    bad = _CONTROL.search(text)
    if bad is not None:
        raise ParseError(
            f"Expected {kind} without control characters, got {bad.group()!r}", text, bad.start()
        )
