"""Sync runs against the fake portal on 127.0.0.1: paging, faults, resume, merge and the mirror."""

from __future__ import annotations

import json
from typing import Any

import pytest

from kamertaak.store.queries import get_item
from kamertaak.store.register import INBOX, RegisterMirror
from kamertaak.store.service import Store
from kamertaak.sync.client import ClientSettings, RegisterClient, SyncError
from kamertaak.sync.merge import link_record
from kamertaak.sync.tweedekamer import SyncInterrupted, SyncOptions, sync_register
from tests.sync.conftest import Fault, Portal, Sleeps
from tests.sync.shapes import besluit, motie, toezegging

COMMITMENTS = SyncOptions(categories=("Toezegging",))
MOTIONS = SyncOptions(categories=("Motie",))


def five(portal: Portal) -> None:
    """Five commitments over three pages (page size 2), one with a status nobody documented."""
    portal.toezeggingen = [
        toezegging("TZ202412-116", changed="2025-01-02T10:00:00+01:00", due="2025-03-31T00:00:00+02:00"),
        toezegging("TZ202504-057", status="Afgedaan", changed="2025-04-02T10:00:00+02:00",
                   naam="Madlener, B.", functie="Minister van Infrastructuur en Waterstaat",
                   ministerie="Infrastructuur en Waterstaat", committee="Infrastructuur en Waterstaat"),
        toezegging("TZ202402-164", status="Afgedaan", changed="2025-02-03T10:00:00+01:00"),
        toezegging("TZ202603-130", changed="2025-04-04T10:00:00", due="0001-01-01T00:00:00Z"),  # no zone, no date
        toezegging("TZ202503-010", status="Nagekomen (ten dele)", changed="2025-04-05T10:00:00Z"),
    ]


def oplog_count(store: Store) -> int:
    return int(store.db.scalar("SELECT COUNT(*) FROM oplog"))


def mirror(store: Store) -> RegisterMirror:
    return RegisterMirror(store.db, store.stamp)


def follow_everything(store: Store) -> None:
    mirror(store).add_rule(text="de")


def test_paging_over_several_pages_fills_the_mirror(tk_store: Store, client: RegisterClient,
                                                     portal: Portal) -> None:
    five(portal)
    summary = sync_register(tk_store, client, COMMITMENTS)
    assert (summary.new, summary.updated, summary.unchanged, summary.pages) == (5, 0, 0, 3)
    rows = {r["number"]: r for r in mirror(tk_store).search()}
    assert set(rows) == {"TZ202412-116", "TZ202504-057", "TZ202402-164", "TZ202603-130", "TZ202503-010"}
    assert rows["TZ202603-130"]["due"] is None and rows["TZ202412-116"]["due"] == "2025-03-31"
    odd = rows["TZ202503-010"]
    assert (odd["raw_status"], odd["status"], bool(odd["status_unknown"])) == ("Nagekomen (ten dele)", None, True)
    assert summary.unknown_statuses == [{"number": "TZ202503-010", "kind": "commitment",
                                         "raw_status": "Nagekomen (ten dele)"}]
    assert json.loads(odd["raw"])["Status"] == "Nagekomen (ten dele)"  # the register's record is kept whole
    # Paged with @odata.nextLink; oldest change first; the watermark is the newest change taken in.
    assert len([r for r in portal.requests if "Toezegging" in r]) == 3
    assert "%24orderby=GewijzigdOp%20asc" in portal.requests[0] or "$orderby=GewijzigdOp%20asc" in portal.requests[0]
    assert mirror(tk_store).position("odata:Toezegging") == "2025-04-05T10:00:00Z"
    # Nothing in the tracker without a follow rule.
    assert tk_store.db.scalar("SELECT COUNT(*) FROM item") == 0


