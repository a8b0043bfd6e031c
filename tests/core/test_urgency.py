"""How far away a due date is, in words."""

from __future__ import annotations

import datetime as dt

import pytest

from kamertaak.core.urgency import relative_due

TODAY = dt.date(2025, 4, 10)


@pytest.mark.parametrize(
    ("due", "words"),
    [
        ("2025-04-10", "vandaag"),
        ("2025-04-11", "morgen"),
        ("2025-04-09", "1 dag te laat"),
        ("2025-04-13", "over 3 dagen"),
        ("2025-03-28", "13 dagen te laat"),
        ("2025-03-27", "2 weken te laat"),
        ("2025-03-20", "3 weken te laat"),
        ("2025-05-01", "over 3 weken"),
        ("2025-07-03", "over 3 maanden"),
        ("2027-06-01", "over 2 jaar"),
        (None, ""),
    ],
)
def test_relative_due(due: str | None, words: str) -> None:
    assert relative_due(due, TODAY) == words



def test_years_count_whole_years() -> None:
    """u4: 8 May 2008 on 3 December 2026 (18 years and 7 months) read '19 jaar te laat'."""
    today = dt.date(2026, 12, 3)
    assert relative_due("2008-05-08", today) == "18 jaar te laat"
    assert relative_due("2008-07-01", today) == "18 jaar te laat"
    assert relative_due("2029-11-30", today) == "over 2 jaar"
