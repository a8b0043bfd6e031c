"""A hostile or broken server cannot hang or exhaust the client: each limit stops it with one line."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import time
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest

from kamertaak.sync.client import ClientSettings, RegisterClient, ResponseError, RunTimeout, SyncError
from kamertaak.sync.names import NameTable
from kamertaak.sync.reading import feed_batches, odata_batches
from tests.sync.standin import FEED_PATH, Fault, StandIn, entity_xml

MIB = 1024 * 1024


def client(standin: StandIn, **settings: float) -> RegisterClient:
    values = {"page_pause": 0, "retries": 0, "backoff_base": 0.001, **settings}
    return RegisterClient(ClientSettings(base_url=standin.url, **values))  # type: ignore[arg-type]


def _gzip_zeros(total: int) -> Iterator[bytes]:
    """A gzip stream of `total` zero bytes, made as it is sent (never held whole)."""
    packer = zlib.compressobj(1, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(MIB)
    for _ in range(total // MIB):
        out = packer.compress(block)
        if out:
            yield out
    yield packer.flush()


def test_a_2_gib_gzip_bomb_stops_at_the_cap_after_decompression(standin: StandIn) -> None:
    sent = []

    def bomb(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/atom+xml")
        handler.send_header("Content-Encoding", "gzip")
        handler.end_headers()
        with contextlib.suppress(OSError):
            for chunk in _gzip_zeros(2048 * MIB):
                handler.wfile.write(chunk)
                sent.append(len(chunk))

    standin.handlers[FEED_PATH] = bomb
    started = time.monotonic()
    with client(standin, max_response_mb=8) as c, pytest.raises(ResponseError, match="groter dan 8 MiB"):
        c.get(f"{standin.url}{FEED_PATH}?category=Zaak", accept="application/atom+xml")
    assert time.monotonic() - started < 10
    # Far less than the 2 GiB body was ever produced: the client hung up at the cap.
    assert sum(sent) < 2 * MIB


def test_a_broken_off_gzip_body_is_not_read_as_a_short_page(standin: StandIn) -> None:
    whole = zlib.compress(b"<feed/>" * 1000, wbits=16 + zlib.MAX_WBITS)

    def cut(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Encoding", "gzip")
        handler.send_header("Content-Length", str(len(whole) // 2))
        handler.end_headers()
        handler.wfile.write(whole[: len(whole) // 2])

    standin.handlers[FEED_PATH] = cut
    with client(standin) as c, pytest.raises(ResponseError, match="breekt af"):
        c.get(f"{standin.url}{FEED_PATH}", accept="application/atom+xml")


def _drip(handler: BaseHTTPRequestHandler, head: bytes, body: bytes, every: float) -> None:
    with contextlib.suppress(OSError):
        handler.wfile.write(head)
        handler.wfile.flush()
        for n in range(600):  # bounded: at most a minute of dripping
            handler.wfile.write(body[n % len(body):][:1])
            handler.wfile.flush()
            time.sleep(every)


def test_a_body_dripped_byte_by_byte_is_cut_off_at_the_response_limit(standin: StandIn) -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/atom+xml\r\nContent-Length: 100000\r\n\r\n"
    standin.handlers[FEED_PATH] = lambda h: _drip(h, head, b"<feed>", 0.05)
    started = time.monotonic()
    with client(standin, timeout=1) as c, pytest.raises(SyncError, match="geen volledig antwoord binnen 1 s"):
        c.get(f"{standin.url}{FEED_PATH}", accept="application/atom+xml")
    # Every read returned within the gap of 0.05 s: only the total limit can have stopped it.
    assert time.monotonic() - started < 3


def test_headers_dripped_byte_by_byte_are_cut_off_too(standin: StandIn) -> None:
    standin.handlers[FEED_PATH] = lambda h: _drip(h, b"HTTP/1.1 200 OK\r\n", b"X-Slow: aaaa\r\n", 0.05)
    started = time.monotonic()
    with client(standin, timeout=1) as c, pytest.raises(SyncError, match="geen volledig antwoord binnen 1 s"):
        c.get(f"{standin.url}{FEED_PATH}", accept="application/atom+xml")
    assert time.monotonic() - started < 3


def test_the_run_has_a_total_time_limit(standin: StandIn) -> None:
    """Pages that each come quickly, without end: the run stops at its own limit, with one line."""
    for n in range(200):
        standin.world.put("fractie", changed=f"2024-01-01T10:00:{n % 60:02d}Z", afkorting=f"F{n}")
    standin.page_size = 1

    def slow_feed(handler: BaseHTTPRequestHandler) -> None:
        time.sleep(0.2)
        status, _headers, body = standin.answer(handler.path)
        handler.send_response(status)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    standin.handlers[FEED_PATH] = slow_feed
    started = time.monotonic()
    with client(standin, run_timeout=1) as c, pytest.raises(RunTimeout, match="tijdslimiet van deze run"):
        for _ in feed_batches(c, "fractie", None):
            pass
    assert time.monotonic() - started < 2


def test_redirects_stay_on_the_portal(standin: StandIn) -> None:
    def to(location: str) -> object:
        def answer(handler: BaseHTTPRequestHandler) -> None:
            handler.send_response(302)
            handler.send_header("Location", location)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
        return answer

    standin.handlers["/elders"] = to("http://example.invalid/SyncFeed/2.0/Feed")  # type: ignore[assignment]
    standin.handlers["/hier"] = to(f"{standin.url}{FEED_PATH}?category=Zaak")  # type: ignore[assignment]
    standin.handlers["/rondje"] = to("/rondje")  # type: ignore[assignment]
    with client(standin) as c:
        assert c.get(f"{standin.url}/hier", accept="application/atom+xml").startswith(b"<?xml")
        with pytest.raises(ResponseError, match=r"doorverwijzing wijst naar een andere server \(example.invalid\)"):
            c.get(f"{standin.url}/elders", accept="application/atom+xml")
        with pytest.raises(ResponseError, match="meer dan vijf doorverwijzingen"):
            c.get(f"{standin.url}/rondje", accept="application/atom+xml")


def test_a_next_link_that_comes_back_to_a_page_already_read_stops_the_pass(standin: StandIn) -> None:
    standin.world.put("fractie", changed="2024-01-01T10:00:00Z", afkorting="F")
    entity = entity_xml(standin.world, standin.world.versions[0])

    def circle(handler: BaseHTTPRequestHandler) -> None:
        # Token 2 leads to token 1 and token 1 back to token 2: a server going round in circles.
        token = "1" if "skiptoken=2" in handler.path else "2"
        body = ('<feed xmlns="http://www.w3.org/2005/Atom"><entry>'
                f'<link rel="next" href="{standin.url}{FEED_PATH}?skiptoken={token}&amp;category=Fractie"/>'
                f'<content type="application/xml">{entity}</content></entry></feed>').encode()
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    standin.handlers[FEED_PATH] = circle
    with client(standin) as c, pytest.raises(ResponseError, match="al gelezen"):
        for _ in feed_batches(c, "fractie", None):
            pass


def test_a_next_link_to_another_server_is_refused(standin: StandIn) -> None:
    for n in range(4):
        standin.world.put("fractie", changed=f"2024-01-01T10:00:0{n}Z", afkorting=f"F{n}")
    standin.page_size = 2
    standin.next_host = "http://198.51.100.7"
    with client(standin) as c, pytest.raises(ResponseError, match=r"volgende pagina wijst naar een andere server"):
        list(feed_batches(c, "fractie", None))


def test_an_odata_page_of_thousands_of_tiny_rows_is_refused(standin: StandIn) -> None:
    body = json.dumps({"value": [{}] * 5001}).encode()  # 15 kB that would be 5001 Records
    standin.faults = [Fault("/Fractie", 200, headers={"Content-Type": "application/json"}, body=body)]
    now = dt.datetime(2025, 4, 10, tzinfo=dt.UTC)
    with client(standin) as c, pytest.raises(ResponseError, match="meer dan 5000 records op één pagina"):
        list(odata_batches(c, NameTable(), "fractie", None, now))
