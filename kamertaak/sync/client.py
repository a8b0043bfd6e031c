"""HTTP to the Tweede Kamer's open data portal, with limits a hostile or broken server cannot get past.

- Every response has a total time limit (`timeout`): not only between reads, but from the request to
  the last byte. A watchdog shuts the socket when it passes, so a server that drips one byte at a
  time (or never finishes its headers) is cut off on time.
- Every run has a total time limit (`run_timeout`), waits between retries included; the pages taken
  in before it are kept, and the next run carries on.
- A body is read up to `max_response_mb` *after* decompression (a gzip bomb stops there), and a
  compressed body that breaks off is an error, never a half page.
- Redirects are followed only on the portal's own host (at most five); one to another host is refused,
  as a next link to another host is.
- 429 and 5xx are retried with exponential backoff (honouring Retry-After), a bounded number of times.
Every failure is one Dutch line naming the URL and what happened.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email.utils
import socket
import threading
import time
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

import httpx

from kamertaak import __version__
from kamertaak.core.errors import SyncError
from kamertaak.sync.names import NameTable


class ResponseError(SyncError):
    """The register answered, but not with what was asked (truncated, too big, a field that does not fit)."""


class RunTimeout(SyncError):
    """The run's own time limit passed; what was taken in before is kept."""


def _number(values: Mapping[str, Any], key: str, default: float) -> float:
    raw = values.get(key)
    if raw in (None, ""):
        return default
    try:
        number = float(str(raw))
    except ValueError:
        raise SyncError(f"config tweedekamer.{key}: '{raw}' is geen getal") from None
    if number < 0:
        raise SyncError(f"config tweedekamer.{key}: '{raw}' is negatief")
    return number


@dataclass(frozen=True)
class ClientSettings:
    """Where the portal is and how patiently to talk to it (config section [tweedekamer])."""

    base_url: str
    # The OData version after v4/2.0 (closed 1 October 2026); its renamed attributes are not
    # documented where we could read them: see odata_names and docs/sync.md.
    odata_path: str = "/OData/v5/"
    syncfeed_path: str = "/SyncFeed/2.0/Feed"
    timeout: float = 120.0  # one response, request to last byte (feed pages can take 15-20 s)
    connect_timeout: float = 10.0
    run_timeout: float = 3600.0  # one run, all pages and waits
    max_response_mb: float = 64.0  # one body after decompression
    retries: int = 4
    backoff_base: float = 1.0
    backoff_max: float = 60.0
    page_pause: float = 0.1
    odata_names: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_config(cls, values: Mapping[str, Any], base_url: str | None = None,
                    odata_names: Mapping[str, str] | None = None) -> ClientSettings:
        try:
            NameTable().with_overrides(odata_names or {})
        except ValueError as exc:
            raise SyncError(f"config tweedekamer.{exc}") from None
        root = (base_url or values.get("base_url") or "").strip()
        parts = urlsplit(root)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise SyncError(f"'{root}' is geen bruikbare basis-URL (verwacht bv. https://gegevensmagazijn.tweedekamer.nl)")
        return cls(
            base_url=root.rstrip("/"),
            odata_path=values.get("odata_path") or cls.odata_path,
            syncfeed_path=values.get("syncfeed_path") or cls.syncfeed_path,
            timeout=_number(values, "timeout", cls.timeout),
            connect_timeout=_number(values, "connect_timeout", cls.connect_timeout),
            run_timeout=_number(values, "run_timeout", cls.run_timeout),
            max_response_mb=_number(values, "max_response_mb", cls.max_response_mb),
            retries=int(_number(values, "retries", cls.retries)),
            backoff_base=_number(values, "backoff_base", cls.backoff_base),
            backoff_max=_number(values, "backoff_max", cls.backoff_max),
            page_pause=_number(values, "page_pause", cls.page_pause),
            odata_names=dict(odata_names or {}),
        )

    def odata_url(self, entity_set: str) -> str:
        return f"{self.base_url}/{self.odata_path.strip('/')}/{entity_set}"

    def syncfeed_url(self) -> str:
        return f"{self.base_url}/{self.syncfeed_path.strip('/')}"


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


