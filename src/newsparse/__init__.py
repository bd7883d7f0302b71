"""newsparse: news-agency wire copy as typed, validated data.

Line parsers read one part of a story each and raise :class:`ParseError` on
anything else; :func:`parse` reads a whole story, never raises on text, and
keeps every line; :func:`validate` says whether a story is well formed.

    >>> from newsparse import parse_dateline
    >>> parse_dateline("BEIRUT (AP) — Syrian and Israeli officials are set to resume talks.").city
    'BEIRUT'
"""

from __future__ import annotations

from newsparse.article import Article, Part, PartKind, parse
from newsparse.batch import parse_many
from newsparse.byline import Byline, Person, parse_byline
from newsparse.caption import Caption, Credit, parse_caption
from newsparse.contributors import Contribution, ContributorLine, parse_contributors
from newsparse.dateline import Dateline, parse_dateline
from newsparse.errors import ParseError
from newsparse.headline import Headline, parse_headline
from newsparse.validate import Diagnostic, validate

__all__ = [
    "Article",
    "Byline",
    "Caption",
    "Contribution",
    "ContributorLine",
    "Credit",
    "Dateline",
    "Diagnostic",
    "Headline",
    "ParseError",
    "Part",
    "PartKind",
    "Person",
    "parse",
    "parse_byline",
    "parse_caption",
    "parse_contributors",
    "parse_dateline",
    "parse_headline",
    "parse_many",
    "validate",
]
__version__ = "0.1.0.dev0"
