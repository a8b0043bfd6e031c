"""Sync runs against the stand-ins on 127.0.0.1, through both routes: paging, positions, faults,
the commitment and motion assembly, the merge into items and the mirror."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kamertaak.store.queries import get_item
from kamertaak.store.register import RegisterMirror
from kamertaak.store.service import Store
from kamertaak.sync.client import ClientSettings, RegisterClient
from kamertaak.sync.merge import link_record
from kamertaak.sync.tweedekamer import (
    COMMITMENT_CATEGORIES,
    MOTION_CATEGORIES,
    SyncInterrupted,
    SyncOptions,
    sync_register,
)
from tests.sync.conftest import Sleeps
from tests.sync.shapes import activity, commitment, decide, document, member, motion
from tests.sync.standin import Fault, StandIn

NOW = dt.datetime(2025, 4, 10, 10, 0, tzinfo=dt.UTC)
ROUTES = ["syncfeed", "odata"]


@pytest.fixture(params=ROUTES)
def via(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def sync(store: Store, client: RegisterClient, via: str, categories: tuple[str, ...] = COMMITMENT_CATEGORIES,
         **options: object) -> object:
    return sync_register(store, client, SyncOptions(via=via, categories=categories, now=NOW, **options))  # type: ignore[arg-type]


def mirror(store: Store) -> RegisterMirror:
    return RegisterMirror(store.db, store.stamp)


def row_title(store: Store, item_id: int) -> str:
    return str(store.db.scalar("SELECT title FROM item WHERE id = :i", {"i": item_id}))


def oplog_count(store: Store) -> int:
    return int(store.db.scalar("SELECT COUNT(*) FROM oplog"))


def five(standin: StandIn) -> dict[str, str]:
    """Five commitments made in one debate, to a member and a party, one fulfilled by two letters, two
    with statuses outside the schema's four (Afgedaan is seen live: kept and flagged)."""
    w = standin.world
    debate = activity(w)
    bikker, _cu = member(w, "Bikker", "ChristenUnie", roepnaam="Mirjam")
    vvd = member(w, "Erkens", "VVD")[1]
    letters = [document(w, "2025D11111"), document(w, "2025D22222")]
    return {
        "TZ202412-116": commitment(w, "TZ202412-116", changed="2025-01-02T10:00:00+01:00", activiteit=debate,
                                   due="2025-03-31T00:00:00+02:00", to=[bikker]),
        "TZ202504-057": commitment(w, "TZ202504-057", status="Voldaan", changed="2025-04-02T10:00:00.1234567Z",
                                   minister=("Madlener, B.", "Minister van Infrastructuur en Waterstaat"),
                                   ministerie="Infrastructuur en Waterstaat", letters=letters, to=[vvd]),
        "TZ202402-164": commitment(w, "TZ202402-164", status="Afgedaan", changed="2025-02-03T10:00:00+01:00"),
        "TZ202603-130": commitment(w, "TZ202603-130", changed="2025-04-04T10:00:00"),  # no zone: local time
        "TZ202503-010": commitment(w, "TZ202503-010", status="Nagekomen (ten dele)", changed="2025-04-05T10:00:00Z"),
    }


