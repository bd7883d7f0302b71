"""Whole stories: :func:`parse` splits a story into typed, lossless :class:`Part` lines.

A story as copied from a page or a wire feed is read line by line. Each line
becomes exactly one :class:`Part` with its :class:`PartKind`, the line as
written (``raw``), its line ending, where it stands (``line``, ``span``) and,
for the kinds the line parsers read, the typed model (``value``)::

    >>> story = "Talks resume in Paris\\n\\nBEIRUT (AP) — Officials met on Monday.\\n"
    >>> article = parse(story)
    >>> [part.kind.value for part in article.parts]
    ['headline', 'blank', 'dateline']
    >>> article.dateline.city
    'BEIRUT'
    >>> str(article) == story
    True

Nothing is lost and nothing is reordered: ``str(article)`` gives back the
input byte for byte (``\\r\\n`` endings, a missing final newline, blank lines
made of spaces). :func:`parse` never raises on a ``str``; a line that looked
like a caption or a byline but did not parse becomes ``Unknown`` with the
:class:`~newsparse.errors.ParseError` attached.

Reading is lazy and linear. :func:`parse` only splits the text into lines;
each line's kind and value are decided when anything that needs them is first
read (:attr:`Article.parts`, a view such as :attr:`Article.headline`, an
export, equality, hashing, ``repr``, pickling), once per article, and
``str(article)`` never needs them. Each line is then tried against cheap tests
first (its length, its first characters, words it must hold) and only then
against the one strict parser its shape points to, on a bounded window of the
line. An article pickles as its text, one character per kind and the values it
carries, so a classified article is not classified again where it is loaded.
"""

from __future__ import annotations

import re
from enum import Enum
from itertools import islice
from typing import TYPE_CHECKING, Any, Union

import attrs
import regex

from newsparse._bare_names import is_bare_name
from newsparse._lookup import agency_forms, find_agency
from newsparse._serialize import Serializable, to_data
from newsparse._tables import noise
from newsparse._types import Agency, Span, span_field
from newsparse.byline import Byline, parse_byline, read_byline
from newsparse.caption import Caption, parse_caption
from newsparse.contributors import ContributorLine, parse_contributors
from newsparse.dateline import Dateline, find_dateline
from newsparse.errors import ParseError
from newsparse.headline import Headline, parse_headline

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["Article", "Part", "PartKind", "parse"]


class PartKind(str, Enum):
    """What a line of a story is.

    >>> PartKind("dateline") is PartKind.DATELINE
    True
    """

    #: An empty line or one of spaces only.
    BLANK = "blank"
    #: The agency named alone as the story's source: ``Associated Press``, ``Quelle: dpa-AFX``.
    SOURCE = "source"
    #: The story's headline (the first line of text before the story begins).
    HEADLINE = "headline"
    #: A summary between the headline and the story (a dek): text before the first paragraph.
    STANDFIRST = "standfirst"
    #: ``By JOSEPH KRAUSS and ZEKE MILLER``.
    BYLINE = "byline"
    #: A photo caption with its credit: ``... (AP Photo/Matias Delacroix, File)``.
    CAPTION = "caption"
    #: The paragraph that opens with the dateline: ``BEIRUT (AP) — ...``.
    DATELINE = "dateline"
    #: A paragraph of the story.
    BODY = "body"
    #: A short heading inside the story: ``MUELLER’S REVERSAL``, ``Low Expectations``.
    SUBHEAD = "subhead"
    #: ``——-``, ``___``, ``---``, ``* * *``.
    SEPARATOR = "separator"
    #: ``Associated Press writer X in Y contributed to this report.``
    CONTRIBUTORS = "contributors"
    #: ``EDITOR’S NOTE — ...``, ``(Updates with ... )``.
    EDITORS_NOTE = "editors_note"
    #: ``This story has been updated to correct ...``, ``(Corrects ...)``.
    CORRECTION = "correction"
    #: Page leftovers: ``Ad``, ``ADVERTISEMENT``, share bars, ``Full Coverage: ...``, timestamps;
    #: wire end marks: ``(END)``, ``Enditem``, ``-30-``, AFP's desk initials ``bur-jm/rl``.
    NOISE = "noise"
    #: A line not understood; ``Part.error`` says why when it looked like a caption or byline.
    UNKNOWN = "unknown"


#: The typed value a part may carry.
PartValue = Union[Headline, Byline, Caption, Dateline, ContributorLine, Agency, None]  # noqa: UP007


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


@attrs.frozen(slots=True, repr=False)
class Part(Serializable):
    """One line of a story, as written, with its kind and typed value.

    Attributes:
        kind: What the line is.
        raw: The line exactly as written, without its line ending.
        line: The 1-based line number in the story.
        newline: The line ending as written: ``"\\n"``, ``"\\r\\n"``, ``"\\r"``, or
            ``""`` for a last line without one.
        value: The typed model for headline, byline, caption, dateline,
            contributor and source parts (an :class:`~newsparse._types.Agency`
            row), else ``None``.
        error: For an ``UNKNOWN`` line that looked like ``looks_like`` but did
            not parse, the error of its parser (left out of equality).
        looks_like: The kind the line looked like when it failed to parse.
        span: ``(start, end)`` offsets of ``raw`` in the story:
            ``str(article)[start:end] == raw``.

    >>> part = parse("Ad\\n").parts[0]
    >>> (part.kind, part.raw, part.line, part.newline, part.span)
    (<PartKind.NOISE: 'noise'>, 'Ad', 1, '\\n', (0, 2))
    """

    kind: PartKind
    raw: str
    line: int = 1
    newline: str = ""
    value: PartValue = None
    error: ParseError | None = attrs.field(default=None, eq=False)
    looks_like: PartKind | None = None
    span: Span = span_field()

    def __str__(self) -> str:
        return self.raw

    def __repr__(self) -> str:
        return f"Part({self.kind.name}, line={self.line}, raw={_short(self.raw)!r})"

    @property
    def text(self) -> str:
        """The line without the spaces around it."""
        return self.raw.strip()


