"""Dutch deadline phrases become dates ("voor de zomer" -> the day before the zomerreces).

The rules follow shared/design/deadlines.md. A phrase is folded (lower case, accents off, one
space), stripped of filler words and recurrence words, and then matched whole against an ordered
list of rules; the same rules, searched instead of matched whole, find phrases in longer text.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import itertools
import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from dateutil.relativedelta import relativedelta

from kamertaak.core.calendar import Calendar, Recess, load_calendar
from kamertaak.core.dutch import (
    DAY_PARTS,
    MONTH_WORDS,
    MONTHS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_WORDS,
    month_name,
    month_number,
    weekday_name,
)
from kamertaak.core.labels import RECURRENCE_LABELS, date_nl
from kamertaak.core.regex_words import needed_words

SHORT_TERM_DAYS = 28


@dataclass(frozen=True)
class Resolution:
    """What a phrase means against a reference date; `due` is the last day still on time."""

    phrase: str
    ref: dt.date
    due: dt.date | None
    precision: str  # day week month quarter season year vague event none
    estimated: bool
    recurrence: str | None  # yearly halfyearly quarterly monthly weekly, or None
    explanation: str

    def to_json(self) -> dict[str, Any]:
        """The resolution as JSON-ready values (dates as ISO strings or None)."""
        return {
            "phrase": self.phrase,
            "ref": self.ref.isoformat(),
            "due": self.due.isoformat() if self.due else None,
            "precision": self.precision,
            "estimated": self.estimated,
            "recurrence": self.recurrence,
            "explanation": self.explanation,
        }


@dataclass(frozen=True)
class FoundDeadline:
    """A deadline phrase inside a longer text: text[start:end] == phrase. `term` is False when its
    sentence shows it sets no term (see `sentence_deadlines`)."""

    start: int
    end: int
    phrase: str
    resolution: Resolution
    term: bool = True


@dataclass(frozen=True)
class _Hit:
    due: dt.date | None
    precision: str
    explanation: str
    estimated: bool = False


# ---------------------------------------------------------------------------------------------
# Folding: one spelling per word, with a map back to the original text for find_deadlines.

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_QUOTES = "\u2018\u2019\u201a\u201b\u00b4`"


@functools.lru_cache(maxsize=1024)
def _fold_char(ch: str) -> str:
    if ch in _DASHES:
        return "-"
    if ch in _QUOTES:
        return "'"
    decomposed = unicodedata.normalize("NFKD", ch)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


# In ASCII text only whitespace runs and a line break in a hyphenated word change the length.
_FOLD_ASCII_GAPS = re.compile(r"\s+|(?<=[A-Za-z])-(?=[\r\n])\s+(?=[a-z])")


def _fold(text: str) -> tuple[str, list[int]]:
    """Lower case without accents, whitespace runs as one space; idx[i] is the source of out[i]."""
    if text.isascii():
        return _fold_ascii(text)
    if " ".join(text.split()) == text:  # no whitespace but single spaces inside: each character folds alone
        table = {ord(ch): _fold_char(ch) for ch in set(text)}
        if all(len(folded) == 1 for folded in table.values()):
            return _rewrite(text.translate(table), list(range(len(text))))
    out: list[str] = []
    idx: list[int] = []
    space = True
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            if not space:
                out.append(" ")
                idx.append(i)
                space = True
            i += 1
            continue
        # A PDF line break inside a hyphenated word ("voorjaars-\nnota") joins the halves.
        if _fold_char(ch) == "-" and out and out[-1].isalpha() and i + 1 < n and text[i + 1] in "\r\n":
            j = i + 1
            while j < n and text[j].isspace():
                j += 1
            if j < n and text[j].islower():
                i = j
                continue
        for c in _fold_char(ch):
            out.append(c)
            idx.append(i)
            space = False
        i += 1
    if out and out[-1] == " ":
        out.pop()
        idx.pop()
    return _rewrite("".join(out), idx)


def _fold_ascii(text: str) -> tuple[str, list[int]]:
    """`_fold` for ASCII text, a run of characters at a time (the same result, several times faster)."""
    if " ".join(text.split()) == text:  # no whitespace but single spaces inside: only the case changes
        return _rewrite(text.lower().replace("`", "'"), list(range(len(text))))
    parts: list[str] = []
    idx: list[int] = []
    pos, space = 0, True
    for m in _FOLD_ASCII_GAPS.finditer(text):
        start, end = m.span()
        if start > pos:
            parts.append(text[pos:start])
            idx.extend(range(pos, start))
            space = False
        if text[start] != "-" and not space:  # a hyphen's line break joins the halves: nothing is written
            parts.append(" ")
            idx.append(start)
            space = True
        pos = end
    if pos < len(text):
        parts.append(text[pos:])
        idx.extend(range(pos, len(text)))
    elif parts and parts[-1] == " ":
        parts.pop()
        idx.pop()
    return _rewrite("".join(parts).lower().replace("`", "'"), idx)


def _folded(text: str) -> str:
    """`_fold(text)[0]`, sooner: the folded text without the map back to the original, which the readers of a
    sentence's pieces (the words before a phrase, after it, its clause) do not use."""
    if not text.isascii():
        return _fold(text)[0]
    if " ".join(text.split()) != text:
        # a whitespace run is one space (none at either end), a hyphen's line break joins the halves
        text = _FOLD_ASCII_GAPS.sub(lambda m: "" if m.group()[0] == "-" else " ", text).strip(" ")
    folded = text.lower().replace("`", "'")
    for rx, short in _SAME_AS:
        folded = rx.sub(short, folded)
    return folded


# Spellings that mean the same as a shorter one the rules read: "voorafgaand aan de zomer" is
# "voor de zomer". The short form's last letter maps to the long form's last, so a span found in
# the rewritten text still covers the whole phrase in the original.
_SAME_AS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<![a-z])(?:voorafgaande?|voorafgaandelijk)\saan(?![a-z])"), "voor"),
)


def _rewrite(folded: str, idx: list[int]) -> tuple[str, list[int]]:
    for rx, short in _SAME_AS:
        if rx.search(folded) is None:
            continue
        out: list[str] = []
        new_idx: list[int] = []
        last = 0
        for m in rx.finditer(folded):
            out.append(folded[last : m.start()])
            new_idx.extend(idx[last : m.start()])
            out.append(short)
            new_idx.extend(idx[m.start() + k] for k in range(len(short) - 1))
            new_idx.append(idx[m.end() - 1])
            last = m.end()
        out.append(folded[last:])
        new_idx.extend(idx[last:])
        folded, idx = "".join(out), new_idx
    return folded, idx


# ---------------------------------------------------------------------------------------------
# Vocabulary

def _number_words() -> dict[str, float]:
    units = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
    words: dict[str, float] = {w: i + 1 for i, w in enumerate(units)}
    words.update({"tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
                  "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, "honderd": 100})
    tens = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
            "tachtig": 80, "negentig": 90}
    words.update(tens)
    # "tweeëntwintig" folds to "tweeentwintig": unit + "en" + tens in every case.
    for ten_word, ten in tens.items():
        for i, unit in enumerate(units):
            words[f"{unit}en{ten_word}"] = ten + i + 1
    words.update({"anderhalf": 1.5, "anderhalve": 1.5, "een half": 0.5, "een halve": 0.5,
                  "half": 0.5, "halve": 0.5})
    return words


_NUMBER_WORDS = _number_words()
# "enkele weken": a few, read as three, and the result is only vague.
_FEW_WORDS = ("een paar", "paar", "enkele", "enige", "een aantal", "meerdere", "een stuk of wat")


def _alt(words: Iterable[str]) -> str:
    """Regex alternation of literal words, longest first so a prefix never wins."""
    items = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s") for w in items)


# A dot after a month belongs to it only after an abbreviation ("3 nov. 2025"); after "november" it ends
# the sentence.
_MONTH = (
    rf"(?:(?:{_alt(MONTHS)})(?![a-z])|(?:{_alt(set(MONTH_WORDS) - set(MONTHS))})(?![a-z])\.?)"
)
_DAY_PART = rf"(?:{_alt(DAY_PARTS)})"
_WEEKDAY = rf"(?:{_alt(WEEKDAY_WORDS)}){_DAY_PART}?"
_WD_ANY = rf"(?:{_alt(WEEKDAY_WORDS)}|(?:{_alt(WEEKDAY_ABBREVIATIONS)})\.?)"
_NUM = rf"(?:\d{{1,3}}(?:[.,]5)?|{_alt(_NUMBER_WORDS)}|{_alt(_FEW_WORDS)})"
_UNIT = (
    r"(?:werkdagen|werkdag|kalenderdagen|kalenderdag|dagen|dag|werkweken|werkweek|weken|week|"
    r"maanden|maand|kwartalen|kwartaal|halfjaar|jaren|jaar|uren|uur)"
)
# A year, or a word for one: "2025", "'25", "dit jaar", "volgend kalenderjaar", "het jaar".
# "het jaar 2020" names 2020; "2020 of 2021" is a range, read as the later year (deadlines.md's ranges rule)
_YEARWORD = (
    r"(?:(?:het\s(?:kalender)?jaar\s)?(?:19|20)\d\d(?:\sof\s(?:19|20)\d\d)?|"
    r"(?:dit|deze|het\slopende|het\shuidige|lopend|volgend|volgende|komend|komende|"
    r"het\svolgende|het\skomende|vorig|vorige|het\svorige|het\snieuwe|het)\s(?:kalender)?jaar)"
)
# "in het voorjaar van 2016 en 2017": two occurrences, of which the first is the next term (not a range: "of").
_YEARSPEC = rf"(?:\s(?:van\s|in\s)?(?P<yr>{_YEARWORD}|'\d\d)(?:\sen\s(?:(?:19|20)\d\d|'\d\d))?)?"
# A year word that points from the day it is said, used as an adverb: "dit jaar", "volgend jaar".
_BARE_YEAR = r"(?:dit|volgend|volgende|komend|komende)\sjaar"
_END = (
    r"(?:(?:aan|tegen|voor|rond|per|tot|uiterlijk)\s)?(?:het\s)?(?:einde?|eind)(?:\svan)?|ultimo|"
    r"(?:uiterlijk\s)?eind(?:\svan)?"
)
_BEGIN = r"(?:(?:aan|in|vanaf|per)\s)?(?:het\s)?begin(?:\svan)?|primo|(?:(?:in|aan)\s)?de\sstart\svan"
_MID = (
    r"half|medio|midden|halverwege|(?:in\s|rond\s)?het\smidden\svan|"
    # "(in de) eerste helft (van) oktober", "1e helft oktober": as "half oktober"
    r"(?:in\s)?(?:de\s)?(?:eerste|1e|1ste)\shelft(?:\svan)?"
)
_DETS = (
    r"(?:(?:de|het)\s)?(?:dit|deze|komend|komende|volgend|volgende|aanstaand|aanstaande|eerstvolgend|"
    r"eerstvolgende|eerstkomend|eerstkomende|aankomend|aankomende|de|het)"
)
_RECESS_NOUNS: dict[str, str] = {
    "zomerreces": "zomerreces", "zomer": "zomerreces", "zomervakantie": "zomerreces",
    "zomerperiode": "zomerreces", "zomerpauze": "zomerreces", "zomermaanden": "zomerreces",
    "zomerstop": "zomerreces", "kerststop": "kerstreces",
    "kerstreces": "kerstreces", "kerst": "kerstreces", "kerstmis": "kerstreces",
    "kerstvakantie": "kerstreces", "kerstperiode": "kerstreces", "kerstpauze": "kerstreces",
    "kerstdagen": "kerstreces", "feestdagen": "kerstreces",
    "meireces": "meireces", "meivakantie": "meireces", "aprilreces": "meireces", "paasreces": "meireces",
    "voorjaarsreces": "voorjaarsreces", "krokusreces": "voorjaarsreces",
    "krokusvakantie": "voorjaarsreces", "voorjaarsvakantie": "voorjaarsreces",
    "herfstreces": "herfstreces", "herfstvakantie": "herfstreces",
    "verkiezingsreces": "verkiezingsreces",
}  # fmt: skip
# "het reces in april": which recess starts (or mostly lies) in that month.
_RECESS_BY_MONTH = {2: "voorjaarsreces", 3: "voorjaarsreces", 4: "meireces", 5: "meireces",
                    7: "zomerreces", 8: "zomerreces", 10: "herfstreces", 11: "herfstreces",
                    12: "kerstreces"}  # fmt: skip
_RECESS = (
    rf"(?:{_DETS}\s)?(?:(?P<noun>{_alt(_RECESS_NOUNS)})|reces\s(?:in|van)\s(?P<rmon>{_MONTH})|"
    rf"(?P<generic>(?:kamer)?reces))"
)

_RECURRENCE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("halfyearly",
     r"half\s?jaarlijkse?|(?:van\s)?(?:elk|ieder|iedere|elke)\shalf\s?jaar|(?:twee|2)\s?(?:keer|maal|x)\s"
     r"per\sjaar|tweemaal\sper\sjaar|per\shalf\s?jaar|(?:elke|iedere|om\sde)\szes\smaanden"),
    ("quarterly",
     r"(?:van\s)?(?:elk|ieder|iedere|elke)\skwartaal|per\skwartaal|driemaandelijkse?|kwartaallijkse?|"
     r"(?:elke|iedere|om\sde)\sdrie\smaanden|(?:vier|4)\s?(?:keer|maal|x)\sper\sjaar|viermaal\sper\sjaar"),
    ("monthly",
     r"maandelijkse?|(?:van\s)?(?:elke|iedere)\smaand|per\smaand|(?:een|1)\s?(?:keer|maal|x)\sper\smaand|"
     r"eenmaal\sper\smaand|om\sde\smaand"),
    ("weekly",
     r"wekelijkse?|(?:van\s)?(?:elke|iedere)\sweek|per\sweek|(?:een|1)\s?(?:keer|maal|x)\sper\sweek"),
    ("yearly",
     r"jaarlijkse?|(?:van\s)?(?:elk|ieder|iedere|elke)\sjaar(?:\sopnieuw)?|per\sjaar|jaar\sin\sjaar\suit|"
     r"(?:een|1)\s?(?:keer|maal|x)\sper\sjaar|eenmaal\sper\sjaar"),
)  # fmt: skip
_RECURRENCE_RES = [(name, re.compile(rf"(?<![\w-])(?:{p})(?![\w-])")) for name, p in _RECURRENCE_PATTERNS]
_PERIOD_MONTHS = {"yearly": 12, "halfyearly": 6, "quarterly": 3, "monthly": 1}

# Words around a phrase that do not change its date.
_LEAD_FILLER = re.compile(
    r"^(?:tot\suiterlijk|uiterlijk|nog|ergens|al|pas(?!\sals\s)|ook|dan|reeds|zeker|vermoedelijk|waarschijnlijk|naar\sverwachting|"
    r"verwachting|in\sprincipe|bij\svoorkeur|liefst|liefst\snog|graag|hopelijk|zo\smogelijk|indien\smogelijk|"
    r"waar\smogelijk|wellicht|mogelijk|eventueel|ten\slaatste|op\szijn\slaatst|niet\slater\sdan|ruim|"
    r"ruimschoots|tijdig|op\stijd|ruim\sop\stijd|vlak|kort|net|in\selk\sgeval|in\sieder\sgeval|"
    r"het\sstreven\sis|streven\sis|streefdatum|deadline|termijn|uiterste\sdatum|uiterste\stermijn|"
    r"datum|planning)\s"
)
_TRAIL_FILLER = re.compile(
    r"\s(?:(?:en|of|dan\swel|maar|liefst|zo\smogelijk|indien\smogelijk)\s)*(?:eerder|zo\smogelijk\seerder|"
    r"zo\s?veel\seerder\sals\smogelijk|eerder\sindien\smogelijk|eerder\sals\sdat\skan|zo\svroeg\smogelijk|"
    r"indien\smogelijk|zo\smogelijk|op\szijn\slaatst|ten\slaatste|nog|uiterlijk)$"
)
# "zo snel mogelijk, maar uiterlijk voor de zomer": the firm part after "uiterlijk" decides.
_FIRM_TAIL = re.compile(
    r"^(?P<head>.+?)\s(?:(?:maar|doch|en|of|dan\swel|echter|althans)\s)?"
    r"(?:uiterlijk|ten\slaatste|op\szijn\slaatst|niet\slater\sdan)\s(?P<tail>.+)$"
)
# After the recurrence words are gone, "aan het einde van (elk kwartaal)" leaves only this.
_DANGLING = re.compile(rf"^(?:(?:{_END}|uiterlijk|voor|tegen|op|in|aan|het|de|van|in\sde\sloop\svan)\s?)*$")


# ---------------------------------------------------------------------------------------------
# Small date helpers


def _fmt(d: dt.date, year: bool = False) -> str:
    """'vr 4 juli' (or 'vr 4 juli 2025')."""
    text = f"{weekday_name(d, short=True)} {d.day} {month_name(d.month)}"
    return f"{text} {d.year}" if year else text


def _fmt_in(d: dt.date, named: int) -> str:
    """'vr 4 juli' beside a year the explanation names ('het zomerreces 2025'); with its own year when it
    lies in another ('het kerstreces 2025 (tot vr 9 januari 2026)')."""
    return _fmt(d, d.year != named)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, 1) + relativedelta(months=1, days=-1)


def _quarter_end(year: int, q: int) -> dt.date:
    return _month_end(year, 3 * q)


def _friday(d: dt.date) -> dt.date:
    return d + dt.timedelta(days=4 - d.weekday())


def _year_from(token: str | None, ref: dt.date) -> int | None:
    """An explicit year from a year word; None means "infer it" (no year, or "het jaar")."""
    if not token:
        return None
    token = token.strip()
    if token.startswith("'"):
        return 2000 + int(token[1:])
    if token.isdigit():
        return int(token)
    if named := re.search(r"(?:19|20)\d\d$", token):
        return int(named.group(0))
    if re.search(r"volgend|komend|nieuwe", token):
        return ref.year + 1
    if "vorig" in token:
        return ref.year - 1
    if re.search(r"dit|deze|lopend|huidig", token):
        return ref.year
    return None


def _infer(
    ref: dt.date, build: Callable[[int], _Hit | None], year: int | None, ahead: int = 3
) -> _Hit | None:
    """An explicit year as given; otherwise the first year whose due is on or after ref."""
    if year is not None:
        try:
            return build(year)
        except (ValueError, OverflowError):
            return None
    for y in range(ref.year - 1, ref.year + ahead + 1):
        try:
            hit = build(y)
        except (ValueError, OverflowError):
            continue
        if hit is not None and hit.due is not None and hit.due >= ref:
            return hit
    return None


def _number(text: str) -> tuple[float, bool]:
    """A number from digits or words; the flag says it was a vague "enkele"/"een paar"."""
    text = text.strip()
    if text in _FEW_WORDS:
        return 3.0, True
    if text in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[text]), False
    return float(text.replace(",", ".")), False


def count(text: str) -> int | None:
    """A whole count in digits or in Dutch words ("4", "één", "twee", "tweeëntwintig"), or None: the numbers the
    term phrases read, for readers of other phrases ("een week later")."""
    folded = _folded(text.strip())
    if folded.isdigit():
        return int(folded)
    value = _NUMBER_WORDS.get(folded)
    return int(value) if value is not None and value == int(value) else None


def _add(ref: dt.date, n: float, unit: str, cal: Calendar) -> dt.date:
    if unit.startswith("werkdag"):
        return cal.add_working_days(ref, math.ceil(n))
    if unit.startswith(("dag", "kalenderdag")):
        return ref + dt.timedelta(days=math.ceil(n))
    if unit.startswith(("uur", "uren")):
        return ref + dt.timedelta(days=math.ceil(n / 24))
    if unit.startswith(("week", "weken", "werkweek")):
        return ref + dt.timedelta(days=round(7 * n))
    months = n * {"maand": 1, "kwart": 3, "halfj": 6, "jaar": 12, "jaren": 12}[
        next(k for k in ("maand", "kwart", "halfj", "jaren", "jaar") if unit.startswith(k))
    ]
    whole = int(months)
    return ref + relativedelta(months=whole) + dt.timedelta(days=round((months - whole) * 30))


def _unit_word(n: float, unit: str) -> str:
    plural = {"dag": "dagen", "werkdag": "werkdagen", "kalenderdag": "kalenderdagen", "week": "weken",
              "werkweek": "werkweken", "maand": "maanden", "kwartaal": "kwartalen", "jaar": "jaar",
              "halfjaar": "halfjaar", "uur": "uur"}  # fmt: skip
    singular = {v: k for k, v in plural.items()}
    base = singular.get(unit, unit)
    if n == 0.5 and base in ("jaar", "maand", "week", "dag"):
        return f"een {'half' if base == 'jaar' else 'halve'} {base}"
    if n == 1.5 and base in ("jaar", "maand", "week", "dag"):
        return f"{'anderhalf' if base == 'jaar' else 'anderhalve'} {base}"
    word = base if n == 1 else plural.get(base, base)
    amount = f"{n:g}".replace(".", ",")
    return f"{amount} {word}"


# ---------------------------------------------------------------------------------------------
# The rules. Each handler gets the whole-phrase match and returns a _Hit, or None to pass.

_Handler = Callable[[re.Match[str], dt.date, Calendar], "_Hit | None"]


@dataclass(frozen=True)
class _Rule:
    name: str
    whole: re.Pattern[str]
    finder: re.Pattern[str] | None
    handler: _Handler


_RULES: list[_Rule] = []
# In running text a phrase may carry these in front; they belong to its span. "nog" does not: it leads
# only the phrases without a preposition of their own ("nog dit jaar"), in their own finders.
# "(uiterlijk) twee weken voor het debat": a period before what follows.
_OFFSET = (
    r"(?:\d{1,3}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|veertien)\s"
    r"(?:werkdagen|dagen|dag|weken|week|maanden|maand)"
)
_FIND_LEAD_WORDS = (
    rf"uiterlijk|ten\slaatste|op\szijn\slaatst|niet\slater\sdan|ruim|ruimschoots|tijdig|vlak|kort|{_OFFSET}|"
    + "|".join(p for _, p in _RECURRENCE_PATTERNS)
)
_FINDER_START = r"(?<![\w/.])(?<!\w')(?<!\w-)"
# The lead words right before a phrase a finder found: searched once per phrase, up to where the phrase
# starts, instead of tried by every finder at every position of the text (three times the work).
_LEAD_BEFORE = re.compile(rf"{_FINDER_START}(?:(?:{_FIND_LEAD_WORDS})\s)+\Z")


def _rule(pattern: str, find: str | bool = True) -> Callable[[_Handler], _Handler]:
    """Register a handler for phrases matching `pattern` whole; `find` is the in-text variant."""

    def register(handler: _Handler) -> _Handler:
        finder = None
        if find:
            body = pattern if find is True else find
            finder = re.compile(rf"{_FINDER_START}(?:{body})(?![\w/-]|\.\d|-\d)")  # see _FINDER_END
        _RULES.append(_Rule(handler.__name__, re.compile(pattern), finder, handler))
        return handler

    return register


# --- explicit dates ------------------------------------------------------------------------

_DATE_PREP = (
    r"(?P<pre>voor|op|per|tot\sen\smet|t/m|tot|vanaf|met\singang\svan|m\.i\.v\.?|rondom|rond|omstreeks|tegen|"
    r"uiterlijk\sop|op\sof\svoor|voor\sof\sop|(?:op|rond|omstreeks)\sof\s(?:rond|omstreeks|op)|"
    r"(?:in\s)?de\sweek\s(?:van|voor)|naar|van)"
)
# "vanaf 1 januari" starts something rather than ending it: a term only with "uiterlijk" before it.
_FIND_DATE_PREP = (
    r"(?:voor|op|per|tot\sen\smet|t/m|tot(?:\suiterlijk(?:\sop)?)?|met\singang\svan|m\.i\.v\.?|rondom|rond|omstreeks|"
    r"tegen|uiterlijk\s(?:op|per|vanaf|voor)|uiterlijk|niet\slater\sdan|ten\slaatste|in\sde\sweek\s(?:van|voor)|"
    r"(?:op|rond|omstreeks)\sof\s(?:rond|omstreeks|op)|"
    r"(?:(?:streefdatum|deadline|einddatum|uiterste\s(?:datum|termijn)|nieuwe\sdeadline)(?::|\svan|\sop)?))"
)
# A footnote mark glued to a year in text copied from a PDF: "Met mijn brief van 28 september 20201".
_NOTE = r"(?:\d(?!\d))?"
_MARK_BODY = r"(?:a\.s\.?|as\.|aanstaande|jl\.?|j\.l\.?|jongstleden|l\.l\.?|ll\.|laatstleden)"
_MARK = rf"(?P<mark>{_MARK_BODY})"
# "uiterlijk a.s. maandag 20 juni": the mark of a day to come may stand before its weekday
_COMING_MARK = r"(?:a\.s\.?|as\.|aanstaande)"
_PAST_MARKS = ("jl", "j.l", "jongstleden", "l.l", "ll", "laatstleden")


