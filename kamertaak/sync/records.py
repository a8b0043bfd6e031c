"""Register records as the Kamer's schemas define them, from either route.

A `Record` is one version of one entity in the XSD's own words (`tkData-v1-0-*.xsd`): its category
(the entity element, lower camel case), id, deletion, change time, simple fields and references. The
SyncFeed sends exactly that shape (an Atom page, parsed by `parse_feed_page`); an OData row is turned
into it through the one name table (`kamertaak.sync.names`, by `record_from_odata`). Everything after
this module reads Records only, so the two routes cannot drift apart.

What the feed really sends (../shared/research/tk-opendata, items 2, 19, 20): `tk:bijgewerkt` and
`tk:verwijderd` in the tkData namespace under any prefix (compared by namespace URI), a deleted entity
as an empty element, nil fields as `xsi:nil="true"`, references as `<zaak ref="…"/>` and repeated when
there are several, timestamps with up to seven fraction digits and `Z`, an offset or (issue #37) no
zone at all, which is Dutch local time. The next page is the `rel="next"` link of the last entry; an
empty page carries `rel="resume"`.

The XML is parsed with expat directly: a document type declaration (the only way to declare an
entity) is refused, so nothing is ever expanded, and elements nested deeper than `MAX_DEPTH` stop the
page.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple
from urllib.parse import parse_qsl, urlsplit
from xml.parsers import expat
from zoneinfo import ZoneInfo

from kamertaak.core.errors import SyncError
from kamertaak.sync.names import BOOL, DATE, DATETIME, ENTITIES, INT, NameTable, category_key

ATOM = "http://www.w3.org/2005/Atom"
TKDATA = "http://www.tweedekamer.nl/xsd/tkData/v1-0"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
# Feed → entry → content → entity → field → annotation is six; anything much deeper is not a feed.
MAX_DEPTH = 24
# Pages hold 250 records (fact 6); many thousands of tiny ones within the size cap would still cost a
# great deal of memory as Records, so a page with more is refused.
MAX_RECORDS = 5000
LOCAL_TIME = ZoneInfo("Europe/Amsterdam")


class RecordError(SyncError, ValueError):
    """A page or row that does not fit the register's shape; the message (Dutch) names what and where."""


@dataclass(frozen=True)
class Record:
    category: str                        # XSD entity name, lower camel case: "toezegging", "zaak", ...
    id: str                              # the entity id (GUID), lower case
    deleted: bool                        # tk:verwijderd="true" (an empty element in the feed)
    changed: dt.datetime | None          # UTC-aware; tk:bijgewerkt (feed) or ApiGewijzigdOp (OData)
    fields: Mapping[str, str | None]     # simple fields by XSD element name (lower camel case); xsi:nil -> None
    refs: Mapping[str, tuple[str, ...]]  # reference elements by XSD element name -> referenced ids, in order
    # Simple fields the register sent more than once (the live feed repeats kamerbriefNakoming):
    # every value in order; `fields` holds the first.
    repeated: Mapping[str, tuple[str | None, ...]] = field(default_factory=dict)


class FeedPage(NamedTuple):
    """One SyncFeed page: its records, the link to ask for next (None: the end for now) and the token
    to come back with next time (store it as is, per category; never compute with it)."""

    records: list[Record]
    next_link: str | None
    resume_token: str | None


# -- values ----------------------------------------------------------------------------------------------

_GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_INSTANT = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?$")
_INT = re.compile(r"^[+-]?\d+$")
_BOOLS = {"true": "true", "1": "true", "false": "false", "0": "false"}


def is_guid(value: str) -> bool:
    return bool(_GUID.match(value.lower()))


def parse_instant(value: str) -> dt.datetime:
    """An ISO 8601 date-time as the register writes it, in UTC: up to seven (or more) fraction digits
    (cut to microseconds), `Z`, `+01:00`, `+0100`, `+01`, or no zone (Dutch local time). ValueError
    if it is none of those."""
    m = _INSTANT.match(value.strip())
    if not m:
        raise ValueError(value)
    year, month, day, hour, minute = (int(m.group(i)) for i in range(1, 6))
    second = int(m.group(6) or 0)
    micro = int((m.group(7) or "0")[:6].ljust(6, "0"))
    zone = m.group(8)
    if zone is None:
        tz: dt.tzinfo = LOCAL_TIME
    elif zone in ("Z", "z"):
        tz = dt.UTC
    else:
        digits = zone[1:].replace(":", "")
        offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
        tz = dt.timezone(offset if zone[0] == "+" else -offset)
    moment = dt.datetime(year, month, day, hour, minute, second, micro, tzinfo=tz)
    try:
        return moment.astimezone(dt.UTC)
    except OverflowError:
        # '0001-01-01T00:00:00' (the register's "no date") has no earlier UTC hour: keep it as written.
        return moment.replace(tzinfo=dt.UTC)


