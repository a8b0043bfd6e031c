"""Commitments and motions in our words, assembled from the register's entities as stored.

The register is a graph in which the child owns the link (tk-opendata fact 18): a decision (`Besluit`),
an actor (`ZaakActor`) and a document name their case, a vote (`Stemming`) its decision, an agenda
item its activity. So a motion is its `Zaak` plus what points at it, looked up in the entity store
whichever route brought them in and in whatever order they came:

- the Kamerstuk number is the dossier's number (`Kamerstukdossier`) with the motion document's
  `volgnummer` (fact 10: it lives on `Document`);
- submitters and their party come from `ZaakActor` (`ActorFractie`, else the linked `Fractie`), never
  from `Persoon.Fractielabel`, which is empty for Tweede Kamer members (fact 7);
- the outcome is the latest *vote* decision, decisions ordered by their meeting's date (`Besluit →
  Agendapunt → Activiteit.Datum`), skipping the filing decision (`Ingediend`) beside it and proposals
  (`Status` `Voorstel` / `Concept voorstel`) (facts 8, 17);
- votes per item 17: a party row counts its seats less its dissenters, each dissenter and each
  roll-call member one; corrections (`Vergissing`) and duplicate rows are left out.

A commitment is its `Toezegging` with its activity, the persons and parties it was made to (feed:
repeated `toegezegdAan` references; OData: the `ToegezegdAan` link's ids; a person's party through
`FractieZetelPersoon → FractieZetel → Fractie`) and its fulfilling letters (feed: text, OData: a
list of documents). Statuses outside the schema's four (`Afgedaan`, seen live) are kept raw and
flagged, never dropped (fact 22).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kamertaak.core.bounds import in_range
from kamertaak.core.errors import SyncError
from kamertaak.core.refs import normalise_register
from kamertaak.core.text import one_line
from kamertaak.core.votes import VoteCount, count_votes, deciding
from kamertaak.store.entities import Entity, EntityStore
from kamertaak.store.votes import decision_rows, vote_rows
from kamertaak.sync.records import parse_instant

# The mirror's categories (register_record.category).
COMMITMENT = "Toezegging"
MOTION = "Motie"
TITLE_WIDTH = 100


class MappingError(SyncError, ValueError):
    """A register record lacks a field we cannot do without; the message names record and field."""


# -- values ----------------------------------------------------------------------------------------------


def text(entity: Entity | None, name: str) -> str:
    """A field as text, whitespace folded; a NUL character (which no backend stores) is dropped."""
    if entity is None:
        return ""
    value = entity.fields.get(name)
    return "" if value is None else " ".join(str(value).replace("\x00", "").split())


def ref(entity: Entity | None, name: str) -> str | None:
    ids = entity.refs.get(name) if entity is not None else None
    return ids[0] if ids else None


def values(entity: Entity, name: str) -> list[str]:
    """Every value of a field the register may repeat (stored one per line)."""
    value = entity.fields.get(name)
    return [v.strip() for v in str(value).replace("\x00", "").splitlines() if v.strip()] if value else []


def parse_date(value: str | None) -> str | None:
    """The calendar date as the register wrote it (not shifted to UTC); None for no date: none given,
    0001-01-01, or one outside the range the tracker stores (a 9999-12-31 placeholder)."""
    raw = (value or "").strip()
    if not raw or raw.startswith("0001-01-01"):
        return None
    try:
        day = dt.date.fromisoformat(raw[:10])
    except ValueError:
        return None
    return day.isoformat() if in_range(day) else None


def parse_moment(value: str | None) -> dt.datetime | None:
    raw = (value or "").strip()
    if not raw or raw.startswith("0001-01-01"):
        return None
    try:
        return parse_instant(raw)
    except ValueError:
        day = parse_date(raw)
        return dt.datetime.fromisoformat(day).replace(tzinfo=dt.UTC) if day else None


def _key(value: str) -> str:
    return " ".join(value.split()).casefold()


# -- statuses ------------------------------------------------------------------------------------------

# The schema's enumeration (tkData-v1-0-toezegging.xsd), any capitalisation. Anything else ('Afgedaan')
# is kept as the raw status and flagged.
COMMITMENT_STATUSES: dict[str, str] = {
    "openstaand": "open",
    "voldaan": "done",
    "deels voldaan": "partial",
    "vervallen": "lapsed",
}

# BesluitSoort values that decide a motion's fate.
MOTION_OUTCOMES: dict[str, str] = {
    "stemmen - aangenomen": "adopted",
    "stemmen - zonder stemming aannemen": "adopted",
    "stemmen - verworpen": "rejected",
    "stemmen - niet aangenomen": "rejected",
    "stemmen - aangehouden": "held",
    "stemmen - ingetrokken": "withdrawn",
    "stemmen - vervallen": "lapsed",
    "termijn - vervallen in verband met verstrijken termijn": "lapsed",
    # The vote was put off or tied: the motion is still waiting for a vote.
    "stemmen - uitstellen": "submitted",
    "stemmen - gestaakt": "submitted",
}
MOTION_DEFAULT_STATUS = "submitted"  # a motion the register knows has at least been submitted


def commitment_status(raw: str | None) -> tuple[str | None, bool]:
    """(our status, unknown?) for a Toezegging Status; an unknown or missing value gives (None, True)."""
    if not raw:
        return None, True
    status = COMMITMENT_STATUSES.get(_key(raw))
    return status, status is None


def motion_status(soort: str | None) -> tuple[str, bool]:
    """(our status, unknown?) for the deciding BesluitSoort; none yet means submitted."""
    if not soort:
        return MOTION_DEFAULT_STATUS, False
    status = MOTION_OUTCOMES.get(_key(soort))
    return (status, False) if status else (MOTION_DEFAULT_STATUS, True)


# -- the mapped record --------------------------------------------------------------------------------


@dataclass
class RegisterEntry:
    """A commitment or motion in our words; `raw` holds the register's entities it was made of."""

    category: str
    kind: str
    external_id: str
    number: str = ""
    kamerstuk: str | None = None
    title: str = ""
    text: str = ""
    raw_status: str | None = None
    status: str | None = None
    status_unknown: bool = False
    due: str | None = None
    made_on: str | None = None
    changed_at: str | None = None
    deleted: bool = False
    ministry: str = ""
    committee: str = ""
    actors: list[dict[str, str]] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    activity: dict[str, str] = field(default_factory=dict)
    letters: list[str] = field(default_factory=list)
    appreciation: str | None = None
    decisions: list[dict[str, Any]] = field(default_factory=list)
    votes: dict[str, list[str]] = field(default_factory=dict)
    tally: dict[str, int] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    def as_dict(self) -> dict[str, Any]:
        """Everything but the raw record (what the merge base and the fingerprint are made of); the
        values are the entry's own (serialise them, do not change them)."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name != "raw"}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RegisterEntry:
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})

    def fingerprint(self) -> str:
        """Changes only when something we map changed (not on a re-emitted record with a new time)."""
        data = self.as_dict()
        data.pop("changed_at")
        blob = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(blob.encode()).hexdigest()


def _raw(entity: Entity) -> dict[str, Any]:
    return {"category": entity.category, "id": entity.id, "deleted": entity.deleted,
            "changed_at": entity.changed_at, "fields": dict(entity.fields),
            "refs": {k: list(v) for k, v in entity.refs.items()}}


def _require(entity: Entity, name: str, what: str) -> str:
    value = text(entity, name)
    if not value:
        raise MappingError(f"{what} {entity.id}: veld '{name}' ontbreekt")
    return value


def _cabinet_role(function: str) -> str:
    word = function.split(" ", 1)[0].casefold()
    return {"minister": "minister", "staatssecretaris": "state_secretary"}.get(word, "other")


def person_name(person: Entity | None) -> str:
    """'Mirjam Bikker' from a Persoon: roepnaam (else initials), tussenvoegsel, achternaam."""
    given = text(person, "roepnaam") or text(person, "initialen")
    return " ".join(p for p in (given, text(person, "tussenvoegsel"), text(person, "achternaam")) if p)


def party_of(lookup: EntityStore, person_id: str) -> str:
    """A member's party: the seat they hold now (no end date), else the last one they held."""
    seats = lookup.children("fractieZetelPersoon", "persoon", person_id)
    seats.sort(key=lambda s: (not text(s, "totEnMet"), parse_moment(text(s, "van")) or dt.datetime.min.replace(
        tzinfo=dt.UTC)))
    for seat in reversed(seats):
        party = lookup.get("fractie", ref(lookup.get("fractieZetel", ref(seat, "fractieZetel")), "fractie"))
        if party is not None and not party.deleted:
            return text(party, "afkorting") or text(party, "naamNl")
    return ""


