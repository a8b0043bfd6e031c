"""The headless rituals as a user types them: today, remind, export and import."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from kamertaak import config

Run = Callable[..., str]


@pytest.fixture
def k(env: Path, backend: str, request: pytest.FixtureRequest, pinned_cli: Run) -> Run:
    """`kamertaak ARGS` on a fresh database with today pinned; returns stdout. On SQLite the database is
    a copy of a migrated template (Alembic once per module); PostgreSQL clones its own template."""
    if backend == "sqlite":
        shutil.copyfile(request.getfixturevalue("template_db"), env)
    return pinned_cli




def _ids(items: list[dict]) -> list[int]:
    return [i["id"] for i in items]


def test_today_json_has_the_sections_as_list_json_prints_items(k: Run) -> None:
    k("add", "task", "Te laat", "--due", "2025-04-01")
    k("add", "task", "Vandaag", "--due", "2025-04-10")
    k("add", "commitment", "Deze week", "--due", "2025-04-12", "--actor", "Van Nispen (SP)")
    k("add", "deadline", "Binnenkort", "--due", "2025-04-20")
    k("add", "deadline", "Ver weg", "--due", "2025-09-01")
    k("debate", "add", "Tweeminutendebat", "--date", "2025-04-16", "--kind", "tweeminutendebat")
    data = json.loads(k("today", "--json"))
    assert {"overdue", "today", "week", "soon", "reminders", "debates"} <= set(data)
    assert _ids(data["overdue"]) == [1] and _ids(data["today"]) == [2]
    assert _ids(data["week"]) == [3] and _ids(data["soon"]) == [4]
    assert [d["title"] for d in data["debates"]] == ["Tweeminutendebat"]
    assert [r["reminder"]["ref"] for r in data["reminders"]] == ["3:7", "2:1"]  # task default: 1 day before
    listed = {i["id"]: i for i in json.loads(k("list", "--json"))}
    assert data["week"][0] == listed[3]
    assert data["counts"]["overdue"] == 1
    assert _ids(json.loads(k("today", "--json", "--days", "180"))["soon"]) == [4, 5]


def test_today_text_and_fail_on_overdue(k: Run) -> None:
    k("add", "task", "Niets te laat", "--due", "2025-04-11")
    out = k("today", "--fail-on-overdue")
    assert "Agenda voor donderdag 10 april 2025" in out and "Deze week (1)" in out
    k("add", "task", "Wel te laat", "--due", "2025-04-02")
    out = k("today", "--fail-on-overdue", code=1)
    assert "Te laat (1)" in out and "Wel te laat" in out


def test_long_sections_are_capped_with_the_rest_counted(k: Run, tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text("sections_cap = 3\n", encoding="utf-8")
    for n in range(8):
        k("add", "task", f"Taak {n}", "--due", f"2025-04-0{n + 1}")
    out = k("today")
    assert "Te laat (8)" in out and "… en 5 meer" in out
    data = json.loads(k("today", "--json"))
    assert len(data["overdue"]) == 3 and data["counts"]["overdue"] == 8


def test_today_escapes_terminal_codes(k: Run, env: Path) -> None:
    # `add` refuses such a title; a register's or another tool's is stored as it is, and shown escaped.
    from kamertaak.store.service import Store

    store = Store.open(str(env))
    try:
        store.add_item("task", "Titel \x1b[2J\x1b]0;hack\x07", due="2025-04-10")
    finally:
        store.close()
    out = k("today")
    assert "\x1b" not in out and "\\x1b" in out


def test_remind_flow(k: Run) -> None:
    k("add", "commitment", "Brief", "--due", "2025-04-17")
    assert "herinnering 1 gezet bij #1: 2025-04-10 09:00" in k("remind", "add", "1", "2025-04-10T09:00")
    k("remind", "add", "1", "2 dagen voor")
    due = json.loads(k("remind", "--json"))
    assert [d["reminder"]["ref"] for d in due] == ["1:7", "1"]
    assert due[0]["reminder"]["default"] is True and due[0]["title"] == "Brief"
    out = k("remind", "--mark-sent")
    assert "[1:7]" in out and "2 als verstuurd gemarkeerd" in out
    assert "geen herinneringen" in k("remind")
    assert json.loads(k("remind", "--json")) == []
    # Snooze the sent one to tomorrow: back tomorrow, not today.
    k("remind", "snooze", "1", "--until", "2025-04-11")
    assert json.loads(k("remind", "--json")) == []
    assert [d["reminder"]["ref"] for d in json.loads(k("remind", "--json", today="2025-04-11"))] == ["1"]
    k("remind", "dismiss", "1", today="2025-04-11")
    assert json.loads(k("remind", "--json", today="2025-04-11")) == []
    # "2 dagen voor" (15 April) still comes.
    assert [d["reminder"]["ref"] for d in json.loads(k("remind", "--json", today="2025-04-15"))] == ["2"]


def test_remind_errors_are_one_line(k: Run, fails: Callable[..., str]) -> None:
    k("add", "task", "Zonder datum")
    assert "niet begrepen" in fails("remind", "add", "1", "ooit")
    assert "geen termijn" in fails("remind", "add", "1", "1 dag voor")
    assert "geen herinnering met nummer 9" in fails("remind", "dismiss", "9")
    assert "niet allebei" in fails("remind", "snooze", "9", "--days", "2", "--until", "2025-05-01")
    k("add", "commitment", "Met termijn", "--due", "2025-04-20")  # defaults: 7 and 1 days before
    assert "geen herinnering 2:99" in fails("remind", "dismiss", "2:99")
    assert "geen herinnering 1:1" in fails("remind", "dismiss", "1:1")  # no due date, so no defaults
    assert "ligt in het verleden" in fails("remind", "snooze", "2:7", "--until", "2020-01-01")
    # The same words as show, the history and the TUI (core.labels): the time only when there is one.
    assert k("remind", "snooze", "2:7", "--until", "2025-04-14T09:30").strip().endswith(
        "gesluimerd tot 14 april 2025 09:30")
    assert k("remind", "snooze", "2:7", "--until", "2025-04-15").strip().endswith("gesluimerd tot 15 april 2025")
    assert "afgevinkt" in k("remind", "dismiss", "2:7")


def test_a_reminder_the_item_has_already_is_not_added_twice(k: Run, fails: Callable[..., str]) -> None:
    k("add", "commitment", "Brief", "--due", "2025-04-20")  # defaults: 7 and 1 days before
    k("remind", "add", "1", "3 dagen voor")
    k("remind", "add", "1", "2025-04-15")
    before = k("show", "1", "--json")
    assert fails("remind", "add", "1", "drie dagen voor") == (
        "kamertaak: #1 heeft deze herinnering al: herinnering 1, 3 dagen voor (actief); niets toegevoegd")
    assert fails("remind", "add", "1", "2025-04-15T00:00") == (
        "kamertaak: #1 heeft deze herinnering al: herinnering 2, 2025-04-15 (actief); niets toegevoegd")
    assert k("show", "1", "--json") == before
    # The kind's default may be stored (it then stands for the default): it still goes off once.
    k("remind", "add", "1", "1 week voor")
    assert [d["reminder"]["ref"] for d in json.loads(k("remind", "--json", today="2025-04-13"))] == ["3"]
    # Another moment is another reminder; one that was ticked off may be set again.
    assert "herinnering 4 gezet" in k("remind", "add", "1", "2025-04-15T09:00")
    k("remind", "dismiss", "1")
    assert "herinnering 5 gezet bij #1: 3 dagen voor" in k("remind", "add", "1", "3 dagen voor")


def test_a_snooze_does_not_carry_a_reminder_past_a_deadline_still_ahead(k: Run, fails: Callable[..., str]) -> None:
    k("add", "commitment", "Brief", "--due", "2025-04-15")
    k("remind", "add", "1", "2025-04-11")
    before = k("show", "1", "--json")
    assert fails("remind", "snooze", "1", "--days", "7") == (
        "kamertaak: tot 17 april 2025 uitstellen valt na de termijn van #1 (15 april 2025); sluimer hoogstens tot"
        " 2025-04-15")
    assert "valt na de termijn" in fails("remind", "snooze", "1:1", "--until", "2025-04-16")
    assert k("show", "1", "--json") == before
    assert k("remind", "snooze", "1", "--until", "2025-04-15").strip().endswith("gesluimerd tot 15 april 2025")
    # A deadline already passed is in the agenda under Te laat: its reminder may be put off.
    k("add", "task", "Bellen", "--due", "2025-04-08")
    number = k("remind", "add", "2", "2025-04-10T08:00").split()[1]  # "herinnering N gezet bij #2: ..."
    assert "gesluimerd tot 17 april 2025" in k("remind", "snooze", number, "--days", "7")


def test_exports_to_files(k: Run, tmp_path: Path) -> None:
    k("add", "commitment", "Brief, met komma", "--due", "2025-05-01", "--topic", "opvang")
    k("export", "csv", "-o", str(tmp_path / "items.csv"))
    rows = list(csv.DictReader(io.StringIO((tmp_path / "items.csv").read_text(encoding="utf-8"), newline="")))
    assert rows[0]["titel"] == "Brief, met komma"
    k("export", "ics", "-o", str(tmp_path / "k.ics"))
    assert (tmp_path / "k.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    k("export", "json", "-o", str(tmp_path / "b.json"))
    assert (tmp_path / "b.json").stat().st_mode & 0o777 == 0o600
    assert json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))["format"] == "kamertaak-backup"


def test_a_bare_week_option_means_this_week() -> None:
    from kamertaak.cli.common import THIS_WEEK, bare_week

    assert bare_week(["export", "markdown", "--week"]) == ["export", "markdown", "--week", THIS_WEEK]
    assert bare_week(["mail", "--week", "--to", "a@b.nl"]) == ["mail", "--week", THIS_WEEK, "--to", "a@b.nl"]
    assert bare_week(["export", "markdown", "--week", "2025-W15"]) == ["export", "markdown", "--week", "2025-W15"]
    assert bare_week(["note", "1", "--", "--week"]) == ["note", "1", "--", "--week"]


def test_calendar_alarms_are_utc_in_the_configured_zone(k: Run, tmp_path: Path, fails: Callable[..., str]) -> None:
    from icalendar import Calendar

    k("add", "task", "Bellen", "--due", "2025-04-15")  # default 1 dag voor: 14 April, 09:00 local time

    def trigger() -> object:
        alarm = next(iter(Calendar.from_ical(k("export", "ics")).walk("VALARM")))
        return alarm.decoded("TRIGGER")

    assert str(trigger()) == "2025-04-14 07:00:00+00:00"  # Europe/Amsterdam unless the config says otherwise
    (tmp_path / "config.toml").write_text('timezone = "Europe/London"\n', encoding="utf-8")
    assert str(trigger()) == "2025-04-14 08:00:00+00:00"
    (tmp_path / "config.toml").write_text('timezone = "Europe/Den_Haag"\n', encoding="utf-8")
    config.settings.cache_clear()
    assert "timezone 'Europe/Den_Haag' is geen bekende tijdzone" in fails("export", "ics")


@pytest.mark.sqlite_only
def test_backup_round_trip_through_the_cli(k: Run, env: Path, template_db: Path, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    k("demo", today="2025-04-07")
    k("status", "3", "submitted")
    k("note", "1", "Gebeld")
    k("remind", "add", "2", "7 dagen voor")
    first = k("export", "json")
    (tmp_path / "backup.json").write_text(first, encoding="utf-8")
    other = tmp_path / "other.db"
    shutil.copyfile(template_db, other)
    monkeypatch.setenv("KAMERTAAK_DB", str(other))
    assert "backup teruggezet" in k("import", "json", str(tmp_path / "backup.json"))
    assert k("export", "json") == first


@pytest.mark.sqlite_only
def test_import_failures_are_one_line_and_change_nothing(k: Run, env: Path, tmp_path: Path,
                                                         fails: Callable[..., str]) -> None:
    k("add", "task", "Al iets")
    before = sqlite3.connect(env).execute("SELECT COUNT(*) FROM oplog").fetchone()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "kamertaak-backup", "version": 1', encoding="utf-8")
    assert "geen geldige JSON" in fails("import", "json", str(bad))
    foreign = tmp_path / "tasks.json"
    foreign.write_text('[{"description": "taskwarrior"}]', encoding="utf-8")
    assert "geen kamertaak-backup" in fails("import", "json", str(foreign))
    k("export", "json", "-o", str(tmp_path / "b.json"))
    assert "niet leeg" in fails("import", "json", str(tmp_path / "b.json"))
    assert "kan" in fails("import", "json", str(tmp_path / "missing.json"))
    assert sqlite3.connect(env).execute("SELECT COUNT(*) FROM oplog").fetchone() == before
