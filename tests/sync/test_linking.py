"""Linking an item to the register, the one operation behind `kamertaak link ID NUMMER`, `register link`
and the inbox's k: what it links, the due date before and after, and why it moved or stayed."""

from __future__ import annotations

import pytest

from kamertaak.core.errors import NotFound
from kamertaak.store import queries
from kamertaak.store.register import RegisterMirror
from kamertaak.store.service import Store
from kamertaak.sync.followup import take_records
from kamertaak.sync.linking import ACTIVITY, NUMBER, RECORD, UnknownNumber, link_register
from tests.sync.kamer_feed import entity, guid, records
from tests.sync.test_questions_votes import question_case


def meeting(store: Store, date: str | None = "2025-04-23") -> None:
    """Tweeminutendebat 2025A04002 as the Kamer's agenda gives it, planned on `date` (None: no date yet)."""
    fields = {"soort": "Plenair debat (tweeminutendebat)", "nummer": "2025A04002", "onderwerp": "Tweeminutendebat",
              "status": "Gepland", "datumSoort": "Dag" if date else "Week"}
    if date:
        fields["datum"] = f"{date}T00:00:00"
    take_records(store, records(entity("activiteit", guid(4), fields)))


def due(store: Store, item_id: int) -> str | None:
    row = queries.item_row(store.db, item_id)
    assert row is not None
    return row["due"]


def test_a_meeting_moves_an_open_deadline_to_its_date_and_says_so(store: Store) -> None:
    meeting(store)
    item = store.add_item("deadline", "Inbreng tweeminutendebat", due="2025-04-30")
    result = link_register(store, item, "2025a04002")
    assert (result.what, result.linked, result.detail) == (ACTIVITY, "tweeminutendebat 2025A04002",
                                                           "23 april 2025, gepland")
    assert (result.old_due, result.new_due, result.due_moved) == ("2025-04-30", "2025-04-23", True)
    assert result.why == "de termijn volgt de datum die de Kamer geeft"
    assert result.due_change() == "termijn 30 april 2025 → 23 april 2025"
    assert due(store, item) == "2025-04-23"
    assert queries.item_registers(store.db, [item])[item] == ["2025A04002"]


def test_a_finished_item_keeps_its_date_and_a_meeting_not_synced_yet_moves_nothing(store: Store) -> None:
    meeting(store)
    done = store.add_item("deadline", "Inbreng", due="2025-04-30", status="met")
    result = link_register(store, done, "2025A04002")
    assert (result.due_moved, result.new_due, result.due_change()) == (False, "2025-04-30", "")
    assert result.why == "het item is afgerond: de termijn blijft staan"
    later = store.add_item("deadline", "Inbreng later", due="2025-05-07")
    result = link_register(store, later, "2025A09999")
    assert (result.linked, result.detail, result.due_moved) == ("activiteit 2025A09999", "", False)
    assert "nog niet binnen" in result.why
    assert queries.item_registers(store.db, [later])[later] == ["2025A09999"]


def test_a_meeting_without_a_date_leaves_the_estimate(store: Store) -> None:
    meeting(store, None)
    item = store.add_item("deadline", "Inbreng", due="2025-04-30")
    result = link_register(store, item, "2025A04002")
    assert (result.due_moved, result.why) == (False, "de termijn blijft tot de Kamer een datum geeft")
    assert result.detail.startswith("nog geen datum")


def test_a_record_brings_its_due_date_unless_the_user_set_one(store: Store) -> None:
    take_records(store, records(*question_case()))
    record = RegisterMirror(store.db, store.stamp).by_number("2025Z06123")
    assert record is not None
    mine = store.add_item("question", "Vragen over wachtlijsten", due="2025-04-25")
    result = link_register(store, mine, "2025Z06123")
    assert (result.what, result.linked, result.detail) == (RECORD, "2025Z06123", "Schriftelijke vragen")
    assert (result.old_due, result.new_due, result.due_moved) == ("2025-04-25", "2025-04-25", False)
    assert result.why == "je eigen termijn blijft staan; het register zegt 22 april 2025"
    store.undo()
    bare = store.add_item("question", "Vragen over de vrouwenopvang")
    result = link_register(store, bare, record["id"])  # by the mirror's id, as the inbox knows it
    assert (result.old_due, result.new_due, result.why) == (None, "2025-04-22", "uit het register")
    assert result.due_change() == "termijn geen → 22 april 2025"


def test_an_unknown_number_is_refused_with_suggestions_and_nothing_saved(store: Store) -> None:
    take_records(store, records(*question_case()))
    item = store.add_item("question", "Vragen over wachtlijsten in de vrouwenopvang")
    log = store.db.scalar("SELECT count(*) FROM oplog")
    with pytest.raises(UnknownNumber, match="niet in het spiegelregister") as refused:
        link_register(store, item, "2025Z06124")
    assert [s["number"] for s in refused.value.suggestions] == ["2025Z06123"]
    assert not refused.value.mirror_empty
    assert store.db.scalar("SELECT count(*) FROM oplog") == log
    assert queries.item_registers(store.db, [item]).get(item, []) == []
    kept = link_register(store, item, "2025Z06124", force=True)
    assert (kept.what, kept.linked, kept.due_moved) == (NUMBER, "2025Z06124", False)
    assert queries.item_registers(store.db, [item])[item] == ["2025Z06124"]


def test_an_unknown_item_or_record_is_named(store: Store) -> None:
    with pytest.raises(NotFound, match="geen item met nummer 9"):
        link_register(store, 9, "2025A04002")
    item = store.add_item("task", "Bellen")
    with pytest.raises(NotFound, match="geen registerrecord '42'"):
        link_register(store, item, 42)
