"""The debate header: the debate's kind, title, date and committee."""

from __future__ import annotations

import datetime as dt
import re

from kamertaak.core.actors import normalise_ministry
from kamertaak.core.dutch import MONTHS, WEEKDAYS
from kamertaak.core.extract.clean import CleanText
from kamertaak.core.extract.cues import LETTER_HEAD
from kamertaak.core.extract.model import ExtractedDebate

_MONTH_ALT = "|".join(MONTHS)
_DATE = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_ALT})\s+(\d{{4}})\b", re.IGNORECASE)
_DEBATE_KIND = re.compile(
    r"\b(commissiedebat|tweeminutendebat|plenair(?:e)? debat|wetgevingsoverleg|notaoverleg|algemeen overleg"
    r"|schriftelijk overleg|dertigledendebat|interpellatie|vragenuur|begrotingsbehandeling|hoofdlijnendebat"
    r"|VAO|VSO|VAVA|vaso|notaoverleg)\b",
    re.IGNORECASE,
)
_KIND_CODES = {
    "plenaire debat": "plenair debat",
    "vao": "vao/vaso",
    "vso": "vao/vaso",
    "vava": "vao/vaso",
    "vaso": "vao/vaso",
}
_QUOTED = re.compile(r"^[^.\n]{0,40}?['\"]([^'\"\n]{3,140})['\"]")
_TITLE_REST = re.compile(
    r"^\s*(?:over\s+|inzake\s+|:\s*)?([A-Z(][^,\n]{2,100}?)(?=\s*(?:,|\(|\n|$|\bd\.d\.|\bop\b|\d{1,2}\s))"
)
# A date is the debate's own only in a debate context: "Op 3 april 2025 voerde de Kamer ...",
# "Vergadering van dinsdag 10 december 2019", a motion's "Voorgesteld 9 december 2020".
_DEBATE_DATE_CONTEXT = re.compile(
    rf"\b[Oo]p\s+(?:\w+dag\s+)?\d{{1,2}}\s+(?:{_MONTH_ALT})\s+\d{{4}}\s+(?:voerde|vond|debatteerde|sprak|hield|"
    rf"heeft|was|kwam|is)\b|\b(?:[Vv]ergadering|[Dd]ebat|[Oo]verleg) van\s+(?:\w+dag\s+)?\d{{1,2}}\s+"
    rf"(?:{_MONTH_ALT})\s+\d{{4}}|\bVoorgesteld\s+\d{{1,2}}\s+\w+\s+\d{{4}}"
    # "De vaste commissie ... heeft op 12 februari 2026 overleg gevoerd", "gehouden op 20 maart 2025"
    rf"|\b(?:heeft|hebben)\s+op\s+(?:\w+dag\s+)?\d{{1,2}}\s+(?:{_MONTH_ALT})\s+\d{{4}}\s+(?:overleg|een|gesproken"
    rf"|gedebatteerd|vergaderd)\b|\b(?:gehouden|gevoerd)\s+op\s+(?:\w+dag\s+)?\d{{1,2}}\s+(?:{_MONTH_ALT})\s+\d{{4}}",
)
# "vaste commissie voor Landbouw, Visserij, Voedselzekerheid en Natuur": the commas belong to the name; a line break
# only after a comma or a joining word ("Infrastructuur en\nWaterstaat"), not before the next line's "Preview"
_COMMITTEE = re.compile(
    r"\b(?:vaste\s+)?[Cc]ommissie\s+(?P<voor>voor\s+)?(?P<c>[A-Z][\w&-]*(?:(?:,\s+|[ \t]+"
    r"|[ \t]*\n[ \t]*(?=(?:en|van|voor)\b)|(?<=\ben)\s+|(?<=\bvan)\s+|(?<=\bvoor)\s+)"
    r"(?:[A-Z][\w&-]*|en|van|voor))*)"
)
# A Kamerstuk heading line: "21 501-32 Landbouw- en Visserijraad"
_DOSSIER_HEADING = re.compile(r"(?:^|\n)\d{2}\s?\d{3}(?:-[A-Z0-9]+)?\s+(?P<t>[A-Z][^\n]{2,160})(?=\n)")
# the same on one line, for a dossier's name of one word ("26 991 Voedselveiligheid")
_DOSSIER_LINE = re.compile(r"(?:^|\n)\d{2}\s?\d{3}(?:-[A-Z0-9]+)?[ \t]+(?P<t>[A-Z][^\n]{2,100})(?=\n)")
# Handelingen: "Aan de orde is het debat over de Jeugdwet en de wachtlijsten in de jeugdzorg."
_ON_THE_AGENDA = re.compile(
    r"\bAan de orde (?:is|zijn) (?:het|de|een) (?:\w*debat|\w*overleg|behandeling)\s+"
    r"(?:naar\s+aanleiding\s+van\s+(?:een|het)\s+[^.\n]{0,60}?\s+)?(?:van\s+|over\s+|inzake\s+)"
    r"(?:(?:het|de)\s+)?(?P<t>[^.\n]{3,100}?)\s*(?=[.\n]|$)",
    re.IGNORECASE,
)
# The debate a motion was filed at, named in a later sitting (votes, a regeling van werkzaamheden)
_TYPE_LABEL_AFTER = re.compile(r"[ \t]+:[ \t]+(?=\S)")
_FILED_AT = re.compile(r"\bingediend\s+(?:bij|tijdens|in)\s+(?:het|de|een)\s+$", re.IGNORECASE)
# not a title: a sentence's start, or a document number's label on the line after the kind ("Nummer: 2025D19198")
_NOT_A_TITLE = re.compile(r"^(?:Vastgesteld|De|Het|Een|Op|In|Tijdens)\b|^(?:Nummer|Datum|Kenmerk)\s*:")