def test_commitments_fill_the_mirror_with_whom_they_were_made_to(tk_store: Store, client: RegisterClient,
                                                                 standin: StandIn, via: str) -> None:
    five(standin)
    summary = sync(tk_store, client, via)
    assert (summary.new, summary.updated, summary.unchanged) == (5, 0, 0)  # type: ignore[attr-defined]
    rows = {r["number"]: r for r in mirror(tk_store).search()}
    assert set(rows) == {"TZ202412-116", "TZ202504-057", "TZ202402-164", "TZ202603-130", "TZ202503-010"}
    first = rows["TZ202412-116"]
    assert first["due"] == "2025-03-31" and rows["TZ202603-130"]["due"] is None
    # Made to Mirjam Bikker, whose party comes from her seat (Fractielabel is empty for members).
    assert (first["people"], first["parties"]) == ("Wiersma, F.M.; Mirjam Bikker", "ChristenUnie")
    assert first["committee"] == "Landbouw, Visserij, Voedselzekerheid en Natuur"
    letters = json.loads(rows["TZ202504-057"]["record"])["letters"]
    assert letters == ["2025D11111", "2025D22222"] and rows["TZ202504-057"]["parties"] == "VVD"
    assert rows["TZ202504-057"]["status"] == "done"
    for number, raw in (("TZ202402-164", "Afgedaan"), ("TZ202503-010", "Nagekomen (ten dele)")):
        assert (rows[number]["raw_status"], rows[number]["status"], bool(rows[number]["status_unknown"])) == (
            raw, None, True)
    assert {u["raw_status"] for u in summary.unknown_statuses} == {"Afgedaan", "Nagekomen (ten dele)"}  # type: ignore[attr-defined]
    position = mirror(tk_store).position(f"{via}:toezegging")
    if via == "odata":
        assert position == "2025-04-05T10:00:00.000000Z"  # the newest ApiGewijzigdOp taken in
    else:
        assert position == str(max(v.token for v in standin.world.versions if v.category == "toezegging"))
    assert tk_store.db.scalar("SELECT COUNT(*) FROM item") == 0  # nothing in the tracker without a rule


def test_follow_rules_fill_the_inbox_or_with_accept_the_tracker(tk_store: Store, client: RegisterClient,
                                                                standin: StandIn, via: str) -> None:
    five(standin)
    m = mirror(tk_store)
    m.add_rule(ministry="infrastructuur")
    summary = sync(tk_store, client, via)
    assert summary.inbox == 1 and summary.items_created == 0  # type: ignore[attr-defined]
    assert [r["number"] for r in m.search(inbox=True)] == ["TZ202504-057"]
    m.add_rule(party="ChristenUnie")
    commitment(standin.world, "TZ202504-100", changed="2025-04-08T10:00:00Z",
               to=[next(v.id for v in standin.world.versions if v.category == "persoon")])
    summary = sync(tk_store, client, via, accept=True)
    assert summary.items_created == 1 and summary.new == 1  # type: ignore[attr-defined]
    item = tk_store.db.one("SELECT * FROM item WHERE external_id IS NOT NULL")
    assert item is not None and item["source"] == "tweedekamer" and item["status"] == "open"
    assert m.by_number("TZ202504-100")["item_id"] == item["id"]


def test_a_resync_that_changes_nothing_writes_nothing(tk_store: Store, client: RegisterClient,
                                                      standin: StandIn, via: str) -> None:
    five(standin)
    mirror(tk_store).add_rule(text="de")
    sync(tk_store, client, via, accept=True)
    before = oplog_count(tk_store)
    assert before > 0
    again = sync(tk_store, client, via)
    assert (again.new, again.updated, again.deleted, again.items_updated) == (0, 0, 0, 0)  # type: ignore[attr-defined]
    assert oplog_count(tk_store) == before


def test_the_register_moves_on_and_the_users_own_layer_stays(tk_store: Store, client: RegisterClient,
                                                             standin: StandIn, via: str) -> None:
    ids = five(standin)
    ident = ids["TZ202412-116"]
    mirror(tk_store).add_rule(text="de")
    sync(tk_store, client, via, accept=True)
    item_id = int(tk_store.db.scalar("SELECT id FROM item WHERE external_id = :e", {"e": ident}))
    tk_store.update_item(item_id, {"owner": "anna", "priority": "hoog", "next_action": "Bellen", "due": "2025-05-15"})
    tk_store.add_note(item_id, "Eigen notitie")
    commitment(standin.world, "TZ202412-116", ident=ident, status="Voldaan", changed="2025-04-09T10:00:00Z",
               due="2025-09-01T00:00:00+02:00", tekst="De Kamer krijgt voor de zomer een brief.")
    summary = sync(tk_store, client, via)
    assert summary.updated == 1 and summary.items_updated == 1  # type: ignore[attr-defined]
    item = get_item(tk_store.db, item_id, tk_store.today())
    assert item is not None
    assert (item["status"], item["raw_status"], item["text"]) == ("done", "Voldaan",
                                                                 "De Kamer krijgt voor de zomer een brief.")
    assert (item["owner"], item["priority"], item["next_action"], item["due"]) == ("anna", "hoog", "Bellen",
                                                                                  "2025-05-15")
    assert [n["text"] for n in item["notes"]] == ["Eigen notitie"]
    status = [h for h in item["history"] if h["action"] == "status"][-1]
    assert status["source"] == "tweedekamer"


