"""The TUI agenda on what follows a debate: a meeting among the items is a coming debate (Enter opens
it) and, once held, history rather than late; a recurring commitment shows its next occurrence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pilot_tools import SIZE, settle
from textual.widgets import OptionList

from kamertaak.store.service import Store
from kamertaak.tui.screens.agenda import AgendaScreen
from kamertaak.tui.screens.detail import DetailScreen


def _texts(app: Any) -> list[str]:
    return [str(getattr(o.prompt, "plain", o.prompt)) for o in app.screen.query_one("#agenda-list", OptionList).options]


async def test_a_meeting_is_a_coming_debate_and_a_held_one_is_not_late(make_app: Any, db_path: Path) -> None:
    store = Store.open(str(db_path))
    coming = store.add_item("deadline", "Commissiedebat Strafrechtketen", due="2025-04-16")
    store.add_item("deadline", "Stemmingen over de moties", due="2025-03-25")
    yearly = store.add_item("commitment", "Voortgangsbrief strafrechtketen", due="jaarlijks vóór het zomerreces")
    store.db.execute("UPDATE item SET due = '2024-07-04' WHERE id = :i", {"i": yearly})  # stored a year ago
    store.close()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        texts = _texts(app)
        debates = texts[next(i for i, t in enumerate(texts) if t.startswith("Komende debatten")):]
        assert debates[0] == "Komende debatten (2)"
        assert any("16 april 2025" in t and f"#{coming}" in t and "Commissiedebat" in t for t in debates)
        overdue = texts[:texts.index("Vandaag (1)")]
        assert not any("Stemmingen" in t or "Commissiedebat" in t or "Voortgangsbrief" in t for t in overdue)
        assert not any("Voortgangsbrief" in t and "te laat" in t for t in texts)
        menu = app.screen.query_one("#agenda-list", OptionList)
        menu.highlighted = menu.get_option_index(f"item:{coming}")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen) and app.screen.item_id == coming
        await pilot.press("escape")
        assert isinstance(app.screen, AgendaScreen)


async def test_the_motions_board_shows_the_appreciation(make_app: Any, db_path: Path) -> None:
    from kamertaak.tui.screens.boards import BoardScreen
    from kamertaak.tui.widgets.board.card import Card

    store = Store.open(str(db_path))
    motion = store.add_item("motion", "Motie-Kröger: warmtewet", status="submitted", appreciation="ontraden")
    store.close()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        assert isinstance(app.screen, BoardScreen)
        await pilot.press("2")  # the board of moties
        await settle(pilot)
        cards = {c.item["id"]: c for c in app.screen.query(Card)}
        shown = cards[motion].render()
        text = str(getattr(shown, "plain", shown))
        assert "Motie-Kröger" in text and "kabinet: Ontraden" in text


async def test_the_triage_picker_keeps_a_long_date_apart_from_the_debate(make_app: Any, db_path: Path) -> None:
    from kamertaak.tui.screens.triage_source import TriageSourceScreen

    store = Store.open(str(db_path))
    store.add_debate("Voortgang maatregelen strafrechtketen", date="2024-09-23",
                     source_text="Den Haag, 23 september 2024\n\nVoortgang maatregelen strafrechtketen\n")
    store.close()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("T")
        await settle(pilot)
        assert isinstance(app.screen, TriageSourceScreen)
        texts = [str(getattr(o.prompt, "plain", o.prompt))
                 for o in app.screen.query_one("#triage-debates", OptionList).options]
        assert any(t.startswith("23 september 2024 debat · Voortgang")
                   for t in texts), texts
