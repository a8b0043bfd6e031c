"""Stand-ins for the Tweede Kamer's SyncFeed and OData service, built from the Kamer's own shapes, not
from our code: the XSDs and the OData entity list in ../shared/research/tk-opendata (read at test time,
never copied), and the facts list beside them.

- `World` holds entity versions in the XSD's words (element names, lexical values), each version with
  a global change counter (the feed's skiptoken), a `bijgewerkt`/`ApiGewijzigdOp` and a `GewijzigdOp`.
- The feed renders a version as its XSD says: elements in schema order, references as `<x ref=".."/>`
  (repeated only where the schema or a documented live drift allows), nil only where nillable, the
  change attributes in the tkData namespace under a prefix of the test's choosing, a deleted entity as
  an empty element. The next link of each entry carries its token; an empty page has `rel="resume"`.
- OData names come from the entity list by case-insensitive match; `$select`/`$expand` names are checked
  against it plus the names item 15 says the file lacks, and an unknown one is a 400, as is a quoted
  date-time. Pages carry an opaque `$skiptoken` next link.
Nothing is served beyond 127.0.0.1.
"""

from __future__ import annotations

import base64
import json
import os
import re
import threading
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit
from xml.sax.saxutils import escape, quoteattr

# KAMERTAAK_TK_SCHEMAS, else ../shared beside the checkout (a worktree sits one level deeper, hence the walk up).
RESEARCH = Path(os.environ["KAMERTAAK_TK_SCHEMAS"]) if os.environ.get("KAMERTAAK_TK_SCHEMAS") else next(
    (p / "shared" / "research" / "tk-opendata" for p in Path(__file__).resolve().parents
     if (p / "shared" / "research" / "tk-opendata").is_dir()), Path("../shared/research/tk-opendata"))
XS = "{http://www.w3.org/2001/XMLSchema}"
TKDATA = "http://www.tweedekamer.nl/xsd/tkData/v1-0"
REF_TYPES = {"referentieLiteral", "referentieType", "referentieBijgewerktLiteral", "relatieType"}
INT_TYPES = {"intType", "unsignedIntType", "shortType", "longType", "xs:int", "xs:unsignedInt", "xs:long"}
FEED_PATH = "/SyncFeed/2.0/Feed"
ODATA_PATH = "/OData/v5/"

# Item 15: names the entity list lacks (its generator dropped fields written over several lines).
DOCUMENTED_MISSING: dict[str, dict[str, Any]] = {
    "Besluit": {"AgendapuntZaakBesluitVolgorde": None},
    "Document": {"HuidigeDocumentVersie": {"nav": "DocumentVersie", "many": False}},
    "Persoon": {"FractieZetelPersoon": {"nav": "FractieZetelPersoon", "many": True}},
    "FractieZetel": {"FractieZetelPersoon": {"nav": "FractieZetelPersoon", "many": True}},
    "Activiteit": {"DatumVerzoekEersteVerlenging": None, "DatumMededelingEersteVerlenging": None,
                   "DatumVerzoekTweedeVerlenging": None, "DatumMededelingTweedeVerlenging": None},
}
COMMISSIE_TYPES = ("Commissie", "CommissieContactinformatie", "CommissieZetel", "CommissieZetelVastPersoon",
                   "CommissieZetelVastVacature", "CommissieZetelVervangerPersoon", "CommissieZetelVervangerVacature")
# Live drift documented by clients that read the feed (facts 3 and the kamerbriefNakoming repeats).
LIVE_REPEATS = {("toezegging", "toegezegdAan"): "ref", ("toezegging", "kamerbriefNakoming"): "text"}


@dataclass(frozen=True)
class XsdElement:
    name: str
    ref: bool
    many: bool
    nillable: bool
    type: str


