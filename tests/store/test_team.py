"""Several people on one database (SQLite and PostgreSQL): no lost updates, a conflict that carries
both versions, a change token a TUI can poll, and who made each change."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from kamertaak.core.kinds import DomainError
from kamertaak.store import queries
from kamertaak.store.service import ConflictError, Store


def _other(store: Store, user: str) -> Store:
    """A second person on the same database (own connection, own user name)."""
    other = Store.open(store.db.url if store.db.path is None else str(store.db.path))
    other.user = user
    return other


def test_second_save_on_a_stale_version_is_a_conflict_with_both_versions(store: Store) -> None:
    item_id = store.add_item("task", "Bellen met Valente", owner="anna")
    seen = queries.item_version(store.db, item_id)
    bram = _other(store, "bram")
    try:
        bram.update_item(item_id, {"owner": "bram", "due": "2025-04-20"}, expected_version=seen)
        with pytest.raises(ConflictError, match="intussen gewijzigd door bram") as caught:
            store.update_item(item_id, {"owner": "carla"}, expected_version=seen)
    finally:
        bram.close()
    err = caught.value
    assert (err.item_id, err.expected_version, err.current_version) == (item_id, 1, 2)
    assert err.current["owner"] == "bram" and err.current["due"] == "2025-04-20" and err.current["version"] == 2
    assert err.attempted == {"owner": "carla"}
    assert err.last_change is not None and err.last_change["who"] == "bram"
    assert err.last_change["changes"]["owner"] == ["anna", "bram"]
    # Nothing of the refused save was written; keeping one's own edit is an explicit second save.
    assert store.db.scalar("SELECT owner FROM item WHERE id = :i", {"i": item_id}) == "bram"
    store.update_item(item_id, {"owner": "carla"}, expected_version=err.current_version)
    assert [h["who"] for h in queries.history(store.db, item_id)] == ["tester", "bram", "tester"]


def test_status_change_can_be_guarded_by_version_too(store: Store) -> None:
    item_id = store.add_item("task", "Bellen")
    store.set_status(item_id, "doing", expected_version=1)
    with pytest.raises(ConflictError) as caught:
        store.set_status(item_id, "done", expected_version=1)
    assert caught.value.attempted == {"status": "done"} and caught.value.current["status"] == "doing"


def test_change_token_moves_on_every_commit_by_anyone_and_only_then(store: Store) -> None:
    item_id = store.add_item("task", "Bellen")
    first = store.change_token()
    assert store.change_token() == first
    queries.list_items(store.db, queries.ItemFilter(), store.today())
    assert store.change_token() == first  # reading changes nothing
    bram = _other(store, "bram")
    try:
        bram.add_note(item_id, "gebeld, geen gehoor")
        second = store.change_token()
        assert second != first
        store.set_status(item_id, "doing")
        third = store.change_token()
        assert third not in (first, second)
        with pytest.raises(ConflictError):
            bram.update_item(item_id, {"owner": "x"}, expected_version=1)
        assert store.change_token() == third  # a refused save is no change
    finally:
        bram.close()


def test_concurrent_read_modify_write_loses_nothing(store: Store) -> None:
    """Four people each add notes and move due dates on the same items at once: every write that
    returned is in the database and in the log, versions count every change."""
    items = [store.add_item("commitment", f"Toezegging {n}") for n in range(3)]
    errors: list[BaseException] = []
    done: list[tuple[str, int]] = []
    lock = threading.Lock()

    def person(name: str) -> None:
        s = _other(store, name)
        try:
            for n in range(9):
                item_id = items[n % len(items)]
                for _ in range(20):  # re-read and retry on conflict, as a face would
                    version = queries.item_version(s.db, item_id)
                    try:
                        s.update_item(item_id, {"due": f"2025-05-{n + 1:02d}", "next_action": f"{name} {n}"},
                                      expected_version=version)
                        break
                    except ConflictError:
                        continue
                s.add_note(item_id, f"{name} {n}")
                with lock:
                    done.append((name, item_id))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            s.close()

    threads = [threading.Thread(target=person, args=(f"p{k}",)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    assert len(done) == 36
    notes = store.db.query("SELECT item_id, COUNT(*) AS n FROM note GROUP BY item_id ORDER BY item_id")
    assert sum(r["n"] for r in notes) == 36
    for item_id in items:
        log = queries.history(store.db, item_id)
        bumps = sum(1 for e in log if e["action"] in ("update", "note"))
        row: dict[str, Any] | None = store.db.one("SELECT * FROM item WHERE id = :i", {"i": item_id})
        assert row is not None and row["version"] == 1 + bumps
        # Each change starts from the value the previous one left: no write was based on a stale read.
        state: dict[str, Any] = {}
        for entry in log:
            for field, (old, new) in entry["changes"].items():
                if field in ("due", "next_action"):
                    assert old == state.get(field), (entry, state)
                    state[field] = new
        assert (state["due"], state["next_action"]) == (row["due"], row["next_action"])


def test_undo_reverts_my_own_newest_change_not_a_colleagues(env: Any) -> None:
    anna = Store.open(str(env))
    bram = Store(anna.db, "bram", anna._now, anna._today)
    item_id = anna.add_item("task", "Bellen", owner="anna")
    anna.update_item(item_id, {"priority": "hoog"})
    bram.update_item(item_id, {"title": "Bellen met Valente"})
    assert "prioriteit" in anna.undo()
    row = anna.db.one("SELECT title, priority FROM item WHERE id = :i", {"i": item_id})
    assert row == {"title": "Bellen met Valente", "priority": "normaal"}
    with pytest.raises(DomainError, match="bram heeft item"):
        anna.undo()  # her next change is the creation, and bram has worked on the item since
    assert "titel" in bram.undo()
    anna.close()
