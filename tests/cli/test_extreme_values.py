"""What is stored can always be shown: extreme values go through the store (where it refuses what it
cannot keep, with one line), and then every command that shows them and every export still works."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kamertaak import config
from kamertaak.cli import app
from kamertaak.core.bounds import EARLIEST, LATEST, MAX_OFFSET_DAYS, MAX_SNOOZE_DAYS
from kamertaak.core.errors import KamertaakError
from kamertaak.store import reminders as rem
from kamertaak.store.service import Store

KINDS = ("commitment", "motion", "deadline", "task")
# Dates on and just past the edges of the range, and the far ones a user or a file can give.
EDGE_DATES = st.sampled_from([dt.date(1, 1, 1), dt.date(1899, 12, 31), EARLIEST, dt.date(1970, 1, 1),
                              dt.date(2025, 4, 10), LATEST, dt.date(2200, 1, 1), dt.date(9999, 12, 31)])
DATES = st.one_of(EDGE_DATES, st.dates(min_value=dt.date(1, 1, 1)))
DUES = st.one_of(st.none(), DATES.map(dt.date.isoformat),
                 st.sampled_from(["voor de zomer", "binnen drie weken", "in 2300", "eind 2199", "over 200 jaar",
                                  "31 februari", "uiterlijk 1 januari 1900", "elke week op maandag"]),
                 st.text(max_size=40))
OFFSETS = st.one_of(st.sampled_from([0, 1, MAX_OFFSET_DAYS, MAX_OFFSET_DAYS + 1, 10**6, 99999999999]),
                    st.integers(min_value=-(10**12), max_value=10**12))
MOMENTS = st.one_of(st.datetimes(min_value=dt.datetime(1, 1, 1)),
                    EDGE_DATES.map(lambda d: dt.datetime.combine(d, dt.time(0, 0))))
URLS = st.one_of(st.sampled_from(["http://[::1", "https://[::1]:99999/", "https://x.nl:0/", "http:///pad", "x",
                                  "javascript:alert(1)", "https://example.org/a b|c<d>", "mailto:a@b.nl",
                                  "https://" + "a" * 3000, "https://ex\u202eample.org", "https://e.org/\n"]),
                 st.text(max_size=30))
TEXTS = st.text(max_size=60)

COMMANDS = (["list"], ["list", "--json"], ["list", "--sort", "-due"], ["today"], ["today", "--json"],
            ["today", "--days", "366"], ["remind"], ["remind", "--json"], ["export", "markdown"],
            ["export", "markdown", "--from", "1900-01-01", "--to", "2199-12-31"], ["export", "ics"],
            ["export", "json"], ["export", "csv"], ["debate", "list"])


def _attempt(action: Callable[[], Any]) -> Any:
    """Do it; a refusal is fine as long as it is the product's one-line kind."""
    try:
        return action()
    except KamertaakError as exc:
        assert "\n" not in str(exc).strip()
        return None


def _runs(args: list[str]) -> str:
    result = CliRunner().invoke(app, args, catch_exceptions=True, env={"COLUMNS": "120"})
    assert result.exception is None or isinstance(result.exception, SystemExit), (args, repr(result.exception))
    assert result.exit_code == 0, (args, result.output)
    return result.stdout


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(kind=st.sampled_from(KINDS), title=TEXTS, text=TEXTS, due=DUES, scheduled=DATES, debate_date=DATES,
       offset=OFFSETS, at=MOMENTS, snooze=MOMENTS, snooze_days=st.integers(min_value=-5, max_value=10**7),
       url=URLS, label=TEXTS, when=st.sampled_from(["99999999999 dagen voor", "365 dagen voor", "53 weken voor",
                                                   "52 weken voor", "0 dagen voor", "2199-12-31T23:59",
                                                   "0001-01-01", "9999-12-31T23:59:59"]))
