"""The triage screen on the demo debate's text: accept, reject, edit, duplicates, a file as the source."""

from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path
from typing import Any

import pytest
from pilot_tools import SIZE, plain, settle
from textual import events
from textual.widgets import Input, Label, OptionList, Select, Static, TextArea

from kamertaak import config
from kamertaak.core.extract import extract
from kamertaak.core.kinds import DomainError
from kamertaak.store.queries import get_item
from kamertaak.store.service import Store
from kamertaak.tui.due_preview import preview_due
from kamertaak.tui.messages import StoreChanged
from kamertaak.tui.screens.triage import TriageScreen, shown_span, shown_text
from kamertaak.tui.screens.triage_date import DebateDateScreen, debate_day
from kamertaak.tui.screens.triage_edit import TriageEditScreen, edited_candidate
from kamertaak.tui.screens.triage_source import TriageSourceScreen, file_source

DEMO_TEXT = Path(__file__).parents[2] / "kamertaak" / "data" / "demo" / "commissiedebat-2025-04-03.txt"
DEBATE_DATE = dt.date(2025, 4, 3)


def notes_of(app: Any) -> list[str]:
    return [f"{n.title}: {n.message}" for n in app._notifications]


def items(db_path: Path) -> dict[int, dict[str, Any]]:
    store = Store.open(str(db_path))
    try:
        ids = [r["id"] for r in store.db.query("SELECT id FROM item WHERE deleted = :f", {"f": False})]
        return {i: view for i in ids if (view := get_item(store.db, i, store.today())) is not None}
    finally:
        store.close()


async def open_demo_triage(pilot: Any) -> TriageScreen:
    """T, then Enter on the demo debate (the only one with a text)."""
    await settle(pilot)
    await pilot.press("T")
    await settle(pilot)
    assert isinstance(pilot.app.screen, TriageSourceScreen)
    await pilot.press("enter")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, TriageScreen)
    return screen


async def cursor_to(screen: TriageScreen, index: int) -> None:
    options = screen.query_one("#triage-candidates", OptionList)
    options.highlighted = options.get_option_index(f"c{index}")


async def test_accept_reject_and_duplicates(make_demo_app: Any, demo_db_path: Path) -> None:
    app = make_demo_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_demo_triage(pilot)
        titles = [c.title for c in screen.candidates]
        assert len(titles) == 6 and titles[1] == "Voorjaarsnota 2025"
        # The demo items still tracked are flagged from the start.
        assert screen.state(0)[0] == "al gevolgd: #4" and screen.state(3)[0] == "al gevolgd: #1"
        assert screen.tracked.debate_id == 1
        # The highlighted proposal's quote is selected in the text.
        text_area = screen.query_one("#triage-text", TextArea)
        assert text_area.selected_text.startswith("Het debat wordt vervolgd")
        await cursor_to(screen, 1)
        await pilot.pause()
        assert "Voorjaarsnota" in text_area.selected_text or "Kamerleden" in text_area.selected_text
        before = set(items(demo_db_path))
        await pilot.press("a")
        await settle(pilot)
        added = set(items(demo_db_path)) - before
        assert len(added) == 1
        item = items(demo_db_path)[added.pop()]
        assert item["kind"] == "deadline" and item["title"] == "Voorjaarsnota 2025" and item["debate_id"] == 1
        assert item["text"] == screen.candidates[1].quote
        assert screen.state(1)[0] == f"toegevoegd: #{item['id']}"
        assert any(f"toegevoegd: #{item['id']} termijn Voorjaarsnota 2025" in n for n in notes_of(app))
        # The cursor moved on to the motion: reject it.
        assert screen.current() == 2
        await pilot.press("x")
        assert screen.state(2)[0] == "afgewezen" and screen.current() == 3
        # A proposal already tracked is not added again.
        await cursor_to(screen, 0)
        await pilot.press("a")
        await settle(pilot)
        assert any("al gevolgd: #4" in n for n in notes_of(app))
        assert len(items(demo_db_path)) == len(before) + 1
        # Accept the rest: the rejected motion stays out.
        await pilot.press("A")
        await settle(pilot)
        now = items(demo_db_path)
        assert len(now) == len(before) + 3
        assert not any(i["kind"] == "motion" and i["id"] not in before for i in now.values())
        assert "6 voorstellen, 3 toegevoegd, 2 al gevolgd, 1 afgewezen" in str(
            screen.query_one("#triage-summary", Static).visual)
        # The same text again: what was accepted is now flagged as tracked, nothing is added twice.
        await pilot.press("escape")
        screen = await open_demo_triage(pilot)
        assert screen.state(1)[0] == f"al gevolgd: #{item['id']}"
        assert [screen.state(i)[0].startswith("al gevolgd") for i in range(6)] == [True, True, False, True, True, True]
        await pilot.press("A")
        await settle(pilot)
        assert len(items(demo_db_path)) == len(before) + 4  # only the motion was left


