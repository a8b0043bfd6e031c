"""Quick add (from anywhere) and edit: kind, title, due phrase with a live preview of the resolved
date, debate, actors, topics, owner, priority, stance and next step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Label, Select, Static

from kamertaak.core.bounds import check_title
from kamertaak.core.errors import ConflictError, KamertaakError
from kamertaak.core.kinds import KINDS, PRIORITIES, is_meeting, lifecycle, passed_is_not_late
from kamertaak.core.labels import FIELD_LABELS, date_nl, kind_label
from kamertaak.core.text import one_line
from kamertaak.reports.detail import actor_label
from kamertaak.tui.due_preview import preview_due, preview_stored, unrecognised
from kamertaak.tui.messages import StoreChanged
from kamertaak.tui.present import MUTED_STYLE
from kamertaak.tui.screens.base import Dialog, fields_from_the_start, typing_caught_up
from kamertaak.tui.widgets.footer import KeyFooter

if TYPE_CHECKING:
    from kamertaak.store.queries import ItemDetail
    from kamertaak.store.service import Store

# The debate choice for a text being triaged whose debate is not recorded yet (TextDebate).
TEXT_DEBATE = "tekst"
TEXT_FIELDS = ("title", "due", "actors", "topics", "owner", "stance", "next_action")
# Hints, not values: each says what belongs there and gives an example after "bijv." (shown dim, app.tcss).
PLACEHOLDERS = {
    "title": "korte titel, bijv. Brief over wachttijden Veilig Thuis",
    "due": "bijv. 2025-06-30, voor de zomer, binnen drie weken",
    "actors": "bijv. Van Nispen (SP), staatssecretaris (J&V)", "topics": "bijv. vrouwenopvang, femicide",
    "owner": "wie volgt het op, bijv. anna", "stance": "wat vinden wij ervan, bijv. steunen",
    "next_action": "wat doen we nu, bijv. bellen met het ministerie",
}


@dataclass(frozen=True)
class TextDebate:
    """The debate of a text on the triage screen that is not recorded yet: the form offers it (chosen), counts a
    phrase from its date, and records it together with the item (`record` returns its id)."""

    label: str
    date: dt.date
    record: Callable[[Store], int]


def split_list(text: str) -> list[str]:
    """'a, b ,c' → ['a', 'b', 'c']."""
    return [part.strip() for part in text.split(",") if part.strip()]


def form_changes(item: Mapping[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """The fields an edit really changes, in the shape Store.update_item takes."""
    changes: dict[str, Any] = {}
    for field in ("title", "owner", "stance", "next_action"):
        if (values[field] or None) != (item.get(field) or None):
            changes[field] = values[field]
    if values["kind"] != item["kind"]:
        changes["kind"] = values["kind"]
    if values["priority"] != item.get("priority"):
        changes["priority"] = values["priority"]
    if values["debate_id"] != item.get("debate_id"):
        changes["debate_id"] = values["debate_id"]
    if values["due"] != (item.get("due_phrase") or item.get("due") or ""):
        changes["due"] = values["due"]
    if split_list(values["actors"]) != [actor_label(a) for a in item.get("actors", [])]:
        changes["actors"] = split_list(values["actors"])
    if split_list(values["topics"]) != list(item.get("topics", [])):
        changes["topics"] = split_list(values["topics"])
    return changes


def due_warning(store: Store, item_id: int) -> str:
    """On the store thread: the CLI's warning when the item's due phrase gave no date, else ''."""
    from kamertaak.store.queries import get_item

    item = get_item(store.db, item_id, store.today())
    phrase = item["due_phrase"] if item is not None else None
    if item is None or not phrase or item["precision"] != "none":
        return ""
    return unrecognised(phrase) + "; het item heeft geen datum (e: wijzigen)"


class ItemFormScreen(Dialog[int | None]):
    """Add an item (item_id None) or edit one; returns the item's id, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Bewaar", id="form-save", priority=True),
        Binding("escape", "cancel", "Annuleer", id="form-cancel"),
    ]

    @dataclass
    class Loaded(Message):
        item: ItemDetail | None
        debates: list[dict[str, Any]]

    @dataclass
    class Saved(Message):
        item_id: int
        summary: str
        # Set when the due phrase gave no date: the item is saved without one, and the user must know.
        warning: str = ""

    @dataclass
    class Failed(Message):
        problem: str

    @dataclass
    class Conflicted(Message):
        item_id: int
        error: ConflictError

    def __init__(self, item_id: int | None = None, defaults: dict[str, Any] | None = None) -> None:
        super().__init__()
        self.item_id = item_id
        self.defaults = defaults or {}
        self.item: ItemDetail | None = None
        self.debates: dict[int, dict[str, Any]] = {}
        self.saving = False

    # -- layout ------------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        title = "Nieuw item" if self.item_id is None else f"Item #{self.item_id} wijzigen"
        kind = self.defaults.get("kind") or "commitment"
        with Vertical(id="item-form", classes="dialog"):
            # How to save stays in sight however short the terminal: the fields scroll below it.
            with Horizontal(id="form-head"):
                yield Label(title, classes="dialog-title")
                yield Label("Enter of ctrl+s bewaart · Esc annuleert", id="form-save-hint")
            with VerticalScroll(id="form-fields"):
                with Horizontal(classes="form-row"):
                    yield Label(FIELD_LABELS["kind"], classes="form-label")
                    yield Select([(Content(kind_label(k)), k) for k in KINDS], value=kind, allow_blank=False,
                                 id="form-kind", compact=True)
                for field in ("title", "due"):
                    yield from self._row(field)
                yield Static(Content.styled("geen termijn", MUTED_STYLE), id="due-preview")
                with Horizontal(classes="form-row"):
                    yield Label(FIELD_LABELS["debate_id"], classes="form-label")
                    yield Select([], prompt="geen debat", id="form-debate", compact=True)
                for field in ("actors", "topics", "owner"):
                    yield from self._row(field)
                with Horizontal(classes="form-row"):
                    yield Label(FIELD_LABELS["priority"], classes="form-label")
                    yield Select([(p, p) for p in PRIORITIES], value="normaal", allow_blank=False,
                                 id="form-priority", compact=True)
                for field in ("stance", "next_action"):
                    yield from self._row(field)
            yield Static("", id="form-problem", classes="problem hidden")
        # The form's own keys (the screen beneath keeps its footer to itself).
        yield KeyFooter()

    @staticmethod
    def _row(field: str) -> ComposeResult:
        with Horizontal(classes="form-row"):
            yield Label(FIELD_LABELS[field], classes="form-label")
            yield Input(placeholder=PLACEHOLDERS[field], id=f"form-{field}", compact=True)

    def on_mount(self) -> None:
        self.query_one("#form-title", Input).focus()
        self.load()

    # -- loading -----------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="form-load")
    def load(self) -> None:
        from kamertaak.store.queries import get_item, list_debates

        item_id = self.item_id

        def fetch(store: Store) -> tuple[ItemDetail | None, list[dict[str, Any]]]:
            item = get_item(store.db, item_id, store.today()) if item_id is not None else None
            return item, list_debates(store.db)

        result = self.kt.store_call(fetch)
        if result is not None:
            self.post_message(self.Loaded(*result))

    @on(Loaded)
    def fill(self, message: Loaded) -> None:
        self.debates = {d["id"]: d for d in message.debates}
        options: list[tuple[Content, int | str]] = [
            (Content(self._debate_label(d)), d["id"]) for d in reversed(message.debates)]
        text_debate = self._text_debate()
        if text_debate is not None:
            options.insert(0, (Content(f"nieuw: {text_debate.label}"), TEXT_DEBATE))
        debate = self.query_one("#form-debate", Select)
        debate.set_options(options)
        item = message.item
        if self.item_id is not None and item is None:
            self._problem(f"item #{self.item_id} bestaat niet (meer)")
            return
        self.item = item
        if item is None:
            if self.defaults.get("debate_id") in self.debates:
                debate.value = self.defaults["debate_id"]
            elif text_debate is not None:
                debate.value = TEXT_DEBATE
            self.update_preview()
            return
        self.query_one("#form-kind", Select).value = item["kind"]
        self.query_one("#form-priority", Select).value = item.get("priority") or "normaal"
        if item.get("debate_id") in self.debates:
            debate.value = item["debate_id"]
        values = {
            "title": item["title"], "due": item.get("due_phrase") or item.get("due") or "",
            "actors": ", ".join(actor_label(a) for a in item.get("actors", [])),
            "topics": ", ".join(item.get("topics", [])), "owner": item.get("owner") or "",
            "stance": item.get("stance") or "", "next_action": item.get("next_action") or "",
        }
        for field, value in values.items():
            self.query_one(f"#form-{field}", Input).value = value
        # Each field from its first letter: a long title opened at its end hid its start ('errasverwarmingen').
        self.call_after_refresh(fields_from_the_start, self)
        self.update_preview()

    def _text_debate(self) -> TextDebate | None:
        found = self.defaults.get("text_debate")
        return found if isinstance(found, TextDebate) and self.item_id is None else None

    @staticmethod
    def _debate_label(d: dict[str, Any]) -> str:
        when = date_nl(d["date"]) if d.get("date") else "zonder datum"
        return f"{when} · {one_line(d['title'], 50)}"

    # -- live preview ---------------------------------------------------------------------------------

    def _reference_date(self) -> dt.date:
        """What a typed phrase counts from, as the store will read it: the date of the item's debate (the
        one chosen in the form) when it has one ("binnen zes weken" said there), else today."""
        value = self.query_one("#form-debate", Select).value
        text_debate = self._text_debate()
        if value == TEXT_DEBATE and text_debate is not None:
            return text_debate.date
        debate = self.debates.get(value) if isinstance(value, int) else None
        if debate and debate.get("date"):
            return dt.date.fromisoformat(debate["date"])
        return self.kt.today

    @on(Input.Changed, "#form-due")
    @on(Input.Changed, "#form-title")
    @on(Select.Changed, "#form-debate")
    @on(Select.Changed, "#form-kind")
    def update_preview(self) -> None:
        """Resolve the phrase as it is typed (pure and quick, so it runs right here). An item's phrase left
        as it is shows the date it has: saving keeps that one."""
        phrase = self.query_one("#form-due", Input).value
        item = self.item
        kind = str(self.query_one("#form-kind", Select).value)
        if kind not in KINDS:
            kind = item["kind"] if item is not None else KINDS[0]
        status = item["status"] if item is not None and item["kind"] == kind else lifecycle(kind).initial
        # A motion before its vote, or a meeting: a passed date is 'geleden', as list and show say, not 'te laat'
        not_late = passed_is_not_late(kind, status, is_meeting(kind, self.query_one("#form-title", Input).value))
        if item is not None and phrase.strip() == (item.get("due_phrase") or item.get("due") or ""):
            preview = preview_stored(item, self.kt.today, not_late)
        else:
            preview = preview_due(phrase, self._reference_date(), self.kt.today, dateless_ok=True, not_late=not_late)
        parts: list[Content | tuple[str, str] | str] = [
            ("→ ", MUTED_STYLE), (preview.headline, "bold" if preview.ok else "$text-warning")]
        if preview.explanation:
            parts += ["\n  ", (one_line(preview.explanation), MUTED_STYLE)]
        self.query_one("#due-preview", Static).update(Content.assemble(*parts))

    # -- saving -------------------------------------------------------------------------------------

    def _values(self) -> dict[str, Any]:
        values: dict[str, Any] = {f: self.query_one(f"#form-{f}", Input).value.strip() for f in TEXT_FIELDS}
        values["kind"] = self.query_one("#form-kind", Select).value
        values["priority"] = self.query_one("#form-priority", Select).value
        debate = self.query_one("#form-debate", Select).value
        values["debate_id"] = debate if isinstance(debate, int) else None
        values["text_debate"] = self._text_debate() if debate == TEXT_DEBATE else None
        return values

    def _problem(self, text: str) -> None:
        problem = self.query_one("#form-problem", Static)
        problem.update(Content.styled(text, "$text-error"))
        problem.remove_class("hidden")

    @on(Input.Submitted)
    async def action_save(self) -> None:
        if self.saving:
            return
        await typing_caught_up(self)
        if self.saving or self.app.screen is not self:  # saved or closed meanwhile
            return
        values = self._values()
        try:
            check_title(values["title"])
        except KamertaakError as exc:
            self._problem(str(exc))
            self.query_one("#form-title", Input).focus()
            return
        item = self.item
        if self.item_id is not None and item is None:
            return
        if item is None:
            self.saving = True
            self.add(values)
            return
        changes = form_changes(item, values)
        if not changes:
            self.dismiss(item["id"])
            return
        self.saving = True
        # Based on the version the form was filled from: a save by someone else in between is a conflict.
        self.save_changes(item["id"], changes, item["version"])

    @work(thread=True, exclusive=True, group="form-save")
    def add(self, values: dict[str, Any]) -> None:
        def add(store: Store) -> tuple[int, str]:
            text_debate: TextDebate | None = values["text_debate"]
            # The text's debate and the item in one transaction: a refused item leaves no empty debate behind.
            with store.db.transaction():
                debate_id = text_debate.record(store) if text_debate is not None else values["debate_id"]
                item_id = store.add_item(
                    values["kind"], values["title"], due=values["due"] or None, debate_id=debate_id,
                    actors=split_list(values["actors"]), topics=split_list(values["topics"]),
                    owner=values["owner"] or None, priority=values["priority"], stance=values["stance"] or None,
                    next_action=values["next_action"] or None)
            return item_id, due_warning(store, item_id)

        try:
            item_id, warning = self.kt.store_write(add)
        except KamertaakError as exc:
            self.post_message(self.Failed(str(exc)))
            return
        summary = f"toegevoegd: #{item_id} {kind_label(values['kind'])} {one_line(values['title'], 60)}"
        self.post_message(self.Saved(item_id, summary, warning))

    @work(thread=True, exclusive=True, group="form-save")
    def save_changes(self, item_id: int, changes: dict[str, Any], version: int) -> None:
        """Apply the form's changes on top of `version` (the one loaded, or the current one when the
        user chose to keep theirs over someone else's save)."""
        # A due phrase the store does not understand is refused (Failed), so an edit has no due warning.
        def update(store: Store) -> None:
            store.update_item(item_id, changes, expected_version=version)

        try:
            self.kt.store_write(update)
        except ConflictError as exc:
            self.post_message(self.Conflicted(item_id, exc))
            return
        except KamertaakError as exc:
            self.post_message(self.Failed(str(exc)))
            return
        names = ", ".join(FIELD_LABELS.get(k, k) for k in changes)
        self.post_message(self.Saved(item_id, f"#{item_id} gewijzigd: {names}"))

    @on(Conflicted)
    def conflicted(self, message: Conflicted) -> None:
        """Someone else saved this item since the form was filled: show both, let the user choose."""
        from kamertaak.tui.screens.conflict import settle_conflict

        item_id, error = message.item_id, message.error

        def cancelled() -> None:
            self.saving = False
            self._problem("bewaard is er niets: ctrl+s laat de keuze opnieuw zien, Esc annuleert")

        settle_conflict(self.app, error, debates=self.debates,
                        mine=lambda version: self.save_changes(item_id, error.attempted, version),
                        settled=lambda words: self.post_message(self.Saved(item_id, words)),
                        cancelled=cancelled)

    @on(Saved)
    def saved(self, message: Saved) -> None:
        if message.warning:
            # Saved, but without the date the user meant: one toast that says both, as a warning.
            self.app.post_message(StoreChanged(""))
            self.app.notify(f"{message.summary}\n{message.warning}", title="Bewaard zonder datum",
                            severity="warning", timeout=10, markup=False)
        elif message.summary:
            self.app.post_message(StoreChanged(message.summary))
        self.dismiss(message.item_id)

    @on(Failed)
    def failed(self, message: Failed) -> None:
        """Not saved (the store refused, say an impossible date): say so on one line, keep the form open."""
        self.saving = False
        problem = one_line(message.problem)
        self._problem(problem)
        self.kt.report_error(problem, title="Niet bewaard")

    def action_cancel(self) -> None:
        self.dismiss(None)
