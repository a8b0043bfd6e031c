"""The conflict dialog: someone else saved the item first; both versions side by side, the user chooses."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from kamertaak.core.labels import FIELD_LABELS, date_nl, kind_label, status_label
from kamertaak.core.text import one_line, printable
from kamertaak.reports.detail import actor_label
from kamertaak.store.service import ConflictError
from kamertaak.tui.present import MUTED_STYLE

EMPTY = "—"


def _listed(values: list[str]) -> str:
    return ", ".join(values) or EMPTY


def mine_value(field: str, value: Any, current: Mapping[str, Any],
               debates: Mapping[int, Mapping[str, Any]] | None = None) -> tuple[Any, str]:
    """(value to compare, text to show) of a refused change, in the words of the current item."""
    if field == "status":
        return value, status_label(str(current.get("kind")), str(value))
    if field == "kind":
        return value, kind_label(str(value))
    if field == "debate_id":
        debate = (debates or {}).get(value) if value is not None else None
        shown = f"#{value} {debate['title']}" if debate else (f"#{value}" if value is not None else "geen debat")
        return value, shown
    if field in ("actors", "topics"):
        names = [str(v) for v in value or []]
        return names, _listed(names)
    if field == "due":
        return value or "", value or "geen termijn"
    return value or None, str(value) if value not in (None, "") else EMPTY


def theirs_value(field: str, current: Mapping[str, Any]) -> tuple[Any, str]:
    """(value to compare, text to show) of a field as it is in the database now."""
    if field == "status":
        return current.get("status"), status_label(str(current.get("kind")), str(current.get("status")))
    if field == "kind":
        return current.get("kind"), kind_label(str(current.get("kind")))
    if field == "debate_id":
        debate_id, debate = current.get("debate_id"), current.get("debate")
        if debate_id is None:
            return None, "geen debat"
        return debate_id, f"#{debate_id} {debate['title']}" if debate else f"#{debate_id}"
    if field == "actors":
        names = [actor_label(a) for a in current.get("actors", [])]
        return names, _listed(names)
    if field == "topics":
        topics = [str(t) for t in current.get("topics", [])]
        return topics, _listed(topics)
    if field == "due":
        phrase, due = current.get("due_phrase"), current.get("due")
        if not (phrase or due):
            return "", "geen termijn"
        shown = str(phrase or due)
        if phrase and due and phrase != due:
            shown += f" (→ {date_nl(due)})"
        return phrase or due, shown
    value = current.get(field)
    return value or None, str(value) if value not in (None, "") else EMPTY


def conflict_rows(error: ConflictError,
                  debates: Mapping[int, Mapping[str, Any]] | None = None) -> list[tuple[str, str, str]]:
    """(label, mine, theirs) for each refused change that differs from what the database holds now."""
    rows = []
    for field, value in error.attempted.items():
        mine, mine_shown = mine_value(field, value, error.current, debates)
        theirs, theirs_shown = theirs_value(field, error.current)
        if mine != theirs:
            rows.append((FIELD_LABELS.get(field, field), mine_shown, theirs_shown))
    return rows


def moment_words(at: str | None) -> str:
    """'2025-04-10T10:02:11' → '10 april 2025 10:02'."""
    if not at:
        return "?"
    return f"{date_nl(at[:10])} {at[11:16]}".strip()


def changed_by(error: ConflictError) -> str:
    """'bram om 10 april 2025 10:02' from the newest log entry (one line, printable)."""
    last = error.last_change
    if not last:
        return "iemand anders"
    return f"{one_line(last.get('who') or '?')} om {moment_words(last.get('at'))}"


def theirs_kept(error: ConflictError, *, same: bool = False) -> str:
    """What to tell the user once the database's version stays."""
    who = one_line((error.last_change or {}).get("who") or "iemand anders")
    if same:
        return f"#{error.item_id} had {who} al zo gewijzigd: niets te kiezen"
    return f"#{error.item_id}: de versie van {who} blijft, jouw wijziging is vervallen"


