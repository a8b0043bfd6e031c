"""What follows a debate, as the user sees it on the agenda: a meeting found in a text is a coming debate
and history once held, never late; a recurring commitment shows its next occurrence and rolls on."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., str]

LETTER = """Den Haag, 23 september 2024

Voortgang maatregelen strafrechtketen

In deze brief informeer ik uw Kamer over de voortgang van de maatregelen in de strafrechtketen. Ik zal uw Kamer \
jaarlijks vóór het zomerreces informeren over de voortgang van de maatregelen.

Op 2 oktober 2024 vindt het commissiedebat van de vaste commissie voor Justitie en Veiligheid over de \
strafrechtketen plaats.

De minister van Justitie en Veiligheid,
"""


@pytest.fixture
def k(env: Path, backend: str, request: pytest.FixtureRequest, pinned_cli: Run) -> Run:
    if backend == "sqlite":
        shutil.copyfile(request.getfixturevalue("template_db"), env)
    return pinned_cli


def test_a_meeting_is_a_coming_debate_and_history_once_held(k: Run) -> None:
    k("add", "deadline", "Commissiedebat Strafrechtketen", "--due", "2025-04-15")
    k("add", "deadline", "Inbreng schriftelijk overleg", "--due", "2025-04-15")
    out = k("today")
    debates = out.split("Komende debatten (1)")[1]
    assert "15 april 2025  #1 Commissiedebat Strafrechtketen (over 5 dagen)" in debates
    assert "Commissiedebat" not in out.split("Herinneringen")[0]  # not among the items due this week
    assert "Binnenkort (1)" in out and "#2 termijn · gepland  Inbreng schriftelijk overleg" in out
    data = json.loads(k("today", "--json"))
    assert [i["id"] for i in data["events"]] == [1] and data["events"][0]["event"] is True
    assert [i["id"] for i in data["soon"]] == [2]
    # After its day: the meeting is history, the written round is late.
    later = k("today", today="2026-12-03")
    assert "Te laat (1)" in later and "Inbreng schriftelijk overleg" in later and "Commissiedebat" not in later
    listed = k("list", today="2026-12-03")
    assert "geweest" in listed and "20 maanden geleden" in listed
    # its detail says so in the heading as in the status field (u15: "termijn · gepland" above "status geweest")
    shown = k("show", "1", today="2026-12-03")
    assert shown.splitlines()[0] == "#1 termijn · geweest" and "gepland" not in shown
    assert [i["id"] for i in json.loads(k("list", "--overdue", "--json", today="2026-12-03"))] == [2]


def test_whether_an_item_is_a_meeting_can_be_set_and_undone(k: Run) -> None:
    k("add", "deadline", "Overleg met de VNG", "--due", "2025-04-01")
    assert "te laat" in k("show", "1")
    k("set", "1", "event=ja")
    shown = k("show", "1")
    assert "9 dagen geleden" in shown and "te laat" not in shown and "vergadering: nee → ja" in shown
    assert "ongedaan bij item 1: vergadering: ja → nee" in k("undo")


def test_a_meeting_triaged_from_a_letter_is_on_the_agenda(k: Run, tmp_path: Path) -> None:
    letter = tmp_path / "kamerbrief.txt"
    letter.write_text(LETTER, encoding="utf-8")
    k("triage", str(letter), "--accept")
    out = k("today", today="2024-09-24")
    assert "Komende debatten (1)" in out and "2 oktober 2024  #2 Commissiedebat" in out.split("Komende debatten")[1]
    later = k("today", today="2026-12-03")
    assert "te laat" not in later and "Commissiedebat" not in later
    assert "2 okt 2024 (2 jaar geleden)" in k("list", today="2026-12-03")


def test_a_recurring_commitment_shows_its_next_occurrence_and_rolls_on(k: Run) -> None:
    k("add", "commitment", "Voortgangsbrief strafrechtketen", "--due", "jaarlijks vóór het zomerreces",
      today="2024-09-24")
    assert "3 juli 2025" in k("show", "1", today="2024-09-24")
    later = k("show", "1", today="2026-12-03")
    assert "8 juli 2027" in later and "te laat" not in later and "zomerreces 2027" in later
    # Shown where the next occurrence falls: 'Binnenkort' when it comes within the agenda's days.
    agenda = k("today", "--days", "60", today="2027-06-01")
    assert "Binnenkort (1)" in agenda and "8 juli 2027 (over 5 weken)" in agenda and "Te laat" not in agenda
    # Done with the occurrence shown: the next one is the year after, not the one long past.
    done = k("status", "1", "voldaan", today="2026-12-03")
    assert "openstaand" in done and "2028" in done
    log = json.loads(k("show", "1", "--json", today="2026-12-03"))["history"]
    assert [e["action"] for e in log][-2:] == ["status", "recur"]


def test_the_weekly_status_lists_a_recurring_commitment_whose_next_occurrence_comes(k: Run, tmp_path: Path) -> None:
    k("add", "commitment", "Voortgangsbrief strafrechtketen", "--due", "jaarlijks vóór het zomerreces",
      today="2024-09-24")
    k("add", "task", "Bellen", "--due", "2027-07-01", today="2024-09-24")
    week = tmp_path / "week.md"
    k("export", "markdown", "--week", "2027-W26", "-o", str(week), today="2027-06-28")
    coming = week.read_text(encoding="utf-8").split("Komende twee weken")[2]
    assert coming.index("Bellen") < coming.index("Voortgangsbrief strafrechtketen")
    assert "8 juli 2027" in coming and "Te laat" not in coming.split("Voortgangsbrief")[0]


def test_a_recurring_commitment_reminds_before_its_next_occurrence(k: Run) -> None:
    k("add", "commitment", "Voortgangsbrief strafrechtketen", "--due", "jaarlijks vóór het zomerreces",
      today="2024-09-24")
    out = k("today", today="2027-07-02")  # 8 juli 2027 is the occurrence: the default "1 week voor" is due
    reminders = out.split("Herinneringen (1)")[1]
    assert "[1:7] 1 week voor · 2027-07-01 (standaard)" in reminders and "8 juli 2027 (over 6 dagen)" in reminders
