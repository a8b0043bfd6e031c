"""What a typed due phrase resolves to, for the live previews of the item form and triage (no database)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kamertaak.core.errors import KamertaakError
from kamertaak.core.labels import PRECISION_LABELS, date_nl, recurrence_label
from kamertaak.core.text import one_line
from kamertaak.core.urgency import relative_due

if TYPE_CHECKING:
    from kamertaak.core.deadlines import Resolution


@dataclass(frozen=True)
class DuePreview:
    """A phrase's date in words, with how it was reached; `ok` is False when nothing was recognised."""

    ok: bool
    headline: str
    explanation: str = ""


def unrecognised(phrase: str) -> str:
    """The warning for a due phrase that gives no date, in the CLI's words (the phrase literal, one line)."""
    return f"let op: termijn '{one_line(phrase.strip(), 60)}' niet herkend"


def typed_date(text: str) -> dt.date | None:
    """The date when the text is one written as JJJJ-MM-DD, else None."""
    if len(text) != 10:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def resolve_phrase(phrase: str, ref: dt.date) -> Resolution:
    """The phrase against `ref` with the user's calendar, as the store resolves it when the item is saved."""
    # Imported here: the deadline parser is not needed for the first paint.
    from kamertaak import config
    from kamertaak.core.deadlines import resolve

    return resolve(phrase, ref, config.calendar())


def preview_due(phrase: str, ref: dt.date, today: dt.date, dateless_ok: bool = False,
                not_late: bool = False) -> DuePreview:
    """The resolved date of a phrase (or ISO date) relative to `ref` (the debate date, else today).
    `dateless_ok`: a phrase understood without a date ('zodra de wet is aangenomen': an event) is fine, as
    the store keeps it; only one not understood at all is a warning. `not_late`: a passed date is no
    lateness ('geleden', as list and show say it: a motion awaiting its vote, a meeting; see
    kinds.passed_is_not_late)."""
    text = phrase.strip()
    if not text:
        return DuePreview(True, "geen termijn")
    day = typed_date(text)
    if day is not None:
        return DuePreview(True, f"{date_nl(day)} ({relative_due(day, today, not_late)})", "datum ingevoerd")
    from kamertaak.core.deadlines import impossible_date

    try:
        res = resolve_phrase(text, ref)
    except KamertaakError as exc:
        # The phrase cannot be resolved as asked (a setting, a date out of range): say so where the date goes.
        return DuePreview(False, one_line(exc, 120))
    if res.due is None and dateless_ok and res.precision != "none":
        kind = PRECISION_LABELS.get(res.precision, res.precision)
        return DuePreview(True, f"geen vaste datum ({kind})", res.explanation)
    if res.due is None and impossible_date(text):
        # The store refuses it on saving; say so now, in its words.
        return DuePreview(False, f"termijn '{one_line(text, 60)}' is geen bestaande datum")
    if res.due is None:
        # The parser's "niet herkend: '…'" only repeats the headline; a reason of its own is worth showing.
        why = "" if res.explanation.startswith("niet herkend") else res.explanation
        return DuePreview(False, unrecognised(text), why)
    return DuePreview(True, _headline(res.due, res.precision, res.estimated, res.recurrence, today, not_late),
                      res.explanation)


def preview_stored(item: Mapping[str, Any], today: dt.date, not_late: bool = False) -> DuePreview:
    """The due date an item has now, in the preview's words: what saving keeps when its phrase is not
    changed (a phrase read long ago is not read again from today). `not_late` as for preview_due."""
    if not item.get("due"):
        return preview_due(item.get("due_phrase") or "", today, today, dateless_ok=True)
    due = dt.date.fromisoformat(item["due"])
    if not item.get("due_phrase"):
        return DuePreview(True, f"{date_nl(due)} ({relative_due(due, today, not_late)})", "datum ingevoerd")
    return DuePreview(True, _headline(due, item.get("precision") or "", bool(item.get("estimated")),
                                      item.get("recurrence"), today, not_late), item.get("explanation") or "")


def _headline(due: dt.date, precision: str, estimated: bool, recurrence: str | None, today: dt.date,
              not_late: bool = False) -> str:
    label = PRECISION_LABELS.get(precision, "")
    estimate = "≈ " if estimated else ""
    extra = f" · precisie: {label}" if label and label != "dag" else ""
    again = f" · {recurrence_label(recurrence)}" if recurrence else ""
    return f"{estimate}{date_nl(due)} ({relative_due(due, today, not_late)}){extra}{again}"
