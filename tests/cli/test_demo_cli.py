"""The demo is a visitor: `kamertaak demo` loads it into the user's real database, `demo --remove` takes
it out again, through the store, leaving what the user made their own."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from kamertaak.store.queries import parties
from kamertaak.store.service import Store

Run = Callable[..., str]


def _state(env: Any) -> dict[str, Any]:
    """What a user can see of the database, and its log, read through the store."""
    store = Store.open(str(env))
    try:
        db = store.db
        return {
            "items": [r["id"] for r in db.query("SELECT id FROM item WHERE deleted = :f ORDER BY id", {"f": False})],
            "debates": [r["id"] for r in db.query("SELECT id FROM debate ORDER BY id")],
            "actors": sorted((r["name"], r["party"], r["ministry"]) for r in db.query("SELECT * FROM actor")),
            "parties": parties(db),
            "log": [(r["entity"], r["action"], r["item_id"]) for r in db.query("SELECT * FROM oplog ORDER BY id")],
        }
    finally:
        store.close()


def test_remove_without_a_demo_is_one_line_and_changes_nothing(env: Any, pinned_cli: Run,
                                                               fails: Callable[..., str]) -> None:
    pinned_cli("add", "task", "Eigen werk")
    before = _state(env)
    assert fails("demo", "--remove") == "kamertaak: er is geen voorbeelddebat geladen (kamertaak demo laadt het)"
    assert fails("demo", "--force") == "kamertaak: --force hoort bij --remove"
    # A debate of the same title and date that the user made (not the demo) is not the demo's to remove.
    pinned_cli("debate", "add", "Zeden en (on)veiligheid vrouwen", "--date", "2025-04-03")
    assert "geen voorbeelddebat" in fails("demo", "--remove")
    assert _state(env)["items"] == before["items"] and len(_state(env)["debates"]) == 1


def test_remove_takes_the_debate_its_items_and_unshared_actors_out_through_the_log(env: Any,
                                                                                    pinned_cli: Run) -> None:
    pinned_cli("add", "task", "Eigen werk", "--actor", "Van Nispen (SP)")
    mine = _state(env)
    pinned_cli("demo")
    loaded = _state(env)
    assert len(loaded["items"]) == 9 and loaded["debates"] == [1]
    out = pinned_cli("demo", "--remove")
    assert len(loaded["actors"]) == 11  # the demo's eleven people, Van Nispen among them
    assert " ".join(out.split()) == ("voorbeelddebat weggehaald: debat 1, 8 items en 10 actoren die nergens"
                                     " anders voorkomen")
    after = _state(env)
    assert after["items"] == mine["items"] and after["debates"] == []
    # Van Nispen stays: the user's own item names him. The demo's other people are gone, also from the
    # parties the TUI offers as filters.
    assert after["actors"] == mine["actors"] == [("Van Nispen", "SP", "")]
    assert after["parties"] == ["SP"]
    removals = after["log"][len(loaded["log"]):]
    assert [(e, a) for e, a, _ in removals] == [("item", "delete")] * 8 + [("debate", "delete")] + [
        ("actor", "delete")] * 10
    assert {i for _, _, i in removals[:8]} == set(loaded["items"]) - set(mine["items"])
    assert [i["title"] for i in json.loads(pinned_cli("list", "--json"))] == ["Eigen werk"]
    # Gone means gone: the demo can be loaded again, and reminders of removed items never come.
    assert json.loads(pinned_cli("remind", "--json")) == []
    assert "voorbeelddebat geladen" in pinned_cli("demo")


def test_items_made_ones_own_stay_with_the_debate_unless_forced(env: Any, pinned_cli: Run) -> None:
    pinned_cli("demo", today="2025-04-07")
    pinned_cli("status", "3", "ingediend")                 # a change: stays
    pinned_cli("set", "5", "owner=anna")
    pinned_cli("undo")                                     # changed and undone: as loaded, goes
    pinned_cli("remind", "--mark-sent")                    # acting on reminders is no change: goes
    pinned_cli("remind", "dismiss", "4:1")
    pinned_cli("add", "task", "Zelf toegevoegd", "--debate", "1")  # the user's own on the debate: stays
    out = pinned_cli("demo", "--remove")
    assert "7 items van het voorbeelddebat weggehaald; debat 1 blijft" in out
    assert "sinds het laden gewijzigd: #3" in out and "zelf aan het debat toegevoegd: #9" in out
    assert "--force" in out
    state = _state(env)
    assert state["items"] == [3, 9] and state["debates"] == [1]
    assert ("Van Nispen", "SP", "") in state["actors"]  # #3's member and a participant of the kept debate
    out = pinned_cli("demo", "--remove", "--force")
    assert out.startswith("voorbeelddebat weggehaald: debat 1, 2 items")
    state = _state(env)
    assert state["items"] == [] and state["debates"] == [] and state["actors"] == []


def test_a_removed_demo_debates_number_is_never_given_to_a_new_debate(env: Any, pinned_cli: Run) -> None:
    """u3: after `demo --remove` the next debate got number 1 again, the removed demo's number in the log."""
    pinned_cli("demo")
    assert "debat 1" in pinned_cli("demo", "--remove")
    assert pinned_cli("debate", "add", "Commissiedebat Circulaire economie").startswith("debat 2:")
    assert "voorbeelddebat geladen" in pinned_cli("demo")
    assert _state(env)["debates"] == [2, 3]
    log = _state(env)["log"]
    assert [a for e, a, _ in log if e == "debate"] == ["create", "delete", "create", "create"]