class _Watchdog:
    """Shuts the request's socket when its time is up, wherever the read is blocked (headers or body)."""

    def __init__(self, seconds: float) -> None:
        self.fired = False
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()

    def trace(self, event: str, info: Mapping[str, Any]) -> None:
        if event != "connection.connect_tcp.complete":
            return
        stream = info.get("return_value")
        sock = stream.get_extra_info("socket") if stream is not None else None
        with self._lock:
            self._sock = sock
            if self.fired:
                self._shut()

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            self._shut()

    def _shut(self) -> None:
        if self._sock is not None:
            with contextlib.suppress(OSError):
                self._sock.shutdown(socket.SHUT_RDWR)

    def cancel(self) -> None:
        self._timer.cancel()


def _decoder(encoding: str, url: str) -> Any:
    """A zlib decompressor for the body's Content-Encoding, or None for an uncompressed body."""
    name = encoding.strip().lower()
    if name in ("", "identity"):
        return None
    if name in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if name == "deflate":
        return zlib.decompressobj()
    raise ResponseError(f"{url}: antwoord in een onbekende codering ('{name}'); niet gelezen")


@dataclass
class _Answer:
    status: int
    reason: str
    headers: httpx.Headers
    body: bytes


class _TooSlow(SyncError):
    """The response's own time limit passed (caught inside get, never raised past it)."""


