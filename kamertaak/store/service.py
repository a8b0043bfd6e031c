"""The one way the database changes: every mutation writes its operation-log entry in the same
transaction, and undo appends the inverse of the newest change not yet undone."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from kamertaak.core import bounds, kinds
from kamertaak.core.errors import ConflictError, DatabaseError, DomainError, NotFound
from kamertaak.core.history import describe_entry
from kamertaak.core.refs import ActorRef, check_url, normalise_register, register_scheme
from kamertaak.core.text import one_line
from kamertaak.store import queries
from kamertaak.store.db import Database, open_database

_ISO_SHAPE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Columns a user (or a sync) may set directly; `due` is set through its phrase, status through transitions.
PLAIN_FIELDS = ("title", "text", "scheduled", "hide_until", "priority", "owner", "stance", "next_action",
                "debate_id", "external_id", "raw_status", "status_unknown", "register_deleted", "source", "event",
                "appreciation")
DATE_FIELDS = ("scheduled", "hide_until")
DUE_FIELDS = ("due", "due_phrase", "due_precision", "due_explanation", "due_estimated", "recurrence", "due_ref",
              "due_from_debate")
# Debate columns a user may set with `debate set`.
DEBATE_FIELDS = ("title", "date", "kind", "committee", "source_url")
# Only what undo may write back: the columns above, status, kind and the due fields.
RESTORABLE = frozenset(PLAIN_FIELDS + DUE_FIELDS + ("status", "kind", "deleted"))


_DEBATE_COLUMNS = ("kind", "title", "date", "committee", "source_url", "source_text", "created_at", "external_id",
                   "number", "time", "status")


@dataclass
class Removal:
    """What Store.remove_from_debate took out: the items, whether the debate went too, the actors' labels."""

    items: list[int] = field(default_factory=list)
    debate: bool = False
    actors: list[str] = field(default_factory=list)


def _debate_number(value: Any) -> int | None:
    """debate_id as given to update_item: a debate's number, or empty for none."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    if not (text.isascii() and text.isdecimal()):
        raise DomainError(f"debate_id '{text}' is geen debatnummer (een getal; `kamertaak debate list` toont ze)")
    return int(text)


def _yes_no(value: Any, field: str) -> bool:
    """A yes/no field as typed (ja, nee, true, false, 1, 0) or given (a bool)."""
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in ("ja", "j", "true", "1"):
        return True
    if word in ("nee", "n", "false", "0", ""):
        return False
    raise DomainError(f"{field} '{value}' is geen ja of nee")


def _appreciation(kind: str, word: str) -> str | None:
    """A motion's appreciation as typed (None for ''); another kind has none."""
    value = kinds.appreciation_code(word)
    if value is not None and kind != "motion":
        raise DomainError("alleen een motie heeft een appreciatie van het kabinet")
    return value


def _dumps(changes: dict[str, Any]) -> str:
    return json.dumps(changes, ensure_ascii=False, sort_keys=True, default=str)


# A debate's entry lists what else it did (the item entries it made, the participants a merge added) as
# [[], list], so every change keeps the log's shape {field: [old, new]}. Entries written before that
# (version with a4c3e0e) hold the bare list; they are read, exported and imported as the pair.
_DEBATE_LISTS = ("entries", "added_actors")


def pair_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """A debate entry's changes in the log's shape: a bare list of an older entry becomes [[], list]."""
    def bare(value: Any) -> bool:
        return isinstance(value, list) and not (len(value) == 2 and all(isinstance(v, list) for v in value))
    if not any(bare(changes.get(key)) for key in _DEBATE_LISTS):
        return changes
    return {k: [[], v] if k in _DEBATE_LISTS and bare(v) else v for k, v in changes.items()}


def paired_text(text: str) -> str:
    """The stored changes of a debate entry, as pair_changes has them (the same text when already so)."""
    try:
        changes = json.loads(text)
    except ValueError:
        return text  # not JSON: the import's own check says so
    if not isinstance(changes, dict):
        return text
    paired = pair_changes(changes)
    return text if paired is changes else _dumps(paired)


