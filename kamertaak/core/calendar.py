"""The parliamentary calendar: recesses (known or estimated), budget days and working days."""

from __future__ import annotations

import contextlib
import datetime as dt
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from kamertaak.core.bounds import EARLIEST, LATEST
from kamertaak.core.errors import ConfigError

RECESS_NAMES: tuple[str, ...] = (
    "voorjaarsreces",
    "meireces",
    "zomerreces",
    "herfstreces",
    "kerstreces",
    "verkiezingsreces",
)
# Recesses that come back every year and so have an estimation rule; a verkiezingsreces does not.
YEARLY_RECESSES: tuple[str, ...] = ("voorjaarsreces", "meireces", "zomerreces", "herfstreces", "kerstreces")
DAY_NAMES: tuple[str, ...] = ("prinsjesdag", "verantwoordingsdag", "voorjaarsnota", "najaarsnota")
ESTIMATED_CERTAINTY = "geschat volgens de vuistregel"
USER_CERTAINTY = "toegevoegd door de gebruiker"


class CalendarError(ConfigError, ValueError):
    """A calendar table (packaged or from the user) has a row that cannot be used."""


@dataclass(frozen=True)
class Recess:
    """One recess: first and last day inclusive; `year` is the year it starts in."""

    name: str
    year: int
    start: dt.date
    end: dt.date
    certainty: str
    estimated: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "year": self.year,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "certainty": self.certainty,
            "estimated": self.estimated,
        }


@dataclass(frozen=True)
class FixedDay:
    """A day of the budget cycle in one year, with where the date comes from."""

    name: str
    year: int
    date: dt.date
    certainty: str


def _friday_of_iso_week(year: int, week: int) -> dt.date:
    return dt.date.fromisocalendar(year, week, 5)


def _last_weekday_on_or_before(d: dt.date, weekday: int) -> dt.date:
    return d - dt.timedelta(days=(d.weekday() - weekday) % 7)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def estimate_recess(name: str, year: int) -> Recess:
    """The recess by the rules of thumb of the calendar notes (start a Friday, end a Monday)."""
    if name == "voorjaarsreces":
        start, length = _friday_of_iso_week(year, 7), 10
    elif name == "meireces":
        start, length = _last_weekday_on_or_before(dt.date(year, 4, 26), 4), 17
    elif name == "zomerreces":
        # The Friday of ISO week 27: it reproduces every known row and 2016-07-08, 2021-07-09 and
        # 2022-07-08 (the Kamer sat on Thursday 8 July 2021 and 7 July 2022). "The first Friday of
        # July" or "on or after 2 July" start the recess a week early in years like 2021 and 2027.
        start, length = _friday_of_iso_week(year, 27), 59
    elif name == "herfstreces":
        start, length = _friday_of_iso_week(year, 42), 10
    elif name == "kerstreces":
        start, length = _last_weekday_on_or_before(dt.date(year, 12, 22), 4), 24
    else:
        raise KeyError(f"geen vuistregel voor '{name}'")
    return Recess(name, year, start, start + dt.timedelta(days=length), ESTIMATED_CERTAINTY, True)


def _as_date(value: object, where: str) -> dt.date:
    # TOML gives dates natively; a user may also have quoted them.
    day: dt.date | None = None
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, str):
        with contextlib.suppress(ValueError):
            day = dt.date.fromisoformat(value.strip())
    if day is None:
        raise CalendarError(f"{where}: '{value}' is geen datum (verwacht JJJJ-MM-DD)")
    if not EARLIEST <= day <= LATEST:
        raise CalendarError(f"{where}: {day.isoformat()} valt buiten {EARLIEST.isoformat()} t/m {LATEST.isoformat()}")
    return day


def _name(row: Mapping[str, Any], what: str, known: tuple[str, ...]) -> tuple[str, str]:
    """The row's name if it is one of `known`, and how messages point at the row ("reces 'meireces'")."""
    name = str(row.get("name", "")).strip().lower()
    where = f"{what} '{name or '?'}'"
    if name not in known:
        raise CalendarError(f"{where}: onbekende naam; kies uit {', '.join(known)}")
    return name, where


