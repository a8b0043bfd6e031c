"""Item kinds, their statuses and the transitions between them (codes are English and stable)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kamertaak.core.errors import DomainError


@dataclass(frozen=True)
class Lifecycle:
    """The statuses of one kind, in board order, with the moves allowed between them."""

    kind: str
    statuses: tuple[str, ...]
    initial: str
    final: frozenset[str]
    transitions: dict[str, tuple[str, ...]]
    # The status that means "done with it" (a recurring item's occurrence rolls on from it).
    accomplished: str
    # The way forward `d` (done) follows, status by status; for most kinds straight to `accomplished`.
    main_line: tuple[str, ...] = ()

    def allowed(self, current: str) -> tuple[str, ...]:
        return self.transitions.get(current, ())

    def can_move(self, current: str, new: str) -> bool:
        return new in self.allowed(current)

    def step(self, current: str, direction: int) -> str | None:
        """The neighbouring status in board order that is an allowed move, or None."""
        order = self.statuses
        i = order.index(current) + direction
        while 0 <= i < len(order):
            if self.can_move(current, order[i]):
                return order[i]
            i += direction
        return None

    def done_step(self, current: str) -> str | None:
        """Where "done" (`d`) takes an item from `current`: the accomplished status for a commitment, a
        deadline or an action; a motion goes one step along its main line (aangekondigd → ingediend →
        aangenomen → uitgevoerd; aangehouden goes on to aangenomen, deels uitgevoerd to uitgevoerd), since
        whether it is adopted or rejected is the Kamer's call and `[ ]` choose the others. None when there
        is no step forward."""
        if current in self.final:
            return None
        if not self.main_line:
            return self.accomplished if self.can_move(current, self.accomplished) else None
        # Forward means later in board order (aangehouden sits between ingediend and aangenomen).
        here = self.statuses.index(current)
        return next((s for s in self.main_line if self.statuses.index(s) > here and self.can_move(current, s)),
                    None)


LIFECYCLES: dict[str, Lifecycle] = {
    "commitment": Lifecycle(
        kind="commitment",
        statuses=("open", "partial", "done", "lapsed"),
        initial="open",
        final=frozenset({"done", "lapsed"}),
        transitions={
            "open": ("partial", "done", "lapsed"),
            "partial": ("open", "done", "lapsed"),
            "done": ("open", "partial"),
            "lapsed": ("open",),
        },
        accomplished="done",
    ),
    "motion": Lifecycle(
        kind="motion",
        # partial (deels uitgevoerd): the government reports the adopted motion partly carried out.
        statuses=("announced", "submitted", "held", "adopted", "partial", "executed", "rejected", "withdrawn",
                  "lapsed"),
        initial="announced",
        final=frozenset({"rejected", "withdrawn", "lapsed", "executed"}),
        transitions={
            "announced": ("submitted", "withdrawn", "lapsed"),
            "submitted": ("held", "adopted", "rejected", "withdrawn", "lapsed"),
            "held": ("submitted", "adopted", "rejected", "withdrawn", "lapsed"),
            "adopted": ("partial", "executed", "lapsed"),
            "partial": ("adopted", "executed", "lapsed"),
            "executed": ("adopted", "partial"),
            "rejected": (),
            "withdrawn": (),
            "lapsed": ("held",),
        },
        accomplished="executed",
        main_line=("announced", "submitted", "adopted", "executed"),
    ),
    "deadline": Lifecycle(
        kind="deadline",
        statuses=("upcoming", "met", "missed", "cancelled"),
        initial="upcoming",
        final=frozenset({"met", "missed", "cancelled"}),
        transitions={
            "upcoming": ("met", "missed", "cancelled"),
            "met": ("upcoming",),
            "missed": ("upcoming", "met"),
            "cancelled": ("upcoming",),
        },
        accomplished="met",
    ),
    "task": Lifecycle(
        kind="task",
        statuses=("todo", "doing", "waiting", "done", "dropped"),
        initial="todo",
        final=frozenset({"done", "dropped"}),
        transitions={
            "todo": ("doing", "waiting", "done", "dropped"),
            "doing": ("todo", "waiting", "done", "dropped"),
            "waiting": ("todo", "doing", "done", "dropped"),
            "done": ("todo", "doing"),
            "dropped": ("todo",),
        },
        accomplished="done",
    ),
    # A written question (Kamervraag): answered within three weeks, six after a postponement notice.
    "question": Lifecycle(
        kind="question",
        statuses=("asked", "postponed", "answered", "withdrawn"),
        initial="asked",
        final=frozenset({"answered", "withdrawn"}),
        transitions={
            "asked": ("postponed", "answered", "withdrawn"),
            "postponed": ("asked", "answered", "withdrawn"),
            "answered": ("asked", "postponed"),
            "withdrawn": ("asked",),
        },
        accomplished="answered",
    ),
}

KINDS: tuple[str, ...] = tuple(LIFECYCLES)
ALL_STATUSES: frozenset[str] = frozenset(s for lc in LIFECYCLES.values() for s in lc.statuses)
FINAL_STATUSES: frozenset[str] = frozenset(s for lc in LIFECYCLES.values() for s in lc.final)
# Statuses that are final for every kind that has them; overdue is decided per kind, see is_open.
PRIORITIES: tuple[str, ...] = ("laag", "normaal", "hoog")
ACTOR_ROLES: tuple[str, ...] = ("member", "minister", "state_secretary", "organisation", "other")


# A deadline item whose title starts with a meeting (a commissiedebat, a tweeminutendebat, the stemmingen,
# a wetgevingsoverleg, a hearing) is an event: it happens on its date rather than being due by it. The
# agenda lists it among the coming debates, and once its day has passed it is history ("geweest"), never
# late. "Schriftelijk overleg" is no meeting (it is a date for written questions), nor is "inbreng".
# The chamber may stand first, as a label or as who meets ("Eerste Kamer: stemming spreidingswet", "Tweede Kamer
# stemt over de moties", "Kamer debatteert over ...", u14: such a retitled meeting had become a late deadline).
_MEETING_TITLE = re.compile(
    r"(?:(?:(?:de\s+)?(?:eerste|tweede)\s+)?kamer\s*[:\-–]?\s+(?=\w)|(?:ek|tk)\s*[:\-–]\s*)?"
    r"(?:(?:stemt|debatteert|vergadert)\b|"
    r"(?:het\s+|de\s+|een\s+)?(?:(?:plenaire?\s+)?\w*debat|(?:algemeen|wetgevings|nota|notitie)\s*overleg|v?ao|"
    r"stemming(?:en)?|hoofdelijke\s+stemming|rondetafelgesprek|hoorzitting|procedurevergadering|"
    r"(?:plenaire\s+)?vergadering|technische\s+briefing|werkbezoek|vragenuur|mondelinge\s+vragen|"
    r"begrotingsbehandeling|plenaire\s+behandeling|behandeling\s+in\s+de\s+(?:eerste|tweede)\s+kamer|"
    r"installatie|interpellatie)\b)",
    re.IGNORECASE,
)


def is_meeting(kind: str, title: str) -> bool:
    """Whether an item of this kind and title is a meeting on its date (an event), not a deadline."""
    return kind == "deadline" and _MEETING_TITLE.match(title.strip()) is not None


# The cabinet's appreciation of a motion, as the Kamer's register spells it (Zaak.Kabinetsappreciatie).
APPRECIATIONS: tuple[str, ...] = ("Ontraden", "Ontraden, tenzij gewijzigd", "Oordeel Kamer", "Overgenomen",
                                  "Verzocht motie aan te houden", "Ontijdig")
# How a user may type them (`set ID appreciation=ontraden`).
_APPRECIATION_WORDS = {"oordeel aan de kamer": "Oordeel Kamer", "aanhouden": "Verzocht motie aan te houden",
                       "aangehouden": "Verzocht motie aan te houden"}


def appreciation_code(word: str) -> str | None:
    """The appreciation a typed word means ('ontraden', 'oordeel kamer', 'Overgenomen'); None for ''."""
    key = " ".join(word.replace(",", " ").split()).lower()
    if not key:
        return None
    for value in APPRECIATIONS:
        if key == " ".join(value.replace(",", " ").split()).lower():
            return value
    if key in _APPRECIATION_WORDS:
        return _APPRECIATION_WORDS[key]
    raise DomainError(f"onbekende appreciatie '{word}'; kies uit {', '.join(APPRECIATIONS)}")


def lifecycle(kind: str) -> Lifecycle:
    try:
        return LIFECYCLES[kind]
    except KeyError:
        from kamertaak.core.labels import KIND_LABELS

        known = ", ".join(f"{k} ({KIND_LABELS[k]})" for k in KINDS)
        raise DomainError(f"onbekende soort '{kind}'; kies uit {known}") from None


def kind_code(word: str) -> str:
    """The kind for a code or its Dutch word ('toezegging', 'moties', 'Actie' ...)."""
    from kamertaak.core.labels import KIND_LABELS, KIND_PLURALS

    key = word.strip().lower()
    for code in KINDS:
        if key in (code, KIND_LABELS[code], KIND_PLURALS[code]):
            return code
    return lifecycle(key).kind  # raises with the list of kinds


def status_code(kind: str, word: str) -> str:
    """The status of a kind for a code or its Dutch word ('aangenomen' for a motion is adopted)."""
    from kamertaak.core.labels import status_label

    key = word.strip().lower()
    for code in lifecycle(kind).statuses:
        if key in (code, status_label(kind, code)):
            return code
    return check_status(kind, key)  # raises with the list of statuses


def status_codes(word: str) -> set[str]:
    """Every status code a code or Dutch word can mean across kinds ('vervallen': lapsed, cancelled)."""
    from kamertaak.core.labels import STATUS_LABELS

    key = word.strip().lower()
    codes = {code for (_, code), label in STATUS_LABELS.items() if key in (code, label)}
    if not codes:
        raise DomainError(f"onbekende status '{word}'; kies uit {', '.join(sorted(set(STATUS_LABELS.values())))}")
    return codes


def is_open(kind: str, status: str) -> bool:
    """True while the item still asks for attention (its status is not final for its kind)."""
    return status not in lifecycle(kind).final


# A motion before its vote: its term (the dictum's "vóór de zomer") is the government's once the Kamer adopts
# it; until then nobody owes anything by that date, so it is never late (te laat).
AWAITING_VOTE: frozenset[str] = frozenset({"announced", "submitted", "held"})


def passed_is_not_late(kind: str, status: str, event: bool = False) -> bool:
    """A passed date that is no lateness: a meeting's (`event`: it was held, 'geleden') or the term of a
    motion awaiting its vote."""
    return event or (kind == "motion" and status in AWAITING_VOTE)


def can_be_late(kind: str, status: str, event: bool = False) -> bool:
    """Whether a passed due date makes the item late (te laat): only an open item's, and not when
    passed_is_not_late."""
    return is_open(kind, status) and not passed_is_not_late(kind, status, event)


def check_status(kind: str, status: str) -> str:
    from kamertaak.core.labels import kind_label, status_label

    lc = lifecycle(kind)
    if status not in lc.statuses:
        choices = ", ".join(f"{status_label(kind, s)} ({s})" for s in lc.statuses)
        raise DomainError(f"onbekende status '{status}' voor een {kind_label(kind)}; kies uit {choices}")
    return status


def check_transition(kind: str, current: str, new: str) -> None:
    lc = lifecycle(kind)
    check_status(kind, new)
    if new == current:
        raise DomainError(f"status is al '{new}'")
    if not lc.can_move(current, new):
        from kamertaak.core.labels import kind_label, status_label

        allowed = ", ".join(f"{status_label(kind, s)} ({s})" for s in lc.allowed(current)) or "geen"
        raise DomainError(
            f"een {kind_label(kind)} kan niet van {status_label(kind, current)} naar {status_label(kind, new)};"
            f" toegestaan: {allowed}"
        )
