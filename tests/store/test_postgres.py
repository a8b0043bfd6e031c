"""PostgreSQL itself: the migrations up and down, the schema as declared, and its search index.
(The store, CLI and sync tests run here too, through the `backend` parameter of conftest.py.)"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine
from sqlmodel import SQLModel

from kamertaak.store import db as dbmod
from kamertaak.store import (
    models,  # noqa: F401
)
from kamertaak.store.db import SCHEMA_HEAD, SCHEMA_REVISIONS, DatabaseError, open_database
from kamertaak.store.service import Store


@pytest.fixture
def empty_pg(pg_server: Any) -> Iterator[str]:
    name, url = pg_server.create(empty=True)
    yield url
    pg_server.drop(name)


def _search_index(url: str, name: str = "ix_item_search_trgm") -> list[str]:
    db = dbmod.connect(url)
    rows = db.query("SELECT indexdef FROM pg_indexes WHERE tablename = 'item' AND indexname = :n", {"n": name})
    db.close()
    return [r["indexdef"] for r in rows]


def test_migrations_run_up_from_empty_down_and_up_again_keeping_data(empty_pg: str) -> None:
    store = Store.open(empty_pg)
    assert store.db.dialect == "postgresql" and store.db.schema_revision() == SCHEMA_HEAD
    assert "gin_trgm_ops" in _search_index(empty_pg)[0] and "translate" in _search_index(empty_pg)[0]
    assert _search_index(empty_pg, "ix_item_search_dutch") == []  # 0003's word-stem index is gone
    item_id = store.add_item("commitment", "Brief over opvang", due="2025-05-01")
    dbmod.run_alembic(store.db, "downgrade", SCHEMA_REVISIONS[SCHEMA_REVISIONS.index("0006") - 1])  # before it
    assert _search_index(empty_pg) == [] and "'dutch'" in _search_index(empty_pg, "ix_item_search_dutch")[0]
    store.close()
    reopened = Store.open(empty_pg)
    assert reopened.db.schema_revision() == SCHEMA_HEAD and _search_index(empty_pg)
    assert reopened.db.scalar("SELECT title FROM item WHERE id = :i", {"i": item_id}) == "Brief over opvang"
    dbmod.run_alembic(reopened.db, "downgrade", "base")
    assert reopened.db.tables() == {"alembic_version"}
    dbmod.run_alembic(reopened.db, "upgrade", "head")
    assert reopened.db.schema_revision() == SCHEMA_HEAD
    reopened.close()


def test_models_and_migrations_agree_on_postgresql(pg_url: str) -> None:
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        # The search index and the due-order index are expression indexes that only the migrations know.
        opts = {"include_name": lambda name, type_, parents: name not in ("ix_item_search_trgm", "ix_item_due_order")}
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), SQLModel.metadata)
    engine.dispose()
    assert diff == []


def test_a_foreign_postgresql_database_is_refused(empty_pg: str) -> None:
    db = dbmod.connect(empty_pg)
    db.execute("CREATE TABLE contacts (name TEXT)")
    db.close()
    with pytest.raises(DatabaseError, match="geen kamertaak-database"):
        open_database(empty_pg)