def test_follow_rules_fill_the_inbox_or_with_accept_the_tracker(tk_store: Store, client: RegisterClient,
                                                                portal: Portal) -> None:
    five(portal)
    m = mirror(tk_store)
    m.add_rule(ministry="infrastructuur")
    summary = sync_register(tk_store, client, COMMITMENTS)
    assert summary.inbox == 1 and summary.items_created == 0
    assert [r["number"] for r in m.search(inbox=True)] == ["TZ202504-057"]
    m.add_rule(member="wiersma", text="brief")
    assert m.triage_existing(m.rules()[-1]) == 4  # the other four, all by Wiersma, now wait in the inbox
    portal.toezeggingen.append(toezegging("TZ202504-100", changed="2025-04-08T10:00:00Z"))
    summary = sync_register(tk_store, client, SyncOptions(categories=("Toezegging",), accept=True))
    assert summary.items_created == 1 and summary.new == 1
    item = tk_store.db.one("SELECT * FROM item WHERE external_id IS NOT NULL")
    assert item is not None and item["source"] == "tweedekamer" and item["status"] == "open"
    assert {r["source"] for r in tk_store.db.query("SELECT source FROM oplog WHERE item_id = :i",
                                                   {"i": item["id"]})} == {"tweedekamer"}
    assert m.by_number("TZ202504-100")["item_id"] == item["id"]


def test_a_resync_that_changes_nothing_writes_nothing(tk_store: Store, client: RegisterClient,
                                                      portal: Portal) -> None:
    five(portal)
    follow_everything(tk_store)
    sync_register(tk_store, client, SyncOptions(categories=("Toezegging",), accept=True))
    before = oplog_count(tk_store)
    assert before > 0
    again = sync_register(tk_store, client, COMMITMENTS)
    # The overlap before the watermark brings the newest records back: recognised, left alone.
    assert (again.new, again.updated, again.deleted, again.items_updated) == (0, 0, 0, 0)
    assert again.unchanged >= 1
    full = sync_register(tk_store, client, SyncOptions(categories=("Toezegging",), since=_date("2024-01-01")))
    assert full.unchanged == 5 and oplog_count(tk_store) == before


def _date(text: str) -> Any:
    import datetime as dt

    return dt.date.fromisoformat(text)


def test_merge_updates_official_fields_and_keeps_the_users(tk_store: Store, client: RegisterClient,
                                                           portal: Portal) -> None:
    ident = "fa9b16b4-0000-4000-8000-000000000057"
    portal.toezeggingen = [toezegging("TZ202504-057", ident=ident, changed="2025-04-02T10:00:00Z",
                                      due="2025-06-30T00:00:00+02:00")]
    follow_everything(tk_store)
    sync_register(tk_store, client, SyncOptions(categories=("Toezegging",), accept=True))
    item_id = int(tk_store.db.scalar("SELECT id FROM item WHERE external_id = :e", {"e": ident}))
    tk_store.update_item(item_id, {"owner": "anna", "priority": "hoog", "stance": "steunen",
                                   "next_action": "Bellen met het ministerie", "due": "2025-05-15"})
    tk_store.add_note(item_id, "Eigen notitie")
    tk_store.add_reminder(item_id, at="2025-05-01")
    # The register moves on: fulfilled, a new due date and a reworded text.
    portal.toezeggingen = [toezegging("TZ202504-057", ident=ident, status="Afgedaan",
                                      changed="2025-04-09T10:00:00Z", due="2025-09-01T00:00:00+02:00",
                                      tekst="De Kamer krijgt voor de zomer een brief.")]
    summary = sync_register(tk_store, client, COMMITMENTS)
    assert summary.updated == 1 and summary.items_updated == 1
    item = get_item(tk_store.db, item_id, tk_store.today())
    assert item is not None
    assert (item["status"], item["raw_status"], item["text"]) == ("done", "Afgedaan",
                                                                 "De Kamer krijgt voor de zomer een brief.")
    assert (item["owner"], item["priority"], item["stance"], item["next_action"]) == (
        "anna", "hoog", "steunen", "Bellen met het ministerie")
    assert item["due"] == "2025-05-15"  # the user's own due date stays
    assert [n["text"] for n in item["notes"]] == ["Eigen notitie"] and len(item["reminders"]) == 1
    status_entry = [h for h in item["history"] if h["action"] == "status"][-1]
    assert status_entry["source"] == "tweedekamer"
    assert status_entry["changes"] == {"status": ["open", "done"], "raw_status": ["Openstaand", "Afgedaan"]}


