"""Lines around a story that are not the story: page leftovers, source lines, notes, separators.

Data only: :mod:`newsparse.article` builds its line patterns from these
tables (agency names come from :mod:`newsparse._tables.agencies`). Every
entry is matched without regard to case and only against a whole line (or,
for the ``*_LEADS`` tables, the start of a short line), so a phrase here never
takes a sentence out of a story.

Sources: the page leftovers listed in ``shared/CONVENTIONS.md`` ("Page
leftovers that are not the story", "Contributor lines and taglines") and the
lines seen in the shared corpus of modern stories (``articles-visible.jsonl``:
AP, Reuters, Bloomberg, AFP, dpa copy as carried by news pages).
"""

from __future__ import annotations

__all__ = [
    "CHROME_LINES",
    "CONTACT_LEADS",
    "COPYRIGHT_MARKS",
    "CORRECTION_LEADS",
    "EDITORS_NOTE_LEADS",
    "MONTHS",
    "NAV_LINKS",
    "NOISE_LEADS",
    "NOISE_LINES",
    "POLL_WORDS",
    "SECTION_NAMES",
    "SEPARATOR_CHARS",
    "SHORT_LINK_HOSTS",
    "SOCIAL_NETWORKS",
    "SOURCE_LABELS",
    "SUPPORT_NOTE_LEADS",
    "SUPPORT_NOTE_MARKS",
    "TIMESTAMP_LABELS",
    "TIME_ZONES",
    "WEEKDAYS",
]

#: Whole lines a page adds around the story: ads, share bars, buttons.
#: ``Ad`` (seed story), ``ADVERTISEMENT``, ``Share``, ``Copy Link``, ``copied``,
#: ``Read More``, ``Story continues`` (Yahoo), ``Online:`` (AP link lists), ``Hinweis`` (Zeit).
NOISE_LINES: tuple[str, ...] = (
    "Ad",
    "Ads",
    "Advertisement",
    "Advertisements",
    "Sponsored",
    "Sponsored Content",
    "Anzeige",
    "Werbung",
    "Share",
    "Share this",
    "Share this article",
    "Share on Facebook",
    "Share on Twitter",
    "Tweet",
    "Email",
    "Print",
    "Copy Link",
    "Copy link",
    "Link copied",
    "copied",
    "Comments",
    "Read More",
    "Read more:",
    "Read More:",
    "More:",
    "Related:",
    "Related",
    "Related Articles",
    "Related Stories",
    "Related Coverage",
    "Recommended",
    "Recommended Stories",
    "Most Read",
    "Subscribe",
    "Image",
    # reuters.com: the label of an outside link, a graphic's credit, the ad slot
    "Opens new tab",
    "Reuters Graphics",
    "Advertisement · Scroll to continue",
    "Story continues",
    "Continue reading",
    "Continue Reading",
    "Online:",
    "Hinweis",
    "Mehr zum Thema",
    "Empfohlener redaktioneller Inhalt",
    "Listen",
    "Listen to this article",
    "Skip to content",
    # a link's text left on its own line: "For a graphic on ...:" then "here" (Reuters)
    "here",
    "Loading...",
    "Play",
    "Video",
    "Watch",
    "Watch:",
    "Enlarge this image",
    "Toggle caption",
    "Hide caption",
    "Show caption",
    # Wire end marks: Yonhap "(END)", Xinhua "Enditem", AP and CP "-30-", "(MORE)".
    "(END)",
    "END",
    "Enditem",
    "ENDITEM",
    "-30-",
    "(MORE)",
)

