"""Structure rules for whole stories: :func:`validate` and its registry of coded rules.

Each rule is a small function over an :class:`~newsparse.article.Article`
that yields :class:`Diagnostic` values; it is registered under a stable code
(``NP101``...) with a severity and a one-line summary, so a caller can select
or ignore rules by code or by code prefix, as with ruff or flake8::

    >>> from newsparse.article import parse
    >>> [d.code for d in validate(parse("BEIRUT (AP) — Talks resumed.\\n"))]
    ['NP101']
    >>> validate(parse("BEIRUT (AP) — Talks resumed.\\n"), ignore=["NP1"])
    []

Codes are grouped by what they look at: ``NP1xx`` the story as a whole,
``NP2xx`` datelines and agencies, ``NP3xx`` photo captions and credits,
``NP4xx`` bylines, ``NP5xx`` the story's end, ``NP6xx`` the text of paragraphs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from enum import Enum

import attrs
import regex

from newsparse._grammar import DASH, OPT_WS
from newsparse._lookup import find_agency
from newsparse._serialize import Serializable
from newsparse.article import Article, Part, PartKind
from newsparse.caption import Caption
from newsparse.dateline import Dateline

__all__ = ["RULES", "Diagnostic", "Rule", "Severity", "validate"]


class Severity(str, Enum):
    """How bad a diagnostic is: an ``error`` makes ``newsparse check`` fail."""

    ERROR = "error"
    WARNING = "warning"


@attrs.frozen(slots=True)
class Diagnostic(Serializable):
    """One finding of a rule, at a line and column of the story (both 1-based).

    >>> print(Diagnostic("NP101", "Story has no headline", 1, 1, Severity.ERROR))
    1:1: NP101 Story has no headline
    """

    code: str
    message: str
    line: int
    column: int = 1
    severity: Severity = Severity.WARNING

    def __str__(self) -> str:
        return f"{self.line}:{self.column}: {self.code} {self.message}"


#: A rule's check: the diagnostics of one article.
Check = Callable[[Article], Iterable[Diagnostic]]


@attrs.frozen(slots=True)
class Rule:
    """A registered rule: its stable code, name, severity, summary and check."""

    code: str
    name: str
    severity: Severity
    summary: str
    check: Check = attrs.field(repr=False)


#: Every rule by its code, in code order.
RULES: dict[str, Rule] = {}


def _rule(code: str, name: str, severity: Severity, summary: str) -> Callable[[Check], Check]:
    def register(check: Check) -> Check:
        RULES[code] = Rule(code, name, severity, summary, check)
        return check

    return register


def _at(part: Part, code: str, message: str, column: int = 1) -> Diagnostic:
    """A diagnostic of ``code`` at ``part``, with the rule's severity."""
    return Diagnostic(code, message, part.line, column, RULES[code].severity)


def _column(part: Part, pos: int = 0) -> int:
    """The 1-based column of ``pos`` in the stripped line ``part.text``."""
    return len(part.raw) - len(part.raw.lstrip()) + pos + 1


def _first_line(article: Article) -> int:
    return next((p.line for p in article.parts if p.kind is not PartKind.BLANK), 1)


# --- NP1xx: the story as a whole ---


@_rule("NP101", "no-headline", Severity.ERROR, "The story has no headline.")
def _no_headline(article: Article) -> Iterator[Diagnostic]:
    if article.headline is None:
        yield Diagnostic("NP101", "Story has no headline", _first_line(article), 1, Severity.ERROR)


@_rule("NP102", "body-empty", Severity.ERROR, "The story has no body paragraph.")
def _body_empty(article: Article) -> Iterator[Diagnostic]:
    if not article.body:
        line = article.parts[-1].line if article.parts else 1
        yield Diagnostic("NP102", "Story has no body paragraph", line, 1, Severity.ERROR)


@_rule("NP103", "unknown-line", Severity.WARNING, "A line is not understood.")
def _unknown_line(article: Article) -> Iterator[Diagnostic]:
    for part in article.of_kind(PartKind.UNKNOWN):
        if part.error is None:
            yield _at(part, "NP103", "Line not understood", _column(part))


# --- NP2xx: datelines and agencies ---


@_rule("NP201", "several-datelines", Severity.WARNING, "More than one paragraph has a dateline.")
def _several_datelines(article: Article) -> Iterator[Diagnostic]:
    for part in article.of_kind(PartKind.DATELINE)[1:]:
        yield _at(part, "NP201", "More than one dateline in the story", _column(part))


@_rule(
    "NP202",
    "dateline-not-first",
    Severity.WARNING,
    "The dateline is not in the story's first paragraph.",
)
def _dateline_not_first(article: Article) -> Iterator[Diagnostic]:
    paragraphs = article.of_kind(PartKind.DATELINE, PartKind.BODY)
    if paragraphs and paragraphs[0].kind is PartKind.BODY:
        for part in paragraphs:
            if part.kind is PartKind.DATELINE:
                yield _at(part, "NP202", "Dateline not in the first paragraph", _column(part))
                return


