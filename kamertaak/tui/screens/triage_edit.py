"""Editing a triage proposal before it is accepted: kind, status, title, due phrase (with a live preview
of the date it resolves to against the debate date) and actors."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select, Static

from kamertaak.core.actors import ExtractedActor
from kamertaak.core.bounds import check_title
from kamertaak.core.deadlines import impossible_date
from kamertaak.core.errors import DomainError, KamertaakError
from kamertaak.core.extract import Candidate
from kamertaak.core.kinds import KINDS, is_meeting, lifecycle, passed_is_not_late
from kamertaak.core.labels import date_nl, kind_label, status_label
from kamertaak.core.refs import ActorRef
from kamertaak.core.text import one_line
from kamertaak.reports.detail import actor_label
from kamertaak.tui.due_preview import preview_due, resolve_phrase, typed_date
from kamertaak.tui.present import MUTED_STYLE
from kamertaak.tui.screens.base import fields_from_the_start, mark_focused_row, typing_caught_up
from kamertaak.tui.screens.item_form import PLACEHOLDERS


def extracted_label(actor: ExtractedActor) -> str:
    """'Van Nispen (SP)', 'minister Van Weel (J&V)' → 'Van Weel (J&V)': as the item will show it once accepted."""
    return actor_label(actor.to_json())


def candidate_actors_text(candidate: Candidate) -> str:
    return ", ".join(extracted_label(a) for a in candidate.actors)


def parse_actors(text: str, known: tuple[ExtractedActor, ...]) -> tuple[ExtractedActor, ...]:
    """Actors from 'Van Nispen (SP), staatssecretaris (J&V)'; a label the proposal already had keeps its
    actor as extracted (role, ministry). DomainError for a label that is not understood."""
    by_label = {extracted_label(a): a for a in known}
    out: list[ExtractedActor] = []
    for label in (part.strip() for part in text.split(",")):
        if not label:
            continue
        if label in by_label:
            out.append(by_label[label])
            continue
        ref = ActorRef.parse(label)
        out.append(ExtractedActor(name=ref.name, party=ref.party or None, role=ref.role, ministry=ref.ministry or None))
    return tuple(out)


def status_options(kind: str) -> list[tuple[Content, str]]:
    """The statuses a proposal of this kind may have, in their order, for the status field."""
    return [(Content(status_label(kind, s)), s) for s in lifecycle(kind).statuses]


def kept_status(kind: str, status: object) -> str:
    """The status if a proposal of this kind may have it, else the kind's first."""
    cycle = lifecycle(kind)
    return status if isinstance(status, str) and status in cycle.statuses else cycle.initial


def edited_candidate(candidate: Candidate, *, kind: str, title: str, due_phrase: str, actors: str,
                     ref: dt.date, status: str | None = None) -> Candidate:
    """The proposal with the user's changes; DomainError says what is wrong. The quote and its span stay.
    Without `status` the proposal keeps its own where the kind allows it."""
    title = check_title(" ".join(title.split()), "een voorstel")
    status = kept_status(kind, status if status is not None else candidate.status)
    changes: dict[str, object] = {"kind": kind, "status": status, "title": title}
    phrase = " ".join(due_phrase.split())
    if phrase != (candidate.due_phrase or (candidate.due.isoformat() if candidate.due else "")):
        if not phrase:
            changes.update(due=None, due_phrase=None, precision="none", explanation=None)
        elif (day := typed_date(phrase)) is not None:
            changes.update(due=day, due_phrase=None, precision="day", explanation="datum ingevoerd")
        else:
            res = resolve_phrase(phrase, ref)
            if res.due is None and impossible_date(phrase):
                raise DomainError(f"termijn '{phrase}' is geen bestaande datum")
            if res.due is None:
                raise DomainError(f"termijn '{phrase}' niet herkend; geef een datum JJJJ-MM-DD of een zin "
                                  "als 'voor de zomer'")
            changes.update(due=res.due, due_phrase=phrase, precision=res.precision, explanation=res.explanation)
    if actors.strip() != candidate_actors_text(candidate):
        changes["actors"] = parse_actors(actors, candidate.actors)
    return replace(candidate, **changes)  # type: ignore[arg-type]