@attrs.frozen(slots=True, repr=False)
class Article(Serializable):
    """A whole story: every line of the input, in order, as a :class:`Part`.

    ``str(article)`` is the input, byte for byte. The properties are views
    over the parts.

    >>> article = parse("Talks resume\\nBy JANE DOE\\nBEIRUT (AP) — Officials met.\\n")
    >>> article.headline.text, [p.name for p in article.bylines[0].authors], article.agency
    ('Talks resume', ['Jane Doe'], 'AP')
    """

    parts: tuple[Part, ...] = ()

    def __str__(self) -> str:
        return _article_text(self)

    def __repr__(self) -> str:
        headline = self.headline
        shown = _short(headline.text) if headline is not None else None
        return f"Article({len(self.parts)} parts, headline={shown!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return _article_reduce(self)

    def to_dict(self) -> dict[str, Any]:
        """The story as JSON-ready data: what ``newsparse parse`` prints for it.

        Keys, always all present: ``headline``, ``agency``, ``dateline`` (a model's
        :meth:`~newsparse._serialize.Serializable.to_dict` or ``None``), ``bylines``,
        ``captions``, ``contributors`` (lists of model dicts), ``body`` (paragraphs
        as written) and ``parts`` (every line, see :class:`Part`).
        ``newsparse schema`` prints the JSON Schema of this output.

        >>> data = parse("Talks resume\\nBEIRUT (AP) — Officials met.\\n").to_dict()
        >>> list(data)
        ['headline', 'agency', 'dateline', 'bylines', 'captions', 'contributors', 'body', 'parts']
        >>> data["dateline"]["city"], data["parts"][1]["span"]
        ('BEIRUT', [13, 41])
        """
        return {
            "headline": to_data(self.headline),
            "agency": self.agency,
            "dateline": to_data(self.dateline),
            "bylines": to_data(self.bylines),
            "captions": to_data(self.captions),
            "contributors": to_data(self.contributors),
            "body": list(self.body),
            "parts": to_data(self.parts),
        }

    def to_nitf(self) -> str:
        """The story as a NITF 3.6 XML document: see :func:`newsparse.nitf.to_nitf`."""
        from newsparse.nitf import to_nitf  # noqa: PLC0415 (nitf imports this module)

        return to_nitf(self)

    def to_jsonld(self) -> dict[str, Any]:
        """The story as a schema.org ``NewsArticle``: see :func:`newsparse.jsonld.to_jsonld`."""
        from newsparse.jsonld import to_jsonld  # noqa: PLC0415 (jsonld imports this module)

        return to_jsonld(self)

    def of_kind(self, *kinds: PartKind) -> tuple[Part, ...]:
        """The parts of the given kinds, in story order."""
        return tuple(part for part in self.parts if part.kind in kinds)

    def _values(self, kind: PartKind) -> Iterator[PartValue]:
        """The value of each line of ``kind``, in story order.

        Before the parts are built it reads the kinds and values the draft
        decided (the parts are made from exactly these), not building them.
        """
        draft = _PARTS_SLOT.__get__(self, Article)
        if type(draft) is not _Draft:
            return (part.value for part in self.of_kind(kind))
        codes, extras = draft.classified()
        code = _KIND_CODES[kind]
        if code not in codes:
            return iter(())
        # Every line of a valued kind carries its value in the extras, in line order.
        return (value for i, value, _, _ in extras if codes[i] == code)

    @property
    def headline(self) -> Headline | None:
        """The headline, or ``None`` when the story has none."""
        for value in self._values(PartKind.HEADLINE):
            if isinstance(value, Headline):
                return value
        return None

    @property
    def bylines(self) -> tuple[Byline, ...]:
        """Every byline, in order."""
        return tuple(v for v in self._values(PartKind.BYLINE) if isinstance(v, Byline))

    @property
    def dateline(self) -> Dateline | None:
        """The dateline of the first dateline paragraph, or ``None``."""
        for value in self._values(PartKind.DATELINE):
            if isinstance(value, Dateline):
                return value
        return None

    @property
    def captions(self) -> tuple[Caption, ...]:
        """Every photo caption, in order (pages may repeat one)."""
        return tuple(v for v in self._values(PartKind.CAPTION) if isinstance(v, Caption))

    @property
    def contributors(self) -> tuple[ContributorLine, ...]:
        """Every contributor line, in order."""
        return tuple(
            v for v in self._values(PartKind.CONTRIBUTORS) if isinstance(v, ContributorLine)
        )

    @property
    def body(self) -> tuple[str, ...]:
        """The paragraphs of the story as written, the dateline paragraph first."""
        draft = _PARTS_SLOT.__get__(self, Article)
        if type(draft) is not _Draft:
            return tuple(part.raw for part in self.of_kind(PartKind.DATELINE, PartKind.BODY))
        codes, _ = draft.classified()
        rows = draft.lines()
        wanted = (_KIND_CODES[PartKind.DATELINE], _KIND_CODES[PartKind.BODY])
        return tuple(raw for (raw, _, _), code in zip(rows, codes, strict=True) if code in wanted)

    @property
    def agency(self) -> str | None:
        """The agency of the story, by its short form (``"AP"``), or ``None``.

        Taken from the source line, else the dateline, else a byline's affiliation
        that is a news agency ("Mia Rabson, The Canadian Press"), else the agency that
        most photo credits name: of each credit the distributor after "via" if the
        agency table knows it ("Niall Carson/PA Images via Getty Images": Getty
        Images), else its agency if known; never a pool, a handout or a name the
        table lacks ("Facebook via REUTERS": Reuters). A tie goes to the first.
        """
        for value in self._values(PartKind.SOURCE):
            if isinstance(value, Agency):
                return value.short
        dateline = self.dateline
        if dateline is not None and dateline.agency:
            row = find_agency(dateline.agency)
            return row.short if row is not None else dateline.agency
        for byline in self.bylines:
            row = find_agency(byline.affiliation) if byline.affiliation else None
            if row is not None:
                return row.short
        counts: dict[str, int] = {}
        for caption in self.captions:
            credit = caption.credit
            if credit is None:
                continue
            for name in (credit.via, credit.agency):
                row = find_agency(name) if name else None
                if row is not None and _CREDITS_AN_AGENCY.isdisjoint(row.kinds):
                    counts[row.short] = counts.get(row.short, 0) + 1
                    break
        # max() keeps the first of equal counts, in the order the credits came.
        return max(counts, key=counts.__getitem__) if counts else None


#: Rows of the agency table a credit names without naming who supplied the picture.
_CREDITS_AN_AGENCY = frozenset({"pool", "handout"})


# --- lazy parts and compact pickles --------------------------------------------------------


#: What a line carries besides its kind: ``(index, value, error, looks_like)``, for the
#: lines that carry any of them (most lines carry none).
_Extra = tuple[int, PartValue, ParseError | None, PartKind | None]


class _Draft:
    """A story's parts before anyone reads them: its text and lines, then kinds and values.

    :func:`parse` only splits the text into lines; :meth:`classified` decides
    every line's kind and what it carries the first time it is asked (``kinds``
    and ``extras`` stay ``None`` until then), and :meth:`build` makes the
    :class:`Part` objects when :attr:`Article.parts` is first read. A draft loaded
    from a pickle holds kinds and extras and no lines: they are split when built.
    """

    __slots__ = ("extras", "kinds", "rows", "text")

    def __init__(
        self,
        text: str,
        rows: list[tuple[str, str, int]] | None,
        kinds: str | None = None,
        extras: tuple[_Extra, ...] | None = None,
    ) -> None:
        self.text = text
        self.rows = rows
        self.kinds = kinds  # one _KIND_CODES character per line
        self.extras = extras

    def lines(self) -> list[tuple[str, str, int]]:
        """Every line as ``(raw, newline, start)``."""
        if self.rows is None:
            self.rows = _rows(self.text)
        return self.rows

    def classified(self) -> tuple[str, tuple[_Extra, ...]]:
        """Every line's kind code and the lines' extras, decided on the first call."""
        if self.kinds is None or self.extras is None:
            guesses, self.kinds = _classify_rows(self.lines())
            self.extras = tuple(
                (i, g.value, g.error, g.looks_like)
                for i, g in enumerate(guesses)
                if g.value is not None or g.error is not None or g.looks_like is not None
            )
        return self.kinds, self.extras

    def build(self) -> tuple[Part, ...]:
        """The parts, made without ``Part.__init__``: its slots are set as it sets them."""
        codes, extras = self.classified()
        # The lines of a loaded draft are split for this once and not kept.
        rows = self.rows if self.rows is not None else _rows(self.text)
        kinds = _CODE_KINDS
        new = object.__new__
        parts: list[Part] = []
        append = parts.append
        for number, ((raw, newline, start), code) in enumerate(zip(rows, codes, strict=True), 1):
            part = new(Part)
            _set_kind(part, kinds[code])
            _set_raw(part, raw)
            _set_line(part, number)
            _set_newline(part, newline)
            _set_value(part, None)
            _set_error(part, None)
            _set_looks_like(part, None)
            _set_span(part, (start, start + len(raw)))
            append(part)
        for i, value, error, looks_like in extras:
            part = parts[i]
            _set_value(part, value)
            _set_error(part, error)
            _set_looks_like(part, looks_like)
        return tuple(parts)


