"""The same tracker on both backends: the same changes give the same `export json` bytes on SQLite and
on PostgreSQL; a backup moves between them; without the PostgreSQL driver the message says what to
install."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest

from kamertaak.config import settings
from kamertaak.reports.backup import export_json, parse
from kamertaak.store import reminders as rem
from kamertaak.store.db import DatabaseError, open_database
from kamertaak.store.restore import RestoreError, restore
from kamertaak.store.service import Store

BOOLEANS = ("deleted", "due_estimated", "register_deleted", "status_unknown")


def _changes(store: Store) -> None:
    debate = store.add_debate("Zeden", kind="commissiedebat", date="2025-04-03", committee="J&V",
                              actors=["Van Nispen (SP)"])
    first = store.add_item("commitment", "Brief over opvang", due="voor de zomer", debate_id=debate,
                           topics=["opvang"], actors=["staatssecretaris (J&V)"], text="tekst\nmet regels")
    second = store.add_item("motion", "Motie-Van Nispen", status="submitted", debate_id=debate)
    store.add_item("task", "Bellen", due="2025-04-20", priority="hoog")
    store.add_note(first, "Gebeld")
    store.add_link(first, "https://example.org/brief", "brief")
    store.add_register(second, "36600, nr. 12")
    rem.add(store, first, "7 dagen voor")
    moment = dt.datetime.combine(store.today(), dt.time(23, 0))
    rem.mark_sent(store, rem.due_now(store.db, moment, store.today(), settings().reminders))
    store.update_item(first, {"owner": "anna", "stance": "voor"})
    store.set_status(second, "adopted")
    store.delete_item(3)
    store.undo()
    store.delete_item(3)


def _export_after_changes(target: str) -> str:
    store = Store.open(target)
    try:
        _changes(store)
        return export_json(store.db)
    finally:
        store.close()


def test_booleans_are_json_booleans_and_old_backups_with_0_and_1_restore(store: Store, env: object,
                                                                          tmp_path: Path) -> None:
    _changes(store)
    document = json.loads(export_json(store.db))
    item = document["tables"]["item"][0]
    assert all(isinstance(item[name], bool) for name in BOOLEANS)
    # A backup made before booleans were normalised (SQLite wrote 0 and 1) restores on every backend.
    for row in document["tables"]["item"]:
        for name in BOOLEANS:
            row[name] = int(row[name])
    old = json.dumps(document)
    target = open_database(str(tmp_path / "from-old.db"))
    restore(target, parse(old))
    assert json.loads(export_json(target)) == json.loads(export_json(store.db))
    document["tables"]["item"][0]["deleted"] = "nee"
    with pytest.raises(RestoreError, match="deleted 'nee' is geen true of false"):
        restore(open_database(str(tmp_path / "bad.db")), parse(json.dumps(document)))
    target.close()


def test_export_json_is_byte_identical_on_sqlite_and_postgresql(pg_url: str, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from kamertaak import config

    monkeypatch.setenv("KAMERTAAK_TODAY", "2025-04-10")
    monkeypatch.setenv("KAMERTAAK_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.setenv("KAMERTAAK_USER", "anna")
    config.settings.cache_clear()
    on_sqlite = _export_after_changes(str(tmp_path / "k.db"))
    on_postgres = _export_after_changes(pg_url)
    config.settings.cache_clear()
    assert on_sqlite == on_postgres
    assert '"deleted": false' in on_sqlite


@pytest.mark.sqlite_only
def test_without_the_postgresql_driver_the_message_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [m for m in sys.modules if m == "psycopg" or m.startswith(("psycopg.", "psycopg2"))]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "psycopg", None)  # `import psycopg` now fails as if not installed
    monkeypatch.setitem(sys.modules, "psycopg2", None)
    with pytest.raises(DatabaseError, match=r"installeer kamertaak\[pg\] \(pip install 'kamertaak\[pg\]'\)$"):
        open_database("postgresql+psycopg://anna@localhost/kamertaak")
    # The plain scheme's default driver (psycopg2 before SQLAlchemy 2.1, psycopg since): the same advice.
    with pytest.raises(DatabaseError, match=r"ontbreekt; installeer kamertaak\[pg\]"):
        open_database("postgresql://anna@localhost/kamertaak")