# -- commitments ---------------------------------------------------------------------------------------


def commitment_entry(lookup: EntityStore, toezegging: Entity) -> RegisterEntry:
    """A Toezegging with what it links to, in our words."""
    entry = RegisterEntry(category=COMMITMENT, kind="commitment", external_id=toezegging.id,
                          deleted=toezegging.deleted, changed_at=toezegging.changed_at, raw=_raw(toezegging))
    if toezegging.deleted:
        entry.number = text(toezegging, "nummer")
        return entry
    entry.number = normalise_register(_require(toezegging, "nummer", "toezegging"))
    entry.text = text(toezegging, "tekst")
    entry.title = one_line(entry.text, TITLE_WIDTH) or entry.number
    entry.raw_status = text(toezegging, "status") or None
    entry.status, entry.status_unknown = commitment_status(entry.raw_status)
    entry.due = parse_date(text(toezegging, "datumNakoming"))
    entry.made_on = parse_date(text(toezegging, "aanmaakdatum"))
    entry.ministry = text(toezegging, "ministerie")
    parts = (text(toezegging, "initialen"), text(toezegging, "tussenvoegsel"), text(toezegging, "achternaam"))
    minister = text(toezegging, "naam") or " ".join(p for p in parts if p)
    if minister:
        entry.actors.append({"name": minister, "party": "", "role": _cabinet_role(text(toezegging, "functie")),
                             "ministry": entry.ministry})
        entry.people.append(minister)
    activity = lookup.get("activiteit", ref(toezegging, "activiteit"))
    entry.activity = {"number": text(activity, "nummer") or text(toezegging, "activiteitNummer")}
    if activity is not None:
        entry.activity.update(subject=text(activity, "onderwerp"), kind=text(activity, "soort"),
                              date=parse_date(text(activity, "datum")) or "")
        entry.committee = text(activity, "voortouwnaam") or text(activity, "voortouwafkorting")
    to_whom = [*toezegging.refs.get("toegezegdAan", ()), *toezegging.refs.get("toegezegdAanPersoon", ()),
               *toezegging.refs.get("toegezegdAanFractie", ())]
    for ident in _unique(to_whom):
        person = lookup.get("persoon", ident)
        if person is not None and not person.deleted:
            entry.people.append(person_name(person))
            entry.parties.append(party_of(lookup, person.id))
            continue
        party = lookup.get("fractie", ident)
        if party is not None and not party.deleted:
            entry.parties.append(text(party, "afkorting") or text(party, "naamNl"))
    entry.letters = values(toezegging, "kamerbriefNakoming")
    for doc_id in toezegging.refs.get("kamerbriefNakoming", ()):
        number = text(lookup.get("document", doc_id), "documentNummer")
        if number:
            entry.letters.append(number)
    entry.letters = sorted(_unique(entry.letters))
    entry.people, entry.parties = _unique(entry.people), _unique(entry.parties)
    return entry


