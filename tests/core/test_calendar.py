"""The parliamentary calendar: packaged table, estimation rules, user additions, working days."""

from __future__ import annotations

import datetime as dt

import pytest

from kamertaak.core.calendar import (
    RECESS_NAMES,
    YEARLY_RECESSES,
    CalendarError,
    estimate_recess,
    load_calendar,
)

D = dt.date


@pytest.fixture(scope="module")
def cal():
    return load_calendar()


def test_packaged_rows_have_certainty_and_are_not_estimated(cal) -> None:
    rows = cal.known
    assert len(rows) == 28
    assert all(r.certainty and not r.estimated for r in rows)
    assert {r.name for r in rows} <= set(RECESS_NAMES)


def test_table_rows(cal) -> None:
    r = cal.recess("zomerreces", 2025)
    assert (r.start, r.end, r.certainty, r.estimated) == (D(2025, 7, 4), D(2025, 9, 1), "secundaire bron", False)
    assert cal.recess("herfstreces", 2024).certainty == "niet geverifieerd"


def test_kerstreces_belongs_to_the_year_it_starts(cal) -> None:
    r = cal.recess("kerstreces", 2025)
    assert (r.start, r.end, r.year) == (D(2025, 12, 19), D(2026, 1, 12), 2025)


@pytest.mark.parametrize("name", ["voorjaarsreces", "meireces", "zomerreces", "kerstreces"])
def test_estimation_rules_reproduce_the_table(cal, name: str) -> None:
    # The rules were fitted to the rows from 2023 on; the past rows they miss are the next test's.
    for r in cal.known:
        if r.name == name and r.year >= 2023:
            e = estimate_recess(name, r.year)
            assert (e.start, e.end) == (r.start, r.end)


def test_past_recesses_are_published_not_geschat(cal) -> None:
    # u7 finding 8: "voor het zomerreces" in a debate of 1 June 2022 said "(vr 8 juli), geschat".
    r = cal.recess("zomerreces", 2022)
    assert (r.start, r.end, r.estimated) == (D(2022, 7, 8), D(2022, 9, 5), False)
    assert "[S3]" in r.certainty  # the source is named in the data file
    # Where the rule is a week off, the published row wins.
    assert (cal.recess("kerstreces", 2022).start, estimate_recess("kerstreces", 2022).start) == (
        D(2022, 12, 23), D(2022, 12, 16),
    )  # fmt: skip
    assert cal.recess("meireces", 2018).start == D(2018, 4, 27)
    assert cal.recess("voorjaarsreces", 2018).start == D(2018, 2, 23)
    assert cal.recess("herfstreces", 2017).start == D(2017, 10, 13)
    # A year no source was found for stays estimated, and says so.
    assert cal.recess("meireces", 2022).estimated
    assert all(r.estimated for r in cal.recesses(2020))


def test_estimated_recess_is_marked(cal) -> None:
    r = cal.recess("zomerreces", 2027)
    assert r.estimated and r.start == D(2027, 7, 9) and r.end == D(2027, 9, 6)
    assert r.start.weekday() == 4 and r.end.weekday() == 0


@pytest.mark.parametrize("year", range(2015, 2040))
def test_estimates_start_on_friday_and_end_on_monday(year: int) -> None:
    for name in YEARLY_RECESSES:
        r = estimate_recess(name, year)
        assert r.start.weekday() == 4, (name, year)
        assert r.end.weekday() == 0, (name, year)
    # The summer recess starts on the Friday of ISO week 27.
    assert estimate_recess("zomerreces", year).start.isocalendar()[1:] == (27, 5)


@pytest.mark.parametrize(("year", "start"), [(2016, D(2016, 7, 8)), (2021, D(2021, 7, 9)), (2022, D(2022, 7, 8))])
def test_zomerreces_estimate_matches_past_summers(year: int, start: D) -> None:
    # The Kamer sat on Thursday 8 July 2021 and 7 July 2022: "the first Friday of July" would have
    # started those recesses a week early.
    assert estimate_recess("zomerreces", year).start == start