_WEEKDAY_ALT = "|".join(WEEKDAYS)
# Where a debate's title read from a sentence ends: at the verb that tells what happens to it ("over circulaire
# economie vindt plaats op 16 april"), at a day ("op 16 april", "op dinsdag"), or at the sentence's full stop.
_TITLE_TAIL = re.compile(
    r"\s+(?:vindt|vinden|wordt|worden|is|zijn|was|waren|zal|zullen|staat|stond|gaat|begint|start|heeft|had)\b.*$"
    rf"|\s+(?:op|in|van)\s+(?:\d|{_WEEKDAY_ALT})\w*\b.*$"
    r"|\s+\d{2}\s?\d{3}(?:-[A-Z0-9]+)?\s+[A-Z].*$"  # the Kamerstuk's dossier heading, joined on from the next line
    r"|\s+(?:datum|date)\s*:.*$"  # a "datum:" line joined on from the next line
    r"|[.!?]+$",
    re.IGNORECASE,
)
# Where a header gives the text's own date: "Datum: 9 september 2022", "Den Haag, 4 oktober 2024", "d.d. 25-11-2026",
# "Datum: 2026-11-25", "Vergadering ... van 23 november 2021", "Verslag van de vergadering van 21 december 2021", a
# date line of its own.
_ANY_DATE = (
    rf"(?:(?P<wd>{_WEEKDAY_ALT})(?:ochtend|middag|avond|nacht)?\s+)?(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH_ALT})(?:\s+(?P<y>\d{{4}}))?"
    r"|(?P<nd>\d{1,2})[-/.](?P<nm>\d{1,2})[-/.](?P<ny>\d{4}|\d{2})\b"
    r"|(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})\b"
)
_HEADER_DATES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\b[Vv]ergadering\b[^.\n]{{0,160}}?\bvan\s+(?:{_ANY_DATE})",
        rf"(?:^|\n)\s*(?:Datum|Date)(?:\s+(?:toezegging|vergadering|debat))?\s*:?\s*(?:{_ANY_DATE})",
        rf"\b(?:Datum|Date)\s*:\s*(?:{_ANY_DATE})",  # also a "datum:" line joined on to the heading before it
        rf"\bDen Haag,?\s+(?:{_ANY_DATE})",
        rf"\bd\.d\.\s*(?:{_ANY_DATE})",
        rf"(?:^|\n)\s*(?:{_ANY_DATE})\s*(?=\n)",
    )
)
# Right after a debate's kind: "commissiedebat van dinsdag 17 augustus", "tweeminutendebat op 3 juni"
_KIND_DAY = re.compile(rf"\s+(?:van|op|d\.d\.)\s+(?:{_ANY_DATE})", re.IGNORECASE)
# A debate told by its weekday in a post of the day after: "Dinsdagavond 9 november debatteerde de Kamer"
_DAY_TOLD = re.compile(
    rf"(?:^|[.\n]\s*|\b[Oo]p\s+)(?P<wd>{_WEEKDAY_ALT})(?:ochtend|middag|avond|nacht)?\s+(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH_ALT})"
    r"(?!\s+\d{4})\b[^.\n]{0,80}?\b(?:debatteerde|sprak|vergaderde|behandelde|voerde|stemde|was|vond)\b",
    re.IGNORECASE,
)