class RegisterClient:
    """GETs against one portal, within the limits above, retried on 429, 5xx and broken connections."""

    def __init__(self, settings: ClientSettings, *, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic, transport: httpx.BaseTransport | None = None) -> None:
        self.settings = settings
        self._sleep = sleep
        self._clock = clock
        self._deadline = clock() + settings.run_timeout
        timeout = httpx.Timeout(settings.timeout, connect=min(settings.connect_timeout, settings.timeout))
        # A fresh connection per request: the watchdog holds the socket of the request it guards.
        self._http = httpx.Client(timeout=timeout, transport=transport, follow_redirects=False,
                                  limits=httpx.Limits(max_keepalive_connections=0),
                                  headers={"User-Agent": f"kamertaak/{__version__}", "Accept-Encoding": "gzip"})
        self.retried = 0

    def __enter__(self) -> RegisterClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    @property
    def max_bytes(self) -> int:
        return int(self.settings.max_response_mb * 1024 * 1024)

    def remaining(self) -> float:
        """Seconds left of this run; RunTimeout once there are none."""
        left = self._deadline - self._clock()
        if left <= 0:
            self._run_over()
        return left

    def _run_over(self) -> None:
        raise RunTimeout(f"tijdslimiet van deze run ({self.settings.run_timeout:g} s, config"
                         " tweedekamer.run_timeout) bereikt; opnieuw starten gaat verder")

    def _backoff(self, attempt: int) -> float:
        return float(min(self.settings.backoff_max, self.settings.backoff_base * 2 ** attempt))

    def get(self, url: str, *, accept: str) -> bytes:
        """One GET's body, retried with backoff; raises SyncError once the retries are used up."""
        problem = ""
        attempts = 0
        for attempt in range(self.settings.retries + 1):
            attempts += 1
            wait = self._backoff(attempt)
            try:
                answer = self._follow(url, accept)
            except _TooSlow:
                problem = f"geen volledig antwoord binnen {self._limit_text()}"
            except httpx.TimeoutException:
                problem = f"geen antwoord binnen {self.settings.timeout:g} s"
            except httpx.TransportError as exc:
                problem = f"verbinding mislukt of afgebroken ({type(exc).__name__})"
            else:
                code = answer.status
                if code == 429 or code >= 500:
                    problem = f"HTTP {code} {answer.reason}".rstrip()
                    hinted = retry_after(answer.headers.get("Retry-After"))
                    wait = hinted if hinted is not None else wait
                elif code >= 400:
                    text = answer.body.decode("utf-8", "replace")
                    raise SyncError(f"{url}: HTTP {code} {answer.reason}: {_snippet(text)}")
                elif code >= 300:
                    raise ResponseError(f"{url}: HTTP {code} zonder bruikbare doorverwijzing")
                else:
                    return answer.body
            if attempt == self.settings.retries:
                break
            self.retried += 1
            pause = min(wait, self.settings.backoff_max)
            if pause >= self.remaining():
                break
            self._sleep(pause)
        raise SyncError(f"{url}: {problem} (na {attempts} pogingen)")

    def _limit_text(self) -> str:
        return f"{self.settings.timeout:g} s (config tweedekamer.timeout)"

    def _follow(self, url: str, accept: str) -> _Answer:
        """A GET, following redirects on the portal's own host only (at most five)."""
        current = url
        for _ in range(6):
            answer = self._once(current, accept)
            location = answer.headers.get("Location")
            if answer.status not in (301, 302, 303, 307, 308) or not location:
                return answer
            target = urljoin(current, location)
            self.check_host(current, target, "doorverwijzing")
            current = target
        raise ResponseError(f"{url}: meer dan vijf doorverwijzingen; niet gevolgd")

    def _once(self, url: str, accept: str) -> _Answer:
        left = self.remaining()
        dog = _Watchdog(min(self.settings.timeout, left))
        try:
            return self._guarded(url, accept, dog)
        except _TooSlow:
            if left < self.settings.timeout:
                self._run_over()  # it was the run's limit, not the response's, that cut it off
            raise

    def _guarded(self, url: str, accept: str, dog: _Watchdog) -> _Answer:
        try:
            with self._http.stream("GET", url, headers={"Accept": accept}, extensions={"trace": dog.trace}) as response:
                if response.is_redirect:
                    return _Answer(response.status_code, response.reason_phrase, response.headers, b"")
                body = self._read(response, url, dog)
                return _Answer(response.status_code, response.reason_phrase, response.headers, body)
        except httpx.TransportError:
            if dog.fired:
                raise _TooSlow from None
            raise
        finally:
            dog.cancel()

    def _read(self, response: httpx.Response, url: str, dog: _Watchdog) -> bytes:
        """The body, decompressed, at most max_bytes; an oversized or broken one is a ResponseError."""
        decoder = _decoder(response.headers.get("Content-Encoding", ""), url)
        cap = self.max_bytes
        chunks: list[bytes] = []
        size = 0
        for raw in response.iter_raw():
            if dog.fired:
                raise _TooSlow
            pending = raw
            while pending:
                if decoder is None:
                    out, pending = pending, b""
                else:
                    try:
                        out = decoder.decompress(pending, cap - size + 1)
                    except zlib.error:
                        raise ResponseError(f"{url}: gecomprimeerd antwoord is beschadigd") from None
                    pending = decoder.unconsumed_tail
                size += len(out)
                if size > cap:
                    raise ResponseError(f"{url}: antwoord groter dan {self.settings.max_response_mb:g} MiB"
                                        " (uitgepakt; config tweedekamer.max_response_mb); afgebroken")
                chunks.append(out)
                if decoder is not None and decoder.eof:
                    break
        if dog.fired:
            raise _TooSlow
        if decoder is not None and not decoder.eof:
            raise ResponseError(f"{url}: gecomprimeerd antwoord breekt af; niet gelezen")
        return b"".join(chunks)

    def pause(self) -> None:
        """The polite pause between pages (config page_pause)."""
        if self.settings.page_pause:
            self._sleep(min(self.settings.page_pause, self.remaining()))

    def check_host(self, current: str, target: str, what: str) -> None:
        """Refuse a link or redirect that leaves the configured portal."""
        here, there = urlsplit(self.settings.base_url), urlsplit(target)
        if (here.scheme, here.netloc.lower()) != (there.scheme, there.netloc.lower()):
            raise ResponseError(f"{current}: {what} wijst naar een andere server ({there.netloc or target});"
                                " niet gevolgd")

    def resolve_next(self, current: str, link: str | None) -> str | None:
        """A next link, resolved; refused if it leaves the configured portal (we follow it verbatim)."""
        if not link:
            return None
        target = urljoin(current, link)
        self.check_host(current, target, "volgende pagina")
        return target


class PageTrail:
    """The pages one category's pass asked for: a next link that leads back to one of them is a
    server going round in circles, and stops the pass."""

    def __init__(self) -> None:
        self._seen: set[str] = set()

    def visit(self, url: str) -> None:
        if url in self._seen:
            raise ResponseError(f"{url}: deze pagina is in deze run al gelezen; de server verwijst in een"
                                " kringetje (gestopt)")
        self._seen.add(url)


def _snippet(body: str) -> str:
    return " ".join(body.split())[:200] or "(leeg antwoord)"
