"""The local mirror of the Tweede Kamer register, the user's follow rules and the sync positions.

These tables are the register's, not the user's: they are written here directly. Anything that
changes an item goes through Store, so it is in the operation log.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from kamertaak.core.kinds import DomainError
from kamertaak.core.refs import normalise_register
from kamertaak.store.db import Database

INBOX = "inbox"
ACCEPTED = "accepted"
DISMISSED = "dismissed"
TRIAGE_STATES = ("", INBOX, ACCEPTED, DISMISSED)

RECORD_COLUMNS = ("external_id", "category", "kind", "number", "kamerstuk", "title", "text", "raw_status",
                  "status", "status_unknown", "due", "ministry", "committee", "people", "parties",
                  "changed_at", "deleted", "record", "raw", "fingerprint")
RULE_FIELDS = ("ministry", "committee", "member", "party", "text")


def fold(value: object) -> str:
    """Case- and accent-free text, so 'Economische Zaken' matches 'economische zaken' and 'Dijk' 'Dïjk'."""
    decomposed = unicodedata.normalize("NFKD", "" if value is None else str(value))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True)
class FollowRule:
    """Every field given must match (case- and accent-insensitive); a rule with none matches nothing."""

    id: int
    ministry: str | None = None
    committee: str | None = None
    member: str | None = None
    party: str | None = None
    text: str | None = None

    def matches(self, record: Mapping[str, Any]) -> bool:
        given = {f: getattr(self, f) for f in RULE_FIELDS if getattr(self, f)}
        if not given:
            return False
        checks = {
            "ministry": lambda v: fold(v) in fold(record.get("ministry")),
            "committee": lambda v: fold(v) in fold(record.get("committee")),
            "member": lambda v: fold(v) in fold(record.get("people")),
            # Parties are compared whole: 'SP' must not match 'SGP'.
            "party": lambda v: fold(v) in {fold(p).strip() for p in str(record.get("parties") or "").split(";")},
            "text": lambda v: all(w in fold(f"{record.get('title')} {record.get('text')}") for w in fold(v).split()),
        }
        return all(checks[f](v) for f, v in given.items())

    def describe(self) -> str:
        labels = {"ministry": "ministerie", "committee": "commissie", "member": "lid", "party": "fractie",
                  "text": "tekst"}
        return ", ".join(f"{labels[f]}={getattr(self, f)}" for f in RULE_FIELDS if getattr(self, f))

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, **{f: getattr(self, f) for f in RULE_FIELDS}, "description": self.describe()}


class RegisterMirror:
    """Reads and writes of the mirror, the rules and the positions on one open database."""

    def __init__(self, db: Database, stamp: Callable[[], str]) -> None:
        self.db = db
        self.stamp = stamp

    # -- records ------------------------------------------------------------------------------------

    def get(self, external_id: str) -> dict[str, Any] | None:
        return self.db.one("SELECT * FROM register_record WHERE external_id = :e", {"e": external_id})

    def get_id(self, record_id: int) -> dict[str, Any] | None:
        return self.db.one("SELECT * FROM register_record WHERE id = :i", {"i": record_id})

    def by_number(self, number: str) -> dict[str, Any] | None:
        """The record with this register number (TZ..., 2025Z...) or Kamerstuk number ('36600, nr. 12')."""
        value = normalise_register(number)
        return self.db.one("SELECT * FROM register_record WHERE number = :v OR kamerstuk = :v"
                           " ORDER BY deleted, id DESC LIMIT 1", {"v": value})

    def save(self, values: Mapping[str, Any], previous: Mapping[str, Any] | None) -> int:
        """Insert a record or overwrite the register's columns of the one we had (triage and link stay)."""
        data = {c: values[c] for c in RECORD_COLUMNS}
        data["status_unknown"] = bool(data["status_unknown"])
        data["deleted"] = bool(data["deleted"])
        stamp = self.stamp()
        if previous is None:
            data.update(first_seen=stamp, updated_at=stamp, triage="")
            columns = ", ".join(data)
            return self.db.insert(f"INSERT INTO register_record ({columns}) VALUES"
                                  f" ({', '.join(':' + c for c in data)}) RETURNING id", data)
        sets = ", ".join(f"{c} = :{c}" for c in data)
        self.db.execute(f"UPDATE register_record SET {sets}, updated_at = :updated_at WHERE id = :id",
                        {**data, "updated_at": stamp, "id": previous["id"]})
        return int(previous["id"])

    def set_triage(self, record_id: int, triage: str, rule_id: int | None = None) -> None:
        if triage not in TRIAGE_STATES:
            raise DomainError(f"onbekende triagestatus '{triage}'")
        self.db.execute("UPDATE register_record SET triage = :t, rule_id = COALESCE(:r, rule_id) WHERE id = :i",
                        {"t": triage, "r": rule_id, "i": record_id})

    def link_item(self, record_id: int, item_id: int) -> None:
        """Tie a record to the item that follows it (and take it out of the inbox)."""
        other = self.db.one("SELECT id, number FROM register_record WHERE item_id = :i AND id <> :r",
                            {"i": item_id, "r": record_id})
        if other is not None:
            raise DomainError(f"item {item_id} volgt al registerrecord {other['number']}")
        self.db.execute("UPDATE register_record SET item_id = :i, triage = :t WHERE id = :r",
                        {"i": item_id, "t": ACCEPTED, "r": record_id})

    def search(self, text: str | None = None, *, inbox: bool = False, kind: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Records whose number, title, text, people, parties, ministry or committee hold every word."""
        clauses: list[str] = ["1 = 1"]
        params: dict[str, Any] = {}
        if inbox:
            clauses.append("triage = :inbox AND deleted = :false")
            params.update(inbox=INBOX, false=False)
        if kind:
            clauses.append("kind = :kind")
            params["kind"] = kind
        like = self.db.like
        haystack = ("(number || ' ' || COALESCE(kamerstuk, '') || ' ' || title || ' ' || text || ' ' || people"
                    " || ' ' || parties || ' ' || ministry || ' ' || committee)")
        for n, word in enumerate((text or "").split()):
            clauses.append(f"{haystack} {like} :w{n}")
            params[f"w{n}"] = f"%{word}%"
        sql = f"SELECT * FROM register_record WHERE {' AND '.join(clauses)} ORDER BY changed_at DESC, id DESC"
        if limit:
            sql += " LIMIT :limit"
            params["limit"] = limit
        return self.db.query(sql, params)

    def candidates(self) -> list[dict[str, Any]]:
        """What `link` suggests from: every live record's number, title and text."""
        return self.db.query("SELECT id, number, kamerstuk, kind, title, text, item_id FROM register_record"
                             " WHERE deleted = :false ORDER BY id", {"false": False})

    # -- follow rules ---------------------------------------------------------------------------------

    def add_rule(self, **fields: str | None) -> FollowRule:
        values = {f: (fields.get(f) or "").strip() or None for f in RULE_FIELDS}
        if unknown := set(fields) - set(RULE_FIELDS):
            raise DomainError(f"onbekend veld voor een volgregel: {', '.join(sorted(unknown))}")
        if not any(values.values()):
            raise DomainError("een volgregel heeft minstens één van --ministry, --committee, --member,"
                              " --party, --text nodig")
        rule_id = self.db.insert(
            "INSERT INTO follow_rule (ministry, committee, member, party, text, created_at)"
            " VALUES (:ministry, :committee, :member, :party, :text, :created_at) RETURNING id",
            {**values, "created_at": self.stamp()},
        )
        return FollowRule(id=rule_id, **values)

    def rules(self) -> list[FollowRule]:
        rows = self.db.query("SELECT id, ministry, committee, member, party, text FROM follow_rule ORDER BY id")
        return [FollowRule(**r) for r in rows]

    def remove_rule(self, rule_id: int) -> None:
        if not self.db.execute("DELETE FROM follow_rule WHERE id = :i", {"i": rule_id}):
            raise DomainError(f"geen volgregel met nummer {rule_id}")

    def matching_rule(self, record: Mapping[str, Any], rules: list[FollowRule] | None = None) -> FollowRule | None:
        return next((r for r in (self.rules() if rules is None else rules) if r.matches(record)), None)

    def triage_existing(self, rule: FollowRule) -> int:
        """Put records already in the mirror that a new rule matches into the inbox; returns how many."""
        rows = self.db.query("SELECT * FROM register_record WHERE triage = '' AND item_id IS NULL"
                             " AND deleted = :false", {"false": False})
        hits = [r for r in rows if rule.matches(r)]
        with self.db.transaction():
            for r in hits:
                self.set_triage(r["id"], INBOX, rule.id)
        return len(hits)

    # -- positions ----------------------------------------------------------------------------------

    def position(self, name: str) -> str | None:
        value = self.db.scalar("SELECT position FROM sync_state WHERE name = :n", {"n": name})
        return None if value is None else str(value)

    def positions(self) -> dict[str, str | None]:
        return {r["name"]: r["position"] for r in self.db.query("SELECT name, position FROM sync_state ORDER BY name")}

    def set_position(self, name: str, position: str) -> None:
        params = {"n": name, "p": position, "u": self.stamp()}
        if not self.db.execute("UPDATE sync_state SET position = :p, updated_at = :u WHERE name = :n", params):
            self.db.execute("INSERT INTO sync_state (name, position, updated_at) VALUES (:n, :p, :u)", params)


def suggestions(target: str, about: str, candidates: list[dict[str, Any]], limit: int = 5) -> list[dict[str, Any]]:
    """Records a user may have meant: numbers close to `target`, then texts like `about` (the item's
    title and text). Word overlap picks a shortlist, difflib ranks it, so a big mirror stays quick."""
    import difflib

    wanted = normalise_register(target)
    by_number = {c["number"]: c for c in candidates} | {c["kamerstuk"]: c for c in candidates if c["kamerstuk"]}
    close = [by_number[n] for n in difflib.get_close_matches(wanted, list(by_number), n=limit, cutoff=0.8)]
    words = set(fold(about).split())
    out = list({id(c): c for c in close}.values())
    if words:
        def overlap(c: dict[str, Any]) -> int:
            return len(words & set(fold(f"{c['title']} {c['text']}").split()))

        shortlist = sorted((c for c in candidates if c not in out), key=overlap, reverse=True)[:50]
        text = fold(about)[:400]
        scored = [(difflib.SequenceMatcher(None, text, fold(f"{c['title']} {c['text']}")[:400]).ratio(), c)
                  for c in shortlist if overlap(c)]
        out += [c for score, c in sorted(scored, key=lambda p: p[0], reverse=True) if score >= 0.3]
    return out[:limit]


@dataclass(frozen=True)
class Likeness:
    """A tracked item a register record probably is, and why ('zelfde nummer', 'lijkende titel, ...')."""

    item_id: int
    title: str
    reason: str


def _title_words(value: object) -> set[str]:
    return {w for w in fold(value).replace("-", " ").split() if len(w) > 2}


def likely_items(db: Database, records: list[dict[str, Any]]) -> dict[int, Likeness]:
    """For each record (by its id), the tracked item it probably is: an item that carries its number
    (register or Kamerstuk number), else an open item of the same kind, not following a record yet,
    with a similar title, a shared actor and a date near the record's. Items are read once."""
    import datetime as dt
    import difflib

    if not records:
        return {}
    items = db.query("SELECT i.id, i.kind, i.title, i.text, i.due, i.created_at, i.external_id FROM item i"
                     " WHERE i.deleted = :f ORDER BY i.id", {"f": False})
    numbers: dict[str, int] = {}
    for r in db.query("SELECT r.item_id, r.value FROM register_ref r JOIN item i ON i.id = r.item_id"
                      " WHERE i.deleted = :f ORDER BY r.item_id", {"f": False}):
        numbers.setdefault(str(r["value"]).upper(), int(r["item_id"]))
    actors: dict[int, set[str]] = {}
    for r in db.query("SELECT ia.item_id, a.name FROM item_actor ia JOIN actor a ON a.id = ia.actor_id"):
        actors.setdefault(int(r["item_id"]), set()).add(fold(r["name"]))
    by_id = {int(i["id"]): i for i in items}
    free = [i for i in items if not i["external_id"]]
    out: dict[int, Likeness] = {}
    for record in records:
        for number in (record["number"], record.get("kamerstuk")):
            hit = numbers.get(str(number or "").upper())
            if number and hit is not None and by_id[hit]["external_id"] in (None, record["external_id"]):
                out[record["id"]] = Likeness(hit, by_id[hit]["title"], f"zelfde nummer {number}")
                break
        if record["id"] in out:
            continue
        words = _title_words(record["title"])
        people = {fold(p) for p in str(record.get("people") or "").split("; ") if p}
        record_day = record.get("due") or (record.get("changed_at") or "")[:10]
        best: tuple[float, Likeness] | None = None
        for item in free:
            if item["kind"] != record["kind"] or not words & _title_words(item["title"]):
                continue
            ratio = difflib.SequenceMatcher(None, fold(item["title"])[:200], fold(record["title"])[:200]).ratio()
            shared = {p for p in people if any(p in a or a in p for a in actors.get(int(item["id"]), ()))}
            near = False
            if record_day and item["due"]:
                try:
                    gap = abs((dt.date.fromisoformat(item["due"]) - dt.date.fromisoformat(record_day[:10])).days)
                    near = gap <= 14
                except ValueError:
                    near = False
            score = ratio + 0.25 * bool(shared) + 0.15 * near
            if score < 0.6:
                continue
            reasons = ["lijkende titel"] + (["zelfde actor"] if shared else []) + (["datum dichtbij"] if near else [])
            if best is None or score > best[0]:
                best = (score, Likeness(int(item["id"]), item["title"], ", ".join(reasons)))
        if best is not None:
            out[record["id"]] = best[1]
    return out