# A letter's own date: "Den Haag, 14 november 2022"
_LETTER_DATE = re.compile(rf"\bDen Haag,?\s+(?:{_ANY_DATE})", re.IGNORECASE)


def letter_date(text: str, ref: dt.date | None) -> dt.date | None:
    """The date a letter is written on ("Den Haag, 14 november 2022"), if its head gives one."""
    m = _LETTER_DATE.search(text[:1500])
    return _date_of(m, ref) if m else None


def header_date(text: str, ref: dt.date | None) -> dt.date | None:
    """The date a header gives the text; without a year, the last such day on or before the text's own full
    date (a post's "10 november 2021" above "Dinsdagavond 9 november debatteerde ...") or else ref, in a year
    where it falls on the weekday the text names."""
    anchor = _anchor(text, ref)
    for pattern in (*_HEADER_DATES, _DAY_TOLD):
        for m in pattern.finditer(text[:1500]):
            if _OF_A_COUNCIL.search(text, max(0, m.start() - 80), m.start() + 5):
                continue  # "Milieuraad d.d. 25 maart 2024": the European meeting's day, not the text's
            found = _date_of(m, anchor)
            if found is not None:
                return found
    return None


def _anchor(text: str, ref: dt.date | None) -> dt.date | None:
    """The first full date in the text's head: what a date told without its year is counted back from."""
    m = _DATE.search(text[:1500])
    return (_to_date(m) if m else None) or ref


def _date_of(m: re.Match[str], ref: dt.date | None) -> dt.date | None:
    groups = m.groupdict()
    try:
        if groups.get("iy"):
            return dt.date(int(groups["iy"]), int(groups["im"]), int(groups["id"]))
        if groups.get("nd"):
            year = int(groups["ny"]) + (2000 if len(groups["ny"]) == 2 else 0)
            return dt.date(year, int(groups["nm"]), int(groups["nd"]))
        month = MONTHS.index(groups["m"].lower()) + 1
        day = int(groups["d"])
        if groups.get("y"):
            return dt.date(int(groups["y"]), month, day)
        if ref is None:
            return None
        this_year = dt.date(ref.year, month, day)
        last_year = dt.date(ref.year - 1, month, day)
        told = this_year if this_year <= ref else last_year
        if groups.get("wd"):
            # "dinsdag 9 november" told early in a year: the weekday says whether it was this year or last
            weekday = WEEKDAYS.index(groups["wd"].lower())
            fitting = [d for d in (this_year, last_year) if d <= ref and d.weekday() == weekday]
            if fitting:
                return fitting[0]
        return told
    except ValueError:
        return None


# A plenary VAO or tweeminutendebat names the committee meeting it follows: "Aan de orde is het debat naar aanleiding
# van een algemeen overleg op 27 maart 2008 over ...", "het VAO Jeugdzorg (AO d.d. 14/2)": that day is the meeting's
_MEETING_BEFORE = re.compile(
    r"(?:\bnaar\s+aanleiding\s+van|\bn\.a\.v\.)\s+(?:een|het)\s+(?:\w+\s+){0,2}?(?:overleg|commissiedebat)\b[^.\n]{0,40}$"
    r"|\(\s*(?:AO|SO|CD)\s+(?:d\.d\.\s+|van\s+)?$",
    re.IGNORECASE,
)


