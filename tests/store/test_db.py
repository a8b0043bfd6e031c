"""Opening databases: creation, refusal of foreign files, migrations up and down, backups."""

from __future__ import annotations

import sqlite3
import stat
import time
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine
from sqlmodel import SQLModel

from kamertaak.store import db as dbmod
from kamertaak.store import models  # noqa: F401
from kamertaak.store.db import SCHEMA_HEAD, SCHEMA_REVISIONS, DatabaseError, open_database
from kamertaak.store.files import FileExists
from kamertaak.store.service import Store


def test_new_database_is_private_wal_and_at_head(env: Path) -> None:
    db = open_database(str(env))
    assert stat.S_IMODE(env.stat().st_mode) == 0o600
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA foreign_keys") == 1
    assert db.scalar("PRAGMA busy_timeout") == dbmod.BUSY_TIMEOUT_MS
    assert db.schema_revision() == SCHEMA_HEAD
    db.close()


def test_code_knows_every_migration_in_order() -> None:
    script = ScriptDirectory.from_config(dbmod.alembic_config(dbmod.Database()))
    chain = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert tuple(chain) == SCHEMA_REVISIONS


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_models_and_migrations_agree(env: Path) -> None:
    open_database(str(env)).close()
    engine = create_engine(f"sqlite:///{env}")
    with engine.connect() as conn:
        # The search tables and the due-order index (an expression index) are the migrations' own.
        only_models = {"include_name": lambda name, type_, parents: not (name or "").startswith("item_fts")
                       and name != "ix_item_due_order"}
        ctx = MigrationContext.configure(conn, opts=only_models)
        diff = compare_metadata(ctx, SQLModel.metadata)
    engine.dispose()
    assert diff == []


def test_non_database_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("dit is geen database\n")
    with pytest.raises(DatabaseError, match="geen SQLite-database"):
        open_database(str(path))
    assert path.read_text() == "dit is geen database\n"


def test_foreign_sqlite_database_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="geen kamertaak-database"):
        open_database(str(path))
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["contacts"]
    conn.close()


def test_newer_schema_is_refused(env: Path) -> None:
    open_database(str(env)).close()
    conn = sqlite3.connect(env)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="schemaversie 9999"):
        open_database(str(env))


