"""Regions after a city and a comma that the dateline place tables do not list; place connectors.

"Sydney, New South Wales", "Ramallah, West Bank", "Pristina, Kosovo". The
contributor grammar takes its regions from :mod:`newsparse._tables.places`
(US states and their abbreviations, Canadian provinces, countries) and from
this table, to tell the region of a place from the next name of a list
("... in Ankara, Turkey, Zeynep Bilginsoy in Istanbul ..."). Data only;
matched as written (case matters: "Victoria", not "victoria").

Sources: the Australian states and territories; ISO 3166-1 English short names
of the smaller countries; territories and regions that AP and Reuters copy
writes after a city ("Gaza", "West Bank", "Crimea", "Kurdistan", "Puerto Rico",
"U.S. Virgin Islands"); "the Netherlands" and "the Philippines" as AP writes
them in running text.
The place connectors are the lower-case words of place names in the contributor
lines and datelines of ``shared/corpus/`` and of the AP dateline lists in
``shared/CONVENTIONS.md`` ("Rio de Janeiro", "the United Nations").
"""

from __future__ import annotations

__all__ = ["EXTRA_REGIONS", "PLACE_CONNECTORS"]

EXTRA_REGIONS: tuple[str, ...] = (
    # Australian states and territories
    "New South Wales", "Queensland", "South Australia", "Tasmania", "Victoria",
    "Western Australia", "Northern Territory", "Australian Capital Territory",
    # Countries and territories written after a city
    "Andorra", "Antigua and Barbuda", "Barbados", "Cape Verde", "Comoros", "Congo",
    "Dominica", "East Timor", "Equatorial Guinea", "Eswatini", "Swaziland", "Greenland",
    "Grenada", "Guinea-Bissau", "Kiribati", "Kosovo", "Lesotho", "Marshall Islands",
    "Micronesia", "Nauru", "Palau", "Samoa", "Seychelles", "Solomon Islands", "Suriname",
    "Tonga", "Tuvalu", "Vanuatu",
    "Gaza", "Gaza Strip", "West Bank", "Palestine", "Crimea", "Kurdistan",
    "Puerto Rico", "PR", "U.S. Virgin Islands",
    "the Netherlands", "the Philippines",
)  # fmt: skip

#: Lower-case words inside a place name: "Rio de Janeiro", "Isle of Man",
#: "Frankfurt am Main", "Stratford upon Avon", "the United Nations".
PLACE_CONNECTORS: tuple[str, ...] = (
    "of", "the", "de", "del", "della", "da", "do", "dos", "das", "di", "du", "des", "la",
    "le", "les", "el", "al", "am", "im", "sur", "y", "upon", "en",
)  # fmt: skip