class TriageEditScreen(ModalScreen[Candidate | None]):
    """Returns the changed proposal, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Bewaar", id="triage-edit-save", priority=True),
        Binding("escape", "cancel", "Annuleer", id="triage-edit-cancel"),
    ]

    def __init__(self, candidate: Candidate, ref: dt.date, today: dt.date) -> None:
        super().__init__()
        self.candidate = candidate
        self.ref = ref
        self.today = today

    def on_descendant_focus(self) -> None:
        mark_focused_row(self)  # as in the item form: the row with the focus shows "▸ " before its label

    def on_descendant_blur(self) -> None:
        self.call_after_refresh(mark_focused_row, self)

    def compose(self) -> ComposeResult:
        c = self.candidate
        with Vertical(id="triage-edit", classes="dialog"):
            yield Label("Voorstel wijzigen", classes="dialog-title")
            with Horizontal(classes="form-row"):
                yield Label("soort", classes="form-label")
                yield Select([(Content(kind_label(k)), k) for k in KINDS], value=c.kind, allow_blank=False,
                             id="triage-edit-kind", compact=True)
            with Horizontal(classes="form-row"):
                # u8: a wrong status ("deels uitgevoerd" guessed) could only be mended after accepting
                yield Label("status", classes="form-label")
                yield Select(status_options(c.kind), value=kept_status(c.kind, c.status), allow_blank=False,
                             id="triage-edit-status", compact=True)
            with Horizontal(classes="form-row"):
                yield Label("titel", classes="form-label")
                yield Input(c.title, id="triage-edit-title", compact=True)
            with Horizontal(classes="form-row"):
                yield Label("termijn", classes="form-label")
                yield Input(c.due_phrase or (c.due.isoformat() if c.due else ""), id="triage-edit-due",
                            placeholder=PLACEHOLDERS["due"], compact=True)
            yield Static(Content.styled("geen termijn", MUTED_STYLE), id="triage-edit-preview")
            with Horizontal(classes="form-row"):
                yield Label("actoren", classes="form-label")
                yield Input(candidate_actors_text(c), id="triage-edit-actors",
                            placeholder=PLACEHOLDERS["actors"], compact=True)
            yield Static("", id="triage-edit-problem", classes="problem")
            yield Label(f"termijnen vanaf de debatdatum {date_nl(self.ref)} · ctrl+s of Enter bewaart · Esc annuleert",
                        classes="hint")

    def on_mount(self) -> None:
        self.query_one("#triage-edit-title", Input).focus()
        self.update_preview()
        # Each field from its first letter (an Input opens at its end, hiding a long title's start).
        self.call_after_refresh(fields_from_the_start, self)

    @on(Select.Changed, "#triage-edit-kind")
    def kind_changed(self) -> None:
        """Another kind has other statuses: the field offers them, keeping the chosen one where it fits."""
        kind = str(self.query_one("#triage-edit-kind", Select).value)
        field = self.query_one("#triage-edit-status", Select)
        keep = kept_status(kind, field.value)
        field.set_options(status_options(kind))
        field.value = keep
        self.update_preview()

    @on(Input.Changed, "#triage-edit-due")
    @on(Input.Changed, "#triage-edit-title")
    @on(Select.Changed, "#triage-edit-status")
    def update_preview(self) -> None:
        """Resolve the phrase as it is typed (pure and quick, so it runs right here)."""
        phrase = self.query_one("#triage-edit-due", Input).value
        c = self.candidate
        if c.due is not None and phrase.strip() == (c.due_phrase or "") and phrase.strip():
            # The proposal's own date may come from more than the phrase (the debate's context): show it.
            headline, ok, explanation = f"{date_nl(c.due)} (voorgesteld)", True, c.explanation or ""
        else:
            kind = str(self.query_one("#triage-edit-kind", Select).value)
            status = kept_status(kind, self.query_one("#triage-edit-status", Select).value)
            title = self.query_one("#triage-edit-title", Input).value
            # A submitted motion's passed term is no lateness, nor a meeting's day: 'geleden', as list and show say
            preview = preview_due(phrase, self.ref, self.today,
                                  not_late=passed_is_not_late(kind, status, is_meeting(kind, title)))
            headline, ok, explanation = preview.headline, preview.ok, preview.explanation
        parts: list[Content | tuple[str, str] | str] = [
            ("→ ", MUTED_STYLE), (headline, "bold" if ok else "$text-warning")]
        if explanation:
            parts += ["\n  ", (one_line(explanation), MUTED_STYLE)]
        self.query_one("#triage-edit-preview", Static).update(Content.assemble(*parts))

    @on(Input.Submitted)
    async def action_save(self) -> None:
        await typing_caught_up(self)
        if self.app.screen is not self:  # closed meanwhile (Esc)
            return
        kind = self.query_one("#triage-edit-kind", Select).value
        try:
            changed = edited_candidate(
                self.candidate, kind=str(kind), title=self.query_one("#triage-edit-title", Input).value,
                due_phrase=self.query_one("#triage-edit-due", Input).value,
                actors=self.query_one("#triage-edit-actors", Input).value, ref=self.ref,
                status=kept_status(str(kind), self.query_one("#triage-edit-status", Select).value))
        except KamertaakError as exc:
            self.query_one("#triage-edit-problem", Static).update(Content.styled(one_line(str(exc)), "$text-error"))
            return
        self.dismiss(changed)

    def action_cancel(self) -> None:
        self.dismiss(None)
