"""Search as a Dutch user types it, the same on SQLite and PostgreSQL: part of a compound finds the
compound ('coöperaties' finds 'energiecoöperaties'), diacritics and case do not matter, and a word may
stand in the title, the text, a topic, the debate's title, an actor or a register number."""

from __future__ import annotations

import importlib.util
from typing import Any

import pytest

from kamertaak.store import db as dbmod
from kamertaak.store import queries
from kamertaak.store.service import Store

MIGRATION = dbmod.migrations_dir() / "versions" / "0006_substring_search.py"


def found(store: Store, text: str) -> list[int]:
    f = queries.ItemFilter(search=text, sort="id")
    ids = [i["id"] for i in queries.list_items(store.db, f, store.today())]
    assert queries.count_items(store.db, f, store.today()) == len(ids)
    return ids


def test_part_of_a_compound_finds_it_whatever_the_diacritics_and_case(store: Store) -> None:
    compound = store.add_item("commitment", "Ruimte voor energiecoöperaties", text="Het net is vol")
    plain = store.add_item("task", "Coöperaties bellen", text="over de subsidie")
    decomposed = store.add_item("task", "Reactie van de coo\u0308peratie", text="(tekst in ontbonden vorm)")
    store.add_item("task", "Brief over opvang", text="De staatssecretaris stuurt een brief")
    assert found(store, "coöperaties") == [compound, plain]
    assert found(store, "cooperaties") == [compound, plain]
    assert found(store, "COÖPERATIE") == [compound, plain, decomposed]
    assert found(store, "Energiecooperaties") == [compound]
    assert found(store, "opvang staatssecr") == [4]  # every word must occur, a part of a word will do
    assert found(store, "opvang coöperaties") == []
    assert found(store, "brief,") == [4]  # punctuation around a word is no part of it


def test_topics_debate_titles_and_actors_are_searched_too(store: Store) -> None:
    debate = store.add_debate("Commissiedebat Netcongestie", date="2025-04-03")
    in_debate = store.add_item("commitment", "Brief over wachtrijen", debate_id=debate)
    with_topic = store.add_item("task", "Valente bellen", topics=["Vrouwenopvang"])
    with_actor = store.add_item("motion", "Motie over de politie", actors=["Van Nispen (SP)"])
    store.add_item("task", "Iets anders")
    assert found(store, "netcongestie") == [in_debate]
    assert found(store, "congestie brief") == [in_debate]  # words may come from different places
    assert found(store, "opvang") == [with_topic]
    assert found(store, "nispen politie") == [with_actor]
    assert found(store, "SP") == [with_actor]
    # The index follows changes: a renamed debate, new topics, a new title.
    store.follow_activity("act-1", {"title": "Plenair debat"})  # another debate: nothing moves
    with store.db.transaction():
        store.db.execute("UPDATE debate SET title = :t WHERE id = :d", {"t": "Commissiedebat Stikstof", "d": debate})
    assert found(store, "netcongestie") == [] and found(store, "stikstof") == [in_debate]
    store.update_item(with_topic, {"topics": ["huiselijk geweld"]})
    assert found(store, "opvang") == [] and found(store, "geweld") == [with_topic]
    store.update_item(in_debate, {"title": "Brief over coöperaties"})
    assert found(store, "wachtrijen") == [] and found(store, "cooperaties") == [in_debate]
    store.delete_item(in_debate)
    assert found(store, "cooperaties") == []


def test_short_words_symbols_and_operators_are_plain_text(store: Store) -> None:
    percent = store.add_item("task", "50% minder uitstoot", text="a_b")
    store.add_item("task", "500 euro", text="axb")
    quoted = store.add_item("task", 'De "regeling" en J&V')
    assert found(store, "50%") == [percent]  # % and _ are letters here, not wildcards
    assert found(store, "a_b") == [percent]
    assert found(store, "j&v") == [quoted]
    assert found(store, '"regeling"') == [quoted]
    assert found(store, 'ling" en') == [quoted]
    assert found(store, "50") == [1, 2]  # shorter than three characters: the start of a word
    for hostile in ("'); drop table item; --", "!&|:*", "NEAR(a b)", "title:x", "\\\\", "**", "x*"):
        assert found(store, hostile) == []
    assert found(store, "   ") == [1, 2, 3]


