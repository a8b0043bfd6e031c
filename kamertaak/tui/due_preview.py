"""What a typed due phrase resolves to, for the live preview in the item form (pure, no database)."""

from __future__ import annotations

import datetime as dt
import inspect
from dataclasses import dataclass

from kamertaak.core.labels import PRECISION_LABELS, date_nl
from kamertaak.core.urgency import relative_due

RECURRENCE_LABELS = {"yearly": "elk jaar", "halfyearly": "elk halfjaar", "quarterly": "elk kwartaal",
                     "monthly": "elke maand", "weekly": "elke week"}


def recurrence_label(code: str | None) -> str:
    """'quarterly' → 'elk kwartaal'."""
    return RECURRENCE_LABELS.get(code or "", code or "")


@dataclass(frozen=True)
class DuePreview:
    """A phrase's date in words, with how it was reached; `ok` is False when nothing was recognised."""

    ok: bool
    headline: str
    explanation: str = ""


def _resolve(phrase: str, ref: dt.date) -> object:
    # Imported here: the deadline module is optional at start-up and may be missing in an old tree.
    from kamertaak.core import deadlines

    resolve = deadlines.resolve
    try:
        count = len(inspect.signature(resolve).parameters)
    except (TypeError, ValueError):
        count = 2
    if count >= 3:
        from kamertaak import config

        calendar = getattr(config, "calendar", None)
        if calendar is not None:
            return resolve(phrase, ref, calendar())
    return resolve(phrase, ref)


def preview_due(phrase: str, ref: dt.date, today: dt.date) -> DuePreview:
    """The resolved date of a phrase (or ISO date) relative to `ref` (the debate date, else today)."""
    text = phrase.strip()
    if not text:
        return DuePreview(True, "geen termijn")
    if len(text) == 10:
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            day = None
        if day is not None:
            return DuePreview(True, f"{date_nl(day)} ({relative_due(day, today)})", "datum ingevoerd")
    try:
        res = _resolve(text, ref)
    except ImportError:
        return DuePreview(False, "termijnzinnen worden nog niet herkend; geef een datum JJJJ-MM-DD")
    except ValueError as exc:
        return DuePreview(False, f"niet herkend: {exc}")
    due = getattr(res, "due", None)
    explanation = str(getattr(res, "explanation", "") or "")
    if due is None:
        return DuePreview(False, "niet herkend als datum", explanation)
    precision = PRECISION_LABELS.get(str(getattr(res, "precision", "") or ""), "")
    estimate = "≈ " if getattr(res, "estimated", False) else ""
    extra = f" · precisie: {precision}" if precision and precision != "dag" else ""
    recurrence = getattr(res, "recurrence", None)
    again = f" · {recurrence_label(recurrence)}" if recurrence else ""
    return DuePreview(True, f"{estimate}{date_nl(due)} ({relative_due(due, today)}){extra}{again}", explanation)
