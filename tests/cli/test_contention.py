"""Under contention: a lock held past the busy timeout is one Dutch line (never "database is locked"),
`remind --mark-sent` chooses and marks in one transaction so no reminder is sent twice, and a command
shows what it saved even when another process changes the item right after."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kamertaak import config
from kamertaak.store import db as dbmod
from kamertaak.store import queries
from kamertaak.store import reminders as rem
from kamertaak.store.service import Store

Run = Callable[..., str]
Fails = Callable[..., str]

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def k(env: Path, template_db: Path, pinned_cli: Run) -> Run:
    shutil.copyfile(template_db, env)
    return pinned_cli


@pytest.fixture
def locked(env: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[sqlite3.Connection]:
    """Another process holds the write lock; our busy timeout is short."""
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 300)
    other = sqlite3.connect(env, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield other
    other.execute("ROLLBACK")
    other.close()


def test_a_lock_past_the_busy_timeout_is_one_dutch_line(k: Run, env: Path, fails: Fails) -> None:
    k("add", "task", "Bellen", "--due", "2025-04-11")
    other = sqlite3.connect(env, isolation_level=None)
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(dbmod, "BUSY_TIMEOUT_MS", 300)
            other.execute("BEGIN IMMEDIATE")
            for args in (("add", "task", "Nog een"), ("note", "1", "x"), ("undo",), ("remind", "--mark-sent"),
                         ("set", "1", "owner=anna")):
                message = fails(*args)
                assert "bezig met een wijziging van een ander proces" in message, args
                assert "database is locked" not in message
            other.execute("ROLLBACK")
    finally:
        other.close()
    # Nothing was marked while the lock was held: the reminder is still due.
    assert "Bellen" in k("remind")


def test_a_locked_upgrade_is_one_dutch_line_and_leaves_the_old_revision(env: Path, fails: Fails,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    db = dbmod.connect(str(env))
    dbmod.run_alembic(db, "upgrade", dbmod.SCHEMA_REVISIONS[0])
    db.close()
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 300)
    other = sqlite3.connect(env, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        message = fails("db", "upgrade")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "bezig met een wijziging van een ander proces" in message and "database is locked" not in message
    assert sqlite3.connect(env).execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
        dbmod.SCHEMA_REVISIONS[0]


def _store(path: Path) -> Store:
    return Store(dbmod.open_database(str(path)), "tester", config.now, config.today)


def test_two_runs_of_mark_sent_at_once_never_send_a_reminder_twice(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = _store(env)
    for n in range(5):
        item = store.add_item("task", f"Actie {n}", due="2025-04-11")
        store.add_reminder(item, at="2025-04-09")
    store.close()
    real = rem.due_now

    def slow(*args: Any, **kwargs: Any) -> list[dict[str, Any]]:
        found = real(*args, **kwargs)
        time.sleep(0.4)  # the first run is between choosing and marking when the second one starts
        return found

    monkeypatch.setattr(rem, "due_now", slow)
    got: dict[str, list[str]] = {}

    def run(name: str) -> None:
        own = _store(env)
        try:
            due = rem.take_due(own, config.now(), config.today(), config.settings().reminders)
            got[name] = [d["reminder"]["ref"] for d in due]
        finally:
            own.close()

    first = threading.Thread(target=run, args=("first",))
    second = threading.Thread(target=run, args=("second",))
    first.start()
    time.sleep(0.1)
    second.start()
    first.join()
    second.join()
    sent = got["first"] + got["second"]
    assert len(sent) == len(set(sent)), got
    assert len(sent) == 5 + 5  # five stored reminders and each task's default "1 dag voor"


def test_add_shows_what_it_saved_even_when_an_undo_follows_at_once(k: Run, env: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The race behind an AssertionError in 3 of 150 runs: `add` committed, then an `undo` by the same
    user (another process) deleted the new item before `add` read it back to show it."""
    real = queries.get_item
    undone: list[str] = []

    def undo_in_between(*args: Any, **kwargs: Any) -> Any:
        def undo() -> None:
            other = _store(env)
            try:
                undone.append(other.undo())
            finally:
                other.close()

        racer = threading.Thread(target=undo)
        racer.start()
        racer.join(timeout=1.0)  # it cannot get in while `add` still holds its transaction
        return real(*args, **kwargs)

    monkeypatch.setattr(queries, "get_item", undo_in_between)
    out = k("add", "task", "Bellen met VWS", "--due", "2025-04-20")
    assert "Bellen met VWS" in out
    deadline = time.time() + 15
    while not undone and time.time() < deadline:
        time.sleep(0.05)
    assert undone and "item 1 aangemaakt" in undone[0]