def test_the_registers_due_date_follows_until_the_user_sets_one(tk_store: Store, client: RegisterClient,
                                                                portal: Portal) -> None:
    ident = "79a2206a-0000-4000-8000-000000000116"
    portal.toezeggingen = [toezegging("TZ202412-116", ident=ident, changed="2025-04-02T10:00:00Z")]
    follow_everything(tk_store)
    sync_register(tk_store, client, SyncOptions(categories=("Toezegging",), accept=True))
    item_id = int(tk_store.db.scalar("SELECT id FROM item WHERE external_id = :e", {"e": ident}))
    assert tk_store.db.scalar("SELECT due FROM item WHERE id = :i", {"i": item_id}) is None  # 0001: no date
    portal.toezeggingen[0] = toezegging("TZ202412-116", ident=ident, changed="2025-04-09T10:00:00Z",
                                        due="2025-07-01T00:00:00+02:00")
    sync_register(tk_store, client, COMMITMENTS)
    assert tk_store.db.scalar("SELECT due FROM item WHERE id = :i", {"i": item_id}) == "2025-07-01"


def test_a_deletion_in_the_register_marks_the_item_and_keeps_the_notes(tk_store: Store, client: RegisterClient,
                                                                       portal: Portal) -> None:
    ident = "159e3e36-0000-4000-8000-000000000164"
    portal.toezeggingen = [toezegging("TZ202402-164", ident=ident, changed="2025-04-02T10:00:00Z")]
    follow_everything(tk_store)
    sync_register(tk_store, client, SyncOptions(categories=("Toezegging",), accept=True))
    item_id = int(tk_store.db.scalar("SELECT id FROM item WHERE external_id = :e", {"e": ident}))
    tk_store.add_note(item_id, "Navragen bij de griffie")
    portal.toezeggingen = [toezegging("", ident=ident, deleted=True, changed="2025-04-09T10:00:00Z"),
                           toezegging("", deleted=True, changed="2025-04-09T11:00:00Z")]  # one we never had
    summary = sync_register(tk_store, client, COMMITMENTS)
    assert (summary.deleted, summary.ignored) == (1, 1)
    item = get_item(tk_store.db, item_id, tk_store.today())
    assert item is not None and item["register_deleted"] and item["title"] and item["status"] == "open"
    assert [n["text"] for n in item["notes"]] == ["Navragen bij de griffie"]
    assert mirror(tk_store).get(ident)["deleted"]


def test_a_500_then_success_and_a_429_with_retry_after(tk_store: Store, portal: Portal) -> None:
    five(portal)
    portal.faults = [Fault("Toezegging", 500, body="Internal Server Error"),
                     Fault("Toezegging", 429, headers={"Retry-After": "1"})]
    sleeps = Sleeps()
    settings = ClientSettings(base_url=portal.url, backoff_base=0.001, page_pause=0)
    with RegisterClient(settings, sleep=sleeps) as client:
        summary = sync_register(tk_store, client, COMMITMENTS)
        assert client.retried == 2
    assert summary.new == 5
    assert sleeps == [0.001, 1.0]  # exponential backoff, then the server's Retry-After


def test_retries_are_bounded(tk_store: Store, portal: Portal) -> None:
    five(portal)
    portal.faults = [Fault("Toezegging", 503) for _ in range(5)]
    settings = ClientSettings(base_url=portal.url, backoff_base=0.001, retries=2, page_pause=0)
    with RegisterClient(settings, sleep=Sleeps()) as client, pytest.raises(SyncInterrupted, match="HTTP 503"):
        sync_register(tk_store, client, COMMITMENTS)
    assert tk_store.db.scalar("SELECT COUNT(*) FROM register_record") == 0


def test_a_truncated_page_is_a_clear_error_and_the_rerun_resumes_without_duplicates(
        tk_store: Store, client: RegisterClient, portal: Portal) -> None:
    five(portal)
    follow_everything(tk_store)
    # The first page arrives whole, the second is cut off half way.
    portal.faults = [Fault("Toezegging", truncate=True, skip=1)]
    with pytest.raises(SyncInterrupted, match="onvolledig of ongeldig JSON") as failed:
        sync_register(tk_store, client, SyncOptions(categories=("Toezegging",), accept=True))
    assert failed.value.summary.new == 2  # page one is in, page two not half of it
    assert tk_store.db.scalar("SELECT COUNT(*) FROM register_record") == 2
    assert tk_store.db.scalar("SELECT COUNT(*) FROM item") == 2
    assert mirror(tk_store).position("odata:Toezegging") == "2025-02-03T09:00:00Z"
    summary = sync_register(tk_store, client, SyncOptions(categories=("Toezegging",), accept=True))
    assert summary.new == 3
    assert tk_store.db.scalar("SELECT COUNT(*) FROM register_record") == 5
    assert tk_store.db.scalar("SELECT COUNT(*) FROM item") == 5
    numbers = [r["value"] for r in tk_store.db.query("SELECT value FROM register_ref")]
    assert len(numbers) == len(set(numbers)) == 5