def _date_hit(m: re.Match[str], ref: dt.date, day: int, month: int, year: int | None) -> _Hit | None:
    mark = (m.group("mark") or "").rstrip(".")
    if mark in _PAST_MARKS:
        return _Hit(None, "none", "datum in het verleden (jl.): geen termijn")
    pre = m.group("pre") or ""
    wd_text = m.groupdict().get("wdr") or m.groupdict().get("wd")
    weekday = None
    if wd_text:
        w = wd_text.rstrip(".")
        weekday = WEEKDAY_WORDS.get(w, WEEKDAY_ABBREVIATIONS.get(w))
    note = ""

    def build(y: int) -> _Hit | None:
        d = dt.date(y, month, day)
        if weekday is not None and year is None and d.weekday() != weekday:
            return None
        return _shift_date(d, pre)

    if weekday is not None and year is None:
        # "vrijdag 3 maart": the first year from ref on in which 3 March is a Friday, this one or the next.
        # Further on the weekday is a slip of the writer's, not a date years ahead: the year without it.
        hit = _infer(ref, build, None, ahead=2)
        plain = _infer(ref, lambda y: _shift_date(dt.date(y, month, day), pre), None)
        if plain is not None and (hit is None or hit.due is None or plain.due is None
                                  or hit.due.year > plain.due.year + 1):
            hit = plain
            d = _date_of(plain, pre)
            if d.weekday() != weekday:
                note = _weekday_note(d)
    else:
        hit = _infer(ref, build, year)
        if hit is not None and weekday is not None and year is not None:
            d = dt.date(year, month, day)
            if d.weekday() != weekday:
                note = _weekday_note(d)
    if hit is None:
        return None
    return _Hit(hit.due, hit.precision, hit.explanation + note)


def _date_of(hit: _Hit, pre: str) -> dt.date:
    """The date a `_shift_date` hit was made from."""
    assert hit.due is not None
    if pre in ("voor", "tegen") or pre.endswith("week voor"):
        return hit.due + dt.timedelta(days=1)
    return hit.due


_WARNING = "let op: "
_WARNING_IN = re.compile(rf"\({re.escape(_WARNING)}([^()]*)\)")


def _weekday_note(d: dt.date) -> str:
    """The explanation's note on a weekday that does not fit the date the reading took."""
    return f" ({_WARNING}{date_nl(d)} is een {_weekday_name(d)})"


def explanation_warning(explanation: str | None) -> str | None:
    """The warning a reading's explanation carries, for where only the date is shown ("let op: 31 januari 2027 is een
    zondag", when the text said "woensdag 31 januari"), or None."""
    m = _WARNING_IN.search(explanation or "")
    return _WARNING + m.group(1) if m else None


def _weekday_name(d: dt.date) -> str:
    return weekday_name(d)


def _shift_date(d: dt.date, pre: str) -> _Hit:
    # "tot 17 november de tijd" runs through that day; "voor"/"tegen" it is the day before.
    if pre in ("voor", "tegen"):
        return _Hit(d - dt.timedelta(days=1), "day", f"dag voor {_fmt(d, True)}")
    if pre.endswith("week van"):
        return _Hit(_friday(d), "week", f"vrijdag van de week van {_fmt(d, True)}")
    if pre.endswith("week voor"):
        # "in de week voor 28 april": that week, up to the day before
        return _Hit(d - dt.timedelta(days=1), "week", f"week voor {_fmt(d, True)}: tot de dag ervoor")
    return _Hit(d, "day", f"datum {_fmt(d, True)}")


# "op 24 en 25 februari", "3-4 juni": two days of which the later one counts (deadlines.md's ranges).
# "op maandag 5 en donderdag 8 november": the second day may have its own weekday (which is the one to check).
_D_RANGE = (
    rf"(?:\d{{1,2}}(?:e|ste|de)?(?:\s(?:en|of|tot(?:\sen\smet)?|t/m|a)\s(?:(?P<wdr>{_WD_ANY}),?\s)?|\s?[-/]\s?))?"
)
_FIND_D_RANGE = _D_RANGE.replace("(?P<wdr>", "(?:")