def test_extreme_values_are_refused_or_shown_by_every_command_and_export(
        store: Store, env: Any, kind: str, title: str, text: str, due: str | None, scheduled: dt.date,
        debate_date: dt.date, offset: int, at: dt.datetime, snooze: dt.datetime, snooze_days: int, url: str,
        label: str, when: str) -> None:
    debate = _attempt(lambda: store.add_debate(title or "debat", date=debate_date.isoformat(), source_url=url))
    item = _attempt(lambda: store.add_item(kind, title or "x", text=text, due=due, debate_id=debate,
                                           scheduled=scheduled.isoformat(), hide_until=scheduled.isoformat(),
                                           owner=label, next_action=text, stance=label))
    if item is None:
        item = store.add_item(kind, "vangnet", due=LATEST.isoformat())
    _attempt(lambda: store.update_item(item, {"due": due}))
    _attempt(lambda: store.update_item(item, {"scheduled": scheduled.isoformat()}))
    _attempt(lambda: store.add_link(item, url, label))
    _attempt(lambda: store.add_reminder(item, offset_days=offset))
    _attempt(lambda: store.add_reminder(item, at=at.isoformat()))
    _attempt(lambda: rem.add(store, item, when))
    _attempt(lambda: store.add_note(item, text))
    reminder = _attempt(lambda: store.add_reminder(item, at="2025-04-09"))
    if reminder is not None:
        _attempt(lambda: rem.snooze(store, reminder, snooze))
        _attempt(lambda: rem.snooze(store, reminder, dt.datetime(2025, 4, 10, 12) + dt.timedelta(days=snooze_days))
                 if snooze_days < 10**6 else rem.snooze(store, reminder, dt.datetime.max))
    _attempt(lambda: store.set_status(item, "done"))
    # Everything the store kept lies within the bounds ...
    for row in store.db.query("SELECT due, scheduled, hide_until FROM item"):
        assert all(v is None or EARLIEST.isoformat() <= v <= LATEST.isoformat() for v in row.values()), row
    for row in store.db.query("SELECT at, offset_days, snoozed_until FROM reminder"):
        assert row["offset_days"] is None or 0 <= row["offset_days"] <= MAX_OFFSET_DAYS, row
        for value in (row["at"], row["snoozed_until"]):
            assert value is None or EARLIEST.isoformat() <= value[:10] <= LATEST.isoformat(), row
    # ... and every command that shows it, and every export, works.
    for command in COMMANDS:
        _runs(command)
    _runs(["show", str(item)])
    _runs(["show", str(item), "--json"])
    listed = json.loads(_runs(["list", "--json"]))
    assert any(i["id"] == item for i in listed) or store.db.scalar(
        "SELECT status FROM item WHERE id = :i", {"i": item}) is not None


@pytest.mark.parametrize("due", [EARLIEST.isoformat(), LATEST.isoformat()])
def test_the_edges_of_the_range_are_shown_everywhere(store: Store, env: Any, due: str) -> None:
    """The last and first day of the range with the longest offset and snooze: every command and export."""
    item = store.add_item("commitment", "Rand", due=due, debate_id=store.add_debate("Debat", date=due))
    store.add_reminder(item, offset_days=MAX_OFFSET_DAYS)
    store.add_reminder(item, at=f"{due}T23:59")
    rid = store.add_reminder(item, at="2025-04-09")
    latest = dt.datetime(2025, 4, 10, 12) + dt.timedelta(days=MAX_SNOOZE_DAYS)
    rem.snooze(store, rid, latest)
    with pytest.raises(KamertaakError, match="hoogstens"):
        rem.snooze(store, rid, latest + dt.timedelta(seconds=1))
    for command in COMMANDS:
        _runs(command)
    assert due[:4] in _runs(["show", str(item)])
    assert "BEGIN:VALARM" in _runs(["export", "ics"]) or due == EARLIEST.isoformat()


def test_the_reported_crashes_are_refused_at_entry(store: Store, env: Any, fails: Callable[..., str]) -> None:
    config.settings.cache_clear()
    item = store.add_item("commitment", "Brief", due="2025-05-01")
    assert "hoogstens 365 dagen" in fails("remind", "add", str(item), "99999999999 dagen voor")
    assert "geen geldig adres" in fails("link", str(item), "http://[::1")
    assert "valt buiten 1900-01-01 t/m 2199-12-31" in fails("set", str(item), "due=9999-12-31")
    assert "valt buiten" in fails("add", "task", "x", "--due", "0001-01-01")
    assert "valt buiten" in fails("debate", "add", "Debat", "--date", "2200-01-01")
    assert "valt buiten" in fails("remind", "add", str(item), "2201-01-01T09:00")
    for command in COMMANDS:
        _runs(command)


def test_a_backup_with_values_the_store_refuses_is_refused_whole(store: Store, env: Any, tmp_path: Path) -> None:
    from kamertaak.reports.backup import export_json, parse
    from kamertaak.store.db import open_database
    from kamertaak.store.restore import RestoreError, restore

    item = store.add_item("commitment", "Brief", due="2025-05-01")
    store.add_link(item, "https://example.org")
    store.add_reminder(item, offset_days=7)
    good = json.loads(export_json(store.db))
    bad_values = [
        ("item", "due", "9999-12-31", "valt buiten"),
        ("item", "scheduled", "0001-01-01", "valt buiten"),
        ("reminder", "offset_days", 99999999999, "ligt niet tussen 0 en 365"),
        ("reminder", "offset_days", -1, "ligt niet tussen"),
        ("reminder", "at", "9999-12-31T23:59", "valt buiten"),
        ("link", "url", "http://[::1", "geen geldig adres"),
        ("oplog", "changes", "{niet json", "geen JSON-object"),
        ("oplog", "changes", "[1, 2]", "geen JSON-object"),
        ("oplog", "changes", '{"title": "x"}', "[oud, nieuw]"),
    ]
    for n, (table, column, value, message) in enumerate(bad_values):
        document = json.loads(json.dumps(good))
        document["tables"][table][0][column] = value
        target = open_database(str(tmp_path / f"r{n}.db"))
        try:
            with pytest.raises(RestoreError, match=message.replace("[", r"\[")):
                restore(target, parse(json.dumps(document)))
            assert target.scalar("SELECT COUNT(*) AS n FROM item") == 0
        finally:
            target.close()