def test_a_record_missing_a_field_names_it_and_writes_nothing_of_its_page(
        tk_store: Store, client: RegisterClient, portal: Portal) -> None:
    five(portal)
    del portal.toezeggingen[3]["Nummer"]  # lands on page two (sorted by change time)
    with pytest.raises(SyncInterrupted, match="veld 'Nummer' ontbreekt") as failed:
        sync_register(tk_store, client, COMMITMENTS)
    assert "niet opgeslagen" in str(failed.value)
    assert tk_store.db.scalar("SELECT COUNT(*) FROM register_record") == 2


def test_a_body_without_value_names_what_is_missing(tk_store: Store, client: RegisterClient,
                                                    portal: Portal) -> None:
    portal.faults = [Fault("Toezegging", 200, headers={"Content-Type": "application/json"},
                           body='{"error": {"message": "Er ging iets mis"}}')]
    with pytest.raises(SyncError, match=r"mist 'value'.*gevonden: error"):
        sync_register(tk_store, client, COMMITMENTS)


def test_a_next_link_to_another_server_is_not_followed(tk_store: Store, client: RegisterClient,
                                                       portal: Portal) -> None:
    five(portal)
    portal.next_host = "http://192.0.2.1:9"  # TEST-NET: never contacted, refused before any request
    with pytest.raises(SyncInterrupted, match="andere server"):
        sync_register(tk_store, client, COMMITMENTS)


def test_dry_run_counts_and_writes_nothing(tk_store: Store, client: RegisterClient, portal: Portal) -> None:
    five(portal)
    follow_everything(tk_store)
    summary = sync_register(tk_store, client, SyncOptions(categories=("Toezegging",), accept=True, dry_run=True))
    assert summary.new == 5 and summary.items_created == 5 and summary.dry_run
    assert tk_store.db.scalar("SELECT COUNT(*) FROM register_record") == 0
    assert tk_store.db.scalar("SELECT COUNT(*) FROM item") == 0 and oplog_count(tk_store) == 0
    assert mirror(tk_store).position("odata:Toezegging") is None


def test_motions_their_outcome_and_a_move_the_lifecycle_forbids(tk_store: Store, client: RegisterClient,
                                                                portal: Portal) -> None:
    ident = "e10688d3-ba68-457b-a2a1-95dae0ee7e2e"
    portal.zaken = [
        motie("2025Z20036", ident=ident, dossier=("36600", None), volgnummer=12, appreciatie="Ontijdig"),
        motie("2025Z22235", indieners=[("Bikker", "ChristenUnie"), ("Erkens", "VVD")], besluiten=[
            besluit("Stemmen - aangenomen", changed="2025-11-25T15:23:38+01:00", votes=[("VVD", "Voor", 24)])]),
    ]
    mirror(tk_store).add_rule(party="VVD")
    summary = sync_register(tk_store, client, SyncOptions(categories=("Motie",), accept=True))
    assert summary.items_created == 2
    rows = {r["value"]: r for r in tk_store.db.query(
        "SELECT r.value, i.* FROM register_ref r JOIN item i ON i.id = r.item_id")}
    assert rows["2025Z22235"]["status"] == "adopted" and rows["21501-20, nr. 2333"]["id"] == rows["2025Z22235"]["id"]
    assert rows["36600, nr. 12"]["status"] == "submitted"
    held_id = rows["2025Z20036"]["id"]
    # The vote: rejected (submitted → rejected is allowed).
    portal.zaken[0] = motie("2025Z20036", ident=ident, dossier=("36600", None), volgnummer=12,
                            changed="2025-11-26T10:00:00Z",
                            besluiten=[besluit("Stemmen - verworpen", changed="2025-11-25T15:23:38+01:00")])
    sync_register(tk_store, client, MOTIONS)
    assert tk_store.db.scalar("SELECT status FROM item WHERE id = :i", {"i": held_id}) == "rejected"
    # A later correction to 'aangenomen' cannot be walked from rejected: reported, not forced.
    portal.zaken[0] = motie("2025Z20036", ident=ident, dossier=("36600", None), volgnummer=12,
                            changed="2025-11-27T10:00:00Z",
                            besluiten=[besluit("Stemmen - aangenomen", changed="2025-11-27T09:00:00Z")])
    summary = sync_register(tk_store, client, MOTIONS)
    assert len(summary.conflicts) == 1 and "2025Z20036" in summary.conflicts[0]
    item = tk_store.db.one("SELECT status, raw_status FROM item WHERE id = :i", {"i": held_id})
    assert item == {"status": "rejected", "raw_status": "Stemmen - aangenomen"}


