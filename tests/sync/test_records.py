"""Records from both routes: a SyncFeed page as the Kamer sends it, and an OData row, give the same Record."""

from __future__ import annotations

import datetime as dt

import pytest

from kamertaak.sync.names import NameTable
from kamertaak.sync.records import RecordError, parse_feed_page, parse_instant, record_from_odata

ZAAK = "5a1e1c9b-0f3e-4c1a-9a51-2b7c1d2e3f40"
DOSSIER = "0b8f4a2c-6d3e-4f51-8a21-9c0d1e2f3a4b"
AGENDAPUNT_1 = "1c9e7d2b-3a4f-4b5c-8d6e-7f8091a2b3c4"
AGENDAPUNT_2 = "2d0f8e3c-4b5a-4c6d-9e7f-8091a2b3c4d5"
TOMBSTONE = "6a1e1c9b-1111-4222-8333-444455556666"
FEED = "http://127.0.0.1:9/SyncFeed/2.0/Feed"


def page(*entries: str, links: str = "") -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>SyncFeed</title>{links}{''.join(entries)}</feed>").encode()


def entry(entity: str, token: int, category: str = "Zaak") -> str:
    return (f"<entry><title>{token}</title><category term=\"{category.lower()}\"/>"
            f'<link rel="next" href="{FEED}?skiptoken={token}&amp;category={category}"/>'
            f'<content type="application/xml">{entity}</content></entry>')


def zaak(prefix: str = "tk") -> str:
    # The shape of a live entity: default namespace tkData, the change attributes under some prefix.
    return (f'<zaak xmlns="http://www.tweedekamer.nl/xsd/tkData/v1-0" xmlns:{prefix}="http://www.tweedekamer.nl/xsd/tkData/v1-0"'
            ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
            f' id="{ZAAK.upper()}" {prefix}:bijgewerkt="2024-03-11T16:44:09.0095628+01:00" {prefix}:verwijderd="false">'
            f'<kamerstukdossier ref="{DOSSIER}"/><agendapunt ref="{AGENDAPUNT_1}"/><agendapunt ref="{AGENDAPUNT_2}"/>'
            "<nummer>2025Z00001</nummer><soort>Motie</soort><onderwerp>Motie over stikstof</onderwerp>"
            '<titel xsi:nil="true"/><volgnummer>12</volgnummer><afgedaan>true</afgedaan></zaak>')


def tombstone() -> str:
    return (f'<zaak xmlns="http://www.tweedekamer.nl/xsd/tkData/v1-0" xmlns:tk="http://www.tweedekamer.nl/xsd/tkData/v1-0"'
            f' id="{TOMBSTONE}" tk:bijgewerkt="2024-03-12T08:00:00Z" tk:verwijderd="true" />')


@pytest.mark.parametrize("prefix", ["tk", "ns1"])
def test_a_feed_page_gives_records_with_namespaced_attributes_nil_fields_and_repeated_refs(prefix: str) -> None:
    records, next_link, token = parse_feed_page(page(entry(zaak(prefix), 101), entry(tombstone(), 102)))
    live, gone = records
    assert (live.category, live.id, live.deleted) == ("zaak", ZAAK, False)
    assert live.changed == dt.datetime(2024, 3, 11, 15, 44, 9, 9562, tzinfo=dt.UTC)
    assert live.fields == {"nummer": "2025Z00001", "soort": "Motie", "onderwerp": "Motie over stikstof",
                           "titel": None, "volgnummer": "12", "afgedaan": "true"}
    assert live.refs == {"kamerstukdossier": (DOSSIER,), "agendapunt": (AGENDAPUNT_1, AGENDAPUNT_2)}
    assert (gone.id, gone.deleted, dict(gone.fields), dict(gone.refs)) == (TOMBSTONE, True, {}, {})
    # The next request is the last entry's next link, and its skiptoken is what to store.
    assert next_link == f"{FEED}?skiptoken=102&category=Zaak" and token == "102"


def test_an_empty_last_page_has_no_next_link_and_resumes_from_its_resume_link() -> None:
    resume = f'<link rel="resume" href="{FEED}?skiptoken=4711&amp;category=Zaak"/>'
    records, next_link, token = parse_feed_page(page(links=resume))
    assert (records, next_link, token) == ([], None, "4711")


def test_the_same_row_from_odata_is_the_same_record() -> None:
    row = {"Id": ZAAK, "Nummer": "2025Z00001", "Soort": "Motie", "Onderwerp": "Motie over stikstof", "Titel": None,
           "Volgnummer": 12, "Afgedaan": True, "GewijzigdOp": "2020-01-01T00:00:00Z",
           "ApiGewijzigdOp": "2024-03-11T15:44:09.0095628Z", "Verwijderd": False,
           "Kamerstukdossier": [{"Id": DOSSIER}], "Agendapunt": [{"Id": AGENDAPUNT_1}, {"Id": AGENDAPUNT_2}]}
    feed = parse_feed_page(page(entry(zaak(), 1))).records[0]
    odata = record_from_odata("Zaak", row)
    assert odata.changed == feed.changed  # ApiGewijzigdOp, not the source system's GewijzigdOp
    assert (odata.category, odata.id, odata.fields) == (feed.category, feed.id, feed.fields)
    assert odata.refs == feed.refs