def test_a_deletion_in_the_register_marks_the_item_and_keeps_the_notes(tk_store: Store, client: RegisterClient,
                                                                       standin: StandIn, via: str) -> None:
    ident = five(standin)["TZ202402-164"]
    mirror(tk_store).add_rule(text="de")
    sync(tk_store, client, via, accept=True)
    item_id = int(tk_store.db.scalar("SELECT id FROM item WHERE external_id = :e", {"e": ident}))
    tk_store.add_note(item_id, "Navragen bij de griffie")
    standin.world.delete("toezegging", ident, changed="2025-04-09T10:00:00Z")
    summary = sync(tk_store, client, via)
    assert summary.deleted == 1  # type: ignore[attr-defined]
    item = get_item(tk_store.db, item_id, tk_store.today())
    assert item is not None and item["register_deleted"] and item["title"]
    assert [n["text"] for n in item["notes"]] == ["Navragen bij de griffie"]


def test_a_500_then_a_429_with_retry_after_then_success(tk_store: Store, standin: StandIn, via: str) -> None:
    five(standin)
    where = "Feed?category=Toezegging" if via == "syncfeed" else "/Toezegging?"
    standin.faults = [Fault(where, 500, body=b"Internal Server Error"), Fault(where, 429, headers={"Retry-After": "1"})]
    sleeps = Sleeps()
    settings = ClientSettings(base_url=standin.url, backoff_base=0.001, page_pause=0)
    with RegisterClient(settings, sleep=sleeps) as client:
        summary = sync(tk_store, client, via)
        assert client.retried == 2
    assert summary.new == 5  # type: ignore[attr-defined]
    assert sleeps == [0.001, 1.0]  # exponential backoff, then the server's Retry-After


def test_a_broken_page_is_one_line_and_the_rerun_resumes_without_duplicates(
        tk_store: Store, client: RegisterClient, standin: StandIn, via: str) -> None:
    five(standin)
    mirror(tk_store).add_rule(text="de")
    where = "Toezegging"
    standin.faults = [Fault(where, truncate=True, skip=1)]  # the second page of commitments breaks off
    with pytest.raises(SyncInterrupted, match="onvolledig of ongeldig") as failed:
        sync(tk_store, client, via, accept=True)
    assert "niet opgeslagen" in str(failed.value) or "onvolledig" in str(failed.value)
    assert failed.value.summary.new == 3  # the first page (three records) is in, none of the second
    assert tk_store.db.scalar("SELECT COUNT(*) FROM register_record") == 3
    summary = sync(tk_store, client, via, accept=True)
    assert summary.new == 2  # type: ignore[attr-defined]
    numbers = [r["value"] for r in tk_store.db.query("SELECT value FROM register_ref")]
    assert len(numbers) == len(set(numbers)) == 5


def test_a_wrongly_typed_field_is_named_and_nothing_of_its_page_is_kept(
        tk_store: Store, client: RegisterClient, standin: StandIn, via: str) -> None:
    w = standin.world
    party = w.put("fractie", changed="2024-01-01T10:00:00Z", afkorting="GL", aantalZetels="drie")
    del party
    with pytest.raises(SyncInterrupted, match=r"fractie .*: veld 'aantalZetels' is geen geheel getal \('drie'\)"):
        sync(tk_store, client, via)
    assert tk_store.db.scalar("SELECT COUNT(*) FROM register_entity") == 0
    assert mirror(tk_store).position(f"{via}:fractie") is None


