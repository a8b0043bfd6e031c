"""One Dutch month and weekday vocabulary for all of core: the names drawn in the interface and every
spelling a text uses for them ("mrt", "sept.", "vr").

Words are lower case; callers fold the text they read (lower case, no diacritics) before looking up.
"""

from __future__ import annotations

import datetime as dt

MONTHS: tuple[str, ...] = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip
# The abbreviation the interface draws ("3 mrt 2025").
MONTHS_SHORT: tuple[str, ...] = (
    "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
)  # fmt: skip
# Every spelling a text uses for a month: the names, the drawn abbreviations and the other common ones.
MONTH_WORDS: dict[str, int] = {
    **{name: n for n, name in enumerate(MONTHS, start=1)},
    **{short: n for n, short in enumerate(MONTHS_SHORT, start=1)},
    "febr": 2, "sept": 9, "oct": 10,
}  # fmt: skip

WEEKDAYS: tuple[str, ...] = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
# The abbreviation the interface draws ("vr 4 juli").
WEEKDAYS_SHORT: tuple[str, ...] = ("ma", "di", "wo", "do", "vr", "za", "zo")
WEEKDAY_WORDS: dict[str, int] = {name: n for n, name in enumerate(WEEKDAYS)}
# Abbreviations a text uses; they only ever stand before a date ("vr 3 maart"): alone, "zo" and "do"
# are plain words, so a reader looks them up only there.
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    **{short: n for n, short in enumerate(WEEKDAYS_SHORT)},
    "maa": 0, "din": 1, "woe": 2, "don": 3, "vrij": 4, "zat": 5, "zon": 6,
}  # fmt: skip
# Parts of a day glued to a weekday: "dinsdagavond", "maandagmorgen".
DAY_PARTS: tuple[str, ...] = ("ochtend", "morgen", "middag", "avond", "nacht")


def month_number(word: str) -> int | None:
    """1-12 for any spelling of a month ("Maart", "mrt.", "sept"); None for another word."""
    return MONTH_WORDS.get(word.lower().rstrip("."))


def weekday_number(word: str, abbreviations: bool = False) -> int | None:
    """0 (Monday) to 6 for a weekday's name, and with `abbreviations` for its short forms too."""
    w = word.lower().rstrip(".")
    if w in WEEKDAY_WORDS:
        return WEEKDAY_WORDS[w]
    return WEEKDAY_ABBREVIATIONS.get(w) if abbreviations else None


def month_name(month: int, short: bool = False) -> str:
    """'maart' (short: 'mrt') for 3."""
    return (MONTHS_SHORT if short else MONTHS)[month - 1]


def weekday_name(day: dt.date, short: bool = False) -> str:
    """'vrijdag' (short: 'vr') for a Friday."""
    return (WEEKDAYS_SHORT if short else WEEKDAYS)[day.weekday()]