def _year(row: Mapping[str, Any], default: int, where: str) -> int:
    year = row.get("year", default)
    if isinstance(year, bool) or not isinstance(year, int) or not EARLIEST.year <= year <= LATEST.year:
        raise CalendarError(f"{where}: jaar '{year}' is geen jaartal van {EARLIEST.year} t/m {LATEST.year}")
    return year


def _recess_row(row: Mapping[str, Any], default_certainty: str) -> Recess:
    name, where = _name(row, "reces", RECESS_NAMES)
    start = _as_date(row.get("start"), where)
    end = _as_date(row.get("end"), where)
    if end < start:
        raise CalendarError(f"{where}: einde {end} ligt voor begin {start}")
    certainty = str(row.get("certainty") or default_certainty)
    return Recess(name, _year(row, start.year, where), start, end, certainty, False)


def _day_row(row: Mapping[str, Any], default_certainty: str) -> FixedDay:
    name, where = _name(row, "dag", DAY_NAMES)
    day = _as_date(row.get("date"), where)
    return FixedDay(name, _year(row, day.year, where), day, str(row.get("certainty") or default_certainty))


# The keys of a calendar table and of its rows.
_ROW_KEYS: dict[str, tuple[str, ...]] = {"recess": ("name", "year", "start", "end", "certainty"),
                                         "day": ("name", "year", "date", "certainty")}


def check_table(table: Mapping[str, Any]) -> None:
    """A user's calendar table (calendar.toml, or [calendar] in the config file) as load_calendar will read
    it: known keys only, every row usable; a CalendarError naming the first problem."""
    for key in table:
        if key not in _ROW_KEYS:
            raise CalendarError(f"onbekende sleutel '{key}'; kies uit {', '.join(_ROW_KEYS)} ([[recess]], [[day]])")
    for key, fields in _ROW_KEYS.items():
        for n, row in enumerate(_rows(table, key), start=1):
            unknown = next((k for k in row if k not in fields), None)
            if unknown is not None:
                raise CalendarError(f"[[{key}]] nr. {n}: onbekende sleutel '{unknown}'; kies uit {', '.join(fields)}")
            (_recess_row if key == "recess" else _day_row)(row, USER_CERTAINTY)


def _rows(table: Mapping[str, Any], key: str) -> Iterable[Mapping[str, Any]]:
    rows = table.get(key, [])
    if not isinstance(rows, list) or not all(isinstance(r, Mapping) for r in rows):
        raise CalendarError(f"'{key}' moet een lijst van tabellen zijn ([[{key}]])")
    return rows


