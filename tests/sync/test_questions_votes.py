"""Written questions and motion votes from SyncFeed pages in the XSD's element names: a question's due
date and status follow its documents; a vote is counted per party as the Kamer records it (facts 9 and
17); a motion's outcome comes from its vote decision, also when that is published after the motion."""

from __future__ import annotations

from kamertaak.store import queries
from kamertaak.store.register import RegisterMirror
from kamertaak.store.service import Store
from kamertaak.store.votes import motion_facts
from kamertaak.sync.followup import take_records
from kamertaak.sync.merge import accept_record
from tests.sync.kamer_feed import entity, guid, records

QUESTION, ASKER, COASKER, MINISTER = guid(10), guid(11), guid(12), guid(13)
ASKED_DOC, DELAY_DOC, ANSWER_DOC = guid(14), guid(15), guid(16)
MOTION, FILED, VOTED, POINT, MEETING, SUBMITTER, COSIGNER = (guid(n) for n in range(20, 27))


def question_case() -> list[str]:
    return [
        entity("zaak", QUESTION, {"nummer": "2025Z06123", "soort": "Schriftelijke vragen",
                                  "onderwerp": "Vragen over wachtlijsten in de vrouwenopvang",
                                  "gestartOp": "2025-04-01T00:00:00", "vergaderjaar": "2024-2025"}),
        entity("zaakActor", ASKER, {"actorNaam": "Mutluer", "actorFractie": "GroenLinks-PvdA",
                                    "relatie": "Indiener"}, {"zaak": QUESTION}),
        entity("zaakActor", COASKER, {"actorNaam": "Van Nispen", "actorFractie": "SP", "relatie": "Medeindiener"},
               {"zaak": QUESTION}),
        entity("zaakActor", MINISTER, {"actorNaam": "D.M. van Weel", "functie": "minister van Justitie en Veiligheid",
                                       "relatie": "Gericht aan"}, {"zaak": QUESTION}),
        entity("document", ASKED_DOC, {"soort": "Schriftelijke vragen", "documentNummer": "2025D14001",
                                       "onderwerp": "Vragen van het lid Mutluer", "datum": "2025-04-01T00:00:00"},
               {"zaak": QUESTION}),
    ]


def item_of(store: Store, external_id: str) -> dict:
    item_id = store.db.scalar("SELECT id FROM item WHERE external_id = :e", {"e": external_id})
    view = queries.get_item(store.db, int(item_id), store.today())
    assert view is not None
    return view


def test_a_question_to_a_followed_ministry_waits_in_the_inbox_and_is_due_in_three_weeks(store: Store) -> None:
    mirror = RegisterMirror(store.db, store.stamp)
    mirror.add_rule(ministry="Justitie en Veiligheid")
    done = take_records(store, records(*question_case()))
    assert (done.questions_new, done.inbox) == (1, 1)
    [row] = mirror.search(inbox=True)
    assert (row["kind"], row["number"], row["status"], row["due"]) == ("question", "2025Z06123", "asked", "2025-04-22")
    assert row["people"] == "Mutluer; Van Nispen; D.M. van Weel" and row["ministry"] == "Justitie en Veiligheid"
    item_id = accept_record(store, mirror, row)
    view = queries.get_item(store.db, item_id, store.today())
    assert view is not None
    assert (view["kind_label"], view["status_label"], view["due"]) == ("kamervraag", "gesteld", "2025-04-22")
    assert [a["name"] for a in view["actors"]] == ["Mutluer", "Van Nispen", "D.M. van Weel"]


def test_a_postponement_notice_moves_the_answer_to_six_weeks_and_an_answer_closes_it(store: Store) -> None:
    mirror = RegisterMirror(store.db, store.stamp)
    mirror.add_rule(member="Mutluer")
    take_records(store, records(*question_case()), accept=True)
    delay = entity("document", DELAY_DOC, {"soort": "Mededeling (uitstel antwoord)", "documentNummer": "2025D16002",
                                           "datum": "2025-04-21T00:00:00"}, {"zaak": QUESTION})
    # The child owns the link: the case itself does not change.
    take_records(store, records(delay))
    view = item_of(store, QUESTION)
    assert (view["status"], view["due"]) == ("postponed", "2025-05-13")
    answer = entity("document", ANSWER_DOC, {"soort": "Antwoord schriftelijke vragen", "documentNummer": "2025D19003",
                                             "datum": "2025-05-09T00:00:00"}, {"zaak": QUESTION})
    take_records(store, records(answer))
    view = item_of(store, QUESTION)
    assert (view["status"], view["status_label"], view["open"]) == ("answered", "beantwoord", False)
    assert view["raw_status"] == "Antwoord schriftelijke vragen"