# "GAZA CITY (Shehab) — ...": a place in capitals, a tag in parentheses, a dash.
_TAGGED = regex.compile(
    rf"\p{{Lu}}[\p{{Lu}}\p{{M}} .,'/-]{{1,60}}+\((?P<tag>[^()]{{1,40}}+)\){OPT_WS}{DASH}"
)


@_rule("NP203", "unknown-agency", Severity.WARNING, "A dateline or credit names an unknown agency.")
def _unknown_agency(article: Article) -> Iterator[Diagnostic]:
    paragraphs = article.of_kind(PartKind.DATELINE, PartKind.BODY)
    if paragraphs and paragraphs[0].kind is PartKind.BODY:
        first = paragraphs[0]
        tagged = _TAGGED.match(first.text)
        if tagged is not None and find_agency(tagged["tag"]) is None:
            message = f"Unknown agency {tagged['tag']!r} in the dateline"
            yield _at(first, "NP203", message, _column(first, tagged.start("tag")))
    for part in article.of_kind(PartKind.DATELINE, PartKind.CAPTION):
        value = part.value
        if isinstance(value, Dateline):
            agency = value.agency
        elif isinstance(value, Caption) and value.credit is not None:
            agency = value.credit.agency
            via = value.credit.via
            if via is not None and find_agency(via) is not None:
                # "(Bernie Sanders for President via AP)": a handout's source, handed on
                # by a known agency, is no agency of its own and needs none.
                continue
        else:
            continue
        if agency and find_agency(agency) is None:
            yield _at(part, "NP203", f"Unknown agency {agency!r}", _column(part))


# --- NP3xx: photo captions and credits ---


@_rule("NP301", "caption-without-credit", Severity.WARNING, "A photo caption has no credit.")
def _caption_without_credit(article: Article) -> Iterator[Diagnostic]:
    for part in article.of_kind(PartKind.CAPTION):
        if isinstance(part.value, Caption) and part.value.credit is None:
            yield _at(part, "NP301", "Caption without a credit", _column(part))


@_rule("NP302", "bad-credit", Severity.ERROR, "A caption's credit does not parse.")
def _bad_credit(article: Article) -> Iterator[Diagnostic]:
    for part in article.of_kind(PartKind.UNKNOWN):
        if part.looks_like is PartKind.CAPTION and part.error is not None:
            message = f"Credit does not parse: {part.error.message}"
            yield _at(part, "NP302", message, _column(part, part.error.pos))


# --- NP4xx: bylines ---


@_rule("NP401", "bad-byline", Severity.WARNING, "A line that starts like a byline does not parse.")
def _bad_byline(article: Article) -> Iterator[Diagnostic]:
    for part in article.of_kind(PartKind.UNKNOWN):
        if part.looks_like is PartKind.BYLINE and part.error is not None:
            message = f"Byline does not parse: {part.error.message}"
            yield _at(part, "NP401", message, _column(part, part.error.pos))


# --- NP5xx: the story's end ---


@_rule(
    "NP501",
    "contributors-before-end",
    Severity.WARNING,
    "A contributor line stands before the story ends.",
)
def _contributors_before_end(article: Article) -> Iterator[Diagnostic]:
    paragraphs = article.of_kind(PartKind.DATELINE, PartKind.BODY)
    if not paragraphs:
        return
    last = paragraphs[-1].line
    for part in article.of_kind(PartKind.CONTRIBUTORS):
        if part.line < last:
            yield _at(part, "NP501", "Contributor line before the end of the story", _column(part))


#: What may follow the last separator.
_TAIL = frozenset(
    {
        PartKind.BLANK,
        PartKind.SEPARATOR,
        PartKind.CONTRIBUTORS,
        PartKind.EDITORS_NOTE,
        PartKind.CORRECTION,
        PartKind.NOISE,
        PartKind.SOURCE,
    }
)


@_rule(
    "NP502",
    "text-after-separator",
    Severity.WARNING,
    "After the last separator stands text that is not a contributor line or a note.",
)
def _text_after_separator(article: Article) -> Iterator[Diagnostic]:
    separators = article.of_kind(PartKind.SEPARATOR)
    if not separators:
        return
    for part in article.parts[separators[-1].line :]:
        if part.kind not in _TAIL:
            message = f"{part.kind.value.replace('_', ' ').capitalize()} after the separator"
            yield _at(part, "NP502", message, _column(part))


# --- NP6xx: the text of paragraphs ---

_PAIRS = (("“", "”"), ("(", ")"), ("[", "]"), ("«", "»"), ("„", "“"))