async def test_the_keys_always_act_on_the_proposals(make_demo_app: Any, demo_db_path: Path) -> None:
    """u3 bug 11: after `a` the list lost the focus to the text, ↓ scrolled the text and x did nothing until
    shift+Tab. The text beside the proposals is for reading only: neither Tab nor the screen's own focus
    (after a dialog, after the terminal had lost the focus) gives it the keys."""
    app = make_demo_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_demo_triage(pilot)
        options = screen.query_one("#triage-candidates", OptionList)
        await cursor_to(screen, 1)
        await pilot.press("a", "tab", "shift+tab", "tab")
        await settle(pilot)
        assert app.focused is options
        assert screen.current() == 2
        await pilot.press("x", "down")
        await settle(pilot)
        assert screen.state(2)[0] == "afgewezen" and screen.current() == 4  # x moved on to 3, ↓ to 4
        screen.set_focus(None)  # what the terminal losing the focus leaves; the screen's own focus comes back
        screen._update_auto_focus()
        assert app.focused is options


LIST_TEXT = (
    "Korte aantekeningen van de vergadering van de commissie voor Onderwijs van 12 maart 2024\n\n"
    "De commissie besluit naar aanleiding van de brief van de minister:\n- de toezeggingen T01801, T01805, T01809"
    " en T01811 als voldaan aan te merken;\n- toezegging T01812 als openstaand aan te merken.\n"
)


async def test_a_pressed_quickly_accepts_each_proposal_in_turn(make_demo_app: Any, demo_db_path: Path,
                                                               tmp_path: Path) -> None:
    path = tmp_path / "aantekeningen.txt"
    path.write_text(LIST_TEXT, encoding="utf-8")
    app = make_demo_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_file_triage(pilot, path)
        assert len(screen.candidates) == 5
        before = set(items(demo_db_path))
        await pilot.press(*"aaaaa")
        await settle(pilot)
        await settle(pilot)
        added = {i: v["title"] for i, v in items(demo_db_path).items() if i not in before}
        assert sorted(added.values()) == [f"Toezegging T0{n}" for n in (1801, 1805, 1809, 1811, 1812)]
        assert [screen.state(i)[0] for i in range(5)] == [f"toegevoegd: #{i}" for i in sorted(added)]
        assert app.focused is screen.query_one("#triage-candidates", OptionList)


async def test_accepting_all_of_many_proposals_gives_one_toast_that_counts_them(
        make_demo_app: Any, demo_db_path: Path, tmp_path: Path) -> None:
    """u6 bug 7: `A` on 26 proposals showed 26 toasts, one per item, over the screen for seconds. More than three
    accepted at once: one toast with the count and their numbers; the proposals each show their own number."""
    path = tmp_path / "aantekeningen.txt"
    path.write_text(LIST_TEXT, encoding="utf-8")
    app = make_demo_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_file_triage(pilot, path)
        before = set(items(demo_db_path))
        shown_before = len(notes_of(app))
        await pilot.press("A")
        await settle(pilot)
        added = sorted(set(items(demo_db_path)) - before)
        assert len(added) == 5
        toasts = notes_of(app)[shown_before:]
        assert toasts == ["Triage: toegevoegd: 5 voorstellen, " + ", ".join(f"#{i}" for i in added)]
        assert [screen.state(i)[0] for i in range(5)] == [f"toegevoegd: #{i}" for i in added]


async def test_an_accepted_proposal_stays_added_when_its_item_is_changed(make_demo_app: Any, demo_db_path: Path,
                                                                     tmp_path: Path) -> None:
    """p1 (session 6): accepted proposals showed "al gevolgd" or became open again after a later check, which
    kept an added proposal only while the tracked item it resembled most was that very item. An item this
    screen added stays "toegevoegd" whatever is changed in it meanwhile; only once it is gone is it open again."""
    path = tmp_path / "stikstof.txt"
    path.write_text(UNDATED_TEXT, encoding="utf-8")
    app = make_demo_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_file_triage(pilot, path)
        title = screen.candidates[0].title
        await pilot.press("a")
        await settle(pilot)
        item_id = screen.added[0]
        assert screen.state(0)[0] == f"toegevoegd: #{item_id}"
        # A colleague (or the user in another screen) rewrites the item.
        store = Store.open(str(demo_db_path))
        try:
            store.update_item(item_id, {"title": "Brief over lerarentekort", "text": "Zie de brief van 1 mei."})
        finally:
            store.close()
        app.post_message(StoreChanged())
        await settle(pilot)
        assert screen.state(0)[0] == f"toegevoegd: #{item_id}"
        await pilot.press("up", "a")  # no second item for the same proposal
        await settle(pilot)
        assert "al toegevoegd als #" in notes_of(app)[-1]
        assert not [i for i in items(demo_db_path).values() if i["title"] == title]
        # Gone (deleted, or undone): the proposal is open again.
        store = Store.open(str(demo_db_path))
        try:
            store.delete_item(item_id)
        finally:
            store.close()
        app.post_message(StoreChanged())
        await settle(pilot)
        assert screen.state(0)[0] == ""