def motion_case(*, appreciation: str = "Oordeel Kamer") -> list[str]:
    return [
        entity("zaak", MOTION, {"nummer": "2025Z06500", "soort": "Motie", "onderwerp":
                                "Motie van het lid Van Nispen over 12 miljoen voor opvangplaatsen uiterlijk"
                                " voor de zomer", "gestartOp": "2025-04-08T00:00:00",
                                "kabinetsappreciatie": appreciation}),
        entity("zaakActor", SUBMITTER, {"actorNaam": "Van Nispen", "actorFractie": "SP", "relatie": "Indiener"},
               {"zaak": MOTION}),
        entity("zaakActor", COSIGNER, {"actorNaam": "Mutluer", "actorFractie": "GroenLinks-PvdA",
                                       "relatie": "Medeindiener"}, {"zaak": MOTION}),
        # The filing decision, with a change time as late as any vote's.
        entity("besluit", FILED, {"besluitSoort": "Ingediend", "status": "Besluit", "besluitTekst": "Ingediend."},
               {"zaak": MOTION}, changed="2025-04-15T18:00:00Z"),
    ]


def vote_decision(kind: str, text: str = "Aangenomen.", soort: str = "Stemmen - aangenomen") -> list[str]:
    return [
        entity("activiteit", MEETING, {"soort": "Stemmingen", "nummer": "2025A03001", "onderwerp": "Stemmingen",
                                       "datum": "2025-04-15T00:00:00", "status": "Uitgevoerd"}),
        entity("agendapunt", POINT, {"onderwerp": "Stemmingen over moties", "volgorde": "3"},
               {"activiteit": MEETING}),
        entity("besluit", VOTED, {"stemmingsSoort": kind, "besluitSoort": soort, "besluitTekst": text,
                                  "status": "Besluit", "agendapuntZaakBesluitVolgorde": "2"},
               {"agendapunt": POINT, "zaak": MOTION}, changed="2025-04-15T17:00:00Z"),
    ]


def vote(n: int, party: str, choice: str, seats: int, *, person: str | None = None, mistake: bool = False) -> str:
    fields = {"soort": choice, "fractieGrootte": str(seats), "actorNaam": party, "actorFractie": party,
              "vergissing": "true" if mistake else "false"}
    return entity("stemming", guid(100 + n), fields, {"besluit": VOTED, **({"persoon": person} if person else {})})


def tracked_motion(store: Store) -> int:
    item_id = store.add_item("motion", "Motie-Van Nispen: 12 miljoen voor opvangplaatsen", status="submitted",
                             due="2025-04-01")
    store.update_item(item_id, {"external_id": MOTION})
    return item_id


def test_a_show_of_hands_counts_dissenters_apart_from_their_party(store: Store) -> None:
    tracked_motion(store)
    rows = [vote(1, "VVD", "Tegen", 24), vote(2, "GroenLinks-PvdA", "Voor", 25), vote(3, "SP", "Voor", 5),
            # Three of a 7-seat party vote apart: the party row stays, each dissenter has a row of their own.
            vote(4, "NSC", "Voor", 7), vote(5, "NSC", "Tegen", 7, person=guid(201)),
            vote(6, "NSC", "Tegen", 7, person=guid(202)), vote(7, "NSC", "Tegen", 7, person=guid(203)),
            vote(8, "PVV", "Niet deelgenomen", 37),
            # A duplicated row (issue #167) and a correction row count for nothing.
            vote(9, "SP", "Voor", 5), vote(10, "VVD", "Voor", 24, mistake=True)]
    take_records(store, records(*motion_case(), *vote_decision("Met handopsteken"), *rows))
    facts = motion_facts(store.db, MOTION)
    assert facts is not None and facts.decision is not None and facts.decision.soort == "Stemmen - aangenomen"
    votes = facts.votes()
    assert votes is not None and (votes["for"], votes["against"]) == (25 + 5 + 4, 24 + 3)
    parties = {p["party"]: (p["seats"], p["for"], p["against"]) for p in votes["parties"]}  # type: ignore[index]
    assert parties == {"VVD": (24, 0, 24), "GroenLinks-PvdA": (25, 25, 0), "SP": (5, 5, 0), "NSC": (7, 4, 3),
                       "PVV": (37, 0, 0)}
    assert facts.appreciation == "Oordeel Kamer"
    assert (facts.submitters, facts.cosigners) == (["Van Nispen (SP)"], ["Mutluer (GroenLinks-PvdA)"])


