"""A kill at any moment leaves a usable database: creating the schema and upgrading it are one
transaction each, so a failure or a SIGKILL halfway leaves the revision it started from (or no schema
at all), and the next command simply runs the migrations again."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from kamertaak.store import db as dbmod
from kamertaak.store.db import SCHEMA_HEAD, open_database
from kamertaak.store.service import Store

pytestmark = pytest.mark.sqlite_only

# The child process: open (create or upgrade) the database and SIGKILL itself just before the Nth
# statement the migrations send; without a kill it prints how many statements there were.
CHILD = """
import os, signal, sys
from sqlalchemy import event
from sqlalchemy.engine import Engine
from kamertaak.store.db import open_database
target, kill_at = sys.argv[1], int(sys.argv[2])
seen = 0
@event.listens_for(Engine, "before_cursor_execute")
def count(*_args):
    global seen
    seen += 1
    if seen == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)
open_database(target).close()
print(seen)
"""


class Injected(Exception):
    pass


@contextmanager
def failing_at(n: int) -> Iterator[list[str]]:
    """Every SQLAlchemy engine raises just before its Nth statement (counted across engines)."""
    seen: list[str] = []

    def hook(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement)
        if len(seen) == n:
            raise Injected(statement)

    event.listen(Engine, "before_cursor_execute", hook)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", hook)


def _state(path: Path) -> tuple[str | None, set[str]]:
    """(revision, tables) as a plain sqlite3 reader sees them."""
    conn = sqlite3.connect(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                  if not r[0].startswith("sqlite_")}
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone() \
            if "alembic_version" in tables else None
        revision = row[0] if row else None
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return revision, tables
    finally:
        conn.close()


def _tables_at(revision: str, tmp_path: Path) -> set[str]:
    path = tmp_path / f"ref-{revision}.db"
    db = dbmod.connect(str(path))
    dbmod.run_alembic(db, "upgrade", revision)
    db.close()
    return _state(path)[1]


def _works(path: Path) -> None:
    """The next command works: the schema is completed and an item can be stored and read."""
    store = Store.open(str(path))
    try:
        assert store.db.schema_revision() == SCHEMA_HEAD
        item_id = store.add_item("task", "Na de onderbreking")
        assert store.db.scalar("SELECT title FROM item WHERE id = :i", {"i": item_id}) == "Na de onderbreking"
        assert store.db.query("SELECT rowid FROM item_fts WHERE item_fts MATCH 'onderbreking'")
    finally:
        store.close()


def _statements(path: Path) -> int:
    with failing_at(0) as seen:
        open_database(str(path)).close()
    return len(seen)


def test_a_failure_anywhere_in_creation_leaves_no_schema(env: Path, tmp_path: Path) -> None:
    total = _statements(tmp_path / "count.db")
    assert total > 40
    for n in range(2, total + 1, 3):
        path = tmp_path / f"new-{n}.db"
        with failing_at(n), pytest.raises(Injected):
            open_database(str(path))
        assert _state(path) == (None, set()), f"statement {n} left a half-made schema"
        _works(path)


def _at_old_revision(path: Path) -> str:
    old = dbmod.SCHEMA_REVISIONS[0]
    db = dbmod.connect(str(path))
    dbmod.run_alembic(db, "upgrade", old)
    db.close()
    return old


def test_a_failure_anywhere_in_an_upgrade_leaves_the_old_revision(env: Path, tmp_path: Path) -> None:
    old = _at_old_revision(tmp_path / "count.db")
    old_tables = _tables_at(old, tmp_path)
    total = _statements(tmp_path / "count.db")
    assert total > 5
    for n in range(2, total + 1):
        path = tmp_path / f"old-{n}.db"
        _at_old_revision(path)
        with failing_at(n), pytest.raises(Injected):
            open_database(str(path))
        assert _state(path) == (old, old_tables), f"statement {n} left a half-upgraded schema"
        _works(path)


def _child(target: Path, kill_at: int) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KAMERTAAK_TODAY": "2025-04-10", "KAMERTAAK_CONFIG": str(target) + ".none.toml"}
    return subprocess.run([sys.executable, "-c", CHILD, str(target), str(kill_at)], env=env,
                          capture_output=True, text=True, timeout=120)


def test_sigkill_during_creation_and_upgrade_leaves_a_usable_database(env: Path, tmp_path: Path) -> None:
    total = int(_child(tmp_path / "count.db", 10**6).stdout)
    for n in (2, total // 5, total // 2, (4 * total) // 5, total):
        path = tmp_path / f"killed-new-{n}.db"
        assert _child(path, n).returncode == -9
        revision, tables = _state(path)
        assert (revision, tables) == (None, set()), f"kill before statement {n} left {revision}, {sorted(tables)}"
        _works(path)
    old = _at_old_revision(tmp_path / "count-old.db")
    old_tables = _tables_at(old, tmp_path)
    total = int(_child(tmp_path / "count-old.db", 10**6).stdout)
    for n in (2, total // 2, total):
        path = tmp_path / f"killed-old-{n}.db"
        _at_old_revision(path)
        assert _child(path, n).returncode == -9
        assert _state(path) == (old, old_tables), f"kill before statement {n} left a half-upgraded schema"
        _works(path)