# The setters of Part's slots, as its attrs-made ``__init__`` calls them (it has no
# converters or validators): a story's parts are built field by field at half the cost.
_set_kind, _set_raw, _set_line, _set_newline, _set_value, _set_error, _set_looks_like, _set_span = (
    vars(Part)[field.name].__set__ for field in attrs.fields(Part)
)


#: Each kind as one character, for drafts and pickles.
_KIND_CODES = {kind: chr(ord("a") + i) for i, kind in enumerate(PartKind)}
_CODE_KINDS = {code: kind for kind, code in _KIND_CODES.items()}

# ``Article.parts`` is the attrs slot behind a property: an article from :func:`parse`
# holds a :class:`_Draft` there until the parts are first read. attrs' generated
# methods (``__eq__``, ``__hash__``, ``__init__``, ``__setstate__``) reach the slot
# through the property, so they see built parts.
_PARTS_SLOT: Any = vars(Article)["parts"]


def _get_parts(article: Article) -> tuple[Part, ...]:
    parts = _PARTS_SLOT.__get__(article, Article)
    if type(parts) is _Draft:
        parts = parts.build()
        _PARTS_SLOT.__set__(article, parts)
    return parts  # type: ignore[no-any-return]


setattr(Article, "parts", property(_get_parts, _PARTS_SLOT.__set__))  # noqa: B010


def _article_text(article: Article) -> str:
    """``str(article)``: the text an unread draft holds (nothing classified), else its parts."""
    parts = _PARTS_SLOT.__get__(article, Article)
    if type(parts) is _Draft:
        return parts.text
    return "".join(part.raw + part.newline for part in parts)


def _article_reduce(article: Article) -> tuple[Any, ...]:
    """Pickle an article as its text, one character per kind and the values it carries.

    An article built by hand whose parts are not the lines of their text pickles
    field by field, as any attrs class.
    """
    draft = _PARTS_SLOT.__get__(article, Article)
    if type(draft) is _Draft:
        kinds, extras = draft.classified()
        return (_article_from_text, (draft.text, kinds, extras))
    parts = article.parts
    text = str(article)
    rows = _rows(text)
    if len(rows) != len(parts) or any(
        (p.raw, p.newline, p.line, p.span) != (raw, newline, i, (start, start + len(raw)))
        for i, (p, (raw, newline, start)) in enumerate(zip(parts, rows, strict=True), start=1)
    ):
        return (_article_from_parts, (parts,))
    kinds = "".join(_KIND_CODES[p.kind] for p in parts)
    extras = tuple(
        (i, p.value, p.error, p.looks_like)
        for i, p in enumerate(parts)
        if p.value is not None or p.error is not None or p.looks_like is not None
    )
    return (_article_from_text, (text, kinds, extras))


def _article_from_parts(parts: tuple[Part, ...]) -> Article:
    return Article(parts)


def _article_from_text(text: str, kinds: str, extras: tuple[_Extra, ...]) -> Article:
    """The article :func:`_article_reduce` pickled: its lines are split when first read."""
    return _drafted(_Draft(text, None, kinds, extras))


def _classify_text(text: str) -> tuple[str, tuple[_Extra, ...]]:
    """The kind codes and extras of ``text``: what a worker of ``parse_many`` sends back.

    ``_article_from_text(text, *_classify_text(text)) == parse(text)``; the text
    itself need not travel back, the caller holds it.

    Raises:
        TypeError: ``text`` is not a ``str``, as :func:`parse`.
    """
    draft = _PARTS_SLOT.__get__(parse(text), Article)
    return draft.classified()  # type: ignore[no-any-return]


def _drafted(draft: _Draft) -> Article:
    """An article holding ``draft`` (``Article.__init__`` would only set the slot)."""
    article: Article = object.__new__(Article)
    _PARTS_SLOT.__set__(article, draft)
    return article


# --- line patterns ---------------------------------------------------------------------------

#: Lines longer than this are never noise, source lines or separators.
_SHORT = 200

#: How much of a paragraph the dateline parser sees: datelines are short.
_DATELINE_WINDOW = 300

#: How much of a line's end is searched for a photo credit.
_CREDIT_WINDOW = 160

_LINE_END = regex.compile(r"\r\n|\r|\n")

_SEPARATOR_CHAR = rf"[{regex.escape(noise.SEPARATOR_CHARS)}]"
# "——-"  "___"  "---"  "* * *"  "###"
_SEPARATOR = regex.compile(rf"(?:{_SEPARATOR_CHAR}[ \t]*+){{2,}}+")

# "Follow Colvin on Twitter at https://twitter.com/colvinj"
_FOLLOW = regex.compile(
    r"Follow\s++[^\n]{1,80}?\s(?:on|at)\s++(?:\L<networks>\b|https?://|twitter\.com|x\.com)",
    regex.IGNORECASE,
    networks=list(noise.SOCIAL_NETWORKS),
)

# "Updated 3:12 PM EDT, October 5, 2024"   "Posted August 15, 2020 8:53 pm"   "4:05 p.m."
# "Aktualisiert am 28. April 2023, 20:22 Uhr"   "Friday, April 28, 2023"   "Sep 30, 2020"
# reuters.com: "January 5, 2024 3:12 PM GMT+1", "Updated 2 hours ago", and both glued
# together when copied: "January 5, 20243:12 PM GMT+1Updated 2 hours ago".
_TIME = r"\d{1,2}(?:[:.]\d\d)?+\s*+(?:[ap]\.?m\.?|Uhr)(?!\w)|\d{1,2}:\d\d(?!\d)"
#: "2 hours ago", "35 mins ago": how long ago a page says it was updated.
_AGO = r"\d{1,3}\s*+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hour|days?|weeks?)\s++ago\b"
#: A zone, or one with its offset from GMT or UTC: "EDT", "GMT+1", "UTC-05:00".
_ZONE = r"\L<zones>(?:[+−-]\d{1,2}(?::?\d\d)?+(?!\d)|\b)"
_DATE_TOKEN = rf"""
    (?:{_TIME}|{_AGO}|\L<months>\.?|\L<weekdays>\.?,?|\d{{1,4}}\.?|{_ZONE}|\L<labels>
    |on\b|at\b|um\b)
"""
_TIMESTAMP = regex.compile(
    rf"""
    (?P<label>\L<labels>)?+[:\s]*+
    (?!{_ZONE})  # a zone follows a time: "EDT", "IST" never open a stamp ("Israel ...")
    (?:{_DATE_TOKEN}[\s,|/–—-]*+){{1,12}}+
    """,
    regex.VERBOSE | regex.IGNORECASE,
    labels=list(noise.TIMESTAMP_LABELS),
    months=list(noise.MONTHS),
    weekdays=list(noise.WEEKDAYS),
    zones=list(noise.TIME_ZONES),
)
#: The first two letters, lowered, of each word ``_TIMESTAMP`` may open with when it opens
#: with a letter (a label, a month, a weekday, "on", "at", "um"; each is longer; a zone
#: never opens one).
_STAMP_OPENINGS = frozenset(
    word[:2].lower()
    for word in (*noise.TIMESTAMP_LABELS, *noise.MONTHS, *noise.WEEKDAYS, *("on", "at", "um"))
)
_HAS_WHEN = regex.compile(
    rf"{_TIME}|{_AGO}|\L<months>", regex.IGNORECASE, months=list(noise.MONTHS)
)

