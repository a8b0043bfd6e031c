"""`db copy`: a SQLite database to PostgreSQL and back, losing nothing; refusals leave targets alone."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from kamertaak.store import queries
from kamertaak.store.copy import copy_to, schema_tables
from kamertaak.store.db import DatabaseError, open_database
from kamertaak.store.service import Store


def _fill(store: Store) -> None:
    """Something in every table, with NULLs, booleans both ways, Unicode, undo and gaps in the ids."""
    debate = store.add_debate("Zeden en (on)veiligheid vrouwen", kind="commissiedebat", date="2025-04-03",
                              committee="J&V", actors=["Mutluer (GL-PvdA)", "staatssecretaris (J&V)"])
    a = store.add_item("commitment", "Brief over opvang", due="2025-05-01", debate_id=debate,
                       actors=["Van Nispen (SP)"], topics=["Opvang", "zeden"], text="Tekst met ‘quotes’ en é",
                       links=[("https://example.org/a", "bron")], registers=["TZ202504-057"])
    b = store.add_item("motion", "Motie 12 miljoen", actors=["Eerdmans (JA21)"], owner="anna", priority="hoog")
    store.set_status(b, "submitted")
    store.add_note(a, "eerste notitie\nmet een tweede regel")
    store.add_reminder(a, offset_days=7)
    rid = store.add_reminder(b, at="2025-04-12T09:00:00")
    store.update_reminder(rid, sent_at="2025-04-12T09:00:01")
    c = store.add_item("task", "Bellen met Valente", status="doing", hide_until="2025-04-11")
    store.update_item(c, {"title": "Bellen met Valente (opnieuw)", "owner": "bram"})
    store.undo()
    gone = store.add_item("deadline", "Vervallen termijn", due="2025-04-01")
    store.delete_item(gone)
    stamp = store.stamp()
    store.db.execute(
        "INSERT INTO register_record (id, external_id, category, kind, number, kamerstuk, title, text, raw_status,"
        " status, status_unknown, due, ministry, committee, people, parties, changed_at, deleted, record, raw,"
        " fingerprint, triage, rule_id, item_id, first_seen, updated_at) VALUES (7, 'tk-1', 'toezegging',"
        " 'commitment', 'TZ202504-057', NULL, 'Brief', 'tekst', 'Openstaand', 'open', :t, NULL, 'J&V', 'J&V',"
        " 'Van Nispen', 'SP', '2025-04-04T10:00:00', :f, '{\"a\": 1}', '{\"Id\": \"x\"}', 'fp', 'accepted', NULL,"
        " :item, :s, :s)", {"t": True, "f": False, "item": a, "s": stamp})
    store.db.execute("INSERT INTO follow_rule (ministry, committee, member, party, text, created_at)"
                     " VALUES ('J&V', NULL, NULL, 'SP', NULL, :s)", {"s": stamp})
    store.db.execute("INSERT INTO sync_state (name, position, updated_at) VALUES ('toezeggingen', 'skip=42', :s)",
                     {"s": stamp})


def _dump_sqlite(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(path)
    out = {}
    for table in schema_tables():
        order = ", ".join(c.name for c in table.primary_key.columns)
        out[table.name] = conn.execute(f"SELECT * FROM {table.name} ORDER BY {order}").fetchall()
    conn.close()
    return out


def _dump(url: str) -> dict[str, list[dict[str, Any]]]:
    db = open_database(url)
    out = {}
    for table in schema_tables():
        order = ", ".join(c.name for c in table.primary_key.columns)
        rows = db.query(f"SELECT * FROM {table.name} ORDER BY {order}")
        out[table.name] = [{k: int(v) if isinstance(v, bool) else v for k, v in r.items()} for r in rows]
    db.close()
    return out


@pytest.mark.sqlite_only  # starts from a SQLite file itself
def test_sqlite_to_postgresql_and_back_is_identical(env: Path, tmp_path: Path, pg_server: Any) -> None:
    store = Store.open(str(env))
    _fill(store)
    name, pg_url = pg_server.create(empty=True)  # an empty database: copy runs the migrations first
    try:
        report = copy_to(store.db, pg_url)
        assert report.rows["item"] == 4 and report.rows["oplog"] > 10 and report.rows["register_record"] == 1
        assert _dump(pg_url) == _dump(str(env))
        back = tmp_path / "terug.db"
        pg = Store.open(pg_url)
        try:
            copy_to(pg.db, str(back))
            # The server hands out the next ids after the copied ones.
            new_id = pg.add_item("task", "Na de verhuizing")
            assert new_id == 5
            assert [i["title"] for i in queries.list_items(pg.db, queries.ItemFilter(search="opvang"),
                                                           pg.today())] == ["Brief over opvang"]
        finally:
            pg.close()
    finally:
        pg_server.drop(name)
    store.close()
    assert _dump_sqlite(back) == _dump_sqlite(env)
    # SQLite's search index was rebuilt from the copied items.
    copy = Store.open(str(back))
    found = queries.list_items(copy.db, queries.ItemFilter(search="valente"), copy.today())
    assert [i["id"] for i in found] == [3]
    copy.close()


def test_copy_refuses_a_non_empty_target_and_changes_nothing(store: Store, tmp_path: Path) -> None:
    store.add_item("task", "Bellen")
    other = tmp_path / "ander.db"
    other_store = Store.open(str(other))
    other_store.add_item("task", "Iets anders")
    other_store.close()
    before = _dump_sqlite(other)
    with pytest.raises(DatabaseError, match="niet leeg"):
        copy_to(store.db, str(other))
    assert _dump_sqlite(other) == before
    with pytest.raises(DatabaseError, match=r"niet leeg|hetzelfde bestand"):
        copy_to(store.db, store.db.url if store.db.path is None else str(store.db.path))


def test_copy_to_a_new_sqlite_file_and_a_failed_copy_leaves_no_file(store: Store, tmp_path: Path) -> None:
    store.add_item("task", "Bellen", topics=["politie"])
    report = copy_to(store.db, str(tmp_path / "kopie.db"))
    assert report.rows["item"] == 1 and report.rows["topic"] == 1
    assert _dump_sqlite(tmp_path / "kopie.db")["item"][0][3] == "Bellen"
    with pytest.raises(DatabaseError, match="niet leeg"):
        copy_to(store.db, str(tmp_path / "kopie.db"))
    foreign = tmp_path / "notes.txt"
    foreign.write_text("geen database")
    with pytest.raises(DatabaseError):
        copy_to(store.db, str(foreign))
    assert foreign.read_text() == "geen database"
    assert not (tmp_path / "nergens").exists()