async def test_a_key_before_the_proposals_are_read_is_answered(make_demo_app: Any, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A key pressed while the text is still being read was lost without a word (p2, u3): it says so."""
    monkeypatch.setattr(TriageScreen, "analyse", lambda self: None)  # still reading when the keys come
    app = make_demo_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_file_triage(pilot, DEMO_TEXT)
        await pilot.press("a", "x", "A")
        await settle(pilot)
        assert not screen.candidates
        assert sum("de tekst wordt nog gelezen" in n for n in notes_of(app)) == 3


async def test_while_the_text_is_read_the_screen_counts_the_seconds(make_demo_app: Any,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """u6: a large text (134 s under load) showed a still 'tekst lezen…'; now its size and the seconds so far."""
    monkeypatch.setattr(TriageScreen, "analyse", lambda self: None)  # still reading
    app = make_demo_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_file_triage(pilot, DEMO_TEXT)
        size = f"{len(screen.source.text) // 1000} kB"
        assert plain(screen.query_one("#triage-summary", Static)).startswith(f"tekst lezen… {size}")
        screen.reading_since = time.monotonic() - 12  # as if it began 12 s ago
        await pilot.pause(1.5)
        summary = plain(screen.query_one("#triage-summary", Static))
        assert re.fullmatch(rf"tekst lezen… {size}, 1[2-9] s", summary), summary
        options = screen.query_one("#triage-candidates", OptionList)
        assert options.option_count == 1 and str(options.get_option_at_index(0).prompt) == summary


async def test_edit_form_hint_is_whole_on_a_narrow_terminal(make_demo_app: Any) -> None:
    """The hint line under the form wraps instead of being cut at the dialog's edge (u10: "... Esc annule")."""
    app = make_demo_app()
    async with app.run_test(size=(80, 35)) as pilot:
        screen = await open_demo_triage(pilot)
        await cursor_to(screen, 5)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, TriageEditScreen)
        assert "annuleert" in app.export_screenshot()


async def test_edit_before_accepting(make_demo_app: Any, demo_db_path: Path) -> None:
    app = make_demo_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_demo_triage(pilot)
        await cursor_to(screen, 5)
        assert screen.candidates[5].title == "Contouren van het wetsvoorstel psychisch geweld"
        await pilot.press("e")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, TriageEditScreen)
        assert form.query_one("#triage-edit-title", Input).value == "Contouren van het wetsvoorstel psychisch geweld"
        assert form.query_one("#triage-edit-actors", Input).value == "staatssecretaris van J&V, Van Nispen (SP)"
        # Each field opens at its first letter (u5: a long title hid its start).
        assert [i.cursor_position for i in form.query(Input)] == [0, 0, 0]
        # The row with the focus is marked in plain text (u7 finding 11), and the mark follows Tab.
        labels = [str(label.content) for label in form.query(".form-label").results(Label)]
        assert [t for t in labels if t.startswith("▸ ")] == ["▸ titel"]
        await pilot.press("tab")
        await settle(pilot)
        labels = [str(label.content) for label in form.query(".form-label").results(Label)]
        assert [t for t in labels if t.startswith("▸ ")] == ["▸ termijn"]
        form.query_one("#triage-edit-title", Input).value = "Contouren wetsvoorstel psychisch geweld naar de Kamer"
        form.query_one("#triage-edit-due", Input).value = "binnen drie weken"
        await pilot.pause()
        # Due phrases count from the debate date (3 april), not from today.
        preview = str(form.query_one("#triage-edit-preview", Static).visual)
        assert "24 april 2025" in preview, preview
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is screen and screen.state(5)[0] == "gewijzigd"
        await pilot.press("a")
        await settle(pilot)
        added = [i for i in items(demo_db_path).values() if i["title"].endswith("naar de Kamer")]
        assert len(added) == 1
        item = added[0]
        assert item["due"] == "2025-04-24" and item["due_phrase"] == "binnen drie weken"
        assert {a["name"] for a in item["actors"]} >= {"Van Nispen"}
        assert screen.state(5)[0] == f"toegevoegd: #{item['id']}"


