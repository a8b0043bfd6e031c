"""The lossless backup: export → import into an empty database → export gives the same bytes; a bad
or foreign file fails with one clear line and leaves the database as it was."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from kamertaak.reports.backup import export_json, parse
from kamertaak.store import reminders as rem
from kamertaak.store.db import SCHEMA_HEAD, open_database
from kamertaak.store.queries import ItemFilter, list_items
from kamertaak.store.restore import RestoreError, restore
from kamertaak.store.service import Store

TRICKY = ["Ünïcödé — “quotes” ‘’ €", "tab\there\nnewline", "emoji 🏛️", "back\\slash \"q\"", "\x1b[31m", ""]


def _fill(store: Store) -> None:
    debate = store.add_debate("Zeden", kind="commissiedebat", date="2025-04-03", committee="J&V",
                              source_url="https://example.org/d", source_text="tekst\nmet regels",
                              actors=["Van Nispen (SP)", "staatssecretaris (J&V)"])
    for n, title in enumerate(TRICKY):
        item = store.add_item(["commitment", "motion", "deadline", "task"][n % 4], title or "leeg?",
                              due=f"2025-05-0{n + 1}", debate_id=debate, topics=["opvang", title or "x"],
                              actors=["Mutluer (GL-PvdA)"], text=title, owner="anna", priority="hoog")
        store.add_note(item, f"notitie {title}")
        store.add_link(item, f"https://example.org/{n}", title)
        store.add_register(item, f"TZ202504-0{n + 10}")
        rem.add(store, item, "7 dagen voor")
    store.set_status(2, "submitted")
    store.update_item(3, {"due": "2025-06-01", "stance": "tegen"})
    store.undo()
    store.delete_item(4)


def _copy_empty(template: Path, tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copyfile(template, target)
    return target


def test_export_import_export_is_byte_identical(rstore: Store, template_db: Path, tmp_path: Path) -> None:
    _fill(rstore)
    first = export_json(rstore.db)
    target = open_database(str(_copy_empty(template_db, tmp_path, "restored.db")))
    counts = restore(target, parse(first))
    assert counts["item"] == len(TRICKY) and counts["oplog"] > 20
    assert export_json(target) == first
    # The restored database works: search (its index rebuilt by the triggers) and new ids after the old.
    for word in ("Ünïcödé", "unicode"):
        assert [i["title"] for i in list_items(target, ItemFilter(search=word), dt.date(2025, 4, 10))] == [TRICKY[0]]
    store = Store(target, "tester", rstore._now, rstore._today)
    assert store.add_item("task", "Nieuw") == len(TRICKY) + 1
    target.close()


def _row_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("item", "debate", "actor", "oplog", "note", "reminder")}
    finally:
        conn.close()


@pytest.mark.parametrize(("content", "message"), [
    ("{not json", "geen geldige JSON (regel 1"),
    ("[]", "geen kamertaak-backup"),
    ('[{"uuid": "x", "description": "taskwarrior"}]', "geen kamertaak-backup"),
    ('{"format": "kamertaak-backup", "version": 9}', "versie 9"),
    ('{"format": "kamertaak-backup", "version": 1, "schema": "0099", "tables": {}}', "schemaversie '0099'"),
    ('{"format": "kamertaak-backup", "version": 1, "schema": "SCHEMA", "tables": {"users": []}}', "onbekende tabel"),
    ('{"format": "kamertaak-backup", "version": 1, "schema": "SCHEMA", "tables": {"item": [{"id; DROP": 1}]}}',
     "ongeldige kolom"),
    ('{"format": "kamertaak-backup", "version": 1, "schema": "SCHEMA", "tables": {"topic": [{"id": 1, "nope": 2}]}}',
     "onbekende kolom"),
    ('{"format": "kamertaak-backup", "version": 1, "schema": "SCHEMA", "tables": {"item": [{"id": 1, "kind":'
     ' "belofte", "status": "open"}]}}', "onbekende soort 'belofte'"),
    ('{"format": "kamertaak-backup", "version": 1, "schema": "SCHEMA", "tables": {"item": [{"id": 1, "kind":'
     ' "task", "status": "todo", "due": "niet-een-datum"}]}}', "due 'niet-een-datum' is geen datum"),
])
def test_malformed_and_foreign_files_fail_cleanly(rstore: Store, fresh: Path, content: str, message: str) -> None:
    before = _row_counts(fresh)
    with pytest.raises(RestoreError, match=message.replace("(", r"\(")) as exc:
        restore(rstore.db, parse(content.replace("SCHEMA", SCHEMA_HEAD)))
    assert "\n" not in str(exc.value)
    assert _row_counts(fresh) == before


def test_a_failure_halfway_rolls_everything_back(rstore: Store, template_db: Path, tmp_path: Path) -> None:
    _fill(rstore)
    doc = json.loads(export_json(rstore.db))
    doc["tables"]["note"][0]["item_id"] = 999  # a foreign key to nothing: fails after items went in
    target_path = _copy_empty(template_db, tmp_path, "target.db")
    target = open_database(str(target_path))
    with pytest.raises(RestoreError, match="database ongewijzigd"):
        restore(target, doc)
    target.close()
    assert set(_row_counts(target_path).values()) == {0}


def test_a_database_with_data_is_refused(rstore: Store) -> None:
    _fill(rstore)
    doc = json.loads(export_json(rstore.db))
    with pytest.raises(RestoreError, match="niet leeg"):
        restore(rstore.db, doc)


def test_non_utf8_file(rstore: Store) -> None:
    with pytest.raises(RestoreError, match="UTF-8"):
        parse(b"\xff\xfe\x00garbage")
