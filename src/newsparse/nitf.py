"""A story as a NITF 3.6 document (IPTC News Industry Text Format): :func:`to_nitf`.

What goes where::

    head/title                   the headline
    body.head/hedline/hl1        the headline (its wire tags left out)
    body.head/byline             "By", a <person> per author, <byttl> with title and affiliation,
                                 <location> with the place the authors filed from
    body.head/distributor/org    the story's agency, by its full name
    body.head/dateline           a <location> per place (<city>, <state> or <country>
                                 with its ISO code, else <region>), <story.date> as written
    body.head/abstract/p         a standfirst (dek) between headline and story
    body.content                 in story order: a <p> per paragraph, <hl2> per subhead,
                                 <media media-type="image"> per caption, with
                                 <media-caption> and <media-producer> (the credit)
    body.end/tagline             the contributor lines, <br/> between them, names as <person>

Text is escaped by :mod:`xml.etree.ElementTree`; characters XML 1.0 cannot carry
(control characters other than tab, lone surrogates) are dropped, so the
document is always well formed::

    >>> from newsparse import parse
    >>> story = "Cats & dogs <win>\\n\\nBEIRUT (AP) — Officials met.\\nTalks\\x07 went on.\\n"
    >>> print(to_nitf(parse(story)), end="")
    <?xml version="1.0" encoding="UTF-8"?>
    <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/" version="-//IPTC//DTD NITF 3.6//EN">
      <head>
        <title>Cats &amp; dogs &lt;win&gt;</title>
      </head>
      <body>
        <body.head>
          <hedline>
            <hl1>Cats &amp; dogs &lt;win&gt;</hl1>
          </hedline>
          <distributor>
            <org>Associated Press</org>
          </distributor>
          <dateline>
            <location>
              <city>BEIRUT</city>
              <country iso-cc="LB" />
            </location>
          </dateline>
        </body.head>
        <body.content>
          <p>BEIRUT (AP) — Officials met.</p>
          <p>Talks went on.</p>
        </body.content>
      </body>
    </nitf>
"""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

import regex

from newsparse._lookup import find_agency
from newsparse.article import PartKind
from newsparse.caption import Caption
from newsparse.contributors import ContributorLine

if TYPE_CHECKING:
    from newsparse.article import Article
    from newsparse.byline import Byline
    from newsparse.dateline import Dateline

__all__ = ["NITF_NS", "NITF_VERSION", "to_nitf"]

#: The NITF 3.x namespace (the same for NITF 3.4 to 3.6).
NITF_NS = "http://iptc.org/std/NITF/2006-10-18/"

#: The ``version`` attribute of the root element for NITF 3.6.
NITF_VERSION = "-//IPTC//DTD NITF 3.6//EN"

#: Characters XML 1.0 cannot carry at all, even escaped.
_NOT_XML = regex.compile(r"[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

#: Regions that are a state or province when the dateline's country is one of these.
_STATE_COUNTRIES = ("US", "CA")

#: Elements of mixed content: no indentation is added inside them.
_MIXED = ("byline", "tagline")


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrib: str) -> ET.Element:
    element = ET.SubElement(
        parent, tag, {k.replace("_", "-"): _clean(v) for k, v in attrib.items()}
    )
    if text is not None:
        element.text = _clean(text)
    return element


def _append_text(parent: ET.Element, text: str) -> None:
    """Append ``text`` to the mixed content of ``parent``, after its last child."""
    text = _clean(text)
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _byline(parent: ET.Element, byline: Byline) -> None:
    element = _sub(parent, "byline", "By ")
    names = [author.name for author in byline.authors]
    for i, name in enumerate(names):
        if i:
            _append_text(element, " and " if i == len(names) - 1 else ", ")
        _sub(element, "person", name)
    title = ", ".join(part for part in (byline.title, byline.affiliation) if part)
    if title:
        _append_text(element, ", ")
        _sub(element, "byttl", title)
    if byline.place is not None:  # "By Jane Doe in London"  "..., BBC News, Washington"
        _append_text(element, ", " if title else " in ")
        _sub(element, "location", byline.place)


