"""Debates after the fact: edited, merged, deleted; due phrases that follow their debate's date, also
when typed later for an item of a debate; phrases of an item without a debate count from today."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kamertaak import config
from kamertaak.core.history import history_lines
from kamertaak.core.kinds import DomainError
from kamertaak.reports.backup import export_json, parse
from kamertaak.store import queries
from kamertaak.store.db import open_database
from kamertaak.store.restore import restore
from kamertaak.store.service import NotFound, Store


def _item(store: Store, item_id: int) -> dict:
    item = queries.get_item(store.db, item_id, store.today())
    assert item is not None
    return item


def _debate_with_items(store: Store) -> tuple[int, int, int, int]:
    """A debate of 3 April with a triage-like phrase, a date typed by hand, and a date set by hand later."""
    debate = store.add_debate("Zeden en veiligheid", kind="commissiedebat", date="2025-04-03",
                              actors=["Van Nispen (SP)"])
    follows = store.add_item("commitment", "Brief over opvang", debate_id=debate, due="binnen zes weken")
    by_date = store.add_item("deadline", "Voorjaarsnota", debate_id=debate, due="2025-06-01")
    typed = store.add_item("task", "Notitie", debate_id=debate, due="voor de zomer")
    store.update_item(typed, {"due": "2025-04-24"})
    return debate, follows, by_date, typed


def test_a_phrase_with_its_debate_counts_from_the_debate_and_is_stored_with_that_day(store: Store) -> None:
    debate, follows, _, _ = _debate_with_items(store)
    item = _item(store, follows)
    assert (item["due"], item["due_ref"], item["due_from_debate"]) == ("2025-05-15", "2025-04-03", True)
    assert store.db.scalar("SELECT debate_id FROM item WHERE id = :i", {"i": follows}) == debate


def test_a_phrase_typed_when_editing_an_item_of_a_debate_counts_from_the_debate(store: Store) -> None:
    # Correcting a triaged motion of a debate of 3 April: "over twee weken" is 17 April (two weeks after the
    # debate, as it was said there), not 24 April (from today, 10 April); it then follows the debate's date.
    debate = store.add_debate("Zeden en veiligheid", kind="commissiedebat", date="2025-04-03")
    typed = store.add_item("task", "Notitie", debate_id=debate, due="voor de zomer")
    store.update_item(typed, {"due": "over twee weken"})
    item = _item(store, typed)
    assert (item["due"], item["due_ref"], item["due_from_debate"]) == ("2025-04-17", "2025-04-03", True)
    assert item["due_phrase"] == "over twee weken"
    store.update_debate(debate, {"date": "2025-04-08"})
    assert _item(store, typed)["due"] == "2025-04-22"
    # Moved to another debate in the same change: counts from that one.
    other = store.add_debate("Stemmingen", date="2025-03-01")
    store.update_item(typed, {"due": "binnen een week", "debate_id": str(other)})
    assert _item(store, typed)["due"] == "2025-03-08"


def test_a_phrase_typed_when_editing_an_item_without_debate_counts_from_today(store: Store) -> None:
    typed = store.add_item("task", "Bellen", due="2025-05-01")
    store.update_item(typed, {"due": "over twee weken"})
    item = _item(store, typed)
    assert (item["due"], item["due_ref"], item["due_from_debate"]) == ("2025-04-24", "2025-04-10", False)


def test_an_item_without_debate_counts_from_today(store: Store) -> None:
    item = _item(store, store.add_item("task", "Bellen", due="volgende week"))
    assert (item["due"], item["due_ref"], item["due_from_debate"]) == ("2025-04-18", "2025-04-10", False)
    dated = _item(store, store.add_item("task", "Mailen", due="2025-05-02"))
    assert (dated["due_ref"], dated["due_from_debate"]) == (None, False)


def test_a_new_debate_date_moves_only_the_phrases_that_follow_it(store: Store) -> None:
    debate, follows, by_date, typed = _debate_with_items(store)
    diff, moved = store.update_debate(debate, {"date": "2025-04-08"})
    assert diff == {"date": ["2025-04-03", "2025-04-08"]}
    assert list(moved) == [follows] and moved[follows]["due"] == ["2025-05-15", "2025-05-20"]
    assert _item(store, follows)["due"] == "2025-05-20" and _item(store, follows)["due_ref"] == "2025-04-08"
    assert _item(store, by_date)["due"] == "2025-06-01"
    assert _item(store, typed)["due"] == "2025-04-24"
    # The item's own history says what moved it, in words.
    last = history_lines(_item(store, follows)["history"], "commitment")[-1]
    assert last.endswith("termijn verschoven van 15 mei 2025 naar 20 mei 2025 (debatdatum 3 april 2025 → 8 april 2025)")
    debate_log = store.db.one("SELECT * FROM oplog WHERE entity = 'debate' ORDER BY id DESC LIMIT 1")
    assert debate_log is not None and debate_log["action"] == "update"


def test_a_due_that_stays_says_so_in_its_history(store: Store) -> None:
    """'voor de zomer' read from a debate five days later is the same day: the item's history says the term stays
    and counts from the new date (it said 'geen veld veranderd', u11 finding 7)."""
    debate = store.add_debate("Zeden en veiligheid", date="2025-04-03")
    summer = store.add_item("commitment", "Brief", due="voor de zomer", debate_id=debate)
    store.update_debate(debate, {"date": "2025-04-08"})
    assert _item(store, summer)["due"] == "2025-07-03"
    last = history_lines(_item(store, summer)["history"], "commitment")[-1]
    assert last.endswith("termijn blijft, telt nu vanaf 8 april 2025 (debatdatum 3 april 2025 → 8 april 2025)")
    store.undo()
    last = history_lines(_item(store, summer)["history"], "commitment")[-1]
    assert "geen veld veranderd" not in last and "telt nu vanaf 3 april 2025" in last


def test_undo_of_a_debate_edit_puts_back_the_date_and_the_dues_it_moved(store: Store) -> None:
    debate, follows, _, _ = _debate_with_items(store)
    store.update_debate(debate, {"date": "2025-04-08", "title": "Zeden"})
    assert store.undo() == "ongedaan: debat 1 terug zoals het was"
    row = queries.get_debate(store.db, debate)
    assert row is not None and (row["date"], row["title"]) == ("2025-04-03", "Zeden en veiligheid")
    assert _item(store, follows)["due"] == "2025-05-15"
    # The next undo is the change before it (the typed due), not the item moves again.
    assert "24 april 2025" in store.undo()


def test_debate_fields_are_checked(store: Store) -> None:
    debate = store.add_debate("Zeden", date="2025-04-03")
    before = store.db.query("SELECT * FROM oplog")
    with pytest.raises(DomainError, match="geen geldige datum"):
        store.update_debate(debate, {"date": "3 april"})
    with pytest.raises(DomainError, match="titel"):
        store.update_debate(debate, {"title": "  "})
    with pytest.raises(DomainError, match="onbekend debatveld 'sfeer'"):
        store.update_debate(debate, {"sfeer": "goed"})
    with pytest.raises(NotFound):
        store.update_debate(99, {"title": "x"})
    assert store.db.query("SELECT * FROM oplog") == before
    assert store.update_debate(debate, {"title": "Zeden"}) == ({}, {})


def test_merge_moves_items_and_participants_and_undo_splits_them_again(store: Store) -> None:
    debate, *_ = _debate_with_items(store)
    twin = store.add_debate("Zeden en veiligheid (2)", date="2025-04-08", actors=["Mutluer (GL-PvdA)"])
    own = store.add_item("task", "Reactie", debate_id=twin, due="binnen zes weken")
    moved = store.merge_debates(twin, debate)
    assert moved == [own]
    assert queries.get_debate(store.db, twin) is None
    item = _item(store, own)
    assert item["debate_id"] == debate and item["due"] == "2025-05-15"  # six weeks from 3 April now
    names = {a["name"] for a in queries.debate_actors(store.db, debate)}
    assert names == {"Van Nispen", "Mutluer"}
    assert "weer los van debat" in store.undo()
    assert _item(store, own)["debate_id"] == twin and _item(store, own)["due"] == "2025-05-20"
    assert {a["name"] for a in queries.debate_actors(store.db, debate)} == {"Van Nispen"}
    assert {a["name"] for a in queries.debate_actors(store.db, twin)} == {"Mutluer"}
    with pytest.raises(DomainError, match="zichzelf"):
        store.merge_debates(debate, debate)


def test_delete_refuses_a_debate_with_items_unless_they_are_unlinked(store: Store) -> None:
    debate, follows, *_ = _debate_with_items(store)
    log_before = len(store.db.query("SELECT id FROM oplog"))
    with pytest.raises(DomainError, match="heeft 3 items"):
        store.delete_debate(debate)
    assert len(store.db.query("SELECT id FROM oplog")) == log_before
    assert store.delete_debate(debate, unlink=True) == 3
    assert queries.get_debate(store.db, debate) is None
    item = _item(store, follows)
    # It keeps its date and no longer follows a debate.
    assert (item["debate_id"], item["due"], item["due_from_debate"]) == (None, "2025-05-15", False)
    entry = store.db.one("SELECT changes FROM oplog WHERE entity = 'debate' ORDER BY id DESC LIMIT 1")
    assert entry is not None and json.loads(entry["changes"])["title"] == ["Zeden en veiligheid", None]
    assert store.undo() == "ongedaan: debat 1 teruggezet"
    assert _item(store, follows)["debate_id"] == debate and _item(store, follows)["due_from_debate"] is True
    assert {a["name"] for a in queries.debate_actors(store.db, debate)} == {"Van Nispen"}


def test_an_empty_debate_is_deleted_and_comes_back(store: Store) -> None:
    debate = store.add_debate("Leeg", date="2025-04-03")
    assert store.delete_debate(debate) == 0
    store.undo()
    assert queries.get_debate(store.db, debate) is not None


def test_a_deleted_or_merged_debates_number_is_never_handed_out_again(store: Store) -> None:
    """History and undo name debates by number: a new debate never gets the number of one that went."""
    first = store.add_debate("Zeden", date="2025-04-03")
    twin = store.add_debate("Zeden (2)", date="2025-04-03")
    store.merge_debates(twin, first)
    assert store.add_debate("Circulaire economie") == twin + 1
    store.delete_debate(twin + 1)
    newest = store.add_debate("Stikstof")
    assert newest == twin + 2
    item = store.add_item("task", "Bellen", debate_id=newest)
    store.undo()  # the item's creation undone: it stays deleted under its number
    assert store.add_item("task", "Mailen") == item + 1


def test_recurring_item_rolls_on_from_the_day_it_was_said(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    item_id = store.add_item("task", "Rapportage", due="elk kwartaal")
    monkeypatch.setenv("KAMERTAAK_TODAY", "2025-06-20")
    config.settings.cache_clear()
    store.set_status(item_id, "done")
    assert _item(store, item_id)["due"] == "2025-09-30"


def _bare(changes: str) -> str:
    """A debate entry as the version of a4c3e0e wrote it: 'entries' and 'added_actors' as bare lists."""
    old = {k: v[1] if k in ("entries", "added_actors") else v for k, v in json.loads(changes).items()}
    return json.dumps(old, ensure_ascii=False, sort_keys=True)


def _as_the_previous_version_logged(store: Store) -> None:
    for row in store.db.query("SELECT id, changes FROM oplog WHERE entity = 'debate'"):
        store.db.execute("UPDATE oplog SET changes = :c WHERE id = :id", {"c": _bare(row["changes"]), "id": row["id"]})


def test_every_debate_entry_is_logged_as_old_and_new_pairs(store: Store) -> None:
    debate, follows, _, _ = _debate_with_items(store)
    other = store.add_debate("Zeden (dubbel)", date="2025-04-01", actors=["Mutluer (GL-PvdA)"])
    store.update_debate(debate, {"date": "2025-04-08"})
    store.merge_debates(other, debate)
    logged = [json.loads(r["changes"]) for r in store.db.query("SELECT changes FROM oplog WHERE entity = 'debate'"
                                                               " ORDER BY id")]
    assert all(isinstance(v, list) and len(v) == 2 for changes in logged for v in changes.values()), logged
    entry = store.db.scalar("SELECT MAX(id) FROM oplog WHERE item_id = :i", {"i": follows})
    assert logged[-2]["entries"] == [[], [entry]]
    assert logged[-1]["entries"] == [[], []]
    assert logged[-1]["added_actors"][0] == [] and [a["name"] for a in logged[-1]["added_actors"][1]] == ["Mutluer"]
    store.undo()
    assert [a["name"] for a in queries.debate_actors(store.db, debate)] == ["Van Nispen"]


def test_a_tracker_with_debate_entries_of_the_previous_version_exports_a_backup_that_imports(
        store: Store, tmp_path: Path) -> None:
    debate, follows, _, _ = _debate_with_items(store)
    store.update_debate(debate, {"date": "2025-04-08"})
    _as_the_previous_version_logged(store)
    document = export_json(store.db)
    exported = [json.loads(r["changes"]) for r in parse(document)["tables"]["oplog"] if r["entity"] == "debate"]
    assert [c["entries"][0] for c in exported if "entries" in c] == [[]]
    # A backup the previous version wrote (its entries bare) imports too, as the pairs.
    written_before = parse(document)
    for row in written_before["tables"]["oplog"]:
        if row["entity"] == "debate":
            row["changes"] = _bare(row["changes"])
    for name, backup in (("terug.db", parse(document)), ("van-toen.db", written_before)):
        target = Store(open_database(str(tmp_path / name)), "tester", store._now, store._today)
        try:
            restore(target.db, backup)
            assert export_json(target.db) == document, name
        finally:
            target.close()
    # Such an entry still undoes, with the due dates it moved.
    store.undo()
    assert _item(store, follows)["due"] == "2025-05-15"