@_rule(
    "NP601",
    "unbalanced-quotes",
    Severity.WARNING,
    "A paragraph's quotation marks are unbalanced.",
)
def _unbalanced_quotes(article: Article) -> Iterator[Diagnostic]:
    paragraphs = article.of_kind(PartKind.DATELINE, PartKind.BODY, PartKind.STANDFIRST)
    for i, part in enumerate(paragraphs):
        after = paragraphs[i + 1].raw.lstrip() if i + 1 < len(paragraphs) else ""
        if not _quotes_balanced(part.raw, after):
            yield _at(part, "NP601", "Unbalanced quotation marks in paragraph", _column(part))


#: Typewriter pairs some feeds use for curly double quotes: ``‘‘`` / ``’’``, ``\`\``` / ``''``.
_QUOTE_PAIRS = (("‘‘", "“"), ("``", "“"), ("’’", "”"), ("''", "”"))


def _quotes_balanced(text: str, next_paragraph: str) -> bool:
    """Whether a paragraph's double quotation marks pair up.

    Curly and straight marks may mix (pages retype one of a pair). A quotation
    that runs on into the next paragraph leaves its paragraph open, and the next
    paragraph opens with a quotation mark again (AP and Chicago style):
    that is balanced too.
    """
    if "„" in text:  # German „...“: the closing mark is the English opening one
        opens, closes, straight = text.count("„"), text.count("“"), text.count('"')
    else:
        for pair, mark in _QUOTE_PAIRS:
            text = text.replace(pair, mark)
        opens, closes, straight = text.count("“"), text.count("”"), text.count('"')
    if (opens + closes + straight) % 2 == 0 and (straight or opens == closes):
        return True
    # Open at the end and reopened by the next paragraph: a quotation running on.
    last_open = max(text.rfind("“"), text.rfind("„"), text.rfind('"') if straight % 2 else -1)
    last_close = text.rfind("”") if "„" not in text else text.rfind("“")
    return last_open > last_close and next_paragraph[:1] in {"“", '"', "„"}


@_rule(
    "NP602",
    "unbalanced-brackets",
    Severity.WARNING,
    "A paragraph's parentheses or brackets are unbalanced.",
)
def _unbalanced_brackets(article: Article) -> Iterator[Diagnostic]:
    closing = {")": "(", "]": "["}
    for part in article.of_kind(PartKind.DATELINE, PartKind.BODY, PartKind.STANDFIRST):
        # Where each bracket still open was opened; a stray closing one is the fault itself.
        opened: dict[str, list[int]] = {"(": [], "[": []}
        bad = -1
        for pos, ch in enumerate(part.raw):
            if ch in opened:
                opened[ch].append(pos)
            elif ch in closing:
                if not opened[closing[ch]]:
                    bad = pos
                    break
                opened[closing[ch]].pop()
        if bad < 0:
            bad = min((p for stack in opened.values() for p in stack), default=-1)
        if bad >= 0:
            yield _at(part, "NP602", "Unbalanced parentheses or brackets in paragraph", bad + 1)


# --- selecting and running rules ---


def _matches(code: str, patterns: Iterable[str]) -> bool:
    return any(code.startswith(p.strip().upper()) for p in patterns if p.strip())


def select_rules(
    select: Iterable[str] | None = None, ignore: Iterable[str] | None = None
) -> list[Rule]:
    """The rules a selection names: codes or code prefixes (``"NP3"``), ``ignore`` winning.

    Raises:
        ValueError: a code or prefix names no rule.

    >>> [r.code for r in select_rules(select=["NP3"], ignore=["NP301"])]
    ['NP302']
    """
    wanted = list(select) if select is not None else None
    unwanted = list(ignore) if ignore is not None else []
    for pattern in (*(wanted or ()), *unwanted):
        if pattern.strip() and not any(_matches(c, [pattern]) for c in RULES):
            msg = f"Expected a rule code or prefix such as NP101 or NP3, got {pattern!r}"
            raise ValueError(msg)
    return [
        rule
        for code, rule in sorted(RULES.items())
        if (wanted is None or _matches(code, wanted)) and not _matches(code, unwanted)
    ]


def validate(
    article: Article,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
) -> list[Diagnostic]:
    """Check a story's structure; the diagnostics in line order.

    ``select`` and ``ignore`` take rule codes or code prefixes (``"NP6"``);
    all rules run when ``select`` is ``None``.

    Raises:
        ValueError: ``select`` or ``ignore`` names no rule.

    >>> from newsparse.article import parse
    >>> [str(d) for d in validate(parse("Talks resume\\nBEIRUT (AP) — Officials (met.\\n"))]
    ['2:25: NP602 Unbalanced parentheses or brackets in paragraph']
    """
    found = [d for rule in select_rules(select, ignore) for d in rule.check(article)]
    return sorted(found, key=lambda d: (d.line, d.column, d.code))
