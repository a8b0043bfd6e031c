"""Codes to Dutch words: the one table the interface reads its labels from."""

from __future__ import annotations

from kamertaak.core.dutch import month_name

KIND_LABELS: dict[str, str] = {
    "commitment": "toezegging",
    "motion": "motie",
    "deadline": "termijn",
    "task": "actie",
    "question": "kamervraag",
}

KIND_PLURALS: dict[str, str] = {
    "commitment": "toezeggingen",
    "motion": "moties",
    "deadline": "termijnen",
    "task": "acties",
    "question": "kamervragen",
}

STATUS_LABELS: dict[tuple[str, str], str] = {
    ("commitment", "open"): "openstaand",
    ("commitment", "partial"): "deels voldaan",
    ("commitment", "done"): "voldaan",
    ("commitment", "lapsed"): "vervallen",
    ("motion", "announced"): "aangekondigd",
    ("motion", "submitted"): "ingediend",
    ("motion", "held"): "aangehouden",
    ("motion", "withdrawn"): "ingetrokken",
    ("motion", "adopted"): "aangenomen",
    ("motion", "rejected"): "verworpen",
    ("motion", "lapsed"): "vervallen",
    ("motion", "partial"): "deels uitgevoerd",
    ("motion", "executed"): "uitgevoerd",
    ("deadline", "upcoming"): "gepland",
    ("deadline", "met"): "gehaald",
    ("deadline", "missed"): "gemist",
    ("deadline", "cancelled"): "vervallen",
    ("task", "todo"): "te doen",
    ("task", "doing"): "bezig",
    ("task", "waiting"): "wacht",
    ("task", "done"): "klaar",
    ("task", "dropped"): "geschrapt",
    ("question", "asked"): "gesteld",
    ("question", "postponed"): "uitgesteld",
    ("question", "answered"): "beantwoord",
    ("question", "withdrawn"): "ingetrokken",
}

# What a meeting (an event item) still open after its day is: history, not late.
PASSED_LABEL = "geweest"

# A debate that follows a Kamer activity: its status on the Kamer's agenda ('' for one recorded by hand).
DEBATE_STATUS_LABELS: dict[str, str] = {
    "planned": "gepland",
    "held": "gehouden",
    "cancelled": "geannuleerd",
    "moved": "verplaatst",
}

PRECISION_LABELS: dict[str, str] = {
    "day": "dag",
    "week": "week",
    "month": "maand",
    "quarter": "kwartaal",
    "season": "seizoen",
    "year": "jaar",
    "vague": "vaag",
    "event": "gebeurtenis",
    "none": "onbekend",
}

SECTION_LABELS: dict[str, str] = {
    "overdue": "Te laat",
    "today": "Vandaag",
    "week": "Deze week",
    "soon": "Binnenkort",
    "reminders": "Herinneringen",
    "debates": "Komende debatten",
}

RECURRENCE_LABELS: dict[str, str] = {
    "yearly": "jaarlijks",
    "halfyearly": "halfjaarlijks",
    "quarterly": "elk kwartaal",
    "monthly": "maandelijks",
    "weekly": "wekelijks",
}

ROLE_LABELS: dict[str, str] = {
    "member": "Kamerlid",
    "minister": "minister",
    "state_secretary": "staatssecretaris",
    "organisation": "organisatie",
    "other": "overig",
}

FIELD_LABELS: dict[str, str] = {
    "title": "titel",
    "text": "tekst",
    "status": "status",
    "due": "termijn",
    "due_phrase": "termijnzin",
    "scheduled": "gepland op",
    "event": "vergadering",
    "appreciation": "appreciatie",
    "hide_until": "verborgen tot",
    "priority": "prioriteit",
    "owner": "eigenaar",
    "stance": "standpunt",
    "next_action": "volgende stap",
    "kind": "soort",
    "debate_id": "debat",
    "debate_date": "debatdatum",
    "actors": "actoren",
    "topics": "onderwerpen",
    "deleted": "verwijderd",
}


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind)


def status_label(kind: str, status: str) -> str:
    return STATUS_LABELS.get((kind, status), status)


def recurrence_label(code: str) -> str:
    return RECURRENCE_LABELS.get(code, code)


def date_nl(d: object, short: bool = False) -> str:
    """'3 april 2025' (short: '3 apr 2025') for a date or ISO string; '' for None."""
    import datetime as dt

    if d is None or d == "":
        return ""
    day = d if isinstance(d, dt.date) else dt.date.fromisoformat(str(d))
    return f"{day.day} {month_name(day.month, short)} {day.year}"


def debate_status_label(status: str | None) -> str:
    return DEBATE_STATUS_LABELS.get(status or "", status or "")


def item_numbers(ids: list[int], shown: int = 10) -> str:
    """'#4, #6, #9' for the items named, each once in the order given; past `shown` of them '... en 12 andere'."""
    distinct = list(dict.fromkeys(ids))
    names = ", ".join(f"#{i}" for i in distinct[:shown])
    return names + (f" en {len(distinct) - shown} andere" if len(distinct) > shown else "")


def text_size(characters: int) -> str:
    """A text's size as triage's limit says it ('2 MB'): '1,9 MB', '350 kB', '800 tekens'."""
    if characters >= 1_000_000:
        return f"{characters / 1_000_000:.1f}".replace(".", ",") + " MB"
    if characters >= 1_000:
        return f"{characters // 1_000} kB"
    return counted(characters, "teken", "tekens")


def reading_words(characters: int, seconds: float) -> str:
    """What triage shows while it reads a text: 'tekst lezen… 1,9 MB, 12 s' (the seconds once there are any)."""
    elapsed = f", {int(seconds)} s" if seconds >= 1 else ""
    return f"tekst lezen… {text_size(characters)}{elapsed}"


def counted(n: int, one: str, many: str) -> str:
    """'1 motie', '3 moties', '0 moties': the singular for exactly one."""
    return f"{n} {one if n == 1 else many}"


def offset_words(days: int) -> str:
    """How long before a due date a reminder goes off: 'op de dag zelf', '1 dag voor', '2 dagen voor',
    '1 week voor', '3 weken voor' (whole weeks in weeks). The one wording of an offset, for every face."""
    if days == 0:
        return "op de dag zelf"
    if days % 7 == 0:
        return counted(days // 7, "week", "weken") + " voor"
    return counted(days, "dag", "dagen") + " voor"


# A reminder's states in the words every face and the history use (the TUI's keys: x afvinken, z sluimeren).
REMINDER_DISMISSED = "afgevinkt"
REMINDER_SENT = "verstuurd"
REMINDER_ACTIVE = "actief"


def snoozed_words(until: str) -> str:
    """'gesluimerd tot 12 april 2025' for a snooze until an ISO date (time); a time other than midnight is
    said too ('gesluimerd tot 12 april 2025 14:30'), as `remind snooze --until` may set one."""
    clock = until[11:16] if len(until) >= 16 else ""
    return f"gesluimerd tot {date_nl(until[:10])}" + (f" {clock}" if clock and clock != "00:00" else "")
