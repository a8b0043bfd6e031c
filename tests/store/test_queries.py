"""Shared queries: the open-status shortcut and the agenda's sections."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from kamertaak.core import kinds
from kamertaak.store import queries
from kamertaak.store.service import Store


def test_open_status_list_means_not_final_for_the_kind() -> None:
    for kind, lc in kinds.LIFECYCLES.items():
        for status in lc.statuses:
            assert (status in queries.OPEN_STATUSES) == kinds.is_open(kind, status), (kind, status)


def test_agenda_sections_split_by_date(store: Store) -> None:
    # today is Thursday 2025-04-10 (tests/conftest.py)
    late = store.add_item("commitment", "te laat", due="2025-04-01")
    now = store.add_item("task", "vandaag", due="2025-04-10")
    week = store.add_item("deadline", "vrijdag", due="2025-04-11")
    soon = store.add_item("motion", "over twee weken", due="2025-04-20")
    store.add_item("task", "later", due="2025-06-01")
    hidden = store.add_item("task", "verborgen", due="2025-04-01", hide_until="2025-05-01")
    done = store.add_item("commitment", "voldaan", due="2025-04-01")
    store.set_status(done, "done")
    store.add_debate("Tweeminutendebat", kind="tweeminutendebat", date="2025-04-16")
    store.add_debate("Ver weg", date="2025-09-01")
    a = queries.agenda(store.db, dt.date(2025, 4, 10), days=14)
    assert [i["id"] for i in a["overdue"]] == [late]
    assert [i["id"] for i in a["today"]] == [now]
    assert [i["id"] for i in a["week"]] == [week]
    assert [i["id"] for i in a["soon"]] == [soon]
    assert hidden not in [i["id"] for section in ("overdue", "today", "week", "soon") for i in a[section]]
    assert [d["title"] for d in a["debates"]] == ["Tweeminutendebat"]


def test_agenda_caps_sections_but_counts_everything(store: Store) -> None:
    with store.db.transaction():
        for n in range(5):
            store.add_item("task", f"te laat {n}", due="2025-04-0" + str(n + 1))
    a = queries.agenda(store.db, dt.date(2025, 4, 10), cap=2)
    assert len(a["overdue"]) == 2 and a["overdue_count"] == 5
    assert [i["title"] for i in a["overdue"]] == ["te laat 0", "te laat 1"]


def test_sorts_forward_and_reversed(store: Store) -> None:
    b = store.add_item("task", "Bravo", due="2025-05-01")
    a = store.add_item("motion", "alfa", due="2025-06-01")
    c = store.add_item("commitment", "Charlie")
    day = dt.date(2025, 4, 10)

    def ids(sort: str) -> list[int]:
        return [i["id"] for i in queries.list_items(store.db, queries.ItemFilter(sort=sort), day)]

    assert ids("due") == [b, a, c]
    assert ids("-due") == [a, b, c]
    assert ids("title") == [a, b, c]
    assert ids("-title") == [c, b, a]
    assert ids("kind") == [c, a, b]
    assert ids("updated") == [c, a, b]


def test_search_finds_words_actors_and_numbers_without_duplicates(store: Store) -> None:
    text = store.add_item("commitment", "Brief over vrouwenopvang", text="zorg om de wachttijden")
    person = store.add_item("motion", "Motie", actors=["Van Nispen (SP)", "Nispen-Jansen (CDA)"])
    number = store.add_item("motion", "Andere motie", registers=["36600, nr. 12"])
    day = dt.date(2025, 4, 10)

    def found(term: str) -> list[int]:
        return [i["id"] for i in queries.list_items(store.db, queries.ItemFilter(search=term, sort="id"), day)]

    assert found("wachttijd") == [text]
    assert found("nispen") == [person]
    assert found("36600") == [number]
    assert found("opvang vrouwen") == [text]  # parts of a compound find it (issue 14)
    assert found("opvang mannen") == []
    assert queries.parties(store.db) == ["CDA", "SP"]


def test_item_links_reads_many_items_at_once(store: Store) -> None:
    a = store.add_item("task", "met links")
    b = store.add_item("task", "zonder links")
    c = store.add_item("task", "één link")
    store.add_link(a, "https://example.org/1", "eerste")
    store.add_link(c, "https://example.org/3")
    store.add_link(a, "https://example.org/2", "tweede")
    links = queries.item_links(store.db, [a, b, c])
    assert set(links) == {a, c}
    assert [(link["url"], link["label"]) for link in links[a]] == [("https://example.org/1", "eerste"),
                                                                  ("https://example.org/2", "tweede")]
    assert set(links[c][0]) == {"id", "url", "label"}


def test_one_debate_by_id_or_by_title_and_date(store: Store) -> None:
    first = store.add_debate("Wonen", kind="commissiedebat", date="2025-04-03")
    store.add_debate("Wonen", date="2025-05-01")
    store.add_item("task", "bellen", debate_id=first)
    assert queries.get_debate(store.db, first) == next(d for d in queries.list_debates(store.db) if d["id"] == first)
    assert queries.get_debate(store.db, 99) is None
    assert queries.debate_with(store.db, "Wonen", "2025-04-03") == first
    assert queries.debate_with(store.db, "Wonen", "2025-04-04") is None


def test_dated_filter_leaves_out_items_without_a_due_date(store: Store) -> None:
    dated = store.add_item("task", "met datum", due="2025-05-01")
    store.add_item("task", "zonder datum")
    store.add_item("task", "onbekende zin", due="als het uitkomt")
    items = queries.list_items(store.db, queries.ItemFilter(dated=True), dt.date(2025, 4, 10))
    assert [i["id"] for i in items] == [dated]


def test_an_actor_filter_finds_an_office_however_it_is_written(store: Store) -> None:
    """ "minister OCW" (as offices were named before) and "minister van Onderwijs, Cultuur en Wetenschap" find the
    office stored as "minister van OCW"; a part of a name still finds that name."""
    ocw = store.add_item("task", "Bellen", actors=["minister van Onderwijs, Cultuur en Wetenschap"])
    store.add_item("task", "Anders", actors=["minister van SZW"])
    day = dt.date(2025, 4, 10)
    for typed in ("minister OCW", "minister van Onderwijs, Cultuur en Wetenschap", "van OCW", "OCW"):
        assert [i["id"] for i in queries.list_items(store.db, queries.ItemFilter(actor=typed), day)] == [ocw], typed
    assert len(queries.list_items(store.db, queries.ItemFilter(actor="minister"), day)) == 2


def test_topic_filter_takes_part_of_a_name(store: Store) -> None:
    shelter = store.add_item("task", "Bellen", topics=["vrouwenopvang"])
    store.add_item("task", "Anders", topics=["politie"])
    found = queries.list_items(store.db, queries.ItemFilter(topic="Opvang"), dt.date(2025, 4, 10))
    assert [i["id"] for i in found] == [shelter]


def test_the_typed_item_shapes_are_the_json_shapes(store: Store) -> None:
    """queries.ItemView and ItemDetail (what mypy checks the faces against) name exactly the keys that
    list --json and show --json print."""
    item = store.add_item("motion", "Motie", actors=["Van Nispen (SP)"], topics=["opvang"])
    day = store.today()
    [view] = queries.list_items(store.db, queries.ItemFilter(), day)
    assert set(view) == queries.ItemView.__required_keys__
    assert queries.ItemView.__optional_keys__ == {"reminder"}
    detail = queries.get_item(store.db, item, day)
    assert detail is not None and set(detail) == queries.ItemDetail.__required_keys__


def test_the_first_page_in_due_order_is_read_from_an_index_not_sorted(store: Store,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The table's first page of a filter: live items walked in due order (undated last, the id breaking
    ties) and checked until the page is full, so a filter matching most of 100,000 items does not sort
    them all (migration 0009)."""
    day = dt.date(2025, 4, 10)
    with store.db.transaction():
        made = [store.add_item("task", f"Opvang {n}", due=f"2025-05-{1 + n % 28:02d}" if n % 3 else None)
                for n in range(60)]
    store.delete_item(made[1])
    asked: list[tuple[str, Any]] = []
    query = store.db.query

    def recording(sql: str, params: Any = None) -> list[dict[str, Any]]:
        asked.append((sql, params))
        return query(sql, params)

    monkeypatch.setattr(store.db, "query", recording)
    # The plan is SQLite's (EXPLAIN QUERY PLAN); on PostgreSQL the order and paging below still hold.
    for text in ("", "opvang", "opvang 1") if store.db.dialect == "sqlite" else ():
        asked.clear()
        queries.list_items(store.db, queries.ItemFilter(search=text or None, sort="due", limit=10), day)
        sql, params = next((q, p) for q, p in asked if q.startswith("SELECT i.* FROM item i"))
        plan = " ".join(r["detail"] for r in query(f"EXPLAIN QUERY PLAN {sql}", params))
        assert "ix_item_due_order" in plan and "TEMP B-TREE" not in plan, (text, plan)
    monkeypatch.undo()
    everything = queries.list_items(store.db, queries.ItemFilter(sort="due"), day)
    first = queries.list_items(store.db, queries.ItemFilter(sort="due", limit=10, offset=10), day)
    assert [i["id"] for i in first] == [i["id"] for i in everything][10:20]
    dated = [i["due"] for i in everything if i["due"]]
    assert dated == sorted(dated) and all(i["due"] is None for i in everything[len(dated):])
    assert made[1] not in [i["id"] for i in everything] and len(everything) == 59