@cache
def xsd_entities() -> dict[str, list[XsdElement]]:
    """Every entity XSD beside the research notes: category → its elements in schema order."""
    if not RESEARCH.is_dir():
        raise RuntimeError(f"the Kamer's schemas are not at {RESEARCH}: the stand-ins are built from them")
    out: dict[str, list[XsdElement]] = {}
    for path in sorted(RESEARCH.glob("tkData-v1-0-*.xsd")):
        root = ET.fromstring(path.read_bytes())
        top = root.find(f"{XS}element")
        extension = root.find(f".//{XS}extension")
        if top is None or extension is None or extension.find(f"{XS}sequence") is None:
            continue
        elements = []
        for el in extension.find(f"{XS}sequence") or []:
            if el.tag != f"{XS}element":
                continue
            kind = el.get("type", "")
            elements.append(XsdElement(el.get("name", ""), kind in REF_TYPES, el.get("maxOccurs") == "unbounded",
                                       el.get("nillable") == "true", kind))
        out[top.get("name", "")] = elements
    toezegging = out["toezegging"]
    toezegging.insert(2, XsdElement("toegezegdAan", True, True, True, "referentieLiteral"))
    return out


@cache
def odata_entities() -> dict[str, dict[str, Any]]:
    """The entity list (names that certainly exist) with the documented missing names added."""
    data: dict[str, dict[str, Any]] = json.loads((RESEARCH / "odata-v4-2.0-entities.json").read_text("utf-8"))
    for entity, extra in DOCUMENTED_MISSING.items():
        data.setdefault(entity, {}).update(extra)
    for name in COMMISSIE_TYPES:
        data.setdefault(name, {"Id": None})
    return data


def _entity_type(name: str) -> str | None:
    return next((k for k in odata_entities() if k.casefold() == name.casefold()), None)


def _property(entity: str, name: str) -> str | None:
    return next((k for k in odata_entities()[entity] if k.casefold() == name.casefold()), None)


def guid() -> str:
    return str(uuid.uuid4())


@dataclass
class Version:
    """One version of an entity as the register holds it."""

    category: str
    id: str
    fields: dict[str, Any]
    refs: dict[str, list[str]]
    deleted: bool
    changed: str  # tk:bijgewerkt / ApiGewijzigdOp as the server writes it
    source_changed: str  # GewijzigdOp
    token: int = 0


@dataclass
class World:
    """Every version, in change order; the token is the global change counter."""

    versions: list[Version] = field(default_factory=list)
    counter: int = 1_000_000

    def put(self, category: str, ident: str | None = None, *, changed: str, source_changed: str | None = None,
            deleted: bool = False, **values: Any) -> str:
        """A new version: simple fields and references by XSD name (a reference is an id or a list)."""
        ident = ident or guid()
        elements = {e.name: e for e in self.schema(category)}
        fields: dict[str, Any] = {}
        refs: dict[str, list[str]] = {}
        for name, value in values.items():
            element = elements.get(name)
            if element is None:
                raise AssertionError(f"{category} has no element {name} in the Kamer's schema")
            if element.ref or name == "kamerbriefNakoming":
                ids = value if isinstance(value, list) else [value]
                if len(ids) > 1 and not element.many and (category, name) not in LIVE_REPEATS:
                    raise AssertionError(f"{category}.{name} occurs at most once")
                refs[name] = ids
            else:
                if value is None and not element.nillable:
                    raise AssertionError(f"{category}.{name} is not nillable")
                fields[name] = value
        self.counter += 7  # tokens jump (issue #127): never consecutive
        self.versions.append(Version(category, ident, fields, refs, deleted, changed, source_changed or changed,
                                     self.counter))
        return ident

    def delete(self, category: str, ident: str, *, changed: str) -> None:
        self.put(category, ident, changed=changed, deleted=True)

    @staticmethod
    def schema(category: str) -> list[XsdElement]:
        schemas = xsd_entities()
        if category in schemas:
            return schemas[category]
        entity = _entity_type(category)
        if entity is None:
            raise AssertionError(f"no category {category} in the Kamer's schemas or entity list")
        # A category without an XSD beside us (fractieZetel...): its OData properties, lower camel case.
        out = []
        for name, nav in odata_entities()[entity].items():
            if name in ("Id", "GewijzigdOp", "ApiGewijzigdOp", "Verwijderd") or (nav and nav.get("many")):
                continue
            if name.endswith("_Id"):
                continue
            is_ref = nav is not None
            out.append(XsdElement(name[:1].lower() + name[1:], is_ref, False, True, "ref" if is_ref else "text"))
        return out

    def current(self) -> dict[tuple[str, str], Version]:
        latest: dict[tuple[str, str], Version] = {}
        for v in self.versions:
            latest[(v.category, v.id)] = v
        return latest

    def category_of(self, ident: str) -> str | None:
        return next((v.category for v in self.versions if v.id == ident), None)

    def field_of(self, ident: str, name: str) -> Any:
        version = self.current().get((self.category_of(ident) or "", ident))
        return version.fields.get(name) if version else None