class Store:
    """Mutations and the reads that go with them, on one open database."""

    def __init__(self, db: Database, user: str, now: Callable[[], dt.datetime],
                 today: Callable[[], dt.date]) -> None:
        self.db = db
        self.user = user
        self._now = now
        self._today = today
        # While one_step gathers: the item it is for and the changes gathered so far.
        self._step: tuple[int, dict[str, Any]] | None = None

    @classmethod
    def open(cls, target: str) -> Store:
        from kamertaak import config

        return cls(open_database(target), config.settings().user, config.now, config.today)

    def close(self) -> None:
        self.db.close()

    def today(self) -> dt.date:
        return self._today()

    def stamp(self) -> str:
        return self._now().isoformat(timespec="seconds")

    def change_token(self) -> tuple[int, ...]:
        """A cheap value that changes whenever anyone commits a change; a face polls it (every second
        or two) and refreshes when it differs from the last one it saw. Compare tokens for equality only.

        Built from the newest oplog id by the database (Database.change_token)."""
        return self.db.change_token(int(self.db.scalar("SELECT COALESCE(MAX(id), 0) AS last FROM oplog") or 0))

    # -- the log -------------------------------------------------------------------------------

    def _log(self, item_id: int | None, action: str, changes: dict[str, Any], source: str,
             entity: str = "item", undoes: int | None = None) -> int:
        if self._step is not None and entity == "item" and item_id == self._step[0]:
            self._gather(action, changes)
            return 0
        return self.db.insert(
            "INSERT INTO oplog (at, who, source, item_id, entity, action, changes, undone, undoes)"
            " VALUES (:at, :who, :source, :item_id, :entity, :action, :changes, :undone, :undoes) RETURNING id",
            {"at": self.stamp(), "who": self.user, "source": source, "item_id": item_id, "entity": entity,
             "action": action, "changes": _dumps(changes), "undone": False, "undoes": undoes},
        )

    @contextmanager
    def one_step(self, item_id: int, action: str, *, source: str = "user") -> Iterator[dict[str, Any]]:
        """Log every change of this item made inside as one entry (`action`), so one undo takes them all
        back; changes of other items and of debates are logged as usual. Yields that entry's changes,
        to which the caller adds what the store does not log itself (the register record it linked)."""
        if self._step is not None:
            raise RuntimeError("one_step inside one_step")
        with self.db.transaction():
            step: dict[str, Any] = {}
            self._step = (item_id, step)
            try:
                yield step
            finally:
                self._step = None
            kept = {k: v for k, v in step.items() if k in ("registers", "record") or _differs(v[0], v[1])}
            if kept:
                self._log(item_id, action, kept, source)

    def _gather(self, action: str, changes: dict[str, Any]) -> None:
        """One change inside one_step: a register number joins the step's list, fields keep their first
        old and their last new value."""
        assert self._step is not None
        step = self._step[1]
        if action == "register":
            step.setdefault("registers", [[], []])[1].append(changes["register"][1]["value"])
            return
        if action not in ("update", "status", "recur"):
            raise RuntimeError(f"one_step cannot gather a {action}")
        for key, (old, new) in changes.items():
            step[key] = [step[key][0] if key in step else old, new]

    # -- debates ---------------------------------------------------------------------------------

    def add_debate(self, title: str, *, kind: str = "", date: str | None = None, committee: str | None = None,
                   source_url: str | None = None, source_text: str | None = None,
                   actors: Iterable[ActorRef | str] = (), source: str = "user") -> int:
        """Record a debate with who took part; returns its id."""
        if not title.strip():
            raise DomainError("een debat heeft een titel nodig")
        if date:
            _check_date(date, "debatdatum")
        if source_url:
            source_url = check_url(source_url)
        values = {"kind": kind, "title": title.strip(), "date": date, "committee": committee,
                  "source_url": source_url, "source_text": source_text, "created_at": self.stamp()}
        with self.db.transaction():
            debate_id = self.db.insert(
                "INSERT INTO debate (kind, title, date, committee, source_url, source_text, created_at)"
                " VALUES (:kind, :title, :date, :committee, :source_url, :source_text, :created_at) RETURNING id",
                values,
            )
            refs = [_actor_ref(a) for a in actors]
            for ref in refs:
                self.db.execute("INSERT INTO debate_actor (debate_id, actor_id) VALUES (:d, :a) ON CONFLICT DO NOTHING",
                                {"d": debate_id, "a": self._actor_id(ref)})
            logged: dict[str, list[Any]] = {k: [None, v] for k, v in values.items()
                                            if v and k not in ("source_text", "created_at")}
            if refs:
                logged["actors"] = [[], [r.as_dict() for r in refs]]
            self._log(None, "create", {"debate_id": [None, debate_id], **logged}, source, entity="debate")
        return debate_id

    def follow_activity(self, external_id: str, values: dict[str, Any], *, replaces: str | None = None,
                        source: str = "tweedekamer") -> tuple[int, dict[str, list[Any]]]:
        """Create or update the debate that follows a Kamer activity (by its id, or by the id of the
        activity it replaces: a moved meeting keeps its debate); returns (debate id, {column: [old, new]}).
        `values` holds any of kind, title, date, time, committee, number, status."""
        allowed = {"kind", "title", "date", "time", "committee", "number", "status"}
        if set(values) - allowed:
            raise DomainError(f"debat: onbekende velden {', '.join(sorted(set(values) - allowed))}")
        if values.get("date"):
            _check_date(values["date"], "debatdatum")
        with self.db.transaction():
            row = self.db.one("SELECT * FROM debate WHERE external_id = :e", {"e": external_id})
            if row is None and replaces:
                row = self.db.one("SELECT * FROM debate WHERE external_id = :e", {"e": replaces})
            if row is None:
                data = {"kind": "", "title": "", "date": None, "time": None, "committee": None, "number": None,
                        "status": "", **values, "external_id": external_id, "created_at": self.stamp()}
                data["title"] = (data["title"] or data["number"] or external_id).strip()
                columns = ", ".join(data)
                debate_id = self.db.insert(f"INSERT INTO debate ({columns}) VALUES"
                                           f" ({', '.join(':' + c for c in data)}) RETURNING id", data)
                logged = {k: [None, v] for k, v in data.items() if v and k != "created_at"}
                self._log(None, "create", {"debate_id": [None, debate_id], **logged}, source, entity="debate")
                return debate_id, logged
            values = {**values, "external_id": external_id}
            diff = {k: [row[k], v] for k, v in values.items() if row[k] != v and not (k == "title" and not v)}
            if diff:
                sets = ", ".join(f"{k} = :{k}" for k in diff)
                self.db.execute(f"UPDATE debate SET {sets} WHERE id = :id",
                                {**{k: v[1] for k, v in diff.items()}, "id": row["id"]})
                # A meeting the Kamer moved takes the due dates that count from it along.
                moved = {}
                if "date" in diff and diff["date"][1]:
                    moved = self._follow_debate(row["id"], diff["date"][0], diff["date"][1], row["id"], source)
                self._log(None, "update", {"debate_id": [row["id"], row["id"]], **diff, "entries": _entries(moved)},
                          source, entity="debate")
            return int(row["id"]), diff

    def update_debate(self, debate_id: int, changes: dict[str, Any], *,
                      source: str = "user") -> tuple[dict[str, list[Any]], dict[int, dict[str, list[Any]]]]:
        """Set a debate's fields; returns {field: [old, new]} and, per item whose due date moved, its
        changes. A new date moves the due dates of its items whose phrase counts from the debate ("binnen
        zes weken" at triage), each change logged on its item; dates typed by hand, or phrases typed when
        editing, stay."""
        with self.db.transaction():
            row = self._debate(debate_id)
            new: dict[str, Any] = {}
            for field, value in changes.items():
                if field not in DEBATE_FIELDS:
                    raise DomainError(f"onbekend debatveld '{field}'; te wijzigen: {', '.join(DEBATE_FIELDS)}")
                text = str(value).strip() if value is not None else ""
                if field == "title" and not text:
                    raise DomainError("een debat heeft een titel nodig")
                if field == "date" and text:
                    text = _check_date(text, "debatdatum")
                new[field] = text if text or field == "kind" else None
            diff = {k: [row[k], v] for k, v in new.items() if _differs(row[k], v)}
            if not diff:
                return {}, {}
            sets = ", ".join(f"{k} = :{k}" for k in diff)
            self.db.execute(f"UPDATE debate SET {sets} WHERE id = :id", {**{k: v[1] for k, v in diff.items()},
                                                                         "id": debate_id})
            moved: dict[int, dict[str, list[Any]]] = {}
            if "date" in diff and diff["date"][1]:
                moved = self._follow_debate(debate_id, diff["date"][0], diff["date"][1], debate_id, source)
            self._log(None, "update", {"debate_id": [debate_id, debate_id], **diff, "entries": _entries(moved)},
                      source, entity="debate")
        return diff, moved

    def merge_debates(self, debate_id: int, into_id: int, *, source: str = "user") -> list[int]:
        """Fold a debate into another (a duplicate from triaging the same debate twice): its items and
        participants move, each item's move logged on the item, and the debate goes. Returns the items
        moved. Phrases that counted from the old debate's date now count from the other's."""
        if debate_id == into_id:
            raise DomainError("een debat samenvoegen met zichzelf kan niet")
        with self.db.transaction():
            row = self._debate(debate_id)
            into = self._debate(into_id)
            item_ids = [r["id"] for r in self.db.query("SELECT id FROM item WHERE debate_id = :d ORDER BY id",
                                                       {"d": debate_id})]
            entries = _entries(self._follow_debate(debate_id, row["date"], into["date"], into_id, source))
            participants = [dict(a) for a in queries.debate_actors(self.db, debate_id)]
            present = [dict(a) for a in queries.debate_actors(self.db, into_id)]
            added = [a for a in participants if a not in present]
            for actor in added:
                self.db.execute("INSERT INTO debate_actor (debate_id, actor_id) VALUES (:d, :a)",
                                {"d": into_id, "a": self._actor_id(ActorRef.from_dict(actor))})
            self._drop_debate(debate_id)
            self._log(None, "merge", {"debate_id": [debate_id, into_id], **_removed(row),
                                      "actors": [participants, []], "added_actors": [[], added], "entries": entries},
                      source, entity="debate")
        return [i for i in item_ids if not self.db.scalar("SELECT deleted FROM item WHERE id = :i", {"i": i})]

    def delete_debate(self, debate_id: int, *, unlink: bool = False, source: str = "user") -> int:
        """Remove a debate. One with items is refused, so follow-ups never vanish with it, unless `unlink`:
        then its items stay, without a debate, their dates as they are. Returns the items unlinked."""
        with self.db.transaction():
            row = self._debate(debate_id)
            live = int(self.db.scalar("SELECT COUNT(*) FROM item WHERE debate_id = :d AND deleted = :f",
                                      {"d": debate_id, "f": False}) or 0)
            if live and not unlink:
                items = "1 item" if live == 1 else f"{live} items"
                raise DomainError(
                    f"debat {debate_id} heeft {items}; voeg het samen met een ander debat (debate merge {debate_id}"
                    f" ID) of maak de items los (debate delete {debate_id} --unlink)"
                )
            entries = _entries(self._follow_debate(debate_id, row["date"], None, None, source))
            participants = [dict(a) for a in queries.debate_actors(self.db, debate_id)]
            self._drop_debate(debate_id)
            self._log(None, "delete", {"debate_id": [debate_id, None], **_removed(row),
                                       "actors": [participants, []], "entries": entries}, source, entity="debate")
        return live

    def _follow_debate(self, debate_id: int, old_date: str | None, new_date: str | None, new_id: int | None,
                       source: str) -> dict[int, dict[str, list[Any]]]:
        """Move the items of a debate to `new_id` (the same debate, another, or none) whose date is now
        `new_date`: phrases that count from the debate are read again against it. Logs each item; returns
        {item id: changes, with the log entry's id under "entry"}, so undoing the debate's change undoes
        them too."""
        moved: dict[int, dict[str, list[Any]]] = {}
        for row in self.db.query("SELECT * FROM item WHERE debate_id = :d ORDER BY id", {"d": debate_id}):
            new: dict[str, Any] = {"debate_id": new_id}
            if row["due_from_debate"] and row["due_phrase"]:
                if new_date and new_id is not None:
                    new.update(self._resolve_due(row["due_phrase"], dt.date.fromisoformat(new_date)))
                else:
                    new["due_from_debate"] = False  # no debate date left to follow: it keeps its date
            diff: dict[str, list[Any]] = {k: [row[k], v] for k, v in new.items() if _differs(row[k], v)}
            if not diff:
                continue
            if old_date != new_date:
                diff["debate_date"] = [old_date, new_date]
            self._write_columns(row["id"], {k: v[1] for k, v in diff.items() if k in RESTORABLE})
            entry = self._log(row["id"], "update", diff, source)
            moved[row["id"]] = {**diff, "entry": [None, entry]}
        return moved

    def _drop_debate(self, debate_id: int) -> None:
        self.db.execute("DELETE FROM debate_actor WHERE debate_id = :d", {"d": debate_id})
        self.db.execute("DELETE FROM debate WHERE id = :d", {"d": debate_id})

    # -- items -----------------------------------------------------------------------------------

    def add_item(self, kind: str, title: str, *, status: str | None = None, text: str = "",
                 debate_id: int | None = None, due: str | None = None, actors: Iterable[ActorRef | str] = (),
                 topics: Iterable[str] = (), owner: str | None = None, priority: str | None = None,
                 scheduled: str | None = None, hide_until: str | None = None, stance: str | None = None,
                 next_action: str | None = None, source: str = "user", external_id: str | None = None,
                 raw_status: str | None = None, status_unknown: bool = False,
                 links: Iterable[tuple[str, str]] = (), registers: Iterable[str] = (),
                 event: bool | None = None, appreciation: str | None = None) -> int:
        """Create an item (due may be an ISO date or a Dutch phrase); returns its id. `event`: a meeting on
        its date rather than a deadline; by default a deadline whose title names a meeting (kinds.is_meeting).
        `appreciation`: a motion's, as kinds.appreciation_code reads it."""
        kind = kinds.kind_code(kind)
        lc = kinds.lifecycle(kind)
        status = kinds.status_code(kind, status) if status else lc.initial
        title = bounds.check_title(title)
        priority = _check_priority(priority or "normaal")
        for name in DATE_FIELDS:
            value = {"scheduled": scheduled, "hide_until": hide_until}[name]
            if value:
                _check_date(value, name)
        actor_refs = [_actor_ref(a) for a in actors]
        topic_names = _clean_topics(topics)
        stamp = self.stamp()
        with self.db.transaction():
            if debate_id is not None:
                self._debate(debate_id)
            # A phrase given with its debate counts from the debate's date ("binnen zes weken" said there).
            due_values = self._resolve_due(due, self._debate_date(debate_id))
            values: dict[str, Any] = {
                "kind": kind, "status": status, "title": title.strip(), "text": text or "",
                "debate_id": debate_id, **due_values, "scheduled": scheduled or None,
                "event": kinds.is_meeting(kind, title) if event is None else bool(event),
                "appreciation": _appreciation(kind, appreciation or ""),
                "hide_until": hide_until or None, "priority": priority, "owner": owner or None,
                "stance": stance or None, "next_action": next_action or None, "source": source,
                "external_id": external_id or None, "raw_status": raw_status,
                "status_unknown": bool(status_unknown), "register_deleted": False, "deleted": False,
                "version": 1, "created_at": stamp, "updated_at": stamp,
            }
            columns = ", ".join(values)
            item_id = self.db.insert(
                f"INSERT INTO item ({columns}) VALUES ({', '.join(':' + c for c in values)}) RETURNING id", values
            )
            self._set_actors(item_id, actor_refs)
            self._set_topics(item_id, topic_names)
            changes = {k: [None, v] for k, v in values.items()
                       if v not in (None, "", False) and k not in ("created_at", "updated_at", "version")}
            if actor_refs:
                changes["actors"] = [[], [a.as_dict() for a in actor_refs]]
            if topic_names:
                changes["topics"] = [[], topic_names]
            numbers = list(dict.fromkeys(v for v in (normalise_register(n) for n in registers) if v))
            for value in numbers:
                self.db.execute("INSERT INTO register_ref (item_id, scheme, value) VALUES (:i, :s, :v)",
                                {"i": item_id, "s": register_scheme(value), "v": value})
            if numbers:
                # Part of the creation, so one undo takes the whole item back (an accepted record too).
                changes["registers"] = [[], numbers]
            self._log(item_id, "create", changes, source)
            for url, label in links:
                self.add_link(item_id, url, label, source=source)
        return item_id

    def update_item(self, item_id: int, changes: dict[str, Any], *, source: str = "user",
                    expected_version: int | None = None, due_ref: dt.date | None = None) -> dict[str, list[Any]]:
        """Set fields (due as phrase or date, actors and topics as lists); returns {field: [old, new]}.
        A due phrase is read from `due_ref` when given (a vote's date, say), else from the debate's date."""
        with self.db.transaction():
            row = self._item_row(item_id)
            self._check_version(row, expected_version, changes)
            new: dict[str, Any] = {}
            for field, value in changes.items():
                if field == "due":
                    # A phrase counts from the item's debate when it has one ("vóór de zomer" said in that
                    # debate, which it then follows), else from today; or from the day a caller names (a
                    # vote's date for the register's own deadline). A person's phrase must be understood,
                    # or the date the item has would go for a typo; the register's own phrases are kept
                    # as they come, flagged.
                    debate_id = changes["debate_id"] if "debate_id" in changes else row["debate_id"]
                    new.update(self._resolve_due(value, self._debate_date(_debate_number(debate_id)), due_ref,
                                                 understood=source == "user"))
                elif field == "due_phrase":
                    raise DomainError("zet de termijn met due=..., de zin wordt dan bewaard")
                elif field == "kind":
                    value = kinds.kind_code(str(value))
                    lc = kinds.lifecycle(value)
                    new["kind"] = value
                    if row["status"] not in lc.statuses:
                        new["status"] = lc.initial
                    if "event" not in changes:
                        new["event"] = kinds.is_meeting(value, str(changes.get("title", row["title"])))
                elif field == "event":
                    new["event"] = _yes_no(value, field)
                elif field == "appreciation":
                    new["appreciation"] = _appreciation(row["kind"], str(value or ""))
                elif field == "priority":
                    new["priority"] = _check_priority(str(value))
                elif field in DATE_FIELDS:
                    new[field] = _check_date(str(value), field) if value else None
                elif field == "debate_id":
                    new[field] = _debate_number(value)
                    if new[field] is not None:
                        self._debate(new[field])
                elif field in ("actors", "topics"):
                    continue
                elif field in PLAIN_FIELDS:
                    if field == "title":
                        value = bounds.check_title(str(value))
                    new[field] = value if value != "" or field in ("text",) else None
                else:
                    allowed = ", ".join(("due", "kind", "actors", "topics", *PLAIN_FIELDS[:9], "event",
                                                "appreciation"))
                    raise DomainError(f"onbekend veld '{field}'; te wijzigen: {allowed}")
            diff = {k: [row[k], v] for k, v in new.items() if _differs(row[k], v)}
            if "actors" in changes:
                old_actors = queries.item_actors(self.db, [item_id]).get(item_id, [])
                refs = [_actor_ref(a) for a in changes["actors"]]
                new_actors = [a.as_dict() for a in refs]
                if [_strip_relation(a) for a in old_actors] != new_actors:
                    self._set_actors(item_id, refs)
                    diff["actors"] = [[_strip_relation(a) for a in old_actors], new_actors]
            if "topics" in changes:
                old_topics = queries.item_topics(self.db, [item_id]).get(item_id, [])
                new_topics = _clean_topics(changes["topics"])
                if old_topics != new_topics:
                    self._set_topics(item_id, new_topics)
                    diff["topics"] = [old_topics, new_topics]
            if diff:
                self._write_columns(item_id, {k: v[1] for k, v in diff.items() if k in RESTORABLE})
                self._log(item_id, "update", diff, source)
        return diff

    def set_status(self, item_id: int, status: str, *, source: str = "user",
                   raw_status: str | None = None, expected_version: int | None = None) -> dict[str, list[Any]]:
        """Move an item to a new status (allowed transitions only); a recurring item rolls on."""
        with self.db.transaction():
            row = self._item_row(item_id)
            self._check_version(row, expected_version, {"status": status})
            status = kinds.status_code(row["kind"], status)
            kinds.check_transition(row["kind"], row["status"], status)
            diff: dict[str, list[Any]] = {"status": [row["status"], status]}
            if raw_status is not None and raw_status != row["raw_status"]:
                diff["raw_status"] = [row["raw_status"], raw_status]
            self._write_columns(item_id, {k: v[1] for k, v in diff.items()})
            self._log(item_id, "status", diff, source)
            if row["recurrence"] and row["due"] and kinds.lifecycle(row["kind"]).accomplished == status:
                self._roll_on(row, status, source)
        return diff

    def _roll_on(self, row: dict[str, Any], status: str, source: str) -> None:
        from kamertaak.core.deadlines import next_occurrence, resolve
        from kamertaak.core.occurrence import occurrence_from

        said_on = dt.date.fromisoformat(row["due_ref"]) if row["due_ref"] else self._today()
        current = resolve(row["due_phrase"] or row["due"], said_on, self.calendar())
        if current.due is None or current.due.isoformat() != row["due"]:
            current = resolve(row["due_phrase"] or "", dt.date.fromisoformat(row["due"]), self.calendar())
        # The occurrence done is the one the agenda shows: the first due today or later, not one long past.
        current = occurrence_from(current, self._today(), self.calendar())
        following = next_occurrence(current, self.calendar())
        if following is None or following.due is None or not bounds.in_range(following.due):
            return
        initial = kinds.lifecycle(row["kind"]).initial
        new = {"status": initial, "due": following.due.isoformat(), "due_explanation": following.explanation,
               "due_estimated": following.estimated}
        diff = {k: [status if k == "status" else row[k], v] for k, v in new.items()}
        self._write_columns(row["id"], new)
        self._log(row["id"], "recur", diff, source)

    def delete_item(self, item_id: int, *, source: str = "user") -> None:
        """Remove an item from every view (kept in the log; undo brings it back)."""
        with self.db.transaction():
            row = self._item_row(item_id)
            self._write_columns(item_id, {"deleted": True})
            self._log(item_id, "delete", {"deleted": [bool(row["deleted"]), True]}, source)

    def remove_from_debate(self, debate_id: int, item_ids: Iterable[int], *, source: str = "user") -> Removal:
        """Take these items of a debate out, and the debate with them once no item on it is left.

        Each item is deleted as delete_item does and in the same log entry loses its debate and its actors.
        When no item is left on the debate, items deleted earlier are let go of it too (logged), and the
        debate goes with who took part; finally those of its and the items' actors that no other item or
        debate names. Every step has its log entry holding what was removed, all in one transaction;
        undo, entry by entry from the newest, puts actors, debate and items back."""
        removal = Removal()
        with self.db.transaction():
            debate = self._debate(debate_id)
            actor_ids = {int(r["actor_id"]) for r in self.db.query(
                "SELECT actor_id FROM debate_actor WHERE debate_id = :d", {"d": debate_id})}
            for item_id in sorted(set(item_ids)):
                if self._item_row(item_id)["debate_id"] != debate_id:
                    raise DomainError(f"item {item_id} hoort niet bij debat {debate_id}")
                actor_ids |= self._detach(item_id, debate_id, "delete", {"deleted": [False, True]}, source)
                removal.items.append(item_id)
            if not self.db.scalar("SELECT COUNT(*) FROM item WHERE debate_id = :d AND deleted = :f",
                                  {"d": debate_id, "f": False}):
                for row in self.db.query("SELECT id FROM item WHERE debate_id = :d ORDER BY id", {"d": debate_id}):
                    actor_ids |= self._detach(row["id"], debate_id, "update", {}, source)
                participants = [dict(a) for a in queries.debate_actors(self.db, debate_id)]
                self.db.execute("DELETE FROM debate_actor WHERE debate_id = :d", {"d": debate_id})
                self.db.execute("DELETE FROM debate WHERE id = :d", {"d": debate_id})
                removed = {k: [v, None] for k, v in debate.items() if k != "id" and v not in (None, "")}
                self._log(None, "delete", {"debate_id": [debate_id, None], **removed,
                                           "actors": [participants, []]}, source, entity="debate")
                removal.debate = True
            for actor_id in sorted(actor_ids):
                actor = self.db.one(
                    "SELECT id, name, party, role, ministry FROM actor a WHERE id = :id"
                    " AND NOT EXISTS (SELECT 1 FROM item_actor ia WHERE ia.actor_id = a.id)"
                    " AND NOT EXISTS (SELECT 1 FROM debate_actor da WHERE da.actor_id = a.id)", {"id": actor_id})
                if actor is not None:
                    self.db.execute("DELETE FROM actor WHERE id = :id", {"id": actor_id})
                    self._log(None, "delete", {"actor": [dict(actor), None]}, source, entity="actor")
                    removal.actors.append(ActorRef.from_dict(actor).label())
        return removal

    def _detach(self, item_id: int, debate_id: int, action: str, changes: dict[str, Any], source: str) -> set[int]:
        """Let an item go of its debate and its actors (with `changes` written too) in one log entry;
        returns the ids of the actors it named."""
        rows = self.db.query("SELECT ia.actor_id, a.name, a.party, a.role, a.ministry FROM item_actor ia"
                             " JOIN actor a ON a.id = ia.actor_id WHERE ia.item_id = :i ORDER BY ia.position",
                             {"i": item_id})
        own = [_strip_relation(r) for r in rows]
        self._write_columns(item_id, {**{k: v[1] for k, v in changes.items()}, "debate_id": None})
        self.db.execute("DELETE FROM item_actor WHERE item_id = :i", {"i": item_id})
        self._log(item_id, action, {**changes, "debate_id": [debate_id, None],
                                    **({"actors": [own, []]} if own else {})}, source)
        return {int(r["actor_id"]) for r in rows}

    def add_note(self, item_id: int, text: str, *, source: str = "user") -> int:
        if not text.strip():
            raise DomainError("een notitie mag niet leeg zijn")
        with self.db.transaction():
            self._item_row(item_id)
            note_id = self.db.insert(
                "INSERT INTO note (item_id, text, author, created_at) VALUES (:i, :t, :a, :c) RETURNING id",
                {"i": item_id, "t": text, "a": self.user, "c": self.stamp()},
            )
            self._touch(item_id)
            self._log(item_id, "note", {"note": [None, {"id": note_id, "text": text}]}, source)
        return note_id

    def add_link(self, item_id: int, url: str, label: str = "", *, source: str = "user") -> int:
        url = check_url(url)
        with self.db.transaction():
            self._item_row(item_id)
            link_id = self.db.insert(
                "INSERT INTO link (item_id, url, label) VALUES (:i, :u, :l) RETURNING id",
                {"i": item_id, "u": url, "l": label},
            )
            self._touch(item_id)
            self._log(item_id, "link", {"link": [None, {"id": link_id, "url": url, "label": label}]},
                      source)
        return link_id

    def add_register(self, item_id: int, number: str, *, source: str = "user") -> int:
        """Attach a register number (TZ202504-057, 36600, nr. 12, T01220, 2025Z01234)."""
        value = normalise_register(number)
        if not value:
            raise DomainError("leeg registernummer")
        with self.db.transaction():
            self._item_row(item_id)
            existing = self.db.scalar("SELECT id FROM register_ref WHERE item_id = :i AND value = :v",
                                      {"i": item_id, "v": value})
            if existing is not None:
                return int(existing)
            ref_id = self.db.insert(
                "INSERT INTO register_ref (item_id, scheme, value) VALUES (:i, :s, :v) RETURNING id",
                {"i": item_id, "s": register_scheme(value), "v": value},
            )
            self._touch(item_id)
            self._log(item_id, "register", {"register": [None, {"id": ref_id, "value": value}]}, source)
        return ref_id

    # -- reminders -----------------------------------------------------------------------------------

    def add_reminder(self, item_id: int, *, at: str | None = None, offset_days: int | None = None,
                     source: str = "user") -> int:
        """A reminder at a moment (ISO date or date-time) or a number of days before the due date."""
        if (at is None) == (offset_days is None):
            raise DomainError("een herinnering heeft óf een moment óf een aantal dagen voor de termijn")
        if at is not None:
            at = _check_moment(at, "herinnering")
        if offset_days is not None:
            offset_days = _check_offset(offset_days)
        with self.db.transaction():
            row = self._item_row(item_id)
            if offset_days is not None and not row["due"]:
                raise DomainError(f"item {item_id} heeft geen termijn; geef een datum voor de herinnering")
            rid = self.db.insert(
                "INSERT INTO reminder (item_id, at, offset_days, created_at) VALUES (:i, :a, :o, :c) RETURNING id",
                {"i": item_id, "a": at, "o": offset_days, "c": self.stamp()},
            )
            self._log(item_id, "reminder",
                      {"reminder": [None, {"id": rid, "at": at, "offset_days": offset_days}]}, source)
        return rid

    def update_reminder(self, reminder_id: int, *, source: str = "user", **fields: str | None) -> None:
        """Mark a reminder sent, dismissed or snoozed (fields: sent_at, dismissed_at, snoozed_until)."""
        allowed = {"sent_at", "dismissed_at", "snoozed_until"}
        if not fields or set(fields) - allowed:
            raise DomainError(f"herinnering: alleen {', '.join(sorted(allowed))}")
        for value in fields.values():
            if value is not None:
                _check_moment(value, "herinnering")
        with self.db.transaction():
            row = self.db.one("SELECT * FROM reminder WHERE id = :id", {"id": reminder_id})
            if row is None:
                raise NotFound(f"geen herinnering met nummer {reminder_id}")
            diff = {k: [row[k], v] for k, v in fields.items() if row[k] != v}
            if not diff:
                return
            sets = ", ".join(f"{k} = :{k}" for k in diff)
            self.db.execute(f"UPDATE reminder SET {sets} WHERE id = :id",
                            {**{k: v[1] for k, v in diff.items()}, "id": reminder_id})
            self._log(row["item_id"], "reminder_update", {"reminder_id": [reminder_id, reminder_id], **diff}, source)

    # -- undo ------------------------------------------------------------------------------------------

    def undo(self, *, source: str = "user") -> str:
        """Revert this user's newest change not yet undone; returns a Dutch sentence saying what was undone.
        In a shared database a colleague's changes are theirs to undo, and a change of mine that a
        colleague has built on since is refused rather than silently overwriting their work."""
        with self.db.transaction():
            entry = self.db.one(
                "SELECT * FROM oplog WHERE undone = :f AND action <> 'undo' AND who = :who ORDER BY id DESC LIMIT 1",
                {"f": False, "who": self.user},
            )
            if entry is None:
                raise DomainError(f"niets om ongedaan te maken (voor {self.user})")
            changes = json.loads(entry["changes"])
            self._check_not_built_on(entry, changes)
            inverse = self._revert(entry, changes)
            self.db.execute("UPDATE oplog SET undone = :t WHERE id = :id", {"t": True, "id": entry["id"]})
            self._log(entry["item_id"], "undo", inverse, source, entity=entry["entity"], undoes=entry["id"])
            kind = self.db.scalar("SELECT kind FROM item WHERE id = :id", {"id": entry["item_id"]}) or ""
        if entry["entity"] == "actor":
            return f"ongedaan: actor {ActorRef.from_dict(changes['actor'][0]).label()} teruggezet"
        if entry["entity"] == "debate" and entry["action"] == "delete":
            return f"ongedaan: debat {changes['debate_id'][0]} teruggezet"
        if entry["entity"] == "debate" and entry["action"] == "update":
            return f"ongedaan: debat {changes['debate_id'][0]} terug zoals het was"
        if entry["entity"] == "debate":
            return _debate_undone(entry["action"], changes)
        if entry["action"] == "create":
            return f"ongedaan: item {entry['item_id']} aangemaakt → weer verwijderd"
        return f"ongedaan bij item {entry['item_id']}: {describe_entry({'action': 'undo', 'changes': inverse}, kind)}"

    def _check_not_built_on(self, entry: dict[str, Any], changes: dict[str, Any]) -> None:
        """Refuse to undo a change when someone else changed the same item's same fields afterwards."""
        if entry["item_id"] is None:
            return
        later = self.db.query(
            "SELECT who, at, changes FROM oplog WHERE item_id = :i AND id > :id AND undone = :f AND who <> :who"
            " AND action <> 'undo' ORDER BY id",
            {"i": entry["item_id"], "id": entry["id"], "f": False, "who": self.user},
        )
        mine = set(changes) if entry["action"] != "create" else {"deleted"}
        for other in later:
            if entry["action"] == "create" or mine & set(json.loads(other["changes"])):
                raise DomainError(
                    f"kan niet ongedaan maken: {other['who']} heeft item {entry['item_id']} daarna gewijzigd"
                    f" ({other['at'].replace('T', ' ')[:16]})"
                )

    def _revert(self, entry: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
        item_id = entry["item_id"]
        action = entry["action"]
        if entry["entity"] == "actor":
            actor = changes["actor"][0]
            self.db.execute("INSERT INTO actor (id, name, party, role, ministry)"
                            " VALUES (:id, :name, :party, :role, :ministry) ON CONFLICT DO NOTHING", actor)
            return {"actor": [None, actor]}
        if entry["entity"] == "debate" and action != "create":
            return self._revert_debate(entry, changes)
        if entry["entity"] == "debate":
            debate_id = changes["debate_id"][1]
            in_use = self.db.scalar("SELECT COUNT(*) FROM item WHERE debate_id = :d AND deleted = :f",
                                    {"d": debate_id, "f": False})
            if in_use:
                raise DomainError(f"debat {debate_id} is in gebruik door {in_use} item{'' if in_use == 1 else 's'};"
                                  " eerst die verwijderen")
            # Items deleted (or whose creation was undone) may still point at it: they let go of it in
            # this same entry, so undoing the debate's creation never blocks older undos.
            gone = [int(r["id"]) for r in self.db.query("SELECT id FROM item WHERE debate_id = :d ORDER BY id",
                                                        {"d": debate_id})]
            if gone:
                self.db.execute("UPDATE item SET debate_id = NULL WHERE debate_id = :d", {"d": debate_id})
            self.db.execute("DELETE FROM debate_actor WHERE debate_id = :d", {"d": debate_id})
            self.db.execute("DELETE FROM debate WHERE id = :d", {"d": debate_id})
            return {"debate_id": [debate_id, None], **({"deleted_items": [gone, []]} if gone else {})}
        if action == "create":
            external_id = self.db.scalar("SELECT external_id FROM item WHERE id = :i", {"i": item_id})
            if external_id is None:
                self._write_columns(item_id, {"deleted": True})
                return {"deleted": [False, True]}
            # An item taken in from the register: its record goes back to the inbox, free to be taken
            # in (or linked) again.
            self._write_columns(item_id, {"deleted": True, "external_id": None})
            self.db.execute("UPDATE register_record SET item_id = NULL, triage = :t WHERE item_id = :i",
                            {"t": "inbox", "i": item_id})
            return {"deleted": [False, True], "external_id": [external_id, None]}
        if action == "register_link":
            # The numbers it added go, the record it linked goes back where it was (the inbox); the
            # fields it changed are restored below.
            for value in changes.get("registers", [[], []])[1]:
                self.db.execute("DELETE FROM register_ref WHERE item_id = :i AND value = :v",
                                {"i": item_id, "v": value})
            record = changes.get("record", [None, None])[1]
            if record is not None:
                self.db.execute("UPDATE register_record SET item_id = NULL, triage = :t WHERE id = :r",
                                {"t": record["triage"], "r": record["id"]})
        for key, table in (("note", "note"), ("link", "link"), ("register", "register_ref"),
                           ("reminder", "reminder")):
            if action == key:
                record = changes[key][1]
                self.db.execute(f"DELETE FROM {table} WHERE id = :id", {"id": record["id"]})
                return {key: [record, None]}
        if action == "reminder_update":
            rid = changes["reminder_id"][0]
            fields = {k: v[0] for k, v in changes.items() if k != "reminder_id"}
            sets = ", ".join(f"{k} = :{k}" for k in fields)
            self.db.execute(f"UPDATE reminder SET {sets} WHERE id = :id", {**fields, "id": rid})
            return {"reminder_id": [rid, rid], **{k: [v[1], v[0]] for k, v in changes.items() if k != "reminder_id"}}
        columns = {k: v[0] for k, v in changes.items() if k in RESTORABLE}
        self._write_columns(item_id, columns)
        if "actors" in changes:
            self._set_actors(item_id, [ActorRef.from_dict(a) for a in changes["actors"][0]])
        if "topics" in changes:
            self._set_topics(item_id, list(changes["topics"][0]))
        return {k: [v[1], v[0]] for k, v in changes.items()}

    def _restore_debate(self, changes: dict[str, Any]) -> dict[str, Any]:
        """Undo a debate's removal: the same row (same id) with who took part."""
        debate_id = changes["debate_id"][0]
        values = {k: changes[k][0] if k in changes else None for k in _DEBATE_COLUMNS}
        values["kind"] = values["kind"] or ""
        values["status"] = values["status"] or ""
        self.db.execute(f"INSERT INTO debate (id, {', '.join(_DEBATE_COLUMNS)})"
                        f" VALUES (:id, {', '.join(':' + c for c in _DEBATE_COLUMNS)})", {"id": debate_id, **values})
        for actor in changes.get("actors", [[], []])[0]:
            self.db.execute("INSERT INTO debate_actor (debate_id, actor_id) VALUES (:d, :a) ON CONFLICT DO NOTHING",
                            {"d": debate_id, "a": self._actor_id(ActorRef.from_dict(actor))})
        return {"debate_id": [None, debate_id]}

    def _revert_debate(self, entry: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
        """Undo a debate's edit, merge or removal, with the item changes it made (newest first)."""
        action = entry["action"]
        changes = pair_changes(changes)
        if action in ("merge", "delete"):
            self._restore_debate(changes)  # its participants too; a merge's added ones leave below
        for entry_id in reversed(changes.get("entries", [[], []])[1]):
            item_entry = self.db.one("SELECT * FROM oplog WHERE id = :id", {"id": entry_id})
            if item_entry is None or item_entry["undone"]:
                continue
            item_changes = json.loads(item_entry["changes"])
            self._check_not_built_on(item_entry, item_changes)
            inverse = self._revert(item_entry, item_changes)
            self.db.execute("UPDATE oplog SET undone = :t WHERE id = :id", {"t": True, "id": entry_id})
            self._log(item_entry["item_id"], "undo", inverse, entry["source"], undoes=entry_id)
        debate_id = changes["debate_id"][0]
        if action == "merge":
            into_id = changes["debate_id"][1]
            for actor in changes["added_actors"][1]:
                self.db.execute("DELETE FROM debate_actor WHERE debate_id = :d AND actor_id = :a",
                                {"d": into_id, "a": self._actor_id(ActorRef.from_dict(actor))})
            return {"debate_id": [into_id, debate_id]}
        if action == "delete":
            return {"debate_id": [None, debate_id]}
        fields = {k: v[0] for k, v in changes.items() if k not in ("debate_id", *_DEBATE_LISTS)}
        if fields:
            sets = ", ".join(f"{k} = :{k}" for k in fields)
            self.db.execute(f"UPDATE debate SET {sets} WHERE id = :id", {**fields, "id": debate_id})
        return {"debate_id": [debate_id, debate_id], **{k: [changes[k][1], v] for k, v in fields.items()}}

    # -- helpers -----------------------------------------------------------------------------------------

    def _check_version(self, row: dict[str, Any], expected: int | None, attempted: dict[str, Any]) -> None:
        if expected is None or row["version"] == expected:
            return
        item_id = row["id"]
        last = self.db.one("SELECT id, at, who, source, action, changes FROM oplog WHERE item_id = :i"
                           " AND entity = 'item' ORDER BY id DESC LIMIT 1", {"i": item_id})
        if last is not None:
            last["changes"] = json.loads(last["changes"])
        by = f" door {last['who']} om {last['at']}" if last else ""
        raise ConflictError(
            f"item {item_id} is intussen gewijzigd{by} (versie {row['version']}, jij had {expected})",
            item_id=item_id, expected_version=expected, current_version=row["version"],
            current=queries.views(self.db, [row], self._today())[0], attempted=dict(attempted), last_change=last,
        )

    def _item_row(self, item_id: int) -> dict[str, Any]:
        row = self.db.one("SELECT * FROM item WHERE id = :id", {"id": item_id})
        if row is None or row["deleted"]:
            raise NotFound(f"geen item met nummer {item_id}")
        return row

    def _debate(self, debate_id: int) -> dict[str, Any]:
        row = self.db.one("SELECT * FROM debate WHERE id = :id", {"id": debate_id})
        if row is None:
            raise NotFound(f"geen debat met nummer {debate_id}")
        return row

    def _write_columns(self, item_id: int, values: dict[str, Any]) -> None:
        stamp = self.stamp()
        sets = ", ".join(f"{k} = :{k}" for k in values)
        prefix = f"{sets}, " if sets else ""
        self.db.execute(f"UPDATE item SET {prefix}version = version + 1, updated_at = :updated_at WHERE id = :id",
                        {**values, "updated_at": stamp, "id": item_id})

    def _touch(self, item_id: int) -> None:
        self._write_columns(item_id, {})

    def calendar(self) -> Any:
        """The parliamentary calendar in use: the packaged one with the user's additions."""
        from kamertaak.config import calendar

        return calendar()

    def _debate_date(self, debate_id: int | None) -> dt.date | None:
        if debate_id is not None:
            date = self.db.scalar("SELECT date FROM debate WHERE id = :id", {"id": debate_id})
            if date:
                return dt.date.fromisoformat(date)
        return None

    def _resolve_due(self, value: str | None, debate_date: dt.date | None,
                     ref: dt.date | None = None, understood: bool = False) -> dict[str, Any]:
        """The due columns for a phrase or ISO date. A phrase counts from `ref` when given, else from the
        debate's date when one is given (and then follows it), else from today; the day it counts from is
        kept. `understood`: a phrase the parser does not recognise is refused instead of kept."""
        text = (value or "").strip()
        if not text:
            return {"due": None, "due_phrase": None, "due_precision": "none", "due_explanation": None,
                    "due_estimated": False, "recurrence": None, "due_ref": None, "due_from_debate": False}
        if _ISO_SHAPE.match(text):
            day = dt.date.fromisoformat(_check_date(text, "termijn"))
            return {"due": day.isoformat(), "due_phrase": None, "due_precision": "day",
                    "due_explanation": "datum ingevoerd", "due_estimated": False, "recurrence": None,
                    "due_ref": None, "due_from_debate": False}
        from kamertaak.core.deadlines import impossible_date, resolve

        follows = ref is None and debate_date is not None
        ref = ref or debate_date or self._today()
        res = resolve(text, ref, self.calendar())
        shown = one_line(text)  # an error is one line, whatever the phrase holds
        if res.due is None and impossible_date(text):
            raise DomainError(f"termijn '{shown}' is geen bestaande datum")
        if understood and res.precision == "none":
            raise DomainError(f"termijn '{shown}' niet herkend; geef een datum JJJJ-MM-DD of een zin als 'voor de "
                              "zomer' (leeg laten wist de termijn)")
        if res.due is not None and not bounds.in_range(res.due):
            raise DomainError(f"termijn '{shown}' valt op {res.due.isoformat()}, buiten {bounds.range_text()}")
        return {"due": res.due.isoformat() if res.due else None, "due_phrase": text,
                "due_precision": res.precision, "due_explanation": res.explanation,
                "due_estimated": res.estimated, "recurrence": res.recurrence, "due_ref": ref.isoformat(),
                "due_from_debate": follows}

    def _set_actors(self, item_id: int, refs: Sequence[ActorRef]) -> None:
        self.db.execute("DELETE FROM item_actor WHERE item_id = :i", {"i": item_id})
        for position, ref in enumerate(refs):
            actor_id = self._actor_id(ref)
            self.db.execute(
                "INSERT INTO item_actor (item_id, actor_id, relation, position) VALUES (:i, :a, :r, :p)"
                " ON CONFLICT DO NOTHING",
                {"i": item_id, "a": actor_id, "r": "", "p": position},
            )

    def _actor_id(self, ref: ActorRef) -> int:
        params = ref.as_dict()
        found = self.db.scalar(
            "SELECT id FROM actor WHERE name = :name AND party = :party AND role = :role AND ministry = :ministry",
            params,
        )
        if found is not None:
            return int(found)
        return self.db.insert(
            "INSERT INTO actor (name, party, role, ministry) VALUES (:name, :party, :role, :ministry) RETURNING id",
            params,
        )

    def _set_topics(self, item_id: int, names: Sequence[str]) -> None:
        self.db.execute("DELETE FROM item_topic WHERE item_id = :i", {"i": item_id})
        for name in names:
            topic_id = self.db.scalar("SELECT id FROM topic WHERE name = :n", {"n": name})
            if topic_id is None:
                topic_id = self.db.insert("INSERT INTO topic (name) VALUES (:n) RETURNING id", {"n": name})
            self.db.execute("INSERT INTO item_topic (item_id, topic_id) VALUES (:i, :t) ON CONFLICT DO NOTHING",
                            {"i": item_id, "t": topic_id})


def _entries(moved: dict[int, dict[str, list[Any]]]) -> list[list[int]]:
    """The item entries a debate's change made, as its log keeps them: [[], ids]."""
    return [[], [int(changes["entry"][1]) for changes in moved.values()]]


def _removed(debate: dict[str, Any]) -> dict[str, list[Any]]:
    """A removed debate's columns as log changes ([value, None]), so undo can put the row back."""
    return {k: [v, None] for k, v in debate.items() if k != "id" and v not in (None, "")}


def _debate_undone(action: str, changes: dict[str, Any]) -> str:
    old, new = changes["debate_id"]
    if action == "merge":
        return f"ongedaan: debat {old} weer los van debat {new}, met zijn items"
    return f"ongedaan: debat {new} weer verwijderd"


def _differs(old: Any, new: Any) -> bool:
    if isinstance(new, bool) or isinstance(old, bool):
        return bool(old) != bool(new)
    return old != new


def _strip_relation(actor: dict[str, Any]) -> dict[str, str]:
    return {k: actor[k] for k in ("name", "party", "role", "ministry")}


def _actor_ref(value: ActorRef | str | dict[str, str]) -> ActorRef:
    if isinstance(value, ActorRef):
        return value
    if isinstance(value, dict):
        return ActorRef.from_dict(value)
    return ActorRef.parse(value)


def _clean_topics(topics: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for topic in topics:
        name = " ".join(str(topic).split()).lower()
        if name and name not in seen:
            seen.append(name)
    return seen


def _check_priority(value: str) -> str:
    if value not in kinds.PRIORITIES:
        raise DomainError(f"onbekende prioriteit '{value}'; kies uit {', '.join(kinds.PRIORITIES)}")
    return value


def _check_date(value: str, what: str) -> str:
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise DomainError(f"{what}: '{value}' is geen geldige datum (verwacht JJJJ-MM-DD)") from None
    if not bounds.in_range(day):
        raise DomainError(f"{what}: {day.isoformat()} valt buiten {bounds.range_text()}")
    return day.isoformat()


def _check_moment(value: str, what: str) -> str:
    """An ISO date or local date-time (no zone) within the range, as stored: 2025-04-20 or 2025-04-20T09:00."""
    text = str(value).strip()
    if len(text) == 10:
        return _check_date(text, what)
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise DomainError(f"{what}: '{value}' is geen datum of tijd (JJJJ-MM-DD of JJJJ-MM-DDTUU:MM)") from None
    if moment.tzinfo is not None:
        raise DomainError(f"{what}: geef een tijd zonder tijdzone (lokale tijd), bv. 2025-04-20T09:00")
    _check_date(moment.date().isoformat(), what)
    return moment.isoformat(timespec="minutes" if moment.second == 0 else "seconds")


def _check_offset(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= bounds.MAX_OFFSET_DAYS:
        raise DomainError(f"een herinnering gaat hoogstens {bounds.MAX_OFFSET_DAYS} dagen voor de termijn af"
                          f" (niet {value})")
    return value


__all__ = ["ConflictError", "DatabaseError", "NotFound", "Removal", "Store"]