#: Whole lines of a news site's own frame, copied with the story from its page: the skip
#: links, account buttons and search box of the top bar, and the legal and company links
#: of the footer. None of them is a story's line, so each is noise wherever it stands.
CHROME_LINES: tuple[str, ...] = (
    # skip links: CNN, Reuters, The Guardian "Skip to main content"; BBC "Skip to content",
    # "Accessibility Help", "Accessibility links"; The Guardian "Skip to navigation"
    "Skip to main content",
    "Skip to content",
    "Skip to navigation",
    "Skip to search",
    "Skip to footer",
    "Skip navigation",
    "Accessibility Help",
    "Accessibility links",
    # account buttons: CNN "Sign in", "My Account"; Gannett "Subscribe Sign In ... Sign Out";
    # BBC "Your account"; Reuters "My News"
    "Sign In",
    "Sign Out",
    "Sign in / Register",
    "Log In",
    "Log Out",
    "Login",
    "Logout",
    "My Account",
    "Your account",
    "Manage account",
    "My News",
    # top bars: CNN "Live TV", local stations "Watch Live", The Guardian "Print subscriptions",
    # "Search jobs", "US edition"; apnews.com's search box "Search Query", "Submit Search"
    "Live TV",
    "Watch Live",
    # reuters.com's top bar over every story; theguardian.com's logo link
    "Exclusive news, data and analytics for financial market professionals",
    "The Guardian - Back to home",
    "Print subscriptions",
    "Search jobs",
    "US edition",
    "UK edition",
    "International edition",
    "Europe edition",
    "Australia edition",
    "Search Query",
    "Submit Search",
    "Show Search",
    "Open Menu",
    "Close Menu",
    "Toggle navigation",
    "See All Newsletters",
    # footers: Gannett's, CNN's, Netflix's and most sites' legal links; "Do Not Sell or Share
    # My Personal Information" is the link California's privacy law asks for
    "Terms of Use",
    "Terms of Service",
    "Terms and Conditions",
    "Terms & Conditions",
    "Privacy Policy",
    "Privacy Notice",
    "Privacy Statement",
    "Cookie Policy",
    "Cookie Settings",
    "Cookie Preferences",
    "Cookies Statement",
    "Manage Cookies",
    "Do Not Sell or Share My Personal Information",
    "Do Not Sell My Personal Information",
    "Your Privacy Choices",
    "Ad Choices",
    "AdChoices",
    "Contact Us",
    "About Us",
    "Advertise with Us",
    "Corporate Information",
    "Help Center",
    "Sitemap",
    "Site Map",
    "Site Index",
    "Back to top",
    "Scroll to Top",
)

#: Links of a site's top bar and footer that are also words a story may use as a heading
#: (``Search``, ``Home``): noise only where a story has no headings, before the headline,
#: or in a run of lines that holds a line of ``CHROME_LINES`` (a footer).
#: apnews.com "Menu", "Newsletters"; BBC "Home", "Menu", "Search", "Notifications";
#: CNN "Search", "Settings", "Edition"; Reuters "Register", "More"; footers "Accessibility",
#: "Careers", "Privacy", "Contact".
NAV_LINKS: tuple[str, ...] = (
    "Menu",
    "Search",
    "Home",
    "Account",
    "Newsletters",
    "Notifications",
    "Settings",
    "Register",
    "Edition",
    "Sections",
    "Topics",
    "More",
    "Latest",
    "Trending",
    "Podcasts",
    "Games",
    "Audio",
    "Videos",
    "Photos",
    "Accessibility",
    "Careers",
    "Privacy",
    "Contact",
    "About",
    "Help",
    "Advertise",
)

#: Section names of news sites' navigation bars and breadcrumbs, noise where ``NAV_LINKS``
#: are. apnews.com: "World", "U.S.", "Politics", "Sports", "Entertainment", "Business",
#: "Science", "Fact Check", "Oddities", "Climate", "Health"; BBC: "UK", "World", "Business",
#: "Politics", "Tech", "Science", "Health", "Entertainment & Arts", "In Pictures", "Africa",
#: "Asia", "Australia", "Europe", "Latin America", "Middle East", "US & Canada";
#: The Guardian: "News", "Opinion", "Sport", "Culture", "Lifestyle", "Americas";
#: Reuters: "Markets", "Legal", "Technology"; Gannett: "Life", "Travel"; local stations:
#: "Weather", "Local", "National"; reprinting sites' labels over a story: "World", "Business".
SECTION_NAMES: tuple[str, ...] = (
    "News",
    "Top Stories",
    "Breaking News",
    "Latest News",
    "World",
    "World News",
    "U.S.",
    "US",
    "U.S. News",
    "US News",
    "UK",
    "UK News",
    "Nation",
    "National",
    "Local",
    "Europe",
    "Africa",
    "Asia",
    "Asia Pacific",
    "Americas",
    "Latin America",
    "Middle East",
    "US & Canada",
    "Australia",
    "Politics",
    "Business",
    "Markets",
    "Economy",
    "Finance",
    "Money",
    "Legal",
    "Tech",
    "Technology",
    "Science",
    "Health",
    "Climate",
    "Environment",
    "Sport",
    "Sports",
    "Entertainment",
    "Entertainment & Arts",
    "Culture",
    "Arts",
    "Life",
    "Lifestyle",
    "Style",
    "Travel",
    "Food",
    "Opinion",
    "Opinions",
    "Fact Check",
    "Oddities",
    "Religion",
    "Education",
    "Media",
    "In Pictures",
    "Weather",
)

