"""The Kamer's agenda: activities become debates, a moved or cancelled one shows it, and a deadline tied
to an activity follows the date the Kamer gives it. Pages are SyncFeed pages in the XSD's element names."""

from __future__ import annotations

from typing import Any

from kamertaak.core.history import history_lines
from kamertaak.store import queries
from kamertaak.store.register import RegisterMirror
from kamertaak.store.service import Store
from kamertaak.sync.followup import take_records
from tests.sync.kamer_feed import entity, guid, records

DEBATE, MOVED_TO, POINT, PLENARY = guid(1), guid(2), guid(3), guid(4)


def commissiedebat(ident: str = DEBATE, *, number: str = "2025A02180", date: str = "2025-04-16T00:00:00",
                   status: str = "Gepland", start: str | None = "2025-04-16T10:00:00",
                   replaces: str | None = None) -> str:
    return entity("activiteit", ident, {
        "soort": "Commissiedebat", "nummer": number, "onderwerp": "Zeden en (on)veiligheid vrouwen",
        "datumSoort": "Dag", "datum": date, "aanvangstijd": start, "eindtijd": None, "status": status,
        "voortouwnaam": "vaste commissie voor Justitie en Veiligheid", "voortouwafkorting": "J&V"},
        {"vervangenVanuit": replaces} if replaces else None)


def tweeminutendebat(*, date: str | None = None, soort: str = "Nog geen datum bekend") -> str:
    fields: dict[str, str | None] = {"soort": "Plenair debat (tweeminutendebat)", "nummer": "2025A04002",
                                     "onderwerp": "Tweeminutendebat Zeden en (on)veiligheid vrouwen (CD 3/4)",
                                     "datumSoort": soort, "status": "Gepland", "voortouwnaam": "Plenair",
                                     "voortouwafkorting": "TK"}
    if date is not None:
        fields["datum"] = date
    return entity("activiteit", PLENARY, fields)


def follow(store: Store, **rule: str) -> None:
    RegisterMirror(store.db, store.stamp).add_rule(**rule)


def debates(store: Store) -> list[dict[str, Any]]:
    return queries.list_debates(store.db)


def test_an_activity_of_a_followed_committee_becomes_a_debate_with_its_number_time_and_status(store: Store) -> None:
    follow(store, committee="Justitie en Veiligheid")
    other = entity("activiteit", guid(9), {"soort": "Commissiedebat", "nummer": "2025A02999",
                                           "onderwerp": "Pensioenen", "datum": "2025-04-16T00:00:00",
                                           "status": "Gepland", "voortouwnaam": "vaste commissie voor SZW",
                                           "voortouwafkorting": "SZW"})
    done = take_records(store, records(commissiedebat(), other))
    assert done.debates_created == 1
    [debate] = debates(store)
    assert (debate["kind"], debate["title"], debate["date"], debate["time"], debate["status"], debate["number"]) == (
        "commissiedebat", "Zeden en (on)veiligheid vrouwen", "2025-04-16", "10:00", "planned", "2025A02180")
    assert debate["committee"] == "vaste commissie voor Justitie en Veiligheid (J&V)"
    # Seen again, nothing changes.
    assert take_records(store, records(commissiedebat())).debates_updated == 0


def test_an_agenda_item_about_a_followed_topic_brings_its_activity_in(store: Store) -> None:
    follow(store, text="vrouwenopvang")
    quiet = entity("activiteit", DEBATE, {"soort": "Commissiedebat", "nummer": "2025A02180",
                                          "onderwerp": "Diverse onderwerpen", "datum": "2025-04-16T00:00:00",
                                          "status": "Gepland"})
    assert take_records(store, records(quiet)).debates_created == 0
    point = entity("agendapunt", POINT, {"onderwerp": "Capaciteit vrouwenopvang", "volgorde": "1"},
                   {"activiteit": DEBATE})
    assert take_records(store, records(point)).debates_created == 1
    assert [d["number"] for d in debates(store)] == ["2025A02180"]


def test_a_moved_activity_moves_its_debate_and_the_deadline_tied_to_it(store: Store) -> None:
    follow(store, committee="J&V")
    take_records(store, records(commissiedebat()))
    item = store.add_item("deadline", "Inbreng commissiedebat", due="2025-04-16")
    store.add_register(item, "2025A02180")
    # The Kamer moves the meeting: the old one says Verplaatst, the new one points back at it.
    take_records(store, records(commissiedebat(status="Verplaatst")))
    [debate] = debates(store)
    assert (debate["status"], debate["date"]) == ("moved", "2025-04-16")
    done = take_records(store, records(commissiedebat(MOVED_TO, number="2025A02311", date="2025-05-14T00:00:00",
                                                      start="2025-05-14T14:00:00+02:00", replaces=DEBATE)))
    assert done.dues_moved == 1
    [debate] = debates(store)
    assert (debate["date"], debate["time"], debate["status"], debate["number"]) == (
        "2025-05-14", "14:00", "moved", "2025A02311")
    view = queries.get_item(store.db, item, store.today())
    assert view is not None and view["due"] == "2025-05-14"
    [line] = [h for h in history_lines(view["history"]) if "verschoven" in h]
    assert line.endswith("(tweedekamer): termijn verschoven van 16 april 2025 naar 14 mei 2025 (register)")
    # The old meeting seen again does not take the debate back.
    take_records(store, records(commissiedebat(status="Verplaatst", date="2025-04-17T00:00:00")))
    assert [(d["date"], d["number"]) for d in debates(store)] == [("2025-05-14", "2025A02311")]


def test_a_cancelled_activity_is_marked_and_leaves_the_deadline_alone(store: Store) -> None:
    follow(store, committee="J&V")
    take_records(store, records(commissiedebat()))
    item = store.add_item("deadline", "Inbreng commissiedebat", due="2025-04-16")
    store.add_register(item, "2025A02180")
    take_records(store, records(commissiedebat(status="Geannuleerd")))
    [debate] = debates(store)
    assert debate["status"] == "cancelled"
    view = queries.get_item(store.db, item, store.today())
    assert view is not None and view["due"] == "2025-04-16"


def test_an_unscheduled_tweeminutendebat_keeps_the_estimate_until_the_kamer_plans_it(store: Store) -> None:
    item = store.add_item("deadline", "Tweeminutendebat Zeden", due="volgende week")
    store.add_register(item, "2025A04002")
    estimate = queries.get_item(store.db, item, store.today())
    assert estimate is not None and estimate["due"] == "2025-04-18"
    take_records(store, records(tweeminutendebat()))
    [debate] = debates(store)  # tied, so on the agenda, without a date yet
    assert (debate["kind"], debate["date"], debate["status"]) == ("tweeminutendebat", None, "planned")
    view = queries.get_item(store.db, item, store.today())
    assert view is not None and (view["due"], view["due_phrase"]) == ("2025-04-18", "volgende week")
    take_records(store, records(tweeminutendebat(date="2025-04-23T00:00:00+02:00", soort="Dag")))
    view = queries.get_item(store.db, item, store.today())
    assert view is not None and view["due"] == "2025-04-23"
    assert queries.agenda(store.db, store.today())["debates"][0]["number"] == "2025A04002"


def test_undo_takes_a_synced_debate_change_back(store: Store) -> None:
    follow(store, committee="J&V")
    take_records(store, records(commissiedebat()))
    take_records(store, records(commissiedebat(status="Geannuleerd")))
    assert "terug zoals het was" in store.undo()
    assert debates(store)[0]["status"] == "planned"
