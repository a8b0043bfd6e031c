"""The field mapping on its own: statuses, dates, tolerant parsing, motions' outcomes, SyncFeed entities."""

from __future__ import annotations

import datetime as dt

import pytest

from kamertaak.sync.mapping import (
    MappingError,
    commitment_status,
    holds_decision,
    ids_filter,
    map_commitment,
    map_decision,
    map_motion,
    parse_bool,
    parse_date,
    parse_timestamp,
)
from kamertaak.sync.syncfeed import parse_feed
from tests.sync.shapes import besluit, motie, toezegging


@pytest.mark.parametrize(("raw", "status"), [
    ("Openstaand", "open"), ("Voldaan", "done"), ("Afgedaan", "done"), ("Deels Voldaan", "partial"),
    ("Deels afgedaan", "partial"), ("  deels   AFGEDAAN ", "partial"), ("Vervallen", "lapsed"),
])
def test_both_spellings_of_every_status_are_known(raw: str, status: str) -> None:
    assert commitment_status(raw) == (status, False)


def test_an_unknown_status_is_kept_and_flagged_not_dropped() -> None:
    entry = map_commitment(toezegging("TZ202501-001", status="Niet nagekomen"))
    assert (entry.raw_status, entry.status, entry.status_unknown) == ("Niet nagekomen", None, True)


def test_dates_zero_date_and_timestamps_without_zone() -> None:
    assert parse_date("0001-01-01T00:00:00Z") is None
    assert parse_date("2025-06-30T00:00:00+02:00") == "2025-06-30"  # the register's own day, not UTC's
    assert parse_timestamp("0001-01-01T00:00:00Z") is None
    naive = parse_timestamp("2019-06-28T23:59:41.5570000")
    assert naive == dt.datetime(2019, 6, 28, 23, 59, 41, 557000, tzinfo=dt.UTC)
    assert parse_timestamp("2025-11-25T14:23:42.1679245Z") == dt.datetime(2025, 11, 25, 14, 23, 42, 167924,
                                                                          tzinfo=dt.UTC)
    assert parse_timestamp("gisteren") is None
    assert [parse_bool(v) for v in (True, "True", "true", "false", None, ["True", "false"])] == [
        True, True, True, False, False, True]


def test_commitment_fields_from_the_documented_shape() -> None:
    entry = map_commitment(toezegging("TZ202603-130", naam="Herbert, H.G.",
                                      functie="Minister van Economische Zaken en Klimaat",
                                      ministerie="Economische Zaken en Klimaat"))
    assert entry.number == "TZ202603-130" and entry.due is None and entry.made_on == "2025-03-19"
    assert entry.actors == [{"name": "Herbert, H.G.", "party": "", "role": "minister",
                             "ministry": "Economische Zaken en Klimaat"}]
    assert entry.committee.startswith("Landbouw") and entry.activity["number"] == "2025A00793"


def test_a_record_without_a_needed_field_names_it() -> None:
    record = toezegging("TZ202501-001")
    del record["Nummer"]
    with pytest.raises(MappingError, match="'Nummer'"):
        map_commitment(record)
    with pytest.raises(MappingError, match="'Id'"):
        map_commitment({"Nummer": "TZ202501-001"})


def test_a_deleted_row_with_nulled_fields_maps_to_a_tombstone() -> None:
    entry = map_commitment(toezegging("", deleted=True))
    assert entry.deleted and entry.number == "" and entry.status is None


def test_motion_takes_the_latest_final_decision_and_its_votes() -> None:
    record = motie("2025Z22235", indieners=[("Bikker", "ChristenUnie"), ("Erkens", "VVD")], besluiten=[
        besluit("Stemmen - aangehouden", changed="2025-11-18T15:00:00+01:00"),
        besluit("Agenderen - algemeen overleg", changed="2025-11-30T15:00:00+01:00"),  # procedure, not fate
        besluit("Stemmen - verworpen", changed="2025-12-02T15:00:00+01:00", status="Voorstel"),  # a proposal
        besluit("Stemmen - aangenomen", changed="2025-11-25T15:23:38.367+01:00",
                votes=[("VVD", "Voor", 24), ("SP", "Tegen", 5), ("ChristenUnie", "Voor", 3)]),
    ])
    record["Besluit"][-1]["Stemming"].append({"Soort": "Tegen", "ActorFractie": "DENK", "FractieGrootte": 3,
                                              "Vergissing": True})
    entry = map_motion(record)
    assert (entry.status, entry.raw_status, entry.status_unknown) == ("adopted", "Stemmen - aangenomen", False)
    assert entry.kamerstuk == "21501-20, nr. 2333" and entry.number == "2025Z22235"
    assert entry.votes == {"Voor": ["VVD", "ChristenUnie"], "Tegen": ["SP"]} and entry.tally == {"Voor": 27, "Tegen": 5}
    assert [a["name"] for a in entry.actors] == ["Bikker", "Erkens"] and entry.parties == ["ChristenUnie", "VVD"]
    assert entry.appreciation == "Oordeel Kamer" and entry.committee == "vaste commissie voor Europese Zaken"


