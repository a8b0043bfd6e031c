"""HTTP to the Tweede Kamer's open data portal: bounded timeouts, polite backoff, OData paging.

The portal documents no rate limit but reserves the right to throttle, and has had outages and 500s
on whole categories: so 429 and 5xx are retried with exponential backoff (honouring Retry-After),
and a body that does not fit is an error naming what is missing, never a half-read page.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

import httpx

from kamertaak import __version__
from kamertaak.core.errors import SyncError


class ResponseError(SyncError):
    """The register answered, but not with what was asked (truncated, not JSON, a field missing)."""


def _number(values: Mapping[str, str], key: str, default: float) -> float:
    raw = values.get(key)
    if raw in (None, ""):
        return default
    try:
        return float(str(raw))
    except ValueError:
        raise SyncError(f"config tweedekamer.{key}: '{raw}' is geen getal") from None


@dataclass(frozen=True)
class ClientSettings:
    """Where the portal is and how patiently to talk to it (config section [tweedekamer])."""

    base_url: str
    odata_path: str = "/OData/v4/2.0/"
    syncfeed_path: str = "/SyncFeed/2.0/Feed"
    timeout: float = 30.0
    retries: int = 4
    backoff_base: float = 1.0
    backoff_max: float = 60.0
    page_pause: float = 0.1

    @classmethod
    def from_config(cls, values: Mapping[str, str], base_url: str | None = None) -> ClientSettings:
        root = (base_url or values.get("base_url") or "").strip()
        parts = urlsplit(root)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise SyncError(f"'{root}' is geen bruikbare basis-URL (verwacht bv. https://gegevensmagazijn.tweedekamer.nl)")
        return cls(
            base_url=root.rstrip("/"),
            odata_path=values.get("odata_path") or cls.odata_path,
            syncfeed_path=values.get("syncfeed_path") or cls.syncfeed_path,
            timeout=_number(values, "timeout", cls.timeout),
            retries=int(_number(values, "retries", cls.retries)),
            backoff_base=_number(values, "backoff_base", cls.backoff_base),
            backoff_max=_number(values, "backoff_max", cls.backoff_max),
            page_pause=_number(values, "page_pause", cls.page_pause),
        )

    def odata_url(self, entity_set: str) -> str:
        return f"{self.base_url}/{self.odata_path.strip('/')}/{entity_set}"

    def syncfeed_url(self) -> str:
        return f"{self.base_url}/{self.syncfeed_path.strip('/')}"


@dataclass
class Page:
    """One OData response: its records, the link to the next page and the total if the service said."""

    url: str
    values: list[Any]
    next_url: str | None
    total: int | None


def encode_query(params: Mapping[str, str]) -> str:
    """OData options with %20 for spaces ('+' is not a space to every OData server) and $ kept literal."""
    return "&".join(f"{quote(k, safe='$')}={quote(v, safe=chr(39) + '$(),;=/:')}" for k, v in params.items())


def retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date); None if absent or bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - (now or dt.datetime.now(dt.UTC))).total_seconds())


class RegisterClient:
    """GETs against one portal, retried on 429, 5xx and broken connections."""

    def __init__(self, settings: ClientSettings, *, sleep: Callable[[float], None] = time.sleep,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.settings = settings
        self._sleep = sleep
        # Connecting should be quick; a page of 250 expanded records may take a while to produce.
        timeout = httpx.Timeout(settings.timeout, connect=min(10.0, settings.timeout))
        self._http = httpx.Client(timeout=timeout, transport=transport, follow_redirects=True,
                                  headers={"User-Agent": f"kamertaak/{__version__}"})
        self.retried = 0

    def __enter__(self) -> RegisterClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def _backoff(self, attempt: int) -> float:
        return float(min(self.settings.backoff_max, self.settings.backoff_base * 2 ** attempt))

    def get(self, url: str, *, accept: str) -> httpx.Response:
        """One GET, retried with backoff; raises SyncError once the retries are used up."""
        problem = ""
        for attempt in range(self.settings.retries + 1):
            try:
                response = self._http.get(url, headers={"Accept": accept})
            except httpx.TimeoutException:
                problem, wait = f"geen antwoord binnen {self.settings.timeout:g} s", self._backoff(attempt)
            except httpx.TransportError as exc:
                problem, wait = f"verbinding mislukt of afgebroken ({type(exc).__name__})", self._backoff(attempt)
            else:
                code = response.status_code
                if code == 429 or code >= 500:
                    problem = f"HTTP {code} {response.reason_phrase}".rstrip()
                    hinted = retry_after(response.headers.get("Retry-After"))
                    wait = hinted if hinted is not None else self._backoff(attempt)
                elif code >= 400:
                    raise SyncError(f"{url}: HTTP {code} {response.reason_phrase}: {_snippet(response.text)}")
                else:
                    return response
            if attempt == self.settings.retries:
                break
            self.retried += 1
            self._sleep(min(wait, self.settings.backoff_max))
        raise SyncError(f"{url}: {problem} (na {self.settings.retries + 1} pogingen)")

    def get_json(self, url: str) -> dict[str, Any]:
        response = self.get(url, accept="application/json")
        body = response.content
        try:
            data = json.loads(body)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            where = getattr(exc, "pos", None)
            detail = f"breekt af of is ongeldig bij teken {where} van {len(body)}" if where is not None else str(exc)
            raise ResponseError(f"{url}: onvolledig of ongeldig JSON-antwoord ({detail})") from None
        if not isinstance(data, dict):
            raise ResponseError(f"{url}: verwacht een JSON-object met 'value', kreeg {type(data).__name__}")
        return data

    def odata_pages(self, entity_set: str, params: Mapping[str, str]) -> Iterator[Page]:
        """Every page of an entity set, following @odata.nextLink (only on this portal)."""
        url: str | None = f"{self.settings.odata_url(entity_set)}?{encode_query(params)}"
        first = True
        while url is not None:
            if not first:
                self.pause()
            first = False
            data = self.get_json(url)
            values = data.get("value")
            if not isinstance(values, list):
                found = ", ".join(sorted(data)[:6]) or "niets"
                raise ResponseError(f"{url}: antwoord mist 'value' (de lijst met records); gevonden: {found}")
            next_url = data.get("@odata.nextLink")
            if next_url is not None and not isinstance(next_url, str):
                raise ResponseError(f"{url}: '@odata.nextLink' is geen URL")
            total = data.get("@odata.count")
            yield Page(url=url, values=values, next_url=self.resolve_next(url, next_url),
                       total=int(total) if isinstance(total, int | str) and str(total).isdigit() else None)
            url = self.resolve_next(url, next_url)

    def pause(self) -> None:
        """The polite pause between pages (config page_pause)."""
        if self.settings.page_pause:
            self._sleep(self.settings.page_pause)

    def get_text(self, url: str, accept: str = "application/atom+xml, application/xml") -> str:
        response = self.get(url, accept=accept)
        try:
            return response.content.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ResponseError(f"{url}: antwoord is geen UTF-8 (byte {exc.start})") from None

    def resolve_next(self, current: str, link: str | None) -> str | None:
        """A next link, resolved; refused if it leaves the configured portal (we follow it verbatim)."""
        if not link:
            return None
        target = urljoin(current, link)
        here, there = urlsplit(self.settings.base_url), urlsplit(target)
        if (here.scheme, here.netloc) != (there.scheme, there.netloc):
            raise ResponseError(f"{current}: volgende pagina wijst naar een andere server ({there.netloc});"
                                " niet gevolgd")
        return target


def _snippet(body: str) -> str:
    return " ".join(body.split())[:200] or "(leeg antwoord)"