# a meeting still to come, named for what is due before it: "kom ik terug in een brief voor het wetgevingsoverleg van
# 12 april" (not the meeting the text reports; nor the particle of "stel ik voor het debat ... af te voeren")
_AHEAD_OF = re.compile(r"(?<!\bik\s)(?<!\bwij\s)(?<!\bwe\s)(?<!\bstelt\s)"
                       r"\b(?:v[oó]{2}r|voorafgaand\s+aan|in\s+aanloop\s+naar|ter\s+voorbereiding\s+(?:op|van))"
                       r"\s+(?:het|de|een)\s+(?:\w+\s+)?$", re.IGNORECASE)
_SOME_MEETING = re.compile(r"\been\s+$", re.IGNORECASE)
_FOLLOWS = re.compile(r"(?:\bnaar\s+aanleiding\s+van|\bn\.a\.v\.)\s+(?:een|het)\s+$", re.IGNORECASE)


def _of_the_meeting_before(text: str, at: int) -> bool:
    """Whether the date at `at` is the day of the committee meeting a plenary follow-up debate comes after, or of
    the European meeting the debate prepares."""
    return bool(_MEETING_BEFORE.search(text, max(0, at - 120), at) or _OF_A_COUNCIL.search(text, max(0, at - 80), at))


# The debate ahead of a European meeting names that meeting by its day: "tweeminutendebat Milieuraad d.d. 25 maart
# 2024", "commissiedebat Landbouw- en Visserijraad van 26 maart", "Raad Algemene Zaken d.d.", "Europese Raad van 21 en
# 22 maart", "Eurogroep/Ecofinraad d.d." (u15: the Milieuraad's Monday became the debate's date, and "volgende week"
# in it counted from there)
_OF_A_COUNCIL = re.compile(
    r"(?:\w(?:raad|Raad)|\b(?:Europese\s+)?Raad(?:\s+(?:voor\s+)?[A-Z][\w&-]*(?:\s+(?:en\s+)?[A-Z][\w&-]*){0,3})?"
    r"|\b(?:EU-|Europese\s+)?[Tt]op|\bEurogroep)\s+(?:d\.d\.|van|op)\s*$"
)


_COMMITTEE_MINUTES = re.compile(
    r"\s*(?:Korte\s+aantekeningen|Besluitenlijst|Verslag)\s+(?:van\s+de\s+)?(?P<procedure>procedure)?vergadering\s+"
    r"(?:van\s+de\s+)?(?:gecombineerde\s+|vaste\s+|gezamenlijke\s+)?commissies?\b",
    re.IGNORECASE,
)


def _a_chamber_committee(name: str) -> bool:
    """A committee named without "voor" is one of the Kamer's when it bears a ministry's or field's name or an
    abbreviation ("commissie Koninkrijksrelaties", "vaste commissie VWS", "commissie J&V"); one word besides that
    names a person ("de Commissie Sorgdrager", an inquiry the cabinet set up) or a body of its own."""
    first = name.split()[0].strip(",")
    return len(name.split()) > 1 or normalise_ministry(first) is not None or not any(ch.islower() for ch in first)


