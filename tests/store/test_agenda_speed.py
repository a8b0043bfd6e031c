"""The morning agenda reads only what it shows: every section, count and reminder is answered by an
index (never by reading every item), and of the reminders due only the shown ones are read whole."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path
from typing import Any

from kamertaak.config import DEFAULT_REMINDERS
from kamertaak.store import reminders as rem
from kamertaak.store.db import Database, open_database
from kamertaak.store.service import Store

DAY = dt.date(2025, 4, 10)
ROOT = Path(__file__).resolve().parents[2]


def _bench_database(path: Path) -> Database:
    """A database filled as the bench fills it (bench/generate.py: kinds, statuses, due dates over three
    years, debates, actors, reminders) and analysed, so SQLite's planner sees realistic statistics."""
    spec = importlib.util.spec_from_file_location("generate", ROOT / "bench" / "generate.py")
    assert spec is not None and spec.loader is not None
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    generate.generate(path, 2000, DAY, n_debates=200)
    return open_database(str(path))


def test_no_agenda_query_reads_the_whole_item_table(tmp_path: Path) -> None:
    db = _bench_database(tmp_path / "bench.db")
    asked: list[tuple[str, Any]] = []
    query = db.query

    def recording(sql: str, params: Any = None) -> list[dict[str, Any]]:
        asked.append((sql, params))
        return query(sql, params)

    db.query = recording  # type: ignore[method-assign]
    sections = rem.morning_agenda(db, DAY, DEFAULT_REMINDERS, cap=10)
    db.query = query  # type: ignore[method-assign]
    assert sections["overdue_count"] > 10 and len(sections["overdue"]) == 10
    plans = {sql: [row["detail"] for row in query(f"EXPLAIN QUERY PLAN {sql}", params)] for sql, params in asked}
    scans = {sql: plan for sql, plan in plans.items() if any(step.startswith("SCAN i") for step in plan)}
    assert not scans, "\n".join(f"{sql}: {plan}" for sql, plan in scans.items())
    counts = [plan for sql, plan in plans.items() if sql.startswith("SELECT COUNT(*) FROM item")]
    assert counts and all("COVERING INDEX" in " ".join(plan) for plan in counts), counts
    db.close()


def test_only_the_shown_reminders_are_read_whole_and_all_are_counted(store: Store) -> None:
    first = store.add_item("commitment", "eerste", due="2025-04-11")  # defaults 7 and 1 day before: both due
    second = store.add_item("task", "tweede", due="2025-04-11")  # default 1 day before
    third = store.add_item("task", "derde", due="2025-06-01")
    store.add_reminder(third, at="2025-04-09T08:00")
    store.add_reminder(second, offset_days=3)
    everything = rem.due_now(store.db, dt.datetime(2025, 4, 10, 23, 59, 59), DAY, DEFAULT_REMINDERS)
    refs = [r["reminder"]["ref"] for r in everything]
    assert refs == [f"{first}:7", "2", "1", f"{first}:1", f"{second}:1"]
    sections = rem.morning_agenda(store.db, DAY, DEFAULT_REMINDERS, cap=2)
    assert sections["reminders_count"] == 5
    assert sections["reminders"] == everything[:2]
    assert sections["reminders"][1]["title"] == "tweede" and sections["reminders"][1]["reminder"]["at"] == (
        "2025-04-08T00:00:00")
