"""A story as schema.org ``NewsArticle`` JSON-LD: :func:`to_jsonld`.

What goes where (a key is left out when the story has nothing for it):

- ``headline``: the headline's text, its wire tags left out.
- ``author``: a ``Person`` per byline author, with ``jobTitle`` (the byline's
  title as written) and ``affiliation`` (an ``Organization``: the byline's
  affiliation, else the agency a title such as ``AP Medical Writer`` names) and
  ``workLocation`` (a ``Place``: the byline's place, "By Jane Doe in London").
- ``dateline``: the dateline as written, without its dash: ``"BEIRUT (AP)"``.
- ``contributor``: per contributor-line name a ``Role`` with ``roleName``
  (``"writer"``, ``"editing"`` ...) around the ``Person`` (``affiliation``,
  ``workLocation``); a bare ``Person`` when the line names no role.
- ``image``: an ``ImageObject`` per caption, with ``caption``, ``creditText``
  (the credit as written) and ``creator`` (a ``Person`` per photographer, else
  the credited agency as an ``Organization``).
- ``articleBody``: the paragraphs as written, a blank line between them.
- ``sourceOrganization``: the story's agency as an ``Organization``.

    >>> from newsparse import parse
    >>> story = "Talks resume\\nBy JANE DOE, AP Writer\\nBEIRUT (AP) — They met.\\n"
    >>> data = to_jsonld(parse(story))
    >>> data["@type"], data["headline"], data["dateline"]
    ('NewsArticle', 'Talks resume', 'BEIRUT (AP)')
    >>> author = data["author"][0]
    >>> author["name"], author["jobTitle"], author["affiliation"]["name"]
    ('Jane Doe', 'AP Writer', 'Associated Press')
    >>> data["sourceOrganization"]
    {'@type': 'Organization', 'name': 'Associated Press', 'alternateName': 'AP'}
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsparse._lookup import find_agency
from newsparse.contributors import _is_scope

if TYPE_CHECKING:
    from newsparse.article import Article
    from newsparse.byline import Byline
    from newsparse.caption import Caption
    from newsparse.contributors import Contribution

__all__ = ["CONTEXT", "to_jsonld"]

#: The ``@context`` of the documents :func:`to_jsonld` makes.
CONTEXT = "https://schema.org"


def _organization(form: str) -> dict[str, Any]:
    """An ``Organization``: an agency by its full name and short form, else as written."""
    row = find_agency(form)
    if row is None:
        return {"@type": "Organization", "name": form}
    data = {"@type": "Organization", "name": row.name}
    if row.short != row.name:
        data["alternateName"] = row.short
    return data


def _place(name: str) -> dict[str, Any]:
    """A ``Place`` by its name as written."""
    return {"@type": "Place", "name": name}


def _authors(byline: Byline) -> list[dict[str, Any]]:
    affiliation = byline.affiliation
    if affiliation is None and byline.title:
        # "AP Medical Writer": the title names the agency the author writes for.
        first = byline.title.split()[0]
        affiliation = first if find_agency(first) is not None else None
    people = []
    for author in byline.authors:
        person: dict[str, Any] = {"@type": "Person", "name": author.name}
        if byline.title:
            person["jobTitle"] = byline.title
        if affiliation is not None:
            organization = _organization(affiliation)
            organization.pop("alternateName", None)
            person["affiliation"] = organization
        if byline.place is not None:  # "By Jane Doe in London": where she filed from
            person["workLocation"] = _place(byline.place)
        people.append(person)
    return people


def _contributor(contribution: Contribution) -> dict[str, Any]:
    person: dict[str, Any]
    location = contribution.location
    if contribution.name is None:
        # An agency's own part ("With files from Reuters") or a group of its staff ("AP
        # journalists around the world"): the Organization, at a place where one is named
        # ("Reuters reporters in London"); a scope as written is no Place.
        person = {"@type": "Organization", "name": contribution.affiliation}
        if location is not None and not _is_scope(location):
            person["location"] = _place(location)
        location = None
    else:
        person = {"@type": "Person", "name": contribution.name}
        if contribution.affiliation is not None:
            person["affiliation"] = {"@type": "Organization", "name": contribution.affiliation}
    if location is not None:
        person["workLocation"] = _place(location)
    if contribution.role is None:
        return person
    return {"@type": "Role", "roleName": contribution.role, "contributor": person}


def _image(caption: Caption) -> dict[str, Any]:
    image: dict[str, Any] = {"@type": "ImageObject", "caption": caption.text}
    credit = caption.credit
    if credit is not None:
        image["creditText"] = credit.raw
        if credit.photographers:
            image["creator"] = [{"@type": "Person", "name": n} for n in credit.photographers]
        elif credit.agency is not None:
            image["creator"] = [_organization(credit.agency)]
    return image


def to_jsonld(article: Article) -> dict[str, Any]:
    """The story as a schema.org ``NewsArticle``, ready for :func:`json.dumps`."""
    data: dict[str, Any] = {"@context": CONTEXT, "@type": "NewsArticle"}
    if article.headline is not None:
        data["headline"] = article.headline.text
    authors = [person for byline in article.bylines for person in _authors(byline)]
    if authors:
        data["author"] = authors
    dateline = article.dateline
    if dateline is not None:
        data["dateline"] = str(dateline).removesuffix(dateline.dash).strip()
    contributors = [_contributor(c) for line in article.contributors for c in line.contributions]
    if contributors:
        data["contributor"] = contributors
    if article.captions:
        data["image"] = [_image(caption) for caption in article.captions]
    if article.body:
        data["articleBody"] = "\n\n".join(article.body)
    if article.agency is not None:
        data["sourceOrganization"] = _organization(article.agency)
    return data
