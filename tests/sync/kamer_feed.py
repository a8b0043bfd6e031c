"""SyncFeed pages built from the Kamer's own schema (tkData-v1-0-*.xsd): the entity element in the tkData
namespace, `id` unprefixed, `tk:bijgewerkt` and `tk:verwijderd` namespaced, fields by their XSD element
names, `xsi:nil` for nil, references as `<zaak ref="…"/>` (repeated when several), a deleted entity as an
empty element. Parsed by the product's own page parser, so the tests see what a live page gives."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from xml.sax.saxutils import escape, quoteattr

from kamertaak.sync.records import Record, parse_feed_page

TK = "http://www.tweedekamer.nl/xsd/tkData/v1-0"
_TOKENS = itertools.count(1000)


def entity(category: str, ident: str, fields: Mapping[str, str | None] | None = None,
           refs: Mapping[str, str | Iterable[str]] | None = None, *, deleted: bool = False,
           changed: str = "2025-04-10T09:00:00.1234567Z") -> str:
    """One entity element; refs come first, as in the XSDs' sequences."""
    head = (f'<{category} xmlns="{TK}" xmlns:tk="{TK}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
            f' id="{ident}" tk:bijgewerkt="{changed}" tk:verwijderd="{"true" if deleted else "false"}"')
    if deleted:
        return head + " />"
    body = []
    for name, targets in (refs or {}).items():
        for target in [targets] if isinstance(targets, str) else targets:
            body.append(f"<{name} ref={quoteattr(target)}/>")
    for name, value in (fields or {}).items():
        body.append(f'<{name} xsi:nil="true"/>' if value is None else f"<{name}>{escape(value)}</{name}>")
    return f"{head}>{''.join(body)}</{category}>"


def feed(*entities: str) -> bytes:
    entries = []
    for element in entities:
        token = next(_TOKENS)
        entries.append(f"<entry><title>{token}</title>"
                       f'<link rel="next" href="http://127.0.0.1:9/SyncFeed/2.0/Feed?skiptoken={token}"/>'
                       f'<content type="application/xml">{element}</content></entry>')
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>SyncFeed</title>{''.join(entries)}</feed>").encode()


def records(*entities: str) -> list[Record]:
    """The Records a feed page with these entities gives."""
    return parse_feed_page(feed(*entities)).records


def guid(n: int) -> str:
    """A distinct lower-case GUID per number."""
    return f"{n:08x}-0000-4000-8000-{n:012x}"