def check_type(kind: str, value: str) -> bool:
    """Whether a value has the lexical form of its XSD type (text is always fine)."""
    if kind == INT:
        return bool(_INT.match(value.strip()))
    if kind == BOOL:
        return value.strip().lower() in _BOOLS
    if kind == DATETIME:
        try:
            parse_instant(value)
        except ValueError:
            # xs:dateTime fields hold bare dates too in practice (Activiteit.Datum as '2025-03-19').
            return bool(_DATE.match(value.strip()))
        return True
    if kind == DATE:
        return bool(_DATE.match(value.strip())) or bool(_INSTANT.match(value.strip()))
    return True


def _typed(category: str, ident: str, name: str, value: str) -> str:
    entity = ENTITIES.get(category)
    kind = entity.type_of(name) if entity else "text"
    if not check_type(kind, value):
        what = {INT: "geen geheel getal", BOOL: "geen true/false", DATETIME: "geen tijdstip",
                DATE: "geen datum"}[kind]
        raise RecordError(f"{category} {ident}: veld '{name}' is {what} ('{_short(value)}')")
    return _BOOLS[value.strip().lower()] if kind == BOOL else value


def _short(value: object) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= 40 else text[:39] + "…"


def _category(name: str) -> str:
    return category_key(name) or name[:1].lower() + name[1:]


# -- the SyncFeed ----------------------------------------------------------------------------------------


def skiptoken(link: str | None) -> str | None:
    """The skiptoken of a feed link (`skiptoken` or `$skiptoken`, any case), verbatim."""
    if not link:
        return None
    for key, value in parse_qsl(urlsplit(link).query, keep_blank_values=True):
        if key.lstrip("$").casefold() == "skiptoken":
            return value
    return None


class _Refused(Exception):
    """Raised inside expat's callbacks; turned into a RecordError with the position."""