async def test_a_proposals_status_is_set_before_accepting(make_demo_app: Any, demo_db_path: Path) -> None:
    """u8: the edit form had no status, so a wrong one could only be mended after accepting. The field offers the
    kind's statuses, and another kind's when the kind changes."""
    from textual.widgets import Select

    app = make_demo_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_demo_triage(pilot)
        await cursor_to(screen, 5)
        await pilot.press("e")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, TriageEditScreen)
        status = form.query_one("#triage-edit-status", Select)
        assert status.value == "open"
        status.value = "done"
        await pilot.pause()
        kind = form.query_one("#triage-edit-kind", Select)
        kind.value = "motion"
        await settle(pilot)
        assert status.value == "announced"  # a motion has no 'voldaan': its first status
        kind.value = "commitment"
        await settle(pilot)
        status.value = "done"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        added = [i for i in items(demo_db_path).values() if i["title"] == screen.candidates[5].title]
        assert [(i["kind"], i["status"]) for i in added] == [("commitment", "done")]


async def test_the_edit_preview_says_a_motion_before_its_vote_is_not_late(make_demo_app: Any) -> None:
    """u7: the preview said 'te laat' for a submitted motion's passed term, where list and show say 'geleden'."""
    app = make_demo_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_demo_triage(pilot)
        motion = next(i for i, c in enumerate(screen.candidates) if c.kind == "motion")  # announced
        await cursor_to(screen, motion)
        await pilot.press("e")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, TriageEditScreen)
        form.query_one("#triage-edit-due", Input).value = "2025-03-10"
        await pilot.pause()
        preview = str(form.query_one("#triage-edit-preview", Static).visual)
        assert "10 maart 2025 (4 weken geleden)" in preview and "te laat" not in preview, preview
        # Made a toezegging, the same passed date is late.
        form.query_one("#triage-edit-kind", Select).value = "commitment"
        await pilot.pause()
        assert "10 maart 2025 (4 weken te laat)" in str(form.query_one("#triage-edit-preview", Static).visual)


async def test_triage_a_file_and_a_missing_one(make_demo_app: Any, tmp_path: Path) -> None:
    path = tmp_path / "verslag.txt"
    path.write_text(DEMO_TEXT.read_text(encoding="utf-8"), encoding="utf-8")
    app = make_demo_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("T")
        await settle(pilot)
        field = app.screen.query_one("#triage-path", Input)
        # The path is typed into a visible box, as the pasted text and the debate's date are (u11 finding 8).
        assert field.region.height == 3
        field.focus()
        field.value = str(tmp_path / "bestaat-niet.txt")
        await pilot.press("enter")
        await settle(pilot)
        assert "bestaat niet" in str(app.screen.query_one("#triage-source-problem", Static).visual)
        field.value = str(path)
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TriageScreen) and screen.source.name == "verslag.txt"
        # The text names its debate (same title and date as the demo's), so the proposals join it.
        assert screen.tracked.debate_id == 1 and len(screen.candidates) == 6


async def test_typing_a_path_right_away_is_not_lost(make_demo_app: Any, tmp_path: Path) -> None:
    """The list of debates takes the focus when it has loaded; a path typed then still goes to the path field."""
    path = tmp_path / "verslag.txt"
    path.write_text(DEMO_TEXT.read_text(encoding="utf-8"), encoding="utf-8")
    app = make_demo_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("T")
        await settle(pilot)
        assert isinstance(app.screen.focused, OptionList)
        await pilot.press(*str(path))
        assert app.screen.query_one("#triage-path", Input).value == str(path)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, TriageScreen) and app.screen.source.name == "verslag.txt"


async def test_a_text_pasted_into_the_path_field_is_triaged_whole(make_demo_app: Any) -> None:
    """u7: a pasted text kept only its first line in the path field and then 'bestaat niet'."""
    app = make_demo_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("T")
        await settle(pilot)
        field = app.screen.query_one("#triage-path", Input)
        field.focus()
        field.post_message(events.Paste(UNDATED_TEXT))
        await settle(pilot)
        assert field.value == ""
        area = app.screen.query_one("#triage-pasted", TextArea)
        assert area.text == UNDATED_TEXT and app.screen.focused is area
        await pilot.press("ctrl+s")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TriageScreen) and screen.source.text == UNDATED_TEXT
        assert {c.kind for c in screen.candidates} == {"commitment", "motion"}
        # u8: it was named 'geplakte tekst'; its first line names it now, and nobody calls that a file name
        assert screen.source.name == "Commissiedebat Stikstof" and not screen.source.from_file