#: Starts of short lines a page adds: section links, promotions, copyright lines.
#: ``Full Coverage: Virus Outbreak``, ``Sign up for Daily Newsletters``,
#: ``SHARE THIS ARTICLE Share Tweet Post Email``, ``LISTEN TO ARTICLE 1:50 ...``,
#: ``Slideshow (2 Images)``, ``Click here for ...``,
#: ``Have a tip? Contact the authors securely at ...``, ``Find AP Fact Checks at ...``;
#: related links: ``Read More: ...``, ``QuickTake: ...`` (Bloomberg), ``GRAPHIC: ...`` (Reuters),
#: ``PHOTOS: ...`` (AP), ``>> Hier finden Sie ...`` (Berliner Morgenpost).
#: Bloomberg's contact block after its story: "To contact the reporters on this story:",
#: then a line per reporter ("Mike Dorning in Washington at mdorning@bloomberg.net;"),
#: "To contact the editors responsible for this story:" and its lines, an editor named
#: without an address among them ("Ros Krasny"). Each lead is noise, as is each line of
#: its block (see ``article._structure``).
CONTACT_LEADS: tuple[str, ...] = ("To contact the reporter", "To contact the editor")

NOISE_LEADS: tuple[str, ...] = (
    "Full Coverage:",
    "Sign up for",
    "Sign up to",
    "Subscribe to",
    "Subscribe now",
    "Manage Newsletters",
    "Get the app",
    "Download the",
    "SHARE THIS ARTICLE",
    "LISTEN TO ARTICLE",
    "Listen to article",
    "Slideshow",
    "Photo Gallery",
    "View Photo Gallery",
    "All rights reserved",
    "Click here",
    "Read More:",
    "Read more:",
    "Related:",
    "RELATED:",
    "See also:",
    "Also read:",
    "More:",
    "MORE:",
    "Earlier:",
    "QuickTake:",
    "GRAPHIC:",
    "PHOTOS:",
    "VIDEO:",
    "WATCH:",
    "LISTEN:",
    ">>",
    "To read more",
    "For a graphic",
    "Read the documents:",
    "Read more about",
    "Read more here",
    "Have a tip?",
    # reuters.com's footer, topic list and related links (glued to the linked headline:
    # "Related Coverage Specter of Menendez retrial ..."), its newsletter promotions,
    # Bloomberg's list
    "Our Standards:",
    "Related Coverage",
    "Suggested Topics:",
    "Get a look at the day ahead",
    "Most Read from",
    "Contact AP",
    "Find AP Fact Checks",
    "Follow AP",
    "Follow @",
    *CONTACT_LEADS,
    "Do you have a story to tell?",
    "Aktuelles:",
    "Ich bin damit einverstanden",
    "An dieser Stelle finden Sie externen Inhalt",
    "Alle Rechte vorbehalten",
)

#: Marks that open a copyright line: ``Copyright 2019 The Associated Press. All rights reserved.``,
#: ``© dpa-infocom, dpa:230428-99-483045/5``, ``(c) 2020 Bloomberg L.P.``; such a line also
#: holds a year, a digit or ``rights reserved``.
COPYRIGHT_MARKS: tuple[str, ...] = ("Copyright", "©", "(c)", "(C)")

#: Words that, right after a name joined by a slash, make it a poll's name and not a
#: photo credit: ``... economy a close second: Reuters/Ipsos poll`` (a Reuters headline),
#: ``CBS News/YouGov survey``. Matched in lower case, so "polls" and "polling" too.
POLL_WORDS: tuple[str, ...] = (" poll", " survey")

#: Link shorteners of the agencies and their pages. A short line ending in one of their
#: links is a link left by the page: "Indictments, convictions and pleas -
#: tmsnrt.rs/2wcFMdx" (a Reuters graphic), "apne.ws/NuF4iSJ" (AP), "reut.rs/2Abc" .
SHORT_LINK_HOSTS: tuple[str, ...] = (
    "tmsnrt.rs", "reut.rs", "apne.ws", "bloom.bg", "bit.ly", "trib.al", "ow.ly", "t.co",
)  # fmt: skip

#: Social networks named by ``Follow X on Twitter at https://...`` lines.
SOCIAL_NETWORKS: tuple[str, ...] = (
    "Twitter",
    "X",
    "Facebook",
    "Instagram",
    "Threads",
    "Bluesky",
    "Mastodon",
    "TikTok",
    "LinkedIn",
    "YouTube",
)

#: Labels of page timestamps: ``Updated 3:12 PM EDT, October 5, 2024``,
#: ``Posted August 15, 2020 8:53 pm``, ``Aktualisiert am 28. April 2023, 20:22 Uhr``.
TIMESTAMP_LABELS: tuple[str, ...] = (
    "Updated",
    "Updated on",
    "Last updated",
    "Last Updated",
    "Posted",
    "Posted on",
    "Published",
    "Published on",
    "First published",
    "Last modified on",
    "Last modified",
    "Aktualisiert am",
    "Aktualisiert",
    "Veröffentlicht am",
    "Stand:",
    "Actualizado",
    "Publicado",
    "Mis à jour le",
    "Publié le",
)