class _FeedParser:
    """Builds Records while expat reads the page (no tree of the whole page is kept)."""

    def __init__(self) -> None:
        self.depth = 0
        self.stack: list[str] = []
        self.records: list[Record] = []
        self.feed_links: dict[str, str] = {}
        self.entry_next: str | None = None
        self.last_entry_next: str | None = None
        self.entries = 0
        # the entity being read
        self.entity: dict[str, Any] | None = None
        self.entity_depth = 0
        self.current: str | None = None  # the field element being read
        self.current_nil = False
        self.current_ref = False
        self.text: list[str] = []

    # expat callbacks --------------------------------------------------------------------------------

    def start(self, name: str, attrs: dict[str, str]) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _Refused(f"elementen dieper genest dan {MAX_DEPTH} niveaus")
        ns, _, local = name.rpartition(" ")
        parent = self.stack[-1] if self.stack else ""
        self.stack.append(f"{ns} {local}")
        if self.depth == 1:
            if (ns, local) != (ATOM, "feed"):
                raise _Refused(f"geen Atom-feed (het antwoord begint met <{local}>)")
            return
        if self.entity is not None:
            self._start_inside_entity(ns, local, attrs)
            return
        if parent == f"{ATOM} feed" and ns == ATOM:
            if local == "link" and attrs.get("rel") and attrs.get("href"):
                self.feed_links.setdefault(attrs["rel"].casefold(), attrs["href"])
            elif local == "entry":
                self.entries += 1
                if self.entries > MAX_RECORDS:
                    raise _Refused(f"meer dan {MAX_RECORDS} records op één pagina")
                self.entry_next = None
        elif parent == f"{ATOM} entry" and ns == ATOM and local == "link":
            if (attrs.get("rel") or "").casefold() == "next" and attrs.get("href"):
                self.entry_next = attrs["href"]
        elif parent == f"{ATOM} content":
            self._start_entity(local, attrs)

    def _start_entity(self, local: str, attrs: dict[str, str]) -> None:
        category = _category(local)
        ident = (attrs.get("id") or "").strip().lower()
        if not is_guid(ident):
            raise _Refused(f"{category}-record zonder geldig id ('{_short(ident)}')")
        raw_changed = _attr(attrs, "bijgewerkt")
        changed = None
        if raw_changed is not None:
            try:
                changed = parse_instant(raw_changed)
            except ValueError:
                raise _Refused(f"{category} {ident}: 'bijgewerkt' is geen tijdstip ('{_short(raw_changed)}')") from None
        raw_deleted = _attr(attrs, "verwijderd")
        if raw_deleted is not None and raw_deleted.strip().lower() not in _BOOLS:
            raise _Refused(f"{category} {ident}: 'verwijderd' is geen true/false ('{_short(raw_deleted)}')")
        deleted = raw_deleted is not None and _BOOLS[raw_deleted.strip().lower()] == "true"
        fields: dict[str, str | None] = {}
        for extra in ("contentType", "contentLength"):
            value = _attr(attrs, extra)
            if value is not None:
                fields[extra] = self._typed(category, ident, extra, value)
        self.entity = {"category": category, "id": ident, "deleted": deleted, "changed": changed,
                       "fields": fields, "refs": {}, "repeated": {}}
        self.entity_depth = self.depth

    def _typed(self, category: str, ident: str, name: str, value: str) -> str:
        try:
            return _typed(category, ident, name, value)
        except RecordError as exc:
            raise _Refused(str(exc)) from None

    def _start_inside_entity(self, ns: str, local: str, attrs: dict[str, str]) -> None:
        if self.depth != self.entity_depth + 1 or ns not in (TKDATA, ""):
            return  # annotations inside a reference, or another vocabulary: not ours to read
        assert self.entity is not None
        self.current, self.text = local, []
        self.current_nil = (attrs.get(f"{XSI} nil") or "").strip().lower() in ("true", "1")
        ref = attrs.get("ref")
        self.current_ref = ref is not None
        refs: dict[str, list[str]] = self.entity["refs"]
        if ref is not None:
            ref = ref.strip().lower()
            if not is_guid(ref):
                raise _Refused(f"{self.entity['category']} {self.entity['id']}: verwijzing '{local}' is geen"
                               f" id ('{_short(ref)}')")
            refs.setdefault(local, []).append(ref)
        elif _is_reference(self.entity["category"], local):
            refs.setdefault(local, [])

    def end(self, name: str) -> None:
        self.depth -= 1
        self.stack.pop()
        if self.entity is None:
            if name == f"{ATOM} entry":
                self.last_entry_next = self.entry_next
            return
        if self.depth == self.entity_depth - 1:
            e = self.entity
            self.records.append(Record(e["category"], e["id"], e["deleted"], e["changed"], e["fields"],
                                       {k: tuple(v) for k, v in e["refs"].items()},
                                       {k: tuple(v) for k, v in e["repeated"].items()}))
            self.entity = None
        elif self.depth == self.entity_depth and self.current is not None:
            self._end_field()

    def _end_field(self) -> None:
        e = self.entity
        assert e is not None and self.current is not None
        name, self.current = self.current, None
        if self.current_ref or _is_reference(e["category"], name):
            return
        value: str | None = None if self.current_nil else "".join(self.text).strip()
        if value is not None:
            value = self._typed(e["category"], e["id"], name, value)
        fields: dict[str, str | None] = e["fields"]
        repeated: dict[str, list[str | None]] = e["repeated"]
        if name in repeated:
            repeated[name].append(value)
        elif name in fields:
            repeated[name] = [fields[name], value]
        else:
            fields[name] = value

    def chars(self, data: str) -> None:
        if self.current is not None and self.depth == self.entity_depth + 1:
            self.text.append(data)


def _attr(attrs: Mapping[str, str], name: str) -> str | None:
    """A tkData attribute under any prefix (or, leniently, none)."""
    value = attrs.get(f"{TKDATA} {name}")
    return value if value is not None else attrs.get(name)


def _is_reference(category: str, name: str) -> bool:
    entity = ENTITIES.get(category)
    return entity is not None and name in entity.refs and name not in entity.fields


def _refuse_dtd(*_: object) -> None:
    raise _Refused("een DOCTYPE (met mogelijke entiteiten) wordt niet gelezen")