def test_a_hand_made_item_linked_to_a_record_keeps_its_words(tk_store: Store, client: RegisterClient,
                                                             portal: Portal) -> None:
    five(portal)
    sync_register(tk_store, client, COMMITMENTS)
    item_id = tk_store.add_item("commitment", "Brief over extra acties", due="2025-06-01", owner="piet")
    m = mirror(tk_store)
    record = m.by_number("tz202504-057")
    changed, conflict = link_record(tk_store, m, item_id, record)
    assert changed and conflict is None
    item = get_item(tk_store.db, item_id, tk_store.today())
    assert item is not None
    assert (item["title"], item["due"], item["owner"]) == ("Brief over extra acties", "2025-06-01", "piet")
    assert (item["status"], item["raw_status"], item["external_id"]) == ("done", "Afgedaan", record["external_id"])
    assert "TZ202504-057" in item["registers"]
    link_entry = next(h for h in item["history"] if "external_id" in h["changes"])
    assert link_entry["source"] == "user"
    assert m.by_number("TZ202504-057")["triage"] == "accepted"


def test_syncfeed_resumes_from_its_skiptoken_and_applies_tombstones(tk_store: Store, client: RegisterClient,
                                                                     portal: Portal) -> None:
    ns = 'xmlns="http://www.tweedekamer.nl/xsd/tkData/v1-0"'

    def entity(ident: str, nummer: str, status: str, deleted: str = "false") -> str:
        if deleted != "false":
            return f'<toezegging {ns} id="{ident}" verwijderd="{deleted}" bijgewerkt="2025-04-03T10:00:00"/>'
        return (f'<toezegging {ns} id="{ident}" verwijderd="false" bijgewerkt="2025-04-01T10:00:00">'
                f"<nummer>{nummer}</nummer><tekst>Tekst van {nummer}</tekst><status>{status}</status>"
                f"<datumNakoming>0001-01-01T00:00:00Z</datumNakoming><ministerie>Financiën</ministerie>"
                f"<toegezegdAan/></toezegging>")

    portal.feed = [entity("a", "TZ202501-001", "Openstaand"), entity("b", "TZ202501-002", "Openstaand"),
                   entity("a", "TZ202501-001", "Voldaan")]  # a second version of the same entity
    feed = SyncOptions(categories=("Toezegging",), via="syncfeed")
    summary = sync_register(tk_store, client, feed)
    assert (summary.new, summary.updated) == (2, 1)
    m = mirror(tk_store)
    assert m.get("a")["status"] == "done" and m.position("syncfeed:Toezegging") == "3"
    portal.feed.append(entity("b", "", "", deleted="True"))
    portal.requests.clear()
    summary = sync_register(tk_store, client, feed)
    assert summary.deleted == 1 and m.get("b")["deleted"]
    assert "skiptoken=3" in portal.requests[0]


def test_inbox_survives_and_dismissed_records_stay_out(tk_store: Store, client: RegisterClient,
                                                       portal: Portal) -> None:
    five(portal)
    m = mirror(tk_store)
    m.add_rule(text="brief")
    sync_register(tk_store, client, COMMITMENTS)
    inbox = m.search(inbox=True)
    assert len(inbox) == 5 and {r["triage"] for r in inbox} == {INBOX}
    m.set_triage(inbox[0]["id"], "dismissed")
    assert len(m.search(inbox=True)) == 4
    assert [r["number"] for r in m.search("madlener")] == ["TZ202504-057"]


