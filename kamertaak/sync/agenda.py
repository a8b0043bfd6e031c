"""The Kamer's agenda: activities (`activiteit`) become debates, and deadlines tied to them follow.

An activity (tk-opendata fact 12) has a `soort` (Commissiedebat, Plenair debat (tweeminutendebat),
Stemmingen, Wetgevingsoverleg, ...), `datum`, `aanvangstijd`, `status` (Gepland, Uitgevoerd, Geannuleerd,
Verplaatst), `datumSoort` ("Nog geen datum bekend" for one not scheduled yet, without `datum`),
`onderwerp`, `voortouwnaam`/`voortouwafkorting` and `nummer`; agenda items (`agendapunt`) point at it
and cases (`zaak`) at them. A meeting that is moved gets status Verplaatst, and the meeting that
replaces it points back with `vervangenVanuit`: the debate then follows the new meeting.

An activity becomes a debate when a follow rule matches it (committee, subject or agenda text, people,
parties; the dossier numbers of its cases are part of the text), when an item is tied to its number
(`kamertaak link ID 2025A04002`), or when it replaces a meeting that is a debate already. A tied item's
due date follows the meeting whenever the Kamer schedules or moves it; until then it keeps what the
user estimated.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kamertaak.core.bounds import in_range
from kamertaak.core.kinds import is_open
from kamertaak.core.moments import local_moment
from kamertaak.store.entities import Entity, EntityStore
from kamertaak.store.queries import items_with_registers
from kamertaak.store.register import FollowRule
from kamertaak.store.service import Store
from kamertaak.sync.entities import ACTIVITY, ACTIVITY_ACTOR, AGENDA_ITEM, CASE, DOSSIER

SOURCE = "tweedekamer"
STATUSES = {"gepland": "planned", "uitgevoerd": "held", "geannuleerd": "cancelled", "verplaatst": "moved"}
UNSCHEDULED = "nog geen datum bekend"


def _words(value: str) -> str:
    return " ".join(value.split()).lower()


def debate_kind(soort: str) -> str:
    """'Plenair debat (tweeminutendebat)' → 'tweeminutendebat'; 'Commissiedebat' → 'commissiedebat'."""
    words = _words(soort)
    if "(" in words and words.endswith(")"):
        return words[words.rindex("(") + 1:-1].strip()
    return words


def activity_status(raw: str) -> str:
    """Our status for the register's; one nobody documented is kept in its own words."""
    return STATUSES.get(_words(raw), _words(raw))


def committee_name(activity: Entity) -> str:
    name, short = activity.field("voortouwnaam"), activity.field("voortouwafkorting")
    return f"{name} ({short})" if name and short and short.lower() != name.lower() else name or short


@dataclass
class AgendaOutcome:
    debate_id: int | None = None
    created: bool = False
    changed: bool = False
    items_moved: int = 0


def activity_values(activity: Entity) -> dict[str, Any]:
    """The debate's columns for an activity."""
    moment = None if _words(activity.field("datumSoort")) == UNSCHEDULED else local_moment(activity.field("datum"))
    if moment and not in_range(moment[0]):
        moment = None  # a placeholder date (9999-12-31) is no date: the tracker stores 1900-2199
    start = local_moment(activity.field("aanvangstijd"))
    time = start[1] if start and start[1] is not None else (moment[1] if moment else None)
    return {"kind": debate_kind(activity.field("soort")), "title": activity.field("onderwerp"),
            "date": moment[0].isoformat() if moment else None,
            "time": time.strftime("%H:%M") if time is not None and (time.hour or time.minute) else None,
            "committee": committee_name(activity) or None, "number": activity.field("nummer") or None,
            "status": activity_status(activity.field("status"))}


def search_values(entities: EntityStore, activity: Entity) -> dict[str, str]:
    """What follow rules match an activity on: committee, subject and agenda (with dossier numbers),
    the people and parties taking part, the ministries of the cabinet members there."""
    texts: list[str] = [activity.field("soort")]
    for point in entities.children(AGENDA_ITEM, ACTIVITY, activity.id):
        texts.append(point.field("onderwerp"))
        for case in entities.children(CASE, AGENDA_ITEM, point.id):
            texts += [case.field("nummer"), case.field("onderwerp")]
            dossier = entities.get(DOSSIER, case.ref(DOSSIER))
            if dossier is not None:
                texts.append(dossier.field("nummer"))
    people, parties, ministries = [], [], []
    for actor in entities.children(ACTIVITY_ACTOR, ACTIVITY, activity.id):
        people.append(actor.field("actorNaam"))
        parties.append(actor.field("actorFractie"))
        function = actor.field("functie")
        if " van " in function.lower():
            ministries.append(function[function.lower().index(" van ") + 5:])
    return {"committee": f"{activity.field('voortouwnaam')} {activity.field('voortouwafkorting')}",
            "title": activity.field("onderwerp"), "text": " ".join(t for t in texts if t),
            "people": "; ".join(p for p in people if p), "parties": "; ".join(p for p in parties if p),
            "ministry": "; ".join(m for m in ministries if m)}


