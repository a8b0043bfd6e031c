"""The reads every face shares: items with their actors and topics, filters, the agenda's sections,
history from the operation log and what changed between two dates. Plain SQL on the light path."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypedDict

from kamertaak.core import kinds
from kamertaak.core.labels import PASSED_LABEL, kind_label, status_label
from kamertaak.store.db import Database

# Statuses that still ask for attention. No status is open for one kind and final for another
# (tests/store/test_queries.py checks it), so a plain IN list says "not final for the item's kind"
# and lets the (status, due, deleted, hide_until) index answer the agenda's questions and count them.
OPEN_STATUSES: tuple[str, ...] = tuple(sorted(kinds.ALL_STATUSES - kinds.FINAL_STATUSES))
OPEN_SQL = "i.status IN (" + ", ".join(f"'{s}'" for s in OPEN_STATUSES) + ")"
# Items that are no meeting (migration 0010), items that do not recur: the agenda's index holds both columns.
NOT_EVENT = "i.event = :false"
NOT_RECURRING = "COALESCE(i.recurrence, '') = ''"
# A motion awaiting its vote is never late (kinds.can_be_late). Its status codes are a motion's only, so the
# status alone says it, and the agenda's index (status, due, ...) answers the count without the rows.
assert not any(kinds.AWAITING_VOTE & set(lc.statuses) for k, lc in kinds.LIFECYCLES.items() if k != "motion")
NOT_AWAITING_VOTE = "i.status NOT IN (" + ", ".join(f"'{s}'" for s in sorted(kinds.AWAITING_VOTE)) + ")"
# Sort keys and their columns (a `-` before the key reverses it); items without a date come last,
# and the id breaks ties so pages never overlap.
SORTS: dict[str, tuple[str, ...]] = {
    "due": ("i.due",),
    "updated": ("i.updated_at DESC",),
    "id": (),
    "title": ("LOWER(i.title)",),
    "kind": ("i.kind", "i.due"),
    "status": ("i.status", "i.due"),
}


def order_by(sort: str) -> str:
    """The ORDER BY list for a sort key such as 'due', '-due' or 'title'."""
    key = sort.removeprefix("-")
    if key not in SORTS:
        choices = ", ".join(SORTS)
        raise kinds.DomainError(f"onbekende sortering '{sort}'; kies uit {choices} (met - ervoor omgekeerd)")
    flip = sort.startswith("-")
    terms = []
    for column in (*SORTS[key], "i.id DESC" if key == "updated" else "i.id"):
        name, _, direction = column.partition(" ")
        descending = (direction == "DESC") != flip
        if name == "i.due":
            terms.append("i.due IS NULL")
        terms.append(f"{name} DESC" if descending else name)
    return ", ".join(terms)


@dataclass
class ItemFilter:
    """What `list`, the table and the boards filter on; empty fields filter nothing."""

    kind: str | None = None
    status: str | None = None
    topic: str | None = None
    actor: str | None = None
    party: str | None = None
    ministry: str | None = None
    owner: str | None = None
    overdue: bool = False
    open_only: bool = False
    dated: bool = False
    due_before: str | None = None
    due_after: str | None = None
    search: str | None = None
    debate_id: int | None = None
    recurring: bool = False  # only recurring items
    ids: Sequence[int] | None = None
    sort: str = "due"
    limit: int | None = None
    offset: int = 0


# Punctuation around a word is no part of it ('opvang,' finds 'opvang'); inside one it is ('J&V', '36200-VII').
_EDGE_PUNCTUATION = ".,;:!?()[]{}\"'“”‘’«»"


def search_words(text: str) -> list[str]:
    """The words of a search: each must occur somewhere in the item (see Database.word_search). A
    single character is no search word: at the start of a word it is in most items, and as the first
    key typed in a filter it would make the table wait for a list that hardly narrows."""
    return [w for w in (w.strip(_EDGE_PUNCTUATION) for w in text.split()) if len(w) > 1]


def _where(db: Database, f: ItemFilter, today: dt.date, *, walk: bool = False) -> tuple[str, dict[str, Any]]:
    """The WHERE of a filter. `walk`: a page in due order, read by walking ix_item_due_order (migration
    0009) and checking each item against the id sets of the filter until the page is full; else the id
    sets are looked up by id (a count, another order)."""
    item_id = db.unindexed("i.id") if walk else "i.id"
    clauses = ["i.deleted = :false"]
    params: dict[str, Any] = {"false": False}
    if f.kind:
        clauses.append("i.kind = :kind")
        params["kind"] = kinds.kind_code(f.kind)
    if f.status:
        codes = sorted(kinds.status_codes(f.status))
        clauses.append(f"i.status IN ({', '.join(f':status{n}' for n in range(len(codes)))})")
        params.update({f"status{n}": code for n, code in enumerate(codes)})
    if f.overdue or f.open_only:
        clauses.append(OPEN_SQL)
    if f.overdue:
        # A past meeting is history and a recurring item has rolled on to its next occurrence: neither is late.
        clauses.append(f"i.due < :today AND {NOT_EVENT} AND {NOT_RECURRING} AND {NOT_AWAITING_VOTE}")
        params["today"] = today.isoformat()
    if f.dated:
        clauses.append("i.due IS NOT NULL AND i.due <> ''")
    if f.recurring:
        clauses.append(f"NOT {NOT_RECURRING}")
    if f.due_before:
        clauses.append("i.due <= :due_before")
        params["due_before"] = f.due_before
    if f.due_after:
        clauses.append("i.due >= :due_after")
        params["due_after"] = f.due_after
    if f.owner:
        clauses.append("LOWER(i.owner) = LOWER(:owner)")
        params["owner"] = f.owner
    if f.debate_id is not None:
        clauses.append("i.debate_id = :debate_id")
        params["debate_id"] = f.debate_id
    if f.ids is not None:
        marks = ", ".join(f":id{n}" for n in range(len(f.ids))) or "NULL"
        clauses.append(f"i.id IN ({marks})")
        params.update({f"id{n}": v for n, v in enumerate(f.ids)})
    if f.topic:
        # Part of a topic's name will do: 'opvang' finds 'vrouwenopvang' (topics are stored lower case).
        # A set of ids from the few matching topics (and below: actors), found through the link tables'
        # indexes; a check per item would read every item when nothing matches ('partij:S' as it is typed).
        clauses.append(f"{item_id} IN (SELECT it.item_id FROM item_topic it WHERE it.topic_id IN"
                       " (SELECT t.id FROM topic t WHERE t.name LIKE :topic))")
        params["topic"] = f"%{f.topic.strip().lower()}%"
    for key, column in (("actor", "a.name"), ("party", "a.party"), ("ministry", "a.ministry")):
        value = getattr(f, key)
        if value:
            clauses.append(f"{item_id} IN (SELECT ia.item_id FROM item_actor ia WHERE ia.actor_id IN"
                           f" (SELECT a.id FROM actor a WHERE LOWER({column}) LIKE LOWER(:{key})))")
            params[key] = f"%{_actor_words(value)}%" if key == "actor" else value.strip()
    for n, word in enumerate(search_words(f.search or "")):
        clauses.append(f"{item_id} IN ({db.word_search(word, f'search{n}', params)})")
    return " AND ".join(clauses), params


def list_items(db: Database, f: ItemFilter, today: dt.date) -> list[ItemView]:
    """Items matching the filter, each as item_view shapes it."""
    where, params = _where(db, f, today, walk=f.limit is not None and f.sort == "due")
    sql = f"SELECT i.* FROM item i WHERE {where} ORDER BY {order_by(f.sort)}"
    if f.limit is not None:
        sql += " LIMIT :limit OFFSET :offset"
        params.update(limit=f.limit, offset=f.offset)
    return views(db, db.query(sql, params), today)


def item_keys(db: Database, f: ItemFilter, today: dt.date) -> list[dict[str, Any]]:
    """The id, kind and due date of the items matching the filter (in no particular order), without
    reading the items whole."""
    where, params = _where(db, f, today)
    return db.query(f"SELECT i.id, i.kind, i.due FROM item i WHERE {where}", params)


def count_items(db: Database, f: ItemFilter, today: dt.date) -> int:
    where, params = _where(db, f, today)
    return int(db.scalar(f"SELECT COUNT(*) AS n FROM item i WHERE {where}", params) or 0)


class _DueReminder(TypedDict, total=False):
    # A due reminder's item carries the reminder (reminders.due_now, the agenda): {id, ref, at, offset_days,
    # default}.
    reminder: dict[str, Any]


class ItemView(_DueReminder):
    """The stable JSON shape of an item (`list --json`, `show --json`, the agenda, every face's table),
    documented in the README. Built by item_view only."""

    id: int
    kind: str
    kind_label: str
    status: str
    status_label: str
    title: str
    text: str
    due: str | None
    due_phrase: str | None
    precision: str
    explanation: str | None
    estimated: bool
    recurrence: str | None
    due_ref: str | None
    due_from_debate: bool
    event: bool
    appreciation: str | None
    overdue: bool
    open: bool
    scheduled: str | None
    hide_until: str | None
    priority: str
    owner: str | None
    stance: str | None
    next_action: str | None
    debate_id: int | None
    debate: dict[str, Any] | None  # {id, kind, title, date, committee, source_url}
    actors: list[dict[str, Any]]  # {name, party, role, ministry, relation}
    topics: list[str]
    registers: list[str]
    external_id: str | None
    source: str
    raw_status: str | None
    status_unknown: bool
    register_deleted: bool
    version: int
    created_at: str
    updated_at: str


class ItemDetail(ItemView):
    """An item with everything about it (`show --json`, the detail screen): get_item."""

    notes: list[dict[str, Any]]  # {id, text, author, created_at}
    links: list[dict[str, Any]]  # {id, url, label}
    reminders: list[dict[str, Any]]  # {id, at, offset_days, sent_at, dismissed_at, snoozed_until}
    history: list[dict[str, Any]]
    votes: dict[str, Any] | None
    cosigners: list[str]
    vote: dict[str, Any] | None


def views(db: Database, rows: list[dict[str, Any]], today: dt.date) -> list[ItemView]:
    ids = [r["id"] for r in rows]
    actors = item_actors(db, ids)
    topics = item_topics(db, ids)
    registers = item_registers(db, ids)
    debates = _debates_for(db, {r["debate_id"] for r in rows if r["debate_id"] is not None})
    return [item_view(r, today, actors.get(r["id"], []), topics.get(r["id"], []), registers.get(r["id"], []),
                      debates.get(r["debate_id"])) for r in rows]


def item_view(row: dict[str, Any], today: dt.date, actors: list[dict[str, Any]], topics: list[str],
              registers: list[str], debate: dict[str, Any] | None) -> ItemView:
    """The stable JSON shape of an item (documented in the README). A recurring open item shows its
    current occurrence (the first one due today or later); a meeting (`event`) whose day has passed is
    'geweest', not late."""
    is_open = kinds.is_open(row["kind"], row["status"])
    due, explanation, estimated = row["due"], row["due_explanation"], bool(row["due_estimated"])
    if is_open and row["recurrence"] and due and due < today.isoformat():
        due, explanation, estimated = _current_occurrence(row, today)
    event = bool(row.get("event"))
    passed = bool(event and is_open and due and due < today.isoformat())
    return {
        "id": row["id"],
        "kind": row["kind"],
        "kind_label": kind_label(row["kind"]),
        "status": row["status"],
        "status_label": PASSED_LABEL if passed else status_label(row["kind"], row["status"]),
        "title": row["title"],
        "text": row["text"],
        "due": due,
        "due_phrase": row["due_phrase"],
        "precision": row["due_precision"],
        "explanation": explanation,
        "estimated": estimated,
        "recurrence": row["recurrence"],
        "due_ref": row["due_ref"],
        "due_from_debate": bool(row["due_from_debate"]),
        "event": event,
        "appreciation": row.get("appreciation"),
        "overdue": bool(kinds.can_be_late(row["kind"], row["status"], event) and due and due < today.isoformat()),
        "open": is_open,
        "scheduled": row["scheduled"],
        "hide_until": row["hide_until"],
        "priority": row["priority"],
        "owner": row["owner"],
        "stance": row["stance"],
        "next_action": row["next_action"],
        "debate_id": row["debate_id"],
        "debate": debate,
        "actors": actors,
        "topics": topics,
        "registers": registers,
        "external_id": row["external_id"],
        "source": row["source"],
        "raw_status": row["raw_status"],
        "status_unknown": bool(row["status_unknown"]),
        "register_deleted": bool(row["register_deleted"]),
        "version": row["version"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


def rolled_on(db: Database, today: dt.date, start: dt.date, end: dt.date, topic: str | None = None) -> list[ItemView]:
    """Open recurring items whose stored date has passed and whose current occurrence falls from start up to
    end (a due-date filter reads the stored date; this adds what has rolled on into the range), by due date."""
    f = ItemFilter(open_only=True, recurring=True, due_before=(today - dt.timedelta(days=1)).isoformat(),
                   topic=topic)
    found = [v for v in list_items(db, f, today) if v["due"] and start.isoformat() <= v["due"] <= end.isoformat()]
    return sorted(found, key=lambda v: (v["due"] or "", v["id"]))


def _current_occurrence(row: dict[str, Any], today: dt.date) -> tuple[str, str | None, bool]:
    """A recurring item's due date, explanation and estimate for its first occurrence due today or later."""
    from kamertaak.config import calendar
    from kamertaak.core.deadlines import Resolution
    from kamertaak.core.occurrence import occurrence_from

    stored = Resolution(row["due_phrase"] or "", dt.date.fromisoformat(row["due_ref"] or row["due"]),
                        dt.date.fromisoformat(row["due"]), row["due_precision"], bool(row["due_estimated"]),
                        row["recurrence"], row["due_explanation"] or "")
    current = occurrence_from(stored, today, calendar())
    if current is stored or current.due is None:
        return row["due"], row["due_explanation"], bool(row["due_estimated"])
    return current.due.isoformat(), current.explanation, current.estimated


def _in(ids: Iterable[Any], prefix: str = "id") -> tuple[str, dict[str, Any]]:
    values = list(ids)
    marks = ", ".join(f":{prefix}{n}" for n in range(len(values))) or "NULL"
    return marks, {f"{prefix}{n}": v for n, v in enumerate(values)}


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def rows_by_item(db: Database, sql: str, ids: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
    """The rows of `sql` for these items, grouped by their `item_id` column (which is taken out of the
    row). `sql` names the item ids as `IN ({ids})` and orders by item_id first; ids go 500 at a time."""
    out: dict[int, list[dict[str, Any]]] = {}
    for chunk in _chunks(list(ids)):
        marks, params = _in(chunk)
        for r in db.query(sql.format(ids=marks), params):
            out.setdefault(r.pop("item_id"), []).append(r)
    return out


def item_actors(db: Database, ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    return rows_by_item(db, "SELECT ia.item_id, a.name, a.party, a.role, a.ministry, ia.relation FROM item_actor ia"
                            " JOIN actor a ON a.id = ia.actor_id WHERE ia.item_id IN ({ids})"
                            " ORDER BY ia.item_id, ia.position", ids)


def item_topics(db: Database, ids: Sequence[int]) -> dict[int, list[str]]:
    rows = rows_by_item(db, "SELECT it.item_id, t.name FROM item_topic it JOIN topic t ON t.id = it.topic_id"
                            " WHERE it.item_id IN ({ids}) ORDER BY it.item_id, t.name", ids)
    return {item_id: [r["name"] for r in topics] for item_id, topics in rows.items()}


def item_registers(db: Database, ids: Sequence[int]) -> dict[int, list[str]]:
    rows = rows_by_item(db, "SELECT item_id, value FROM register_ref WHERE item_id IN ({ids}) ORDER BY item_id, id",
                        ids)
    return {item_id: [r["value"] for r in values] for item_id, values in rows.items()}


def item_links(db: Database, ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    """The links of these items ({id, url, label}), oldest first, by item id."""
    return rows_by_item(db, "SELECT item_id, id, url, label FROM link WHERE item_id IN ({ids}) ORDER BY item_id, id",
                        ids)


def _debates_for(db: Database, ids: set[int]) -> dict[int, dict[str, Any]]:
    out: dict[int, dict[str, Any]] = {}
    for chunk in _chunks(sorted(ids)):
        marks, params = _in(chunk)
        for r in db.query(f"SELECT id, kind, title, date, committee, source_url FROM debate WHERE id IN ({marks})",
                          params):
            out[r["id"]] = r
    return out


def get_item(db: Database, item_id: int, today: dt.date) -> ItemDetail | None:
    """One item with everything about it: notes, links, reminders and its history."""
    row = db.one("SELECT * FROM item i WHERE i.id = :id AND i.deleted = :false", {"id": item_id, "false": False})
    if row is None:
        return None
    facts = register_facts(db, row)
    view = views(db, [row], today)[0]
    # The appreciation a text or the user gave the item, else the register's.
    view["appreciation"] = view["appreciation"] or facts["appreciation"]
    return ItemDetail(
        **view,
        notes=db.query("SELECT id, text, author, created_at FROM note WHERE item_id = :i ORDER BY id", {"i": item_id}),
        links=item_links(db, [item_id]).get(item_id, []),
        reminders=db.query("SELECT id, at, offset_days, sent_at, dismissed_at, snoozed_until FROM reminder"
                           " WHERE item_id = :i ORDER BY id", {"i": item_id}),
        history=history(db, item_id),
        votes=facts["votes"], cosigners=facts["cosigners"], vote=facts["vote"],
    )


def register_facts(db: Database, row: dict[str, Any]) -> dict[str, Any]:
    """What the register adds to a motion: the vote per party with the tally (`votes`: {"for", "against",
    "parties": [{"party", "seats", "for", "against"}]} or None before a vote), the cabinet's
    appreciation and the co-signers; the date and words of the deciding vote."""
    from kamertaak.store.votes import motion_facts

    facts = motion_facts(db, row["external_id"]) if row["kind"] == "motion" and row["external_id"] else None
    appreciation = facts.appreciation if facts else ""
    if not appreciation and row["external_id"]:
        record = db.scalar("SELECT record FROM register_record WHERE external_id = :e", {"e": row["external_id"]})
        appreciation = (json.loads(record or "{}").get("appreciation") or "") if record else ""
    decision = facts.decision if facts else None
    return {"votes": facts.votes() if facts else None, "appreciation": appreciation or None,
            "cosigners": facts.cosigners if facts else [],
            "vote": {"decision": decision.soort, "date": facts.decided_on.isoformat() if facts and facts.decided_on
                     else None, "kind": decision.vote_kind} if decision else None}


def item_version(db: Database, item_id: int) -> int | None:
    """The version an edit is based on (pass it to Store.update_item as expected_version)."""
    value = db.scalar("SELECT version FROM item WHERE id = :id AND deleted = :false", {"id": item_id, "false": False})
    return int(value) if value is not None else None


def item_row(db: Database, item_id: int) -> dict[str, Any] | None:
    """An item's stored row as it is (also when deleted), or None when there never was one."""
    return db.one("SELECT * FROM item WHERE id = :i", {"i": item_id})


def live_item_by_external_id(db: Database, external_id: str, kind: str | None = None) -> dict[str, Any] | None:
    """The stored row of the item (not deleted, of `kind` when given) that follows a register record."""
    sql = "SELECT * FROM item WHERE external_id = :e AND deleted = :f"
    params: dict[str, Any] = {"e": external_id, "f": False}
    if kind is not None:
        sql += " AND kind = :k"
        params["k"] = kind
    return db.one(sql, params)


def items_with_registers(db: Database, numbers: Sequence[str]) -> list[dict[str, Any]]:
    """Live items (id, kind, status, due) that carry any of these register numbers (as stored: upper
    case), by id."""
    if not numbers:
        return []
    marks, params = _in(numbers, "n")
    return db.query(f"SELECT DISTINCT i.id, i.kind, i.status, i.due FROM register_ref r JOIN item i ON i.id = r.item_id"
                    f" WHERE r.value IN ({marks}) AND i.deleted = :f ORDER BY i.id", {**params, "f": False})


def fields_set_by_others(db: Database, item_id: int, source: str) -> set[str]:
    """The fields of an item that a change from anywhere but `source` set and that still stand: creations
    and updates not undone, and undos of `source`'s own changes (which put someone else's value back)."""
    rows = db.query(
        "SELECT o.changes FROM oplog o WHERE o.item_id = :i AND o.entity = 'item' AND o.source <> :s"
        " AND o.undone = :f AND (o.action IN ('create', 'update') OR (o.action = 'undo' AND EXISTS"
        " (SELECT 1 FROM oplog u WHERE u.id = o.undoes AND u.source = :s)))",
        {"i": item_id, "s": source, "f": False},
    )
    return {name for row in rows for name in json.loads(row["changes"])}


def history(db: Database, item_id: int) -> list[dict[str, Any]]:
    rows = db.query("SELECT id, at, who, source, action, changes, undone, undoes FROM oplog WHERE item_id = :i"
                    " AND entity = 'item' ORDER BY id", {"i": item_id})
    return _log_entries(rows)


def changes_between(db: Database, start: dt.date, end: dt.date) -> list[dict[str, Any]]:
    """Operation-log entries on items from start up to and including end, oldest first."""
    rows = db.query(
        "SELECT id, at, who, source, item_id, action, changes, undone, undoes FROM oplog"
        " WHERE entity = 'item' AND at >= :start AND at < :end ORDER BY id",
        {"start": start.isoformat(), "end": (end + dt.timedelta(days=1)).isoformat()},
    )
    return _log_entries(rows)


def _log_entries(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for r in rows:
        r["changes"] = json.loads(r["changes"])
        r["undone"] = bool(r["undone"])
    return rows


_DEBATES = ("SELECT d.id, d.kind, d.title, d.date, d.time, d.committee, d.source_url, d.number, d.status,"
            " (SELECT COUNT(*) FROM item i WHERE i.debate_id = d.id AND i.deleted = :false) AS items FROM debate d")


def list_debates(db: Database, start: str | None = None, end: str | None = None) -> list[dict[str, Any]]:
    """Debates with their number of items, by date; optionally only those from start up to end."""
    sql = _DEBATES
    params: dict[str, Any] = {"false": False}
    bounds = []
    if start:
        bounds.append("d.date >= :start")
        params["start"] = start
    if end:
        bounds.append("d.date <= :end")
        params["end"] = end
    if bounds:
        sql += " WHERE " + " AND ".join(bounds)
    return db.query(sql + " ORDER BY d.date IS NULL, d.date, d.id", params)


def get_debate(db: Database, debate_id: int) -> dict[str, Any] | None:
    """One debate with its number of items, as list_debates gives it."""
    return db.one(f"{_DEBATES} WHERE d.id = :id", {"false": False, "id": debate_id})


def debate_with_source(db: Database, source_text: str) -> int | None:
    """The newest debate triaged from exactly this text, if any."""
    if not source_text.strip():
        return None
    found = db.scalar("SELECT MAX(id) FROM debate WHERE source_text = :s", {"s": source_text})
    return int(found) if found is not None else None


def debate_with(db: Database, title: str, date: str | None) -> int | None:
    """The id of the debate recorded with this title and date, if any."""
    found = db.scalar("SELECT id FROM debate WHERE title = :t AND date = :d", {"t": title, "d": date})
    return int(found) if found is not None else None


def debate_created_by(db: Database, debate_id: int) -> str | None:
    """Where a debate came from (`demo`, `triage`, `user`, ...): the source of its creation in the log."""
    for r in db.query("SELECT source, changes FROM oplog WHERE entity = 'debate' AND action = 'create'"
                      " ORDER BY id DESC"):
        if json.loads(r["changes"]).get("debate_id", [None, None])[1] == debate_id:
            return str(r["source"])
    return None


def changed_by_others(db: Database, item_ids: Sequence[int], source: str) -> set[int]:
    """The items whose log holds a change that did not come from `source` and still stands (neither undone
    nor itself an undo). Acting on a reminder (sent, snoozed, dismissed, and a default reminder stored
    to be acted on, which is logged just before) is no change of the item."""
    entries = rows_by_item(db, "SELECT item_id, id, action, source, changes, undone FROM oplog"
                               " WHERE item_id IN ({ids}) AND entity = 'item' ORDER BY item_id, id", item_ids)
    changed: set[int] = set()
    for item_id, rows in entries.items():
        acted_on = {(r["id"] - 1, json.loads(r["changes"])["reminder_id"][0])
                    for r in rows if r["action"] == "reminder_update"}
        for r in rows:
            if r["undone"] or r["source"] == source or r["action"] in ("undo", "reminder_update"):
                continue
            if r["action"] == "reminder" and (r["id"], json.loads(r["changes"])["reminder"][1]["id"]) in acted_on:
                continue
            changed.add(item_id)
            break
    return changed


def agenda(db: Database, today: dt.date, days: int = 14, cap: int | None = None) -> dict[str, Any]:
    """The morning agenda's items and debates: overdue, today, the rest of this week, the coming `days`,
    the upcoming debates and the meetings among the items (`events`, shown with the debates);
    reminders.morning_agenda adds the reminders. Each item section also carries its full count
    (`<section>_count`) when capped. A recurring item whose stored date has passed is placed by its
    current occurrence; a meeting is never in the item sections, and never late."""
    iso = today.isoformat()
    week_end = today + dt.timedelta(days=6 - today.weekday())
    soon_end = today + dt.timedelta(days=days)
    visible = "(i.hide_until IS NULL OR i.hide_until <= :today)"
    base = f"i.deleted = :false AND {OPEN_SQL} AND {visible}"
    ranges = {
        "overdue": (f"i.due < :today AND {NOT_RECURRING} AND {NOT_AWAITING_VOTE}", "i.due, i.id"),
        # Two index searches joined, not an OR the database would answer by reading every item.
        "today": ("i.id IN (SELECT t.id FROM item t WHERE t.due = :today"
                  " UNION SELECT t.id FROM item t WHERE t.scheduled = :today)", "i.id"),
        "week": ("i.due > :today AND i.due <= :week_end", "i.due, i.id"),
        "soon": ("i.due > :week_end AND i.due <= :soon_end", "i.due, i.id"),
    }
    params = {"false": False, "true": True, "today": iso, "week_end": week_end.isoformat(),
              "soon_end": soon_end.isoformat()}
    limit = f" LIMIT {int(cap)}" if cap else ""
    out: dict[str, Any] = {}
    shown: dict[str, list[dict[str, Any]]] = {}
    conditions = {name: (f"{base} AND {NOT_EVENT} AND {cond}", order) for name, (cond, order) in ranges.items()}
    conditions["events"] = (f"{base} AND i.event = :true AND i.due >= :today AND i.due <= :soon_end", "i.due, i.id")
    for name, (where, order) in conditions.items():
        shown[name] = db.query(f"SELECT i.* FROM item i WHERE {where} ORDER BY {order}{limit}", params)
        total = len(shown[name])
        if cap and total >= cap:
            # Answered from ix_item_status_due_open alone for the date ranges.
            total = int(db.scalar(f"SELECT COUNT(*) FROM item i WHERE {where}", params) or 0)
        out[f"{name}_count"] = total
    # Recurring items whose stored date has passed: few, each placed by its current occurrence.
    rolled = db.query(f"SELECT i.* FROM item i WHERE {base} AND {NOT_EVENT} AND i.due < :today"
                      f" AND NOT {NOT_RECURRING}", params)
    # One round of actors, topics, registers and debates for every item shown, not one per section.
    every = views(db, [row for rows in (*shown.values(), rolled) for row in rows], today)
    start = 0
    for name, rows in shown.items():
        out[name] = every[start:start + len(rows)]
        start += len(rows)
    for view in every[start:]:
        due = view["due"] or ""
        name = ("today" if due == iso else "week" if due <= week_end.isoformat()
                else "soon" if due <= soon_end.isoformat() else "")
        if name:
            def placed(v: ItemView, by_due: bool = name != "today") -> tuple[str, int]:
                return (v["due"] or "" if by_due else "", v["id"])
            out[name] = sorted([*out[name], view], key=placed)[:cap or None]
            out[f"{name}_count"] += 1
    out["debates"] = list_debates(db, iso, soon_end.isoformat())
    # A meeting item tied to a Kamer activity listed as a debate (`link ID 2025A04002`) is that debate: once.
    numbers = {d["number"] for d in out["debates"] if d["number"]}
    kept = [v for v in out["events"] if not numbers.intersection(v["registers"])]
    out["events_count"] -= len(out["events"]) - len(kept)
    out["events"] = kept
    return out


def due_reminders(db: Database, moment: dt.datetime) -> list[dict[str, Any]]:
    """Stored reminders whose moment has come (at, or due minus offset, or the snooze), not sent nor
    dismissed, on open items; oldest moment first. Light rows ({id, item_id, at, offset_days}, `at`
    being the moment it goes off): items_by_id gives the items of the few that are shown."""
    # CROSS JOIN keeps SQLite reading the few reminders first and looking up each one's item, instead of
    # walking every open item in the index to look for its reminders (PostgreSQL plans it as any join).
    rows = db.query(
        "SELECT r.id, r.at, r.offset_days, r.snoozed_until, i.id AS item_id, i.due FROM reminder r"
        " CROSS JOIN item i WHERE i.id = r.item_id AND r.dismissed_at IS NULL AND r.sent_at IS NULL"
        f" AND i.deleted = :false AND {OPEN_SQL}",
        {"false": False},
    )
    stamp = moment.isoformat(timespec="seconds")
    due = []
    for r in rows:
        when = reminder_moment(r["at"], r["offset_days"], r["snoozed_until"], r["due"])
        if when is not None and when <= stamp:
            due.append({"id": r["id"], "item_id": r["item_id"], "at": when, "offset_days": r["offset_days"]})
    due.sort(key=lambda r: (r["at"], r["id"]))
    return due


def items_by_id(db: Database, ids: Iterable[int], today: dt.date) -> dict[int, ItemView]:
    """The views of these items (deleted ones too), by id."""
    rows: list[dict[str, Any]] = []
    for chunk in _chunks(sorted(set(ids))):
        marks, params = _in(chunk)
        rows += db.query(f"SELECT i.* FROM item i WHERE i.id IN ({marks})", params)
    return {view["id"]: view for view in views(db, rows, today)}


def reminder_moment(at: str | None, offset_days: int | None, snoozed_until: str | None, due: str | None) -> str | None:
    """When a reminder goes off, as an ISO timestamp: the snooze wins, then `at`, then due minus offset."""
    if snoozed_until:
        return snoozed_until if "T" in snoozed_until else snoozed_until + "T00:00:00"
    if at:
        return at if "T" in at else at + "T00:00:00"
    if offset_days is not None and due:
        try:
            day = dt.date.fromisoformat(due) - dt.timedelta(days=offset_days)
        except (OverflowError, ValueError):  # stored before offsets were bounded: it never goes off
            return None
        return day.isoformat() + "T00:00:00"
    return None


def debate_actors(db: Database, debate_id: int) -> list[dict[str, Any]]:
    return db.query("SELECT a.name, a.party, a.role, a.ministry FROM debate_actor da JOIN actor a ON a.id = da.actor_id"
                    " WHERE da.debate_id = :d ORDER BY a.role, a.name", {"d": debate_id})


def parties(db: Database) -> list[str]:
    """Every party an actor in the database belongs to, alphabetically."""
    return [r["party"] for r in db.query("SELECT DISTINCT party FROM actor WHERE party <> '' ORDER BY party")]


def debates_with_text(db: Database, limit: int = 200) -> list[dict[str, Any]]:
    """Debates that carry a source text (for triage), newest first, with the text's length."""
    return db.query(
        "SELECT id, kind, title, date, LENGTH(source_text) AS size FROM debate"
        " WHERE source_text IS NOT NULL AND source_text <> ''"
        " ORDER BY date IS NULL, date DESC, id DESC LIMIT :limit", {"limit": limit})


def debate_source(db: Database, debate_id: int) -> dict[str, Any] | None:
    """A debate's title, date and source text."""
    return db.one("SELECT title, date, source_text FROM debate WHERE id = :id", {"id": debate_id})


def tracker_id(db: Database) -> str:
    """A short name for this tracker that survives backups and copies: a hash of its first logged change
    (who and when). Calendar UIDs use it so two trackers' item 1 never collide."""
    import hashlib

    first = db.one("SELECT at, who FROM oplog ORDER BY id LIMIT 1")
    seed = f"{first['at']}|{first['who']}" if first else "leeg"
    return hashlib.sha256(seed.encode()).hexdigest()[:10]


def _actor_words(value: str) -> str:
    """What an actor filter looks for in the names: an office as the actors name it ("minister OCW", "de minister van
    Onderwijs, Cultuur en Wetenschap" -> "minister van OCW"), any other words as typed."""
    typed = value.strip()
    if typed.lower().startswith(("minister ", "staatssecretaris ", "de minister ", "de staatssecretaris ")):
        from kamertaak.core.refs import ActorRef

        try:
            ref = ActorRef.parse(typed)
        except kinds.DomainError:
            return typed
        if ref.role in ("minister", "state_secretary") and ref.name.split()[0] in ("minister", "staatssecretaris"):
            return ref.name
    return typed