def find_debate(clean: CleanText, ref: dt.date | None = None) -> tuple[ExtractedDebate, int]:
    """The debate's title, kind, date and committee; also where its heading ends (the lead before it)."""
    text = clean.text
    anchor = _anchor(text, ref)  # what a day told without its year counts back from
    head = text[:2500]
    best: tuple[int, int, re.Match[str]] | None = None
    follows = False
    # A letter from the government that names a meeting by "een" or in a reference in brackets ("tijdens een VSO
    # (Handelingen II 2015/16, nr. 43; VSO Raad Algemene Zaken)") tells of one it answers, not what the letter is
    # (u11: "vao/vaso" for a letter); "het notaoverleg van 4 februari" may still be the one its motions were filed at
    letter = LETTER_HEAD.search(head, 0, 600) is not None
    for m in _DEBATE_KIND.finditer(head):
        if letter and (_SOME_MEETING.search(head, max(0, m.start() - 20), m.start())
                       or head.rfind("(", 0, m.start()) > head.rfind(")", 0, m.start())):
            continue
        if _FILED_AT.search(head, max(0, m.start() - 40), m.start()):
            continue  # "de moties, ingediend bij het notaoverleg van 4 februari": where they were filed, not this text
        if _FOLLOWS.search(head, max(0, m.start() - 40), m.start()):
            follows = True  # "het debat naar aanleiding van een algemeen overleg op 27 maart": a VAO, not that AO
            continue
        if _AHEAD_OF.search(head, max(0, m.start() - 40), m.start()):
            continue  # "een brief voor het commissiedebat van 12 april": a meeting to come, not this text's
        after = head[m.end() : m.end() + 120]
        if _TYPE_LABEL_AFTER.match(after):
            continue  # a site's document type ("Verslag van een commissiedebat : Verslag van een commissiedebat, ...")
        score = (2 if _DATE.search(after.split("\n")[0]) else 0) + (2 if _QUOTED.match(after) else 0)
        score += 1 if m.start() == 0 or head[m.start() - 1] == "\n" else 0
        score += 1 if m.start() < 300 else 0
        if score and (best is None or score > best[0]):
            best = (score, -m.start(), m)
    kind = "vao/vaso" if best is None and follows else None
    title = None
    heading_end = 0
    date: dt.date | None = None
    if best is not None:
        m = best[2]
        word = m.group(1).lower()
        kind = _KIND_CODES.get(word, word)
        after = text[m.end() : m.end() + 200]
        quoted = _QUOTED.match(after)
        rest = _TITLE_REST.match(after)
        if quoted:
            title = quoted.group(1).strip()
        elif over := re.match(r"^[^.\n]{0,60}?\bover\s+(?:(?:de|het)\s+)?([A-Za-zà-ÿ][^,.\n]{2,80})", after):
            # "commissiedebat, gehouden op 20 maart 2025, over Asielbeleid", "Plenair debat over de Jeugdwet"
            title = _DATE.sub("", over.group(1)).strip()
        elif rest and not _DATE.match(rest.group(1)):
            title = re.sub(r"\s+(?:van|op|d\.d\.|d\.d|op|gehouden|gevoerd)$", "", rest.group(1).strip()) or None
        if title:
            title = _TITLE_TAIL.sub("", title).strip() or None
        if title and _NOT_A_TITLE.match(title):
            title = None
        # a reference in brackets after the meeting's word ("tijdens een VSO (Handelingen II 2015/16, nr. 43)" in a
        # Kamerbrief) is no title: the dossier's name in the heading is, when there is one
        if (title is None or title.startswith("(")) and (dossier := _DOSSIER_HEADING.search(head)):
            title = dossier.group("t").strip()
        line_end = text.find("\n", m.end())
        sentence_end = min(x for x in (line_end, text.find(". ", m.end()), len(text)) if x >= 0)
        found = _DATE.search(text, m.start(), min(sentence_end, m.end() + 160))
        date = _to_date(found) if found and not _of_the_meeting_before(text, found.start()) else None
        if date is None and (told := _KIND_DAY.match(text, m.end())):
            date = _date_of(told, anchor)  # "commissiedebat van dinsdag 17 augustus": this year's
        heading_end = m.start()
    if title is None and (agenda := _ON_THE_AGENDA.search(head)):
        title = agenda.group("t").strip()
    if date is None:
        ctx = _DEBATE_DATE_CONTEXT.search(head)
        if ctx and not _of_the_meeting_before(head, ctx.start()):
            found = _DATE.search(ctx.group()) or re.search(r"(\d{1,2})\s+(\w+)\s+(\d{4})", ctx.group())
            date = _to_date(found) if found else None
    if date is None:
        told_after = (
            _KIND_DAY.match(text, k.end()) for k in _DEBATE_KIND.finditer(head)
            if not _FILED_AT.search(head, max(0, k.start() - 40), k.start())
            and not _FOLLOWS.search(head, max(0, k.start() - 40), k.start())
            and not _AHEAD_OF.search(head, max(0, k.start() - 40), k.start())
        )
        date = next((d for d in (_date_of(t, anchor) for t in told_after if t) if d), None)
    if date is None:
        date = header_date(text, ref)
    if kind is None and (minutes := _COMMITTEE_MINUTES.match(text)):
        # "Korte aantekeningen vergadering commissie Koninkrijksrelaties", "Besluitenlijst procedurevergadering ...":
        # the minutes of a committee's own meeting
        kind = "procedurevergadering" if minutes.group("procedure") else "commissievergadering"
    committee = None
    names = [
        re.sub(r"(?:,|\s+(?:en|van|voor))+$", "", cm.group("c").strip(" ,")).strip() for cm in _COMMITTEE.finditer(head)
        if cm.group("voor") or _a_chamber_committee(cm.group("c"))
    ]
    if names and names[0]:
        # the first name, unless the text names the committee again without the words that followed it there
        # ("vaste commissie voor Infrastructuur en Waterstaat Preview document": a page's label after it)
        committee = min((n for n in names if n and (names[0] + " ").startswith(n + " ")), key=len)
    return ExtractedDebate(title=title, kind=kind, date=date, committee=committee), heading_end


