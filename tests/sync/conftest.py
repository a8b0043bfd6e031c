"""A small Tweede Kamer portal on 127.0.0.1 (OData pages and a SyncFeed) built from the documented
record shapes, with faults to inject; and a store whose config points at it. Nothing leaves loopback."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from kamertaak import config
from kamertaak.store.service import Store
from kamertaak.sync.client import ClientSettings, RegisterClient

ODATA = "/OData/v4/2.0/"
FEED = "/SyncFeed/2.0/Feed"


@dataclass
class Fault:
    """The next request whose path contains `where` gets this instead of the real answer."""

    where: str = ""
    status: int = 500
    headers: dict[str, str] = field(default_factory=dict)
    body: str = ""
    truncate: bool = False  # the real answer, cut in half (with a matching Content-Length)
    skip: int = 0  # let this many matching requests through first


def _when(value: str) -> datetime:
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class Portal:
    """Serves `toezeggingen` and `zaken` (OData JSON) and `feed` (Atom) page by page. The Besluit
    entity set is made from the decisions inside `zaken` (each with its Zaken expanded, as the portal
    joins them), plus `deleted_besluiten`: a decision published later is appended to its Zaak's list."""

    def __init__(self) -> None:
        self.toezeggingen: list[dict[str, Any]] = []
        self.zaken: list[dict[str, Any]] = []
        self.deleted_besluiten: list[dict[str, Any]] = []
        self.feed: list[str] = []  # entity XML strings, oldest first
        self.page_size = 2
        self.faults: list[Fault] = []
        self.requests: list[str] = []
        self.next_host: str | None = None  # to test a nextLink that leaves the portal
        self.url = ""

    # -- answers ----------------------------------------------------------------------------------

    def answer(self, raw_path: str) -> tuple[int, dict[str, str], bytes]:
        self.requests.append(raw_path)
        parts = urlsplit(raw_path)
        for fault in list(self.faults):
            if fault.where in parts.path:
                if fault.skip:
                    fault.skip -= 1
                    continue
                self.faults.remove(fault)
                if fault.truncate:
                    status, headers, body = self._real(parts.path, parts.query)
                    return status, headers, body[: len(body) // 2]
                return fault.status, fault.headers, fault.body.encode()
        return self._real(parts.path, parts.query)

    def _real(self, path: str, query: str) -> tuple[int, dict[str, str], bytes]:
        params = {k: v[0] for k, v in parse_qs(query).items()}
        if path.startswith(ODATA):
            entity = path[len(ODATA):]
            rows = {"Toezegging": self.toezeggingen, "Zaak": self.zaken, "Besluit": self.besluiten()}.get(entity)
            if rows is None:
                return 404, {}, b"not found"
            return 200, {"Content-Type": "application/json"}, self._odata(path, rows, params)
        if path == FEED:
            return 200, {"Content-Type": "application/atom+xml"}, self._feed(params)
        return 404, {}, b"not found"

    def besluiten(self) -> list[dict[str, Any]]:
        """Every decision inside the Zaken, with the Zaken it belongs to; then the deleted ones."""
        rows: dict[str, dict[str, Any]] = {}
        for zaak in self.zaken:
            for b in zaak.get("Besluit") or []:
                row = rows.setdefault(b["Id"], {**{k: v for k, v in b.items() if k != "Stemming"}, "Zaak": []})
                row["Zaak"].append({"Id": zaak["Id"], "Nummer": zaak["Nummer"], "Soort": zaak["Soort"]})
        return [*rows.values(), *self.deleted_besluiten]

    def _odata(self, path: str, rows: list[dict[str, Any]], params: dict[str, str]) -> bytes:
        selected = list(rows)
        flt = params.get("$filter", "")
        if m := re.search(r"GewijzigdOp ge (\S+)", flt):
            since = _when(m.group(1))
            selected = [r for r in selected if _when(r["GewijzigdOp"]) >= since]
        if "Zaak/any(z: z/Soort eq 'Motie')" in flt:
            selected = [r for r in selected if (r.get("Verwijderd") and "Verwijderd eq true" in flt)
                        or any(z.get("Soort") == "Motie" for z in r.get("Zaak") or [])]
        elif "Soort eq 'Motie'" in flt:
            selected = [r for r in selected if r.get("Soort") == "Motie"]
        if ids := re.findall(r"\bId eq ([0-9a-fA-F-]{36})", flt):
            selected = [r for r in selected if r["Id"] in ids]
        selected.sort(key=lambda r: _when(r["GewijzigdOp"]))
        skip = int(params.get("$skip", "0"))
        page = selected[skip: skip + self.page_size]
        body: dict[str, Any] = {"@odata.context": f"{self.url}{path}/$metadata", "value": page}
        if params.get("$count") == "true":
            body["@odata.count"] = len(selected)
        if skip + self.page_size < len(selected):
            base = self.next_host or self.url
            rest = {k: v for k, v in params.items() if k != "$skip"}
            body["@odata.nextLink"] = f"{base}{path}?{urlencode({**rest, '$skip': skip + self.page_size})}"
        return json.dumps(body).encode()

    def _feed(self, params: dict[str, str]) -> bytes:
        start = int(params.get("skiptoken", "0"))
        chunk = self.feed[start: start + self.page_size]
        category = params.get("category", "")
        entries = []
        for n, entity in enumerate(chunk, start=start + 1):
            entries.append(
                f"<entry><title>{n}</title><updated>2025-04-0{min(n, 9)}T10:00:00Z</updated>"
                f'<link rel="next" href="{self.url}{FEED}?skiptoken={n}&amp;category={category}"/>'
                f'<content type="application/xml">{entity}</content></entry>'
            )
        more = start + self.page_size < len(self.feed)
        nxt = (f'<link rel="next" href="{self.url}{FEED}?skiptoken={start + self.page_size}&amp;category={category}"/>'
               if more else "")
        xml = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
               f"<title>Gegevensmagazijn SyncFeed</title>{nxt}<updated>2025-04-10T10:00:00Z</updated>"
               + "".join(entries) + "</feed>")
        return xml.encode()


class _Handler(BaseHTTPRequestHandler):
    portal: Portal

    def do_GET(self) -> None:
        status, headers, body = self.portal.answer(self.path)
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def portal() -> Iterator[Portal]:
    """The fake portal on 127.0.0.1 at a free port (port 0), in a thread."""
    fake = Portal()
    handler = type("Handler", (_Handler,), {"portal": fake})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    fake.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield fake
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@pytest.fixture
def tk_store(env: Any, tmp_path: Path, portal: Portal) -> Iterator[Store]:
    """A fresh database (SQLite, or PostgreSQL when the suite has a server) with today pinned and a
    config that points at the fake portal, with tiny waits."""
    (tmp_path / "config.toml").write_text(
        f'[tweedekamer]\nbase_url = "{portal.url}"\nbackoff_base = 0.001\npage_pause = 0\nretries = 3\ntimeout = 5\n',
        encoding="utf-8")
    config.settings.cache_clear()
    store = Store.open(str(env))
    yield store
    store.close()
    config.settings.cache_clear()


class Sleeps(list[float]):
    """Records the waits the client asks for, without waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def client(tk_store: Store) -> Iterator[RegisterClient]:
    settings = ClientSettings.from_config(config.settings().tweedekamer)
    with RegisterClient(settings, sleep=Sleeps()) as c:
        yield c
