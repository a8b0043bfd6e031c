"""One sync run against the Tweede Kamer: page by page, each page written whole or not at all.

Position: for OData the highest GewijzigdOp taken in (a watermark), for the SyncFeed the skiptoken.
Both are saved in the same transaction as the page they follow, so a run that breaks off resumes
where it stopped; a page seen twice changes nothing, because records are matched by their id and
an unchanged record is skipped by its fingerprint.

Motions get a second pass: decisions (Besluit) changed since their own position, because an outcome
can be published without the Zaak being marked changed. A decision about a motion whose record we
hold does not already reflect sends us to read that motion again, whole.

A run from --since never moves a saved position past records it did not read: a --since later than
the saved position reads from that date and leaves the position where it was.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from kamertaak.store.register import RegisterMirror
from kamertaak.store.service import Store
from kamertaak.sync.client import RegisterClient, ResponseError, SyncError, encode_query
from kamertaak.sync.mapping import (
    COMMITMENT,
    DECISION,
    DECISION_QUERY,
    IDS_PER_REQUEST,
    MOTION,
    ODATA_QUERIES,
    DecisionRef,
    MappingError,
    RegisterEntry,
    holds_decision,
    ids_filter,
    map_decision,
    map_record,
    odata_params,
    parse_timestamp,
    utc_iso,
)
from kamertaak.sync.merge import Outcome, apply_entry
from kamertaak.sync.syncfeed import parse_feed

# The register writes GewijzigdOp in local time while documenting UTC, so each run looks back a
# little before its watermark; what it sees again is recognised and left alone.
WATERMARK_OVERLAP = dt.timedelta(hours=2)
CATEGORIES = (COMMITMENT, MOTION)


@dataclass
class SyncOptions:
    since: dt.date | None = None
    accept: bool = False
    dry_run: bool = False
    categories: tuple[str, ...] = CATEGORIES
    via: str = "odata"  # or "syncfeed" (commitments only: motions need joins the feed does not make)


@dataclass
class SyncSummary:
    """What a run did; `unknown_statuses` lists raw values we could not place (kept, flagged)."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    ignored: int = 0
    decisions: int = 0
    items_created: int = 0
    items_updated: int = 0
    inbox: int = 0
    pages: int = 0
    unknown_statuses: list[dict[str, str | None]] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    positions: dict[str, str | None] = field(default_factory=dict)
    positions_kept: list[str] = field(default_factory=list)
    dry_run: bool = False
    error: str | None = None

    def count(self, outcome: Outcome, entry: RegisterEntry) -> None:
        setattr(self, outcome.change, getattr(self, outcome.change) + 1)
        self.items_created += outcome.item_created
        self.items_updated += outcome.item_changed
        self.inbox += outcome.inbox
        if outcome.conflict:
            self.conflicts.append(outcome.conflict)
        if entry.status_unknown and outcome.change in ("new", "updated"):
            self.unknown_statuses.append({"number": entry.number, "kind": entry.kind, "raw_status": entry.raw_status})

    def add(self, other: SyncSummary) -> None:
        for name in ("new", "updated", "unchanged", "deleted", "ignored", "decisions", "items_created",
                     "items_updated", "inbox", "pages"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.unknown_statuses.extend(other.unknown_statuses)
        self.conflicts.extend(other.conflicts)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class SyncInterrupted(SyncError):
    """A run stopped part way; `summary` says what was taken in before (and kept)."""

    def __init__(self, message: str, summary: SyncSummary) -> None:
        super().__init__(message)
        self.summary = summary


class Progress(Protocol):
    """Told about pages as they come; the CLI draws a bar from it."""

    def start(self, category: str, total: int | None) -> None:
        """A category begins; total is the number of records if the service said."""

    def advance(self, records: int) -> None:
        """A page of records was taken in."""


class _Quiet:
    def start(self, category: str, total: int | None) -> None:
        pass

    def advance(self, records: int) -> None:
        pass


class _Rollback(Exception):
    """Undo a page's writes on a dry run."""


def sync_register(store: Store, client: RegisterClient, options: SyncOptions,
                  progress: Progress | None = None) -> SyncSummary:
    """Sync the chosen categories; raises SyncInterrupted (with the summary so far) on failure."""
    mirror = RegisterMirror(store.db, store.stamp)
    summary = SyncSummary(dry_run=options.dry_run)
    progress = progress or _Quiet()
    for category in options.categories:
        try:
            if options.via == "syncfeed" and category == COMMITMENT:
                _sync_feed(store, mirror, client, category, options, summary, progress)
            else:
                read = _sync_odata(store, mirror, client, category, options, summary, progress)
                if category == MOTION:
                    _sync_decisions(store, mirror, client, options, summary, progress, read)
        except SyncError as exc:
            summary.error = str(exc)
            summary.positions = mirror.positions()
            raise SyncInterrupted(str(exc), summary) from exc
    summary.positions = mirror.positions()
    return summary


def _window(watermark: dt.datetime | None, options: SyncOptions) -> tuple[dt.datetime | None, bool]:
    """Where a run reads from, and whether it may move the saved position. Without --since it reads
    from a little before the position; with --since from that date, and the position may only move
    if nothing between it and that date is left unread (or there was none: the date is the start)."""
    if options.since is None:
        return (watermark - WATERMARK_OVERLAP if watermark else None), True
    since = dt.datetime.combine(options.since, dt.time(), tzinfo=dt.UTC)
    return since, watermark is None or since <= watermark


def _take_page(store: Store, mirror: RegisterMirror, entries: list[RegisterEntry], options: SyncOptions,
               summary: SyncSummary, save_position: Callable[[], None]) -> None:
    """Apply one page and its new position in one transaction (rolled back on a dry run)."""
    rules = mirror.rules()
    page = SyncSummary()
    try:
        with store.db.transaction():
            for entry in entries:
                page.count(apply_entry(store, mirror, entry, rules, accept=options.accept), entry)
            if options.dry_run:
                raise _Rollback
            save_position()
    except _Rollback:
        pass
    page.pages = 1
    summary.add(page)


def _map_page(category: str, records: list[Any], url: str) -> list[RegisterEntry]:
    """Map a whole page before writing any of it, so a record that does not fit stops the page cleanly."""
    try:
        return [map_record(category, r) for r in records]
    except MappingError as exc:
        raise ResponseError(f"{url}: {exc}; deze pagina is niet opgeslagen") from None


@dataclass
class _Read:
    """What an OData pass covered: the position before it, from where it read (None: all history) and
    the newest change it saw."""

    watermark: dt.datetime | None
    since: dt.datetime | None
    high: dt.datetime | None


def _sync_odata(store: Store, mirror: RegisterMirror, client: RegisterClient, category: str,
                options: SyncOptions, summary: SyncSummary, progress: Progress) -> _Read:
    query = ODATA_QUERIES[category]
    name = f"odata:{category}"
    watermark = parse_timestamp(mirror.position(name))
    since, may_move = _window(watermark, options)
    if not may_move:
        summary.positions_kept.append(name)
    high = watermark
    seen_high: dt.datetime | None = None
    started = False
    for page in client.odata_pages(query.entity_set, odata_params(query, since)):
        if not started:
            progress.start(category, page.total)
            started = True
        entries = _map_page(category, page.values, page.url)
        seen = [m for m in (parse_timestamp(e.changed_at) for e in entries) if m is not None]
        seen_high = max([*seen, *([seen_high] if seen_high else [])], default=None)
        page_high = max([*seen, *([high] if high else [])], default=None)

        def save(position: dt.datetime | None = page_high) -> None:
            if position is not None and may_move:
                mirror.set_position(name, utc_iso(position) or "")

        _take_page(store, mirror, entries, options, summary, save)
        high = page_high
        progress.advance(len(entries))
    return _Read(watermark, since, seen_high)


def _sync_decisions(store: Store, mirror: RegisterMirror, client: RegisterClient, options: SyncOptions,
                    summary: SyncSummary, progress: Progress, motions: _Read) -> None:
    """Decisions changed since their position: motions they are about are read again if what we hold
    of them does not have that version of the decision yet. The position is the newest GewijzigdOp
    among the decisions, saved with the motions they led to."""
    name = f"odata:{DECISION}"
    # Without a position of its own the pass stands where the motions stood before this run: the
    # motions read up to there came with their decisions.
    watermark = parse_timestamp(mirror.position(name)) or motions.watermark
    if watermark is None:
        # The very first run: from where its motion pass started, or (all history read) from the
        # newest motion change it saw.
        since = motions.since or (motions.high - WATERMARK_OVERLAP if motions.high else None)
        may_move = True
    else:
        since, may_move = _window(watermark, options)
        if not may_move:
            summary.positions_kept.append(name)
    high = watermark
    started = False
    for page in client.odata_pages(DECISION_QUERY.entity_set, odata_params(DECISION_QUERY, since)):
        if not started:
            progress.start(DECISION, page.total)
            started = True
        try:
            decisions = [map_decision(r) for r in page.values]
        except MappingError as exc:
            raise ResponseError(f"{page.url}: {exc}; deze pagina is niet opgeslagen") from None
        entries = _read_motions(client, _motions_to_read(mirror, decisions))
        seen = [m for m in (parse_timestamp(d.changed_at) for d in decisions) if m is not None]
        page_high = max([*seen, *([high] if high else [])], default=None)

        def save(position: dt.datetime | None = page_high) -> None:
            if position is not None and may_move:
                mirror.set_position(name, utc_iso(position) or "")

        _take_page(store, mirror, entries, options, summary, save)
        summary.decisions += len(decisions)
        high = page_high
        progress.advance(len(decisions))


def _motions_to_read(mirror: RegisterMirror, decisions: list[DecisionRef]) -> list[str]:
    """Ids of the motions a page of decisions asks us to read again, each once, in order."""
    wanted: list[str] = []
    for decision in decisions:
        about = list(decision.motions)
        if decision.deleted:
            about += mirror.mentioning(MOTION, decision.external_id)
        for zaak_id in about:
            if zaak_id in wanted:
                continue
            row = mirror.get(zaak_id)
            if row is None and decision.deleted:
                continue  # a deleted decision of a motion we never had: nothing to correct
            if row is not None and holds_decision(json.loads(row["raw"] or "{}"), decision):
                continue
            wanted.append(zaak_id)
    return wanted


def _read_motions(client: RegisterClient, ids: list[str]) -> list[RegisterEntry]:
    """The motions with these ids, whole (submitters, every decision, votes), a few ids a request."""
    query = ODATA_QUERIES[MOTION]
    entries: list[RegisterEntry] = []
    for start in range(0, len(ids), IDS_PER_REQUEST):
        try:
            wanted = ids_filter(ids[start:start + IDS_PER_REQUEST])
        except MappingError as exc:
            raise ResponseError(f"{DECISION}: {exc}") from None
        client.pause()
        for page in client.odata_pages(query.entity_set, odata_params(query, None, fixed_filter=wanted)):
            entries += _map_page(MOTION, page.values, page.url)
    return entries


def _sync_feed(store: Store, mirror: RegisterMirror, client: RegisterClient, category: str,
               options: SyncOptions, summary: SyncSummary, progress: Progress) -> None:
    name = f"syncfeed:{category}"
    token = mirror.position(name)
    params = {"category": category, **({"skiptoken": token} if token else {})}
    url: str | None = f"{client.settings.syncfeed_url()}?{encode_query(params)}"
    progress.start(category, None)
    while url is not None:
        page = parse_feed(client.get_text(url), url)
        entries = _map_page(category, [e.record for e in page.entries], url)

        def save(position: str | None = page.resume) -> None:
            if position:
                mirror.set_position(name, position)

        _take_page(store, mirror, entries, options, summary, save)
        progress.advance(len(entries))
        following = client.resolve_next(url, page.next_url)
        # An empty page, or one pointing at itself, is the end of the feed for now.
        url = following if page.entries and following != url else None
        if url is not None:
            client.pause()
