"""Reading one category from the register, page by page, by either route, as Records.

SyncFeed (the default, and the Kamer's durable route): `Feed?category=X`, then each page's next link
(the last entry's `rel="next"`) verbatim, until a page without entries. Where to come back is the
skiptoken the page ends on, one per category, stored as received and never computed with.

OData (`--via odata`): the entity set with the table's properties (`$select`), every reference's ids
(`X_Id`, or `$expand=X($select=Id)` for lists), changes since a position (`ApiGewijzigdOp ge …`,
oldest first) and `@odata.nextLink` verbatim. The position is the newest `ApiGewijzigdOp` taken in:
`GewijzigdOp` is the source system's time, and records loaded late after an outage carry an old one.
A change time in the future (a wrong clock, a hostile server) is never saved as the position.

Both stop with a ResponseError when a next link leads back to a page already read in this pass.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass

from kamertaak.sync.client import PageTrail, RegisterClient, ResponseError, encode_query
from kamertaak.sync.names import DELETED, ID, NameTable
from kamertaak.sync.records import (
    MAX_RECORDS,
    Record,
    RecordError,
    parse_feed_page,
    parse_instant,
    record_from_odata,
)

FEED_ACCEPT = "application/atom+xml, application/xml;q=0.9"
# A change time more than this ahead of our clock is "in the future" (clocks drift a little).
CLOCK_SLACK = dt.timedelta(minutes=10)


@dataclass
class Batch:
    """One page: its records (all parsed before any is written) and the position to save with it
    (None: keep the one we had). `refused` is a change time in the future that was not saved."""

    url: str
    records: list[Record]
    position: str | None
    refused: dt.datetime | None = None
    total: int | None = None


def feed_category(category: str) -> str:
    """The feed's category parameter: the XSD entity name with a capital ('ZaakActor')."""
    return category[:1].upper() + category[1:]


def feed_batches(client: RegisterClient, category: str, token: str | None) -> Iterator[Batch]:
    """Every page of one feed category from a stored token (None: the beginning)."""
    params = {"category": feed_category(category), **({"skiptoken": token} if token else {})}
    url: str | None = f"{client.settings.syncfeed_url()}?{encode_query(params)}"
    trail = PageTrail()
    first = True
    while url is not None:
        if not first:
            client.pause()
        first = False
        trail.visit(url)
        body = client.get(url, accept=FEED_ACCEPT)
        try:
            page = parse_feed_page(body, url)
        except RecordError as exc:
            raise ResponseError(f"{exc}; deze pagina is niet opgeslagen") from None
        following = client.resolve_next(url, page.next_link)
        yield Batch(url, page.records, page.resume_token)
        url = following if page.records else None


def odata_query(names: NameTable, category: str, since: dt.datetime | None) -> tuple[str, dict[str, str]]:
    """(entity set, query options) for a changes-since request of one category."""
    entity = names.entity(category)
    select = [ID, names.changed, DELETED]
    select += [odata for odata, _kind in entity.fields.values() if odata]
    expand = []
    for ref in entity.refs.values():
        if ref.nav is None:
            continue
        if ref.many:
            expand.append(f"{ref.nav}($select={','.join(ref.through or (ID,))})")
        elif ref.id_property:
            select.append(ref.id_property)
    params = {"$select": ",".join(dict.fromkeys(select)), "$orderby": f"{names.changed} asc", "$count": "true"}
    if since is not None:
        params["$filter"] = f"{names.changed} ge {odata_datetime(since)}"
    if expand:
        params["$expand"] = ",".join(expand)
    return entity.entity_set, params


def odata_datetime(moment: dt.datetime) -> str:
    """An unquoted OData DateTimeOffset literal in UTC (a quoted one is a 400)."""
    utc = moment.astimezone(dt.UTC)
    text = utc.strftime("%Y-%m-%dT%H:%M:%S")
    return f"{text}.{utc.microsecond:06d}Z" if utc.microsecond else f"{text}Z"


def utc_text(moment: dt.datetime) -> str:
    """How a position is stored: ISO 8601 in UTC with its microseconds."""
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def parse_position(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        return parse_instant(text)
    except ValueError:
        return None


def odata_batches(client: RegisterClient, names: NameTable, category: str, since: dt.datetime | None,
                  now: dt.datetime) -> Iterator[Batch]:
    """Every page of one category changed since `since` (None: all), with the position to save."""
    entity_set, params = odata_query(names, category, since)
    url: str | None = f"{client.settings.odata_url(entity_set)}?{encode_query(params)}"
    trail = PageTrail()
    high = since
    first = True
    while url is not None:
        if not first:
            client.pause()
        first = False
        trail.visit(url)
        data = _json(client.get(url, accept="application/json"), url)
        rows = data.get("value")
        if not isinstance(rows, list):
            found = ", ".join(sorted(data)[:6]) or "niets"
            raise ResponseError(f"{url}: antwoord mist 'value' (de lijst met records); gevonden: {found}")
        if len(rows) > MAX_RECORDS:
            raise ResponseError(f"{url}: meer dan {MAX_RECORDS} records op één pagina; niet gelezen")
        try:
            records = [record_from_odata(category, row, names) for row in rows]
        except RecordError as exc:
            raise ResponseError(f"{url}: {exc}; deze pagina is niet opgeslagen") from None
        refused = None
        for record in records:
            if record.changed is None:
                continue
            if record.changed > now + CLOCK_SLACK:
                refused = max(refused or record.changed, record.changed)
            elif high is None or record.changed > high:
                high = record.changed
        link = data.get("@odata.nextLink")
        if link is not None and not isinstance(link, str):
            raise ResponseError(f"{url}: '@odata.nextLink' is geen URL")
        total = data.get("@odata.count")
        yield Batch(url, records, utc_text(high) if high else None, refused,
                    total if isinstance(total, int) and not isinstance(total, bool) else None)
        url = client.resolve_next(url, link)


def _json(body: bytes, url: str) -> dict[str, object]:
    try:
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        where = getattr(exc, "pos", None)
        detail = f"breekt af of is ongeldig bij teken {where} van {len(body)}" if where is not None else str(exc)
        raise ResponseError(f"{url}: onvolledig of ongeldig JSON-antwoord ({detail})") from None
    except RecursionError:
        raise ResponseError(f"{url}: JSON-antwoord te diep genest; niet gelezen") from None
    if not isinstance(data, dict):
        raise ResponseError(f"{url}: verwacht een JSON-object met 'value', kreeg {type(data).__name__}")
    return data
