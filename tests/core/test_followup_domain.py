"""The domain's word on what follows a debate: which deadline items are meetings, how a passed meeting
reads, and which occurrence of a recurring deadline is the current one."""

from __future__ import annotations

import datetime as dt

import pytest

from kamertaak.core.deadlines import resolve
from kamertaak.core.kinds import is_meeting
from kamertaak.core.occurrence import occurrence_from
from kamertaak.core.urgency import relative_due


@pytest.mark.parametrize("title", [
    "Commissiedebat commissie Justitie en Veiligheid", "Tweeminutendebat Zeden en (on)veiligheid vrouwen",
    "Stemmingen over de moties", "Stemming over aangehouden motie-Van Velzen", "Plenair debat over de Voorjaarsnota",
    "Debat in de Tweede Kamer over de Teevendeal", "Wetgevingsoverleg Omgevingswet", "VAO Landbouw",
    "Het mestdebat", "Rondetafelgesprek jeugdzorg", "Procedurevergadering J&V",
    # the chamber first, as a label or as who meets (u14: retitled so, a meeting had become a late deadline)
    "Eerste Kamer: stemming spreidingswet", "Eerste Kamer stemt over de spreidingswet", "Kamer debatteert over mest",
    "Tweede Kamer - plenaire behandeling Wet open overheid", "Plenaire behandeling spreidingswet", "EK: stemmingen",
])
def test_a_deadline_named_after_a_meeting_is_one(title: str) -> None:
    assert is_meeting("deadline", title)


@pytest.mark.parametrize(("kind", "title"), [
    ("deadline", "Inbreng schriftelijk overleg"), ("deadline", "Voorjaarsnota 2025"),
    ("deadline", "Rapport Raad van Openbaar Bestuur"), ("deadline", "Brief over de debatcultuur"),
    ("commitment", "Debat over de uitvoering voorbereiden"), ("task", "Stemmingslijst rondsturen"),
    ("deadline", "Eerste Kamer: brief over de spreidingswet"), ("deadline", "Kamer informeren over stikstof"),
    ("deadline", "Kamerbrief over de stemmingen"),
])
def test_other_items_are_no_meeting(kind: str, title: str) -> None:
    assert not is_meeting(kind, title)


def test_a_passed_meeting_is_history_and_a_passed_deadline_late() -> None:
    today = dt.date(2026, 12, 3)
    assert relative_due("2024-10-02", today, event=True) == "2 jaar geleden"
    assert relative_due("2024-10-02", today) == "2 jaar te laat"
    assert relative_due("2026-12-02", today, event=True) == "gisteren"
    assert relative_due("2026-12-10", today, event=True) == "over 7 dagen"


def test_the_current_occurrence_is_the_first_due_today_or_later() -> None:
    said = resolve("jaarlijks vóór het zomerreces", dt.date(2024, 9, 23))
    assert said.due == dt.date(2025, 7, 3)
    assert occurrence_from(said, dt.date(2025, 7, 3)) is said  # not past yet: itself
    current = occurrence_from(said, dt.date(2026, 12, 3))
    assert current.due == dt.date(2027, 7, 8) and "zomerreces 2027" in current.explanation
    quarterly = resolve("elk kwartaal", dt.date(2025, 1, 10))
    assert occurrence_from(quarterly, dt.date(2026, 5, 1)).due == dt.date(2026, 6, 30)
    once = resolve("voor de zomer", dt.date(2024, 9, 23))
    assert occurrence_from(once, dt.date(2026, 12, 3)) is once  # no recurrence: stays as it was