# "4 Min Read"   "1 of 12"   "Slideshow ( 15 images )" (a lead)
_READ_TIME = regex.compile(r"\d{1,3}\s*+min(?:ute)?s?\s++read", regex.IGNORECASE)
_COUNTER = regex.compile(r"\d{1,3}\s*+(?:of|/|von)\s*+\d{1,3}", regex.IGNORECASE)

# "bur-jm/rl"  "ah/dw"  "mlb-jk/cw": AFP's desk initials closing a story, lower-case
# groups of two to four letters joined by "-" or "/", a slash among them.
_DESK_INITIALS = regex.compile(r"(?:[a-z]{2,4}+-)*+[a-z]{2,4}+(?:/[a-z]{2,4}+(?:-[a-z]{2,4}+)*+)++")

# "Copyright 2019 The Associated Press."  "© dpa-infocom, dpa:230428-99-483045/5"
_COPYRIGHT_DETAIL = regex.compile(r"\d|rights\s++reserved|©", regex.IGNORECASE)

# "Mike Dorning in Washington at mdorning@bloomberg.net;"   "AP-NORC Center: http://www.apnorc.org/"
# AP sets a full stop apart after a closing address:
# "COVID Impact Survey: https://www.covid-impact.org ."
_EMAIL = regex.compile(r"[\w.+-]++@[\w-]++(?:\.[\w-]++)++")
# A link without its scheme, of a wire's link shortener: "... pleas - tmsnrt.rs/2wcFMdx"
_ENDS_WITH_URL = regex.compile(
    r"(?:https?://|www\.|(?<![\w.])(?:\L<hosts>)/)\S++(?:\s++\.)?+\s*+$",
    hosts=list(noise.SHORT_LINK_HOSTS),
)

#: How long a "Follow ..." line may be: AP's name several accounts on one line ("Follow
#: AP’s Supreme Court Twitter feed at https://... . And Supreme Court reporters ...").
_FOLLOW_MAX = 600

# "Associated Press"   "Reuters"   "Quelle: dpa-AFX"   "Associated Press, Nov. 3"
_SOURCE = regex.compile(
    r"""
    (?:(?:\L<labels>|By)\s*+)?+
    (?P<agency>\L<agencies>)
    # A short note after a separator: "Reuters · 3 min read"; a hyphen only with a space
    # on one side ("AP - June 5"), never glued in a word ("AP-NORC Poll: ..." is a headline)
    (?:\s*+(?:[,|·–—]|(?<=\s)-|-(?=\s))\s*+[\p{L}\d.,: ]{1,30}+)?+
    \.?+
    """,
    regex.VERBOSE | regex.IGNORECASE,
    labels=list(noise.SOURCE_LABELS),
    agencies=agency_forms("news"),
)