def _dateline(parent: ET.Element, dateline: Dateline) -> None:
    element = _sub(parent, "dateline")
    code = dateline.country
    for location, place in zip(dateline.locations, dateline.places, strict=True):
        where = _sub(element, "location")
        _sub(where, "city", place)
        region = location[len(place) :].lstrip(" ,") or None
        iso = {"iso_cc": code} if code is not None else {}
        if region is not None and code in _STATE_COUNTRIES:
            _sub(where, "state", region)
            _sub(where, "country", **iso)
        elif region is not None and code is not None:
            _sub(where, "country", region, **iso)
        elif region is not None:
            _sub(where, "region", region)
        elif code is not None:
            _sub(where, "country", **iso)
    if dateline.date is not None:
        _sub(element, "story.date", dateline.date)


def _media(parent: ET.Element, caption: Caption) -> None:
    media = _sub(parent, "media", media_type="image")
    _sub(media, "media-caption", caption.text)
    if caption.credit is not None:
        _sub(media, "media-producer", caption.credit.raw)


def _tagline_line(tagline: ET.Element, raw: str, line: ContributorLine) -> None:
    """One contributor line as written, each person's name the parser found marked as ``person``."""
    start, end = line.span if line.span != (0, 0) else (0, len(raw))
    text, at = raw[start:end] if 0 <= start <= end <= len(raw) else raw.strip(), 0
    # An agency's own part ("With files from Reuters") names no person.
    spans = sorted(c.span for c in line.contributions if c.name is not None)
    if not all(start <= a < b <= end for a, b in spans) or any(
        b > c for (_, b), (c, _) in itertools.pairwise(spans)
    ):
        spans = []  # spans that do not point into the line: keep it as plain text
    for a, b in spans:
        _append_text(tagline, text[at : a - start])
        _sub(tagline, "person", text[a - start : b - start])
        at = b - start
    _append_text(tagline, text[at:])


def _indent(element: ET.Element, level: int = 0) -> None:
    """Indent elements that hold only elements; leave mixed content and text as they are."""
    if not len(element) or element.tag in _MIXED:
        return
    element.text = "\n" + "  " * (level + 1)
    for child in element:
        _indent(child, level + 1)
        child.tail = "\n" + "  " * (level + 1)
    element[-1].tail = "\n" + "  " * level


def to_nitf(article: Article, *, indent: bool = True) -> str:
    """The story as a NITF 3.6 XML document, with its XML declaration.

    With ``indent=False`` the document is on one line (stories have no line
    breaks inside their parts), as ``newsparse parse --format nitf`` prints
    several stories.
    """
    # Elements are built without a namespace and the default one declared on the root:
    # ElementTree's default_namespace option refuses the unqualified attributes NITF uses.
    root = ET.Element("nitf", {"xmlns": NITF_NS, "version": NITF_VERSION})
    head = _sub(root, "head")
    body = _sub(root, "body")
    body_head = _sub(body, "body.head")
    headline = article.headline
    if headline is not None:
        _sub(head, "title", headline.text)
        _sub(_sub(body_head, "hedline"), "hl1", headline.text)
    for byline in article.bylines:
        _byline(body_head, byline)
    if article.agency is not None:
        row = find_agency(article.agency)
        _sub(_sub(body_head, "distributor"), "org", row.name if row else article.agency)
    if article.dateline is not None:
        _dateline(body_head, article.dateline)
    standfirst = article.of_kind(PartKind.STANDFIRST)
    if standfirst:
        abstract = _sub(body_head, "abstract")
        for part in standfirst:
            _sub(abstract, "p", part.text)
    content = _sub(body, "body.content")
    tagline: ET.Element | None = None
    for part in article.parts:
        if part.kind in (PartKind.DATELINE, PartKind.BODY):
            _sub(content, "p", part.text)
        elif part.kind is PartKind.SUBHEAD:
            _sub(content, "hl2", part.text)
        elif part.kind is PartKind.CAPTION and isinstance(part.value, Caption):
            _media(content, part.value)
        elif part.kind is PartKind.CONTRIBUTORS and isinstance(part.value, ContributorLine):
            if tagline is None:
                tagline = _sub(_sub(body, "body.end"), "tagline")
            else:
                _sub(tagline, "br")
            _tagline_line(tagline, part.raw, part.value)
    if indent:
        _indent(root)
    xml = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{xml}\n'
