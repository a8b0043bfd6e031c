"""Register records to our fields: the one module that knows the Tweede Kamer's field names.

The register renamed attributes once already (the 2026 OData version): such a change is an edit here
and nowhere else. Parsing is tolerant on purpose (repeated or unknown elements, timestamps with or
without a zone, `True`/`true`, `0001-01-01` meaning "no date"), and a record we cannot do without a
field of raises MappingError naming that field.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from kamertaak.core.errors import SyncError
from kamertaak.core.refs import normalise_register
from kamertaak.core.text import one_line

COMMITMENT = "Toezegging"
MOTION = "Motie"
# Decisions are no category of the mirror: a changed Besluit only says which motions to read again.
DECISION = "Besluit"
TITLE_WIDTH = 100


class MappingError(SyncError, ValueError):
    """A register record lacks a field we cannot do without; the message names record and field."""


# -- what to ask the OData service -------------------------------------------------------------------


@dataclass(frozen=True)
class EntityQuery:
    """One OData entity set as we query it: fixed filter, expansions and the change-time property."""

    category: str
    entity_set: str
    fixed_filter: str
    expand: str
    changed: str = "GewijzigdOp"


ODATA_QUERIES: dict[str, EntityQuery] = {
    COMMITMENT: EntityQuery(
        category=COMMITMENT,
        entity_set="Toezegging",
        fixed_filter="",
        expand=("Activiteit($select=Nummer,Soort,Onderwerp,Datum,Voortouwnaam,Voortouwafkorting),"
                "ToegezegdAanPersoon($select=Roepnaam,Initialen,Tussenvoegsel,Achternaam,Fractielabel),"
                "ToegezegdAanFractie($select=Afkorting,NaamNL)"),
    ),
    MOTION: EntityQuery(
        category=MOTION,
        entity_set="Zaak",
        fixed_filter="Soort eq 'Motie'",
        # Deleted rows come back unless filtered out; the Zaak itself is not filtered so that a
        # deletion reaches us, but its decisions, votes and actors are.
        expand=("ZaakActor($filter=Verwijderd eq false),"
                "Besluit($filter=Verwijderd eq false;$expand=Stemming($filter=Verwijderd eq false;"
                "$select=Soort,ActorFractie,ActorNaam,FractieGrootte,Vergissing)),"
                "Kamerstukdossier($select=Nummer,Toevoeging)"),
    ),
}


# A motion's outcome can be published (or corrected) without its Zaak being marked changed, so the
# decisions changed since a position are read too, with the ids of the motions they are about. Deleted
# decisions are asked for whatever they were about: a deleted row comes back with its fields nulled,
# its links perhaps too, and the motion it decided has to be read again.
DECISION_QUERY = EntityQuery(
    category=DECISION,
    entity_set="Besluit",
    fixed_filter="(Verwijderd eq true or Zaak/any(z: z/Soort eq 'Motie'))",
    expand="Zaak($select=Id,Nummer,Soort)",
)
# Motions asked for by id (after a decision changed) in requests of at most this many ids.
IDS_PER_REQUEST = 20


def odata_params(query: EntityQuery, since: dt.datetime | None, *,
                 fixed_filter: str | None = None) -> dict[str, str]:
    """Query options for a changes-since request, oldest change first so a watermark can resume it.
    `fixed_filter` replaces the query's own (motions asked for by id need no Soort filter: a deleted
    Zaak comes back with its Soort nulled)."""
    clauses = [c for c in (query.fixed_filter if fixed_filter is None else fixed_filter,) if c]
    if since is not None:
        clauses.append(f"{query.changed} ge {odata_datetime(since)}")
    params = {"$orderby": f"{query.changed} asc", "$count": "true"}
    if clauses:
        params["$filter"] = " and ".join(clauses)
    if query.expand:
        params["$expand"] = query.expand
    return params


_GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def is_guid(value: str) -> bool:
    return bool(_GUID.match(value))


def ids_filter(ids: Iterable[str]) -> str:
    """`Id eq <guid> or ...` (OData v4 writes a Guid unquoted); anything but a GUID is refused."""
    wanted = list(ids)
    for ident in wanted:
        if not is_guid(ident):
            raise MappingError(f"'{ident}' is geen GUID; niet opgevraagd")
    return "(" + " or ".join(f"Id eq {ident}" for ident in wanted) + ")"


def odata_datetime(moment: dt.datetime) -> str:
    """An unquoted OData datetime literal in UTC."""
    utc = moment.astimezone(dt.UTC) if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%SZ")


# -- the SyncFeed's element names --------------------------------------------------------------------

# SyncFeed entities carry camelCase elements and a few attributes; we turn them into the OData
# property names so one mapping serves both.
FEED_ATTRIBUTES = {"id": "Id", "verwijderd": "Verwijderd", "bijgewerkt": "GewijzigdOp"}


def feed_property(element: str) -> str:
    """'datumNakoming' → 'DatumNakoming'."""
    return FEED_ATTRIBUTES.get(element, element[:1].upper() + element[1:])


# -- tolerant value parsing ------------------------------------------------------------------------

_FRACTION = re.compile(r"(\.\d{6})\d+")


def first(value: Any) -> Any:
    """A single value where the register may repeat an element: the first non-empty one."""
    if isinstance(value, list):
        return next((v for v in value if v not in (None, "")), None)
    return value


def many(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    return [v for v in value if v not in (None, "")] if isinstance(value, list) else [value]


def text(value: Any) -> str:
    """A register field as text; a NUL character (which no backend stores) is dropped."""
    value = first(value)
    if isinstance(value, Mapping):
        return ""
    return "" if value is None else str(value).replace("\x00", "").strip()


def parse_bool(value: Any) -> bool:
    value = first(value)
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("true", "1", "ja", "yes") if value is not None else False


def parse_timestamp(value: Any) -> dt.datetime | None:
    """A register timestamp (with or without zone, up to 7 fraction digits); 0001-01-01 is no date.
    Without a zone it is taken as UTC, as documented (the caller overlaps its watermark because the
    register is known to write local time there too)."""
    raw = text(value)
    if not raw or raw.startswith("0001-01-01"):
        return None
    cleaned = _FRACTION.sub(r"\1", raw.replace("Z", "+00:00").replace("z", "+00:00"))
    try:
        moment = dt.datetime.fromisoformat(cleaned)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def parse_date(value: Any) -> str | None:
    """The calendar date as the register wrote it (not shifted to UTC); None for no or a 0001 date."""
    raw = text(value)
    if not raw or raw.startswith("0001-01-01"):
        return None
    try:
        return dt.date.fromisoformat(raw[:10]).isoformat()
    except ValueError:
        return None


def utc_iso(moment: dt.datetime | None) -> str | None:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if moment else None


def _key(value: str) -> str:
    return " ".join(value.split()).lower()


# -- statuses ------------------------------------------------------------------------------------------

# Both spellings: the register renamed Voldaan to Afgedaan without changing its schema.
COMMITMENT_STATUSES: dict[str, str] = {
    "openstaand": "open",
    "voldaan": "done",
    "afgedaan": "done",
    "deels voldaan": "partial",
    "deels afgedaan": "partial",
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
    "ingediend": "submitted",
}
MOTION_DEFAULT_STATUS = "submitted"  # a motion the register knows has at least been submitted
FINAL_DECISION = "besluit"  # Besluit.Status of a decision taken (others are proposals)


def commitment_status(raw: str | None) -> tuple[str | None, bool]:
    """(our status, unknown?) for a Toezegging Status; an unknown value gives (None, True)."""
    if not raw:
        return None, True
    status = COMMITMENT_STATUSES.get(_key(raw))
    return status, status is None


def is_outcome(soort: str) -> bool:
    """Whether a BesluitSoort is about the motion's fate (votes), not procedure (agenda, publication)."""
    key = _key(soort)
    return key in MOTION_OUTCOMES or key.startswith("stemmen")


