"""Reminders: phrases, defaults per kind, due now, sent never again, snooze and dismiss."""

from __future__ import annotations

import datetime as dt

import pytest

from kamertaak.core.kinds import DomainError
from kamertaak.store import reminders as rem
from kamertaak.store.queries import history
from kamertaak.store.service import NotFound, Store

TODAY = dt.date(2025, 4, 10)
NOON = dt.datetime(2025, 4, 10, 12, 0)
DEFAULTS = {"commitment": ["7 dagen voor", "1 dag voor"], "motion": ["1 dag voor"], "task": []}


def refs(store: Store, moment: dt.datetime = NOON, defaults: dict[str, list[str]] = DEFAULTS) -> list[str]:
    return [v["reminder"]["ref"] for v in rem.due_now(store.db, moment, moment.date(), defaults)]


@pytest.mark.parametrize(("text", "expected"), [
    ("7 dagen voor", rem.When(offset_days=7)),
    ("1 dag voor", rem.When(offset_days=1)),
    ("twee weken voor", rem.When(offset_days=14)),
    ("  3  dagen   vóór ", rem.When(offset_days=3)),
    ("op de dag zelf", rem.When(offset_days=0)),
    ("2025-04-20", rem.When(at="2025-04-20")),
    ("2025-04-20T09:00", rem.When(at="2025-04-20T09:00")),
    ("2025-04-20 09:00:30", rem.When(at="2025-04-20T09:00:30")),
])
def test_parse_when(text: str, expected: rem.When) -> None:
    assert rem.parse_when(text) == expected


@pytest.mark.parametrize("text", ["morgen", "7 dagen na", "2025-13-01", "2025-04-20T09:00+02:00", ""])
def test_parse_when_refuses(text: str) -> None:
    with pytest.raises(DomainError):
        rem.parse_when(text)


def test_defaults_per_kind_apply_while_the_due_date_is_ahead(rstore: Store) -> None:
    c = rstore.add_item("commitment", "Brief", due="2025-04-17")   # 7 days before: today
    m = rstore.add_item("motion", "Motie", due="2025-04-11")        # 1 day before: today
    rstore.add_item("task", "Taak", due="2025-04-11")               # tasks: no defaults configured
    rstore.add_item("commitment", "Later", due="2025-04-30")        # 7 days before: not yet
    rstore.add_item("commitment", "Te laat", due="2025-04-01")      # overdue: defaults have had their day
    assert refs(rstore) == [f"{c}:7", f"{m}:1"]  # same moment (midnight): item order
    # The config decides: no defaults, no default reminders.
    assert refs(rstore, defaults={}) == []


def test_a_reminder_marked_sent_is_never_listed_again(rstore: Store) -> None:
    c = rstore.add_item("commitment", "Brief", due="2025-04-17")
    rid = rem.add(rstore, c, "2025-04-10T08:00")
    due = rem.due_now(rstore.db, NOON, TODAY, DEFAULTS)
    assert [v["reminder"]["ref"] for v in due] == [f"{c}:7", str(rid)]  # midnight before 08:00
    assert rem.mark_sent(rstore, due) == 2
    assert refs(rstore) == []
    # Not tomorrow either, nor next week: the default's stored row shadows it for good.
    assert refs(rstore, NOON + dt.timedelta(days=1)) == []
    assert f"{c}:1" in refs(rstore, NOON + dt.timedelta(days=6))
    actions = [e["action"] for e in history(rstore.db, c)]
    assert actions.count("reminder_update") == 2


def test_snooze_brings_it_back_later_even_when_sent(rstore: Store) -> None:
    c = rstore.add_item("commitment", "Brief", due="2025-04-17")
    rem.mark_sent(rstore, rem.due_now(rstore.db, NOON, TODAY, DEFAULTS))
    rid = rem.snooze(rstore, f"{c}:7", dt.datetime(2025, 4, 12, 9, 0))
    assert refs(rstore, dt.datetime(2025, 4, 12, 8, 59)) == []
    assert refs(rstore, dt.datetime(2025, 4, 12, 9, 0)) == [str(rid)]


def test_dismiss_silences_for_good(rstore: Store) -> None:
    c = rstore.add_item("commitment", "Brief", due="2025-04-17")
    rid = rem.add(rstore, c, "2025-04-09")
    rem.dismiss(rstore, rid)
    rem.dismiss(rstore, f"{c}:7")
    assert refs(rstore) == []
    with pytest.raises(DomainError, match="afgevinkt"):
        rem.snooze(rstore, rid, NOON)


def test_undo_reverts_a_dismiss(rstore: Store) -> None:
    c = rstore.add_item("commitment", "Brief", due="2025-04-17")
    rid = rem.add(rstore, c, "2025-04-09")
    rem.dismiss(rstore, rid)
    rstore.undo()
    assert refs(rstore) == [str(rid), f"{c}:7"]


def test_unknown_references(rstore: Store) -> None:
    with pytest.raises(NotFound):
        rem.dismiss(rstore, 42)
    with pytest.raises(NotFound):
        rem.dismiss(rstore, "42:7")
    with pytest.raises(DomainError, match="geen herinnering"):
        rem.snooze(rstore, "abc", NOON)
    undated = rstore.add_item("task", "Zonder datum")
    with pytest.raises(DomainError, match="geen termijn"):
        rem.add(rstore, undated, "1 dag voor")


def test_default_phrases_must_be_offsets() -> None:
    with pytest.raises(DomainError, match="dagen voor"):
        rem.default_offsets({"task": ["2025-04-01"]})