def _two_motions(portal: Portal, ident: str) -> None:
    """A motion without a decision, and a later one that moves the motions' watermark past it (so
    the next motion pass, overlap and all, does not read the first again)."""
    portal.zaken = [motie("2025Z20036", ident=ident, dossier=("36600", None), volgnummer=12,
                          changed="2025-11-20T10:00:00Z"),
                    motie("2025Z22235", indieners=[("Bikker", "ChristenUnie")], changed="2025-11-24T10:00:00Z")]


def test_a_decision_published_later_moves_the_motion(tk_store: Store, client: RegisterClient,
                                                     portal: Portal) -> None:
    ident = "e10688d3-ba68-457b-a2a1-95dae0ee7e2e"
    _two_motions(portal, ident)
    m = mirror(tk_store)
    m.add_rule(party="VVD")
    sync_register(tk_store, client, SyncOptions(categories=("Motie",), accept=True))
    item_id = int(tk_store.db.scalar("SELECT id FROM item WHERE external_id = :e", {"e": ident}))
    assert tk_store.db.scalar("SELECT status FROM item WHERE id = :i", {"i": item_id}) == "submitted"
    assert m.position("odata:Motie") == "2025-11-24T10:00:00Z"
    # The vote is published; the Zaak itself is not marked changed.
    portal.zaken[0]["Besluit"].append(besluit("Stemmen - aangenomen", changed="2025-11-25T15:23:38+01:00",
                                              votes=[("VVD", "Voor", 24), ("PVV", "Tegen", 37)]))
    portal.requests.clear()
    summary = sync_register(tk_store, client, MOTIONS)
    assert (summary.decisions, summary.updated, summary.items_updated) == (1, 1, 1)
    assert any("/Zaak?" in r and ident in r for r in portal.requests)  # read again, by its id
    item = get_item(tk_store.db, item_id, tk_store.today())
    assert item is not None and (item["status"], item["raw_status"]) == ("adopted", "Stemmen - aangenomen")
    moved = [h for h in item["history"] if h["action"] == "status"][-1]
    assert moved["source"] == "tweedekamer"
    assert moved["changes"] == {"status": ["submitted", "adopted"], "raw_status": [None, "Stemmen - aangenomen"]}
    record = m.get(ident)
    assert record["raw_status"] == "Stemmen - aangenomen"
    assert json.loads(record["record"])["votes"] == {"Voor": ["VVD"], "Tegen": ["PVV"]}
    assert m.position("odata:Besluit") == "2025-11-25T14:23:38Z"
    assert m.position("odata:Motie") == "2025-11-24T10:00:00Z"  # the Zaak did not change
    # Again: the decision is seen (overlap) but already held, so the motion is not even asked for.
    before = oplog_count(tk_store)
    portal.requests.clear()
    again = sync_register(tk_store, client, MOTIONS)
    assert (again.new, again.updated, again.items_updated, again.decisions) == (0, 0, 0, 1)
    assert oplog_count(tk_store) == before
    assert not any("Id%20eq" in r or "Id eq" in r for r in portal.requests)