def test_dry_run_counts_and_writes_nothing(tk_store: Store, client: RegisterClient, standin: StandIn,
                                           via: str) -> None:
    five(standin)
    mirror(tk_store).add_rule(text="de")
    summary = sync(tk_store, client, via, accept=True, dry_run=True)
    assert summary.new == 5 and summary.items_created == 5 and summary.dry_run  # type: ignore[attr-defined]
    assert tk_store.db.scalar("SELECT COUNT(*) FROM register_record") == 0
    assert tk_store.db.scalar("SELECT COUNT(*) FROM register_entity") == 0
    assert tk_store.db.scalar("SELECT COUNT(*) FROM item") == 0
    assert mirror(tk_store).position(f"{via}:toezegging") is None


def test_a_hand_made_item_linked_to_a_record_keeps_its_words(tk_store: Store, client: RegisterClient,
                                                             standin: StandIn) -> None:
    five(standin)
    sync(tk_store, client, "syncfeed")
    item_id = tk_store.add_item("commitment", "Brief over extra acties", due="2025-06-01", owner="piet")
    m = mirror(tk_store)
    record = m.by_number("tz202504-057")
    changed, conflict = link_record(tk_store, m, item_id, record)
    assert changed and conflict is None
    item = get_item(tk_store.db, item_id, tk_store.today())
    assert item is not None
    assert (item["title"], item["due"], item["owner"]) == ("Brief over extra acties", "2025-06-01", "piet")
    assert (item["status"], item["raw_status"]) == ("done", "Voldaan")


# -- motions ---------------------------------------------------------------------------------------------


def test_a_motion_its_kamerstuk_submitters_and_the_vote_decision_beside_the_filing_one(
        tk_store: Store, client: RegisterClient, standin: StandIn, via: str) -> None:
    w = standin.world
    m = motion(w, "2025Z22235", indieners=[("Bikker", "ChristenUnie"), ("Erkens", "VVD")])
    same = "2025-03-25T15:23:38.3670000+01:00"  # the bulk rewrite gives both decisions one change time
    decide(w, m, "Stemmen - aangenomen", meeting="2025-03-25T00:00:00", changed=same,
           votes=[("VVD", "Voor", 24), ("SP", "Tegen", 5), ("ChristenUnie", "Voor", 3)])
    decide(w, m, "Ingediend", meeting="2025-03-19T00:00:00", changed=same)
    decide(w, m, "Stemmen - verworpen", meeting="2025-03-27T00:00:00", changed=same, status="Voorstel")
    mirror(tk_store).add_rule(party="VVD")
    summary = sync(tk_store, client, via, MOTION_CATEGORIES, accept=True)
    assert summary.items_created == 1  # type: ignore[attr-defined]
    row = mirror(tk_store).by_number("2025Z22235")
    assert (row["status"], row["raw_status"], row["kamerstuk"]) == ("adopted", "Stemmen - aangenomen",
                                                                    "21501-20, nr. 2333")
    record = json.loads(row["record"])
    assert record["votes"] == {"Voor": ["VVD", "ChristenUnie"], "Tegen": ["SP"]}
    assert record["tally"] == {"Voor": 27, "Tegen": 5}
    assert (row["people"], row["parties"]) == ("Bikker; Erkens", "ChristenUnie; VVD")
    assert row["committee"] == "vaste commissie voor Europese Zaken"
    assert record["appreciation"] == "Oordeel Kamer"