def settle_conflict(app: App[Any], error: ConflictError, *, mine: Callable[[int], object],
                    settled: Callable[[str], object], cancelled: Callable[[], object],
                    debates: Mapping[int, Mapping[str, Any]] | None = None,
                    cancel_label: str = "Terug naar het formulier") -> None:
    """The one flow after a refused save, for every face of the TUI that saves: when both made the same
    change there is nothing to choose (`settled` with the words for that); else the dialog shows both
    versions and `mine(version)` saves again on top of theirs, `settled(words)` keeps theirs, and
    `cancelled()` goes back without saving."""
    if not conflict_rows(error, debates):
        settled(theirs_kept(error, same=True))
        return

    def chosen(choice: str | None) -> None:
        if choice == "mine" and error.current_version is not None:
            mine(error.current_version)
        elif choice == "theirs":
            settled(theirs_kept(error))
        else:
            cancelled()

    app.push_screen(ConflictScreen(error, cancel_label=cancel_label, debates=debates), chosen)


class ConflictScreen(ModalScreen[str | None]):
    """Both versions of the fields that differ; returns "mine", "theirs" or None (back/cancel)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("m", "choose('mine')", "Houd de mijne", id="conflict-keep-mine"),
        Binding("t", "choose('theirs')", "Neem die van hen", id="conflict-keep-theirs"),
        Binding("escape", "choose('')", "Terug", id="conflict-cancel"),
    ]
    # Enter on the first thing focused must not overwrite anyone: start on the way back.
    AUTO_FOCUS = "#conflict-cancel"

    def __init__(self, error: ConflictError, *, cancel_label: str = "Terug naar het formulier",
                 debates: Mapping[int, Mapping[str, Any]] | None = None) -> None:
        super().__init__()
        self.error = error
        self.cancel_label = cancel_label
        self.rows = conflict_rows(error, debates)

    def compose(self) -> ComposeResult:
        error = self.error
        with Vertical(id="conflict-dialog", classes="dialog"):
            yield Label(f"Item #{error.item_id} is intussen gewijzigd", classes="dialog-title")
            yield Static(Content.assemble(
                "Terwijl jij wijzigde, bewaarde ", Content(changed_by(error)), " een andere versie",
                (f" (nu versie {error.current_version}; jij begon bij versie {error.expected_version})", MUTED_STYLE),
                ". Welke blijft?",
            ), id="conflict-who")
            with Horizontal(classes="conflict-row conflict-head"):
                yield Static("", classes="conflict-label")
                yield Static(Content.styled("Jouw wijziging", "bold"), id="conflict-mine-head")
                yield Static(Content.assemble(("Nu in de database", "bold"), "\n",
                                              (changed_by(error), MUTED_STYLE)), id="conflict-theirs-head")
            for label, mine, theirs in self.rows:
                with Horizontal(classes="conflict-row"):
                    yield Static(Content.styled(label, MUTED_STYLE), classes="conflict-label")
                    yield Static(Content(printable(mine)), classes="conflict-mine")
                    yield Static(Content(printable(theirs)), classes="conflict-theirs")
            others = self._other_changes()
            if others:
                yield Static(Content.styled(f"Wat zij verder wijzigden blijft hoe dan ook staan: {others}.",
                                            MUTED_STYLE), classes="hint")
            with Horizontal(id="conflict-buttons"):
                yield Button("Houd de mijne (m)", id="conflict-mine", variant="warning", compact=True)
                yield Button("Neem die van hen (t)", id="conflict-theirs", variant="primary", compact=True)
                yield Button(f"{self.cancel_label} (Esc)", id="conflict-cancel", compact=True)

    def _other_changes(self) -> str:
        """Fields the newest change touched that this edit leaves alone."""
        # A due date's phrase is logged beside it, and is part of the same change of the due date.
        fields = ["due" if f == "due_phrase" else f for f in (self.error.last_change or {}).get("changes") or {}]
        names = [FIELD_LABELS[f] for f in fields if f in FIELD_LABELS and f not in self.error.attempted]
        return ", ".join(dict.fromkeys(names))

    @on(Button.Pressed)
    def pressed(self, event: Button.Pressed) -> None:
        self.action_choose({"conflict-mine": "mine", "conflict-theirs": "theirs"}.get(event.button.id or "", ""))

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice or None)