class Calendar:
    """Known recesses and budget days, falling back to the estimation rules; working-day arithmetic."""

    def __init__(self, recesses: Iterable[Recess] = (), days: Iterable[FixedDay] = ()) -> None:
        self._known: dict[tuple[str, int], Recess] = {(r.name, r.year): r for r in recesses}
        self._days: dict[tuple[str, int], FixedDay] = {(d.name, d.year): d for d in days}
        self._by_year: dict[int, list[Recess]] = {}
        # Imported here, not at the top: the config file's calendar rows are checked without it.
        import holidays

        # The holidays object fills in years lazily as dates are asked for.
        self._holidays = holidays.country_holidays("NL")

    @property
    def known(self) -> tuple[Recess, ...]:
        """The table rows (packaged plus user), in date order."""
        return tuple(sorted(self._known.values(), key=lambda r: r.start))

    def recess(self, name: str, year: int) -> Recess:
        """The recess from the table, else estimated (estimated=True).

        An estimated recess that falls inside a known one of another name (the herfstreces 2025
        inside the verkiezingsreces) did not happen separately: the known one is returned instead.
        """
        name = name.lower()
        known = self._known.get((name, year))
        if known is not None:
            return known
        guess = estimate_recess(name, year)
        for other in self._known.values():
            if other.start <= guess.end and guess.start <= other.end:
                return other
        return guess

    def recesses(self, year: int) -> list[Recess]:
        """All recesses starting in `year`, known and estimated, in date order."""
        cached = self._by_year.get(year)
        if cached is None:
            found = {(r.name, r.year): r for r in self._known.values() if r.year == year}
            for name in YEARLY_RECESSES:
                r = self.recess(name, year)
                found.setdefault((r.name, r.year), r)
            cached = sorted(found.values(), key=lambda r: r.start)
            self._by_year[year] = cached
        return list(cached)

    def next_recess_after(self, d: dt.date) -> Recess:
        """The first recess that starts after `d` (a recess under way at `d` does not count)."""
        for year in (d.year, d.year + 1):
            for r in self.recesses(year):
                if r.start > d:
                    return r
        raise LookupError(f"geen reces na {d}")  # unreachable: every year has a voorjaarsreces

    def fixed_day(self, name: str, year: int) -> FixedDay:
        """A budget-cycle day: the table row if there is one, else the rule."""
        row = self._days.get((name, year))
        if row is not None:
            return row
        if name == "prinsjesdag":
            return FixedDay(name, year, _nth_weekday(year, 9, 1, 3), "regel: derde dinsdag van september")
        if name == "verantwoordingsdag":
            return FixedDay(name, year, _nth_weekday(year, 5, 2, 3), "regel: derde woensdag van mei")
        if name == "voorjaarsnota":
            return FixedDay(name, year, dt.date(year, 6, 1), "regel: uiterlijk 1 juni")
        if name == "najaarsnota":
            return FixedDay(name, year, dt.date(year, 12, 1), "regel: uiterlijk 1 december")
        raise KeyError(name)

    def prinsjesdag(self, year: int) -> dt.date:
        """Prinsjesdag: the third Tuesday of September."""
        return self.fixed_day("prinsjesdag", year).date

    def verantwoordingsdag(self, year: int) -> dt.date:
        """Verantwoordingsdag: the third Wednesday of May."""
        return self.fixed_day("verantwoordingsdag", year).date

    def voorjaarsnota(self, year: int) -> dt.date:
        """The Voorjaarsnota is due in the Kamer on 1 June."""
        return self.fixed_day("voorjaarsnota", year).date

    def najaarsnota(self, year: int) -> dt.date:
        """The Najaarsnota is due in the Kamer on 1 December."""
        return self.fixed_day("najaarsnota", year).date

    def is_working_day(self, d: dt.date) -> bool:
        """Monday to Friday and not a Dutch public holiday."""
        return d.weekday() < 5 and d not in self._holidays

    def add_working_days(self, d: dt.date, n: int) -> dt.date:
        """The n-th working day after d (n < 0 counts back; n == 0 gives d)."""
        step = 1 if n >= 0 else -1
        left = abs(n)
        while left:
            d += dt.timedelta(days=step)
            if self.is_working_day(d):
                left -= 1
        return d


def _packaged_table() -> dict[str, Any]:
    text = resources.files("kamertaak").joinpath("data", "calendar.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def load_calendar(extra: Sequence[Mapping[str, Any]] = ()) -> Calendar:
    """The packaged calendar with the user's tables merged in (same recess and year: user wins)."""
    packaged = _packaged_table()
    recesses = [_recess_row(r, "") for r in _rows(packaged, "recess")]
    days = [_day_row(r, "") for r in _rows(packaged, "day")]
    for table in extra:
        recesses += [_recess_row(r, USER_CERTAINTY) for r in _rows(table, "recess")]
        days += [_day_row(r, USER_CERTAINTY) for r in _rows(table, "day")]
    # Later rows win in Calendar's dicts, so the user's rows replace the packaged ones.
    return Calendar(recesses, days)