async def test_a_text_pasted_while_the_list_of_debates_has_the_focus_is_not_lost(make_demo_app: Any) -> None:
    """The dialog opens with the focus on the list of debates (the demo debate has a text); a paste there went
    nowhere and ctrl+s then said 'plak eerst een tekst' (seen in tmux, twelfth session)."""
    app = make_demo_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("T")
        await settle(pilot)
        debates = app.screen.query_one("#triage-debates", OptionList)
        assert app.screen.focused is debates
        debates.post_message(events.Paste(UNDATED_TEXT))
        await settle(pilot)
        area = app.screen.query_one("#triage-pasted", TextArea)
        assert area.text == UNDATED_TEXT and app.screen.focused is area
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TriageScreen) and app.screen.source.text == UNDATED_TEXT
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("T")
        await settle(pilot)
        area = app.screen.query_one("#triage-pasted", TextArea)
        area.focus()
        area.post_message(events.Paste(UNDATED_TEXT))
        await settle(pilot)
        assert area.text == UNDATED_TEXT  # once: the text field's own paste is not made again
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("T")
        await settle(pilot)
        app.screen.query_one("#triage-debates", OptionList).post_message(events.Paste("verslag.txt\n"))
        await settle(pilot)
        path = app.screen.query_one("#triage-path", Input)
        assert path.value == "verslag.txt" and app.screen.focused is path


async def test_a_text_typed_in_the_text_field_stays_there(make_demo_app: Any) -> None:
    app = make_demo_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("T")
        await settle(pilot)
        assert any("plak de tekst" in plain(label) for label in app.screen.query(Label))
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "plak eerst een tekst" in str(app.screen.query_one("#triage-source-problem", Static).visual)
        area = app.screen.query_one("#triage-pasted", TextArea)
        assert app.screen.focused is area
        # The field with the focus is marked in plain text (u7 finding 11), here the label above it.
        marked = [plain(label) for label in app.screen.query(".form-label-wide").results(Label)
                  if plain(label).startswith("▸ ")]
        assert marked == ["▸ of plak de tekst hier, dan Ctrl+S"]
        await pilot.press(*"Motie", "enter", *"x")
        assert area.text == "Motie\nx" and app.screen.query_one("#triage-path", Input).value == ""


UNDATED_TEXT = (
    "Commissiedebat Stikstof\n\nDe minister van LNV zegde toe de Kamer binnen zes weken een brief te sturen over de "
    "aanpak van piekbelasters. Mevrouw Vedder (CDA) kondigde aan bij het tweeminutendebat een motie in te dienen.\n"
)


async def open_file_triage(pilot: Any, path: Path) -> TriageScreen:
    await settle(pilot)
    await pilot.press("T")
    await settle(pilot)
    field = pilot.app.screen.query_one("#triage-path", Input)
    field.focus()
    field.value = str(path)
    await pilot.press("enter")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, TriageScreen)
    return screen


async def test_d_gives_the_date_a_text_does_not_name(make_demo_app: Any, demo_db_path: Path,
                                                      tmp_path: Path) -> None:
    path = tmp_path / "stikstof.txt"
    path.write_text(UNDATED_TEXT, encoding="utf-8")
    app = make_demo_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_file_triage(pilot, path)
        summary = screen.query_one("#triage-summary", Static)
        # Today is 10 April 2025: "binnen zes weken" counts from it while the date is unknown.
        assert "datum onbekend (termijnen vanaf 10 april 2025" in plain(summary)
        assert screen.candidates[0].due == dt.date(2025, 5, 22)
        await pilot.press("d")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, DebateDateScreen)
        # The field is a visible box, not a bare line of placeholder text (u10).
        assert dialog.query_one("#triage-date", Input).region.height == 3
        await pilot.press(*"31 februari", "enter")
        await settle(pilot)
        assert app.screen is dialog and "geen datum" in str(dialog.query_one("#triage-date-problem", Static).visual)
        assert screen.candidates[0].due == dt.date(2025, 5, 22)
        dialog.query_one("#triage-date", Input).value = ""
        await pilot.press(*"2025-03-01", "enter")
        await settle(pilot)
        assert app.screen is screen
        assert screen.candidates[0].due == dt.date(2025, 4, 12)  # six weeks from the date given
        assert "1 maart 2025 (opgegeven)" in plain(summary) and "onbekend" not in plain(summary)
        before = set(items(demo_db_path))
        await pilot.press("a")
        await settle(pilot)
        (added,) = set(items(demo_db_path)) - before
        item = items(demo_db_path)[added]
        assert item["due"] == "2025-04-12"
        store = Store.open(str(demo_db_path))
        try:
            stored = store.db.scalar("SELECT date FROM debate WHERE id = :i", {"i": item["debate_id"]})
        finally:
            store.close()
        assert str(stored) == "2025-03-01"
        # Once something is accepted a new date would make new proposals: refused in one line.
        await pilot.press("d")
        await settle(pilot)
        assert app.screen is screen
        debate_id = item["debate_id"]
        assert any(f"al opgenomen in debat #{debate_id}: wijzig de datum met kamertaak debate set {debate_id}" in n
                   for n in notes_of(app))