def test_meireces_rule_and_herfstreces_week() -> None:
    assert estimate_recess("meireces", 2020).start == D(2020, 4, 24)
    assert estimate_recess("herfstreces", 2027).start == D(2027, 10, 22)  # Friday of ISO week 42
    assert estimate_recess("voorjaarsreces", 2027).start == D(2027, 2, 19)


def test_verkiezingsreces_absorbs_the_estimated_herfstreces(cal) -> None:
    assert [r.name for r in cal.recesses(2025)] == [
        "voorjaarsreces", "meireces", "zomerreces", "verkiezingsreces", "kerstreces",
    ]  # fmt: skip
    assert cal.recess("herfstreces", 2025).name == "verkiezingsreces"


def test_next_recess_after(cal) -> None:
    assert cal.next_recess_after(D(2025, 4, 3)).name == "meireces"
    assert cal.next_recess_after(D(2025, 7, 10)).name == "verkiezingsreces"  # during the summer recess
    r = cal.next_recess_after(D(2025, 12, 30))
    assert (r.name, r.year) == ("voorjaarsreces", 2026)


def test_budget_days(cal) -> None:
    assert [cal.prinsjesdag(y) for y in (2025, 2026, 2027)] == [D(2025, 9, 16), D(2026, 9, 15), D(2027, 9, 21)]
    assert [cal.verantwoordingsdag(y) for y in (2025, 2026, 2027)] == [
        D(2025, 5, 21), D(2026, 5, 20), D(2027, 5, 19),
    ]  # fmt: skip
    assert cal.prinsjesdag(2030) == D(2030, 9, 17)  # by rule: third Tuesday of September
    assert cal.voorjaarsnota(2031) == D(2031, 6, 1)
    assert cal.najaarsnota(2031) == D(2031, 12, 1)


def test_working_days_skip_weekends_and_dutch_holidays(cal) -> None:
    assert not cal.is_working_day(D(2025, 12, 25))
    assert not cal.is_working_day(D(2025, 4, 26)) and not cal.is_working_day(D(2025, 4, 27))
    assert not cal.is_working_day(D(2025, 4, 21))  # Tweede Paasdag
    assert cal.is_working_day(D(2025, 4, 22))
    assert cal.add_working_days(D(2024, 12, 20), 10) == D(2025, 1, 8)
    assert cal.add_working_days(D(2025, 4, 3), 0) == D(2025, 4, 3)
    assert cal.add_working_days(D(2025, 1, 8), -10) == D(2024, 12, 20)


def test_user_rows_replace_and_extend() -> None:
    extra = [
        {
            "recess": [
                {"name": "zomerreces", "year": 2027, "start": D(2027, 7, 2), "end": "2027-08-30"},
                {"name": "Meireces", "start": "2026-04-17", "end": "2026-05-04", "certainty": "Kamerbesluit"},
            ],
            "day": [{"name": "prinsjesdag", "date": "2027-09-14"}],
        }
    ]
    cal = load_calendar(extra)
    r = cal.recess("zomerreces", 2027)
    assert (r.start, r.end, r.estimated) == (D(2027, 7, 2), D(2027, 8, 30), False)
    assert r.certainty == "toegevoegd door de gebruiker"
    m = cal.recess("meireces", 2026)
    assert (m.start, m.certainty) == (D(2026, 4, 17), "Kamerbesluit")
    assert cal.prinsjesdag(2027) == D(2027, 9, 14)


@pytest.mark.parametrize(
    "row",
    [
        {"name": "paasreces", "start": "2027-04-01", "end": "2027-04-05"},
        {"name": "zomerreces", "start": "juli", "end": "2027-09-06"},
        {"name": "zomerreces", "start": "2027-09-06", "end": "2027-07-09"},
        {"name": "zomerreces", "year": "dit", "start": "2027-07-09", "end": "2027-09-06"},
    ],
)
def test_bad_user_rows_are_refused_with_a_message(row: dict) -> None:
    with pytest.raises(CalendarError):
        load_calendar([{"recess": [row]}])


def test_recess_table_must_be_a_list() -> None:
    with pytest.raises(CalendarError):
        load_calendar([{"recess": {"name": "zomerreces"}}])