# -- motions -------------------------------------------------------------------------------------------


def is_motion(zaak: Entity | None) -> bool:
    return zaak is not None and _key(text(zaak, "soort")) == "motie"


def vote_lists(count: VoteCount) -> tuple[dict[str, list[str]], dict[str, int]]:
    """The parties that voted for and against (a split party on both sides) and the seats behind each
    side, counted by core.votes (dissenters apart from their party, roll call one per member)."""
    votes: dict[str, list[str]] = {}
    tally: dict[str, int] = {}
    for side, total, of in (("Voor", count.for_, "for_"), ("Tegen", count.against, "against")):
        parties = [p.party for p in count.parties if getattr(p, of)]
        if parties:
            votes[side], tally[side] = parties, total
    return votes, tally


def motion_kamerstuk(lookup: EntityStore, zaak: Entity) -> str | None:
    """'21501-20, nr. 2333': the dossier's number and addition, the motion document's volgnummer."""
    documents = [d for d in lookup.children("document", "zaak", zaak.id) if _key(text(d, "soort")).startswith("motie")]
    epoch = dt.datetime.min.replace(tzinfo=dt.UTC)
    documents.sort(key=lambda d: parse_moment(text(d, "datum")) or epoch)
    for document in reversed(documents):
        volgnummer = text(document, "volgnummer")
        dossier = lookup.get("kamerstukdossier", ref(zaak, "kamerstukdossier") or ref(document, "kamerstukdossier"))
        number = text(dossier, "nummer")
        if volgnummer and number:
            suffix = text(dossier, "toevoeging")
            return normalise_register(f"{number}{'-' + suffix if suffix else ''}, nr. {volgnummer}")
    return None