def motion_status(soort: str | None) -> tuple[str, bool]:
    """(our status, unknown?) for the deciding BesluitSoort; none yet means submitted."""
    if not soort:
        return MOTION_DEFAULT_STATUS, False
    status = MOTION_OUTCOMES.get(_key(soort))
    return (status, False) if status else (MOTION_DEFAULT_STATUS, True)


# -- the mapped record --------------------------------------------------------------------------------


@dataclass
class RegisterEntry:
    """A commitment or motion in our words; `raw` is the register's record as received."""

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
        """Everything but the raw record (what the merge base and the fingerprint are made of)."""
        data = asdict(self)
        data.pop("raw")
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RegisterEntry:
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})

    def fingerprint(self) -> str:
        """Changes only when something we map changed (not on a re-emitted record with a new time)."""
        data = self.as_dict()
        data.pop("changed_at")
        blob = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(blob.encode()).hexdigest()


def _require(record: Mapping[str, Any], name: str, what: str) -> str:
    value = text(record.get(name))
    if not value:
        ident = text(record.get("Id")) or text(record.get("Nummer")) or "?"
        raise MappingError(f"{what}-record {ident}: veld '{name}' ontbreekt")
    return value


def _cabinet_role(function: str) -> str:
    word = function.split(" ", 1)[0].lower()
    return {"minister": "minister", "staatssecretaris": "state_secretary"}.get(word, "other")