@_rule(
    rf"(?:{_DATE_PREP}\s)?(?:{_COMING_MARK}\s)?(?:(?P<wd>{_WD_ANY}){_DAY_PART}?,?\s)?{_D_RANGE}(?P<d>\d{{1,2}})(?:e|ste|de)?\s(?P<mon>{_MONTH})"
    rf"(?:\s(?P<y>(?:19|20)\d\d){_NOTE}|\s'(?P<y2>\d\d)|\s(?:van\s)?(?P<yw>{_YEARWORD}))?(?:\s{_MARK})?",
    # "(de deadline wordt verplaatst) naar 1 november": the date a term moves to, without its "naar"
    find=rf"(?:(?:{_FIND_DATE_PREP}\s)(?:{_COMING_MARK}\s{_WD_ANY}{_DAY_PART}?,?\s|{_WD_ANY}{_DAY_PART}?,?\s)?"
    rf"{_FIND_D_RANGE}|{_WEEKDAY},?\s{_FIND_D_RANGE}|(?<=\bnaar\s))"
    rf"\d{{1,2}}(?:e|ste|de)?\s{_MONTH}"
    rf"(?:\s(?:19|20)\d\d{_NOTE}|\s'\d\d|\s(?:van\s)?{_YEARWORD})?(?:\s{_MARK_BODY})?"
    rf"|\d{{1,2}}\s{_MONTH}(?:\s(?:19|20)\d\d{_NOTE})?\s{_MARK_BODY}",
)
def _date_words(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    year = int(m.group("y")) if m.group("y") else (2000 + int(m.group("y2")) if m.group("y2") else None)
    if m.group("yw"):
        year = _year_from(m.group("yw"), ref)
        if year is None:
            return None  # "3 mei van het jaar": no year to read
    month = MONTH_WORDS[m.group("mon").rstrip(".")]
    return _date_hit(m, ref, int(m.group("d")), month, year)


@_rule(
    rf"(?:{_DATE_PREP}\s)?(?:(?P<wd>{_WD_ANY}),?\s)?(?P<d>\d{{1,2}})(?P<sep>[-/.])(?P<m>\d{{1,2}})(?P=sep)"
    rf"(?P<y>(?:19|20)\d\d|\d\d)(?:\s{_MARK})?",
    find=rf"(?:(?:{_FIND_DATE_PREP})\s(?:{_WD_ANY},?\s)?|{_WEEKDAY},?\s)?\d{{1,2}}(?P<sep>[-/.])\d{{1,2}}(?P=sep)"
    rf"(?:(?:19|20)\d\d|\d\d)(?:\s{_MARK_BODY})?",
)
def _date_numeric(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    y = int(m.group("y"))
    # Day first, as the Dutch write it; a two-digit year is this century.
    return _date_hit(m, ref, int(m.group("d")), int(m.group("m")), y + 2000 if y < 100 else y)


@_rule(
    rf"(?:{_DATE_PREP}\s)?(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?:\s{_MARK})?",
    find=rf"(?:(?:{_FIND_DATE_PREP})\s)?\d{{4}}-\d{{2}}-\d{{2}}",
)
def _date_iso(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    return _date_hit(m, ref, int(m.group("d")), int(m.group("m")), int(m.group("y")))


# --- relative: binnen/over N dagen/weken/maanden/jaar ----------------------------------------

_REL_PRE = (
    r"(?:binnen|over|in|na|uiterlijk\sbinnen|binnen\s(?:de|een)\s(?:wettelijke\s)?(?:termijn|periode)\svan|"
    r"(?:binnen\s|in\s)?de\s(?:komende|eerstvolgende|volgende|aankomende|aanstaande)|binnen\snu\sen|"
    r"nu\sen)"
)
# In running text "de komende 20 jaar" without "binnen" or "in" is how long something lasts ("voor de
# komende 20 jaar"), no term.
_FIND_REL_PRE = _REL_PRE.replace(r"(?:binnen\s|in\s)?de\s", r"(?:binnen|in)\sde\s")
# "binnen zes weken na ontvangst van de aanvraag" counts from an event, not from the day it was said: the
# event belongs to the phrase (which then reads as an event). "na dato", "na vandaag" count from today.
_REL_AFTER_EVENT = (
    r"(?:\s(?:na|nadat)\s(?!dato|vandaag|heden|nu(?![a-z]))(?:(?:de|het|een|deze|dit|die|dat)\s)?(?:[a-z]+e\s)?[\w-]+"
    r"(?:\s(?:van|over|inzake)\s(?:(?:de|het|een|deze|dit|die|dat|uw|zijn|haar)\s)?(?:[a-z]+e\s)?[\w-]{4,})?)?"
)
_REL_QUALIFIER = r"(?:(?:ongeveer|circa|ca\.?|zo'n|pakweg|maximaal|hooguit|uiterlijk|ruim|nog|max\.?)\s)?"
_REL_BODY = (
    rf"{_REL_QUALIFIER}(?P<n1>{_NUM})(?:\s?(?:a|-|tot(?:\sen\smet)?|of|/)\s?(?P<n2>{_NUM}))?\s?(?P<unit>{_UNIT})"
    r"(?:\s(?:tijd|na\svandaag|na\sdato|vanaf\snu|vanaf\svandaag|van\snu))?"
)


# "Het college heeft 30 dagen de tijd om te antwoorden", "krijgt zes weken de tijd": a period given, as "binnen".
@_rule(rf"(?:{_REL_PRE}\s)?{_REL_BODY}",
       find=rf"{_FIND_REL_PRE}\s{_REL_BODY}{_REL_AFTER_EVENT}|{re.sub(r'[(][?]P<[a-z0-9]+>', '(?:', _REL_BODY)}"
       r"(?=\sde\stijd(?![a-z]))")
def _relative(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    n, few = _number(m.group("n2") or m.group("n1"))
    if n <= 0:
        return None
    unit = m.group("unit")
    due = _add(ref, n, unit, cal)
    span = _unit_word(n, unit)
    if few:
        return _Hit(due, "vague", f"vaag: enkele {unit} = {span} na {_fmt(ref, True)}")
    upper = "bovengrens: " if m.group("n2") else ""
    extra = " (zonder weekend en feestdagen)" if unit.startswith("werkdag") else ""
    return _Hit(due, "day", f"{upper}{span} na {_fmt(ref, True)}{extra}")


@_rule(
    rf"(?:binnen|over|in)\s(?:een\s|ongeveer\seen\s)?(?P<unit>dag|week|maand|jaar)\sof\s(?P<n1>{_NUM})",
)
def _relative_about(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    # "binnen een week of zes" is Dutch for "in about six weeks".
    n, _ = _number(m.group("n1"))
    unit = m.group("unit")
    return _Hit(_add(ref, n, unit, cal), "day", f"{_unit_word(n, unit)} na {_fmt(ref, True)}")


@_rule(r"binnen\shet\sjaar|binnen\s(?:twaalf|12)\smaanden\stijd")
def _within_year(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    return _Hit(ref + relativedelta(years=1), "day", f"1 jaar na {_fmt(ref, True)}")


# --- vague ---------------------------------------------------------------------------------

_SHORT_TERM = (
    r"(?:op|binnen)\s(?:(?:een|zeer|heel|redelijk|relatief|vrij|zo)\s)*korte\stermijn|op\s(?:de\s)?kortst\smogelijke\stermijn|"
    r"op\szo\skort\smogelijke\stermijn|zo\s(?:snel|spoedig|vlot|kort|vlug|gauw)\s(?:als\s)?(?:mogelijk|het\skan|"
    # "een zo spoedig mogelijke besluitvorming" is what is asked for, not when
    r"dat\skan|kan)|zo\sspoedig(?!\smogelijke\b)|zsm|z\.s\.m\.?|z\.s\.m|asap|(?:zeer\s|heel\s)?spoedig(?!\smogelijke\b)|"
    r"met\s(?:de\s)?(?:grootst\smogelijke\s|grote\s|alle\s|hoge\s)?spoed|onverwijld|"
    r"(?:zeer\s|heel\s)?binnenkort|binnen\safzienbare\s(?:tijd|termijn)|op\safzienbare\stermijn|"
    r"per\s(?:om)?gaande|per\sommegaande|ten\sspoedigste|onmiddellijk|(?:zo\s)?direct|meteen|per\sdirect|"
    r"(?:in\s)?de\s(?:komende|eerstkomende|eerstvolgende)\sweken|(?:in\s)?de\snabije\stoekomst"
)
_SHORT_TERM_FIND = _SHORT_TERM.replace(r"|(?:zo\s)?direct|meteen|", "|")


@_rule(rf"(?:{_SHORT_TERM}|snel)", find=_SHORT_TERM_FIND)
def _short_term(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    due = ref + dt.timedelta(days=SHORT_TERM_DAYS)
    return _Hit(due, "vague", f"vaag: korte termijn = 4 weken na {_fmt(ref, True)}")


_LONG_TERM = (
    r"op\s(?:de\s)?(?:middel)?lange\stermijn|op\s(?:de\s)?langere\stermijn|op\stermijn|te\szijner\stijd|"
    r"t\.z\.t\.?|tzt|op\seen\slater\s(?:moment|tijdstip)|in\seen\slater\sstadium|in\sde\stoekomst|"
    r"(?:in\s)?de\s(?:komende|eerstkomende)\s(?:maanden|jaren|tijd|periode)|"
    r"(?:in\s)?de\sloop\sder\stijd|op\s(?:den|de)\sduur"
)


@_rule(rf"(?:{_LONG_TERM}|later|ooit|uiteindelijk|regelmatig|periodiek|doorlopend)", find=_LONG_TERM)
def _long_term(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    return _Hit(None, "vague", f"vaag: geen datum ({m.group(0)})")


# --- days and weeks ------------------------------------------------------------------------


@_rule(
    r"(?:nog\s|later\s)?(?:vandaag|heden(?:middag|avond|ochtend)?|vanavond|vanmiddag|vanochtend|vannacht)|"
    r"(?:voor\s)?(?:het\s)?einde?\svan\sde\sdag|eod",
    # "hedenavond" (Handelingen: "Ik stel voor, hedenavond ook te stemmen"), not "heden": "tot op heden" is past;
    # "later vandaag" as "later deze week"
    find=r"(?:nog\s|later\s)?(?:vandaag|vanavond|vanmiddag|heden(?:middag|avond|ochtend))|"
    r"(?:voor\s)?(?:het\s)?einde?\svan\sde\sdag",
)
def _today(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    return _Hit(ref, "day", f"vandaag ({_fmt(ref, True)})")


@_rule(r"(?P<voor>voor\s)?(?P<over>over)?morgen(?:ochtend|middag|avond)?")
def _tomorrow(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    days = (2 if m.group("over") else 1) - (1 if m.group("voor") else 0)
    due = ref + dt.timedelta(days=days)
    return _Hit(due, "day", f"{'over' if m.group('over') else ''}morgen ({_fmt(due, True)})")


_WEEK_END = (
    # "in de eerste helft van volgende week": a part of a week is on time up to that week's Friday
    r"(?:(?:in|eind|einde|eind\svan|aan\shet\seinde?\svan|voor\shet\seinde?\svan|tegen\shet\seinde?\svan|"
    r"(?:in\s)?de\s(?:eerste|tweede)\shelft\svan|"
    r"(?:voor|tegen|uiterlijk)\seinde?|in\sde\sloop\svan|gedurende|later|nog\slater)\s)"
)


# "in de loop van de week", "later in de week": the week it is said in.
_WEEK_COURSE = r"(?:in\sde\sloop\svan|later\sin|gedurende)\sde\s(?:werk)?week"


@_rule(
    rf"{_WEEK_END}?(?:deze|dit|de\shuidige|de\slopende)\s(?:werk)?week|voor\shet\sweekend|"
    rf"(?:voor\s|aan\s|tegen\s)?(?:het\s)?einde?\svan\sde\s(?:werk)?week|{_WEEK_COURSE}",
    find=rf"(?:{_WEEK_END}|nog\s)?(?:deze|de\shuidige|de\slopende)\s(?:werk)?week|voor\shet\sweekend|"
    rf"(?:voor\s|aan\s|tegen\s)?(?:het\s)?einde?\svan\sde\s(?:werk)?week|{_WEEK_COURSE}",
)
def _this_week(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    due = _friday(ref)
    return _Hit(due, "week", f"vrijdag van deze week ({_fmt(due, True)})")


@_rule(
    rf"(?P<begin>begin\s|in\shet\sbegin\svan\s)?{_WEEK_END}?(?:de\s)?(?:volgende|komende|aanstaande|"
    r"eerstvolgende|eerstkomende)\s(?:werk)?week(?P<after>\sof\s(?:die|de)\s(?:week\s)?(?:erop|daarop|daarna|erna))?"
)
def _next_week(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=7)
    if m.group("after"):
        # "volgende week of die week erop": a range, its upper bound counts
        due = _friday(monday) + dt.timedelta(days=7)
        return _Hit(due, "week", f"bovengrens: vrijdag van de week na volgende week ({_fmt(due, True)})")
    due = _friday(monday)
    if m.group("begin"):
        # as deadlines.md's week rules: a phrase of week precision is on time up to that week's Friday
        return _Hit(due, "week", f"begin volgende week: de week van {_fmt(monday, True)}, tot vrijdag")
    return _Hit(due, "week", f"vrijdag van volgende week ({_fmt(due, True)})")


@_rule(
    rf"(?:(?P<pre>in|voor|uiterlijk\sin|eind|einde|eind\svan|in\sde\sloop\svan)\s)?(?:de\s)?(?:week|wk\.?)\s?"
    rf"(?P<wn>\d{{1,2}})(?:\s(?:van\s)?(?P<yr>{_YEARWORD}))?"
)
def _iso_week(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    week = int(m.group("wn"))
    if not 1 <= week <= 53:
        return None
    before = m.group("pre") == "voor"

    def build(y: int) -> _Hit | None:
        friday = dt.date.fromisocalendar(y, week, 5)
        if before:
            due = friday - dt.timedelta(days=7)
            return _Hit(due, "week", f"voor week {week} ({y}): vrijdag {_fmt(due, True)}")
        return _Hit(friday, "week", f"vrijdag van week {week} ({_fmt(friday, True)})")

    return _infer(ref, build, _year_from(m.group("yr"), ref))


@_rule(
    rf"(?P<wd>{_WEEKDAY})\s(?:van\s)?(?P<wk>deze|volgende|komende|aanstaande)\sweek|"
    rf"(?P<wk2>deze|volgende|komende)\sweek\s(?P<wd2>{_WEEKDAY})"
)
def _weekday_of_week(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    name = re.sub(rf"{_DAY_PART}$", "", m.group("wd") or m.group("wd2"))
    monday = ref - dt.timedelta(days=ref.weekday())
    if (m.group("wk") or m.group("wk2")) != "deze":
        monday += dt.timedelta(days=7)
    due = monday + dt.timedelta(days=WEEKDAY_WORDS[name])
    return _Hit(due, "day", f"{name} ({_fmt(due, True)})")


# "maandag of dinsdag", "dinsdag tot en met donderdag": two days of which the later one counts.
_WD_RANGE = r"\s(?:of|en|tot(?:\sen\smet)?|t/m)\s"


@_rule(
    rf"(?:(?P<pre>voor|op|tegen|tot|aanstaande|komende|komend|volgende|deze|a\.s\.|eerstvolgende|"
    rf"eerstkomende)\s)?(?:{_COMING_MARK}\s)?(?P<wd>{_WEEKDAY})(?:{_WD_RANGE}(?P<wd2>{_WEEKDAY}))?"
    r"(?:\s(?P<post>a\.s\.?|aanstaande|as\.?))?"
    r"(?:\s(?:om\s|voor\s)?(?:\d{1,2}[.:]\d\d(?:\s?uur)?|\d{1,2}\s?uur))?",
    # "uiterlijk a.s. maandag", "voor a.s. vrijdag": the mark of a day to come between the preposition and the day
    find=rf"(?:(?:voor|op|tegen|tot|aanstaande|komende|volgende|deze|eerstvolgende|eerstkomende|uiterlijk|"
    rf"a\.s\.?)\s)(?:{_COMING_MARK}\s)?(?:{_WEEKDAY})"
    rf"(?:{_WD_RANGE}{_WEEKDAY})?(?:\sa\.s\.?)?|(?:{_WEEKDAY})\s(?:a\.s\.?|aanstaande)",
)
def _weekday(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    name = re.sub(rf"{_DAY_PART}$", "", m.group("wd"))
    pre = m.group("pre") or ""
    strictly_after = pre == "volgende"
    ahead = (WEEKDAY_WORDS[name] - ref.weekday()) % 7
    if ahead == 0 and strictly_after:
        ahead = 7
    day = ref + dt.timedelta(days=ahead)
    if pre in ("voor", "tegen"):
        due = day - dt.timedelta(days=1)
        return _Hit(due, "day", f"dag voor {name} ({_fmt(day, True)})")
    if m.group("wd2"):
        # "maandag of dinsdag": a range, and its upper bound counts (deadlines.md)
        last = re.sub(rf"{_DAY_PART}$", "", m.group("wd2"))
        day += dt.timedelta(days=(WEEKDAY_WORDS[last] - day.weekday()) % 7)
        return _Hit(day, "day", f"bovengrens: {last} ({_fmt(day, True)})")
    return _Hit(day, "day", f"eerstvolgende {name} ({_fmt(day, True)})")


# --- quarters and halves -------------------------------------------------------------------

_Q_ORD = {"eerste": 1, "1e": 1, "1ste": 1, "tweede": 2, "2e": 2, "2de": 2, "derde": 3, "3e": 3, "3de": 3,
          "vierde": 4, "4e": 4, "4de": 4, "laatste": 4}  # fmt: skip
_Q_PRE = (
    rf"(?:(?P<before>voor|tegen)\s|(?:{_END}|in|gedurende|in\sde\sloop\svan|ergens\sin|uiterlijk\sin|binnen|"
    r"eind|voor\sof\sin)\s)"
)
_QUARTER = (
    rf"(?:(?:het\s)?(?P<qw>{_alt(_Q_ORD)})\s(?:kwartaal|kw\.?)|q(?P<qd>[1-4])|k(?P<qk>[1-4])|"
    r"kwartaal\s(?P<qn>[1-4])|(?P<qrel>dit|deze|het\shuidige|het\slopende|volgend|volgende|het\svolgende|"
    r"komend|komende|het\skomende)\skwartaal|(?P<qthe>het\skwartaal))"
    rf"(?:\s(?:van\s)?(?P<yr>{_YEARWORD})|\s?[-/]\s?(?P<yq>(?:19|20)?\d\d)|\s?'(?P<yq2>\d\d))?"
)


@_rule(
    rf"{_Q_PRE}?(?:{_QUARTER}|(?P<ypre>(?:19|20)\d\d)[-\s]q(?P<qd2>[1-4]))",
    find=rf"{_Q_PRE}?{_QUARTER}",
)
def _quarter(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    g = m.groupdict()
    year: int | None = _year_from(g.get("yr"), ref)
    yq = g.get("yq") or g.get("yq2")
    if yq:
        year = int(yq) + (2000 if len(yq) == 2 else 0)
    if g.get("ypre"):
        year = int(g["ypre"])
    if g.get("qrel") or g.get("qthe"):
        q_now = (ref.month - 1) // 3 + 1
        step = 1 if g.get("qrel") and re.search(r"volgend|komend", g["qrel"]) else 0
        q0 = q_now + step
        year, q = ref.year + (q0 - 1) // 4, (q0 - 1) % 4 + 1
    else:
        raw = g.get("qw")
        q = _Q_ORD[raw] if raw else int(g.get("qd") or g.get("qk") or g.get("qn") or g.get("qd2") or 0)
    before = bool(g.get("before"))

    def build(y: int) -> _Hit | None:
        if before:
            start = dt.date(y, 3 * q - 2, 1)
            due = start - dt.timedelta(days=1)
            return _Hit(due, "quarter", f"voor kwartaal {q} van {y}: {_fmt(due, True)}")
        due = _quarter_end(y, q)
        return _Hit(due, "quarter", f"einde van kwartaal {q} van {y} ({_fmt(due, True)})")

    return _infer(ref, build, year)


_H_YEAR = rf"(?:\s(?:van\s)?(?P<yr>{_YEARWORD}|het\sjaar))?"


@_rule(
    rf"(?:(?:in|gedurende|uiterlijk\sin|in\sde\sloop\svan)\s)?(?:(?:de|het)\s)?(?P<half>eerste|tweede|1e|2e)\s"
    rf"(?:helft|jaarhelft|halfjaar|half\sjaar){_H_YEAR}|h(?P<hd>[12]){_H_YEAR.replace('yr', 'yr2')}"
)
def _half_year(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    first = (m.group("half") or "") in ("eerste", "1e") or m.group("hd") == "1"
    return _infer(ref, lambda y: _half_hit(y, first), _year_from(m.group("yr") or m.group("yr2"), ref))


def _half_hit(y: int, first: bool) -> _Hit:
    if first:
        return _Hit(dt.date(y, 6, 30), "quarter", f"eerste helft van {y}: 30 juni")
    return _Hit(dt.date(y, 12, 31), "year", f"tweede helft van {y}: 31 december")


# --- months --------------------------------------------------------------------------------

# "tot half mei": up to and including the day the rest names.
_UPTO = r"(?:(?:tot(?:\sen\smet)?|t/m)\s)?"
_M_PRE = (
    # "(in de) tweede helft (van) september", "2e helft september": as "eind september"
    rf"(?:{_UPTO}(?P<end>{_END}|(?:in\s)?(?:de\s)?(?:tweede|2e|2de)\shelft(?:\svan)?|(?:in\s)?de\slaatste\sweek\svan)\s|"
    rf"{_UPTO}(?P<begin>{_BEGIN})\s|(?:in\s)?de\s(?P<week1>eerste|tweede|derde|vierde)\sweek\svan\s|"
    rf"{_UPTO}(?P<mid>{_MID})\s|mid-\s?|"
    r"(?P<before>voor|tegen|tot)\s|"
    r"(?P<in>in|in\sde\sloop\svan|gedurende|in\sde\smaand|ergens\sin|voor\sof\sin|in\sof\svoor|uiterlijk\sin|"
    r"uiterlijk|rond)\s)"
)


_COMING_AFTER = r"(?:\s(?:a\.s\.?|aanstaande))?"


# "in november/december", "in mei of juni": two months of which the later one counts (deadlines.md's ranges).
_M_RANGE = rf"(?:{_MONTH}(?:\s?/\s?|-|\s(?:of|en|tot(?:\sen\smet)?|t/m)\s))?"


@_rule(
    rf"{_M_PRE}?(?:de\smaand\s)?{_M_RANGE}(?P<mon>{_MONTH}){_YEARSPEC}{_COMING_AFTER}",
    # "(het besluit werd doorgeschoven) naar januari 2019": the month a thing moves to, without its "naar";
    # "begin juni a.s.": the mark of a month to come belongs to the phrase, as it does to a date's
    find=rf"(?:{_M_PRE}|(?<=\bnaar\s))(?:de\smaand\s)?{_M_RANGE}(?P<mon>{_MONTH}){_YEARSPEC}{_COMING_AFTER}",
)
def _month(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    month = MONTH_WORDS[m.group("mon").rstrip(".")]
    name = month_name(month)
    pre = m.group(0)

    def build(y: int) -> _Hit | None:
        if m.group("week1"):
            # "in de eerste week van juli": the week the month starts in (the next one when it starts on a
            # weekend), up to its Friday, as "week N"
            first = dt.date(y, month, 1)
            friday = _friday(first + dt.timedelta(days=(7 - first.weekday()) % 7 if first.weekday() >= 5 else 0))
            nth = m.group("week1")
            friday += dt.timedelta(weeks=("eerste", "tweede", "derde", "vierde").index(nth))
            return _Hit(friday, "week", f"{nth} week van {name} {y}: vrijdag van die week ({_fmt(friday, True)})")
        if m.group("begin"):
            return _Hit(dt.date(y, month, 10), "month", f"begin {name} {y}: de 10e")
        if m.group("mid") or pre.startswith("mid-"):
            return _Hit(dt.date(y, month, 15), "month", f"half {name} {y}: de 15e")
        if m.group("before"):
            due = dt.date(y, month, 1) - dt.timedelta(days=1)
            last = month_name(due.month) + (f" {due.year}" if due.year != y else "")
            return _Hit(due, "month", f"voor {name} {y}: laatste dag van {last}")
        return _Hit(_month_end(y, month), "month", f"eind {name} {y}")

    return _infer(ref, build, _year_from(m.group("yr"), ref))


_M_REL_PRE = rf"(?:(?:{_END}|in|in\sde\sloop\svan|gedurende|nog\sin|nog|later)\s)"


@_rule(
    rf"(?:{_M_REL_PRE}|(?P<mbegin>{_BEGIN})\s|(?P<mmid>{_MID})\s)?(?P<rel>deze|dit|de\shuidige|de\slopende|volgende|"
    r"komende|de\svolgende|de\skomende|"
    r"volgend|komend|het\seinde\svan\sde)\smaand|(?:(?:voor|tegen|aan|tot)\s)?(?:het\s)?einde?\svan\sde\smaand|"
    r"(?:voor|tegen)\s(?:het\s)?einde?\smaand",
)
def _this_month(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    rel = m.group("rel") or ""
    first = ref.replace(day=1)
    if re.search(r"volgend|komend", rel):
        first += relativedelta(months=1)
    if m.group("mbegin") or m.group("mmid"):
        # "begin volgende maand", "half deze maand": as "begin [maand]", "half [maand]"
        day = 10 if m.group("mbegin") else 15
        part = "begin" if m.group("mbegin") else "half"
        return _Hit(first.replace(day=day), "month", f"{part} {month_name(first.month)} {first.year}: de {day}e")
    due = _month_end(first.year, first.month)
    return _Hit(due, "month", f"eind {month_name(due.month)} {due.year}")


# --- years ---------------------------------------------------------------------------------


@_rule(
    rf"(?P<begin>{_BEGIN}|(?:in\s)?de\seerste\smaanden\svan)\s(?P<yr>{_YEARWORD})",
)
def _year_begin(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    year = _year_from(m.group("yr"), ref)
    return _infer(ref, lambda y: _Hit(dt.date(y, 3, 31), "quarter", f"begin {y}: 31 maart"), year)


@_rule(rf"(?:{_MID}|mid-?)\s?(?P<yr>{_YEARWORD})")
def _year_mid(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    year = _year_from(m.group("yr"), ref)
    return _infer(ref, lambda y: _Hit(dt.date(y, 6, 30), "quarter", f"medio {y}: 30 juni"), year)


_Y_PRE = (
    rf"(?:(?:{_END}|later|in|in\sde\sloop\svan|gedurende|ergens\sin|binnen|uiterlijk\sin|uiterlijk|voor\sof\sin|"
    r"nog\sin|(?:in\s)?de\slaatste\smaanden\svan|(?:nog\s)?voor\shet\seinde?\svan|per\seinde|per\sultimo)\s)"
)
# In running text "nog" before "voor" is no part of the phrase, as in "nog voor de zomer" ("Doel is om nog voor het
# eind van dit jaar ..." is "voor het eind van dit jaar"); "nog in" and "nog dit jaar" keep it.
_Y_PRE_FIND = _Y_PRE.replace(r"(?:nog\s)?voor\shet", r"voor\shet")


@_rule(
    rf"(?P<pre>{_Y_PRE})?(?P<yr>{_YEARWORD})|(?:voor|tegen|rond|uiterlijk\sbij)\s(?:de\s)?jaarwisseling|"
    r"(?:voor|tegen)\s(?:oud\sen\snieuw|het\snieuwe\sjaar)|(?:voor\s)?(?:het\s)?jaareinde|"
    r"later\sdit\sjaar|later\sin\shet\sjaar|(?:(?:tot(?:\sen\smet)?|voor|tegen|per|uiterlijk|rond)\s)?(?:einde?|eind)\sjaar",
    find=rf"(?:{_Y_PRE_FIND}|nog\s)(?P<yr>{_YEARWORD})|(?:voor|tegen|rond)\s(?:de\s)?jaarwisseling|"
    r"(?:voor|tegen)\s(?:oud\sen\snieuw|het\snieuwe\sjaar)|voor\shet\sjaareinde|"
    r"(?:(?:tot(?:\sen\smet)?|voor|tegen|per|uiterlijk|rond)\s)?(?:einde?|eind)\sjaar|"
    # "Hij verwacht dit jaar een besluit": a year word as an adverb, without a preposition (which would make it
    # what something is for or about: "het budget voor volgend jaar"); a term only in a clause that looks ahead
    rf"(?<!\bvan\s)(?<!\bvoor\s)(?<!\bover\s)(?<!\bsinds\s)(?<!\bvanaf\s)(?<!\btot\s)(?<!\bper\s)(?<!\bna\s)"
    rf"(?<!\bhet\s)(?<!\bde\s)"
    rf"(?P<bare>{_BARE_YEAR})",
)
def _year_end(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    token = m.group("yr")
    year = _year_from(token, ref)
    if token and ("vorig" in token or (year is None and not m.group("pre"))):
        return None  # "vorig jaar" is history; a bare "het jaar" says nothing
    return _infer(ref, lambda y: _Hit(dt.date(y, 12, 31), "year", f"eind {y}"), year)


# In running text "voor 2021" mostly means "for 2021" ("een waardering voor 2021"): it is found as a term
# only with a word that makes it one ("uiterlijk voor 2026", "nog voor 2026", "ruim voor 2026").
@_rule(
    r"(?:voor|tegen)\s(?P<yr>(?:19|20)\d\d|volgend\sjaar|het\svolgende\sjaar)",
    find=r"(?:(?<=uiterlijk\s)|(?<=ruim\s)|(?<=nog\s)|(?<=al\s)|(?<=ver\s))(?:voor|tegen)\s(?:(?:19|20)\d\d|"
    r"volgend\sjaar|het\svolgende\sjaar)",
)
def _before_year(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    year = _year_from(m.group("yr"), ref)
    if year is None:
        return None
    return _Hit(dt.date(year - 1, 12, 31), "year", f"voor {year}: 31 december {year - 1}")


# --- recesses and seasons ------------------------------------------------------------------


def _recess_for(m: re.Match[str], ref: dt.date, cal: Calendar, year: int) -> Recess | None:
    noun = m.group("noun")
    if noun:
        return cal.recess(_RECESS_NOUNS[noun], year)
    rmon = m.group("rmon")
    if rmon:
        name = _RECESS_BY_MONTH.get(MONTH_WORDS[rmon.rstrip(".")])
        return cal.recess(name, year) if name else None
    return None


def _mark(r: Recess) -> str:
    return ", geschat" if r.estimated else ""


def _before_recess_hit(r: Recess) -> _Hit:
    due = r.start - dt.timedelta(days=1)
    return _Hit(due, "season", f"dag voor het {r.name} {r.year} ({_fmt_in(r.start, r.year)}){_mark(r)}", r.estimated)


# "tot (aan) het zomerreces" runs up to it, as "voor"; "voor aanvang van het zomerreces" is "voor".
_BEFORE = (
    r"(?:(?:voor|tegen|tot(?:\saan)?|(?:in\s)?(?:de\s)?aanloop\snaar)"
    r"(?:\s(?:de\s)?(?:aanvang|start)\svan|\shet\sbegin\svan)?)"
)


@_rule(rf"{_BEFORE}\s{_RECESS}{_YEARSPEC}")
def _before_recess(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    year = _year_from(m.group("yr"), ref)
    if m.group("generic"):
        if year is not None:
            return None
        return _before_recess_hit(cal.next_recess_after(ref))

    def build(y: int) -> _Hit | None:
        r = _recess_for(m, ref, cal, y)
        return _before_recess_hit(r) if r else None

    return _infer(ref, build, year)


# "(uiterlijk) voor het einde van het zomerreces": its last day, as "tijdens".
_DURING = (
    rf"(?:in|tijdens|gedurende|in\sde\sloop\svan|ergens\sin|rond|rondom|omstreeks|deze|dit|komende|komend|"
    rf"aankomende|{_END})"
)


@_rule(rf"(?:{_DURING}\s)?{_RECESS}{_YEARSPEC}", find=rf"{_DURING}\s{_RECESS}{_YEARSPEC}")
def _during_recess(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    year = _year_from(m.group("yr"), ref)
    if m.group("generic"):
        return None

    def build(y: int) -> _Hit | None:
        r = _recess_for(m, ref, cal, y)
        if r is None:
            return None
        text = f"laatste dag van het {r.name} {r.year} ({_fmt_in(r.end, r.year)}){_mark(r)}"
        return _Hit(r.end, "season", text, r.estimated)

    return _infer(ref, build, year)


_AFTER = r"(?:(?:direct|kort|vlak|meteen|snel|zo\ssnel\smogelijk|zo\sspoedig\smogelijk|zsm|z\.s\.m\.?|ergens)\s)?na"


@_rule(rf"{_AFTER}\s(?:afloop\svan\s)?{_RECESS}{_YEARSPEC}")
def _after_recess(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    year = _year_from(m.group("yr"), ref)

    def hit_for(r: Recess) -> _Hit:
        if r.name == "zomerreces":
            due = dt.date(r.year, 9, 30)
            return _Hit(due, "season", f"na het zomerreces {r.year}: 30 september{_mark(r)}", r.estimated)
        # deadlines.md names a date only after the summer; after another recess it is "na ... (an event)".
        return _Hit(None, "event", f"na het {r.name}: gebeurtenis, geen vaste datum")

    if m.group("generic"):
        if year is not None:
            return None
        current = [r for y in (ref.year - 1, ref.year) for r in cal.recesses(y) if r.start <= ref <= r.end]
        return hit_for(current[0] if current else cal.next_recess_after(ref))

    def build(y: int) -> _Hit | None:
        r = _recess_for(m, ref, cal, y)
        return hit_for(r) if r else None

    return _infer(ref, build, year)


@_rule(rf"{_BEFORE}\s(?:{_DETS}\s)?winter{_YEARSPEC}")
def _before_winter(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    """"voor de winter": the Kamer's winter starts with the kerstreces, like "in het najaar" ends."""

    def build(y: int) -> _Hit:
        r = cal.recess("kerstreces", y)
        due = r.start - dt.timedelta(days=1)
        return _Hit(due, "season", f"voor de winter: dag voor het kerstreces {y} ({_fmt_in(r.start, y)}){_mark(r)}",
                    r.estimated)

    return _infer(ref, build, _year_from(m.group("yr"), ref))


# "komende winter", "in de winter": a season that spans the turn of the year and no recess ends; vague, no date.
@_rule(r"(?:(?:in|tijdens|gedurende|deze|komende|aankomende|volgende)\s(?:de\s)?)winter(?:periode|maanden)?")
def _winter(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    return _Hit(None, "vague", f"vaag: geen datum ({m.group(0)})")


@_rule(rf"{_AFTER}\s(?:de\s)?(?:jaarwisseling|oud\sen\snieuw|nieuwjaar)")
def _after_new_year(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    """"na de jaarwisseling": the new year starts in the kerstreces, so as "na het kerstreces"."""

    def build(y: int) -> _Hit:
        r = cal.recess("kerstreces", y)
        due = r.end + dt.timedelta(days=28)
        text = f"na de jaarwisseling: 4 weken na het kerstreces {y} (tot {_fmt_in(r.end, y)}){_mark(r)}"
        return _Hit(due, "season", text, r.estimated)

    return _infer(ref, build, None)


_SEASON_PRE = (
    # "eind van het najaar" as "eind najaar" and "aan het einde van het najaar"
    r"(?:(?:in|tijdens|gedurende|in\sde\sloop\svan|ergens\sin|eind|einde|aan\shet\seinde?\svan|(?:het\s)?einde?\svan|"
    r"voor\shet\seinde?\svan|uiterlijk\sin|nog\sin|later|later\sin)\s)"
)


@_rule(
    rf"{_SEASON_PRE}?(?:{_DETS}\s)?(?P<season>voorjaar|lente|najaar|herfst){_YEARSPEC}",
    find=rf"(?:{_SEASON_PRE}(?:{_DETS}\s)?|(?:dit|deze|komend|komende|volgend)\s)"
    rf"(?P<season>voorjaar|lente|najaar|herfst){_YEARSPEC}",
)
def _season(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    spring = m.group("season") in ("voorjaar", "lente")
    name = "zomerreces" if spring else "kerstreces"
    word = "voorjaar" if spring else "najaar"

    def build(y: int) -> _Hit:
        r = cal.recess(name, y)
        due = r.start - dt.timedelta(days=1)
        text = f"{word} {y}: dag voor het {r.name} ({_fmt_in(r.start, y)}){_mark(r)}"
        return _Hit(due, "season", text, r.estimated)

    year = _year_from(m.group("yr"), ref)
    if year is None and re.search(r"\bvolgende?\s", m.group(0), re.I):
        # "volgend voorjaar" is next year's, even while this year's is still ahead.
        year = ref.year + 1
    elif year is None and re.search(r"\b(?:dit|deze)\s", m.group(0)):
        # "dit voorjaar" is this year's, also when it is past ("wilde dit voorjaar al ingrijpen").
        year = ref.year
    return _infer(ref, build, year)


# --- budget cycle --------------------------------------------------------------------------


def _budget_day_hit(label: str, day: dt.date, before: bool) -> _Hit:
    if before:
        due = day - dt.timedelta(days=1)
        return _Hit(due, "day", f"dag voor {label} {day.year} ({_fmt(day)})")
    return _Hit(day, "day", f"{label} {day.year} ({_fmt(day)})")


# The spring decisions on the budget ("de voorjaarsbesluitvorming") end in the Voorjaarsnota.
_NOTA = r"voorjaarsnota|najaarsnota|voorjaarsbesluitvorming"
_NOTA_PRE = r"(?P<pre>bij|in|met|op|rond|tegen|voor|uiterlijk\sbij|ten\stijde\svan|tegelijk\smet|samen\smet)"


# "in de volgende Voorjaarsnota", "bij de eerstkomende Najaarsnota": the next one, as without the adjective.
_NEXT_ONE = r"(?:(?:eerst)?volgende|(?:eerst)?komende|aanstaande)\s"


@_rule(
    rf"(?:{_NOTA_PRE}\s)?(?:de\s(?:{_NEXT_ONE})?)?(?P<nota>{_NOTA}){_YEARSPEC}",
    find=rf"{_NOTA_PRE}\s(?:de\s(?:{_NEXT_ONE})?)?(?P<nota>{_NOTA}){_YEARSPEC}",
)
def _nota(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    nota = m.group("nota")
    before = m.group("pre") in ("voor", "tegen")
    spring = nota != "najaarsnota"
    day_of = cal.voorjaarsnota if spring else cal.najaarsnota
    label = "Voorjaarsnota" if spring else "Najaarsnota"

    def build(y: int) -> _Hit:
        return _budget_day_hit(label, day_of(y), before)

    return _infer(ref, build, _year_from(m.group("yr"), ref))


_PD_PRE = r"(?P<pre>op|rond|bij|met|voor|tegen|uiterlijk\sop|uiterlijk\sbij|omstreeks|tot\sen\smet|tot)"


@_rule(
    rf"(?:{_PD_PRE}\s)?(?:prinsjesdag|de\sderde\sdinsdag\svan\sseptember){_YEARSPEC}",
    find=rf"(?:{_PD_PRE}\s)?(?:prinsjesdag|de\sderde\sdinsdag\svan\sseptember){_YEARSPEC}",
)
def _prinsjesdag(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    before = m.group("pre") in ("voor", "tegen")

    def build(y: int) -> _Hit:
        return _budget_day_hit("Prinsjesdag", cal.prinsjesdag(y), before)

    return _infer(ref, build, _year_from(m.group("yr"), ref))


_BUDGET = r"(?:ontwerp)?begrotingen|(?:ontwerp|rijks)?begroting|miljoenennota|prinsjesdagstukken"


@_rule(
    rf"(?P<pre>bij|in|met|op|rond|voor|tegen|tegelijk\smet|samen\smet|uiterlijk\sbij)\s(?:de\s)?(?:{_BUDGET})"
    r"(?:\s(?:voor\s|van\s)?(?P<yr>(?:19|20)\d\d|volgend\sjaar|het\svolgende\sjaar))?"
    r"(?:\s(?:van|voor)\s(?:het\sministerie\s(?:van\s)?)?[a-z&/-]+)?",
    find=rf"(?:bij|in|met|tegelijk\smet)\s(?:de\s)?(?:{_BUDGET})(?:\s(?:voor\s|van\s)?(?:19|20)\d\d)?",
)
def _budget(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    before = m.group("pre") in ("voor", "tegen")
    budget_year = _year_from(m.group("yr"), ref)
    # The budget for year Y is presented on Prinsjesdag of Y - 1.
    year = budget_year - 1 if budget_year is not None else None

    def build(y: int) -> _Hit:
        return _budget_day_hit("Prinsjesdag", cal.prinsjesdag(y), before)

    return _infer(ref, build, year)


@_rule(
    r"(?:voor|bij|tijdens|rond|tegen|(?:in\s)?(?:de\s)?aanloop\snaar)\s(?:de\s|het\s)?(?:begrotingsbehandeling(?:en)?|"
    r"(?:[a-z]+e\s)?behandeling\svan\sde\s(?:ontwerp)?begroting(?:en)?|begrotingsdebat(?:ten)?|begrotingsonderdelen)"
    r"(?:\s(?:van\s)?(?P<yr>(?:19|20)\d\d))?(?:\s.*)?",
    find=r"(?:voor|bij|tijdens|rond|tegen)\s(?:de\s|het\s)?(?:begrotingsbehandeling(?:en)?|begrotingsdebat(?:ten)?|"
    r"(?:[a-z]+e\s)?behandeling\svan\sde\s(?:ontwerp)?begroting(?:en)?)(?:\s(?:van\s)?(?:19|20)\d\d)?",
)
def _budget_debate(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    budget_year = _year_from(m.group("yr"), ref)
    year = budget_year - 1 if budget_year is not None else None

    def build(y: int) -> _Hit:
        return _Hit(dt.date(y, 10, 31), "vague", f"begrotingsbehandeling {y}: 31 oktober (verschilt per ministerie)")

    return _infer(ref, build, year)


@_rule(
    rf"(?:{_PD_PRE}\s)?(?:verantwoordingsdag|de\sderde\swoensdag\svan\smei){_YEARSPEC}",
    find=rf"(?:{_PD_PRE}\s)?(?:verantwoordingsdag|de\sderde\swoensdag\svan\smei){_YEARSPEC}",
)
def _verantwoordingsdag(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    before = m.group("pre") in ("voor", "tegen")

    def build(y: int) -> _Hit:
        return _budget_day_hit("Verantwoordingsdag", cal.verantwoordingsdag(y), before)

    return _infer(ref, build, _year_from(m.group("yr"), ref))


@_rule(
    r"(?:bij|in|met)\s(?:het|de)\s(?:departementale\s)?jaarverslag(?:en)?(?:\s(?:over\s|van\s)?(?P<yr>(?:19|20)\d\d))?"
)
def _annual_report(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    # Annual reports over year Y reach the Kamer on Verantwoordingsdag of Y + 1.
    report_year = _year_from(m.group("yr"), ref)
    year = report_year + 1 if report_year is not None else None

    def build(y: int) -> _Hit:
        return _budget_day_hit("Verantwoordingsdag", cal.verantwoordingsdag(y), False)

    return _infer(ref, build, year)


# --- a period before or after something: "twee weken voor het debat" ------------------------


@_rule(rf"(?P<n>{_NUM})\s(?P<unit>werkdagen|dagen|dag|weken|week|maanden|maand)\s(?P<dir>voor|na)\s(?P<rest>.+)",
       find=False)
def _offset(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    """"een week voor het zomerreces": that long before the day the rest starts; before or after an event
    it is as dateless as the event."""
    anchor = _interpret(f"voor {m.group('rest')}", ref, cal)
    if anchor is None:
        return None
    if anchor.due is None:
        return _Hit(None, "event", "gebeurtenis: geen vaste datum")
    if m.group("dir") != "voor" or anchor.precision == "vague":
        return None
    n, few = _number(m.group("n"))
    unit = m.group("unit")
    start = anchor.due + dt.timedelta(days=1)
    if unit.startswith("werkdag"):
        due = cal.add_working_days(start, -math.ceil(n))
    elif unit.startswith("maand"):
        due = start - relativedelta(months=math.ceil(n))
    else:
        due = start - dt.timedelta(days=math.ceil(n * (7 if unit.startswith("we") else 1)))
    text = f"{_unit_word(n, unit)} voor {_fmt(start, True)}{', geschat' if anchor.estimated else ''}"
    return _Hit(due, "vague" if few else anchor.precision, text, anchor.estimated)


# --- the past: no deadline -----------------------------------------------------------------


@_rule(
    r"(?:vorige|afgelopen)\s(?:week|maand|keer)|vorig\sjaar|afgelopen\sjaar|gisteren|eergisteren|onlangs|"
    r"eerder\s(?:deze|dit)\s(?:week|maand|jaar)|"
    rf"recent(?:elijk)?|(?:afgelopen|vorige)\s(?:week\s)?{_WEEKDAY}|{_WEEKDAY}\s(?:jl\.?|j\.l\.?|jongstleden|ll\.?)",
    # Found in running text so that what they cover is no term: "vorige week dinsdag" is not "dinsdag".
    find=rf"{_WEEKDAY}\s(?:jl\.?|j\.l\.?|jongstleden)|(?:afgelopen|vorige)\s(?:week\s)?{_WEEKDAY}|"
    r"(?:vorige|afgelopen)\s(?:week|maand)|eerder\s(?:deze|dit)\s(?:week|maand|jaar)",
)
def _past(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    return _Hit(None, "none", f"in het verleden ({m.group(0)}): geen termijn")


# --- events: a date that depends on something else -----------------------------------------

_EVENT_NOUN = (
    r"[a-z]*debat(?:ten)?|[a-z]*overleg|stemmingen|stemming|[a-z]*behandeling|[a-z]*evaluatie|"
    r"[a-z]*rapportage|[a-z]*brief|[a-z]*rapport|[a-z]*raad|[a-z]*top|formatie|[a-z]*verkiezing(?:en)?|[a-z]*raming|"
    r"kabinetsreactie|beantwoording|hoorzitting|rondetafelgesprek|[a-z]*gesprekk?en|[a-z]*gesprek|"
    r"wetsvoorstel|[a-z]*nota|[a-z]*wet|zitting|[a-z]*vergadering|[a-z]*conferentie|[a-z]*onderzoek|"
    r"[a-z]*monitor|[a-z]*akkoord|[a-z]*besluit|[a-z]*advies|verschijning|publicatie|uitspraak|"
    r"kabinetsperiode|[a-z]*periode|[a-z]*plan|[a-z]*agenda|[a-z]*procedure|[a-z]*wetgeving|[a-z]*verslag|"
    r"[a-z]*consultatie|[a-z]*uitvoering|inwerkingtreding|(?!voorjaarsbesluit)[a-z]*besluitvorming|[a-z]*vaststelling|"
    r"(?:eerste|tweede|derde)\stermijn|"
    # a verb as a noun names an event when the verb is something that happens: "voor het verschijnen van de
    # circulaire" (not "voor het behalen van de doelen": what for)
    r"verschijnen|uitkomen|ingaan|aflopen|verlopen|aantreden|vertrek"
)
# Before an event's noun: inflected adjectives (ending in -e) and the few uninflected ones that name a kind
# of meeting ("het algemeen overleg", "het schriftelijk overleg").
_EVENT_ADJ = r"(?:[a-z]+e|algemeen|schriftelijk|mondeling|plenair|bestuurlijk)\s"
# "voor aanvang van de tweede termijn", "bij het begin van het debat": the start of the event.
_EVENT_START = r"(?:(?:de\s)?(?:aanvang|start)\svan\s|het\sbegin\svan\s)?"
# What the event is about belongs to it: "voor het debat over de regeringsverklaring".
_EVENT_TOPIC = (
    r"(?:\s(?:over|inzake|van)\s(?:de|het|een|deze|dit|die|dat|zijn|haar|hun|uw|mijn|onze)\s(?:[a-z]+e\s){0,2}"
    r"[a-z]+(?![a-z])(?:\s(?:voor|van)\s(?:19|20)\d\d)?)?"
)
_EVENT_PREP = (
    r"(?:voor|bij|tijdens|na|in|met|rond|na\safloop\svan|ten\stijde\svan|"
    r"in\s(?:de\s)?aanloop\snaar|uiterlijk\sbij|gelijktijdig\smet|tegelijk\smet|samen\smet|vooruitlopend\sop|"
    r"in\shet\skader\svan|ruim\svoor|vlak\svoor|kort\svoor)"
)


# "op dinsdag 10 en woensdag 11 november": the later day of a range
_EVENT_DAY_RANGE = rf"(?:(?:{_WD_ANY},?\s)?\d{{1,2}}(?:e|ste|de)?\s(?:en|of|tot(?:\sen\smet)?|t/m)\s)?"
_EVENT_DATE = (
    rf"{_EVENT_DAY_RANGE}(?:(?P<wd>{_WD_ANY}),?\s)?(?P<d>\d{{1,2}})(?:e|ste|de)?\s(?P<mon>{_MONTH})(?:\s(?P<y>(?:19|20)\d\d))?"
    rf"(?:\s{_MARK})?"
)


# "voor het commissiedebat van 1 juli aanstaande": an event with its date is that date ("voor": the day
# before); "bij de stemmingen op 12 november jongstleden" is history, like the date.
# What the event is about may come between it and its date: "voor het wetgevingsoverleg over de jaarverslagen van
# Infrastructuur en Waterstaat op 20 juni".
_DATED_TOPIC = r"(?:\s(?:over|inzake|van)\s[a-z0-9' -]{1,80}?)?"


@_rule(
    rf"(?P<pre>voor|bij|tijdens|op|rond|in)\s{_EVENT_START}(?:het|de)\s(?:[\w'-]+\s){{0,3}}?(?:{_EVENT_NOUN}|"
    rf"[a-z]*reces){_DATED_TOPIC}\s(?:van|op)\s{_EVENT_DATE}",
    # "in" only with a meeting: "in de vergadering van 26 juni", "in de gemeenteraad van 26 januari" (a council
    # meeting by its body's name); not "in de brief van 3 maart", a letter's date
    find=rf"(?:(?:voor|bij|tijdens|op|rond)\s{_EVENT_START}(?:het|de)\s(?:{_EVENT_ADJ}){{0,2}}(?:{_EVENT_NOUN}|[a-z]*reces)|"
    rf"in\s(?:de|het)\s(?:{_EVENT_ADJ}){{0,2}}(?:[a-z]*vergadering|zitting|[a-z]*raad))"
    rf"{_DATED_TOPIC}\s(?:van|op)\s{_EVENT_DAY_RANGE}(?:{_WD_ANY},?\s)?\d{{1,2}}(?:e|ste|de)?\s{_MONTH}(?:\s(?:19|20)\d\d)?"
    rf"(?:\s{_MARK_BODY})?",
)
def _dated_event(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    year = int(m.group("y")) if m.group("y") else None
    hit = _date_hit(m, ref, int(m.group("d")), MONTH_WORDS[m.group("mon").rstrip(".")], year)
    first = _FIRST_OF_DAYS.search(m.group(0))
    if hit is not None and hit.due is not None and first is not None and m.group("pre") == "voor":
        # before an event of more days: before its first
        due = hit.due - dt.timedelta(days=int(m.group("d")) - int(first.group("d0")))
        return _Hit(due, "day", f"dag voor {_fmt(due + dt.timedelta(days=1), True)}")
    return hit


_FIRST_OF_DAYS = re.compile(
    rf"(?P<d0>\d{{1,2}})(?:e|ste|de)?\s(?:en|of|tot(?:\sen\smet)?|t/m)\s(?:{_WD_ANY},?\s)?\d{{1,2}}(?:e|ste|de)?\s{_MONTH}"
)


@_rule(
    rf"{_EVENT_PREP}\s(?:(?:het|de|een)\s)?(?:[\w'-]+\s){{0,3}}?(?:{_EVENT_NOUN})(?:\s.*)?",
    find=rf"(?:voor|bij|tijdens|na|na\safloop\svan)\s{_EVENT_START}(?:het|de|elke|iedere|ieder|elk)\s"
    rf"(?:{_EVENT_ADJ}){{0,2}}(?:{_EVENT_NOUN})(?![a-z]){_EVENT_TOPIC}",
)
def _event(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    return _Hit(None, "event", "gebeurtenis: geen vaste datum")


# "zo spoedig mogelijk na ontvangst van het advies": soon after an event is as dateless as the event.
@_rule(
    r"(?:zo\s)?(?:spoedig|snel|kort|direct|meteen)(?:\s(?:als\s)?mogelijk)?\s(?:na|nadat)\s.+",
    find=rf"(?:zo\s)?(?:spoedig|snel|kort)(?:\s(?:als\s)?mogelijk)?\s(?:na\s(?:[\w'-]+\s){{0,4}}(?:{_EVENT_NOUN}|"
    rf"[a-z]*reces)|nadat\s(?:[\w'-]+\s){{0,3}}?(?:{_EVENT_NOUN}))(?![a-z]){_EVENT_TOPIC}",
)
def _soon_after_event(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    return _Hit(None, "event", "gebeurtenis: geen vaste datum")


# "acht maanden na 30 november 2017", "binnen zes weken na 1 maart 2026": a period after a day the phrase names
# counts from that day (u14: it read as an event with no date). Only the whole phrase: finding stays as it is.
@_rule(rf"(?:(?:binnen|uiterlijk|uiterlijk\sbinnen)\s)?(?P<n>{_NUM})\s(?P<unit>{_UNIT})\s(?:na|vanaf)\s(?P<day>.+)",
       find=False)
def _period_after_a_day(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    n, few = _number(m.group("n"))
    day = _interpret(m.group("day"), ref, cal)
    if few or n <= 0 or day is None or day.due is None or day.precision != "day":
        return None
    unit = m.group("unit")
    due = _add(day.due, n, unit, cal)
    extra = " (zonder weekend en feestdagen)" if unit.startswith("werkdag") else ""
    return _Hit(due, "day", f"{_unit_word(n, unit)} na {_fmt(day.due, True)}{extra}", day.estimated)


# "de wet twee jaar na inwerkingtreding evalueren": a period after an event, found without a preposition before it
@_rule(rf"(?P<n>{_NUM})\s(?:{_UNIT})\s(?:na|nadat)\s(?:(?:de|het)\s)?(?:{_EVENT_ADJ}){{0,2}}(?:{_EVENT_NOUN})(?![a-z])"
       rf"{_EVENT_TOPIC}")
def _period_after_event(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    return _Hit(None, "event", "gebeurtenis: geen vaste datum")


# "zodra de Kamer weer vergadert": a moment set by an event, found up to the end of its clause.
_AS_SOON_AS = re.compile(r"(?:zodra|zo\sgauw\s(?:als|dat))\s")


@_rule(rf"{_AS_SOON_AS.pattern}[^,;:()]+", find=rf"{_AS_SOON_AS.pattern}[^,;:.!?()\"\u201c\u201d]+")
def _as_soon_as(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    return _Hit(None, "event", "gebeurtenis: geen vaste datum")


# "Wanneer er meer bekend is, informeert het kabinet de Kamer", "Op het moment dat de cijfers er zijn, ...":
# a clause put in front of the main clause (its comma follows) names the event the main clause waits for;
# "pas als/wanneer/nadat ..." does so anywhere. Not "..., wanneer zij terug zijn" (which period) nor "wil weten
# wanneer de brief komt" (a question).
_WHEN = r"(?:wanneer|op\shet\smoment\s(?:dat|waarop))\s"
_ONLY_WHEN = r"pas\s(?:als|wanneer|nadat|zodra|op\shet\smoment\s(?:dat|waarop))\s"
_WHEN_START = re.compile(rf"{_WHEN}|{_ONLY_WHEN}")
# ... and what waits for it: something sent, told or done by someone ("zal het kabinet de Kamer informeren").
_WAITS = re.compile(
    r"(?:^|\s)(?:zal|zullen|gaat|gaan|komt|komen|informe[a-z]*|geinformeerd|stuur[a-z]*|gestuurd|zend[a-z]*|gezonden|"
    r"toegezonden|ontvang[a-z]*|presente[a-z]*|gepresenteerd|rapporte[a-z]*|brief|besluit|beslist|neemt|plant|"
    r"ingediend|indienen|dient)(?=\s|$)"
)
# A phrase that starts like this waits for an event: never history, and a period in its sentence counts from it.
_EVENT_CLAUSE_START = re.compile(rf"{_AS_SOON_AS.pattern}|{_WHEN}|{_ONLY_WHEN}")


@_rule(
    r"(?:pas\sals|wanneer|nadat|zodra|op\shet\smoment\s(?:dat|waarop))\s[^,;:()]+",
    find=rf"(?<![a-z0-9]\s){_WHEN}[^,;:.!?()]+(?=,)|{_ONLY_WHEN}[^,;:.!?()]+",
)
def _when_clause(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    return _Hit(None, "event", "gebeurtenis: geen vaste datum")


@_rule(
    r"(?:wanneer|zodra|nadat|na|zo\sgauw|op\shet\smoment\sdat|op\shet\smoment\swaarop|afhankelijk\svan|"
    r"voordat|alvorens|totdat|vanaf|tot|bij|ten\stijde\svan|naar\saanleiding\svan|volgend\sop)\s.+|"
    r".+\s(?:na|nadat|zodra|wanneer|voordat|alvorens|na\safloop\svan)\s.+",
    find=False,
)
def _event_clause(m: re.Match[str], ref: dt.date, cal: Calendar) -> _Hit | None:
    return _Hit(None, "event", "gebeurtenis: geen vaste datum")


# ---------------------------------------------------------------------------------------------
# Resolution

_PUNCT_SPACE = re.compile(r"[()\[\]{}\"«»<>*_|]|,(?!\d)|;|:(?!\d)")
_TRAIL_DOT = re.compile(r"(?:(?<=[a-z]{4})|(?<=\d))[.!?]+$|[!?]+$")
_SPACES = re.compile(r"\s+")


def _clean(folded: str) -> str:
    s = _PUNCT_SPACE.sub(" ", folded)
    s = _SPACES.sub(" ", s).strip(" -'")
    s = _TRAIL_DOT.sub("", s).strip()
    return s


def _strip_fillers(s: str) -> str:
    while True:
        new = _LEAD_FILLER.sub("", s, count=1)
        new = _TRAIL_FILLER.sub("", new, count=1).strip()
        if new == s or not new:
            return new if new else s
        s = new


def _split_recurrence(s: str) -> tuple[str | None, str]:
    """Recurrence words out: the shortest period named wins; the rest of the phrase is returned."""
    found: str | None = None
    for name, rx in _RECURRENCE_RES:
        if rx.search(s):
            s = rx.sub(" ", s)
            if found is None or _period_rank(name) < _period_rank(found):
                found = name
    rest = _SPACES.sub(" ", s).strip(" ,")
    rest = re.sub(r"^(?:en|,)\s|\s(?:van|in|op|en)$", "", rest).strip()
    return found, rest


def _period_rank(name: str) -> int:
    return ("weekly", "monthly", "quarterly", "halfyearly", "yearly").index(name)


def _match_rules(s: str, ref: dt.date, cal: Calendar) -> _Hit | None:
    for rule in _RULES:
        m = rule.whole.fullmatch(s)
        if m is not None:
            hit = rule.handler(m, ref, cal)
            if hit is not None:
                return hit
    return None


def _interpret(s: str, ref: dt.date, cal: Calendar) -> _Hit | None:
    """A cleaned phrase without recurrence words, to a hit (None when no rule reads it)."""
    if not s:
        return None
    firm = _FIRM_TAIL.match(s)
    if firm is not None:
        hit = _interpret(firm.group("tail"), ref, cal)
        if hit is not None and hit.due is not None:
            return hit
    s = _strip_fillers(s)
    return _match_rules(s, ref, cal)


def _bare_recurrence(recurrence: str, ref: dt.date) -> _Hit:
    """"elk kwartaal" without more: the end of the running period."""
    if recurrence == "weekly":
        due = _friday(ref) if ref.weekday() <= 4 else _friday(ref) + dt.timedelta(days=7)
        return _Hit(due, "week", f"wekelijks: vrijdag {_fmt(due, True)}")
    if recurrence == "monthly":
        due = _month_end(ref.year, ref.month)
        return _Hit(due, "month", f"maandelijks: eind {month_name(ref.month)} {ref.year}")
    if recurrence == "quarterly":
        q = (ref.month - 1) // 3 + 1
        return _Hit(_quarter_end(ref.year, q), "quarter", f"elk kwartaal: einde kwartaal {q} van {ref.year}")
    if recurrence == "halfyearly":
        due = dt.date(ref.year, 6, 30) if ref.month <= 6 else dt.date(ref.year, 12, 31)
        return _Hit(due, "quarter", f"halfjaarlijks: {_fmt(due, True)}")
    return _Hit(dt.date(ref.year, 12, 31), "year", f"jaarlijks: eind {ref.year}")


_Outcome = tuple[dt.date | None, str, bool, str | None, str]


@functools.lru_cache(maxsize=8192)
def _resolve_folded(s: str, ref: dt.date, cal: Calendar) -> _Outcome | None:
    recurrence, rest = _split_recurrence(s)
    if recurrence is not None and _DANGLING.fullmatch(rest):
        hit: _Hit | None = _bare_recurrence(recurrence, ref)
    else:
        hit = _interpret(rest, ref, cal)
    if hit is None:
        return None
    explanation = hit.explanation
    if recurrence is not None and not explanation.startswith(RECURRENCE_LABELS[recurrence]):
        explanation = f"{RECURRENCE_LABELS[recurrence]}; {explanation}"
    return hit.due, hit.precision, hit.estimated, recurrence, explanation


@functools.cache
def _packaged_calendar() -> Calendar:
    return load_calendar()


def _unread(phrase: str, ref: dt.date, why: str = "") -> Resolution:
    shown = " ".join(phrase.split())
    if len(shown) > 60:
        shown = shown[:59] + "…"
    return Resolution(phrase, ref, None, "none", False, None, why or f"niet herkend: {shown!r}")


def resolve(phrase: str, ref: dt.date, calendar: Calendar | None = None) -> Resolution:
    """The due date a Dutch deadline phrase means, said on `ref`; never raises on any text."""
    cal = calendar if calendar is not None else _packaged_calendar()
    try:
        s = _clean(_folded(phrase))
        outcome = _resolve_folded(s, ref, cal) if s else None
    except (ValueError, OverflowError, KeyError, LookupError, RecursionError):
        # Extreme dates (year 9999) or a calendar row that cannot serve: say so, do not crash.
        outcome = None
    if outcome is None:
        return _unread(phrase, ref)
    due, precision, estimated, recurrence, explanation = outcome
    return Resolution(phrase, ref, due, precision, estimated, recurrence, explanation)


def next_occurrence(res: Resolution, calendar: Calendar | None = None) -> Resolution | None:
    """For a recurring resolution, the next occurrence after res.due (None if it does not recur)."""
    if res.recurrence is None or res.due is None:
        return None
    cal = calendar if calendar is not None else _packaged_calendar()
    after = res.due + dt.timedelta(days=1)
    try:
        s = _clean(_folded(res.phrase))
        _, rest = _split_recurrence(s)
        due: dt.date | None = None
        hit: _Hit | None = None
        if res.recurrence == "yearly" and not _DANGLING.fullmatch(rest):
            # Re-read the phrase a day after the last due: "voor de zomer" moves to next summer.
            hit = _interpret(rest, after, cal)
            if hit is not None and hit.due is not None and hit.due >= res.due + dt.timedelta(days=180):
                due = hit.due
            else:
                hit = None
        if due is None:
            due = _step(res.due, res.recurrence)
        explanation = f"{RECURRENCE_LABELS[res.recurrence]}: volgende keer {_fmt(due, True)}"
        if hit is not None:
            explanation = f"{RECURRENCE_LABELS[res.recurrence]}; {hit.explanation}"
        estimated = hit.estimated if hit is not None else res.estimated
        return Resolution(res.phrase, after, due, res.precision, estimated, res.recurrence, explanation)
    except (ValueError, OverflowError):
        return None


def _step(due: dt.date, recurrence: str) -> dt.date:
    if recurrence == "weekly":
        return due + dt.timedelta(days=7)
    months = _PERIOD_MONTHS[recurrence]
    nxt = due + relativedelta(months=months)
    # A period that ended on the last of a month ends on the last of a month again (31 mrt -> 30 jun).
    if due == _month_end(due.year, due.month):
        nxt = _month_end(nxt.year, nxt.month)
    return nxt


# ---------------------------------------------------------------------------------------------
# Finding phrases in running text


def find_deadlines(text: str, ref: dt.date, calendar: Calendar | None = None) -> list[FoundDeadline]:
    """Deadline phrases inside a longer text, with spans into `text`, non-overlapping, in text order.

    A phrase that reads as a date before `ref` (a letter "van 3 maart", "in 2020") is left out:
    in a text written on `ref` it is history, not a deadline.
    """
    return [f for f in _candidates(text, ref, calendar)
            if f.resolution.precision != "none" and (f.resolution.due is None or f.resolution.due >= ref)]


def _candidates(text: str, ref: dt.date, calendar: Calendar | None,
                finders: Iterable[re.Pattern[str]] | None = None) -> list[FoundDeadline]:
    """Every phrase a rule finds (with the lead words before it), longest first where they overlap,
    resolved, in text order; other `finders` are taken as they are, without lead words."""
    if not text:
        return []
    cal = calendar if calendar is not None else _packaged_calendar()
    folded, idx = _fold(text)
    spans: list[tuple[int, int]] = []
    if finders is not None:
        for finder in finders:
            spans.extend((m.start(), m.end()) for m in finder.finditer(folded) if m.end() > m.start())
    else:
        spans = _finder_spans(folded)
        if not text.isascii():
            spans.extend(_stressed_before_year(text, idx))
    # Longest first, so "uiterlijk vrijdag 3 maart" wins over "vrijdag" inside it.
    spans.sort(key=lambda se: (-(se[1] - se[0]), se[0]))
    taken: list[tuple[int, int]] = []
    for start, end in spans:
        if all(end <= s or start >= e for s, e in taken):
            taken.append((start, end))
    found: list[FoundDeadline] = []
    for start, end in sorted(taken):
        o_start, o_end = idx[start], idx[end - 1] + 1
        phrase = text[o_start:o_end]
        res = resolve(phrase, ref, cal)
        after = (_AFTER_LEAD.search(folded, max(0, start - 20), start)
                 if res.precision == "day" and not _TODAY_WORD.match(folded, start) else None)
        if after is not None:
            # "(verschijnt) na Prinsjesdag", "kort na 1 juli": after a named day, an event (no date until then)
            longer = resolve(text[idx[after.start()] : o_end], ref, cal)
            if longer.precision == "event":
                o_start, phrase, res = idx[after.start()], text[idx[after.start()] : o_end], longer
        found.append(FoundDeadline(o_start, o_end, phrase, res))
    return found


_TODAY_WORD = re.compile(r"vandaag|heden|morgen|overmorgen")
_AFTER_LEAD = re.compile(r"(?<![\w-])(?:(?:direct|kort|vlak|meteen|pas|ruim)\s)?na\s\Z")


# "vóór 2024" with its stress marks is "before" (plain "voor 2024" in running text mostly means "for 2024"): a
# term as "uiterlijk voor 2024" is. Folding drops the marks, so it is looked for in the text itself.
_STRESSED_BEFORE_YEAR = re.compile(r"(?<![\w])v[\u00f3\u00f2][\u00f3\u00f2]r\s+(?:19|20)\d\d(?![\w/-])", re.IGNORECASE)


def _stressed_before_year(text: str, idx: list[int]) -> list[tuple[int, int]]:
    """The spans, in folded text (`idx` maps it to `text`), of "vóór [jaar]" in `text`."""
    return [(bisect.bisect_left(idx, m.start()), bisect.bisect_left(idx, m.end()))
            for m in _STRESSED_BEFORE_YEAR.finditer(text)]


# Lead words with nothing after them but a bracket or a dash ("jaarlijks (in mei)") are a phrase of their own
# ("jaarlijks": the end of the running year); found in running text as they always were.
_BARE_LEAD = re.compile(rf"{_FINDER_START}(?:(?:{_FIND_LEAD_WORDS})\s)+(?![\w/-]|\.\d|-\d)")
_FINDERS = [r.finder for r in _RULES if r.finder is not None] + [_BARE_LEAD]
_FINDER_END = r"(?![\w/-]|\.\d|-\d)"


def _fewest(words: frozenset[str] | None) -> frozenset[str] | None:
    """The words to look for: a word that holds another is there only where the other is ("dagen", "dag")."""
    if words is None:
        return None
    return frozenset(w for w in words if not any(other != w and other in w for other in words))


# For each finder, the words one of which each of its phrases holds (None: nothing is sure; regex_words.py), and
# all those words, each looked for once in a text.
_FINDER_WORDS = [_fewest(needed_words(finder)) for finder in _FINDERS]
_ALL_FINDER_WORDS = tuple(sorted(frozenset().union(*(w for w in _FINDER_WORDS if w is not None))))
assert not any(finder.match("") for finder in _FINDERS)  # a phrase is never empty: _finder_spans steps past each


def _finder_spans(folded: str) -> list[tuple[int, int]]:
    """What every finder's `finditer` finds in folded text, with the lead words before each phrase, in one
    pass: the phrases in text order, each finder searched again only from where its last phrase ended. A finder
    none of whose words the (ASCII) text holds finds nothing in it and is not searched at all."""
    spans: list[tuple[int, int]] = []
    present = None
    if folded.isascii():
        lowered = folded.lower()
        present = frozenset(filter(lowered.__contains__, _ALL_FINDER_WORDS))
    found: dict[int, re.Match[str]] = {}  # each finder's next phrase
    for k, (finder, words) in enumerate(zip(_FINDERS, _FINDER_WORDS, strict=True)):
        if present is not None and words is not None and present.isdisjoint(words):
            continue
        if (m := finder.search(folded)) is not None:
            found[k] = m
    free = [0] * len(_FINDERS)  # where each finder's next phrase may start: its last phrase's end
    while found:
        at = min(m.start() for m in found.values())
        for k in sorted(k for k, m in found.items() if m.start() == at):
            m = found[k]
            start = at
            if at > free[k] and (lead := _LEAD_BEFORE.search(folded, free[k], at)) is not None:
                start = lead.start()
            if m.end() > start:
                spans.append((start, m.end()))
            free[k] = m.end()
            if (after := _FINDERS[k].search(folded, max(m.end(), at + 1))) is not None:
                found[k] = after
            else:
                del found[k]
    return spans


def counts_from_when_said(phrase: str, ref: dt.date, calendar: Calendar | None = None) -> bool:
    """True when the phrase's date depends on the day it was said: "volgende week", "binnen zes weken",
    "op korte termijn" (and "voor de zomer" said in July). False for "eind mei 2026" or a dateless one."""
    first = resolve(phrase, ref, calendar).due
    return first is not None and resolve(phrase, ref + dt.timedelta(days=7), calendar).due != first


def phrase_with_reference(phrase: str, ref: str | dt.date | None, calendar: Calendar | None = None,
                          today: dt.date | None = None) -> str:
    """The phrase as shown beside its date: with the day it was said when it counts from that day,
    so "volgende week" read a month later still says which week ("volgende week, gezegd op 27 november").
    That day has its year when it differs from the due date's, or from `today`'s where the caller shows
    it on a day ("gezegd op 3 april 2025" read in 2026)."""
    if ref is None or ref == "":
        return phrase
    day = ref if isinstance(ref, dt.date) else dt.date.fromisoformat(ref)
    due = resolve(phrase, day, calendar).due
    if due is None or not counts_from_when_said(phrase, day, calendar):
        return phrase
    same_year = day.year == due.year and (today is None or day.year == today.year)
    said = f"{day.day} {month_name(day.month)}" + ("" if same_year else f" {day.year}")
    return f"{phrase}, gezegd op {said}"


# Words that make a date a deadline even when it has passed ("voor 1 april 2020" in a letter of April
# 2020 is a missed deadline, "Deadline 1 januari 2024" in a register an overdue one).
_DEADLINE_WORD = re.compile(
    r"(?:^|\s)(?:uiterlijk|voor|tot|per|ten\slaatste|streefdatum|deadline|einddatum|uiterste)(?:\s|:|$)")
# A register field's name at the start of a line is no part of the phrase ("Deadline: 1 januari 2024").
_FIELD_NAME = re.compile(r"(?:nieuwe\s)?(?:deadline|termijn|datum|uiterste\sdatum)(?:\s?:)?\s", re.I)
# "Dinsdag wordt over de moties gestemd": a weekday alone names the next one, but only when a sentence
# has no other time in it, and not when it looks back ("afgelopen dinsdag", "dinsdag jl."). A number after it is
# its date ("vrijdag 3 maart", found by the date's own finder), a time of day is not ("Vrijdagochtend 11.00 uur").
_BARE_WEEKDAY = re.compile(
    rf"(?<![\w'/.-])(?<!afgelopen\s)(?<!vorige\s)(?<!sinds\s)(?<!van\s)(?:op\s)?(?:{_WEEKDAY})"
    rf"(?:{_WD_RANGE}{_WEEKDAY})?(?!\s?(?:jl|j\.l|\d(?!\d?[.:]\d\d)))(?![\w-])"
)
# "verwachten de voorjaarsnota 26 april te publiceren": a date without a preposition, also only when the
# sentence has no other time in it.
# "vanaf 1 januari", "sinds 1 januari" start something: no term (deadlines.md), so no bare date either.
_BARE_DATE = re.compile(
    rf"(?<![\w'/.-])(?<!vanaf\s)(?<!sinds\s)(?<!sedert\s)\d{{1,2}}\s{_MONTH}(?:\s(?:19|20)\d\d{_NOTE})?(?![\w-])"
)
# A date without a year this shortly before the day it is read on is the one just past ("een overleg
# gehouden op 26 juni", read on 1 July), not next year's; in a clause that looks back, half a year.
_RECENT_PAST = dt.timedelta(days=62)
_PAST_HALF_YEAR = dt.timedelta(days=183)
_DAY_MONTH = re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})(?:e|ste|de)?\s(?P<mon>{_MONTH})")
_COMING = re.compile(r"(?:^|\s)(?:a\.s\.?|as\.|aanstaande|komende|volgende)(?:\s|$)")

# How a deadline phrase starts tells what it does. These make a term of what follows: "voor", "tot",
# "binnen", "uiterlijk". Others only place something in time ("in", "bij", "na", "op", "tijdens"), which
# in a clause about the past is history ("In de Voorjaarsnota zijn de cijfers verwerkt"), as "vlak/kort voor"
# ("Vlak voor het meireces rondde het kabinet het overleg af").
_TERM_START = re.compile(
    r"(?:uiterlijk|ten\slaatste|op\szijn\slaatst|niet\slater\sdan|deadline|streefdatum|einddatum|uiterste|"
    r"ruim|ruimschoots|tijdig|voor|tot|t/m|tegen|binnen)(?:\s|:|$)"
)
# A target ("streefdatum") is not firm: in a motion "met streefdatum 1 januari 2018 ... uiterlijk op
# 1 oktober 2016 te informeren" the term asked is the second.
_FIRM_START = re.compile(
    r"(?:uiterlijk|ten\slaatste|op\szijn\slaatst|niet\slater\sdan|deadline|einddatum|uiterste)(?:\s|:|$)"
)
# A clause: the part of a sentence between commas, semicolons, colons, brackets and dashes.
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]\u2013\u2014]|\s-\s")
# Tense. A clause looks back when its verb is past or perfect and nothing in it points ahead; verbs of
# promising, planning and asking point ahead even in the perfect ("heeft toegezegd ... te sturen").
_PAST_VERB = re.compile(
    r"(?:^|\s)(?:was|waren|werd|werden|had|hadden|moest|moesten|kon|konden|wilde|wilden|ging|gingen|kwam|"
    r"kwamen|kreeg|kregen|liep|liepen|bleek|bleken|vond|vonden|verstreek|verstreken|verstrijken|"
    r"verliep|verliepen|afgelopen|sinds|geleden|"
    # frequent past tenses of news and letters ("In maart kondigde de minister ... aan")
    r"zei|zeiden|schreef|schreven|sprak|spraken|nam|namen|gaf|gaven|liet|lieten|vroeg|vroegen|deed|deden|"
    r"kondigde|kondigden|stuurde|stuurden|meldde|meldden|maakte|maakten|presenteerde|presenteerden|zegde|"
    r"zegden|verklaarde|verklaarden|stemde|stemden|stelde|stelden|noemde|noemden|diende|dienden|debatteerde|"
    r"debatteerden|besprak|bespraken|ontving|ontvingen|"
    # strong past tenses of news ("Maandag trok de minister een wet terug")
    r"trok|trokken|hield|hielden|bleef|bleven|zag|zagen|stond|stonden|lag|lagen|sloot|sloten|koos|kozen|bracht|"
    r"brachten|dacht|dachten|zocht|zochten|viel|vielen|riep|riepen|trad|traden|won|wonnen|verloor|verloren|begon|"
    r"begonnen|wees|wezen|greep|grepen|schoof|schoven|sneuvelde|sneuvelden|besloot|"
    # weak past tenses of news and reports ("In 2023 bereidden we de wet voor", "Het project startte in mei")
    r"(?:bereid|leid|start|wacht|kost|werk|volg|leg|zorg|hoop|dreig|eis|open|bouw|voer|lever|toon|praat|stop|"
    r"pleit|wijzig|regel|hoor|antwoord)(?:de|den|te|ten)|"
    # the past of a verb in -eren ("die donderdagavond protesteerden", "reageerde"), not an adjective ("verkeerde")
    r"(?!ge|verkeerde)[a-z]{2,}eerden?)(?=\s|$)"
)
_PERFECT_AUX = re.compile(r"(?:^|\s)(?:heb|hebt|heeft|hebben|ben|bent|is|zijn)(?=\s|$)")
_PARTICIPLE = re.compile(
    # adjectives shaped like participles: "De uitslag is in september bekend", "is in september benodigd"
    r"(?:^|\s)(?!(?:gereed|bekend|benodigd|bereid|bevoegd|gewenst|geschikt)(?:\s|$))"
    r"(?:(?:aan|af|door|in|mee|na|op|over|toe|uit|vast|terug|voor)?ge[a-z]{3,}(?:d|t|en)|"
    r"(?:be|ver|ont|her)[a-z]{3,}[dt]|(?:aan|af|door|in|mee|na|op|over|toe|uit|terug)?ge(?:gaan|daan|staan|zien)|"
    # strong participles without ge- (the same form as the infinitive, so only the frequent ones of news and letters)
    r"ontvangen|besproken|begonnen|verschenen|vergeten|verkregen|bevonden|verzonden|ontstaan|vertrokken|verloren|gehad|"
    r"verlopen)"
    r"(?=\s|$)"
)
_AHEAD = re.compile(
    r"(?:^|\s)(?:zal|zullen|zult|zou|zouden|gaat|gaan|wil|wilt|willen|streef|streeft|streven|verwacht|"
    r"verwachten|voornemens|van\splan|moet|moeten|komt|komen|verzoek|verzoekt|vraagt|vragen|verzocht|gevraagd|"
    r"toegezegd|toezegging|toe|aangekondigd|beloofd|afgesproken|gepland|besloten|voorgenomen|"
    r"a\.s\.?|aanstaande|komende|volgende|komend|volgend|naar\sverwachting|te\s[a-z]+en)(?=\s|$)"
)
# A share or an average: "90 procent van de straffen krijgt binnen twee jaar een gevolg" is a statistic; a
# habit or a standing rule ("Volgens de regels van de Kamer moet het kabinet binnen drie weken antwoorden",
# "in de regel") sets no term either: it counts from no day.
_MEASURE = re.compile(
    r"(?:^|\s)(?:procent|%|gemiddeld|gemiddelde|doorgaans|meestal|gewoonlijk|normaal\sgesproken|in\sde\sregel|"
    r"volgens\sde\sregels?|volgens\shet\sreglement|"
    # a rule told over cases: "In de meeste situaties moet de gemeente binnen acht weken beslissen"
    r"in\s(?:de\smeeste|veel|vrijwel\salle|sommige|enkele|bepaalde)\s(?:gevallen|situaties))(?=\s|$)|\d%"
)
# A standing rule: a period that counts from what happens in any case ("binnen acht weken na ontvangst van de
# aanvraag", "binnen zes weken na de datum waarop het besluit is verzonden"), or a period said of anyone ("Een
# medewerker neemt binnen vijf werkdagen contact met u op", "Een persoon die wil inspreken meldt dit uiterlijk 24 uur
# voor aanvang van de vergadering"), told in the present with no speaker and no word that points ahead: how a
# procedure goes, no one's term ("Ik zal u zo spoedig mogelijk na ontvangst van het advies informeren" is one).
_FROM_EVENT = r"(?:na|nadat|voor|voorafgaand\saan)\s(?P<anchor>.+)$"
_PERIOD_FROM = re.compile(rf"(?:^|\s){_NUM}\s{_UNIT}\s{_FROM_EVENT}")
_PERIOD_BEFORE = re.compile(rf"(?:^|\s){_NUM}\s{_UNIT}\s?$")
_EVENT_START_WORD = re.compile(_FROM_EVENT)
# what happens in any case: a step of a procedure named without an article, one with "een", the date of a document
_ANY_CASE = re.compile(
    r"(?:een|(?:de\s)?(?:datum|dag)\s(?:van|waarop)|(?:de\s)?dagtekening|ontvangst|indiening|verzending|"
    r"bekendmaking|kennisgeving|terinzagelegging|aanvraag|aanmelding|melding|mededeling|inschrijving)(?=\s|$)"
)
# a case of a procedure, any one: "voor een aanvraag", "bij elke klacht", "Een bezwaarschrift wordt ..."
_FOR_ANY_CASE = re.compile(
    r"(?:^|(?:^|\s)(?:voor|bij|op|na|over)\s)(?:een|elke|iedere|ieder)\s(?:[a-z]+e\s)?(?:aanvraag|klacht|bezwaar|"
    r"bezwaarschrift|verzoek|melding|aanmelding|aangifte|zienswijze|beroep|wob-verzoek|woo-verzoek)(?=\s|$)"
)
# said of anyone: the clause opens with an indefinite subject that is a person ("een medewerker", "een ambtenaar",
# "iedereen"; not a thing, "Een besluit volgt binnen twee weken")
_ANYONE = re.compile(
    r"(?:(?:een|elke|iedere|ieder)\s[a-z]*(?:er|aar|ier|ent|ant|eur|ist|persoon|lid)|iemand|iedereen|men|wie)(?=\s|$)"
)
# a speaker, or a word that points ahead: a promise or a plan, not a procedure
_SPEAKER_OR_AHEAD = re.compile(
    r"(?:^|\s)(?:ik|wij|we|mij|ons|zal|zullen|zult|gaat|gaan|streeft|streven|voornemens|van\splan|toegezegd|"
    r"toezegging|beloofd|afgesproken|nog|a\.s\.?|aanstaande|komende|volgende)(?=\s|$)"
)
# "Volgens mij zegt ons Reglement van Orde dat er zo spoedig mogelijk wordt gestemd": what a rule says.
# "de Grondwet vereist dat ... binnen drie maanden": the constitution's rules too.
_RULE_SOURCE = r"(?:reglement(?:\svan\sorde)?|wet|grondwet|wetgeving|verordening|awb)"
_RULE_VERB = r"(?:zegt|bepaalt|schrijft|eist|vereist|voorziet)"
_RULE_SAYS = re.compile(
    rf"(?:^|\s)(?:{_RULE_SOURCE}\s{_RULE_VERB}|{_RULE_VERB}\s(?:ons|het|de)\sreglement)(?=\s|$)"
)
# "De klacht wordt afgehandeld binnen de wettelijke termijn van tien weken": a period the law sets counts from each
# case of its procedure (a request received, a decision sent), not from the day it is read.
# "Uw Kamer wordt daarmee in de gelegenheid gesteld binnen de wettelijke termijn van 30 dagen ...": the document
# that says so starts it, and then it counts from the day it is read.
_STATUTORY_PERIOD = re.compile(
    r"(?:^|\s)(?:de\s)?(?:wettelijke|statutaire)\s(?:beslis|behandel|reactie)?termijn(?=\s|$)")
_THIS_CASE = re.compile(r"(?:^|\s)(?:daarmee|hiermee|hierbij|bij\sdeze|uw\skamer)(?=\s|$)")


# "Wiersma wilde voor de kerst nog twee plannen doordrukken", "moest voor 1 juli klaar zijn": what someone wanted or
# had to do, told in the past, is history even with a term's preposition ("had verzocht om ... voor" stands: asked).
_PAST_MODAL = re.compile(r"(?:^|\s)(?:wilde|wilden|moest|moesten)(?=\s|$)")
# the end of a span: "tot (en met) 19 februari 2020"
_UPTO_START = re.compile(r"(?:tot(?:\sen\smet)?|t/m)\s")


# "Op 23 februari heeft u de Onderwijsraad gevraagd advies uit te brengen": a date that places the perfect of a verb
# of asking or promising, before that participle, is the day it was asked; what was asked follows it ("heeft
# gevraagd op 1 juni advies uit te brengen" is the day the advice is due).
_ASKED_AFTER = re.compile(r"^(?:(?!\s(?:te|om)\s)[^,;:])*?\s(?:verzocht|gevraagd|toegezegd|beloofd|afgesproken|"
                          r"aangekondigd|opgedragen)(?=\s|$)")


def _day_of_the_asking(sentence: str, found: FoundDeadline, folded: str) -> bool:
    """Whether a date that only places ("op 23 februari") is the day a request or promise was made, in the perfect."""
    if _TERM_START.match(folded) or not _PERFECT_AUX.search(_governing(sentence, found.start, found.end)):
        return False
    _, c_end = _clause_bounds(sentence, found.start, found.end)
    return _ASKED_AFTER.match(" " + _words(sentence[found.end : c_end])) is not None


def _main_end(sentence: str, found: FoundDeadline) -> int:
    """Where the clause of a phrase ends, or the subordinate clause after it starts ("Dat meldt hij dinsdag in een
    brief waarin hij ...")."""
    _, c_end = _clause_bounds(sentence, found.start, found.end)
    sub = _SUBORDINATOR.search(sentence, found.end, c_end)
    return sub.start() if sub is not None else c_end


def _standing_rule(sentence: str, found: FoundDeadline, folded: str, before: str, clause: str) -> bool:
    """Whether a period is a procedure's rule: it counts from what happens in any case, or is said of anyone, in
    a clause in the present that has no speaker and no word that points ahead (see `_ANY_CASE`)."""
    res = found.resolution
    period = _PERIOD_FROM.search(folded)
    if period is None and res.precision == "event" and _PERIOD_BEFORE.search(before):
        period = _EVENT_START_WORD.match(folded)
    if period is None and not (res.precision == "day" and folded.startswith("binnen ")):
        return False
    c_start, c_end = _clause_bounds(sentence, found.start, found.end)
    if _FOR_ANY_CASE.search(clause):
        # "Voor een aanvraag moeten we binnen 8 weken een besluit nemen", "Een klacht wordt binnen zes weken
        # afgehandeld": a period for any case of a procedure, whoever speaks
        return True
    any_case = period is not None and _ANY_CASE.match(f"{period.group('anchor')} {_words(sentence[found.end : c_end])}")
    if (_SPEAKER_OR_AHEAD.search(clause) or _PAST_VERB.search(clause)
            or (_PERFECT_AUX.search(clause) and _PARTICIPLE.search(clause) and not any_case)):
        return False
    return bool(any_case or _ANYONE.match(_words(sentence[c_start : found.start])))


# "Dat meldt hij dinsdag in een brief", "bevestigen Haagse bronnen zaterdag": a verb of telling in the present with
# the weekday it is read on is the day the news was told, no term.
_TELLS = re.compile(
    r"(?:^|\s)(?:meldt|melden|bevestigt|bevestigen|zegt|zeggen|schrijft|schrijven|bericht|berichten|onthult|"
    r"onthullen|aldus|(?:laat|laten)\s(?:[a-z]+\s){0,4}?weten|(?:maakt|maken)\s(?:[a-z]+\s){0,4}?bekend)(?=\s|$)"
)
# "De Wkb treedt per 1 januari 2024 in werking": the day a law takes effect, told as fact, is the calendar of the
# law, no one's term ("moet per 1 januari in werking treden" is a plan).
_TAKES_EFFECT = re.compile(
    r"(?:^|\s)(?:treedt|treden)\s(?:[a-z0-9.-]+\s){0,8}?in\swerking(?=\s|$)|(?:^|\s)in\swerking\s(?:treedt|treden)(?=\s|$)|"
    r"(?:^|\s)(?:wordt|worden)\s(?:[a-z0-9.-]+\s){0,8}?van\skracht(?=\s|$)"
)
_MODAL_AHEAD = re.compile(
    r"(?:^|\s)(?:zal|zullen|moet|moeten|kan|kunnen|gaat|gaan|wil|willen|verwacht|verwachten|beoogt|beogen|streeft|"
    r"streven|naar\sverwachting|mogelijk|waarschijnlijk|zou|zouden)(?=\s|$)"
)
# "Hilversum, 15 juni 2026 - Een grote stroomstoring ...": a place and a date before a dash open a news article.
_DATELINE_BEFORE = re.compile(r"^\s*[A-Z][A-Za-z'-]+(?:\s[A-Z][A-Za-z'-]+)?\s?,\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:-|\u2013|\u2014)\s")


# "niet meer voor 1 oktober", "niet langer voor de zomer": no longer a term either
_NEGATION = re.compile(r"(?:^|\s)(?:niet|geen|nooit)(?:\s(?:meer|langer))?$")
# Between a phrase and the one that restates it: "na 18 maanden (2e kwartaal 2025)", "eind voorjaar –
# uiterlijk voor aanvang van het zomerreces".
_RESTATES = re.compile(r"\s*(?:\(|\[|\u2013|\u2014|\s-|\sc\.q\.)\s*")
# ... or only a comma, when what follows narrows it down: "gelijktijdig met de voorjaarsnota, rond eind april".
_RESTATES_DATED = re.compile(r"\s*,\s*")
# A relative clause right after a phrase that names a thing, opening with the time of that thing, dates it: "in de
# Voorjaarsnota die later deze maand openbaar wordt", "in de ontwerpbegroting 2010 (die in september 2009 bij uw Kamer
# wordt ingediend)": the thing's own time is the term (the Voorjaarsnota's rule day gives way to it).
_ITS_TIME = re.compile(r"\s*[(,]?\s*(?:die|dat|welke)\s+")
# ... and "c.q." (or rather) restates: "Eind september c.q. begin oktober 2024" is begin oktober 2024.
# The date of what a phrase names, in brackets right after it, belongs to it: "voor Verantwoordingsdag (16 mei)".
_BRACKET_DATE = re.compile(rf"\s*\((?:op\s)?\d{{1,2}}\s(?:{_MONTH})(?:\s(?:19|20)\d\d)?\)", re.IGNORECASE)


def deadline_in(sentence: str, ref: dt.date, calendar: Calendar | None = None) -> FoundDeadline | None:
    """The deadline a sentence sets, or None.

    Of the phrases found, those that are no term are left out: history (a date just past, a phrase that
    only places something in a clause about the past), a negated phrase ("niet eind deze maand"), a
    statistic. Of the rest a phrase restated in brackets or dashes gives way to the restatement; then a
    firm one ("uiterlijk", "deadline") wins, then one with a date (a vague "zo snel mogelijk" only when
    nothing firmer is said), then an event that sets a term ("voor het debat over X"), then any other,
    each time the first in the sentence. A phrase in a relative or adverbial clause ("Boeren die in 2019 ...")
    gives way to a dated one the main verb governs. A bare weekday or date counts only when nothing else is found
    (or what is found has no date and stands in such a clause).

    Unlike `find_deadlines`, a passed date counts when a deadline word goes with it and it has its year
    (a missed or overdue deadline)."""
    found = _candidates(sentence, ref, calendar)
    kept = _terms(sentence, found, ref, calendar)
    best = min(kept, key=lambda f: (term_rank(f), f.start), default=None)
    main = [f for f in kept if f.resolution.due is not None and not _in_subclause(sentence, f)]
    if best is not None and main and _in_subclause(sentence, best):
        # "Boeren die in 2019 derogatie aanvragen, krijgen tot eind februari de tijd": a phrase in a relative or
        # adverbial clause says of whom or what; a dated phrase the main verb governs is the term ("In 2023 gunnen
        # we de concessie, waarna ... de start in december 2024" keeps its year)
        best = min(main, key=lambda f: (term_rank(f), f.start))
    year = best is not None and best.resolution.due is not None and _IN_YEAR.fullmatch(_folded(best.phrase))
    named = best is not None and best.resolution.due is not None and _NAMED_DAY.fullmatch(_folded(best.phrase))
    if best is None or year or named or best.resolution.due is None:
        taken = [(f.start, f.end) for f in found]
        bare = [b for b in _candidates(sentence, ref, calendar, [_BARE_WEEKDAY, _BARE_DATE])
                if all(b.end <= s or b.start >= e for s, e in taken)]
        bare = [f for f in _terms(sentence, bare, ref, calendar) if f.resolution.due is not None]
        if best is None:
            return min(bare, key=lambda f: (term_rank(f), f.start), default=None)
        bounds = _clause_bounds(sentence, best.start, best.end)
        for b in bare:
            if (named and b.resolution.due == best.resolution.due and b.resolution.precision == "day"
                    and _SAID_TO_BE.search(_folded(sentence))):
                # "Het is woensdag weer Verantwoordingsdag", "De derde woensdag van mei, dit jaar 17 mei, is het
                # Verantwoordingsdag": the day said to be the named one (as "Prinsjesdag is op 21 september"),
                # with a year word right before it ("dit jaar 17 mei", one phrase as in `_joined`)
                return _joined(sentence, [*(f for f in found if f.end <= b.start), b])[-1]
            if year and best.resolution.due is not None and b.resolution.due is not None and (
                    b.resolution.due.year == best.resolution.due.year and b.resolution.precision == "day"
                    and _clause_bounds(sentence, b.start, b.end) == bounds):
                # "In 2018 wordt uitgekeken naar de verkiezingen van 21 maart 2018": the year places the finer
                # date of its clause (as it does a phrase found, `_in_named_year`)
                return b
            if (not year and b.end < best.start and not sentence[b.end : best.start].strip()
                    and _WD_ONLY.search(_folded(b.phrase))):
                # "zal vrijdagmiddag na de ministerraad aankondigen": the day of the event that places the act
                return b
            if _in_subclause(sentence, best) and not _in_subclause(sentence, b):
                # "Het kabinet presenteert vrijdag de analyse waarop het beleid de komende jaren wordt gebaseerd":
                # the day the main verb governs, not a time without a date in a clause that says what a thing is
                return b
    return best


# Words that open a relative or adverbial clause ("Boeren die in 2019 ... aanvragen", "waarna ..."); not "dat",
# whose clause is often what is said or asked ("dringen erop aan dat bij de voorjaarsbesluitvorming ...").
_OPENS_SUBCLAUSE = re.compile(
    r"(?:^|\s)(?:die|welke|waarna|waarin|waarop|waarmee|waarbij|waardoor|waarvoor|omdat|zodat|terwijl|nadat)(?=\s|$)")


def _in_subclause(sentence: str, found: FoundDeadline) -> bool:
    """Whether a phrase stands in a relative or adverbial clause: a word that opens one (`_OPENS_SUBCLAUSE`) stands
    between its clause's start and the phrase."""
    c_start, _ = _clause_bounds(sentence, found.start, found.end)
    return _OPENS_SUBCLAUSE.search(" " + _folded(sentence[c_start : found.start])) is not None


def sentence_deadlines(sentence: str, ref: dt.date, calendar: Calendar | None = None) -> list[FoundDeadline]:
    """`find_deadlines` for one sentence, each phrase marked whether it sets a term there: not when the
    sentence shows it is history, negated, a statistic or restated right after it."""
    return sentence_readings(sentence, ref, calendar)[0]


def passed_terms(sentence: str, ref: dt.date, calendar: Calendar | None = None) -> list[FoundDeadline]:
    """The terms a sentence sets that had passed on `ref`: a date with its year and a deadline word with it
    ("uiterlijk 1 maart 2025" told in a debate of April 2025), a missed deadline, as `deadline_in` keeps it.
    `sentence_deadlines` leaves these out; triage shows them as passed ("verstreken") instead of dropping them."""
    return sentence_readings(sentence, ref, calendar)[1]


def sentence_readings(sentence: str, ref: dt.date,
                      calendar: Calendar | None = None) -> tuple[list[FoundDeadline], list[FoundDeadline]]:
    """`sentence_deadlines` and `passed_terms` of one sentence from one reading: the finders search it and each
    phrase is read in it once, for both (triage asks for both of many sentences)."""
    found = _candidates(sentence, ref, calendar)
    kept = _terms(sentence, found, ref, calendar)
    # A term kept may have grown beyond the phrase found ("aanstaande dinsdag" with its date after it, "volgende
    # week op Prinsjesdag" joined, an event with its name or bracketed date): it stands for each phrase it
    # covers, once, and the phrase found is a term through it.
    ahead: list[FoundDeadline] = []
    given: set[int] = set()
    for f in found:
        if f.resolution.precision == "none" or (f.resolution.due is not None and f.resolution.due < ref):
            continue
        k = next((j for j, t in enumerate(kept) if t.end == f.end or (t.start <= f.start and f.end <= t.end)), None)
        if k is None:
            ahead.append(dataclasses.replace(f, term=False))
        elif k not in given:
            given.add(k)
            ahead.append(dataclasses.replace(kept[k], term=True))
    passed = [dataclasses.replace(f, term=True) for f in kept
              if f.resolution.due is not None and f.resolution.due < ref]
    return ahead, passed


def _terms(sentence: str, found: list[FoundDeadline], ref: dt.date,
           calendar: Calendar | None = None) -> list[FoundDeadline]:
    # "van vrijdag 6 september 20.00 tot zondag 15 september 2024": the day a span opens gives way to the day it
    # ends (deadlines.md's ranges: the upper bound), which then stands or falls by itself.
    found = [f for i, f in enumerate(found) if i + 1 == len(found) or not _opens_span(sentence, f, found[i + 1])]
    # "voor de behandeling van de begroting in het najaar van 2021": the time right after an event says when it
    # is; the event gives way to it (which then stands or falls by itself).
    timed = {f.end for f, g in itertools.pairwise(found)
             if (f.resolution.due is None or f.resolution.precision == "vague") and g.resolution.due is not None
             and _EVENT_GAP.fullmatch(sentence[f.end : g.start])}
    # ... but "voor de raadsvergadering in juli" is before a meeting on a day of July not named: the event, with
    # its time in its phrase (the month would be a term up to the end of July).
    before = {f.end: g for f, g in itertools.pairwise(found)
              if f.end in timed and f.resolution.precision == "event" and _BEFORE_EVENT.match(_folded(f.phrase))
              and g.resolution.precision in _SPAN_DAYS and g.resolution.precision != "day"
              and not sentence[f.end : g.start].strip()}
    timed -= set(before)
    found = [f for f in found if f not in before.values()]
    found = [_timed_event(sentence, f, before[f.end]) if f.end in before else f for f in found]
    kept = [_with_bracket_date(sentence, _with_name(sentence, f), ref, calendar)
            for f in (_read_in_sentence(sentence, f, ref, calendar) for f in found if f.end not in timed)
            if f is not None]
    kept = _joined(sentence, [_with_its_date(sentence, f, ref, calendar) for f in kept])
    kept = [f for i, f in enumerate(kept)
            if not any(_RESTATES.fullmatch(sentence[f.end : g.start])
                       or (_narrows(f, g) and _RESTATES_DATED.fullmatch(sentence[f.end : g.start]))
                       or (_ITS_TIME.fullmatch(sentence[f.end : g.start]) and not _DAY_MONTH.search(_folded(f.phrase)))
                       for g in kept[i + 1 :])]
    kept = _in_named_year(sentence, kept, ref, calendar)
    kept = [f for f in kept if not _gives_way_to_its_day(f, kept)]
    if any(_EVENT_CLAUSE_START.match(_folded(f.phrase)) for f in kept):
        # "Zodra het advies er is, volgt zo snel mogelijk een debat": a period counts from the event the
        # sentence names, not from the day it was said.
        kept = [f for f in kept if not counts_from_when_said(f.phrase, ref, calendar)]
    after = [f.start for f in found if f.resolution.precision == "event" and f.phrase[:3].lower() == "na "
             and not sentence[: f.start].rstrip(" \"'\u2018\u201c")[-1:].isalnum()]
    if after:
        # "Na de stemmingen krijgen de partijen nog twee dagen de tijd": a period after a clause that opens with
        # "na" and an event counts from that event, not from the day it was said.
        # A day or week named from today ("nog deze week", "morgen") is no period and stays.
        kept = [f for f in kept if f.start < after[0] or _NAMED_FROM_TODAY.search(_folded(f.phrase))
                or not counts_from_when_said(f.phrase, ref, calendar)]
    kept = [f for f in kept if not _asked_on_a_past_day(sentence, f, found, kept, ref, calendar)]
    moved = [f for f in kept if _MOVED_VERB.search(sentence) and _MOVED_ON.search(
        _folded(sentence[max(0, f.start - 60) : f.start]) + (" tot" if f.phrase[:4].lower() == "tot " else ""))]
    if moved:
        # "Het debat van volgende week is verplaatst naar 2 juli": the date a thing moves to replaces the one
        # named before it (u4).
        kept = [f for f in kept if f.start >= moved[0].start]
    if len(found) > 1 and any(_in_condition(sentence, f.start, f.end) for f in found):
        # "Haalt de provincie het doel in 2030 niet, dan moet zij binnen drie jaar ...": the period counts from
        # what the dated condition says, which may never happen; not from the day it was said.
        kept = [f for f in kept if not counts_from_when_said(f.phrase, ref, calendar)]
    return kept


_BEFORE_EVENT = re.compile(r"(?:voor|voorafgaand\saan|tegen)\s")
# An asking or promising told as past: "beloofde", "heeft ... toegezegd", "heeft uw Kamer mij verzocht".
_ASKED_IN_PAST = re.compile(
    r"(?:^|\s)(?:beloofden?|beloofd|toegezegd|zegden?|verzocht(?:en)?|gevraagd|vroegen?|afgesproken|spraken)(?=\s|$)")


def _asked_on_a_past_day(sentence: str, found: FoundDeadline, every: list[FoundDeadline], kept: list[FoundDeadline],
                         ref: dt.date, calendar: Calendar | None) -> bool:
    """A period counted from the day it is said ("binnen twee weken", "op korte termijn") in an asking or promise
    told as past on a day the sentence puts before it ("In maart beloofde de staatssecretaris om binnen twee weken
    te reageren", "Tijdens de regeling van 25 november jongstleden heeft uw Kamer mij verzocht om op korte termijn
    ..."): it counted from that day, not from the day the sentence is read, so it names no term now. The day of the
    asking, read as no term of its own (a month or date told with a verb in the past is history), stands before the
    phrase, the verb of asking between them."""
    folded = _folded(found.phrase)
    if _DAY_MONTH.search(folded) or _WD_ONLY.search(folded) or not counts_from_when_said(found.phrase, ref, calendar):
        return False  # a date or weekday ("op 12 december a.s.") is the same day whenever it was asked
    for p in every:
        if p.end > found.start or p.resolution.precision in ("event", "vague"):
            continue
        if any(k.start <= p.start and p.end <= k.end for k in kept):
            continue  # a time kept as a term is no day of the past
        if _ASKED_IN_PAST.search(_folded(sentence[p.end : found.start])):
            return True
    return False
# A day of the budget cycle by its name ("Prinsjesdag", "de derde woensdag van mei"), with "op" or a year.
_NAMED_DAY = re.compile(
    r"(?:op\s|met\s)?(?:prinsjesdag|verantwoordingsdag|de\sderde\s(?:dinsdag|woensdag)\s(?:van|in)\s(?:september|mei))"
    r"(?:\s(?:19|20)\d\d)?")
# A period counted roughly from the day it is said: "over ruim vier weken", "over bijna twee maanden".
_ROUGH_PERIOD = re.compile(r"(?:^|\s)(?:ruim|bijna|ongeveer|circa|ca\.?|zo'n|pakweg|krap)\s")
_ROUGH_SLACK = dt.timedelta(days=7)
# A sentence that says which day a named day is ("Het is woensdag Verantwoordingsdag", "Prinsjesdag valt op ...").
_SAID_TO_BE = re.compile(r"(?:^|\s)(?:is|valt)(?=\s)")


def _gives_way_to_its_day(found: FoundDeadline, kept: list[FoundDeadline]) -> bool:
    """Whether another phrase of the sentence names `found`'s day more plainly. A day of the budget cycle by its
    name gives way to the date or day said to be it ("Prinsjesdag is op 21 september", "Morgen is het
    Prinsjesdag"); a period counted roughly gives way to the day it points at ("Over ruim vier weken is het
    Prinsjesdag": the 17th, not the 13th)."""
    res = found.resolution
    if res.due is None or res.precision != "day":
        return False
    folded = _folded(found.phrase)
    named = _NAMED_DAY.fullmatch(folded) is not None
    rough = _ROUGH_PERIOD.search(folded) is not None
    if not (named or rough):
        return False
    for g in kept:
        due = g.resolution.due
        if g is found or due is None or g.resolution.precision != "day":
            continue
        if named and due == res.due and _NAMED_DAY.fullmatch(_folded(g.phrase)) is None:
            return True
        if rough and not _ROUGH_PERIOD.search(_folded(g.phrase)) and abs(due - res.due) <= _ROUGH_SLACK:
            return True
    return False


def _timed_event(sentence: str, event: FoundDeadline, time: FoundDeadline) -> FoundDeadline:
    phrase = sentence[event.start : time.end]
    return FoundDeadline(event.start, time.end, phrase, dataclasses.replace(event.resolution, phrase=phrase),
                         event.term)


# How many days a phrase of each precision spans up to its last day: a phrase right after it that falls within
# that span says which day of it ("volgende week op Prinsjesdag", "op 15 september op Prinsjesdag").
_SPAN_DAYS = {"day": 0, "week": 6, "month": 30, "quarter": 91, "season": 92, "year": 365}


def _joined(sentence: str, kept: list[FoundDeadline]) -> list[FoundDeadline]:
    """Two phrases with only a space between them, the second within the first ("volgende week op Prinsjesdag"):
    one phrase, the second's date."""
    out: list[FoundDeadline] = []
    for f in kept:
        prev = out[-1] if out else None
        if (prev is not None and prev.end < f.start and not sentence[prev.end : f.start].strip()
                and prev.resolution.due is not None and f.resolution.due is not None
                and prev.resolution.precision in _SPAN_DAYS and f.resolution.precision in _SPAN_DAYS
                and _SPAN_DAYS[f.resolution.precision] <= _SPAN_DAYS[prev.resolution.precision]
                and dt.timedelta(0) <= prev.resolution.due - f.resolution.due
                <= dt.timedelta(days=_SPAN_DAYS[prev.resolution.precision])):
            phrase = sentence[prev.start : f.end]
            out[-1] = FoundDeadline(prev.start, f.end, phrase, dataclasses.replace(f.resolution, phrase=phrase), f.term)
        else:
            out.append(f)
    return out


# "volgende week woensdag 20 maart": the date right after a phrase that ends in its weekday is that day's.
_WEEKDAY_END = re.compile(rf"(?:^|\s)({_WEEKDAY})$")
_DATE_AFTER = re.compile(rf"\s+\d{{1,2}}(?:e|ste|de)?\s(?:{_MONTH})(?:\s(?:19|20)\d\d)?(?![\w-])")


def _with_its_date(sentence: str, found: FoundDeadline, ref: dt.date, calendar: Calendar | None) -> FoundDeadline:
    """A phrase that ends in a weekday, with the date after it: "volgende week woensdag 20 maart" is 20 March."""
    wd = _WEEKDAY_END.search(_folded(found.phrase))
    m = _DATE_AFTER.match(sentence, found.end) if wd is not None else None
    if wd is None or m is None:
        return found
    phrase = sentence[found.start : m.end()]
    res = resolve(phrase, ref, calendar)
    if res.due is None:
        lead = "voor " if re.match(r"(?:voor|tegen)\s", _folded(found.phrase)) else ""
        res = resolve(f"{lead}{wd.group(1)} {_folded(m.group(0).strip())}", ref, calendar)
    if res.due is None or res.precision != "day":
        return found
    return FoundDeadline(found.start, m.end(), phrase, dataclasses.replace(res, phrase=phrase), found.term)


# "van donderdag 29 april tot en met zaterdag 1 mei", "vanaf 3 juni 9.00 uur tot 12 juni": a span from one day to
# another (a time of day may follow the first).
_SPAN_FROM = re.compile(r"(?<![\w-])(?:van|vanaf)\s+\Z", re.IGNORECASE)
_SPAN_GAP = re.compile(r"\s*(?:(?:om\s|vanaf\s)?\d{1,2}[.:]\d\d(?:\s?uur)?\s*)?")
_SPAN_TO = re.compile(r"(?:tot(?:\sen\smet)?|t/m)\s")


def _opens_span(sentence: str, first: FoundDeadline, then: FoundDeadline) -> bool:
    """Whether `first` is the day a span opens ("van [dag]") and `then` the day it ends ("tot (en met) [dag]")."""
    return (first.resolution.due is not None and then.resolution.due is not None
            and then.resolution.due >= first.resolution.due
            and (_SPAN_FROM.search(sentence, 0, first.start) is not None
                 or _SPAN_FROM.match(_folded(first.phrase) + " ") is not None)
            and _SPAN_GAP.fullmatch(sentence, first.end, then.start) is not None
            and _SPAN_TO.match(_folded(then.phrase)) is not None)


def _in_named_year(sentence: str, kept: list[FoundDeadline], ref: dt.date,
                   calendar: Calendar | None) -> list[FoundDeadline]:
    """"Volgend jaar moet het kabinet de begroting op de derde dinsdag van september bekendmaken": a year word in
    the clause of a phrase without a year says which year that phrase is in; the phrase, read in that year, is
    the term and the year word goes."""
    years = [f for f in kept if _BARE_YEAR_ONLY.fullmatch(_folded(f.phrase)) and f.resolution.due is not None]
    for year in [f for f in kept if _IN_YEAR.fullmatch(_folded(f.phrase))]:
        # "In 2024 kunt u subsidie aanvragen tot en met 31 juli", "dat in 2022 de vergaderingen op 30 maart 2022
        # worden gehouden": a finer phrase of the same clause that falls in the year named is the term; the
        # year only places it.
        named = year.resolution.due
        bounds = _clause_bounds(sentence, year.start, year.end)
        if named is not None and any(
                f is not year and f.resolution.due is not None and f.resolution.precision in _FINER_THAN_YEAR
                and f.resolution.due.year == named.year and _clause_bounds(sentence, f.start, f.end) == bounds
                for f in kept):
            kept = [f for f in kept if f is not year]
    for year in years:
        bounds = _clause_bounds(sentence, year.start, year.end)
        for i, f in enumerate(kept):
            if (f is year or f.resolution.due is None or _HAS_YEAR.search(_folded(f.phrase))
                    or _clause_bounds(sentence, f.start, f.end) != bounds):
                continue
            res = resolve(f"{f.phrase} {year.phrase}", ref, calendar)
            if res.due is not None and year.resolution.due is not None and res.due.year == year.resolution.due.year:
                kept[i] = dataclasses.replace(f, resolution=dataclasses.replace(res, phrase=f.phrase))
                kept = [g for g in kept if g is not year]
                break
    return kept


_HAS_YEAR = re.compile(r"(?:19|20)\d\d|jaar|'\d\d")
# A time named from the day it is said, not a period that could count from an event: "deze week", "volgende
# maand", "morgen", a weekday.
_NAMED_FROM_TODAY = re.compile(
    rf"(?:^|\s)(?:(?:deze|volgende|komende|aanstaande)\s(?:week|maand)|morgen|overmorgen|{_WEEKDAY})(?=\s|$)")
# A year alone ("in 2024", "2024"), and the precisions that say more than a year does.
_IN_YEAR = re.compile(r"(?:in\s)?(?:19|20)\d\d")
_FINER_THAN_YEAR = ("day", "week", "month", "quarter", "season")


# Between an event and its time: nothing, or more of what the event is about ("van Binnenlandse Zaken").
_EVENT_GAP = re.compile(r"\s*(?:(?:van|over|inzake)\s[^\W\d][\w'-]*(?:\s[^\W\d][\w'-]*){0,5}\s)?")


def _narrows(first: FoundDeadline, then: FoundDeadline) -> bool:
    """The phrase after a comma says when within the first: it has a date, not after the first's ("met de
    voorjaarsnota, rond eind april"; not "volgende week donderdag, tijdens het meireces"). On the same day it
    narrows when it is finer ("na de zomer, eind september"), not when it says the day again ("op Prinsjesdag,
    op de derde dinsdag van september"): then the first stands."""
    a, b = first.resolution.due, then.resolution.due
    if b is None:
        return False
    if a is None or b < a:
        return True
    return b == a and _FINENESS.index(then.resolution.precision) < _FINENESS.index(first.resolution.precision)


_FINENESS = ("day", "week", "month", "quarter", "season", "year", "vague", "event", "none")


# A name or code right after an event belongs to it: "voor het wetsvoorstel vm2", "bij de evaluatie van de
# Wet Open Overheid", "na het overleg over Infrastructuur en Waterstaat".
_NAME_AFTER = re.compile(
    r"(?:\s+(?:en\s+(?=[A-Z\u00c0-\u00dd]))?(?:[A-Z\u00c0-\u00dd][\w'\u2019-]*|[a-z]{1,5}\d{1,3}(?![\w-])))+"
)


# "stelt het besluit uit tot na de zomer": "tot" before "na" is the phrase's preposition, as in "tot 1 juli".
_UPTO_BEFORE = re.compile(r"(?<![\w-])tot\s+$", re.IGNORECASE)


def _with_name(sentence: str, found: FoundDeadline) -> FoundDeadline:
    """An event phrase with the name or code that follows it; a phrase "na ..." with the "tot" before it."""
    if found.phrase[:3].lower() == "na " and (upto := _UPTO_BEFORE.search(sentence, 0, found.start)) is not None:
        phrase = sentence[upto.start() : found.end]
        found = FoundDeadline(upto.start(), found.end, phrase, dataclasses.replace(found.resolution, phrase=phrase),
                              found.term)
    if found.resolution.precision != "event":
        return found
    m = _NAME_AFTER.match(sentence, found.end)
    if m is None:
        return found
    phrase = sentence[found.start : m.end()]
    return FoundDeadline(found.start, m.end(), phrase, dataclasses.replace(found.resolution, phrase=phrase),
                         found.term)


def _with_bracket_date(sentence: str, found: FoundDeadline, ref: dt.date,
                       calendar: Calendar | None) -> FoundDeadline:
    """A phrase with the date in brackets after it ("voor het debat (1 juli)"): that date is its day."""
    m = _BRACKET_DATE.match(sentence, found.end)
    if m is None:
        return found
    phrase = sentence[found.start : m.end()]
    res = found.resolution
    if res.due is None:
        day = m.group(0).strip(" ()")
        lead = "voor " if re.search(r"(?:^|\s)(?:voor|tegen)\s", _folded(found.phrase)) else ""
        res = resolve(f"{lead}{day}", ref, calendar)
        if res.due is None:
            return found
    return FoundDeadline(found.start, m.end(), phrase, dataclasses.replace(res, phrase=phrase), found.term)


def term_rank(found: FoundDeadline) -> int:
    """How strongly a phrase sets a term (lower is stronger): a firm one with a date ("uiterlijk 1 mei",
    "deadline van 14 maart"), one with a date, a vague one with a date ("zo snel mogelijk"), an event
    with a term preposition ("voor het debat over X"), any other."""
    res = found.resolution
    folded = _folded(found.phrase)
    if res.due is not None:
        if _FIRM_START.match(folded):
            return 0
        return 2 if res.precision == "vague" else 1
    return 3 if _TERM_START.match(folded) else 4


_SENTENCE_END = re.compile(r"[.!?\"\u201d]+(?=\s|$)")


# A date marked as past: "het debat van 16 september jl." places its clause in the past.
_PAST_MARK_WORD = re.compile(r"(?:^|\s)(?:jl|j\.l|jongstleden|laatstleden)\.?(?=\s|$)")
# A relative clause right after a phrase tells what its thing is: "in de Voorjaarsnota die de minister heeft gestuurd".
_RELATIVE_AFTER = re.compile(r"\s*(?:die|dat|welke)\s", re.IGNORECASE)


# "vragen", "verzoek" after an article, a number or a preposition are nouns ("antwoorden op een aantal vragen"),
# no verb that asks.
_AS_NOUN = re.compile(
    r"(?:^|\s)(?:de|het|een|aantal|deze|die|uw|zijn|haar|hun|enkele|\d+|op|over|van|met|aan)\s(?:vragen|verzoek)(?=\s|$)"
)


def _told_as_past(sentence: str, end: int, clause: str) -> bool:
    """A phrase that only places something is history when its clause names a date as past ("vragen gesteld
    tijdens de eerste termijn van het debat van 16 september jl.") or the relative clause right after it is past
    ("staat in de Voorjaarsnota die de minister vanmiddag heeft gestuurd")."""
    if _PAST_MARK_WORD.search(clause) and not _AHEAD.search(_AS_NOUN.sub(" ", clause)):
        return True
    rel = _RELATIVE_AFTER.match(sentence, end)
    if rel is None:
        return False
    _, c_end = _clause_bounds(sentence, rel.end(), rel.end())
    return _looks_back(_words(sentence[rel.end() : c_end]))


# A participle beside a present form of "worden" is the passive in the present, no perfect: "welke onderwerpen
# controversieel zijn en niet behandeld worden" (the "zijn" there is a copula), "dat wordt besproken".
_PASSIVE_NOW = re.compile(
    r"(?:^|\s)(?:[a-z]+\s(?=(?:word|wordt|worden)(?:\s|$))|(?:word|wordt|worden)\s[a-z]+(?=\s|$))")
# The auxiliary of a perfect stands before its participle ("heeft vorige week beslist") or right after it, in a
# subordinate clause ("dat de Kamer beslist heeft"); a word like a participle before a later "zijn" is a present
# ("De Kamer beslist half september welke onderwerpen controversieel zijn").
_AUX_RIGHT_AFTER = re.compile(r"\s?(?:heb|hebt|heeft|hebben|ben|bent|is|zijn)(?=\s|$)")


def _perfect(clause: str) -> bool:
    """Whether a clause is in the perfect: an auxiliary with a participle that goes with it."""
    clause = _PASSIVE_NOW.sub(" ", clause)
    aux = _PERFECT_AUX.search(clause)
    if aux is None:
        return False
    return any((p.start() >= aux.start() or _AUX_RIGHT_AFTER.match(clause, p.end()))
               and not _DETERMINED.search(clause, 0, p.start() + 1)
               for p in _PARTICIPLE.finditer(clause))


# A word like a participle after an article or a determiner, with an adjective or none between, is a noun: "Dinsdag
# is daar een definitief besluit over", "het besluit" (not "is het besluit genomen": "genomen" has no article before
# it; nor "is een einde gekomen": "einde" is a noun, not an adjective).
_DETERMINED = re.compile(r"(?:^|\s)(?:de|het|een|dit|deze|geen|uw|onze|mijn)"
                         r"(?:\s[a-z]+(?:ief|eel|aal|ig|lijk|isch|baar))?\s?\Z")


# "hadden tot vandaag de tijd een nieuwe verzekering af te sluiten": what a time or chance was for, told in the past,
# does not point ahead as a promise's "te" does ("beloofde voor de zomer een brief te sturen").
_CHANCE_FOR = re.compile(
    r"(?:^|\s)(?:had|hadden|kreeg|kregen)\s(?:[a-z]+\s){0,6}?(?:de|een)\s(?:tijd|gelegenheid|kans|mogelijkheid)(?=\s|$)")


def _looks_back(clause: str) -> bool:
    if _CHANCE_FOR.search(clause):
        clause = _TE_INFINITIVE.sub(" ", clause)
    if _AHEAD.search(_AS_NOUN.sub(" ", clause)):
        return False
    return bool(_PAST_VERB.search(clause) or _perfect(clause))


def _narrates(clause: str) -> bool:
    """A clause told in the simple past narrates what happened ("De datum van 15 juni was jarenlang heilig"): a
    date without its year in it is the last one, however long ago. The perfect is left out: "Het debat is
    vastgesteld op 12 juni" sets a date ahead."""
    return not _AHEAD.search(_AS_NOUN.sub(" ", clause)) and _PAST_VERB.search(clause) is not None


def _read_in_sentence(sentence: str, found: FoundDeadline, ref: dt.date,
                      calendar: Calendar | None = None) -> FoundDeadline | None:
    res = found.resolution
    if res.precision == "none":
        return None
    if found.start == 0 or sentence[found.start - 1] == "\n":
        label = _FIELD_NAME.match(found.phrase)
        if label and label.end() < len(found.phrase):
            start = found.start + label.end()
            phrase = sentence[start : found.end]
            found = FoundDeadline(start, found.end, phrase, dataclasses.replace(res, phrase=phrase))
    before = _folded(sentence[max(0, found.start - 40) : found.start])
    particle = _PARTICLE_VOOR.match(found.phrase)
    if particle is not None and (
            (_PROPOSE.search(before) and _TE_VERB.search(_folded(sentence[found.end :])))
            or _SCHEDULED_FOR.search(before) or _ON_THE_AGENDA.match(_folded(sentence[found.end : found.end + 30]))):
        # "Ik stel voor dinsdag te stemmen": "voor" belongs to the verb (voorstellen), not to the date; "gepland voor
        # maandag 29 juni", "stond voor dinsdag op de agenda": planned for that day, not before it.
        start = found.start + particle.end()
        phrase = sentence[start : found.end]
        found = FoundDeadline(start, found.end, phrase, resolve(phrase, ref, calendar))
        res = found.resolution
        if res.precision == "none":
            return None
    folded = _folded(found.phrase)
    if _NEGATION.search(before) and not _FIRM_START.match(folded):
        return None
    # A short aside in brackets ("minister Hoekstra (Financien) heeft ...") does not end the clause around it.
    sentence = _ASIDE.sub(lambda a: a.group(0) if a.start() < found.end and a.end() > found.start
                          else " " * len(a.group(0)), sentence)
    clause = _governing(sentence, found.start, found.end)
    if _BARE_YEAR_ONLY.fullmatch(folded) and (
            _OF_A_DATE.search(before) or not _AHEAD.search(_TE_INFINITIVE.sub(" ", clause))
            or _NOT.search(_own_clause(sentence, found.start, found.end) or clause)):
        # "Hij verwacht dit jaar een besluit" (a clause that looks ahead by its verb), not "Dit jaar is het budget
        # hoger", nor what a proposal is about ("stemt over het voorstel om het eigen risico volgend jaar niet te
        # laten stijgen"), nor the year of a date ("vanaf 1 januari volgend jaar"), nor what will not happen in it
        # ("de verwachting dat er dit jaar geen huurverhoging plaats zal vinden")
        return None
    if (_EARLIEST.search(clause) or (_EARLIER_THAN.search(before) and _NOT.search(clause))
            or ((_MEANT_ALREADY.search(clause) or _WOULD.search(clause))
                and _BUT.search(_folded(sentence[found.end :])))
            or _future_in_past(sentence, found.start, found.end)
            or (_SUPERSEDED.search(clause) and not _MOVED_TO.search(before) and not _ASKED.search(clause))):
        # "op zijn vroegst eind 2025", "niet eerder dan op 21 juni": no last day for anyone;
        # "Aanvankelijk zou het besluit in mei vallen": a plan given up.
        return None
    rest = _words(sentence[found.end : _clause_bounds(sentence, found.start, found.end)[1]])
    if _WONT.search(rest) and not _BUT.search(rest):
        # "zal dit jaar op 1 juli geen huurverhoging berekenen": what will not happen then is no term ("stuurt voor
        # de zomer geen brief maar een nota" sends something)
        return None
    if _PLANNED_THEN.search(clause) and not _MOVED_TO.search(before):
        # "Het debat stond voor volgende week op de agenda", "De stemming was gepland op dinsdag": a plan told in
        # the past is one that has changed (one that stands "staat" on the agenda)
        return None
    if (_RECESS_IN.search(sentence) and _CALENDAR_STATEMENT.search(
            _with_antecedent(sentence, found.start, found.end, clause))) or (
            _SPAN_START.match(folded) and _LASTS.search(clause)):
        # "De Kamer gaat vrijdag met reces", "..., dat duurt tot 12 januari": the calendar, no one's term
        return None
    after = _folded(sentence[found.end : found.end + 30])
    if folded.startswith("voor ") and _PURPOSE.search(f"{folded} {' '.join(after.split(' ')[:2])}"):
        # "het voor de beantwoording benodigde overleg": what it is for, not before when
        return None
    if _WHEN_START.match(folded) and not _WAITS.search(_words(f"{sentence[: found.start]} {sentence[found.end :]}")):
        # "Wanneer we dit niet doen, wordt het probleem groter": a condition in an argument, nothing waits for it
        return None
    whether = _WHETHER.match(_folded(sentence[: found.start]))
    if ((whether is not None and len(_VERB.findall(whether.group(0))) < 2) or _UNKNOWN_WHETHER.search(before)) and not (
            _TOMORROW.fullmatch(folded)):
        # "Of de luchthaven in 2020 open kan, kan de minister niet zeggen": a date not known is no one's term
        # ("Of de koning morgen ... noemt, is afwachten": tomorrow is known, what happens then is not)
        return None
    since = _SINCE.search(_folded(sentence[_clause_bounds(sentence, found.start, found.end)[0] : found.start]))
    if since is not None and (since.group(1) != "nadat" or _PAST_VERB.search(clause)) and not _AHEAD_BY_ITSELF.search(
            folded):
        # "Nadat de fractievoorzitter vanmiddag verklaarde ...", "toen ...", "sinds ...": a subordinate clause that
        # tells what happened before ("nadat" with a past verb; "nadat de Kamer ... wordt geinformeerd" is ahead)
        return None
    horizon = _HORIZON.fullmatch(folded)
    if horizon is not None and _number(horizon.group(1))[0] >= _HORIZON_YEARS:
        # "Ik verwacht dat over tien jaar ...", "dat over tien jaar de helft van de natuur gezond moet zijn": a
        # horizon of years ahead is a prediction or a goal, no one's term (a date that far out is named by its year)
        return None
    if _DATED.search(before) and not _COMING.search(folded):
        # "het advies van de Raad van State d.d. 19 december 2012": the date a document bears, no term
        # ("de vergadering d.d. 5 juni a.s." is one ahead)
        return None
    if _STATUS_AS_OF.search(before):
        # "stand per 30 juni 2021", "peildatum 1 januari": the day a state is given for
        return None
    if _HYPOTHETICAL.search(clause) or _supposed(sentence):
        # "Dan zou de formatie binnen een maand moeten worden afgerond": what would follow from a supposition
        return None
    if _in_condition(sentence, found.start, found.end) and not (
            res.precision == "day" and _NOT.search(_words(sentence[found.end : _main_end(sentence, found)]))):
        # ... but "als het geld uiterlijk woensdag niet wordt toegezegd", "als zij op 13 januari niet voldoen": a day
        # by which something must be done or else, an ultimatum, is a term (a year is not: "Als de turbines er in
        # 2020 niet staan, ...")
        # "een rampscenario als de energiebedrijven eind deze winter huishoudens moeten afsluiten", "Haalt de
        # provincie het doel in 2030 niet, dan ...": a condition (the phrase stands in it) is no one's term
        return None
    if _WAIT_NOT.search(before):
        # "onderwerpen die niet kunnen wachten tot na de zomer": the phrase is what is not waited for
        return None
    if _USUALLY.search(clause) or _JUDGED.search(clause) or (
            _WEEKDAYS_ONLY.fullmatch(folded) and _HABIT.search(_words(sentence))):
        # "Als je dat op maandag doet, heb je vaak op dinsdag antwoord": how things go, on any Monday
        return None
    if res.recurrence is None and not _OWN_YEAR.search(folded) and _EVERY.search(_RELATIVE_TAIL.sub("", clause)):
        # "Tenminste een maal per jaar, in het eerste kwartaal, schrijft de vereniging een vergadering uit", "wordt
        # vanaf half augustus elk jaar onderhandeld": a time in a clause about what happens every year is a habit, no
        # one's term ("jaarlijks voor de zomer" is one phrase, a recurring term; "in voorjaar 2013" names its year;
        # "doelen te formuleren die jaarlijks gemonitord worden" says how often of something else)
        return None
    placing = _DAY_OF.search(before) is not None

    def tense() -> str:  # read only when the tense decides
        return _own_clause(sentence, found.start, found.end) or clause

    def narrated() -> bool:
        # only the phrase's own clause narrates: "Het debat, dat in maart werd gehouden, krijgt op 12 mei een
        # vervolg" is not told in the past
        if own := _own_clause(sentence, found.start, found.end):
            return _narrates(own)
        c_start, c_end = _clause_bounds(sentence, found.start, found.end)
        return _narrates(_words(f"{sentence[c_start : found.start]} {sentence[found.end : c_end]}"))

    if (_WD_ONLY.fullmatch(folded) and _PARTICIPLE.match(after.split(" ", 1)[0] if after else "")
            and _PERFECT_AUX.search(clause)):
        # "ik heb vrijdag toegezegd": a weekday right before the past participle is when that happened
        return None
    day_month = _DAY_MONTH.search(folded)
    # In a clause about the past an event is history whatever its preposition ("de aanpak voor de uitvoering").
    if (day_month is None and not (_WD_ONLY.search(folded) and _MOVED_TO.search(before))
            and not _MOVED_ON.search(before) and not _later_year(folded, ref)
            and (placing or res.due is None or not _TERM_START.match(folded) or _PAST_MODAL.search(tense()))
            and not _AHEAD_BY_ITSELF.search(folded) and not _EVENT_CLAUSE_START.match(folded)
            and (_looks_back(tense()) or _told_as_past(sentence, found.end, tense()))):
        return None
    if _MEASURE.search(clause) and re.match(r"(?:binnen|na|over|in)\s", folded) and res.precision == "day":
        return None
    if _DATELINE_BEFORE.match(sentence[: found.start]) and _DATELINE_AFTER.match(sentence, found.end):
        # "Hilversum, 15 juni 2026 - ...": the dateline of a news article
        return None
    if _TAKES_EFFECT.search(clause) and not _MODAL_AHEAD.search(clause):
        # "De Wkb treedt per 1 januari 2024 in werking": the day a law takes effect, told as fact
        return None
    if (_WD_ONLY.fullmatch(folded) or _TODAY_WORD.fullmatch(folded)) and res.due == ref and _TELLS.search(
            _words(sentence[_clause_bounds(sentence, found.start, found.end)[0] : _main_end(sentence, found)])):
        # "Dat meldt hij dinsdag in een brief aan de Kamer", read on that Tuesday: the day the news is told
        return None
    if (_RULE_SAYS.search(clause) or (_STATUTORY_PERIOD.search(folded) and not _THIS_CASE.search(_folded(sentence)))
            or _standing_rule(sentence, found, folded, before, clause)):
        # "Het college neemt een beslissing binnen 8 weken na ontvangst van de stukken", "Volgens mij zegt ons
        # Reglement van Orde dat er zo spoedig mogelijk ... wordt gestemd": how a procedure goes, no one's term
        return None
    if _negated_clause(sentence, found) and not _FIRM_START.match(folded) and not _in_condition(
            sentence, found.start, found.end):
        # "er geen commissievergaderingen gehouden worden op 6, 7 en 8 september", "de vergadering van 3 juni niet op
        # de gebruikelijke wijze kan plaatsvinden": what will not happen then, its clause's verb negated, is no term
        # ("niet eind deze maand, maar pas na de zomerstop" does something then; "nog niet" waits)
        return None
    if _HAD_TO.search(tense()):
        # "die uiterlijk op 18 juli 2015 in nationaal recht had moeten zijn omgezet", "had eigenlijk vorig jaar al
        # klaar moeten liggen": what had to be done by then, told in the past perfect, is history: no term, nor a
        # missed one
        return None
    if res.due is None:
        return found
    near = " ".join(before.split(" ")[-3:]) + " " + folded
    has_year = re.search(r"(?:19|20)\d\d", found.phrase) is not None
    if res.due < ref:
        # "Van 9 januari tot en met 19 februari 2020 heeft iedereen de gelegenheid gekregen ...": a span that has
        # ended, in a clause that looks back, is history, not a missed term ("te geven" is what the chance was for;
        # "verneemt graag voor 31 oktober 2025 wat ... is opgenomen" is a term missed)
        ended = _UPTO_START.match(folded) and _looks_back(_TE_INFINITIVE.sub(" ", tense()))
        missed = has_year and res.precision in ("day", "month") and _DEADLINE_WORD.search(near) and not ended
        return found if missed else None
    if day_month is not None and not has_year and not _COMING.search(folded) and not _YEAR_WORD.search(folded):
        month = MONTH_WORDS[day_month.group("mon").rstrip(".")]
        last = last_before(int(day_month.group("d")), month, ref)
        if last is not None and (ref - last <= _RECENT_PAST
                                 or (ref - last <= _PAST_HALF_YEAR and (
                                     _looks_back(tense()) or _day_of_the_asking(sentence, found, folded)))
                                 or (res.due > ref and not _WD_ONLY.search(folded) and narrated())):
            return None
        if dt.timedelta(0) < ref - (res.due - relativedelta(years=1)) <= _RECENT_PAST:
            # "voor 1 juli" read on 1 July: its last day is the one just past, not a year ahead
            return None
    if res.precision == "month" and not has_year and not _COMING.search(folded) and not _YEAR_WORD.search(folded):
        # The same for a month: "In maart kondigde de minister ... aan", read in April, is not next March.
        last = res.due - relativedelta(years=1)
        if last < ref and (ref - last <= _RECENT_PAST or (ref - last <= _PAST_HALF_YEAR and _looks_back(tense()))
                           or (res.due > ref and narrated())):
            return None
    return found


# the narrowest clause around a phrase: from the last word before it that opens a clause to the first after it
_SCOPE_OPENS = re.compile(r"(?<![\w-])(?:dat|die|welke|wat|waarin|waarop|waarmee|waarbij|waardoor|omdat|zodat|terwijl|"
                          r"als|indien|wanneer|en|of|maar|want|om)(?![\w-])", re.IGNORECASE)
_NOT_THEN_BUT = re.compile(r"(?:^|\s)(?:maar|pas|nog|eerder|later|zonder|anders|alleen|slechts|wel)(?=\s|$)")


def _negated_clause(sentence: str, found: FoundDeadline) -> bool:
    """Whether the narrowest clause a phrase stands in has its verb negated ("niet", "geen") with nothing that turns
    the negation into a later or other act ("maar", "pas", "nog niet")."""
    if _UPTO_START.match(_folded(found.phrase)):
        # "van vrijdag 6 september tot zondag 15 september is er geen verkeer mogelijk": a span, the negation is what
        # holds during it
        return False
    c_start, c_end = _clause_bounds(sentence, found.start, found.end)
    opens = list(_SCOPE_OPENS.finditer(sentence, c_start, found.start))
    close = _SCOPE_OPENS.search(sentence, found.end, c_end)
    after = _words(sentence[found.end : close.start() if close else c_end])
    # before the phrase only when no relative pronoun opens its stretch: "De premie voor mensen die hun verzekering
    # niet betalen gaat per 1 juli omlaag" negates the relative clause, which ends before the main verb
    before = "" if opens and _folded(opens[-1].group(0)) in ("die", "welke", "wat") else _words(
        sentence[opens[-1].end() if opens else c_start : found.start])
    return bool(_NOT.search(f"{before} {after}")) and not _NOT_THEN_BUT.search(_words(sentence[c_start:c_end]))


# a year named by a word: "in januari volgend jaar" is next January, not the last one
_YEAR_WORD = re.compile(rf"(?:^|\s){_BARE_YEAR}(?=\s|$)")
# the past perfect of what had to be done: "had moeten", "hadden ... moeten"
_HAD_TO = re.compile(r"(?:^|\s)(?:had|hadden)\s(?:[^\s]+\s){0,12}?moeten(?=\s|$)")
_BARE_YEAR_ONLY = re.compile(_BARE_YEAR)
_ASIDE = re.compile(r"\((?:[^()\s]+\s?){1,3}\)")
_TE_INFINITIVE = re.compile(r"(?:^|\s)te\s[a-z]+en(?=\s|$)")
_OF_A_DATE = re.compile(rf"(?:{_MONTH}|\d)\s?$")


# A clause that dates a recess ("De Kamer gaat vrijdag met reces", "Het is volgende week meireces", "Daarna
# begint het kerstreces, dat duurt tot 12 januari") tells the calendar: it sets no term for anyone.
_RECESS_WORD = r"[a-z]*(?:reces|vakantie|stop|pauze)"
# Words between a verb and the recess it has as subject ("begint ook voor het kabinet de zomerstop"); not a
# preposition right before it ("begint na het zomerreces" places something else).
_BETWEEN = (
    r"(?:\s[a-z]+){0,6}?(?<!\sna)(?<!\svoor)(?<!\stot)(?<!\stijdens)(?<!\sin)(?<!\smet)(?<!\srond)(?<!\stegen)"
    r"(?<!\sbij)(?<!\ssinds)(?<!\svanaf)(?<!\sop)(?<!\shet)(?<!\sde)"
)
_CALENDAR_STATEMENT = re.compile(
    rf"(?:^|\s)(?:met|op)\s{_RECESS_WORD}(?=\s|$)|"
    rf"(?:^|\s)(?:begint|beginnen|start|starten|eindigt|eindigen|is|zijn){_BETWEEN}\s(?:(?:het|de)\s)?{_RECESS_WORD}"
    r"(?=\s|$)|"
    rf"(?:^|\s){_RECESS_WORD}(?:\s(?:van|voor)\s(?:de\s)?(?:(?:tweede|eerste)\s)?[a-z]+)?\s(?:begint|start|eindigt)"
    r"(?=\s|$)|"
    # "politiek Den Haag heeft tot 8 mei vakantie", "de Kamer heeft reces": having a recess
    rf"(?:^|\s)(?:heeft|hebben|had|hadden){_BETWEEN}\s{_RECESS_WORD}(?=\s|$)|"
    # "Vandaag is de laatste vergaderdag voor het kerstreces": which day of the calendar it is
    r"(?:^|\s)(?:laatste|eerste)\s(?:kamer)?vergader(?:dag|week)(?=\s|$)"
)
# How long something lasts or stays is no term: "dat duurt tot dinsdag", "De komende weken blijven de boeren in
# onzekerheid" (a span without "in"/"binnen" before it).
_SPAN_START = re.compile(r"(?:tot|t/m|gedurende|de\s(?:komende|eerstkomende|eerstvolgende))\s")
_LASTS = re.compile(r"(?:^|\s)(?:duurt|duren|duurde|duurden|blijft|blijven|bleef|bleven)(?=\s|$)")
_RELATIVE = re.compile(r"\s*(?:dat|die|welke|wat)\s", re.IGNORECASE)
# a cheap look before the clause is read
_RECESS_IN = re.compile(r"reces|vakantie|zomerstop|kerststop|pauze", re.IGNORECASE)


def _with_antecedent(sentence: str, start: int, end: int, clause: str) -> str:
    """The phrase's clause, with the clause before it when it is a relative clause ("het kerstreces, dat duurt
    tot ..."): the antecedent is what the clause is about."""
    c_start, _ = _clause_bounds(sentence, start, end)
    if c_start > 0 and _RELATIVE.match(sentence[c_start:start] + " "):
        p_start, _ = _clause_bounds(sentence, c_start - 1, c_start - 1)
        return _words(sentence[p_start : c_start - 1]) + " " + clause
    return clause


# "voor X benodigd/nodig": what something is for.
_PURPOSE = re.compile(
    r"\s(?:benodigde?|nodig|noodzakelijke?|vereiste?|bestemde?|relevante?|van\sbelang|beschikbare?)(?=\s|$|[,.;:])"
)
# A weekday in a sentence about how things usually go: "Als je op maandag belt, heb je vaak op dinsdag antwoord".
_HABIT = re.compile(
    r"(?:^|\s)(?:vaak|meestal|doorgaans|gewoonlijk|normaliter|normaal\sgesproken|altijd|telkens|elke\skeer)(?=\s|$)"
)
# A clause about how things usually go sets no term at all ("Normaliter vergadert de commissie na het reces");
# "zoals gewoonlijk" says this time goes as usual.
_USUALLY = re.compile(
    r"(?:^|\s)(?<!zoals\s)(?:normaliter|normaal\sgesproken|gewoonlijk|doorgaans|meestal|traditiegetrouw|"
    r"op\sgezette\stijden)(?=\s|$)"
)
# How often something happens ("elk jaar", "een maal per jaar", "jaarlijks"); not a rate ("100 miljoen per jaar").
_EVERY = re.compile(
    r"(?:^|\s)(?:(?:elk|ieder|iedere|elke)\s(?:jaar|half\s?jaar|kwartaal|maand|week)|(?:half)?jaarlijks|maandelijks|"
    r"wekelijks|(?:een|twee|drie|vier|1|2|3|4)\s?(?:keer|maal|x)\sper\s(?:jaar|kwartaal|maand|week)|"
    r"(?:een|twee)maal\sper\s(?:jaar|kwartaal|maand|week)|jaar\sin\sjaar\suit)(?=\s|$)"
)
# A phrase that names its year ("in 2026", "volgend jaar"; not "in het voorjaar").
_OWN_YEAR = re.compile(r"(?:19|20)\d\d|'\d\d|(?<![a-z])jaar(?![a-z])")
# A relative clause to the end of a clause's words: it tells of a thing, not when the clause happens.
_RELATIVE_TAIL = re.compile(r"(?:^|\s)(?:die|welke|waar(?:in|op|mee|bij|door|voor|na|over|aan))\s.*$")
# A clause that weighs how likely or feasible something is makes no one's term: "De kans is groot dat het kabinet
# binnen een paar weken valt", "een lastig verhaal om op korte termijn door te voeren", "dat opening in april niet
# langer haalbaar is".
_JUDGED = re.compile(
    r"(?:^|\s)(?:de\skans\sis\s(?:groot|klein)|lastige?|moeilijke?|onmogelijke?|onhaalbare?|ondoenlijk|"
    # what is feared is a risk weighed, no one's plan ("we vrezen op korte termijn kaalslag op het platteland")
    r"vrees|vrezen|vreest|vreesde|vreesden|"
    r"niet\s(?:meer\s|langer\s)?(?:haalbaar|realistisch|mogelijk|te\shalen))(?=\s|$)"
)
# "Of ... , kan niemand zeggen": a sentence that opens with an indirect question, up to its comma; "het is nog
# onduidelijk of ...", "weet niet of ...", "is in juni bekend of ...", "onderzoekt of ...": what is to be found out
# (not "vraagt of ...", which asks someone to do it).
# Without a comma the question ends at its verb, and the main clause's verb follows right after ("Of er een locatie
# is moet nog voor de zomer duidelijk worden"): a phrase after two verbs is in the main clause.
_WHETHER = re.compile(r"of\s[^,;:]*$")
_UNKNOWN_WHETHER = re.compile(
    r"(?:^|\s)(?:onduidelijk|onzeker|niet\s(?:zeker|bekend|duidelijk)|de\svraag\sis|weet\s(?:nog\s)?niet|"
    r"weten\s(?:nog\s)?niet|bekend|duidelijk|onderzocht|onderzoekt|onderzoeken|bekijkt|bekijken|nagaan|gaat\sna|"
    r"bepalen|bepaalt|beslissen|beslist|besluiten|besluit)\sof(?:\s[^\s,;:]+){0,8}$"
)
# A subordinate clause of what happened before: "toen ...", "sinds ...", "nadat ..." (the last only with a past verb).
_SINCE = re.compile(r"(?:^|\s)(toen|sinds|sedert|nadat)\s(?:[^\s]+\s?){0,12}$")
# "over tien jaar": a point that many years or more ahead is a horizon.
_HORIZON = re.compile(rf"over\s({_NUM})\sjaar")
_HORIZON_YEARS = 5
# The date a document bears: "d.d." (de dato), "gedateerd".
_DATED = re.compile(r"(?:^|\s)(?:d\.d\.?|dd\.?|de\sdato|gedateerd(?:\sop)?)\s?$")
# The day a state is given for: "(stand per 30 juni 2021)", "peildatum 1 januari", "stand van zaken per 1 mei".
_STATUS_AS_OF = re.compile(r"(?:^|[\s(])(?:stand(?:\svan\szaken)?|peildatum|standdatum|situatie)(?:\s?:)?\s?$")
# A supposition's consequence ("Dan zou ...", "In dat geval zouden ...") or "als ... zou": what would be, no term.
_HYPOTHETICAL = re.compile(
    r"^(?:dan|anders|in\sdat\sgeval)\s(?:zou|zouden)(?=\s|$)|(?:^|\s)(?:als|indien)\s(?:[a-z]+\s){1,8}(?:zou|zouden)(?=\s|$)"
)
# "Daarmee zouden we, als we vanaf vandaag rekenen, op 7 oktober nieuwe Kamerleden hebben", "Als de Kamer instemt, zou
# de wet per 1 januari ingaan": a "zou" and a supposition ("als", "indien" with its subject) in one sentence, whatever
# their order and commas, is what would follow from it (`_HYPOTHETICAL` reads one clause).
_SUPPOSING = re.compile(r"(?:^|\s)(?:als|indien)\s(?:we|wij|je|jij|u|ze|zij|hij|ik|men|het|de|er|dat|dit)\s")


def _supposed(sentence: str) -> bool:
    words = re.sub(r"[,;:()]", " ", _words(sentence))
    return bool(_WOULD.search(words) and _SUPPOSING.search(words))


# "als de bedrijven ...", "indien er ...": a condition's opening, its subject right after it (not "als gevolg",
# "als informateur", "zo snel als mogelijk").
_IF_CLAUSE = re.compile(
    r"(?:^|\s)(?:als|indien|mits)\s(?:de|het|die|dat|deze|er|we|wij|ik|je|jij|u|zij|ze|hij|alles|men|iemand)\s"
    r"(?:[^\s]+\s?){0,8}$"
)
# A condition with its verb first, answered by "dan": "Haalt de provincie het doel in 2030 niet, dan moet ...",
# "Mocht het kabinet voor 1 juli niet besluiten, dan ...". The first word is a finite verb when a subject follows
# it (a pronoun, an article, a name); not an adverb that opens a sequence ("Eerst komt het advies, dan ...").
_FINITE_FIRST = re.compile(
    r"[a-z]+t|is|zijn|kan|kunnen|zal|zullen|mocht|mochten|zou|zouden|moeten|hebben|worden|gaan|komen|blijken|willen|wil"
)
_SUBJECT = re.compile(r"de|het|een|er|die|dit|dat|deze|we|wij|ik|je|jij|u|hij|zij|ze|men|iemand|niemand|alles|zo'n")
_NOT_A_VERB = frozenset(("eerst", "dat", "het", "wat", "niet", "met", "want", "toch", "echt", "tot", "dit", "juist",
                         "net", "vast", "laatst", "best", "meest", "slechts", "daarnaast", "bovendien"))
_THEN = re.compile(r"\s*,\s*dan\s", re.IGNORECASE)


def _in_condition(sentence: str, start: int, end: int) -> bool:
    """Whether a phrase stands in a condition: after "als/indien/mits" and its subject, before that clause's verb,
    or in a first clause with its verb first that a "dan" answers."""
    c_start, c_end = _clause_bounds(sentence, start, end)
    if_clause = _IF_CLAUSE.search(_folded(sentence[c_start:start]))
    if if_clause is not None and not _VERB.search(if_clause.group(0)):
        return True
    if sentence[:c_start].strip(" \"'\u2018\u201c") or not _THEN.match(sentence, c_end):
        return False
    words = sentence[c_start:start].strip(" \"'\u2018\u201c").split()
    if len(words) < 2:
        return False
    verb, subject = _folded(words[0]), words[1]
    return (_FINITE_FIRST.fullmatch(verb) is not None and verb not in _NOT_A_VERB
            and (subject[:1].isupper() or _SUBJECT.fullmatch(_folded(subject)) is not None))


_TOMORROW = re.compile(r"(?:over)?morgen(?:ochtend|middag|avond)?")
# "kan niet wachten tot na de zomer", "hoeft niet te wachten tot": the phrase is what is not waited for.
_WAIT_NOT = re.compile(r"(?:^|\s)(?:niet|geen)\s(?:[a-z]+\s){0,3}wachten\s(?:tot|op)\s?$")
_WEEKDAYS_ONLY = re.compile(rf"(?:op\s)?{_WEEKDAY}(?:{_WD_RANGE}{_WEEKDAY})?")


# "Ik stel voor dinsdag te stemmen": after a form of "stellen" a "voor" is the particle of "voorstellen".
_PARTICLE_VOOR = re.compile(r"voor\s+")
_SCHEDULED_FOR = re.compile(r"(?:^|\s)(?:gepland|ingepland|geagendeerd|geprogrammeerd)\s?$")
_ON_THE_AGENDA = re.compile(r"\s*op\sde\s(?:planning|agenda|rol)(?:\s|$|[,.;:])")
_PROPOSE = re.compile(r"(?:^|\s)(?:stel|stelt|stellen|stelde|stelden)\s?$")
# ... with what is proposed after it: "te stemmen" ("De commissie stelt voor 1 juli het verslag vast" is "voor").
_TE_VERB = re.compile(r"(?:^|\s)te\s[a-z]+en(?=\s|$|[,.;:])")
# An earliest day is no last day: "op zijn vroegst eind 2025", "kan niet eerder dan op 21 juni".
# ("niet eerder" only with its "dan": "of het minimum niet eerder herijkt moet worden" asks whether sooner.)
_EARLIEST = re.compile(
    r"(?:^|\s)(?:op\sz(?:ij|')n\s(?:vroegst|eerst)|ten\svroegste|vroegstens|"
    r"niet\s(?:eerder|vroeger)(?:\s[a-z]+){0,6}?\s(?:dan|als)|niet\s(?:eerder|vroeger)$)(?=\s|$)"
)
# "Eerder dan woensdag komt er geen verslag": with a negation in its clause, also an earliest day.
_EARLIER_THAN = re.compile(r"(?:^|\s)(?:eerder|vroeger)\s(?:dan|als)\s?$")
_NOT = re.compile(r"(?:^|\s)(?:niet|geen|nooit)(?=\s|$)")
# A request or promise made earlier stands: "had eerder verzocht om de wet voor het zomerreces te behandelen".
_ASKED = re.compile(r"(?:^|\s)(?:verzocht|gevraagd|toegezegd|beloofd|afgesproken)(?=\s|$)")
# A plan given up: "Aanvankelijk zou het besluit in mei vallen", "Eerder was aangekondigd dat ...".
# ("zoals eerder aangekondigd" restates a plan that stands.)
_SUPERSEDED = re.compile(
    r"(?:^|\s)(?:aanvankelijk|oorspronkelijk|in\seerste\sinstantie)(?=\s|$)|"
    r"(?:^|\s)(?:aanvankelijke|oorspronkelijke)\s(?:planning|datum|deadline|termijn|streefdatum|bedoeling)(?=\s|$)|"
    r"(?:^|\s)(?<!zoals\s)eerder\s(?:was|waren|werd|werden|had|hadden|zou|zouden|leek|ging)(?=\s|$)|"
    r"(?:^|\s)(?:had|hadden)\seerder(?=\s|$)|"
    # "De wet zou eigenlijk op 1 januari ingaan": what was meant to happen (not a wish: "zou eigenlijk graag ...
    # willen")
    r"(?:^|\s)(?:zou|zouden)\s(?:[a-z]+\s){0,3}?eigenlijk(?=\s)(?!.*\s(?:graag|willen|moeten)(?:\s|$))"
)
# "Het kabinet zou al in mei besluiten, maar ...": "zou ... al" with a "maar" after it is what was meant to happen.
_MEANT_ALREADY = re.compile(r"(?:^|\s)(?:zou|zouden)\s(?:[a-z]+\s){0,3}?al(?=\s)(?!.*\s(?:graag|willen)(?:\s|$))")
_BUT = re.compile(r"(?:^|[\s,;])maar(?=\s)")
_WONT = re.compile(r"^(?:[a-z]+\s){0,2}?geen(?=\s|$)")
# A plan told in the past: "stond op de agenda", "was gepland", "stonden ingepland".
_PLANNED_THEN = re.compile(
    r"(?:^|\s)(?:stond|stonden|was|waren)\s(?:[a-z]+\s){0,6}?(?:gepland|ingepland|geagendeerd|voorzien|"
    r"op\sde\s(?:agenda|planning|rol))(?=\s|$)|"
    # in a subordinate clause the verb comes last: "die gepland stond op 16 december"
    r"(?:^|\s)(?:gepland|ingepland|geagendeerd|voorzien)\s(?:stond|stonden|was|waren)(?=\s|$)"
)
# ... and so is any "zou" that a "maar" answers ("De Kamer zou volgende week beginnen ..., maar wil nu wachten"); not
# a wish ("zou graag ... willen") nor what could be.
_WOULD = re.compile(r"(?:^|\s)(?:zou|zouden)(?=\s|$)(?!.*\s(?:graag|willen|kunnen|kan|moeten)(?:\s|$))")


# "De NZa verwacht niet dat er op korte termijn ...": what is not expected is no term.
_EXPECT = re.compile(r"(?:^|\s)(?:verwacht|verwachten|denk|denkt|denken|geloof|gelooft|geloven|voorziet|voorzien|"
                     r"rekent|rekenen)(?=\s|$)")


def _future_in_past(sentence: str, start: int, end: int) -> bool:
    """"Vorige week maakte de regering bekend dat de ouders voor Kerst gecompenseerd zouden worden": a "zou" in a
    "dat" clause under a main clause in the past is what was expected then, told as news, no term now ("Ik heb u
    meegedeeld dat ik de informatie in september zou sturen" is a promise that stands: the perfect)."""
    c_start, c_end = _clause_bounds(sentence, start, end)
    opens = [m for m in _SUBORDINATOR.finditer(sentence, c_start, start) if m.group(0).lower() == "dat"]
    if not opens:
        return False
    main = _words(sentence[c_start : opens[-1].start()])
    own = _words(f"{sentence[opens[-1].end() : start]} {sentence[end:c_end]}")
    if _EXPECT.search(main) and _NOT.search(main):
        return True
    return (_WOULD.search(own) is not None and _PAST_VERB.search(main) is not None
            and not _AHEAD.search(_AS_NOUN.sub(" ", main)))
# a cheap look before `_MOVED_ON` is read
_MOVED_VERB = re.compile(r"uitgesteld|verschoven|verplaatst|doorgeschoven|opgeschoven|verdaagd|verzet|uitstellen|"
                         r"uit\ste\sstellen|verschuiven|verplaatsen|doorschuiven|door\ste\sschuiven|verdagen",
                         re.IGNORECASE)
# The new term a plan moved to is no plan given up: "verschoven naar 1 juli", "uitgesteld tot 1 juli".
_MOVED_TO = re.compile(r"(?:^|\s)(?:naar|tot)\s?$")
# What a thing was moved to is a term whatever the tense: "Het debat is uitgesteld tot na het meireces".
_MOVED_ON = re.compile(
    r"(?:^|\s)(?:uitgesteld|verschoven|verplaatst|doorgeschoven|opgeschoven|verdaagd|verzet|"
    # ... and what a thing is to be moved to: "besloot de vergadering te verplaatsen naar begin 2021"
    r"uitstellen|uit\ste\sstellen|verschuiven|verplaatsen|doorschuiven|door\ste\sschuiven|verdagen|verzetten)"
    r"\s(?:[a-z]+\s){0,3}?(?:tot|naar)\s?$"
)


def _later_year(folded: str, ref: dt.date) -> bool:
    """A phrase that names a year after the one it is said in tells no history ("De evaluatie is gereed in het
    voorjaar van 2026", said in 2025)."""
    return any(int(y) > ref.year for y in re.findall(r"(?:19|20)\d\d", folded))


# "op de dag voor het zomerreces", "daags na de verkiezingen": a day placed by an event, no term.
_DAY_OF = re.compile(r"(?:^|\s)(?:(?:op\s)?de\sdag|daags)\s?$")
# Words that point ahead by themselves: "morgenochtend", "volgende week" cannot be history.
_AHEAD_BY_ITSELF = re.compile(
    r"(?:^|\s)(?:(?:over)?morgen(?:ochtend|middag|avond)?|volgend|volgende|komend|komende|aanstaande|a\.s\.?|"
    r"eerstvolgende|eerstkomende)(?=\s|$)"
)
# A coordinated clause shares what governs the clause before it: "niet eerder dan op 21 juni, dan wel
# binnen veertien dagen na ...".
_COORDINATED = re.compile(r"^\s*(?:dan\swel|of|en|alsmede|respectievelijk)(?:\s|$)")
# A clause of at most this many words besides the phrase is an apposition ("..., op de dag voor het
# zomerreces"): its tense is the sentence's.
_APPOSITION_WORDS = 3
_VERB = re.compile(
    r"(?:^|\s)(?:wordt|worden|werd|werden|is|zijn|was|waren|heeft|hebben|had|hadden|zal|zullen|kan|kunnen|moet|"
    r"moeten|gaat|gaan|komt|komen|volgt|volgen|ligt|liggen|verschijnt)(?=\s|$)"
)


def _clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    left = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)]
    right = _CLAUSE_BREAK.search(sentence, end)
    return (left[-1] if left else 0), (right.start() if right else len(sentence))


def _governing(sentence: str, start: int, end: int) -> str:
    """The folded words that govern a phrase: its clause, with the clause before it when its own is
    coordinated to that one ("..., dan wel binnen ..."), or the whole sentence when its clause is an
    apposition without words of its own."""
    c_start, c_end = _clause_bounds(sentence, start, end)
    text = _words(f"{sentence[c_start:start]} {sentence[end:c_end]}")
    if len(text.split()) <= _APPOSITION_WORDS and not (_VERB.search(text) or _PARTICIPLE.search(text)):
        # an apposition tells more of the clauses on either side of it
        left = _words(sentence[_clause_bounds(sentence, c_start - 1, c_start - 1)[0] : c_start - 1]) if c_start else ""
        right = _words(sentence[c_end + 1 : _clause_bounds(sentence, c_end + 1, c_end + 1)[1]])
        return f"{left} {text} {right}".strip()
    if c_start > 0 and _COORDINATED.match(_folded(sentence[c_start:start])):
        p_start, _ = _clause_bounds(sentence, c_start - 1, c_start - 1)
        text = _words(sentence[p_start : c_start - 1]) + " " + text
    return text


# Words that open a subordinate clause, which has a tense of its own: "(heeft een brief ontvangen) waarin staat
# dat de evaluatie in 2013 plaatsvindt".
_SUBORDINATOR = re.compile(r"(?<![\w-])(?:dat|waarin|waarop|waarmee|waarbij|waardoor|omdat|zodat|terwijl)(?![\w-])",
                           re.IGNORECASE)


# "om" that opens an infinitive clause ("kondigde aan om eind januari te staken"), not the preposition ("om 10.00
# uur", "vraagt om een brief"): a "te" and a verb follow in the same clause.
_OM_TE = re.compile(r"(?<![\w-])om\s(?=[^,;:()]*?(?<![\w-])te\s[a-z]+en(?![\w-]))", re.IGNORECASE)


def _own_clause(sentence: str, start: int, end: int) -> str:
    """The folded words of the subordinate clause a phrase stands in, when its clause has one around it (for
    the tense: a past main clause does not make its "dat ..." past); "" when there is none."""
    c_start, c_end = _clause_bounds(sentence, start, end)
    opens = [m.end() for m in _SUBORDINATOR.finditer(sentence, c_start, start)]
    opens += [m.end() for m in _OM_TE.finditer(sentence, c_start, start) if m.end() <= start]
    opens.sort()
    closes = min((m for m in (_SUBORDINATOR.search(sentence, end, c_end), _OM_TE.search(sentence, end, c_end))
                  if m is not None), key=lambda m: m.start(), default=None)
    if not opens and closes is None:
        return ""
    s_start = opens[-1] if opens else c_start
    s_end = closes.start() if closes is not None else c_end
    return _words(f"{sentence[s_start:start]} {sentence[end:s_end]}")


def _words(text: str) -> str:
    return _SENTENCE_END.sub(" ", _folded(text)).strip()


# A weekday a thing was moved to names a day ahead whatever the tense ("is verplaatst naar donderdag"); in
# other clauses about the past it is the day it happened ("heb vrijdag toegezegd", "is donderdag gegaan").
_WD_ONLY = re.compile(rf"(?:^|\s)(?:{_WEEKDAY})(?:\s|$)")


def last_before(day: int, month: int, ref: dt.date) -> dt.date | None:
    """The last day/month strictly before ref (None for a day that does not exist)."""
    for year in (ref.year, ref.year - 1, ref.year - 4):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if d < ref:
            return d
    return None


_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b")
_WORDED_DATE = re.compile(r"\b(\d{1,2})\s+([a-z]{3,9})\.?(?:\s+(\d{4}))?\b", re.I)


def impossible_date(text: str) -> bool:
    """True when the text names a day that does not exist ('31-02-2025', '30 februari'): a typo to
    refuse, not a vague phrase to keep without a date."""
    candidates = [(int(d), int(m), int(y)) for d, m, y in _NUMERIC_DATE.findall(text)]
    for day, word, year in _WORDED_DATE.findall(text):
        month = month_number(word)
        if month is not None:
            candidates.append((int(day), month, int(year) if year else 2024))  # 2024 allows 29 februari
    for day, month, year in candidates:
        try:
            dt.date(year, month, day)
        except ValueError:
            return True
    return False
