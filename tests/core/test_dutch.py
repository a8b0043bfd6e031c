"""The one Dutch month and weekday vocabulary: every spelling a text uses reads the same everywhere."""

from __future__ import annotations

import datetime as dt

import pytest

from kamertaak.core.deadlines import impossible_date, resolve
from kamertaak.core.dutch import month_name, month_number, weekday_name, weekday_number
from kamertaak.core.labels import date_nl


@pytest.mark.parametrize(("word", "month"), [
    ("september", 9), ("Sept.", 9), ("sep", 9), ("mrt", 3), ("febr.", 2), ("Oktober", 10), ("oct", 10),
])  # fmt: skip
def test_month_spellings(word: str, month: int) -> None:
    assert month_number(word) == month


def test_not_a_month() -> None:
    assert month_number("maandag") is None
    assert month_number("juniper") is None


def test_weekday_abbreviations_only_when_asked() -> None:
    assert weekday_number("Vrijdag") == 4
    assert weekday_number("vr") is None
    assert weekday_number("vr.", abbreviations=True) == 4


def test_names_drawn() -> None:
    day = dt.date(2025, 3, 7)
    assert (weekday_name(day), weekday_name(day, short=True)) == ("vrijdag", "vr")
    assert (month_name(3), month_name(3, short=True)) == ("maart", "mrt")
    assert date_nl(day, short=True) == "7 mrt 2025"


def test_deadlines_and_impossible_dates_share_the_spellings() -> None:
    # "sept." is read by the deadline rules and by the check for days that do not exist alike.
    assert resolve("uiterlijk 15 sept. 2025", dt.date(2025, 4, 1)).due == dt.date(2025, 9, 15)
    assert impossible_date("31 sept. 2025")
    assert not impossible_date("30 sept. 2025")