def test_one_or_two_characters_match_the_start_of_a_word(store: Store) -> None:
    debate = store.add_debate("Debat over OV-tarieven", date="2025-04-03")
    opvang = store.add_item("task", "Opvang regelen", text="bellen")
    agenda = store.add_item("task", "Wat staat er op de agenda?")
    koop = store.add_item("task", "Koopkracht", text="koop")
    tarief = store.add_item("task", "Tarieven", debate_id=debate, actors=["Dijk (SP)"])
    assert found(store, "op") == [opvang, agenda]  # not 'koop'
    assert found(store, "OP") == [opvang, agenda]
    assert found(store, "ov") == [tarief]  # after a hyphen, in the debate's title
    assert found(store, "sp") == [tarief]  # the party, not 'gesprek' nor 'Dijk'
    assert found(store, "de") == [agenda, tarief]  # "de", "Debat"
    # One character is no search word (it is in most items): the list is not narrowed by it.
    assert found(store, "k") == [opvang, agenda, koop, tarief]
    assert found(store, "k op") == [opvang, agenda]
    assert found(store, "op koop") == []
    assert found(store, "opv") == [opvang] and found(store, "oop") == [koop]  # three: any part


def _migration(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, MIGRATION.with_name(f"{name}.py"))
    assert spec is not None and spec.loader is not None
    migration: Any = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    return migration


def test_the_folding_is_the_same_in_the_migration_and_in_the_query(store: Store, backend: str) -> None:
    migration = _migration("0006_substring_search")
    for made in (migration, _migration("0007_word_start_search")):
        assert (made.FOLD_FROM, made.FOLD_TO, made.FOLD_DROP) == (dbmod.FOLD_FROM, dbmod.FOLD_TO, dbmod.FOLD_DROP)
    assert len(dbmod.FOLD_FROM) == len(dbmod.FOLD_TO)
    item = store.add_item("task", "Ÿ Çà Ñoël", text="Ærø coöperatie Å")
    if backend == "sqlite":
        # What the triggers stored is what fold() makes of the text, letter for letter.
        body = store.db.scalar("SELECT body FROM item_fts WHERE rowid = :i", {"i": item})
        assert body == dbmod.fold("Ÿ Çà Ñoël Ærø coöperatie Å") == "Ÿ Ca Noel Ærø cooperatie A"
    else:
        assert store.db._folded("title || ' ' || text") == migration.PG_EXPRESSION


def test_postgresql_search_uses_the_trigram_index(store: Store, backend: str) -> None:
    if backend != "postgresql":
        pytest.skip("PostgreSQL's index; SQLite's FTS5 table is used by construction")
    store.add_item("task", "Energiecoöperaties")
    with store.db.transaction():
        store.db.execute("SET LOCAL enable_seqscan = off")  # a handful of rows: make the planner show its hand
        params: dict[str, Any] = {}
        sql = store.db.word_search("coöperaties", "w", params)
        rows = store.db.query(f"EXPLAIN {sql}", params)
    plan = "\n".join(str(next(iter(r.values()))) for r in rows)
    assert "ix_item_search_trgm" in plan, plan


def test_without_pg_trgm_the_upgrade_succeeds_and_search_still_finds_compounds(pg_server: Any) -> None:
    name, url = pg_server.create(empty=True)
    try:
        blocker = dbmod.connect(url)
        # CREATE EXTENSION pg_trgm now fails (its similarity(text, text) exists), as it does for a role
        # that may not create extensions.
        blocker.execute("CREATE FUNCTION similarity(text, text) RETURNS real LANGUAGE sql AS 'SELECT 0::real'")
        blocker.close()
        store = Store.open(url)
        try:
            assert store.db.schema_revision() == dbmod.SCHEMA_HEAD
            assert not store.db.query("SELECT 1 FROM pg_indexes WHERE indexname = 'ix_item_search_trgm'")
            item = store.add_item("task", "Energiecoöperaties")
            assert found(store, "cooperaties") == [item]
        finally:
            store.close()
    finally:
        pg_server.drop(name)
