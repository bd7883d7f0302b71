"""Month names and abbreviations as datelines write them, in English, German, French and Spanish.

Data only. Each month number maps to every written form, without the
abbreviation point: grammars accept an optional ``.`` after any form and match
without regard to case, so ``Sept.``, ``SEPT``, ``sep``, ``März``, ``mars``
and ``ene`` are all found here once.

Sources:
    English: AP Stylebook "months" entry (``Jan.``, ``Feb.``, ``Aug.``, ``Sept.``,
    ``Oct.``, ``Nov.``, ``Dec.``; March to July spelled out), the three-letter forms
    of Reuters copy (``Feb 26``, ``Sep``, Reuters-21578 in ``shared/corpus/``).
    German: Duden month names and their usual abbreviations (``Jan.``, ``Feb.``,
    ``Mrz.``, ``Okt.``, ``Dez.``), ``Jänner``/``Feber`` of Austrian copy, ``Maerz``
    of ASCII copy (dpa, APA).
    French: Académie française month names and the abbreviations of the
    Imprimerie nationale (``janv.``, ``févr.``, ``avr.``, ``juil.``, ``déc.``) (AFP).
    Spanish: RAE month names and their three-letter abbreviations (``ene``,
    ``abr``, ``ago``, ``dic``), ``setiembre``/``set`` of Latin American copy (EFE).
"""

from __future__ import annotations

__all__ = ["MONTHS"]

MONTHS: dict[int, tuple[str, ...]] = {
    1: ("January", "Jan", "Januar", "Jänner", "Jän", "janvier", "janv", "enero", "ene"),
    2: (
        "February",
        "Feb",
        "Februar",
        "Feber",
        "février",
        "fevrier",
        "févr",
        "fevr",
        "fév",
        "febrero",
    ),
    3: ("March", "Mar", "März", "Maerz", "Mrz", "mars", "marzo"),
    4: ("April", "Apr", "avril", "avr", "abril", "abr"),
    5: ("May", "Mai", "mayo"),
    6: ("June", "Jun", "Juni", "juin", "junio"),
    7: ("July", "Jul", "Juli", "juillet", "juil", "julio"),
    8: ("August", "Aug", "août", "aout", "agosto", "ago"),
    9: ("September", "Sept", "Sep", "septembre", "septiembre", "setiembre", "set"),
    10: ("October", "Oct", "Oktober", "Okt", "octobre", "octubre"),
    11: ("November", "Nov", "novembre", "noviembre"),
    12: ("December", "Dec", "Dezember", "Dez", "décembre", "decembre", "déc", "diciembre", "dic"),
}