#: Month names and abbreviations a page timestamp may use (English, German, AP style).
MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Januar", "Februar", "März", "Juni", "Juli", "Oktober", "Dezember", "Mai",
)  # fmt: skip

#: Weekday names a page timestamp may use: ``Friday, April 28, 2023``; abbreviated, as
#: The Guardian prints them over agency copy: ``Fri 5 Jan 2024 15.12 GMT``.
WEEKDAYS: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag",
)  # fmt: skip

#: Time zones after a page timestamp's time: ``3:12 PM EDT``.
TIME_ZONES: tuple[str, ...] = (
    "ET", "EDT", "EST", "CT", "CDT", "CST", "MT", "PT", "PDT", "PST",
    "GMT", "BST", "UTC", "CET", "CEST", "MEZ", "MESZ",
    "AEST", "AEDT", "IST", "JST", "KST", "HKT", "SGT", "MSK", "EET", "EEST",
    "UK",  # Sky News: "Friday 5 January 2024 15:12, UK"
)  # fmt: skip

#: Labels before an agency named alone as the story's source: ``Quelle: dpa-AFX``.
SOURCE_LABELS: tuple[str, ...] = ("Source:", "Quelle:", "Fuente:", "Source :", "Via")

#: Starts of editor's notes: ``EDITOR'S NOTE — ...``, ``Editor's note: ...``,
#: ``(Updates with Trump tweet in third paragraph)`` (Bloomberg, Reuters), and the
#: publication notes that close a story: ``This report by The Canadian Press was first
#: published Nov. 25, 2024.``
EDITORS_NOTE_LEADS: tuple[str, ...] = (
    "Editor's note",
    "Editor’s note",
    "Editors' note",
    "Editors’ note",
    "EDS NOTE",
    "EDS:",
    "Eds:",
    "Note to editors",
    "Hinweis der Redaktion",
    "Anmerkung der Redaktion",
    "Nota del editor",
    "This report by The Canadian Press was first published",
    "This story was first published",
    "This story was originally published",
    "This article was originally published",
    "(Updates",
    "(Adds",
    "(Recasts",
    "(Rewrites",
    "(Refiles",
    "(Repeats",
    "(Changes",
    "(Removes",
    "(Inserts",
)

#: Funding notes that close a story name the agency first and say it alone answers for the
#: story: ``The Associated Press receives support from the Walton Family Foundation for
#: coverage of water and environmental policy. The AP is solely responsible for all
#: content.``, ``AP’s climate and environmental coverage receives financial support from
#: multiple private foundations. AP is solely responsible for all content.``, ``The
#: Canadian Press' health coverage receives support through a partnership with the Canadian
#: Medical Association. CP is solely responsible for this content.`` A line opening with one
#: of these leads and holding one of ``SUPPORT_NOTE_MARKS`` is an editor's note.
SUPPORT_NOTE_LEADS: tuple[str, ...] = (
    "The Associated Press",
    "Associated Press",
    "AP’s",
    "AP's",
    "The Canadian Press",
    "Canadian Press",
)
SUPPORT_NOTE_MARKS: tuple[str, ...] = (
    "solely responsible for all content",
    "solely responsible for this content",
)

#: Starts of corrections: ``This story has been updated to correct ...``,
#: ``(Corrects spelling of name in paragraph 22 to Viguerie.)``.
CORRECTION_LEADS: tuple[str, ...] = (
    "This story has been corrected",
    "This story has been updated to correct",
    "This story was corrected",
    "This story corrects",
    "This article has been corrected",
    "This article has been updated to correct",
    "This article was corrected",
    "This version corrects",
    "This version of the story corrects",
    "An earlier version of this story",
    "An earlier version of this article",
    "An earlier version of this report",
    "A previous version of this story",
    "A previous version of this article",
    "A previous version of this report",
    "This report has been corrected",
    # Reuters closes a corrected story in parentheses: "(This story corrects stages at
    # which Roof represented himself)", "(This version of the story corrects ...)"
    "(This story corrects",
    "(This story has been corrected",
    "(This version corrects",
    "(This version of the story corrects",
    "Correction:",
    "CORRECTION:",
    "Corrections:",
    "(Corrects",
    "(Correcting",
    "In an earlier version",
)

#: Characters of separator lines: ``——-`` (seed), ``___``, ``---``, ``* * *``, ``###``, ``=====``.
SEPARATOR_CHARS = "-_*=~#•·" + "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