NO_PROPOSALS_TEXT = ("Verslag van het commissiedebat Koninkrijksrelaties van 19 april 2012\n\nDe commissie sprak met "
                     "de minister over de begroting van Curaçao. Het was een levendig debat over de financiën.\n")


async def test_a_new_item_from_a_text_without_proposals_joins_its_debate(make_demo_app: Any, demo_db_path: Path,
                                                                          tmp_path: Path) -> None:
    """u11: with nothing proposed, n on the triage screen offered "geen debat", and "31 mei" counted from today
    (2025); the text's own debate is offered, a phrase counts from its day, and it is recorded with the item."""
    from kamertaak.tui.screens.item_form import TEXT_DEBATE, ItemFormScreen

    path = tmp_path / "koninkrijk.txt"
    path.write_text(NO_PROPOSALS_TEXT, encoding="utf-8")
    app = make_demo_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_file_triage(pilot, path)
        assert screen.candidates == [] and screen.tracked.debate_id is None
        debates_before = debate_rows(demo_db_path)
        # Cancelled: no debate is recorded for nothing.
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, ItemFormScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert debate_rows(demo_db_path) == debates_before
        await pilot.press("n")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, ItemFormScreen)
        debate = form.query_one("#form-debate", Select)
        assert debate.value == TEXT_DEBATE and "nieuw: 19 april 2012" in plain(debate.query_one("#label", Static))
        await pilot.press(*"Plan van aanpak Isla")
        form.query_one("#form-due", Input).focus()
        await pilot.press(*"31 mei")
        await settle(pilot)
        assert "31 mei 2012" in plain(form.query_one("#due-preview", Static))
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is screen
        (new_debate,) = set(debate_rows(demo_db_path)) - set(debates_before)
        assert debate_rows(demo_db_path)[new_debate] == ("2012-04-19", "Koninkrijksrelaties")
        (item,) = [i for i in items(demo_db_path).values() if i["title"] == "Plan van aanpak Isla"]
        assert item["due"] == "2012-05-31" and item["debate_id"] == new_debate
        # The screen now knows the debate: a second item goes to it, and no second debate is made.
        assert screen.tracked.debate_id == new_debate
        assert "debat #" in plain(screen.query_one("#triage-summary", Static))
        # u14: what was added by hand for this text is listed on the panel and counted.
        listed = screen.query_one("#triage-candidates", OptionList)
        shown = [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)]
        assert any(f"zelf toegevoegd: #{item['id']}" in line and "Plan van aanpak Isla" in line for line in shown)
        # the cursor reaches it (a list scrolls to its cursor only), and a proposal's key leaves it alone
        listed.highlighted = listed.get_option_index(f"m{item['id']}")
        await pilot.press("x", "a")
        await settle(pilot)
        assert screen.current() is None and not screen.rejected and not screen.added
        assert "1 zelf toegevoegd" in plain(screen.query_one("#triage-summary", Static))
        # Undone, it is gone from the panel too.
        await pilot.press("u")
        await settle(pilot)
        shown = [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)]
        assert not any("zelf toegevoegd" in line for line in shown)
        assert "zelf toegevoegd" not in plain(screen.query_one("#triage-summary", Static))


def debate_rows(db_path: Path) -> dict[int, tuple[str, str]]:
    """Each debate's date and title."""
    store = Store.open(str(db_path))
    try:
        return {r["id"]: (str(r["date"]), r["title"]) for r in store.db.query("SELECT id, date, title FROM debate")}
    finally:
        store.close()