# -- the feed ---------------------------------------------------------------------------------------------


def entity_xml(world: World, v: Version, prefix: str = "tk") -> str:
    """A version as the feed sends it, in schema order."""
    head = (f'<{v.category} xmlns="{TKDATA}" xmlns:{prefix}="{TKDATA}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
            f' id="{v.id}" {prefix}:bijgewerkt="{v.changed}" {prefix}:verwijderd="{str(v.deleted).lower()}"')
    if v.deleted:
        return head + " />"
    parts = []
    for element in World.schema(v.category):
        name = element.name
        if name == "kamerbriefNakoming" and name in v.refs:
            # In the feed the fulfilling letters are text: their document numbers, repeated.
            for doc in v.refs[name]:
                parts.append(f"<{name}>{escape(str(world.field_of(doc, 'documentNummer')))}</{name}>")
        elif element.ref and name in v.refs:
            parts += [f"<{name} ref={quoteattr(r)} />" for r in v.refs[name]]
        elif name in v.fields:
            value = v.fields[name]
            if value is None:
                parts.append(f'<{name} xsi:nil="true" />')
            else:
                parts.append(f"<{name}>{escape(_lexical(value))}</{name}>")
    return head + ">" + "".join(parts) + f"</{v.category}>"


def _lexical(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


# -- the server -----------------------------------------------------------------------------------------------


@dataclass
class Fault:
    """The next request whose path and query contain `where` gets this instead of the real answer."""

    where: str = ""
    status: int = 500
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    truncate: bool = False
    skip: int = 0


class StandIn:
    """Both services over one World, with faults and hostile behaviour to switch on."""

    def __init__(self) -> None:
        self.world = World()
        self.page_size = 3
        self.prefix = "tk"
        self.url = ""
        self.requests: list[str] = []
        self.faults: list[Fault] = []
        self.next_host: str | None = None
        self.handlers: dict[str, Callable[[BaseHTTPRequestHandler], None]] = {}

    # -- answers ---------------------------------------------------------------------------------------

    def answer(self, raw: str) -> tuple[int, dict[str, str], bytes]:
        self.requests.append(raw)
        parts = urlsplit(raw)
        for fault in list(self.faults):
            if fault.where in raw:
                if fault.skip:
                    fault.skip -= 1
                    continue
                self.faults.remove(fault)
                if fault.truncate:
                    status, headers, body = self.real(parts.path, parts.query)
                    return status, headers, body[: len(body) // 2]
                return fault.status, fault.headers, fault.body
        return self.real(parts.path, parts.query)

    def real(self, path: str, query: str) -> tuple[int, dict[str, str], bytes]:
        params = dict(parse_qsl(query, keep_blank_values=True))
        if path == FEED_PATH:
            return 200, {"Content-Type": "application/atom+xml; charset=utf-8"}, self.feed(params)
        if path.startswith(ODATA_PATH):
            return self.odata(path[len(ODATA_PATH):], params)
        return 404, {}, b"Not Found"

    def feed(self, params: dict[str, str]) -> bytes:
        category = params.get("category", "")
        after = int(params.get("skiptoken", "0") or 0)
        versions = [v for v in self.world.versions
                    if v.token > after and (not category or v.category.casefold() == category.casefold())]
        chunk = versions[: self.page_size]
        base = self.next_host or self.url
        entries = []
        for v in chunk:
            nxt = f"{base}{FEED_PATH}?skiptoken={v.token}&amp;category={quote(category)}"
            entries.append(
                f"<entry><title>{v.id}</title><id>{self.url}/SyncFeed/2.0/Entiteiten/{v.id}</id>"
                f"<author><name>tweedekamer.nl</name></author><updated>{v.changed}</updated>"
                f'<category term="{v.category.lower()}" /><link rel="next" href="{nxt}" />'
                f'<content type="application/xml">{entity_xml(self.world, v, self.prefix)}</content></entry>')
        links = f'<link rel="self" href="{self.url}{FEED_PATH}?category={quote(category)}" />'
        if not chunk:
            links += f'<link rel="resume" href="{base}{FEED_PATH}?skiptoken={after}&amp;category={quote(category)}" />'
        return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
                f"<title>Gegevensmagazijn SyncFeed</title><id>{self.url}{FEED_PATH}</id>"
                f"<updated>2026-01-01T00:00:00Z</updated>{links}{''.join(entries)}</feed>").encode()

    # -- OData -----------------------------------------------------------------------------------------

    def odata(self, entity_set: str, params: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        entity = _entity_type(entity_set)
        if entity is None:
            return _odata_error(404, f"Resource not found for the segment '{entity_set}'.")
        try:
            select = [self._check(entity, n) for n in _split(params.get("$select", ""))]
            expand = [self._expand(entity, item) for item in _split(params.get("$expand", ""))]
            since = self._filter(entity, params.get("$filter", ""))
            order = params.get("$orderby", "")
            if order:
                name, _, direction = order.partition(" ")
                self._check(entity, name)
                if direction not in ("", "asc", "desc"):
                    raise _BadRequest(f"Syntax error in $orderby '{order}'.")
        except _BadRequest as exc:
            return _odata_error(400, str(exc))
        rows = [v for (cat, _), v in self.world.current().items() if _entity_type(cat) == entity]
        if since is not None:
            rows = [v for v in rows if _instant(v.changed) >= since]
        rows.sort(key=lambda v: (_instant(v.changed), v.token), reverse=order.endswith("desc"))
        start = int(base64.b64decode(params["$skiptoken"]).decode()) if params.get("$skiptoken") else 0
        page = rows[start: start + self.page_size]
        body: dict[str, Any] = {"@odata.context": f"{self.url}{ODATA_PATH}$metadata#{entity}",
                                "value": [self.row(entity, v, select, expand) for v in page]}
        if params.get("$count") == "true":
            body["@odata.count"] = len(rows)
        if start + self.page_size < len(rows):
            token = base64.b64encode(str(start + self.page_size).encode()).decode()
            rest = {k: v for k, v in params.items() if k != "$skiptoken"}
            query = "&".join(f"{k}={quote(v, safe='$(),;=/:')}" for k, v in rest.items())
            body["@odata.nextLink"] = f"{self.next_host or self.url}{ODATA_PATH}{entity_set}?{query}&$skiptoken={token}"
        return 200, {"Content-Type": "application/json; odata.metadata=minimal"}, json.dumps(body).encode()

    def _check(self, entity: str, name: str) -> str:
        found = _property(entity, name.strip())
        if found is None:
            raise _BadRequest(f"Could not find a property named '{name.strip()}' on type 'TK.DA.GGM.OData.{entity}'.")
        return found

    def _expand(self, entity: str, item: str) -> tuple[str, list[str]]:
        m = re.fullmatch(r"\s*(\w+)\s*(?:\(\s*\$select=([^)]*)\))?\s*", item)
        if not m:
            raise _BadRequest(f"Syntax error in $expand '{item}'.")
        nav = self._check(entity, m.group(1))
        target = odata_entities()[entity][nav]
        if target is None:
            raise _BadRequest(f"Property '{nav}' on type '{entity}' is not a navigation property.")
        inner = [self._check(target["nav"], n) for n in _split(m.group(2) or "")]
        return nav, inner

    def _filter(self, entity: str, text: str) -> datetime | None:
        if not text:
            return None
        m = re.fullmatch(r"(\w+) ge (\S+)", text.strip())
        if not m:
            raise _BadRequest(f"The stand-in does not understand $filter '{text}'.")
        self._check(entity, m.group(1))
        if m.group(2).startswith("'"):
            raise _BadRequest("A binary operator with incompatible types was detected. Found operand types"
                              " 'Edm.DateTimeOffset' and 'Edm.String' for operator kind 'GreaterThanOrEqual'.")
        return _instant(m.group(2))

    def row(self, entity: str, v: Version, select: list[str], expand: list[tuple[str, list[str]]]) -> dict[str, Any]:
        """A version as OData writes it, restricted to $select (and the expansions asked for)."""
        full: dict[str, Any] = {"Id": v.id, "GewijzigdOp": v.source_changed, "ApiGewijzigdOp": v.changed,
                                "Verwijderd": v.deleted}
        elements = {e.name: e for e in World.schema(v.category)}
        for name, value in v.fields.items():
            prop = _property(entity, name)
            if prop is None:
                continue
            full[prop] = None if v.deleted else _typed(elements[name].type, value)
        for name, ids in v.refs.items():
            prop = _property(entity, name)
            nav = odata_entities()[entity].get(prop) if prop else None
            if nav and not nav.get("many"):
                full[f"{prop}_Id"] = ids[0] if ids else None
        row = {k: full.get(k) for k in (select or full)} | {"Id": v.id}
        for nav, inner in expand:
            row[nav] = self._children(entity, v, nav, inner)
        return row

    def _children(self, entity: str, v: Version, nav: str, inner: list[str]) -> list[dict[str, Any]]:
        if entity == "Toezegging" and nav == "ToegezegdAan":
            out = []
            for ident in v.refs.get("toegezegdAan", []):
                kind = self.world.category_of(ident)
                link = {"Persoon_Id": ident if kind == "persoon" else None,
                        "Fractie_Id": ident if kind == "fractie" else None, "Toezegging_Id": v.id}
                out.append({k: link[k] for k in (inner or link)})
            return out
        name = next((n for n in v.refs if n.casefold() == nav.casefold()), None)
        return [{"Id": i} for i in v.refs.get(name, [])] if name else []


class _BadRequest(Exception):
    pass


def _odata_error(status: int, message: str) -> tuple[int, dict[str, str], bytes]:
    return status, {"Content-Type": "application/json"}, json.dumps(
        {"error": {"code": "", "message": message}}).encode()


def _split(text: str) -> list[str]:
    """Comma-separated items at the top level (commas inside parentheses stay)."""
    items, depth, current = [], 0, ""
    for ch in text:
        if ch == "," and depth == 0:
            items.append(current)
            current = ""
            continue
        depth += ch == "("
        depth -= ch == ")"
        current += ch
    if current.strip():
        items.append(current)
    return [i for i in items if i.strip()]


def _instant(text: str) -> datetime:
    from kamertaak.sync.records import parse_instant  # a real ISO parser; the stand-in needs one too

    return parse_instant(text)


def _typed(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind in INT_TYPES and isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    if kind == "booleanType" and isinstance(value, str):
        return value == "true"
    return value


class _Handler(BaseHTTPRequestHandler):
    standin: StandIn

    def do_GET(self) -> None:
        custom = self.standin.handlers.get(urlsplit(self.path).path)
        if custom is not None:
            custom(self)
            return
        status, headers, body = self.standin.answer(self.path)
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def serve(standin: StandIn) -> Iterator[StandIn]:
    """Run the stand-in on 127.0.0.1 at a free port while the caller's block runs."""
    handler = type("Handler", (_Handler,), {"standin": standin})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    standin.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield standin
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
