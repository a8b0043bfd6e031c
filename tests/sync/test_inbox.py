"""The register inbox's accept and dismiss, the one operation behind `kamertaak register accept|dismiss`
and the TUI inbox's a and x: a record is found by its # or its number, taken in as one item (once), or
laid aside without an item."""

from __future__ import annotations

import pytest

from kamertaak.core.errors import DomainError, NotFound
from kamertaak.store import queries
from kamertaak.store.register import RegisterMirror
from kamertaak.store.service import Store
from kamertaak.sync.followup import take_records
from kamertaak.sync.inbox import accept, dismiss, find_record
from tests.sync.kamer_feed import records
from tests.sync.test_questions_votes import question_case


def waiting(store: Store) -> RegisterMirror:
    mirror = RegisterMirror(store.db, store.stamp)
    mirror.add_rule(ministry="Justitie en Veiligheid")
    take_records(store, records(*question_case()))
    return mirror


def inbox_ids(mirror: RegisterMirror) -> list[int]:
    return [r["id"] for r in mirror.search(inbox=True)]


def test_a_record_is_found_by_its_hash_or_its_number_and_an_unknown_one_is_named(store: Store) -> None:
    mirror = waiting(store)
    [record_id] = inbox_ids(mirror)
    assert find_record(mirror, record_id)["number"] == "2025Z06123"
    assert find_record(mirror, str(record_id))["id"] == record_id
    assert find_record(mirror, "2025z06123")["id"] == record_id
    for ref in (record_id + 1, "2025Z06124"):
        with pytest.raises(NotFound, match=f"geen registerrecord '{ref}' in het spiegelregister"):
            find_record(mirror, ref)


def test_accept_takes_the_record_in_once_and_undo_puts_it_back(store: Store) -> None:
    mirror = waiting(store)
    [record_id] = inbox_ids(mirror)
    taken = accept(store, "2025Z06123")
    assert (taken.record_id, taken.number) == (record_id, "2025Z06123")
    assert taken.item_id is not None
    item = queries.get_item(store.db, taken.item_id, store.today())
    assert item is not None
    assert (item["kind"], item["status"], item["due"], item["title"]) == (
        "question", "asked", "2025-04-22", "Vragen over wachtlijsten in de vrouwenopvang")
    assert inbox_ids(mirror) == [] and find_record(mirror, record_id)["item_id"] == taken.item_id
    with pytest.raises(DomainError, match=f"wordt al gevolgd door item {taken.item_id}"):
        accept(store, record_id)
    assert store.db.scalar("SELECT count(*) FROM item") == 1
    store.undo()
    assert inbox_ids(mirror) == [record_id]
    assert queries.get_item(store.db, taken.item_id, store.today()) is None
    again = accept(store, record_id)  # by the # the inbox shows: a new item follows it
    assert again.item_id not in (None, taken.item_id)


def test_dismiss_lays_the_record_aside_without_an_item(store: Store) -> None:
    mirror = waiting(store)
    [record_id] = inbox_ids(mirror)
    taken = dismiss(store, str(record_id))
    assert (taken.record_id, taken.number, taken.item_id) == (record_id, "2025Z06123", None)
    assert inbox_ids(mirror) == []
    row = find_record(mirror, record_id)
    assert (row["triage"], row["item_id"]) == ("dismissed", None)
    assert store.db.scalar("SELECT count(*) FROM item") == 0
