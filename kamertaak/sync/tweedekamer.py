"""One sync run against the Tweede Kamer: category by category, page by page, each page written whole
or not at all, together with the position it leads to.

Route: the SyncFeed by default (its schema never changed), OData with `--via odata`. Either way a page
is a list of Records (kamertaak.sync.records); every record is kept in the entity store, and what it
touches is assembled again: the commitment itself, or the motion (`Zaak`) its actor, decision, vote,
document or agenda item points at (the child owns the link). The mirror records and the items that
follow them are updated from those assemblies, in the same transaction as the page and its position.

Positions, one per route and category (`syncfeed:zaak`, `odata:zaak`): the feed's skiptoken as
received; for OData the newest `ApiGewijzigdOp` taken in, never one in the future. A run from
`--since` (OData only) never moves a saved position past records it did not read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from kamertaak.store.entities import EntityStore
from kamertaak.store.register import RegisterMirror
from kamertaak.store.service import Store
from kamertaak.sync.client import RegisterClient, ResponseError, SyncError
from kamertaak.sync.followup import FollowUp, take_records
from kamertaak.sync.mapping import MappingError, RegisterEntry, commitment_entry, is_motion, motion_entry
from kamertaak.sync.merge import Outcome, apply_entry
from kamertaak.sync.names import NameTable, category_key
from kamertaak.sync.reading import Batch, feed_batches, odata_batches, parse_position, utc_text
from kamertaak.sync.records import Record

# Parents before children, so a first run finds what a record points at; every category the
# product reads.
COMMITMENT_CATEGORIES = ("fractie", "persoon", "fractieZetel", "fractieZetelPersoon", "activiteit", "document",
                         "toezegging")
MOTION_CATEGORIES = ("fractie", "kamerstukdossier", "activiteit", "agendapunt", "zaak", "zaakActor", "besluit",
                     "stemming", "document")
CATEGORIES = ("fractie", "persoon", "fractieZetel", "fractieZetelPersoon", "kamerstukdossier", "activiteit",
              "activiteitActor", "agendapunt", "zaak", "zaakActor", "besluit", "stemming", "document", "toezegging")
ROUTES = ("syncfeed", "odata")
# Kept here: the agenda's follow-up keeps the rest (kamertaak.sync.entities).
COMMITMENT_ONLY = ("toezegging", "persoon", "fractie", "fractieZetel", "fractieZetelPersoon")


@dataclass
class SyncOptions:
    since: dt.date | None = None
    accept: bool = False
    dry_run: bool = False
    categories: tuple[str, ...] = CATEGORIES
    via: str = "syncfeed"
    now: dt.datetime | None = None  # the run's clock (config), to refuse positions in the future


@dataclass
class SyncSummary:
    """What a run did; `unknown_statuses` lists raw values we could not place (kept, flagged)."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    ignored: int = 0
    records: int = 0
    items_created: int = 0
    items_updated: int = 0
    inbox: int = 0
    pages: int = 0
    debates_created: int = 0
    debates_updated: int = 0
    dues_moved: int = 0
    via: str = "syncfeed"
    unknown_statuses: list[dict[str, str | None]] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    positions: dict[str, str | None] = field(default_factory=dict)
    positions_kept: list[str] = field(default_factory=list)
    positions_refused: list[str] = field(default_factory=list)
    dry_run: bool = False
    error: str | None = None

    def count(self, outcome: Outcome, entry: RegisterEntry, *, again: bool = False) -> None:
        """Count what one record did; `again`: the run already counted this record (a motion whose
        actors, decisions and votes come on later pages is one motion updated, not three)."""
        if again and outcome.change in ("new", "updated", "unchanged"):
            self._count_items(outcome)
            return
        setattr(self, outcome.change, getattr(self, outcome.change) + 1)
        if entry.status_unknown and outcome.change in ("new", "updated"):
            self.unknown_statuses.append({"number": entry.number, "kind": entry.kind, "raw_status": entry.raw_status})
        self._count_items(outcome)

    def _count_items(self, outcome: Outcome) -> None:
        self.items_created += outcome.item_created
        self.items_updated += outcome.item_changed
        self.inbox += outcome.inbox
        if outcome.conflict:
            self.conflicts.append(outcome.conflict)

    def follow(self, done: FollowUp) -> None:
        """Count what the agenda's follow-up did: debates, written questions, tracked motions' outcomes."""
        self.new += done.questions_new
        self.updated += done.questions_updated
        self.items_created += done.items_created
        self.items_updated += done.items_updated
        self.inbox += done.inbox
        self.debates_created += done.debates_created
        self.debates_updated += done.debates_updated
        self.dues_moved += done.dues_moved
        self.conflicts.extend(done.conflicts)

    def add(self, other: SyncSummary) -> None:
        for name in ("new", "updated", "unchanged", "deleted", "ignored", "records", "items_created",
                     "items_updated", "inbox", "pages", "debates_created", "debates_updated", "dues_moved"):
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


def _clock() -> dt.datetime:
    """Now in UTC, from the one clock (config)."""
    from kamertaak import config

    return config.now().replace(tzinfo=config.zone()).astimezone(dt.UTC)


class _Rollback(Exception):
    """Undo a page's writes on a dry run."""