def _person_name(person: Mapping[str, Any]) -> str:
    given = text(person.get("Roepnaam")) or text(person.get("Initialen"))
    parts = [given, text(person.get("Tussenvoegsel")), text(person.get("Achternaam"))]
    return " ".join(p for p in parts if p)


def map_commitment(record: Mapping[str, Any]) -> RegisterEntry:
    """A Toezegging (OData JSON, or a SyncFeed entity turned into OData names) in our words."""
    external_id = _require(record, "Id", COMMITMENT)
    deleted = parse_bool(record.get("Verwijderd"))
    entry = RegisterEntry(category=COMMITMENT, kind="commitment", external_id=external_id, deleted=deleted,
                          changed_at=utc_iso(parse_timestamp(record.get("GewijzigdOp"))), raw=dict(record))
    if deleted:
        # A deleted row comes back with its fields nulled: there is nothing more to read.
        entry.number = text(record.get("Nummer"))
        return entry
    entry.number = normalise_register(_require(record, "Nummer", COMMITMENT))
    entry.text = text(record.get("Tekst"))
    entry.title = one_line(entry.text, TITLE_WIDTH) or entry.number
    entry.raw_status = text(record.get("Status")) or None
    entry.status, entry.status_unknown = commitment_status(entry.raw_status)
    entry.due = parse_date(record.get("DatumNakoming"))
    entry.made_on = parse_date(record.get("Aanmaakdatum"))
    entry.ministry = text(record.get("Ministerie"))
    minister, function = text(record.get("Naam")), text(record.get("Functie"))
    if minister:
        entry.actors.append({"name": minister, "party": "", "role": _cabinet_role(function),
                             "ministry": entry.ministry})
        entry.people.append(minister)
    activity = first(record.get("Activiteit"))
    entry.activity = {"number": text(record.get("ActiviteitNummer"))}
    if isinstance(activity, Mapping):
        entry.activity.update(subject=text(activity.get("Onderwerp")), kind=text(activity.get("Soort")),
                              date=parse_date(activity.get("Datum")) or "")
        entry.committee = text(activity.get("Voortouwnaam")) or text(activity.get("Voortouwafkorting"))
    person = first(record.get("ToegezegdAanPersoon"))
    if isinstance(person, Mapping):
        entry.people.append(_person_name(person))
        entry.parties.append(text(person.get("Fractielabel")))
    party = first(record.get("ToegezegdAanFractie"))
    if isinstance(party, Mapping):
        entry.parties.extend(p for p in (text(party.get("Afkorting")), text(party.get("NaamNL"))) if p)
    # KamerbriefNakoming is a string, a list of strings or expanded Documents depending on the source.
    for letter in many(record.get("KamerbriefNakoming")):
        number = text(letter.get("DocumentNummer")) if isinstance(letter, Mapping) else text(letter)
        if number:
            entry.letters.append(number)
    entry.people, entry.parties = _unique(entry.people), _unique(entry.parties)
    return entry


