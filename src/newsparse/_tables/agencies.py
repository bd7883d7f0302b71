"""News and photo agencies: who they are and the forms they sign with.

Data only. Adding an agency is adding a row: the dateline, byline, credit and
tagline grammars build their word lists from this table. Forms are matched
without regard to case (``(AP)``, ``(ap)``), so list each spelling once.

Sources: each agency's own style of dateline and credit as seen in its copy
(``shared/CONVENTIONS.md``, the corpus in ``shared/corpus/``), the AP
Stylebook "datelines" entry, Reuters' and Getty Images' credit lines.
"""

from __future__ import annotations

from newsparse._types import Agency

__all__ = ["AGENCIES", "UNDASHED_TAGS"]

_NEWS = ("news",)
_PHOTO = ("photo",)
_NEWS_PHOTO = ("news", "photo")
_DISTRIBUTOR = ("photo", "distributor")

AGENCIES: tuple[Agency, ...] = (
    # "BEIRUT (AP) —", "(AP Photo/Matias Delacroix, File)", "Associated Press writer ...";
    # stills from AP video: "(AP Video/Aaron Favila)"; AP Images, its picture service,
    # distributes partners' pictures: "(Sipa via AP Images)"
    Agency(
        "Associated Press",
        "AP",
        ("The Associated Press",),
        ("AP Photo", "AP Video", "AP Images"),
        "US",
        _NEWS_PHOTO,
    ),
    # "LONDON, March 3 (Reuters) -", "REUTERS/Name", "Reuters TV/via REUTERS";
    # 1987 copy signs "Reuter": "TOKYO, March 26, Reuter -", "By Nelson Graves, Reuter".
    # Its commentary service signs its own tag and reads as Reuters: "WASHINGTON, Jan 3
    # (Reuters Breakingviews) - Defunct blood-testing startup ..." (breakingviews.com copy in
    # news-API dumps). Not Reuters Health ("NEW YORK (Reuters Health) -"): as a form it
    # would make "Reuters health writer Jane Doe contributed" read the agency "Reuters
    # Health" and the title "writer". Not IFR or LPC, also Reuters services: "(IFR)" and
    # "(LPC)" are common acronyms (infection fatality rate, Licensed Professional
    # Counselor) in prose.
    Agency(
        "Reuters",
        "Reuters",
        ("Thomson Reuters", "Reuters TV", "Reuter", "Reuters Breakingviews"),
        ("REUTERS",),
        "GB",
        _NEWS_PHOTO,
    ),
    # "Paris (AFP) -", "Name/AFP via Getty Images"
    Agency(
        "Agence France-Presse", "AFP", ("Agence France Presse",), ("AFP Photo",), "FR", _NEWS_PHOTO
    ),
    # "WASHINGTON, Jan. 5 (UPI) --", "UPI Photo/Name"
    Agency("United Press International", "UPI", (), ("UPI Photo",), "US", _NEWS_PHOTO),
    # "(Bloomberg) --", "Photographer: Name/Bloomberg"
    Agency("Bloomberg", "Bloomberg", ("Bloomberg News",), (), "US", _NEWS_PHOTO),
    # "Berlin (dpa) -", "Foto: Name/dpa"
    Agency("Deutsche Presse-Agentur", "dpa", ("dpa-AFX",), (), "DE", _NEWS_PHOTO),
    # "LONDON (PA) -", "Name/PA Wire"
    Agency(
        "PA Media",
        "PA",
        ("Press Association", "PA Wire", "PA Images"),
        ("PA Wire",),
        "GB",
        _NEWS_PHOTO,
    ),
    # "TORONTO (CP) -", "THE CANADIAN PRESS/Name"
    Agency(
        "The Canadian Press", "CP", ("Canadian Press",), ("THE CANADIAN PRESS",), "CA", _NEWS_PHOTO
    ),
    # "SYDNEY (AAP) -", "AAP Image/Name", "(Name/AAP PHOTOS)"
    Agency(
        "Australian Associated Press", "AAP", (), ("AAP Image", "AAP PHOTOS"), "AU", _NEWS_PHOTO
    ),
    # "ROMA (ANSA) -", "ANSA/Name"
    Agency("Agenzia Nazionale Stampa Associata", "ANSA", (), (), "IT", _NEWS_PHOTO),
    # "Madrid, 5 ene (EFE).-", "EFE/Name"
    Agency("Agencia EFE", "EFE", (), (), "ES", _NEWS_PHOTO),
    # "TOKYO (Kyodo) --", "(Kyodo)"
    Agency("Kyodo News", "Kyodo", (), (), "JP", _NEWS_PHOTO),
    # "SEOUL, Jan. 5 (Yonhap) --", "(Yonhap)"
    Agency("Yonhap News Agency", "Yonhap", (), (), "KR", _NEWS_PHOTO),
    # "BEIJING, Jan. 5 (Xinhua) --", "(Xinhua/Name)"
    Agency("Xinhua News Agency", "Xinhua", (), (), "CN", _NEWS_PHOTO),
    # "MOSCOW (TASS) -", "Name/TASS/dpa/picture alliance"
    Agency("TASS", "TASS", ("ITAR-TASS",), (), "RU", _NEWS_PHOTO),
    # "WARSZAWA (PAP) -", "PAP/Name"
    Agency("Polska Agencja Prasowa", "PAP", (), (), "PL", _NEWS_PHOTO),
    # "ANKARA (AA) -", "Name/Anadolu via Getty Images"
    Agency("Anadolu Agency", "Anadolu", ("AA", "Anadolu Ajansi"), (), "TR", _NEWS_PHOTO),
    # "EPA/NAME", "EPA-EFE/NAME"
    Agency("European Pressphoto Agency", "EPA", ("EPA-EFE",), ("EPA", "EPA-EFE"), "DE", _PHOTO),
    # "(Photo by Name/Getty Images)", "Name/AFP via Getty Images", "Picture: Name/Getty"
    Agency("Getty Images", "Getty Images", (), ("Getty",), "US", _DISTRIBUTOR),
    # "Bild: Name/TASS/dpa/picture alliance"
    Agency("picture alliance", "picture alliance", ("picture-alliance",), (), "DE", _DISTRIBUTOR),
    # "Name/Shutterstock", "Name/REX/Shutterstock"
    Agency(
        "Shutterstock",
        "Shutterstock",
        ("REX/Shutterstock", "REX Shutterstock"),
        (),
        "US",
        _DISTRIBUTOR,
    ),
    # "(AP Photo/Name, Pool)", "Name/Pool Photo via AP": a shared pool, not an agency of its own
    Agency("Pool", "Pool", ("Pool Photo",), (), None, ("pool",)),
    # Further agencies seen in wire copy and credit lines.
    Agency("Interfax", "Interfax", (), (), "RU", _NEWS),
    Agency("RIA Novosti", "RIA Novosti", ("RIA",), (), "RU", _NEWS_PHOTO),
    Agency("Sputnik", "Sputnik", (), (), "RU", _NEWS_PHOTO),
    Agency("Press Trust of India", "PTI", (), (), "IN", _NEWS_PHOTO),
    Agency("Indo-Asian News Service", "IANS", (), (), "IN", _NEWS),
    Agency("Asian News International", "ANI", (), (), "IN", _NEWS),
    Agency("Jiji Press", "Jiji", ("Jiji Press",), (), "JP", _NEWS_PHOTO),
    Agency("Agenzia Italia", "AGI", (), (), "IT", _NEWS),
    Agency("Austria Presse Agentur", "APA", (), (), "AT", _NEWS_PHOTO),
    Agency("Keystone-SDA", "Keystone-SDA", ("SDA", "Keystone"), (), "CH", _NEWS_PHOTO),
    Agency("Belga", "Belga", (), (), "BE", _NEWS_PHOTO),
    Agency("Algemeen Nederlands Persbureau", "ANP", (), (), "NL", _NEWS_PHOTO),
    Agency("Ritzau", "Ritzau", ("Ritzau Scanpix",), (), "DK", _NEWS_PHOTO),
    Agency("NTB", "NTB", ("NTB Scanpix",), (), "NO", _NEWS_PHOTO),
    Agency("TT News Agency", "TT", (), (), "SE", _NEWS_PHOTO),
    Agency("Lusa", "Lusa", (), (), "PT", _NEWS_PHOTO),
    Agency("CTK", "CTK", (), (), "CZ", _NEWS_PHOTO),
    Agency("MTI", "MTI", (), (), "HU", _NEWS_PHOTO),
    Agency("Agerpres", "Agerpres", (), (), "RO", _NEWS),
    Agency("Ukrinform", "Ukrinform", (), (), "UA", _NEWS),
    Agency("Notimex", "Notimex", (), (), "MX", _NEWS),
    Agency("Bernama", "Bernama", (), (), "MY", _NEWS),
    Agency("Antara", "Antara", (), (), "ID", _NEWS_PHOTO),
    Agency("Philippine News Agency", "PNA", (), (), "PH", _NEWS),
    # "TAIPEI (CNA) -" is Taiwan's Central News Agency (focustaiwan.tw), "NICOSIA (CNA) -" the
    # Cyprus News Agency (cna.org.cy): the form names both, so the row names no country and
    # no full name (the dateline's place still gives ``Dateline.country``).
    Agency("CNA", "CNA", (), (), None, _NEWS),
    Agency("WAFA", "WAFA", (), (), "PS", _NEWS),
    Agency("Korean Central News Agency", "KCNA", (), (), "KP", _NEWS_PHOTO),
    Agency("Islamic Republic News Agency", "IRNA", (), (), "IR", _NEWS),
    # "TEHRAN (FNA)- The Syrian Government forces ..." (en.farsnews.com, in news-API dumps);
    # "TEHRAN (Tasnim) – Italian police issued ..." (tasnimnews.com English). Not Mehr's
    # "TEHRAN, Apr. 29 (MNA) –": MNA is also a Member of the National Assembly (Quebec,
    # Pakistan), as in "Liberal MNA ..." and "Ali Khan (MNA): ...".
    Agency("Fars News Agency", "FNA", (), (), "IR", _NEWS),
    Agency("Tasnim News Agency", "Tasnim", (), (), "IR", _NEWS),
    Agency("Middle East News Agency", "MENA", (), (), "EG", _NEWS),
    Agency("Saudi Press Agency", "SPA", (), (), "SA", _NEWS),
    Agency("Emirates News Agency", "WAM", (), (), "AE", _NEWS),
    # National agencies whose English service signs in parentheses, each form as its own
    # copy writes it: "Hanoi (VNA) - Prime Minister ..." (vietnamplus.vn / VNA English);
    # "NEW YORK (JTA) — ..." (jta.org); "MINSK, 3 April (BelTA) - ..." (belta.by);
    # "The Vatican, April 26 (BTA) – ..." (bta.bg English service).
    Agency("Vietnam News Agency", "VNA", (), (), "VN", _NEWS_PHOTO),
    Agency("Jewish Telegraphic Agency", "JTA", (), (), "US", _NEWS),
    Agency("Belarusian Telegraph Agency", "BelTA", (), (), "BY", _NEWS),
    Agency("Bulgarian News Agency", "BTA", (), (), "BG", _NEWS),
    # "KUWAIT, Jan 9 (KUNA) --" (kuna.net.kw copy as menafn.com carries it);
    # "CHATTOGRAM, May 6, 2019 (BSS) – A memorandum ..." (bssnews.net);
    # "Washington, Aug 24 (Prensa Latina) President Joe Biden ..." (plenglish.com, no dash);
    # "MADRID, 1 Abr. (EUROPA PRESS) -" (europapress.es); "Roma, 17 mar. (Adnkronos) -"
    # (adnkronos.com, in boilerpipe's extractor tests).
    Agency("Kuwait News Agency", "KUNA", (), (), "KW", _NEWS_PHOTO),
    Agency("Bangladesh Sangbad Sangstha", "BSS", (), (), "BD", _NEWS),
    Agency("Prensa Latina", "Prensa Latina", (), (), "CU", _NEWS),
    Agency("Europa Press", "Europa Press", (), (), "ES", _NEWS_PHOTO),
    Agency("Adnkronos", "Adnkronos", (), (), "IT", _NEWS),
    Agency("Dow Jones Newswires", "Dow Jones", (), (), "US", _NEWS),
    # "KABUL (Pajhwok): The European Union announced ...", "KABUL/JALALABAD (Pajhwok): Six
    # people ...", "KABUL (PAJHWOK): Around 23,000 ..." (pajhwok.com/en), a colon after the
    # tag. Not its older "KABUL (PAN):": "pan" is a word.
    Agency("Pajhwok Afghan News", "Pajhwok", (), (), "AF", _NEWS),
    # "Washington (CNN) - President Barack Obama ..." (politicalticker.blogs.cnn.com), later
    # with no dash: "Washington (CNN)The president ..." (see UNDASHED_TAGS); its money site:
    # "NEW YORK (CNNMoney) -- CNBC's outspoken financial adviser ..." (newspaper4k's tests).
    Agency("CNN", "CNN", ("CNNMoney",), (), "US", _NEWS),
    Agency("Caters News", "Caters", (), (), "GB", _PHOTO),
    Agency("SWNS", "SWNS", (), (), "GB", _PHOTO),
    Agency("NurPhoto", "NurPhoto", (), (), None, _PHOTO),
    Agency("SOPA Images", "SOPA Images", (), (), None, _PHOTO),
    Agency("LightRocket", "LightRocket", (), (), None, _PHOTO),
    Agency("ZUMA Press", "ZUMA Press", ("ZUMA Wire", "ZUMA Press Wire", "ZUMA"), (), "US", _PHOTO),
    Agency("imago images", "IMAGO", ("imago", "imago images"), (), "DE", _DISTRIBUTOR),
    Agency("Alamy", "Alamy", ("Alamy Stock Photo", "Alamy Live News"), (), "GB", _DISTRIBUTOR),
    Agency("Sipa", "Sipa", ("SIPA Press", "Sipa USA"), (), "FR", _PHOTO),
    Agency("Abaca Press", "Abaca", ("ABACAPRESS",), (), "FR", _PHOTO),
    Agency("Gamma-Rapho", "Gamma-Rapho", (), (), "FR", _PHOTO),
    Agency("Corbis", "Corbis", (), (), "US", _PHOTO),
    Agency("WireImage", "WireImage", (), (), "US", _PHOTO),
    Agency("FilmMagic", "FilmMagic", (), (), "US", _PHOTO),
    Agency("Invision", "Invision", (), (), "US", _PHOTO),
    Agency("Handout", "Handout", (), (), None, ("handout",)),
)

#: Tags after which the agency's datelines write no dash and no date, the lead following
#: the closing parenthesis: "Washington (CNN)The president ..." / "LONDON (CNN) The ..."
#: (cnn.com since about 2014). Other agencies' tags need a dash, or a date before the tag
#: (PTI: "New Delhi, Mar 3 (PTI) The ..."), so "Officials (AP) said" stays prose.
UNDASHED_TAGS: tuple[str, ...] = ("CNN",)