def test_an_outcome_published_later_moves_the_motion_though_its_zaak_did_not_change(
        tk_store: Store, client: RegisterClient, standin: StandIn, via: str) -> None:
    w = standin.world
    m = motion(w, "2025Z20036")
    mirror(tk_store).add_rule(party="VVD")
    sync(tk_store, client, via, MOTION_CATEGORIES, accept=True)
    item_id = int(tk_store.db.scalar("SELECT id FROM item WHERE kind = 'motion'"))
    assert tk_store.db.scalar("SELECT status FROM item WHERE id = :i", {"i": item_id}) == "submitted"
    # The vote: new Besluit and Stemming rows pointing at the Zaak; the Zaak row itself stays as it was.
    decide(w, m, "Stemmen - verworpen", meeting="2025-04-01T00:00:00", changed="2025-04-01T16:00:00Z",
           votes=[("VVD", "Tegen", 24), ("SP", "Voor", 5)])
    summary = sync(tk_store, client, via, MOTION_CATEGORIES)
    assert summary.items_updated == 1  # type: ignore[attr-defined]
    item = tk_store.db.one("SELECT status, raw_status FROM item WHERE id = :i", {"i": item_id})
    assert item == {"status": "rejected", "raw_status": "Stemmen - verworpen"}
    # A later correction to 'aangenomen' cannot be walked from rejected: reported, not forced.
    decide(w, m, "Stemmen - aangenomen", meeting="2025-04-08T00:00:00", changed="2025-04-08T16:00:00Z")
    summary = sync(tk_store, client, via, MOTION_CATEGORIES)
    assert summary.conflicts == [  # type: ignore[attr-defined]
        f"{row_title(tk_store, item_id)}: stemming zegt 'Stemmen - aangenomen', maar rejected → adopted mag niet"
        f" voor item {item_id}"]


def test_votes_roll_call_and_dissenters_count_as_the_kamer_counts_them(
        tk_store: Store, client: RegisterClient, standin: StandIn, via: str) -> None:
    w = standin.world
    show = motion(w, "2025Z10001", volgnummer=10)
    # Show of hands: a 7-seat party with 3 dissenters counts 4 + 3, not 7 + 3; a mistake is left out.
    decide(w, show, "Stemmen - aangenomen", meeting="2025-03-25T00:00:00", changed="2025-03-25T16:00:00Z",
           votes=[("PVV", "Voor", 37), ("NSC", "Tegen", 7)],
           members=[("Omtzigt", "NSC", "Voor"), ("Holman", "NSC", "Voor"), ("Van Vroonhoven", "NSC", "Voor")])
    roll = motion(w, "2025Z10002", volgnummer=11)
    decide(w, roll, "Stemmen - verworpen", meeting="2025-03-26T00:00:00", changed="2025-03-26T16:00:00Z",
           stemmingssoort="Hoofdelijk",
           members=[("Bikker", "ChristenUnie", "Voor"), ("Grinwis", "ChristenUnie", "Tegen"), ("Dijk", "SP", "Tegen")])
    sync(tk_store, client, via, MOTION_CATEGORIES)
    shown = json.loads(mirror(tk_store).by_number("2025Z10001")["record"])
    assert shown["tally"] == {"Voor": 40, "Tegen": 4}
    assert shown["votes"] == {"Voor": ["PVV", "NSC"], "Tegen": ["NSC"]}  # a split party on both sides
    called = json.loads(mirror(tk_store).by_number("2025Z10002")["record"])
    assert called["tally"] == {"Voor": 1, "Tegen": 2}
    assert called["votes"] == {"Voor": ["ChristenUnie"], "Tegen": ["ChristenUnie", "SP"]}


# -- positions ---------------------------------------------------------------------------------------------


def test_odata_resumes_on_api_change_time_so_late_loaded_records_are_not_skipped(
        tk_store: Store, client: RegisterClient, standin: StandIn) -> None:
    five(standin)
    sync(tk_store, client, "odata")
    # After an outage a record appears with an old GewijzigdOp but a new ApiGewijzigdOp.
    commitment(standin.world, "TZ202409-001", changed="2025-04-09T08:00:00Z", source_changed="2024-09-01T10:00:00Z")
    summary = sync(tk_store, client, "odata")
    assert summary.new == 1 and mirror(tk_store).by_number("TZ202409-001") is not None  # type: ignore[attr-defined]
    assert "ApiGewijzigdOp%20ge%202025-04-05T10%3A00%3A00Z" in standin.requests[-1].replace(":", "%3A") or any(
        "ApiGewijzigdOp ge 2025-04-05T10:00:00Z" in r.replace("%20", " ") for r in standin.requests)