def test_odata_links_of_a_commitment_are_lists_and_names_are_matched_without_case() -> None:
    person, party, letter = ("3e1f9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b", "4f2a0b1c-2d3e-4f4a-9b0c-1d2e3f4a5b6c",
                             "5a3b1c2d-3e4f-4a5b-8c1d-2e3f4a5b6c7d")
    row = {"id": ZAAK, "STATUS": "Afgedaan", "apigewijzigdop": "2025-01-02T03:04:05Z",
           "ToegezegdAan": [{"Persoon_Id": person, "Fractie_Id": None}, {"Persoon_Id": None, "Fractie_Id": party}],
           "KamerbriefNakoming": [{"Id": letter}]}
    record = record_from_odata("toezegging", row)
    assert record.fields == {"status": "Afgedaan"}
    assert record.refs == {"toegezegdAan": (person, party), "kamerbriefNakoming": (letter,)}


def test_a_renamed_property_is_a_table_override() -> None:
    table = NameTable().with_overrides({"zaak.onderwerp": "Omschrijving", "*.changed": "Gewijzigd"})
    record = record_from_odata("Zaak", {"Id": ZAAK, "Omschrijving": "x", "Gewijzigd": "2025-01-01T00:00:00Z"}, table)
    assert record.fields == {"onderwerp": "x"} and record.changed == dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    with pytest.raises(ValueError, match="geen veld 'onderwrep'"):
        NameTable().with_overrides({"zaak.onderwrep": "x"})


@pytest.mark.parametrize(("raw", "utc"), [
    ("2024-03-11T16:44:09.0095628Z", dt.datetime(2024, 3, 11, 16, 44, 9, 9562, tzinfo=dt.UTC)),
    ("2023-08-29T11:09:44+01:00", dt.datetime(2023, 8, 29, 10, 9, 44, tzinfo=dt.UTC)),
    ("2023-08-29T11:09:44-0130", dt.datetime(2023, 8, 29, 12, 39, 44, tzinfo=dt.UTC)),
    # No zone: Dutch local time (summer: +02:00, winter: +01:00).
    ("2019-06-28T23:59:41.5570000", dt.datetime(2019, 6, 28, 21, 59, 41, 557000, tzinfo=dt.UTC)),
    ("2019-01-28T12:00:00", dt.datetime(2019, 1, 28, 11, 0, tzinfo=dt.UTC)),
])
def test_timestamps_are_read_by_iso_8601_and_compared_in_utc(raw: str, utc: dt.datetime) -> None:
    assert parse_instant(raw) == utc


@pytest.mark.parametrize(("body", "message"), [
    (page(entry(zaak().replace("<volgnummer>12", "<volgnummer>twaalf"), 1)), "veld 'volgnummer' is geen geheel getal"),
    (page(entry(zaak().replace('tk:verwijderd="false"', 'tk:verwijderd="nee"'), 1)), "'verwijderd' is geen true/false"),
    (page(entry(zaak().replace(f'ref="{DOSSIER}"', 'ref="../../etc"'), 1)), "verwijzing 'kamerstukdossier' is geen id"),
    (b'<?xml version="1.0"?><!DOCTYPE f [<!ENTITY a "aaaaaaaaaa">]><feed xmlns="http://www.w3.org/2005/Atom">&a;</feed>',
     "DOCTYPE"),
    (page("<x>" * 40 + "</x>" * 40), "dieper genest"),
    (page(*["<entry></entry>"] * 5001), "meer dan 5000 records op één pagina"),
    (page(entry(zaak(), 1))[:-40], "onvolledig of ongeldig XML"),
    (b"<html><body>Onderhoud</body></html>", "geen Atom-feed"),
])
def test_what_does_not_fit_is_refused_by_name(body: bytes, message: str) -> None:
    with pytest.raises(RecordError, match=message):
        parse_feed_page(body, "pagina")


def test_a_wrongly_typed_odata_value_is_named() -> None:
    with pytest.raises(RecordError, match=r"stemming .*: veld 'fractieGrootte' is geen geheel getal"):
        record_from_odata("Stemming", {"Id": ZAAK, "FractieGrootte": "veel"})
    with pytest.raises(RecordError, match="veld 'soort' is geen enkelvoudige waarde"):
        record_from_odata("Stemming", {"Id": ZAAK, "Soort": {"a": 1}})


def test_category_names_compare_without_case() -> None:
    ident = "7b2c3d4e-5f60-4718-9a0b-1c2d3e4f5a6b"
    body = page(entry(f'<zaakactor xmlns="http://www.tweedekamer.nl/xsd/tkData/v1-0" id="{ident}"'
                      ' xmlns:tk="http://www.tweedekamer.nl/xsd/tkData/v1-0" tk:bijgewerkt="2024-01-01T00:00:00Z"'
                      f' tk:verwijderd="false"><zaak ref="{ZAAK}"/><relatie>Indiener</relatie></zaakactor>', 1,
                      "zaakactor"))
    (record,) = parse_feed_page(body).records
    assert (record.category, record.refs) == ("zaakActor", {"zaak": (ZAAK,)})
    assert record_from_odata("ZAAKACTOR", {"Id": ident, "Zaak_Id": ZAAK}).category == "zaakActor"