# A letter's subject line: "Onderwerp: Voortgang aanpak wachtlijsten", "Betreft: ..."
_SUBJECT_LINE = re.compile(r"(?:^|\n)\s*(?:Onderwerp|Betreft)\s*:?\s+(?P<t>[^\n]{3,120})", re.IGNORECASE)
# A first line that reads as a heading: capitalised, a few words, no sentence end, not a date, place or greeting
_HEADING_LINE = re.compile(r"^\s*(?P<t>[A-ZÀ-Ý0-9][^\n]{8,118}[^\n.:;,])[ \t]*\n")
_NOT_A_HEADING = re.compile(
    rf"^(?:(?:{_WEEKDAY_ALT})\b|\d{{1,2}}\s+(?:{_MONTH_ALT})\b|Den Haag\b|Aan\s+de\b|Geachte\b|Datum\b|"
    r"(?:liveblog|nieuws|home|menu)\s*$|(?:Tweede|Eerste) Kamer(?: der Staten-Generaal)?\s*$|"
    r"Vergaderjaar\b|Kamerstuk(?:ken)?\b|Nr\.|Nummer\b|Officiële bekendmaking)",
    re.IGNORECASE,
)


# What a heading carries besides its title: an agenda or chapter number in front ("8 ", "8.1 ", "CXXIV "),
# a date or the next heading glued on behind ("Beschouwingen3 november 2020", "volkshuisvestingVerslag van")
_NUMBERED = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,7})\s+(?=\S)")
_GLUED = re.compile(
    rf"(?<=[a-zà-ÿ]{{3}})(?=\d{{1,2}}\s+(?:{_MONTH_ALT})\b|(?:Verslag|Vergadering|Parlementair|Datum)\b)|(?<=\d{{4}})(?=[A-Z])"
)
_TRAILING_DATE = re.compile(
    rf"[\s,]*(?:(?:{_WEEKDAY_ALT})\s+)?\d{{1,2}}\s+(?:{_MONTH_ALT})\w*(?:\s+\d{{4}})?\s*$", re.IGNORECASE
)
# A "datum:" line the cleaning joined on to the heading before it ("Korte aantekeningen ... datum: 2025-04-08")
_DATE_LABEL_AFTER = re.compile(r"\s+(?:datum|date)\s*:.*$", re.IGNORECASE)
_TRAILING_WORD = re.compile(r"\s+(?:van|de|het|op|over|in|voor|en|d\.d\.)\s*$", re.IGNORECASE)
_FOREIGN = re.compile(r"\b(?:the|which|applies|whole|site|cookies?|javascript)\b", re.IGNORECASE)


# A site's section label above the headline ("Achtergrond Politiek", "Nieuws"): no title of its own
_RUBRIC = frozenset(
    [
        "achtergrond", "politiek", "nieuws", "analyse", "opinie", "column", "commentaar", "interview", "reportage",
        "verdieping", "actueel", "binnenland", "blog", "liveblog", "update", "dossier", "kort"
    ]
)
# A site's document type before its title: "Brief regering : Verzamelbrief circulaire economie april 2025"
_TYPE_LABEL = re.compile(r"^[^:\n]{3,40}?\s:\s+(?=\S)")