def test_downgrade_and_upgrade_keep_data_and_pending_upgrade_backs_up(env: Path) -> None:
    if len(SCHEMA_REVISIONS) < 2:
        pytest.skip("only one migration so far: nothing to step down to without dropping the schema")
    store = Store.open(str(env))
    item_id = store.add_item("commitment", "Brief over opvang", due="2025-05-01")
    dbmod.run_alembic(store.db, "downgrade", SCHEMA_REVISIONS[-2])
    store.close()
    db = dbmod.connect(str(env))
    assert db.schema_revision() == SCHEMA_REVISIONS[-2]
    db.close()
    reopened = Store.open(str(env))
    assert reopened.db.schema_revision() == SCHEMA_HEAD
    assert reopened.db.scalar("SELECT title FROM item WHERE id = :i", {"i": item_id}) == "Brief over opvang"
    backups = list(env.parent.glob(env.name + ".*.bak"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_REVISIONS[-2]
    copy.close()
    reopened.close()


def test_downgrade_to_nothing_and_up_again(env: Path) -> None:
    db = open_database(str(env))
    dbmod.run_alembic(db, "downgrade", "base")
    assert {t for t in db.tables() if not t.startswith("sqlite_")} == {"alembic_version"}
    dbmod.run_alembic(db, "upgrade", "head")
    assert db.schema_revision() == SCHEMA_HEAD
    db.close()


def test_backup_is_a_consistent_private_copy(store: Store, tmp_path: Path) -> None:
    store.add_item("task", "Bellen")
    dest = dbmod.backup(store.db, tmp_path / "copy.db")
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    conn = sqlite3.connect(dest)
    assert conn.execute("SELECT title FROM item").fetchone()[0] == "Bellen"
    conn.close()
    with pytest.raises(FileExists, match="bestaat al"):
        dbmod.backup(store.db, dest)


COUNT_ITEMS = (
    "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); print(c.execute('SELECT COUNT(*) FROM item').fetchone()[0])"
)


def test_another_process_never_loses_our_writes_while_we_hold_two_connections(env: Path) -> None:
    """The TUI keeps two connections open while cron or the CLI work on the same file. Opening the second
    must not drop the first one's locks, or the other process deletes the WAL our writes go to."""
    import subprocess
    import sys

    first = Store.open(str(env))
    first.add_item("task", "eerste")
    second = Store.open(str(env))
    assert subprocess.run([sys.executable, "-c", COUNT_ITEMS, str(env)], capture_output=True, text=True,
                          check=True).stdout.strip() == "1"
    first.add_item("task", "tweede")
    seen = subprocess.run([sys.executable, "-c", COUNT_ITEMS, str(env)], capture_output=True, text=True, check=True)
    assert seen.stdout.strip() == "2"
    second.close()
    first.close()
    conn = sqlite3.connect(env)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT COUNT(*) FROM item").fetchone()[0] == 2
    conn.close()


def test_a_typed_path_into_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="bestaat niet"):
        open_database(str(tmp_path / "typo" / "kamertaak.db"))
    assert not (tmp_path / "typo").exists()


def test_a_query_made_stale_is_stopped_and_answers_none(store: Store) -> None:
    """The table's page and count for a keystroke the user has already typed past: stopped (SQLite) or
    skipped (every backend), never a wrong answer; a fresh question gets its answer, a real error stays one."""
    long_count = ("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 50000000)"
                  " SELECT COUNT(*) AS c FROM n")
    assert store.db.unless_stale(lambda: True, lambda: store.db.scalar(long_count)) is None
    assert store.db.unless_stale(lambda: False, lambda: store.db.scalar("SELECT 41 + 1")) == 42
    with pytest.raises(DatabaseError):
        store.db.unless_stale(lambda: False, lambda: store.db.scalar("SELECT * FROM geen_tabel"))
    if store.db.dialect == "sqlite":
        asked = []

        def newer_key_typed() -> bool:  # fresh when asked before the query, stale once it runs
            asked.append(1)
            return len(asked) > 1

        started = time.perf_counter()
        assert store.db.unless_stale(newer_key_typed, lambda: store.db.scalar(long_count)) is None
        assert time.perf_counter() - started < 2  # the whole count takes far longer
        assert store.db.scalar("SELECT 1 + 1") == 2  # the connection works on


def test_upgrading_marks_the_stored_meetings_as_events(env: Path) -> None:
    """Migration 0010: deadline items stored before it whose title names a meeting become events."""
    store = Store.open(str(env))
    meeting = store.add_item("deadline", "Tweeminutendebat Zeden", due="2025-04-01")
    written = store.add_item("deadline", "Inbreng schriftelijk overleg", due="2025-04-01")
    dbmod.run_alembic(store.db, "downgrade", "0009")
    store.close()
    reopened = Store.open(str(env))  # upgrades to the head again
    events = {r["id"]: bool(r["event"]) for r in reopened.db.query("SELECT id, event FROM item")}
    assert events == {meeting: True, written: False}
    reopened.close()


def test_upgrading_names_the_stored_offices_as_triage_now_does(env: Path) -> None:
    """Migration 0013: an office stored as "minister OCW" (triage's name before) is "minister van OCW", so the same
    office accepted later is the same actor; a person with a ministry, and a name already taken, stay as they are."""
    from kamertaak.core.refs import ActorRef

    store = Store.open(str(env))
    stored = [ActorRef("minister OCW", role="minister", ministry="OCW"),
              ActorRef("staatssecretaris Fin", role="state_secretary", ministry="Fin"),
              ActorRef("minister-president AZ", role="minister", ministry="AZ"),
              ActorRef("Van Weel", role="minister", ministry="J&V"),
              ActorRef("minister SZW", role="minister", ministry="SZW")]
    item = store.add_item("commitment", "Brief over lerarentekort", actors=stored)
    store.add_item("commitment", "Brief over bijstand", actors=[ActorRef("minister van SZW", role="minister",
                                                                         ministry="SZW")])
    dbmod.run_alembic(store.db, "downgrade", "0012")
    store.close()
    reopened = Store.open(str(env))  # upgrades to the head again
    names = sorted(r["name"] for r in reopened.db.query(
        "SELECT a.name FROM item_actor ia JOIN actor a ON a.id = ia.actor_id WHERE ia.item_id = :id", {"id": item}))
    assert names == ["Van Weel", "minister SZW", "minister van OCW", "minister-president", "staatssecretaris van "
                     "Financiën"]
    reopened.close()


def _table_sql(db: dbmod.Database) -> dict[str, str]:
    """The definitions of item and debate with their indexes and triggers, as SQLite keeps them."""
    rows = db.query("SELECT name, sql FROM sqlite_master WHERE tbl_name IN ('item', 'debate') AND sql IS NOT NULL")
    return {r["name"]: r["sql"].replace('"', "") for r in rows}


def test_upgrading_to_0012_keeps_ids_and_search_and_never_reuses_a_logged_number(env: Path) -> None:
    """Migration 0012: debate and item are made again with AUTOINCREMENT. Ids, indexes and search triggers
    stay; the next numbers follow the highest ever used, also of a debate that is gone (only in the log)."""
    from kamertaak.store import queries

    def found(store: Store, text: str) -> list[int]:
        return [i["id"] for i in queries.list_items(store.db, queries.ItemFilter(search=text, sort="id"),
                                                     store.today())]

    store = Store.open(str(env))
    debate = store.add_debate("Commissiedebat Circulaire economie", date="2025-04-14")
    kept = store.add_item("commitment", "Brief over energiecoöperaties", debate_id=debate)
    gone = store.add_debate("Stikstof")
    store.add_item("task", "Bellen")
    store.delete_debate(gone)
    dbmod.run_alembic(store.db, "downgrade", "0011")
    store.close()
    old = dbmod.connect(str(env))
    assert old.schema_revision() == "0011" and "AUTOINCREMENT" not in " ".join(_table_sql(old).values())
    old.close()
    store = Store.open(str(env))  # upgrades to the head again
    assert store.db.schema_revision() == SCHEMA_HEAD
    assert "AUTOINCREMENT" in _table_sql(store.db)["item"] and "AUTOINCREMENT" in _table_sql(store.db)["debate"]
    assert [r["id"] for r in store.db.query("SELECT id FROM item ORDER BY id")] == [kept, kept + 1]
    assert store.db.scalar("SELECT debate_id FROM item WHERE id = :i", {"i": kept}) == debate
    assert found(store, "cooperaties") == [kept] and found(store, "circulaire") == [kept]
    assert store.add_debate("Nieuw debat") == gone + 1  # not the deleted debate's number
    # The triggers fire: a new item and a new title are found, a deleted item's words go.
    new = store.add_item("task", "Notitie over zwerfafval")
    assert new == kept + 2 and found(store, "zwerfafval") == [new]
    store.update_item(kept, {"title": "Brief over statiegeld"})
    assert found(store, "statiegeld") == [kept] and found(store, "cooperaties") == []
    store.close()


def test_0012_downgrades_to_the_tables_0011_made(tmp_path: Path, env: Path) -> None:
    open_database(str(env)).close()
    made = dbmod.connect(str(tmp_path / "at-0011.db"))
    dbmod.run_alembic(made, "upgrade", "0011")
    down = dbmod.connect(str(env))
    dbmod.run_alembic(down, "downgrade", "0011")
    assert _table_sql(down) == _table_sql(made)
    made.close()
    down.close()
