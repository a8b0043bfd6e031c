"""After a restore (export json → import json) the next ids follow the restored ones on every backend,
and a table the backup left empty starts at 1, as a new tracker would (PostgreSQL's sequences are set by
the one Database.reset_sequences that `db copy` uses too)."""

from __future__ import annotations

import json
from pathlib import Path

from kamertaak.reports.backup import export_json, parse
from kamertaak.store.db import Database, open_database
from kamertaak.store.restore import restore
from kamertaak.store.service import Store


def _backup_with_items_and_no_notes(tmp_path: Path, source: Store) -> str:
    debate = source.add_debate("Zeden", date="2025-04-03")
    for n in range(3):
        source.add_item("task", f"Taak {n}", debate_id=debate)
    source.delete_item(2)
    return export_json(source.db)


def _next_ids(store: Store) -> tuple[int, int, int]:
    item = store.add_item("task", "Nieuw")
    note = store.add_note(item, "Eerste notitie na het terugzetten")
    link = store.add_link(item, "https://example.org", "")
    return item, note, link


def test_restored_empty_tables_start_at_one_and_others_after_the_highest_id(store: Store, tmp_path: Path) -> None:
    source = Store(open_database(str(tmp_path / "bron.db")), "tester", store._now, store._today)
    document = _backup_with_items_and_no_notes(tmp_path, source)
    source.close()
    assert json.loads(document)["tables"]["note"] == []
    counts = restore(store.db, parse(document))
    assert counts["item"] == 3 and counts["note"] == 0
    item, note, link = _next_ids(store)
    assert (item, note, link) == (4, 1, 1)
    oplog = store.db.scalar("SELECT MAX(id) FROM oplog")
    assert oplog == len(json.loads(document)["tables"]["oplog"]) + 3


def test_reset_sequences_twice_changes_nothing(store: Store) -> None:
    db: Database = store.db
    store.add_item("task", "Een")
    with db.transaction():
        db.reset_sequences(["item", "note", "item_topic"])  # a table without an id column is passed over
        db.reset_sequences(["item", "note"])
    assert store.add_item("task", "Twee") == 2
    assert store.add_note(2, "notitie") == 1
