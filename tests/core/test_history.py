"""Operation-log entries in words."""

from __future__ import annotations

from kamertaak.core.history import describe_entry


def test_reminder_changes_and_their_undo_read_as_sentences() -> None:
    stamp = "2025-04-10T12:00:00"
    dismissed = {"action": "reminder_update", "changes": {"reminder_id": [3, 3], "dismissed_at": [None, stamp]}}
    assert describe_entry(dismissed) == "herinnering 3 weggeklikt"
    undone = {"action": "undo", "changes": {"reminder_id": [3, 3], "dismissed_at": [stamp, None]}}
    assert describe_entry(undone) == "herinnering 3 niet meer weggeklikt"
    later = "2025-04-12T12:00:00"
    snoozed = {"action": "reminder_update", "changes": {"reminder_id": [4, 4], "snoozed_until": [None, later]}}
    assert describe_entry(snoozed) == "herinnering 4 uitgesteld tot 12 april 2025"
    added = {"action": "reminder", "changes": {"reminder": [None, {"id": 5, "at": None, "offset_days": 1}]}}
    assert describe_entry(added) == "herinnering gezet: 1 dag voor de termijn"


def test_status_and_due_changes_in_dutch() -> None:
    entry = {"action": "update", "changes": {"due": ["2025-07-03", "2025-10-01"], "status": ["open", "partial"]}}
    assert describe_entry(entry, "commitment") == (
        "termijn verschoven van 3 juli 2025 naar 1 oktober 2025; status: openstaand → deels voldaan"
    )