def test_a_roll_call_counts_one_per_member(store: Store) -> None:
    tracked_motion(store)
    members = [vote(1, "VVD", "Voor", 24, person=guid(301)), vote(2, "VVD", "Tegen", 24, person=guid(302)),
               vote(3, "SP", "Voor", 5, person=guid(303)), vote(4, "SP", "Voor", 5, person=guid(304)),
               vote(5, "PVV", "Niet deelgenomen", 37, person=guid(305))]
    take_records(store, records(*motion_case(), *vote_decision("Hoofdelijk"), *members))
    facts = motion_facts(store.db, MOTION)
    assert facts is not None
    votes = facts.votes()
    assert votes is not None and (votes["for"], votes["against"]) == (3, 1)
    parties = {p["party"]: (p["seats"], p["for"], p["against"]) for p in votes["parties"]}  # type: ignore[index]
    assert parties == {"VVD": (2, 1, 1), "SP": (2, 2, 0), "PVV": (1, 0, 0)}


def test_an_outcome_published_later_comes_from_the_vote_not_the_filing_and_sets_the_dictum_deadline(
        store: Store) -> None:
    item_id = tracked_motion(store)
    take_records(store, records(*motion_case()))
    view = queries.get_item(store.db, item_id, store.today())
    assert view is not None and view["status"] == "submitted"  # filed is no outcome
    # A week later the vote decision and the votes arrive; the case row itself does not change.
    take_records(store, records(*vote_decision("Met handopsteken"), vote(1, "SP", "Voor", 5),
                                vote(2, "VVD", "Tegen", 24)))
    view = queries.get_item(store.db, item_id, store.today())
    assert view is not None
    assert (view["status"], view["raw_status"]) == ("adopted", "Stemmen - aangenomen")
    # No longer late: due is the dictum's "voor de zomer", read from the vote's date.
    assert (view["due"], view["due_phrase"], view["overdue"]) == ("2025-07-03", "uiterlijk voor de zomer", False)


def test_an_adopted_motion_without_a_deadline_in_its_dictum_has_no_due_date(store: Store) -> None:
    item_id = tracked_motion(store)
    case = motion_case()
    case[0] = entity("zaak", MOTION, {"nummer": "2025Z06500", "soort": "Motie",
                                      "onderwerp": "Motie van het lid Van Nispen over opvangplaatsen"})
    take_records(store, records(*case, *vote_decision("Met handopsteken"), vote(1, "SP", "Voor", 5)))
    view = queries.get_item(store.db, item_id, store.today())
    assert view is not None and (view["status"], view["due"], view["overdue"]) == ("adopted", None, False)


def test_a_vote_published_again_does_not_undo_a_motion_partly_carried_out(store: Store) -> None:
    """The government reports the adopted motion partly carried out and the user records it; the same
    vote decision delivered again (a correction to the votes, say) leaves it deels uitgevoerd."""
    item_id = tracked_motion(store)
    take_records(store, records(*motion_case(), *vote_decision("Met handopsteken"), vote(1, "SP", "Voor", 5)))
    store.set_status(item_id, "partial")
    take_records(store, records(*vote_decision("Met handopsteken"), vote(1, "SP", "Voor", 5),
                                vote(2, "VVD", "Tegen", 24)))
    view = queries.get_item(store.db, item_id, store.today())
    assert view is not None and (view["status"], view["status_label"]) == ("partial", "deels uitgevoerd")