def parse_feed_page(body: bytes, where: str = "") -> FeedPage:
    """One SyncFeed page (Atom XML) → (records, next link, resume token).

    The next link is the `rel="next"` link of the last entry (else the feed's own); a page without
    entries has none, and its `rel="resume"` link holds the token to come back with. The resume token
    of a page with entries is the skiptoken of that next link. A body that is not a whole Atom feed,
    nests too deep, declares a DOCTYPE or holds a wrongly typed field raises RecordError naming it."""
    reader = _FeedParser()
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse_dtd
    parser.EntityDeclHandler = _refuse_dtd
    parser.StartElementHandler = reader.start
    parser.EndElementHandler = reader.end
    parser.CharacterDataHandler = reader.chars
    prefix = f"{where}: " if where else ""
    try:
        parser.Parse(body, True)
    except _Refused as exc:
        raise RecordError(f"{prefix}{exc} (regel {parser.CurrentLineNumber})") from None
    except expat.ExpatError as exc:
        raise RecordError(f"{prefix}onvolledig of ongeldig XML ({expat.ErrorString(exc.code)},"
                          f" regel {exc.lineno})") from None
    if reader.entries:
        next_link = reader.last_entry_next or reader.feed_links.get("next")
        return FeedPage(reader.records, next_link, skiptoken(next_link))
    return FeedPage(reader.records, None, skiptoken(reader.feed_links.get("resume") or reader.feed_links.get("next")))


# -- OData ---------------------------------------------------------------------------------------------


def _scalar(category: str, ident: str, name: str, value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str | float):
        return _typed(category, ident, name, str(value))
    raise RecordError(f"{category} {ident}: veld '{name}' is geen enkelvoudige waarde maar {type(value).__name__}")


def _ids(category: str, ident: str, name: str, value: Any) -> list[str]:
    if not isinstance(value, str) or not is_guid(value):
        raise RecordError(f"{category} {ident}: verwijzing '{name}' is geen id ('{_short(value)}')")
    return [value.lower()]


def record_from_odata(category: str, row: Any, names: NameTable | None = None) -> Record:
    """An OData row (PascalCase properties, `X_Id` ids, expanded navigations) as a Record, through the
    name table. Property names are matched without case (OData is case-insensitive on identifiers).
    The change time is `ApiGewijzigdOp` (when the change reached the API), not `GewijzigdOp`."""
    table = names or NameTable()
    key = _category(category)
    entity = table.entity(key)
    if not isinstance(row, Mapping):
        raise RecordError(f"{key}: een record is geen object maar {type(row).__name__}")
    folded = {str(k).casefold(): v for k, v in row.items()}
    raw_id = folded.get("id")
    if not isinstance(raw_id, str) or not is_guid(raw_id):
        raise RecordError(f"{key}-record zonder geldig id ('{_short(raw_id)}')")
    ident = raw_id.lower()
    deleted_raw = folded.get("verwijderd", False)
    if not isinstance(deleted_raw, bool):
        raise RecordError(f"{key} {ident}: veld 'Verwijderd' is geen true/false ('{_short(deleted_raw)}')")
    changed_raw = folded.get(table.changed.casefold())
    changed = None
    if changed_raw is not None:
        try:
            changed = parse_instant(str(changed_raw)) if isinstance(changed_raw, str) else None
        except ValueError:
            changed = None
        if changed is None:
            raise RecordError(f"{key} {ident}: veld '{table.changed}' is geen tijdstip ('{_short(changed_raw)}')")
    fields: dict[str, str | None] = {}
    for name, (odata, _kind) in entity.fields.items():
        if odata is not None and odata.casefold() in folded:
            fields[name] = _scalar(key, ident, name, folded[odata.casefold()])
    refs: dict[str, tuple[str, ...]] = {}
    for name, ref in entity.refs.items():
        if ref.nav is None:
            continue
        found: list[str] = []
        present = False
        id_prop = ref.id_property
        if id_prop is not None and id_prop.casefold() in folded:
            present = True
            value = folded[id_prop.casefold()]
            if value is not None:
                found += _ids(key, ident, name, value)
        expanded = folded.get(ref.nav.casefold())
        if ref.nav.casefold() in folded:
            present = True
            for child in expanded if isinstance(expanded, list) else [] if expanded is None else [expanded]:
                if not isinstance(child, Mapping):
                    raise RecordError(f"{key} {ident}: verwijzing '{name}' is geen object")
                child_folded = {str(k).casefold(): v for k, v in child.items()}
                for prop in ref.through or ("Id",):
                    value = child_folded.get(prop.casefold())
                    if value is not None:
                        found += [i for i in _ids(key, ident, name, value) if i not in found]
        if present:
            refs[name] = tuple(found)
    return Record(key, ident, deleted_raw, changed, fields, refs)