def test_a_change_time_in_the_future_is_taken_in_but_never_saved_as_the_position(
        tk_store: Store, client: RegisterClient, standin: StandIn) -> None:
    five(standin)
    commitment(standin.world, "TZ203001-001", changed="2030-01-01T00:00:00Z")
    summary = sync(tk_store, client, "odata")
    assert summary.new == 6  # type: ignore[attr-defined]
    assert mirror(tk_store).position("odata:toezegging") == "2025-04-05T10:00:00.000000Z"
    assert summary.positions_refused == ["odata:toezegging: 2030-01-01T00:00:00.000000Z"]  # type: ignore[attr-defined]


def test_the_feed_comes_back_with_its_token_as_received(tk_store: Store, client: RegisterClient,
                                                        standin: StandIn) -> None:
    five(standin)
    sync(tk_store, client, "syncfeed")
    token = mirror(tk_store).position("syncfeed:toezegging")
    standin.requests.clear()
    commitment(standin.world, "TZ202504-200", changed="2025-04-09T10:00:00Z")
    summary = sync(tk_store, client, "syncfeed")
    assert summary.new == 1  # type: ignore[attr-defined]
    asked = [r for r in standin.requests if "category=Toezegging" in r]
    assert f"skiptoken={token}" in asked[0]


def test_since_later_than_the_position_leaves_it(tk_store: Store, client: RegisterClient, standin: StandIn) -> None:
    five(standin)
    sync(tk_store, client, "odata")
    summary = sync(tk_store, client, "odata", since=dt.date(2025, 4, 9))
    assert "odata:toezegging" in summary.positions_kept  # type: ignore[attr-defined]
    assert mirror(tk_store).position("odata:toezegging") == "2025-04-05T10:00:00.000000Z"


def test_a_position_an_older_version_saved_on_gewijzigdop_is_not_read_on(tk_store: Store, client: RegisterClient,
                                                                         standin: StandIn) -> None:
    five(standin)
    mirror(tk_store).set_position("odata:Toezegging", "2025-04-05T00:00:00Z")  # before 2026-12: GewijzigdOp
    summary = sync(tk_store, client, "odata")
    assert summary.new == 5  # type: ignore[attr-defined]
    assert "odata:Toezegging" not in summary.positions and "odata:toezegging" in summary.positions  # type: ignore[attr-defined]


# -- the agenda and written questions, through the run -----------------------------------------------------