def heading_title(clean: CleanText, raw: str) -> str | None:
    """A title the text gives without naming a debate: a letter's subject, a Kamerstuk's dossier heading, or a
    first line that reads as a headline ("Kamer wil snellere aanpak wachtlijsten jeugdzorg"), under a site's
    section label ("Achtergrond Politiek") if one stands above it. It names the text for the user; the stages
    do not put it in a proposal's title as the debate's subject."""
    head = clean.text[:2500]
    if (m := _SUBJECT_LINE.search(head)) and (title := _tidy_heading(m.group("t"))):
        return title
    # A letter's own headline above its Kamerstuk's dossier ("Verzamelbrief moties en toezeggingen sport en
    # bewegen" over "30 234 Toekomstig sportbeleid"): the dossier names many letters, the headline this one.
    first_title = _first_heading(_by_lines(clean, raw, len(head)))
    if first_title is not None and (dossier_heading := _DOSSIER_HEADING.search(head)) and \
            head.find(first_title) < dossier_heading.start("t"):
        return first_title
    if (m := _DOSSIER_HEADING.search(head)) and (title := _tidy_heading(m.group("t"))):
        return title
    dossier = _DOSSIER_LINE.search(head)
    if first_title is not None:
        return first_title
    # else a Kamerstuk's dossier name of one word ("26 991 Voedselveiligheid")
    return _tidy_heading(dossier.group("t"), words=1) if dossier else None


def _by_lines(clean: CleanText, raw: str, upto: int) -> str:
    """The clean text's start with the original's line ends back where cleaning joined two lines with a space: a
    headline is one line of the original, and a long one is joined to the next ("Brief regering : Programma ..."
    then "32 847 Integrale visie op de woningmarkt"; u15: the two read as one title, or as none when too long)."""
    head = list(clean.text[:upto])
    for i, char in enumerate(head):
        if char == " ":
            at = clean.original_index(i)
            if at < len(raw) and raw[at] == "\n":
                # a blank line after it: the line is whole (its last word is no cut-off "in" of a wrapped title)
                head[i] = "\n\n" if not raw[raw.rfind("\n", 0, at) + 1 : at].strip() else "\n"
    return "".join(head)


def _first_heading(head: str) -> str | None:
    """The text's first line when it reads as a headline (under a site's section label, if any)."""
    head = head.lstrip("\n")
    label = head.split("\n", 1)
    if len(label) == 2 and _is_rubric(label[0]):
        head = label[1].lstrip("\n")
    first = _HEADING_LINE.match(head) or _MINUTES_LINE.match(head)
    if first is None or _NOT_A_HEADING.match(first.group("t").strip()):
        return None
    # "Conceptverslag Duurzaam vervoer": a draft report's page names its debate after the document's kind
    whole = head.startswith("\n", first.end())  # a blank line under it: "Plasterk trekt Zondagswet toch in"
    return _tidy_heading(_DRAFT_REPORT.sub("", _TYPE_LABEL.sub("", first.group("t"))), whole=whole)


_DRAFT_REPORT = re.compile(r"^Conceptverslag\s+(?=[A-ZÀ-Ý])")


# Committee minutes name their meeting in a long first line: "Korte aantekeningen vergadering commissies
# Infrastructuur, Waterstaat en Omgeving (IWO) en ... van 23 november 2021", "Besluitenlijst procedurevergadering ..."
_MINUTES_LINE = re.compile(
    r"^\s*(?P<t>(?:Korte\s+aantekeningen|Besluitenlijst|Notulen|Verslag)\b[^\n]{8,300}[^\n.:;,])[ \t]*\n")


def _is_rubric(line: str) -> bool:
    words = line.lower().split()
    return 0 < len(words) <= 3 and all(w in _RUBRIC for w in words)


