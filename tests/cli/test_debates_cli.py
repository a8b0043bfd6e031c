"""`kamertaak debate set|merge|delete`, `set due=` counting from the item's debate (from today without
one), the day a relative phrase was
said in `show`, and triaging the same text twice, as a user types them."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kamertaak.store.service import Store

Run = Callable[..., str]
DEMO = Path(__file__).resolve().parents[2] / "kamertaak" / "data" / "demo" / "commissiedebat-2025-04-03.txt"


def _rows(env: Any, sql: str) -> list[dict[str, Any]]:
    store = Store.open(str(env))
    try:
        return store.db.query(sql)
    finally:
        store.close()


def _triaged(pinned_cli: Run) -> None:
    """The demo text accepted on 10 April: the debate of 3 April, '(waarschijnlijk) volgende week' for the
    tweeminutendebat (item 1), 'op korte termijn' for a commitment (item 4)."""
    pinned_cli("triage", str(DEMO), "--accept")


def test_debate_set_date_moves_the_phrases_that_count_from_it(env: Any, pinned_cli: Run) -> None:
    _triaged(pinned_cli)
    pinned_cli("set", "4", "due=2025-04-24")  # a date typed by hand: stays
    out = pinned_cli("debate", "set", "1", "date=2025-04-08", "title=Zeden en veiligheid")
    assert "debat 1: datum 3 april 2025 → 8 april 2025" in out
    assert "debat 1: titel Zeden en (on)veiligheid vrouwen → Zeden en veiligheid" in out
    assert "#1 Tweeminutendebat Zeden en (on)veiligheid vrouwen: termijn 11 april 2025 → 18 april 2025" in out
    assert "#4" not in out
    show = pinned_cli("show", "1")
    assert "(debatdatum 3 april 2025 → 8 april 2025)" in show
    assert "termijnzin      volgende week, gezegd op 8 april" in show
    assert pinned_cli("undo").strip() == "ongedaan: debat 1 terug zoals het was"
    assert json.loads(pinned_cli("show", "1", "--json"))["due"] == "2025-04-11"


def test_set_counts_a_relative_phrase_from_the_items_debate_and_show_says_so(env: Any, pinned_cli: Run) -> None:
    # Correcting a triaged item of the debate of 3 April on 10 April: "volgende week" is the week after the
    # debate, as if said there (11 April), and it follows the debate's date from then on.
    _triaged(pinned_cli)
    assert "due= telt vanaf de datum van het debat van het item" in " ".join(pinned_cli("set", "--help").split())
    pinned_cli("set", "4", "due=volgende week")
    item = json.loads(pinned_cli("show", "4", "--json"))
    assert (item["due"], item["due_ref"], item["due_from_debate"]) == ("2025-04-11", "2025-04-03", True)
    # A month later the phrase still says which week it meant.
    show = pinned_cli("show", "4", today="2025-05-12")
    assert "11 april 2025" in show and "termijnzin      volgende week, gezegd op 3 april" in show
    report = pinned_cli("export", "markdown", "--from", "2025-04-01", "--to", "2025-04-30", today="2025-05-12")
    assert "11 april 2025 (volgende week, gezegd op 3 april)" in report
    # Read in another year, the day it was said says which year (u5 bug 11: 'gezegd op 3 april' in 2026).
    assert "termijnzin      volgende week, gezegd op 3 april 2025" in pinned_cli("show", "4", today="2026-01-20")
    # An item without a debate: from today.
    pinned_cli("add", "task", "Bellen met het ministerie")
    new_id = json.loads(pinned_cli("list", "--json"))[-1]["id"]
    pinned_cli("set", str(new_id), "due=volgende week")
    item = json.loads(pinned_cli("show", str(new_id), "--json"))
    assert (item["due"], item["due_ref"], item["due_from_debate"]) == ("2025-04-18", "2025-04-10", False)


def test_debate_set_refuses_bad_input_in_one_line(env: Any, pinned_cli: Run, fails: Callable[..., str]) -> None:
    _triaged(pinned_cli)
    before = _rows(env, "SELECT * FROM debate"), _rows(env, "SELECT id FROM oplog")
    assert fails("debate", "set", "1", "date=3 april") == (
        "kamertaak: debatdatum: '3 april' is geen geldige datum (verwacht JJJJ-MM-DD)")
    assert fails("debate", "set", "1", "sfeer=goed").startswith("kamertaak: onbekend debatveld 'sfeer'")
    assert fails("debate", "set", "1", "datum") == "kamertaak: 'datum' is geen VELD=WAARDE"
    assert fails("debate", "set", "9", "title=x") == "kamertaak: geen debat met nummer 9"
    assert (_rows(env, "SELECT * FROM debate"), _rows(env, "SELECT id FROM oplog")) == before


def test_debate_merge_and_delete(env: Any, pinned_cli: Run, fails: Callable[..., str]) -> None:
    _triaged(pinned_cli)
    pinned_cli("debate", "add", "Zeden (dubbel)", "--date", "2025-04-03")
    pinned_cli("add", "task", "Notitie", "--debate", "2", "--due", "binnen zes weken")
    assert pinned_cli("debate", "merge", "2", "1").strip() == "debat 2 samengevoegd met debat 1: 1 item verplaatst"
    assert [d["id"] for d in _rows(env, "SELECT id FROM debate")] == [1]
    assert fails("debate", "delete", "1") == (
        "kamertaak: debat 1 heeft 7 items; voeg het samen met een ander debat (debate merge 1 ID) of maak de items"
        " los (debate delete 1 --unlink)")
    assert pinned_cli("debate", "delete", "1", "--unlink").strip() == "debat 1 verwijderd; 7 items zonder debat verder"
    items = _rows(env, "SELECT debate_id, due FROM item WHERE deleted = false")
    assert len(items) == 7 and all(i["debate_id"] is None and i["due"] for i in items)


def test_triaging_the_same_text_twice_reuses_the_debate(env: Any, pinned_cli: Run, tmp_path: Path) -> None:
    # A text without a date: the debate takes today's, so a day later the title and date no longer match.
    text = tmp_path / "verslag.txt"
    text.write_text("Commissiedebat Opvang\n\nDe staatssecretaris zegde toe voor de zomer een brief te sturen "
                    "over de wachtlijsten in de vrouwenopvang.\n", encoding="utf-8")
    first = pinned_cli("triage", str(text), "--accept", "--json")
    debate_id = json.loads(first)["accepted"]["debate_id"]
    pinned_cli("debate", "set", str(debate_id), "title=Opvang en wachtlijsten")  # edited since
    again = json.loads(pinned_cli("triage", str(text), "--accept", "--json", today="2025-04-11"))["accepted"]
    assert (again["debate_id"], again["debate_is_new"], again["added"]) == (debate_id, False, [])
    assert len(_rows(env, "SELECT id FROM debate")) == 1


def test_accepting_says_how_many_items_in_dutch(env: Any, pinned_cli: Run, tmp_path: Path) -> None:
    text = tmp_path / "verslag.txt"
    text.write_text("Commissiedebat Opvang\n\nDe staatssecretaris zegde toe voor de zomer een brief te sturen "
                    "over de wachtlijsten in de vrouwenopvang.\n", encoding="utf-8")
    assert "(nieuw): 1 item toegevoegd" in pinned_cli("triage", str(text), "--accept")
    assert "(bestond al): 0 items toegevoegd, al gevolgd: #1" in pinned_cli("triage", str(text), "--accept")


def test_debate_list_leaves_out_columns_no_debate_fills(env: Any, pinned_cli: Run) -> None:
    """Debates recorded by triage alone have no register status or activity number: those columns give their
    width to the titles."""
    _triaged(pinned_cli)
    out = pinned_cli("debate", "list")
    header = out.splitlines()[0]
    assert "titel" in header and "status" not in header and "activiteit" not in header
    assert "Zeden en (on)veiligheid vrouwen" in " ".join(out.split())


def test_debate_list_on_an_empty_database_says_there_are_none(env: Any, pinned_cli: Run) -> None:
    """u5 bug 10: a blank line, where `list` says 'geen items'."""
    pinned_cli("db", "init")
    assert pinned_cli("debate", "list") == (
        "geen debatten (kamertaak debate add of kamertaak triage TEKST --accept legt er een vast)\n")
    assert json.loads(pinned_cli("debate", "list", "--json")) == []
