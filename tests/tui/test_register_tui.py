"""The register in the TUI: the inbox says which tracked item a record probably is and k links it (no
duplicate), undo sends an accepted record back to the inbox, the detail screen shows a motion's vote
per party, and the agenda shows the Kamer's meetings with their time and a cancellation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pilot_tools import SIZE, notes_of, plain, settle
from textual.widgets import OptionList, Static

from kamertaak.store.register import RegisterMirror
from kamertaak.store.service import Store
from kamertaak.sync.followup import take_records
from kamertaak.tui.screens.inbox import RegisterInboxScreen
from tests.sync.kamer_feed import entity, guid, records
from tests.sync.test_questions_votes import MOTION, motion_case, question_case, vote, vote_decision


def seed(db_path: Path, rule: dict[str, str] | None = None) -> Store:
    store = Store.open(str(db_path))
    if rule:
        RegisterMirror(store.db, store.stamp).add_rule(**rule)
    return store


def tracked_question(db_path: Path, due: str | None = None) -> int:
    """Mutluer's Kamervragen tracked by hand, and the register's record of them waiting in the inbox."""
    store = seed(db_path, rule={"member": "Mutluer"})
    try:
        item_id = store.add_item("question", "Vragen over wachtlijsten in de vrouwenopvang",
                                 actors=["Mutluer (GL-PvdA)"], due=due)
        take_records(store, records(*question_case()))
    finally:
        store.close()
    return item_id


async def test_the_inbox_suggests_the_tracked_item_and_k_links_it(make_app: Any, db_path: Path) -> None:
    item_id = tracked_question(db_path, due="2025-04-22")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, RegisterInboxScreen)
        [line] = [str(o.prompt.plain) for o in screen.query_one("#inbox-list", OptionList).options]
        assert "2025Z06123" in line and "kamervraag" in line
        assert "gesteld door Mutluer (GroenLinks-PvdA), Van Nispen (SP) aan D.M. van Weel" in line
        assert f"lijkt op #{item_id} Vragen over wachtlijsten in de vrouwenopvang" in line and "k: koppelen" in line
        await pilot.press("k")
        await settle(pilot)
        assert any(f"2025Z06123 gekoppeld aan #{item_id} (geen nieuw item)" in n for n in notes_of(app))
        assert screen.query_one("#inbox-list", OptionList).option_count == 0
    check = Store.open(str(db_path))
    try:
        assert check.db.scalar("SELECT COUNT(*) FROM item WHERE kind = 'question'") == 1
        assert check.db.scalar("SELECT external_id FROM item WHERE id = :i", {"i": item_id}) == guid(10)
    finally:
        check.close()


async def test_k_says_which_due_date_the_link_brought(make_app: Any, db_path: Path) -> None:
    item_id = tracked_question(db_path)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        await pilot.press("k")
        await settle(pilot)
        said = f"2025Z06123 gekoppeld aan #{item_id} (geen nieuw item); termijn geen → 22 april 2025"
        assert any(note.endswith(said) for note in notes_of(app))


async def test_undo_of_an_accept_returns_the_record_to_the_inbox(make_app: Any, db_path: Path) -> None:
    store = seed(db_path, rule={"ministry": "Justitie"})
    try:
        take_records(store, records(*question_case()))
    finally:
        store.close()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        screen = app.screen
        await pilot.press("a")
        await settle(pilot)
        assert any("2025Z06123 opgenomen als item #" in n for n in notes_of(app))
        assert screen.query_one("#inbox-list", OptionList).option_count == 0
        await pilot.press("u")
        await settle(pilot)
        assert screen.query_one("#inbox-list", OptionList).option_count == 1
        assert "1 record wacht" in plain(screen.query_one("#inbox-status", Static))


async def test_the_detail_screen_shows_a_motions_vote_appreciation_and_cosigners(make_app: Any,
                                                                                 db_path: Path) -> None:
    store = seed(db_path)
    try:
        item_id = store.add_item("motion", "Motie-Van Nispen: 12 miljoen voor opvangplaatsen", status="submitted")
        store.update_item(item_id, {"external_id": MOTION})
        take_records(store, records(*motion_case(appreciation="Ontraden"), *vote_decision("Met handopsteken"),
                                    vote(1, "SP", "Voor", 5), vote(2, "VVD", "Tegen", 24),
                                    vote(3, "NSC", "Voor", 7), vote(4, "NSC", "Tegen", 7, person=guid(201))))
    finally:
        store.close()
    app = make_app()
    async with app.run_test(size=(120, 60)) as pilot:
        await settle(pilot)
        app.open_item(item_id)
        await settle(pilot)
        fields = plain(app.screen.query_one("#detail-fields", Static))
        for part in ("aangenomen", "appreciatie: Ontraden", "Mutluer (GroenLinks-PvdA)",
                     "Stemmen - aangenomen, 15 april 2025 (met handopsteken): 11 voor, 25 tegen",
                     "VVD (24 zetels): tegen", "NSC (7 zetels): 6 voor, 1 tegen", "SP (5 zetels): voor"):
            assert part in fields, part


async def test_the_agenda_shows_the_kamers_meetings_with_time_and_cancellation(make_app: Any, db_path: Path) -> None:
    store = seed(db_path, rule={"committee": "J&V"})
    try:
        take_records(store, records(
            entity("activiteit", guid(1), {"soort": "Commissiedebat", "nummer": "2025A02180",
                                           "onderwerp": "Gevangeniswezen", "datum": "2025-04-15T00:00:00",
                                           "aanvangstijd": "2025-04-15T10:00:00", "status": "Gepland",
                                           "voortouwafkorting": "J&V"}),
            entity("activiteit", guid(2), {"soort": "Commissiedebat", "nummer": "2025A02181",
                                           "onderwerp": "Politie", "datum": "2025-04-17T00:00:00",
                                           "status": "Geannuleerd", "voortouwafkorting": "J&V"})))
    finally:
        store.close()
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        lines = [str(o.prompt.plain) for o in app.screen.query_one(OptionList).options]
        held = next(line for line in lines if "Gevangeniswezen" in line)
        assert "15 april 2025 10:00" in held and "2025A02180" in held and "geannuleerd" not in held
        cancelled = next(line for line in lines if "Politie" in line)
        assert "geannuleerd" in cancelled