# What may follow a meeting's word as its subject ("het commissiedebat circulaire economie op 16 april",
# "commissiedebat Openbaar vervoer"): words up to a preposition, a verb, a day or the clause's end.
_SUBJECT_STOP = frozenset(
    [
        "op", "van", "met", "in", "over", "om", "voor", "na", "tot", "bij", "per", "aan", "door", "tijdens", "dat",
        "die", "dit", "wat", "waar", "waarin", "waarbij", "of", "maar", "is", "zijn", "was", "waren", "wordt",
        "worden", "werd", "werden", "zal", "zullen", "kan", "kunnen", "moet", "moeten", "gaat", "gaan", "staat",
        "stond", "vindt", "vond", "heeft", "hebben", "had", "komt", "kwam", "begint", "start", "aanstaande", "a.s.",
        "jl.", "eerder", "later", "vandaag", "morgen", "overmorgen", "gisteren", "vanavond", "vanmiddag",
        "vanochtend", "volgende", "vorige", "deze", "die", "de", "het", "een", "ook", "nog", "al", "niet", "nu",
        "dan", "toen", "daar", "hier", "weer", "zelf"
    ]
)
_SUBJECT_WORD = re.compile(r"(?:\([a-zà-ÿ]+\))?[A-Za-zÀ-ÿ][\w'’&-]*")
# What is done with a meeting is no subject of it ("een AO inplannen", "het debat uitgesteld")
_SUBJECT_VERB = re.compile(
    r"\w*(?:plan(?:nen|d)|hou(?:den|d)|voer(?:en|d)|vra(?:gen|agd)|agende(?:ren|erd)|scho(?:ven|ben)|stel(?:len|d)"
    r"|zet(?:ten)?|plaatsvinden|afgelast|geschrapt)",
    re.IGNORECASE,
)


def meeting_subject(after: str) -> str | None:
    """The subject a meeting's word is followed by, as the agenda names it: "circulaire economie" in
    "commissiedebat" + new line + "circulaire economie op 16 april", "Landbouw, Natuur en Voedselkwaliteit" in
    "het AO Landbouw, Natuur en Voedselkwaliteit op 1 oktober". None when a preposition, verb, day or the
    clause's end follows the word ("het commissiedebat van 3 april", "het commissiedebat is verplaatst",
    "een AO inplannen"; "over de jeugdzorg" is read by its own rule)."""
    words: list[str] = []
    for token in re.split(r"[ \t]+", after.lstrip(" \t\n").split("\n\n")[0].replace("\n", " ")):
        bare = token.rstrip(",.;:!?)")
        word = _SUBJECT_WORD.fullmatch(bare)
        if (word is None or bare.lower() in _SUBJECT_STOP or bare.lower() in WEEKDAYS or _SUBJECT_VERB.fullmatch(bare)
                or (words and words[-1].endswith(",") and not bare[:1].isupper())):
            break
        words.append(bare + ("," if token.endswith(",") else ""))
        if (token[-1:] in ".;:!?)" and token != bare) or len(words) > 6:
            break
    while words and (words[-1].lower() == "en" or words[-1].endswith(",")):
        if words[-1].endswith(","):
            words[-1] = words[-1][:-1]
        else:
            words.pop()
    if not words or len(words) > 6 or words[0].lower() in (*MONTHS, "ter", "te", "en"):
        return None
    return " ".join(words)


def _tidy_heading(line: str, words: int = 2, whole: bool = False) -> str | None:
    """The title in a heading line, or None when what is left is no title (a number, a date, site chrome, fewer
    than `words` words). A line cut off by the page loses its last open word; a `whole` line keeps it."""
    title = _NUMBERED.sub("", line.strip().split(" | ")[0].rstrip(" |"))  # "Kop | Sitenaam", "Kop |"
    title = _GLUED.split(title, maxsplit=1)[0] if _GLUED.search(title) else title
    title = _TRAILING_DATE.sub("", _DATE_LABEL_AFTER.sub("", title))
    while not whole and (trimmed := _TRAILING_WORD.sub("", title)) != title:
        title = trimmed
    title = title.strip(" ,;:-")
    if len(title.split()) < words or not title[:1].isalpha() or _FOREIGN.search(title):
        return None
    return title



def _to_date(m: re.Match[str]) -> dt.date | None:
    try:
        month = MONTHS.index(m.group(2).lower()) + 1
        return dt.date(int(m.group(3)), month, int(m.group(1)))
    except ValueError:
        return None