# A photo credit near the end of a line:
# "(AP Photo/Matias Delacroix, File)"  "(Name/AP)"  "(Courtesy of X via AP)"
# "Credit: Reuters/Edgar Su"  "(Photo by Name/Getty Images)"  "Name/AFP via Getty Images"
# "(Image: Getty Images/Cultura RF)"  "© Arne Dedert/dpa"  "Photographer: Jason Alden/Bloomberg"
# "REUTERS/Name"
_CREDIT_MARK = regex.compile(
    r"""
      \b(?:photo|foto|image|picture|credit|bild|photograph|photographer)\s*+(?:by\b|:|/)
    | \bAP\s++(?:Photo|Video|Images)\b
    | \bvia\s++(?:AP|Reuters|Getty\s++Images)\b
    | \bGetty\s++Images\b
    | \bREUTERS\s*+/ | /\s*+REUTERS\b
    | /\s*+(?:AP|AFP|dpa|EPA|Pool|Bloomberg|Xinhua|UPI)\s*+\)
    | ©
    # "Credit...Doug Mills/The New York Times"  "Image source, Getty Images" (BBC)
    # "Photo credit should read JANE DOE/AFP via Getty Images"  "(Courtesy of the family)"
    | \bcredit(?:\.\.\.|…) | \bimage\s++(?:source|copyright)\b | \bphoto\s++credit\b
    | \(\s*+(?:photo\s++)?+courtesy\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# "FILE - Israeli soldiers cross ..."  "FILE PHOTO: ..."  "EDS NOTE: ..."
# "FILE _ In this March 24, 2010, file photo ..." (AP's text feeds wrote " _ " for a dash)
# "Image caption, Police at the scene" (BBC, the line after "Image source, Getty Images")
_CAPTION_PREFIX = regex.compile(
    r"(?:FILE(?:\s++PHOTO)?+|EDS?\s++NOTE)(?:\s*+[-–—:]|\s++_(?=\s))|Image\s++caption(?:,|\s)"
)

# "By JOSEPH KRAUSS"   "BY Jill Serjeant"   "Von Hannah Ritzmann"   "par Jean Dupont"
# "Story by Jane Doe"   "Written by Jane Doe, Ph.D."
# Not "By the numbers", "By 2030, ...": a name starts with a capital.
_BYLINE_LEAD = regex.compile(
    r"(?:(?:Story|STORY|Words|WORDS|Written|WRITTEN)[ \t\u00a0]++(?:by|By|BY)[ \t\u00a0]++"
    r"|(?:By|BY|by|Von|von|Par|par)[ \t\u00a0]++)\p{Lu}"
)
# "MARIA CHENG AP medical writer"   "AP Entertainment Writer"
_BYLINE_TITLE = regex.compile(
    r"\b(?:writer|correspondent|reporter|editor|redakteur(?:in)?)\b", regex.IGNORECASE
)

# "Associated Press writer X contributed"  "Reporting by A; Editing by B"
# "Warren reported from Atlanta."
_CONTRIBUTOR_MARK = regex.compile(
    r"contribut|reporting\s++by|editing\s++by|writing\s++by|reported\s++from|"
    r"with\s++assistance|compiled\s++by|additional\s++reporting",
    regex.IGNORECASE,
)

# "With files from The Canadian Press"  "— With files from Reuters"  "Mit Material von dpa":
# an agency's own part opens its line (after a dash or a bracket at most), so it is
# matched there only: a search of every paragraph for "files" would cost each one.
_FILES_MARK = regex.compile(
    r"[(\-–—]{0,3}+\s*+(?:with\s++files\s++from|mit\s++material\s++von)\b",
    regex.IGNORECASE,
)
#: The characters a line ``_FILES_MARK`` matches can open with.
_FILES_FIRST = frozenset("WwMm(-–—")

# Cheap tests before the two searches above, on the lowered line: a line that holds
# none of these words holds no match (each alternative contains one of them: "reporting"
# stands for "additional reporting" too).
_CONTRIBUTOR_WORDS = (
    *("contribut", "reporting", "reported", "editing", "writing", "assistance", "compiled"),
)
# "oto" stands for photo, foto and photograph; "Getty Images" holds "image". The
# alternatives with a "/" and none of these words hold "reuters" or ")" after it: they
# are tested apart (see _holds_credit), as "/" alone is in every web address.
_CREDIT_WORDS = ("©", "oto", "image", "picture", "credit", "bild", "via", "video", "courtesy")


def _lowered(s: str) -> str:
    """``s`` lowered so that every character IGNORECASE reads as an ASCII letter is that letter.

    Lowering maps each such character to its letter, but for "ſ" (long s) and
    "İ" (lowered to "i" and a dot above): both are mended here.
    """
    low = s.lower()  # faster than casefold()
    if "ſ" in low:
        low = low.replace("ſ", "s")
    if "\u0307" in low:
        low = low.replace("\u0307", "")
    return low


def _holds_any(low: str, words: tuple[str, ...]) -> bool:
    """Whether ``low`` holds one of ``words`` (as written: lower ``low`` first, with
    :func:`_lowered`, to find them in any case)."""
    for word in words:  # noqa: SIM110 (a loop: faster than any() over a generator)
        if word in low:
            return True
    return False


def _holds_credit(low: str) -> bool:
    """Whether ``low`` (a :func:`_lowered` line end) may hold a credit mark."""
    for word in _CREDIT_WORDS:
        if word in low:
            return True
    return "/" in low and ("reuters" in low or ")" in low)


#: How much of a line the contributor mark is searched in.
_CONTRIBUTOR_WINDOW = 2000


def _word_hints(s: str) -> tuple[bool, bool]:
    """Whether ``s[:2000]`` may hold a contributor mark and its tail a credit mark.

    One lowering of the line serves both when it maps character for character
    (no "İ", whose lowering is two characters) and holds no "ſ"; else each window
    is lowered on its own by :func:`_lowered`. Either way a ``False`` means
    the search it stands before finds nothing.
    """
    size = len(s)
    tail = size - _CREDIT_WINDOW if size > _CREDIT_WINDOW else 0
    if size <= _CONTRIBUTOR_WINDOW:
        low = s.lower()
        if len(low) == size and "ſ" not in low:
            contributor = False
            for word in _CONTRIBUTOR_WORDS:
                if word in low:
                    contributor = True
                    break
            return contributor, _holds_credit(low[tail:] if tail else low)
    return (
        _holds_any(_lowered(s[:_CONTRIBUTOR_WINDOW]), _CONTRIBUTOR_WORDS),
        _holds_credit(_lowered(s[tail:])),
    )


# A dateline shows its tag or dash early: "BEIRUT (AP) —", "(Bloomberg) --", "DUBLIN —",
# "MOSCOW, March 3. /TASS/." (TASS signs between slashes).
# A character class reads the same in ``re`` and ``regex``; ``re`` scans for one faster.
_DATELINE_HINT = re.compile(r"[(/\-\u2010-\u2015\u2212]")

_SENTENCE_END = (".", "!", "?", "…", '"', "”", "»", ")", ":", ";", ",")
#: What a finished sentence ends with (the first seven of ``_SENTENCE_END``).
_SENTENCE_CLOSE = _SENTENCE_END[:7]

# Cheap tests before the patterns that read only lines opening with these (all ASCII:
# a line opening with any other character is always tried, whatever its case folds to).
_SEPARATOR_FIRST = frozenset(noise.SEPARATOR_CHARS)
_BYLINE_FIRST = frozenset("BbVvPp")  # _BYLINE_LEAD, but for its lead words:
_BYLINE_WORDS = ("Story", "STORY", "Words", "WORDS", "Written", "WRITTEN")
_CAPTION_PREFIX_FIRST = frozenset("FEI")  # _CAPTION_PREFIX

_NOISE_LINES = frozenset(line.casefold() for line in (*noise.NOISE_LINES, *noise.CHROME_LINES))
#: A site's frame, folded: lines noise anywhere, and links noise only where no heading is
#: (before the headline, or in a footer's run of links: see :func:`_is_nav` and
#: :func:`_in_chrome_run`).
_CHROME_LINES = frozenset(line.casefold() for line in noise.CHROME_LINES)
_NAV_LINES = frozenset(line.casefold() for line in (*noise.NAV_LINKS, *noise.SECTION_NAMES))
#: How long a line of ``_NAV_LINES`` or a breadcrumb of them may be.
_NAV_MAX = 80

#: The leads of a contact block, folded (see ``noise.CONTACT_LEADS``).
_CONTACT_LEADS = tuple(lead.casefold() for lead in noise.CONTACT_LEADS)
# "Ros Krasny"  "Joe Sobczyk;": a name alone in a contact block, two to four capitalised
# words; its other lines hold an address and are noise already.
_CONTACT_NAME = regex.compile(r"\p{Lu}[\p{L}\p{M}'’.\-]*+(?:[ ]\p{Lu}[\p{L}\p{M}'’.\-]*+){1,3};?+")
#: The longest such name line.
_CONTACT_NAME_MAX = 60
#: The marks between the steps of a breadcrumb: "World / Europe", "Home › News › World".
_CRUMB_MARKS = "/›>»|"
_CRUMB_SPLIT = re.compile(r"[/›>»|]")
_NOISE_LEADS = tuple(lead.casefold() for lead in noise.NOISE_LEADS)
_NOTE_LEADS = tuple(lead.casefold() for lead in noise.EDITORS_NOTE_LEADS)
_CORRECTION_LEADS = tuple(lead.casefold() for lead in noise.CORRECTION_LEADS)
_SUPPORT_LEADS = tuple(lead.casefold() for lead in noise.SUPPORT_NOTE_LEADS)


def _by_first(leads: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``leads`` grouped by their first character: a folded line can only open with the
    leads of its own first character (``folded.startswith(table.get(folded[:1], ()))``)."""
    table: dict[str, list[str]] = {}
    for lead in leads:
        table.setdefault(lead[:1], []).append(lead)
    return {first: tuple(group) for first, group in table.items()}


_NOISE_LEADS_BY_FIRST = _by_first(_NOISE_LEADS)
_NOTE_LEADS_BY_FIRST = _by_first(_NOTE_LEADS)
_CORRECTION_LEADS_BY_FIRST = _by_first(_CORRECTION_LEADS)
_SUPPORT_LEADS_BY_FIRST = _by_first(_SUPPORT_LEADS)
#: Both, for the one test most lines take (a line opening with neither is neither).
_NOTE_OR_SUPPORT_BY_FIRST = _by_first((*_NOTE_LEADS, *_SUPPORT_LEADS))


# --- classifying one line -----------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Guess:
    """A line's kind before the story's structure is known; ``kind`` None is plain text."""

    kind: PartKind | None
    value: PartValue = None
    error: ParseError | None = None
    looks_like: PartKind | None = None


_TEXT = _Guess(None)
_BLANK = _Guess(PartKind.BLANK)
_SEPARATOR_LINE = _Guess(PartKind.SEPARATOR)
_NOISE_LINE = _Guess(PartKind.NOISE)
_CORRECTION_LINE = _Guess(PartKind.CORRECTION)
_NOTE_LINE = _Guess(PartKind.EDITORS_NOTE)


def _is_noise(s: str) -> bool:
    """Whether ``s`` is page noise: a listed line or lead, a copyright, a stamp, a contact.

    Each pattern is tried only where a cheap test of the line allows it: the
    read-time and counter patterns open with a digit, a timestamp with a digit or
    the first two letters of one of its words (``_may_be_stamp``), ``_FOLLOW`` with "Follow",
    AFP's desk initials (``bur-jm/rl``) with a small letter and hold a slash
    (a non-ASCII first character is always tried), an e-mail holds "@" and a URL
    "://" or "www.".
    """
    if len(s) > _SHORT:
        return False
    folded = s.casefold()
    if folded in _NOISE_LINES or folded.startswith(_NOISE_LEADS_BY_FIRST.get(folded[:1], ())):
        return True
    if s.startswith(noise.COPYRIGHT_MARKS) and _COPYRIGHT_DETAIL.search(s):
        return True
    first = s[0]
    other = not first.isascii()
    if (other or first.isdigit()) and (_READ_TIME.fullmatch(s) or _COUNTER.fullmatch(s)):
        return True
    if (other or first in "Ff") and _FOLLOW.match(s):
        return True
    if "a" <= first <= "z" and len(s) <= 30 and "/" in s and _DESK_INITIALS.fullmatch(s):
        return True
    if _may_be_stamp(s):
        stamp = _TIMESTAMP.fullmatch(s)
        if stamp is not None and (stamp.group("label") or _HAS_WHEN.search(s)):
            return True
    email = "@" in s
    url = "://" in s or "www." in s or ("/" in s and _holds_any(s, noise.SHORT_LINK_HOSTS))
    if not (email or url):
        return False
    words = len(s.split())
    if email and words <= 12 and _EMAIL.search(s):
        return True
    return url and words <= 10 and _ENDS_WITH_URL.search(s) is not None


def _is_nav(s: str) -> bool:
    """Whether ``s`` is a link of a site's navigation (``Menu``, ``World``), a breadcrumb of
    them (``World / Europe``, ``Home › News``) or a bar of one-word links copied as one line
    (``Home News Sport``): noise before the headline.

    Only whole lines of the tables are read, never a headline that merely holds one of their
    words ("Home sales fall", "Search for missing hikers called off").
    """
    if len(s) > _NAV_MAX:
        return False
    folded = s.casefold()
    if folded in _NAV_LINES:
        return True
    for mark in _CRUMB_MARKS:
        if mark in folded:
            steps = [step.strip() for step in _CRUMB_SPLIT.split(folded)]
            break
    else:  # a bar copied as one line: "Home News Sport Weather"  "World Europe"
        steps = folded.split()
    steps = [step for step in steps if step]
    return len(steps) >= 2 and all(step in _NAV_LINES for step in steps)


def _in_chrome_run(texts: list[str], at: int, known: dict[int, bool]) -> bool:
    """Whether line ``at`` (a link of ``_NAV_LINES``) stands in a run of links that holds a
    line of the site's frame (``Terms of Use``): a footer, not a heading.

    The run is the lines next to it, blank lines skipped, that are links or frame lines.
    Each run is read once: its answer is kept in ``known`` for every line of it.
    """
    if at in known:
        return known[at]
    size = len(texts)
    first = last = at
    framed = False
    for step in (-1, 1):
        i = at + step
        while 0 <= i < size:
            s = texts[i]
            if s:
                if len(s) > _NAV_MAX:
                    break
                folded = s.casefold()
                if folded in _CHROME_LINES:
                    framed = True
                elif folded not in _NAV_LINES:
                    break
            if step < 0:
                first = i
            else:
                last = i
            i += step
    for i in range(first, last + 1):
        known[i] = framed
    return framed


def _may_be_stamp(s: str) -> bool:
    """False only where ``_TIMESTAMP`` cannot match: two ASCII letters open ``s``, and no word
    it may open with opens with them (it may: a digit, ":", anything else first)."""
    opening = s[:2]
    return not (
        len(opening) == 2
        and opening.isascii()
        and opening.isalpha()
        and opening.lower() not in _STAMP_OPENINGS
    )


def _source(s: str) -> Agency | None:
    if len(s) > 80:
        return None
    match = _SOURCE.fullmatch(s)
    return find_agency(match.group("agency")) if match is not None else None


def _looks_unfinished(s: str) -> bool:
    """A short line that does not end like a sentence: a label, a name, a broken credit."""
    return not s.endswith(_SENTENCE_CLOSE)


#: How far after a credit mark a poll word makes it a poll's name (see :func:`_names_poll`).
_POLL_WINDOW = 40


def _names_poll(s: str, mark: regex.Match[str] | None) -> bool:
    """Whether the credit mark found in ``s`` is a poll's name ("Reuters/Ipsos poll")."""
    if mark is None:
        return False
    near = s[mark.start() : mark.end() + _POLL_WINDOW].lower()
    return _holds_any(near, noise.POLL_WORDS)


def _caption(s: str, mark: regex.Match[str] | None) -> _Guess | None:
    """A caption, or an unknown line whose credit does not read, or ``None`` (not a caption).

    A line whose credit mark reads no credit and names a poll ("... a close second:
    Reuters/Ipsos poll", a Reuters headline) is no caption.
    """
    try:
        caption = parse_caption(s)
    except ParseError as e:
        if _names_poll(s, mark):
            return None
        return _Guess(PartKind.UNKNOWN, error=e, looks_like=PartKind.CAPTION)
    if caption.credit is not None or mark is None:
        return _Guess(PartKind.CAPTION, caption)
    # A credit mark the caption parser could not read as a credit: a broken credit when
    # the line ends like one ("... (AP Photo/"), else a sentence naming an agency.
    opening = s.rfind("(", 0, mark.start() + 1)
    start = opening if opening >= 0 and ")" not in s[opening : mark.start()] else mark.start()
    if not _looks_unfinished(s) or _names_poll(s, mark):
        return None
    error = ParseError(
        "Expected a photo credit such as (AP Photo/Name), REUTERS/Name or Name/Getty Images",
        s,
        start,
    )
    return _Guess(PartKind.UNKNOWN, error=error, looks_like=PartKind.CAPTION)


def _classify(s: str, *, header: bool, headline_open: bool) -> _Guess:
    """The kind of one stripped, non-blank line.

    ``header`` is true before the story's first paragraph; ``headline_open`` while
    the headline may still come. Most lines are paragraphs of the story: each test
    is made only where a cheap look at the line (its length, its first character,
    the words it holds) leaves it possible, and each line parser is called only on
    a line its test let through.
    """
    size = len(s)
    first = s[0]
    if size <= _SHORT:
        if first in _SEPARATOR_FIRST and _SEPARATOR.fullmatch(s):
            return _SEPARATOR_LINE
        if _is_noise(s) or (headline_open and _is_nav(s)):
            return _NOISE_LINE
        if size <= 80:
            agency = _source(s)
            if agency is not None:
                return _Guess(PartKind.SOURCE, agency)
    elif size <= _FOLLOW_MAX and first in "Ff" and _FOLLOW.match(s):  # IGNORECASE: only F
        return _NOISE_LINE
    folded = s[:60].casefold()
    # "Correction: ..." / "CORRECTION-..." first is a headline tag (AP, Reuters).
    opening = folded[:1]
    if folded.startswith(_CORRECTION_LEADS_BY_FIRST.get(opening, ())) and not (
        headline_open and folded[:10] == "correction"
    ):
        return _CORRECTION_LINE
    contributor, credit = _word_hints(s)
    if (contributor and _CONTRIBUTOR_MARK.search(s, 0, _CONTRIBUTOR_WINDOW)) or (
        first in _FILES_FIRST and _FILES_MARK.match(s)
    ):
        try:
            return _Guess(PartKind.CONTRIBUTORS, parse_contributors(s))
        except ParseError:
            pass
    mark = _CREDIT_MARK.search(s, max(0, size - _CREDIT_WINDOW)) if credit else None
    if mark is not None or (first in _CAPTION_PREFIX_FIRST and _CAPTION_PREFIX.match(s)):
        guess = _caption(s, mark)
        if guess is not None:
            return guess
    if folded.startswith(_NOTE_OR_SUPPORT_BY_FIRST.get(opening, ())) and (
        folded.startswith(_NOTE_LEADS_BY_FIRST.get(opening, ()))
        or (
            folded.startswith(_SUPPORT_LEADS_BY_FIRST.get(opening, ()))
            and _holds_any(s, noise.SUPPORT_NOTE_MARKS)
        )
    ):
        return _NOTE_LINE
    if (
        size <= _SHORT
        and (first in _BYLINE_FIRST or (first in "SW" and s.startswith(_BYLINE_WORDS)))
        and _BYLINE_LEAD.match(s)
    ):
        byline = read_byline(s)
        if byline is not None:
            return _Guess(PartKind.BYLINE, byline)
        if size <= 80 and _looks_unfinished(s):
            try:  # read again for the error, which says where reading stopped
                parse_byline(s)
            except ParseError as e:
                return _Guess(PartKind.UNKNOWN, error=e, looks_like=PartKind.BYLINE)
    elif header and (
        (size <= 100 and _BYLINE_TITLE.search(s))  # "MARIA CHENG AP medical writer"
        # After the headline, before the story: a bare name ("Rodrigo Campos", as
        # reuters.com prints bylines) or "Mia Rabson, The Canadian Press".
        or (not headline_open and size <= 80 and first.isupper() and s[-1].isalpha())
    ):
        byline = read_byline(s)
        if byline is not None:
            return _Guess(PartKind.BYLINE, byline)
    if (first == "(" or first.isalnum()) and _DATELINE_HINT.search(s, 0, 120):
        dateline = find_dateline(s[:_DATELINE_WINDOW])
        if dateline is not None:
            return _Guess(PartKind.DATELINE, dateline)
    if headline_open and size <= _SHORT and not (s.endswith(".") and len(s.split()) > 20):
        try:
            return _Guess(PartKind.HEADLINE, parse_headline(s))
        except ParseError:
            pass
    return _TEXT


# --- the story's structure --------------------------------------------------------------------

#: Kinds that may stand before the headline.
_BEFORE_HEADLINE = frozenset(
    {
        PartKind.BLANK,
        PartKind.NOISE,
        PartKind.SOURCE,
        PartKind.SEPARATOR,
        PartKind.CAPTION,
        PartKind.EDITORS_NOTE,
        PartKind.CORRECTION,
    }
)

#: How many lines of text may stand between the headline and the story's first paragraph.
_MAX_STANDFIRST = 3


#: Verbs that end a quotation's attribution: "“I can’t do that after 38 years,” he said".
_SPEECH_ENDS = (" said", " says", " added", " asked", " wrote")
#: Marks that close a quotation.
_QUOTE_CLOSES = ("”", '"')


def _ends_attributed(s: str) -> bool:
    """A quotation and its attribution, its full stop lost: a paragraph, not a subhead."""
    if not s.endswith(_SPEECH_ENDS):
        return False
    close = max(s.rfind(mark) for mark in _QUOTE_CLOSES)
    return close > 0 and any(ch.islower() for ch in s[close:])


def _is_subhead(s: str) -> bool:
    if len(s) > 100 or len(s.split()) > 14 or _ends_attributed(s):
        return False
    if any(ch.isalpha() for ch in s) and not any(ch.islower() for ch in s):
        return True
    return not s.endswith(_SENTENCE_END)


#: A word as ``str.split()`` sees one (the standard library's ``\s`` is ``str.isspace``).
_WORD = re.compile(r"\S+")


def _is_paragraph(s: str) -> bool:
    # Ten words or more, counted without copying the line: a 1 MB line is not cut up.
    return s.endswith(_SENTENCE_CLOSE) or sum(1 for _ in islice(_WORD.finditer(s), 10)) >= 10


def _lines(text: str) -> Iterator[tuple[str, str, int]]:
    """Each line of ``text`` as ``(raw, newline, start)``."""
    start = 0
    for end in _LINE_END.finditer(text):
        yield text[start : end.start()], end.group(), start
        start = end.end()
    if start < len(text):
        yield text[start:], "", start


def parse(text: str) -> Article:
    """Split a whole story into typed parts, one per line, losing nothing.

    Never raises on a ``str``: lines no parser reads are kept as ``UNKNOWN``
    (or ``BODY``, ``NOISE`` ...). ``str(parse(text)) == text`` for every text.

    Raises:
        TypeError: ``text`` is not a ``str``.

    >>> article = parse("Ad\\nAssociated Press\\n\\nTalks resume in Paris\\n")
    >>> [(p.kind.value, p.raw) for p in article.parts if p.raw]
    [('noise', 'Ad'), ('source', 'Associated Press'), ('headline', 'Talks resume in Paris')]
    >>> article.agency
    'AP'

    Only the lines are split here: kinds and values are decided when first read.
    """
    if not isinstance(text, str):  # callers without type checking
        msg = f"Expected a story as str, got {type(text).__name__}"  # type: ignore[unreachable]
        raise TypeError(msg)
    return _drafted(_Draft(text, _rows(text)))


def _classify_rows(rows: list[tuple[str, str, int]]) -> tuple[list[_Guess], str]:
    """Every line's guess and kind (one ``_KIND_CODES`` character per line)."""
    guesses: list[_Guess] = []
    texts: list[str] = []  # each line stripped
    headline_open = True
    header = True
    last = -1  # the index of the last non-blank line
    paragraphs = 0  # lines of text that read like paragraphs, counted in the header
    for raw, _, _ in rows:
        s = raw.strip()
        texts.append(s)
        if not s:
            guesses.append(_BLANK)
            continue
        guess = _classify(s, header=header, headline_open=headline_open)
        if header:  # what follows only matters before the story's first paragraph
            if guess.kind is None and last >= 0 and guesses[last].kind is PartKind.BYLINE:
                guess = _byline_title(texts[last], s, guesses, last)
            if guess.kind is None and _is_paragraph(s):
                paragraphs += 1
            header = guess.kind is not PartKind.DATELINE and paragraphs <= _MAX_STANDFIRST
        if headline_open and guess.kind not in _BEFORE_HEADLINE:
            headline_open = False
        guesses.append(guess)
        last = len(guesses) - 1
    return guesses, _structure(texts, guesses)


def _rows(text: str) -> list[tuple[str, str, int]]:
    """Each line of ``text`` as ``(raw, newline, start)``; as :func:`_lines`, faster on ``\\n``."""
    if "\r" in text:
        return list(_lines(text))
    rows = []
    start = 0
    for raw in text.split("\n"):
        rows.append((raw, "\n", start))
        start += len(raw) + 1
    last = rows[-1]
    if last[0]:
        rows[-1] = (last[0], "", last[2])
    else:
        rows.pop()
    return rows


def _byline_title(byline: str, s: str, guesses: list[_Guess], at: int) -> _Guess:
    """A title on the line under a byline (``AP Entertainment Writer``) joins the byline above.

    The byline's part then carries the whole byline; the title line is a byline
    part without a value.
    """
    if len(s) > 60 or not _BYLINE_TITLE.search(s):
        return _TEXT
    whole = read_byline(f"{byline}, {s}")
    if whole is None:
        return _TEXT
    guesses[at] = _Guess(PartKind.BYLINE, whole)
    return _Guess(PartKind.BYLINE)


def _is_contact_name(s: str, guesses: list[_Guess], at: int) -> bool:
    """Whether ``s``, a line of text in a contact block, is a name alone ("Ros Krasny").

    Two to four capitalised words, and a person's name by :func:`is_bare_name` or the
    block's end under it (no line of text follows before the end or another kind of
    line, as the story's copyright): a subhead under the block ("More Talks Ahead")
    leads a paragraph and stays.
    """
    if len(s) > _CONTACT_NAME_MAX or _CONTACT_NAME.fullmatch(s) is None:
        return False
    if is_bare_name(s.rstrip(";")):
        return True
    after = next((g for g in islice(guesses, at + 1, None) if g.kind is not PartKind.BLANK), None)
    return after is None or after.kind is not None


def _structure(texts: list[str], guesses: list[_Guess]) -> str:
    """The kind code of every line, text lines placed by where the story begins.

    ``texts`` are the lines stripped.
    """
    headline = next((i for i, g in enumerate(guesses) if g.kind is PartKind.HEADLINE), -1)
    if headline >= 0:
        headline = _repick_headline(texts, guesses, headline)
    text_at = [i for i, g in enumerate(guesses) if g.kind is None and i > headline]
    start = _story_start(guesses, headline, text_at)
    codes = _KIND_CODES
    standfirst, unknown = codes[PartKind.STANDFIRST], codes[PartKind.UNKNOWN]
    subhead, body = codes[PartKind.SUBHEAD], codes[PartKind.BODY]
    noise_code = codes[PartKind.NOISE]
    runs: dict[int, bool] = {}  # lines of a run of links read: whether it holds the frame
    contact = False  # in a contact block: its lead, then noise and blank lines only
    out: list[str] = []
    for i, (s, guess) in enumerate(zip(texts, guesses, strict=True)):
        kind = guess.kind
        if kind is not None:
            if kind is not PartKind.BLANK:
                contact = kind is PartKind.NOISE and (
                    contact or s.casefold().startswith(_CONTACT_LEADS)
                )
            out.append(codes[kind])
        elif contact and _is_contact_name(s, guesses, i):
            out.append(noise_code)  # "Ros Krasny": an editor named without an address
        elif len(s) <= _NAV_MAX and s.casefold() in _NAV_LINES and _in_chrome_run(texts, i, runs):
            out.append(noise_code)
        elif i < start:
            before = headline >= 0 and i > headline
            out.append(standfirst if before and _is_paragraph(s) else unknown)
        elif _is_subhead(s):
            out.append(subhead)
        else:
            out.append(body)
    return "".join(out)


#: How many words a line of a site's links may have ("Exclusive news, data and analytics
#: for financial market professionals", reuters.com's top bar, has nine).
_LINK_WORDS = 10
#: How many words a link under a one-word line taken as headline may have ("Global
#: development").
_KICKER_WORDS = 2
#: The fewest words of a headline taken from under a run of links.
_MIN_HEADLINE_WORDS = 3
#: The kinds that open a story's first paragraph or its credits, under its headline.
_STORY_ANCHORS = (PartKind.BYLINE, PartKind.DATELINE)


def _count_words(s: str, limit: int) -> int:
    """How many words ``s`` holds, counted up to ``limit`` (a long line is not cut up)."""
    return sum(1 for _ in islice(_WORD.finditer(s), limit))


def _repick_headline(texts: list[str], guesses: list[_Guess], headline: int) -> int:
    """The headline's index, moved down from a run of a site's links unknown to the tables.

    The first line that can be a headline was taken (``headline``). The story opens at
    the first byline or dateline under it, or else at its first sentence of ten words or
    more. When more than ``_MAX_STANDFIRST`` lines of text stand between the two (so the
    story cannot be placed under the headline taken), and the headline taken and the lines
    under it are short and none a sentence, they are a page's links ("Be Well",
    "Photography", "AP Investigations"); the first line with more words than each line of
    the run above it (three at least), no sentence, with at most ``_MAX_STANDFIRST`` lines
    of text between it and the story, is the headline. ``guesses`` is changed in place: the
    first guess becomes plain text, which :func:`_structure` keeps as ``UNKNOWN``. Else
    nothing changes.
    """
    size = len(guesses)
    anchor = headline + 1
    while anchor < size:
        guess = guesses[anchor]
        if guess.kind in _STORY_ANCHORS:
            break
        s = texts[anchor]
        if guess.kind is None and s.endswith(_SENTENCE_CLOSE) and not s.endswith("?"):
            if _count_words(s, _LINK_WORDS) >= _LINK_WORDS:
                break
            return headline  # a short sentence under the headline: no run of links
        anchor += 1
    if anchor == size:
        return headline  # no story under it to place: a list, a page of links
    between = [i for i in range(headline + 1, anchor) if guesses[i].kind is None]
    most = _count_words(texts[headline], _LINK_WORDS + 1)  # the most words of the run yet
    # A one-word line taken (a section's name, a kicker: "Inequality", "Analysis") gives way
    # to a longer line under it even where the story would stand under it, when the lines
    # between are links of one or two words.
    word = most == 1
    limit = _KICKER_WORDS if word else _LINK_WORDS
    if not between or (not word and len(between) <= _MAX_STANDFIRST):
        return headline  # the story stands under the headline taken: keep it
    if most > _LINK_WORDS or texts[headline].endswith(_SENTENCE_CLOSE):
        return headline
    for n, i in enumerate(between):
        s = texts[i]
        words = _count_words(s, _LINK_WORDS + 1)
        question = s.endswith("?")  # "Could Democratic Socialism Take Control ...?"
        if words > most and words >= _MIN_HEADLINE_WORDS and len(s) <= _SHORT:
            if len(between) - n - 1 > _MAX_STANDFIRST or (
                s.endswith(_SENTENCE_CLOSE) and not question
            ):
                return headline  # the story would not stand under it either
            try:
                value = parse_headline(s)
            except ParseError:
                return headline
            guesses[headline] = _TEXT
            guesses[i] = _Guess(PartKind.HEADLINE, value)
            return i
        if words > limit or (s.endswith(_SENTENCE_CLOSE) and not question):
            return headline
        most = max(most, words)
    return headline


def _story_start(guesses: list[_Guess], headline: int, text_at: list[int]) -> int:
    """The index of the story's first paragraph (``len(guesses)`` when it has none)."""

    def texts_before(i: int) -> int:
        return sum(1 for t in text_at if t < i)

    dateline = next((i for i, g in enumerate(guesses) if g.kind is PartKind.DATELINE), -1)
    byline = next(
        (i for i, g in enumerate(guesses) if g.kind is PartKind.BYLINE and i > headline), -1
    )
    after_byline = next((t for t in text_at if t > byline), len(guesses))
    if dateline > headline and texts_before(dateline) <= _MAX_STANDFIRST:
        # A dek stands before the byline: text between byline and dateline is the story.
        return after_byline if headline < byline < after_byline < dateline else dateline
    if byline >= 0 and texts_before(byline) <= _MAX_STANDFIRST:
        return after_byline
    return text_at[0] if text_at else len(guesses)