def test_the_decision_pass_resumes_after_a_failure_and_sees_a_deleted_decision(
        tk_store: Store, client: RegisterClient, portal: Portal) -> None:
    ident = "e10688d3-ba68-457b-a2a1-95dae0ee7e2e"
    _two_motions(portal, ident)
    mirror(tk_store).add_rule(party="VVD")
    sync_register(tk_store, client, SyncOptions(categories=("Motie",), accept=True))
    decision = besluit("Stemmen - aangenomen", changed="2025-11-25T15:23:38+01:00")
    portal.zaken[0]["Besluit"].append(decision)
    # The motion pass's request goes through; reading the motion again is cut off half way.
    portal.faults = [Fault("/Zaak", truncate=True, skip=1)]
    with pytest.raises(SyncInterrupted, match="onvolledig"):
        sync_register(tk_store, client, MOTIONS)
    m = mirror(tk_store)
    assert m.position("odata:Besluit") is None  # not moved onto the decision it did not take in
    assert tk_store.db.scalar("SELECT status FROM item WHERE external_id = :e", {"e": ident}) == "submitted"
    assert sync_register(tk_store, client, MOTIONS).items_updated == 1
    assert tk_store.db.scalar("SELECT status FROM item WHERE external_id = :e", {"e": ident}) == "adopted"
    # The decision is withdrawn from the register: its tombstone has no link left, the mirror knows
    # which motion held it. Back to submitted is no move the lifecycle allows: reported, not forced.
    portal.zaken[0]["Besluit"] = []
    portal.deleted_besluiten = [{"Id": decision["Id"], "BesluitSoort": None, "Status": None, "Zaak": [],
                                 "GewijzigdOp": "2025-11-26T09:00:00Z", "Verwijderd": True}]
    summary = sync_register(tk_store, client, MOTIONS)
    assert summary.decisions == 1 and summary.updated == 1 and len(summary.conflicts) == 1
    record = m.get(ident)
    assert record["raw_status"] is None and json.loads(record["record"])["decisions"] == []
    assert tk_store.db.scalar("SELECT status FROM item WHERE external_id = :e", {"e": ident}) == "adopted"


def test_since_later_than_the_position_leaves_it_and_the_next_run_reads_the_gap(
        tk_store: Store, client: RegisterClient, portal: Portal) -> None:
    five(portal)
    later = portal.toezeggingen[1:]
    portal.toezeggingen = [portal.toezeggingen[0], portal.toezeggingen[2]]  # January and February
    sync_register(tk_store, client, COMMITMENTS)
    m = mirror(tk_store)
    assert m.position("odata:Toezegging") == "2025-02-03T09:00:00Z"
    # March comes in, then April: a run from April must not mark March as read.
    portal.toezeggingen = [*portal.toezeggingen, toezegging("TZ202503-001", changed="2025-03-01T10:00:00Z"),
                           *[t for t in later if t["Nummer"] != "TZ202402-164"]]
    summary = sync_register(tk_store, client, SyncOptions(categories=("Toezegging",), since=_date("2025-04-01")))
    assert summary.new == 3 and summary.positions_kept == ["odata:Toezegging"]
    assert m.position("odata:Toezegging") == "2025-02-03T09:00:00Z"
    assert m.get(portal.toezeggingen[2]["Id"]) is None  # March: not read
    summary = sync_register(tk_store, client, COMMITMENTS)
    assert (summary.new, summary.positions_kept) == (1, [])
    assert m.position("odata:Toezegging") == "2025-04-05T10:00:00Z"
    # A --since before the position reads on without a gap: the position follows what it read.
    portal.toezeggingen.append(toezegging("TZ202504-200", changed="2025-04-07T10:00:00Z"))
    summary = sync_register(tk_store, client, SyncOptions(categories=("Toezegging",), since=_date("2025-03-01")))
    assert summary.new == 1 and m.position("odata:Toezegging") == "2025-04-07T10:00:00Z"


def test_since_later_than_the_positions_of_motions_and_decisions_keeps_both(
        tk_store: Store, client: RegisterClient, portal: Portal) -> None:
    ident = "e10688d3-ba68-457b-a2a1-95dae0ee7e2e"
    _two_motions(portal, ident)
    sync_register(tk_store, client, MOTIONS)
    m = mirror(tk_store)
    positions = (m.position("odata:Motie"), m.position("odata:Besluit"))
    portal.zaken[0]["Besluit"].append(besluit("Stemmen - verworpen", changed="2025-11-25T15:23:38+01:00"))
    portal.zaken.append(motie("2025Z23000", changed="2025-12-05T10:00:00Z"))
    summary = sync_register(tk_store, client, SyncOptions(categories=("Motie",), since=_date("2025-12-01")))
    assert summary.new == 1 and summary.positions_kept == ["odata:Motie", "odata:Besluit"]
    assert (m.position("odata:Motie"), m.position("odata:Besluit")) == positions
    assert m.get(ident)["raw_status"] is None  # the November vote was before --since: not read yet
    summary = sync_register(tk_store, client, MOTIONS)
    assert m.get(ident)["raw_status"] == "Stemmen - verworpen"
    assert m.position("odata:Besluit") == "2025-11-25T14:23:38Z"