def sync_register(store: Store, client: RegisterClient, options: SyncOptions,
                  progress: Progress | None = None) -> SyncSummary:
    """Sync the chosen categories; raises SyncInterrupted (with the summary so far) on failure."""
    mirror = RegisterMirror(store.db, store.stamp)
    summary = SyncSummary(dry_run=options.dry_run, via=options.via)
    progress = progress or _Quiet()
    run = _Run(store, mirror, EntityStore(store.db, store.stamp), client, options, summary, progress)
    try:
        if options.via not in ROUTES:
            raise SyncError(f"onbekende route '{options.via}' (kies uit {', '.join(ROUTES)})")
        if options.since is not None and options.via != "odata":
            raise SyncError("--since kan alleen met --via odata: de SyncFeed leest verder vanaf zijn eigen positie")
        names = NameTable().with_overrides(client.settings.odata_names)
        for category in options.categories:
            if options.via == "odata":
                run.odata(category, names)
            else:
                run.feed(category)
    except SyncError as exc:
        summary.error = str(exc)
        summary.positions = _positions(mirror)
        raise SyncInterrupted(str(exc), summary) from exc
    summary.positions = _positions(mirror)
    return summary


def _positions(mirror: RegisterMirror) -> dict[str, str | None]:
    """The saved positions of both routes (not those of versions before 2026-12, which kept the
    source system's GewijzigdOp and are no longer read)."""
    return {name: position for name, position in mirror.positions().items()
            if name.partition(":")[0] in ROUTES and name.partition(":")[2] in CATEGORIES}


@dataclass
class _Run:
    store: Store
    mirror: RegisterMirror
    entities: EntityStore
    client: RegisterClient
    options: SyncOptions
    summary: SyncSummary
    progress: Progress
    counted: set[str] = field(default_factory=set)  # records counted new or updated in this run

    def feed(self, category: str) -> None:
        name = f"syncfeed:{category}"
        token = self.mirror.position(name)
        self.progress.start(category, None)
        for batch in feed_batches(self.client, category, token):
            self.take(batch, name, batch.position)

    def odata(self, category: str, names: NameTable) -> None:
        name = f"odata:{category}"
        watermark = parse_position(self.mirror.position(name))
        since, may_move = watermark, True
        if self.options.since is not None:
            since = dt.datetime.combine(self.options.since, dt.time(), tzinfo=dt.UTC)
            # A --since after the position would leave the records in between unread.
            may_move = watermark is None or since <= watermark
            if not may_move:
                self.summary.positions_kept.append(name)
        now = self.options.now or _clock()
        started = False
        for batch in odata_batches(self.client, names, category, since, now):
            if not started:
                self.progress.start(category, batch.total)
                started = True
            if batch.refused is not None:
                self.summary.positions_refused.append(f"{name}: {utc_text(batch.refused)}")
            self.take(batch, name, batch.position if may_move else None)

    def keep(self, record: Record) -> None:
        """Keep a record the agenda does not follow (a commitment and whom it was made to). A field the
        register repeated (the live feed repeats kamerbriefNakoming) is kept one value per line."""
        fields = dict(record.fields)
        for name, repeated in record.repeated.items():
            fields[name] = "\n".join(v for v in repeated if v)
        changed = utc_text(record.changed) if record.changed else None
        self.entities.put(category_key(record.category) or record.category, record.id, deleted=record.deleted,
                          changed_at=changed, fields=fields, refs=record.refs)

    def take(self, batch: Batch, name: str, position: str | None) -> None:
        """Keep a page's records, update what they touch and save the position: one transaction
        (rolled back on a dry run). A record that does not fit stops the page before anything is kept.

        The agenda's follow-up (kamertaak.sync.followup) keeps the records and brings activities, written
        questions and tracked motions' outcomes up to date; then the commitments and motions the page
        touched are assembled again for the mirror and the items that follow them."""
        rules = self.mirror.rules()
        page = SyncSummary(records=len(batch.records), pages=1)
        try:
            with self.store.db.transaction():
                for record in batch.records:
                    if category_key(record.category) in COMMITMENT_ONLY:
                        self.keep(record)
                follow = take_records(self.store, batch.records, accept=self.options.accept)
                page.follow(follow)
                for entry in self.assemble(batch.records, follow.cases, batch.url):
                    outcome = apply_entry(self.store, self.mirror, entry, rules, accept=self.options.accept)
                    page.count(outcome, entry, again=entry.external_id in self.counted)
                    if outcome.change in ("new", "updated"):
                        self.counted.add(entry.external_id)
                if self.options.dry_run:
                    raise _Rollback
                if position:
                    self.mirror.set_position(name, position)
        except _Rollback:
            pass
        self.summary.add(page)
        self.progress.advance(len(batch.records))

    def assemble(self, records: list[Record], cases: list[str], url: str) -> Iterator[RegisterEntry]:
        """The commitments and motions a page touched, in our words."""
        commitments = [r.id for r in records if r.category.casefold() == "toezegging"]
        try:
            for ident in dict.fromkeys(commitments):
                toezegging = self.entities.get("toezegging", ident)
                if toezegging is not None:
                    yield commitment_entry(self.entities, toezegging)
            for ident in cases:
                zaak = self.entities.get("zaak", ident)
                if zaak is not None and is_motion(zaak):
                    yield motion_entry(self.entities, zaak)
        except MappingError as exc:
            raise ResponseError(f"{url}: {exc}; deze pagina is niet opgeslagen") from None