async def test_the_debate_is_titled_as_the_cli_titles_it(make_demo_app: Any, demo_db_path: Path,
                                                         tmp_path: Path) -> None:
    """u3 bug 4: a letter's title line names the debate (no file name); a text without any title is named
    after its file, and the summary says so, as the CLI does."""
    letter = tmp_path / "3-kamerbrief-huur-2026.txt"
    letter.write_text("Brief regering : Verzamelbrief huurbeleid maart 2026\nDen Haag, 2 maart 2026\n"
                      "Ik zeg toe de Kamer voor de zomer te informeren over de huurgrens.\n", encoding="utf-8")
    bare = tmp_path / "aantekeningen.txt"
    bare.write_text("Ik zeg toe de Kamer voor de zomer te informeren over de huurgrens.\n", encoding="utf-8")
    app = make_demo_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_file_triage(pilot, letter)
        summary = plain(screen.query_one("#triage-summary", Static))
        assert summary.startswith("Verzamelbrief huurbeleid maart 2026") and ".txt" not in summary
        # u7 finding 11: the header named the file ("Triage · 3-kamerbrief-huur-2026.txt"); it names the
        # debate, as docs/screens/triage.txt shows, with the file after it.
        assert plain(screen.query_one("#screen-title", Static)) == (
            "Triage · Verzamelbrief huurbeleid maart 2026  (3-kamerbrief-huur-2026.txt)")
        await pilot.press("A")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        screen = await open_file_triage(pilot, bare)
        summary = plain(screen.query_one("#triage-summary", Static))
        assert "aantekeningen.txt (naam van het bestand" in summary
        assert plain(screen.query_one("#screen-title", Static)) == "Triage · aantekeningen.txt"
    store = Store.open(str(demo_db_path))
    try:
        titles = [r["title"] for r in store.db.query("SELECT title FROM debate ORDER BY id")]
    finally:
        store.close()
    assert titles[-1] == "Verzamelbrief huurbeleid maart 2026"


async def test_a_term_missed_before_the_debate_shows_as_passed_on_its_card(make_demo_app: Any,
                                                                           tmp_path: Path) -> None:
    path = tmp_path / "wonen.txt"
    path.write_text("Commissiedebat Wonen, 3 april 2025\nDe minister zegde toe de Kamer uiterlijk 1 maart 2025 een"
                    " brief te sturen over de huurgrens. Zij zegde ook toe voor de zomer de evaluatie te sturen.\n",
                    encoding="utf-8")
    app = make_demo_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_file_triage(pilot, path)
        options = screen.query_one("#triage-candidates", OptionList)
        missed, coming = (str(getattr(options.get_option(f"c{i}").prompt, "plain", "")) for i in range(2))
        assert "termijn 1 maart 2025 verstreken (uiterlijk 1 maart 2025)" in missed
        assert "termijn 3 juli 2025 (voor de zomer)" in coming and "verstreken" not in coming


async def test_a_weekday_that_does_not_fit_its_date_is_said_on_the_card(make_demo_app: Any, tmp_path: Path) -> None:
    """u16: "dinsdag 4 juni" in a text of 3 April 2025 is Wednesday 4 June 2025; the warning was only in the
    JSON's explanation, the card showed the date as if it were sure."""
    path = tmp_path / "brief.txt"
    path.write_text("Commissiedebat Wonen, 3 april 2025\nDe minister stuurt dinsdag 4 juni een brief over de"
                    " huurgrens.\n", encoding="utf-8")
    app = make_demo_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_file_triage(pilot, path)
        options = screen.query_one("#triage-candidates", OptionList)
        card = str(getattr(options.get_option("c0").prompt, "plain", ""))
        assert "let op: 4 juni 2025 is een woensdag" in card, card


async def test_d_leaves_a_date_the_text_names(make_demo_app: Any) -> None:
    app = make_demo_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_file_triage(pilot, DEMO_TEXT)
        await pilot.press("d")
        await settle(pilot)
        assert app.screen is screen
        assert any("noemt de datum al: 3 april 2025" in n for n in notes_of(app))


def test_debate_day_reads_iso_and_header_dates() -> None:
    today = dt.date(2025, 4, 10)
    assert debate_day(" 2025-04-03 ", today) == dt.date(2025, 4, 3)
    assert debate_day("donderdag 3 april 2025", today) == dt.date(2025, 4, 3)
    assert debate_day("03-04-2025", today) == dt.date(2025, 4, 3)
    assert debate_day("20 april", today) == dt.date(2024, 4, 20)  # without a year: the last one before today
    assert debate_day("2025-02-30", today) is None and debate_day("volgende week", today) is None


async def test_palette_opens_triage(make_demo_app: Any) -> None:
    app = make_demo_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"Triage")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, TriageSourceScreen)