def test_a_moved_and_a_cancelled_activity_and_a_postponed_then_answered_question(
        tk_store: Store, client: RegisterClient, standin: StandIn, via: str) -> None:
    w = standin.world
    m = mirror(tk_store)
    m.add_rule(committee="Justitie en Veiligheid")
    m.add_rule(member="Mutluer")
    debate = activity(w, "2025A02180", datum="2025-04-16T00:00:00", onderwerp="Zeden en (on)veiligheid vrouwen",
                      committee="vaste commissie voor Justitie en Veiligheid", changed="2025-04-01T10:00:00Z")
    other = activity(w, "2025A02181", datum="2025-04-17T00:00:00", onderwerp="Gevangeniswezen",
                     committee="vaste commissie voor Justitie en Veiligheid", changed="2025-04-01T10:00:00Z")
    question = w.put("zaak", changed="2025-04-01T10:00:00Z", nummer="2025Z06123", soort="Schriftelijke vragen",
                     onderwerp="Vragen over wachtlijsten in de vrouwenopvang", gestartOp="2025-04-01T00:00:00")
    w.put("zaakActor", changed="2025-04-01T10:00:00Z", zaak=question, actorNaam="Mutluer",
          actorFractie="GroenLinks-PvdA", relatie="Indiener")
    w.put("zaakActor", changed="2025-04-01T10:00:00Z", zaak=question, actorNaam="D.M. van Weel",
          functie="minister van Justitie en Veiligheid", relatie="Gericht aan")
    document(w, "2025D14001", soort="Schriftelijke vragen", zaak=question, changed="2025-04-01T10:00:00Z")
    summary = sync(tk_store, client, via, MOTION_CATEGORIES, accept=True)
    assert summary.debates_created == 2 and summary.items_created == 1  # type: ignore[attr-defined]
    item_id = int(tk_store.db.scalar("SELECT id FROM item WHERE kind = 'question'"))
    assert tk_store.db.one("SELECT status, due FROM item WHERE id = :i", {"i": item_id}) == {
        "status": "asked", "due": "2025-04-22"}
    # The Kamer moves one meeting, cancels the other; the minister postpones the answer.
    w.put("activiteit", debate, changed="2025-04-05T10:00:00Z", nummer="2025A02180", soort="Commissiedebat",
          onderwerp="Zeden en (on)veiligheid vrouwen", datum="2025-04-16T00:00:00", status="Verplaatst",
          voortouwnaam="vaste commissie voor Justitie en Veiligheid")
    w.put("activiteit", changed="2025-04-05T10:00:00Z", nummer="2025A02311", soort="Commissiedebat",
          onderwerp="Zeden en (on)veiligheid vrouwen", datum="2025-05-14T00:00:00", status="Gepland",
          voortouwnaam="vaste commissie voor Justitie en Veiligheid", vervangenVanuit=debate)
    w.put("activiteit", other, changed="2025-04-05T10:00:00Z", nummer="2025A02181", soort="Commissiedebat",
          onderwerp="Gevangeniswezen", datum="2025-04-17T00:00:00", status="Geannuleerd",
          voortouwnaam="vaste commissie voor Justitie en Veiligheid")
    document(w, "2025D16002", soort="Mededeling (uitstel antwoord)", zaak=question, changed="2025-04-05T10:00:00Z",
             datum="2025-04-05T00:00:00")
    sync(tk_store, client, via, MOTION_CATEGORIES)
    debates = {d["title"]: d for d in tk_store.db.query("SELECT title, date, status, number FROM debate")}
    assert (debates["Zeden en (on)veiligheid vrouwen"]["date"], debates["Zeden en (on)veiligheid vrouwen"]["number"]) \
        == ("2025-05-14", "2025A02311")
    assert debates["Gevangeniswezen"]["status"] == "cancelled"
    assert tk_store.db.one("SELECT status, due FROM item WHERE id = :i", {"i": item_id}) == {
        "status": "postponed", "due": "2025-05-13"}
    document(w, "2025D19003", soort="Antwoord schriftelijke vragen", zaak=question, changed="2025-04-09T10:00:00Z",
             datum="2025-04-09T00:00:00")
    sync(tk_store, client, via, MOTION_CATEGORIES)
    assert tk_store.db.scalar("SELECT status FROM item WHERE id = :i", {"i": item_id}) == "answered"


def test_a_motion_whose_family_comes_on_several_pages_counts_once(tk_store: Store, client: RegisterClient,
                                                                  standin: StandIn, via: str) -> None:
    w = standin.world
    for n in range(4):
        m = motion(w, f"2025Z1000{n}", volgnummer=n + 1)
        decide(w, m, "Stemmen - aangenomen", meeting="2025-03-25T00:00:00", changed="2025-03-25T16:00:00Z",
               votes=[("VVD", "Voor", 24)])
    summary = sync(tk_store, client, via, MOTION_CATEGORIES)
    assert (summary.new, summary.updated, summary.unchanged) == (4, 0, 0)  # type: ignore[attr-defined]
    assert summary.pages > 4  # type: ignore[attr-defined]  # zaak, actors, decisions, votes: pages apart