def test_motion_without_decision_is_submitted_and_an_odd_vote_is_flagged() -> None:
    assert map_motion(motie("2025Z20036")).status == "submitted"
    odd = map_motion(motie("2025Z20036", besluiten=[besluit("Stemmen - gesplitst", changed="2025-11-25T15:00:00Z")]))
    assert (odd.status, odd.raw_status, odd.status_unknown) == ("submitted", "Stemmen - gesplitst", True)


def test_syncfeed_entities_with_repeated_and_unknown_elements() -> None:
    body = ('<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title>'
            '<link rel="next" href="http://127.0.0.1/Feed?skiptoken=7&amp;category=Toezegging"/>'
            '<content><tk:toezegging xmlns:tk="http://www.tweedekamer.nl/xsd/tkData/v1-0" id="g1"'
            ' verwijderd="False" bijgewerkt="2024-12-16T15:01:11"><tk:toegezegdAan ref="p1"/><tk:toegezegdAan/>'
            "<tk:nummer>TZ202412-116</tk:nummer><tk:status>Openstaand</tk:status>"
            "<tk:kamerbriefNakoming>2025D01</tk:kamerbriefNakoming><tk:kamerbriefNakoming>2025D02</tk:kamerbriefNakoming>"
            "<tk:datumNakoming>2025-03-31T00:00:00</tk:datumNakoming><tk:nieuwVeld>?</tk:nieuwVeld>"
            '</tk:toezegging></content></entry><entry><title>y</title><content><toezegging id="g2" verwijderd="True"'
            ' bijgewerkt="2024-12-17T10:00:00"/></content></entry></feed>')
    page = parse_feed(body, "http://127.0.0.1/Feed")
    first, tomb = (map_commitment(e.record) for e in page.entries)
    assert first.letters == ["2025D01", "2025D02"] and first.due == "2025-03-31" and first.status == "open"
    assert first.changed_at == "2024-12-16T15:01:11Z" and not first.deleted
    assert tomb.deleted and page.resume == "7"


def test_a_decision_names_the_motions_it_is_about_and_whether_we_hold_its_version() -> None:
    vote = besluit("Stemmen - aangenomen", changed="2025-11-25T15:23:38.367+01:00")
    zaak = motie("2025Z20036", ident="e10688d3-ba68-457b-a2a1-95dae0ee7e2e", besluiten=[vote])
    record = {**vote, "Zaak": [{"Id": zaak["Id"], "Soort": "Motie"},
                               {"Id": "87c756ef-94c8-4e3c-8342-0177bb9ca28e", "Soort": "Amendement"}]}
    decision = map_decision(record)
    assert decision.motions == [zaak["Id"]] and not decision.deleted
    assert decision.changed_at == "2025-11-25T14:23:38Z"
    assert holds_decision(zaak, decision)
    assert not holds_decision(motie("2025Z20036", besluiten=[]), decision)
    assert not holds_decision(zaak, map_decision({**record, "GewijzigdOp": "2025-11-26T09:00:00Z"}))
    tombstone = map_decision({"Id": vote["Id"], "Verwijderd": "True", "GewijzigdOp": "2025-11-26T09:00:00"})
    assert tombstone.deleted and tombstone.motions == []
    assert not holds_decision(zaak, tombstone) and holds_decision(motie("2025Z20036"), tombstone)
    with pytest.raises(MappingError, match="'Id' ontbreekt"):
        map_decision({"BesluitSoort": "Stemmen - verworpen"})


def test_motions_are_asked_for_by_guid_only() -> None:
    ident = "e10688d3-ba68-457b-a2a1-95dae0ee7e2e"
    assert ids_filter([ident]) == f"(Id eq {ident})"
    with pytest.raises(MappingError, match="geen GUID"):
        ids_filter([ident, "x' or true or Id eq 'y"])
