"""Operation-log entries in words."""

from __future__ import annotations

from kamertaak.core.history import describe_entry


def test_reminder_changes_and_their_undo_read_as_sentences() -> None:
    stamp = "2025-04-10T12:00:00"
    dismissed = {"action": "reminder_update", "changes": {"reminder_id": [3, 3], "dismissed_at": [None, stamp]}}
    assert describe_entry(dismissed) == "herinnering 3 afgevinkt"
    undone = {"action": "undo", "changes": {"reminder_id": [3, 3], "dismissed_at": [stamp, None]}}
    assert describe_entry(undone) == "herinnering 3 niet meer afgevinkt"
    later = "2025-04-12T12:00:00"
    snoozed = {"action": "reminder_update", "changes": {"reminder_id": [4, 4], "snoozed_until": [None, later]}}
    assert describe_entry(snoozed) == "herinnering 4 gesluimerd tot 12 april 2025 12:00"
    day = "2025-04-12T00:00:00"
    midnight = {"action": "reminder_update", "changes": {"reminder_id": [4, 4], "snoozed_until": [None, day]}}
    assert describe_entry(midnight) == "herinnering 4 gesluimerd tot 12 april 2025"
    added = {"action": "reminder", "changes": {"reminder": [None, {"id": 5, "at": None, "offset_days": 1}]}}
    assert describe_entry(added) == "herinnering gezet: 1 dag voor de termijn"


def test_status_and_due_changes_in_dutch() -> None:
    entry = {"action": "update", "changes": {"due": ["2025-07-03", "2025-10-01"], "status": ["open", "partial"]}}
    assert describe_entry(entry, "commitment") == (
        "termijn verschoven van 3 juli 2025 naar 1 oktober 2025; status: openstaand → deels voldaan"
    )


def test_offsets_and_counts_read_as_good_dutch() -> None:
    from kamertaak.core.labels import counted, offset_words

    assert [offset_words(n) for n in (0, 1, 2, 6, 7, 10, 14, 21)] == [
        "op de dag zelf", "1 dag voor", "2 dagen voor", "6 dagen voor", "1 week voor", "10 dagen voor",
        "2 weken voor", "3 weken voor"]
    assert counted(1, "herinnering", "herinneringen") == "1 herinnering"
    assert counted(14, "herinnering", "herinneringen") == "14 herinneringen"
    reminder = {"action": "reminder", "changes": {"reminder": [None, {"at": None, "offset_days": 1}]}}
    assert describe_entry(reminder) == "herinnering gezet: 1 dag voor de termijn"


def test_done_follows_each_kinds_lifecycle() -> None:
    from kamertaak.core.kinds import lifecycle

    assert lifecycle("commitment").done_step("open") == "done"
    assert lifecycle("commitment").done_step("partial") == "done"
    assert lifecycle("commitment").done_step("lapsed") is None  # final: nothing to finish
    assert lifecycle("deadline").done_step("upcoming") == "met"
    assert lifecycle("deadline").done_step("missed") is None
    assert lifecycle("task").done_step("waiting") == "done"
    motion = lifecycle("motion")
    # A motion goes one step along its main line; aangehouden goes on to aangenomen; vervallen has no
    # step forward (only back to aangehouden, which is not progress).
    assert [motion.done_step(s) for s in ("announced", "submitted", "held", "adopted", "executed", "lapsed")] == [
        "submitted", "adopted", "adopted", "executed", None, None]


def test_an_entry_that_changed_no_field_is_said_in_words_not_its_code() -> None:
    assert describe_entry({"action": "update", "changes": {}}, "task") == "geen veld veranderd"
    assert describe_entry({"action": "update", "changes": {"due": "x"}}, "task") == "geen veld veranderd"