def _kamerstuk(record: Mapping[str, Any]) -> str | None:
    dossier = first(record.get("Kamerstukdossier"))
    volgnummer = text(record.get("Volgnummer"))
    if not isinstance(dossier, Mapping) or not volgnummer:
        return None
    number = text(dossier.get("Nummer"))
    if not number:
        return None
    suffix = text(dossier.get("Toevoeging"))
    return normalise_register(f"{number}{'-' + suffix if suffix else ''}, nr. {volgnummer}")


def _decision(besluit: Mapping[str, Any]) -> dict[str, Any]:
    return {"soort": text(besluit.get("BesluitSoort")), "tekst": text(besluit.get("BesluitTekst")),
            "status": text(besluit.get("Status")), "changed_at": utc_iso(parse_timestamp(besluit.get("GewijzigdOp"))),
            "order": _int(besluit.get("AgendapuntZaakBesluitVolgorde"))}


def _int(value: Any) -> int:
    digits = text(value)
    return int(digits) if digits.isdigit() else 0


def deciding_besluit(besluiten: Iterable[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The latest final decision about the motion's fate (a vote, withdrawal, lapse), if any."""
    candidates = []
    for b in besluiten:
        if not isinstance(b, Mapping) or parse_bool(b.get("Verwijderd")):
            continue
        status = _key(text(b.get("Status")))
        if status and status != FINAL_DECISION:
            continue
        if not is_outcome(text(b.get("BesluitSoort"))):
            continue
        candidates.append(b)
    if not candidates:
        return None
    epoch = dt.datetime.min.replace(tzinfo=dt.UTC)
    return max(candidates, key=lambda b: (parse_timestamp(b.get("GewijzigdOp")) or epoch,
                                          _decision(b)["order"]))


def map_motion(record: Mapping[str, Any]) -> RegisterEntry:
    """A Zaak with Soort 'Motie', its submitters and the outcome of its latest final Besluit."""
    external_id = _require(record, "Id", "Zaak")
    deleted = parse_bool(record.get("Verwijderd"))
    entry = RegisterEntry(category=MOTION, kind="motion", external_id=external_id, deleted=deleted,
                          changed_at=utc_iso(parse_timestamp(record.get("GewijzigdOp"))), raw=dict(record))
    if deleted:
        entry.number = text(record.get("Nummer"))
        return entry
    entry.number = normalise_register(_require(record, "Nummer", "Zaak"))
    entry.kamerstuk = _kamerstuk(record)
    subject = text(record.get("Onderwerp"))
    entry.text = subject
    entry.title = one_line(subject, TITLE_WIDTH) or entry.number
    entry.made_on = parse_date(record.get("GestartOp"))
    entry.appreciation = text(record.get("Kabinetsappreciatie")) or None
    for actor in many(record.get("ZaakActor")):
        if not isinstance(actor, Mapping) or parse_bool(actor.get("Verwijderd")):
            continue
        relation, name, party = (_key(text(actor.get("Relatie"))), text(actor.get("ActorNaam")),
                                 text(actor.get("ActorFractie")))
        if relation in ("indiener", "medeindiener") and name:
            entry.actors.append({"name": name, "party": party, "role": "member", "ministry": ""})
            entry.people.append(name)
            if party:
                entry.parties.append(party)
        elif relation == "voortouwcommissie" and name:
            entry.committee = entry.committee or name
        elif relation == "gericht aan" and name:
            entry.ministry = entry.ministry or name
    entry.parties = _unique(entry.parties)
    besluiten = [b for b in many(record.get("Besluit")) if isinstance(b, Mapping)]
    entry.decisions = [_decision(b) for b in besluiten if not parse_bool(b.get("Verwijderd"))]
    decisive = deciding_besluit(besluiten)
    entry.raw_status = text(decisive.get("BesluitSoort")) if decisive else None
    entry.status, entry.status_unknown = motion_status(entry.raw_status)
    if decisive:
        entry.votes, entry.tally = _votes(decisive.get("Stemming"))
    return entry


def _votes(rows: Any) -> tuple[dict[str, list[str]], dict[str, int]]:
    """Party (or member) names per vote, and the seats behind each; a vote marked a mistake is left out."""
    votes: dict[str, list[str]] = {}
    tally: dict[str, int] = {}
    for row in many(rows):
        if not isinstance(row, Mapping) or parse_bool(row.get("Vergissing")):
            continue
        soort = text(row.get("Soort"))
        who = text(row.get("ActorFractie")) or text(row.get("ActorNaam"))
        if not soort or not who:
            continue
        if who not in votes.setdefault(soort, []):
            votes[soort].append(who)
            tally[soort] = tally.get(soort, 0) + _int(row.get("FractieGrootte"))
    return votes, tally


@dataclass
class DecisionRef:
    """A changed (or deleted) Besluit: which version it is and the motions (Zaak ids) it is about."""

    external_id: str
    changed_at: str | None
    deleted: bool
    motions: list[str]


def map_decision(record: Mapping[str, Any]) -> DecisionRef:
    """A Besluit with its Zaak expanded; only the Zaken that are motions are kept."""
    if not isinstance(record, Mapping):
        raise MappingError(f"{DECISION}: een record is geen object maar {type(record).__name__}")
    external_id = _require(record, "Id", DECISION)
    motions: list[str] = []
    for zaak in many(record.get("Zaak")):
        if not isinstance(zaak, Mapping) or _key(text(zaak.get("Soort"))) != MOTION.lower():
            continue
        ident = text(zaak.get("Id"))
        if not ident:
            raise MappingError(f"{DECISION}-record {external_id}: veld 'Zaak.Id' ontbreekt")
        motions.append(ident)
    return DecisionRef(external_id=external_id, changed_at=utc_iso(parse_timestamp(record.get("GewijzigdOp"))),
                       deleted=parse_bool(record.get("Verwijderd")), motions=_unique(motions))


def holds_decision(zaak: Mapping[str, Any], decision: DecisionRef) -> bool:
    """Whether a Zaak record as we received it already reflects this version of the decision: the
    same Besluit with the same change time, or (for a deleted one) no live Besluit with its id."""
    for besluit in many(zaak.get("Besluit")):
        if not isinstance(besluit, Mapping) or text(besluit.get("Id")).lower() != decision.external_id.lower():
            continue
        if parse_bool(besluit.get("Verwijderd")):
            continue
        if decision.deleted:
            return False
        return utc_iso(parse_timestamp(besluit.get("GewijzigdOp"))) == decision.changed_at
    return decision.deleted


MAPPERS = {COMMITMENT: map_commitment, MOTION: map_motion}


def map_record(category: str, record: Mapping[str, Any]) -> RegisterEntry:
    if not isinstance(record, Mapping):
        raise MappingError(f"{category}: een record is geen object maar {type(record).__name__}")
    return MAPPERS[category](record)


# -- from the register's words to an item's fields -------------------------------------------------------


def item_fields(entry: RegisterEntry) -> dict[str, Any]:
    """The official fields of the item that follows this record (what the register may update)."""
    registers = [entry.number] + ([entry.kamerstuk] if entry.kamerstuk else [])
    return {
        "title": entry.title,
        "text": entry.text,
        "due": entry.due,
        "actors": entry.actors,
        "status": entry.status,
        "raw_status": entry.raw_status,
        "status_unknown": entry.status_unknown,
        "register_deleted": entry.deleted,
        "registers": [r for r in registers if r],
    }


def search_fields(entry: RegisterEntry) -> dict[str, str]:
    """The flat columns the mirror table searches and follow rules match on."""
    return {"ministry": entry.ministry, "committee": entry.committee, "people": "; ".join(entry.people),
            "parties": "; ".join(entry.parties)}


def _unique(values: Iterable[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        if v and v not in out:
            out.append(v)
    return out