def test_shown_span_follows_visible_control_characters() -> None:
    text = "a\x1bb\r\nquote here"
    start = text.index("quote")
    first, last = shown_span(text, start, start + 5)
    assert shown_text(text)[first:last] == "quote"
    assert "\x1b" not in shown_text(text) and "\r" not in shown_text(text)


def test_edited_candidate() -> None:
    candidate = extract(DEMO_TEXT.read_text(encoding="utf-8"), DEBATE_DATE).candidates[2]
    assert candidate.kind == "motion" and candidate.status == "announced"
    changed = edited_candidate(candidate, kind="task", title="  Motie  voorbereiden ", due_phrase="2025-04-15",
                               actors="Van Nispen (SP), Mutluer (GL-PvdA)", ref=DEBATE_DATE)
    assert changed.kind == "task" and changed.status == "todo"  # a status the new kind knows
    assert changed.title == "Motie voorbereiden" and changed.due == dt.date(2025, 4, 15)
    assert [(a.name, a.party) for a in changed.actors] == [("Van Nispen", "SP"), ("Mutluer", "GL-PvdA")]
    assert changed.quote == candidate.quote and (changed.start, changed.end) == (candidate.start, candidate.end)
    same = edited_candidate(candidate, kind="motion", title=candidate.title, due_phrase=candidate.due_phrase or "",
                            actors="Van Nispen (SP)", ref=DEBATE_DATE)
    assert same == candidate
    with pytest.raises(DomainError):
        edited_candidate(candidate, kind="motion", title=" ", due_phrase="", actors="", ref=DEBATE_DATE)
    # A title over the stated limit is refused in the edit form, before accepting would refuse it (u6).
    with pytest.raises(DomainError, match="hoogstens 200 tekens"):
        edited_candidate(candidate, kind="motion", title="x" * 5000, due_phrase="", actors="", ref=DEBATE_DATE)
    with pytest.raises(DomainError):
        edited_candidate(candidate, kind="motion", title="x", due_phrase="ooit eens misschien", actors="",
                         ref=DEBATE_DATE)
    # A day the calendar does not have is called that, as the CLI says it
    with pytest.raises(DomainError, match="'31 februari' is geen bestaande datum"):
        edited_candidate(candidate, kind="motion", title="x", due_phrase="31 februari", actors="", ref=DEBATE_DATE)


def test_edited_due_uses_the_users_calendar_like_the_preview(settings_env: Path) -> None:
    # The user's calendar moves the summer recess of 2025 a week earlier (packaged: from 4 July).
    (settings_env.parent / "calendar.toml").write_text(
        '[[recess]]\nname = "zomerreces"\nyear = 2025\nstart = 2025-06-27\nend = 2025-09-01\n', encoding="utf-8")
    config.calendar.cache_clear()
    try:
        candidate = extract(DEMO_TEXT.read_text(encoding="utf-8"), DEBATE_DATE).candidates[2]
        changed = edited_candidate(candidate, kind="motion", title=candidate.title, due_phrase="voor de zomer",
                                   actors="Van Nispen (SP)", ref=DEBATE_DATE)
        assert changed.due == dt.date(2025, 6, 26)
        assert "26 juni 2025" in preview_due("voor de zomer", DEBATE_DATE, DEBATE_DATE).headline
    finally:
        config.calendar.cache_clear()


def test_a_file_saved_as_windows_text_reads_with_its_accents(tmp_path: Path) -> None:
    """u5: the TUI read a Windows-1252 file (Word's 'plain text') with its accents lost; it reads them now, as the
    CLI does, while a file of high bytes still reads as no text (refused by the dialog)."""
    path = tmp_path / "verslag.txt"
    path.write_bytes("Commissiedebat café-beleid: de minister zegde toe vóór de zomer te informeren.".encode("cp1252"))
    assert file_source(str(path), DEBATE_DATE).text.startswith("Commissiedebat café-beleid: de minister")
    path.write_bytes(bytes(0x80 | (i * 37) % 128 for i in range(2000)))
    assert "\ufffd" in file_source(str(path), DEBATE_DATE).text


def test_a_file_over_the_limit_in_bytes_is_refused_however_few_characters_it_holds(tmp_path: Path) -> None:
    """u14: a file of non-breaking spaces and accents over 2 MB was read cut off at the limit, silently, where the
    CLI and a plain file say it is too large."""
    from kamertaak.core.extract import TEXT_LIMIT

    path = tmp_path / "breed.txt"
    path.write_text("\u00a0\u00a0Café-debat.\n" * (TEXT_LIMIT // 16 + 1), encoding="utf-8")
    with pytest.raises(OSError, match="groter dan 2 MB"):
        file_source(str(path), DEBATE_DATE)