def motion_entry(lookup: EntityStore, zaak: Entity) -> RegisterEntry:
    """A Zaak with Soort 'Motie', with its actors, documents, decisions and votes, in our words."""
    entry = RegisterEntry(category=MOTION, kind="motion", external_id=zaak.id, deleted=zaak.deleted,
                          changed_at=zaak.changed_at, raw=_raw(zaak))
    if zaak.deleted:
        entry.number = text(zaak, "nummer")
        return entry
    entry.number = normalise_register(_require(zaak, "nummer", "zaak"))
    entry.kamerstuk = motion_kamerstuk(lookup, zaak)
    entry.text = text(zaak, "onderwerp")
    entry.title = one_line(entry.text, TITLE_WIDTH) or entry.number
    entry.made_on = parse_date(text(zaak, "gestartOp"))
    entry.appreciation = text(zaak, "kabinetsappreciatie") or None
    actors = lookup.children("zaakActor", "zaak", zaak.id)
    # The submitter first, then the co-submitters by name (the register gives them no order).
    actors.sort(key=lambda a: (_key(text(a, "relatie")) != "indiener", text(a, "actorNaam")))
    for actor in actors:
        relation, name = _key(text(actor, "relatie")), text(actor, "actorNaam")
        party = text(actor, "actorFractie")
        if not party and ref(actor, "fractie"):
            party = text(lookup.get("fractie", ref(actor, "fractie")), "afkorting")
        if relation in ("indiener", "medeindiener") and name:
            entry.actors.append({"name": name, "party": party, "role": "member", "ministry": ""})
            entry.people.append(name)
            if party:
                entry.parties.append(party)
        elif relation == "voortouwcommissie" and name:
            entry.committee = entry.committee or name
        elif relation == "gericht aan" and name:
            entry.ministry = entry.ministry or name
    entry.people, entry.parties = _unique(entry.people), _unique(entry.parties)
    # The decision that holds the outcome and the count of its vote are core.votes' (one rule for every
    # face): the latest vote decision by meeting date, never the filing beside it nor a proposal.
    decisions = sorted(decision_rows(lookup, zaak.id), key=lambda d: (d.meeting or dt.datetime.min, d.order))
    entry.decisions = [{"soort": d.soort, "tekst": d.text, "status": d.status,
                        "date": d.meeting.date().isoformat() if d.meeting else None} for d in decisions]
    decisive = deciding(decisions)
    entry.raw_status = decisive.soort if decisive is not None else None
    entry.status, entry.status_unknown = motion_status(entry.raw_status)
    if decisive is not None:
        entry.votes, entry.tally = vote_lists(count_votes(vote_rows(lookup, decisive.id), decisive.vote_kind))
    return entry


# -- from the register's words to an item's fields -------------------------------------------------------


def item_fields(entry: RegisterEntry) -> dict[str, Any]:
    """The official fields of the item that follows this record (what the register may update). A
    motion's due date is not among them: once adopted it is the dictum's deadline, set with the status
    by its vote decision (kamertaak.sync.outcomes)."""
    registers = [entry.number] + ([entry.kamerstuk] if entry.kamerstuk else [])
    fields: dict[str, Any] = {
        "title": entry.title,
        "text": entry.text,
        "actors": entry.actors,
        "status": entry.status,
        "raw_status": entry.raw_status,
        "status_unknown": entry.status_unknown,
        "register_deleted": entry.deleted,
        "registers": [r for r in registers if r],
    }
    if entry.kind != "motion":
        fields["due"] = entry.due
    return fields


def search_fields(entry: RegisterEntry) -> dict[str, str]:
    """The flat columns the mirror table searches and follow rules match on."""
    return {"ministry": entry.ministry, "committee": entry.committee, "people": "; ".join(entry.people),
            "parties": "; ".join(entry.parties)}


def _unique(items: Iterable[str]) -> list[str]:
    out: list[str] = []
    for v in items:
        if v and v not in out:
            out.append(v)
    return out
