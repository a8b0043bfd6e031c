"""The SyncFeed: an Atom feed of every version of every entity, resumable by skiptoken.

Entities come as XML in the register's camelCase; they are turned into the OData property names so
the one mapping module serves both. Live entities carry elements the XSD does not know and repeat
single ones, so nothing here insists on a shape beyond Atom itself.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kamertaak.sync.client import ResponseError
from kamertaak.sync.mapping import feed_property, parse_bool

ATOM = "{http://www.w3.org/2005/Atom}"


@dataclass
class FeedEntry:
    """One entity version: its record in OData names and whether it is a tombstone."""

    entity: str
    record: dict[str, Any]
    deleted: bool
    skiptoken: str | None = None


@dataclass
class FeedPage:
    entries: list[FeedEntry] = field(default_factory=list)
    next_url: str | None = None
    resume: str | None = None  # the skiptoken to store: where the next run starts


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def skiptoken(url: str | None) -> str | None:
    if not url:
        return None
    values = parse_qs(urlsplit(url).query).get("skiptoken")
    return values[0] if values else None


def _links(element: ET.Element) -> dict[str, str]:
    return {str(link.get("rel")): str(link.get("href")) for link in element.findall(f"{ATOM}link") if link.get("href")}


def entity_record(element: ET.Element) -> dict[str, Any]:
    """An entity element as a dict of OData names; repeated elements become lists, refs {'ref': id}."""
    record: dict[str, Any] = {feed_property(k): v for k, v in element.attrib.items() if "}" not in k}
    for child in element:
        name = feed_property(_local(child.tag))
        if child.get("ref") is not None:
            value: Any = {"ref": child.get("ref")}
        elif len(child):
            value = entity_record(child)
        else:
            value = (child.text or "").strip()
        if name in record:
            existing = record[name]
            record[name] = [*existing, value] if isinstance(existing, list) else [existing, value]
        else:
            record[name] = value
    return record


def parse_feed(body: str, url: str) -> FeedPage:
    """One feed page; a body that is not a whole Atom feed is an error naming what is wrong."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        raise ResponseError(f"{url}: onvolledig of ongeldig XML ({exc})") from None
    if root.tag != f"{ATOM}feed":
        raise ResponseError(f"{url}: geen Atom-feed (het antwoord begint met <{_local(root.tag)}>)")
    links = _links(root)
    page = FeedPage(next_url=links.get("next"))
    for n, entry in enumerate(root.findall(f"{ATOM}entry"), start=1):
        content = entry.find(f"{ATOM}content")
        entity = next(iter(content), None) if content is not None else None
        if entity is None:
            title = (entry.findtext(f"{ATOM}title") or f"nummer {n}").strip()
            raise ResponseError(f"{url}: entry {title} mist <content> met het record")
        record = entity_record(entity)
        page.entries.append(FeedEntry(entity=_local(entity.tag), record=record,
                                      deleted=parse_bool(record.get("Verwijderd")),
                                      skiptoken=skiptoken(_links(entry).get("next"))))
    tokens = [e.skiptoken for e in page.entries if e.skiptoken]
    page.resume = skiptoken(page.next_url) or (tokens[-1] if tokens else None) or skiptoken(links.get("resume"))
    return page