def _tied_items(store: Store, numbers: list[str]) -> list[dict[str, Any]]:
    """Open items tied to any of these activity numbers (a register number on the item)."""
    rows = items_with_registers(store.db, [n.upper() for n in numbers])
    return [r for r in rows if is_open(r["kind"], r["status"])]


def _debate_for(store: Store, external_id: str) -> dict[str, Any] | None:
    return store.db.one("SELECT * FROM debate WHERE external_id = :e", {"e": external_id})


def update_activity(store: Store, entities: EntityStore, activity_id: str, rules: list[FollowRule],
                    *, force: bool = False) -> AgendaOutcome:
    """Bring one activity into the agenda: create or update its debate when it is followed, and move
    the due dates tied to it when its date changed. `force` follows it whatever the rules say."""
    outcome = AgendaOutcome()
    activity = entities.get(ACTIVITY, activity_id)
    if activity is None:
        return outcome
    replaced = [entities.get(ACTIVITY, r) for r in activity.refs.get("vervangenVanuit", ())]
    numbers = [activity.field("nummer")] + [r.field("nummer") for r in replaced if r is not None]
    numbers = [n for n in numbers if n]
    successor = next((s for s in entities.children(ACTIVITY, "vervangenVanuit", activity.id)
                      if _debate_for(store, s.id) is not None), None)
    if successor is not None:
        return outcome  # its replacement carries the debate now
    existing = _debate_for(store, activity.id)
    replaces = next((r.id for r in replaced if r is not None and _debate_for(store, r.id) is not None), None)
    tied = _tied_items(store, numbers)
    followed = force or existing is not None or replaces is not None or bool(tied)
    if not followed and not activity.deleted:
        values = search_values(entities, activity)
        followed = any(rule.matches(values) for rule in rules)
    if not followed:
        return outcome
    values = activity_values(activity)
    if activity.deleted:
        values["status"] = "cancelled"
    elif replaces is not None and values["status"] == "planned":
        values["status"] = "moved"
    before = existing or (_debate_for(store, replaces) if replaces else None)
    debate_id, diff = store.follow_activity(activity.id, values, replaces=replaces, source=SOURCE)
    outcome.debate_id = debate_id
    outcome.created = before is None
    outcome.changed = bool(diff)
    date = values["date"]
    if date and (before is None or before["date"] != date):
        for item in tied:
            if item["due"] != date:
                store.update_item(item["id"], {"due": date}, source=SOURCE)
                outcome.items_moved += 1
    return outcome


def tie_item(store: Store, item_id: int, number: str) -> dict[str, Any] | None:
    """Tie an item to an activity by its number (the user's act): the number goes on the item, the
    activity becomes a debate if it is stored, and a scheduled one sets the item's due date now (logged
    as the register's). Returns the debate, or None while the activity has not been synced yet (the
    sync takes it up when it comes)."""
    from kamertaak.store import queries

    entities = EntityStore(store.db, store.stamp)
    # One logged step for the item (its number and the due date it takes), so one undo takes it back.
    with store.one_step(item_id, "register_link"):
        store.add_register(item_id, number)
        activity = entities.by_field(ACTIVITY, "nummer", number)
        if activity is not None:
            update_activity(store, entities, activity.id, [], force=True)
        debate = store.db.one("SELECT * FROM debate WHERE number = :n ORDER BY id DESC LIMIT 1",
                              {"n": number.upper()})
        if debate is None:
            return None
        item = queries.get_item(store.db, item_id, store.today())
        if item is not None and debate["date"] and item["due"] != debate["date"] and is_open(item["kind"],
                                                                                               item["status"]):
            store.update_item(item_id, {"due": debate["date"]}, source=SOURCE)
        return debate
