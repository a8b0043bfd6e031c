"""The register meets the tracker on the command line: the inbox says which tracked item a record probably
is and links it instead of adding a duplicate; accept and undo are one step each way; `link ID
2025A04002` ties a deadline to a meeting; `show` gives a motion's vote; `debate list` the agenda."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from kamertaak.store.service import Store
from kamertaak.sync.followup import take_records
from tests.sync.kamer_feed import entity, guid, records
from tests.sync.test_questions_votes import MOTION, motion_case, question_case, vote, vote_decision

Cli = Callable[..., str]


def inbox(cli: Cli) -> list[dict[str, Any]]:
    return json.loads(cli("register", "list", "--inbox", "--json"))


def test_the_inbox_suggests_the_item_a_record_probably_is_and_links_it(env: Any, pinned_cli: Cli) -> None:
    pinned_cli("add", "kamervraag", "Vragen over wachtlijsten in de vrouwenopvang", "--actor", "Mutluer (GL-PvdA)",
               "--due", "2025-04-22")
    pinned_cli("add", "actie", "Wachtlijsten vrouwenopvang uitzoeken")
    pinned_cli("follow", "add", "--member", "Mutluer")
    store = Store.open(str(env))
    take_records(store, records(*question_case()))
    store.close()
    [row] = inbox(pinned_cli)
    assert row["likely"] == {"item_id": 1, "title": "Vragen over wachtlijsten in de vrouwenopvang",
                             "reason": "lijkende titel, zelfde actor, datum dichtbij"}
    text = pinned_cli("register", "list", "--inbox")
    assert "lijkt op #1" in text and "kamertaak register link" in text
    assert "→ #1 (gekoppeld, geen nieuw item)" in pinned_cli("register", "link", str(row["id"]))
    assert inbox(pinned_cli) == []
    shown = json.loads(pinned_cli("show", "1", "--json"))
    assert shown["external_id"] == guid(10) and "2025Z06123" in shown["registers"]
    assert len(json.loads(pinned_cli("list", "--json"))) == 2  # no duplicate


def test_the_same_number_is_the_strongest_likeness(env: Any, pinned_cli: Cli) -> None:
    pinned_cli("add", "kamervraag", "Iets heel anders")
    pinned_cli("link", "1", "2025Z06123", "--force")
    pinned_cli("follow", "add", "--member", "Mutluer")
    store = Store.open(str(env))
    take_records(store, records(*question_case()))
    store.close()
    [row] = inbox(pinned_cli)
    assert row["likely"]["item_id"] == 1 and row["likely"]["reason"] == "zelfde nummer 2025Z06123"


def test_accepting_and_undoing_is_one_step_each_way(env: Any, pinned_cli: Cli) -> None:
    pinned_cli("follow", "add", "--ministry", "Justitie")
    store = Store.open(str(env))
    take_records(store, records(*question_case()))
    store.close()
    [row] = inbox(pinned_cli)
    assert "→ item 1" in pinned_cli("register", "accept", str(row["id"]))
    assert inbox(pinned_cli) == []
    item = json.loads(pinned_cli("show", "1", "--json"))
    assert (item["kind"], item["kind_label"], item["status_label"], item["due"]) == (
        "question", "kamervraag", "gesteld", "2025-04-22")
    assert "weer verwijderd" in pinned_cli("undo")
    assert json.loads(pinned_cli("list", "--json")) == []
    [back] = inbox(pinned_cli)
    assert back["id"] == row["id"] and back["item_id"] is None
    # Taken in again, it is a new item that follows the record.
    assert "→ item 2" in pinned_cli("register", "accept", str(row["id"]))


def test_link_ties_a_deadline_to_a_meeting(env: Any, pinned_cli: Cli) -> None:
    pinned_cli("add", "termijn", "Tweeminutendebat Zeden", "--due", "volgende week")
    out = pinned_cli("link", "1", "2025A04002")
    assert "nog niet binnen" in out
    store = Store.open(str(env))
    take_records(store, records(entity("activiteit", guid(4), {
        "soort": "Plenair debat (tweeminutendebat)", "nummer": "2025A04002", "onderwerp": "Tweeminutendebat Zeden",
        "datumSoort": "Dag", "datum": "2025-04-23T00:00:00", "aanvangstijd": "2025-04-23T15:30:00",
        "status": "Gepland"})))
    store.close()
    assert json.loads(pinned_cli("show", "1", "--json"))["due"] == "2025-04-23"
    [debate] = json.loads(pinned_cli("debate", "list", "--json"))
    assert (debate["number"], debate["date"], debate["time"], debate["status"]) == (
        "2025A04002", "2025-04-23", "15:30", "planned")
    agenda = pinned_cli("today", "--days", "14")
    assert "23 april 2025 15:30  tweeminutendebat Tweeminutendebat Zeden  2025A04002" in agenda
    # The meeting item tied to the activity is that debate: listed once, not again as #1.
    assert "Komende debatten (1)" in agenda and "#1" not in agenda.split("Herinneringen")[0]
    pinned_cli("add", "termijn", "Inbreng", "--due", "2025-04-30")
    assert "volgt tweeminutendebat 2025A04002 (23 april 2025, gepland)" in pinned_cli("link", "2", "2025A04002")
    assert json.loads(pinned_cli("show", "2", "--json"))["due"] == "2025-04-23"


def test_show_gives_a_voted_motion_its_parties_tally_appreciation_and_cosigners(env: Any, pinned_cli: Cli) -> None:
    pinned_cli("add", "motie", "Motie-Van Nispen: 12 miljoen voor opvangplaatsen", "--status", "ingediend")
    store = Store.open(str(env))
    store.update_item(1, {"external_id": MOTION})
    take_records(store, records(*motion_case(appreciation="Ontraden"), *vote_decision("Met handopsteken"),
                                vote(1, "SP", "Voor", 5), vote(2, "VVD", "Tegen", 24),
                                vote(3, "NSC", "Voor", 7), vote(4, "NSC", "Tegen", 7, person=guid(201))))
    store.close()
    shown = json.loads(pinned_cli("show", "1", "--json"))
    assert shown["votes"] == {"for": 11, "against": 25, "parties": [
        {"party": "VVD", "seats": 24, "for": 0, "against": 24}, {"party": "NSC", "seats": 7, "for": 6, "against": 1},
        {"party": "SP", "seats": 5, "for": 5, "against": 0}]}
    assert shown["appreciation"] == "Ontraden" and shown["cosigners"] == ["Mutluer (GroenLinks-PvdA)"]
    text = pinned_cli("show", "1")
    for part in ("appreciatie: Ontraden", "medeindieners   Mutluer (GroenLinks-PvdA)",
                 "Stemmen - aangenomen, 15 april 2025 (met handopsteken): 11 voor, 25 tegen",
                 "VVD (24 zetels): tegen", "NSC (7 zetels): 6 voor, 1 tegen", "SP (5 zetels): voor"):
        assert part in text, part


def _as_before(item: dict[str, Any]) -> dict[str, Any]:
    """What a user sees of an item, without its version, change time and history."""
    return {k: v for k, v in item.items() if k not in ("version", "updated_at", "history")}


def test_linking_a_record_and_undoing_it_is_one_step_each_way(env: Any, pinned_cli: Cli) -> None:
    pinned_cli("add", "kamervraag", "Vragen over wachtlijsten", "--actor", "Mutluer (GL-PvdA)", "--due", "2025-04-25")
    pinned_cli("follow", "add", "--member", "Mutluer")
    store = Store.open(str(env))
    take_records(store, records(*question_case()))
    store.close()
    before = json.loads(pinned_cli("show", "1", "--json"))
    [row] = inbox(pinned_cli)
    pinned_cli("register", "link", str(row["id"]), "1")
    linked = json.loads(pinned_cli("show", "1", "--json"))
    # The link brought the register's number, status words and text (the title and due the user wrote stay).
    assert {k for k in _as_before(linked) if linked[k] != before[k]} == {"external_id", "registers", "raw_status",
                                                                         "text"}
    assert linked["external_id"] == guid(10) and linked["registers"] == ["2025Z06123"]
    assert linked["text"] == "Vragen over wachtlijsten in de vrouwenopvang"
    assert len(linked["history"]) == len(before["history"]) + 1
    assert linked["history"][-1]["action"] == "register_link"
    assert "gekoppeld aan het register: 2025Z06123" in pinned_cli("show", "1")
    out = pinned_cli("undo")
    assert "koppeling met het register weggehaald: 2025Z06123 (weer in de inbox)" in out
    assert _as_before(json.loads(pinned_cli("show", "1", "--json"))) == _as_before(before)
    [back] = inbox(pinned_cli)
    assert back["id"] == row["id"] and back["item_id"] is None
    # And it can be linked again.
    assert "→ #1 (gekoppeld, geen nieuw item)" in pinned_cli("register", "link", str(row["id"]), "1")


def test_tying_a_deadline_to_a_meeting_and_undoing_it_is_one_step(env: Any, pinned_cli: Cli) -> None:
    store = Store.open(str(env))
    take_records(store, records(entity("activiteit", guid(4), {
        "soort": "Plenair debat (tweeminutendebat)", "nummer": "2025A04002", "onderwerp": "Tweeminutendebat Zeden",
        "datumSoort": "Dag", "datum": "2025-04-23T00:00:00", "status": "Gepland"})))
    store.close()
    pinned_cli("add", "termijn", "Inbreng tweeminutendebat", "--due", "2025-04-30")
    before = json.loads(pinned_cli("show", "1", "--json"))
    pinned_cli("link", "1", "2025A04002")
    tied = json.loads(pinned_cli("show", "1", "--json"))
    assert (tied["due"], tied["registers"]) == ("2025-04-23", ["2025A04002"])
    assert len(tied["history"]) == len(before["history"]) + 1
    assert "koppeling met het register weggehaald: 2025A04002" in pinned_cli("undo")
    assert _as_before(json.loads(pinned_cli("show", "1", "--json"))) == _as_before(before)
