"""Alembic environment: runs on the connection kamertaak hands over, or on the configured URL."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import create_engine
from sqlmodel import SQLModel

from kamertaak.store import models  # noqa: F401  (registers the tables on SQLModel.metadata)

config = context.config


# Made by hand in the migrations, unknown to the models: SQLite's FTS5 tables and PostgreSQL's indexes.
SEARCH_INDEXES = ("ix_item_search_dutch", "ix_item_search_trgm")


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Leave the full-text search objects out of autogenerate."""
    if type_ == "table" and name is not None and name.startswith("item_fts"):
        return False
    return not (type_ == "index" and name in SEARCH_INDEXES)


OPTIONS: dict[str, Any] = {
    "target_metadata": SQLModel.metadata,
    "include_name": include_name,
    "render_as_batch": True,
    # kamertaak hands over one connection in one transaction (store.db.run_alembic): every migration of
    # an upgrade commits together or not at all.
    "transaction_per_migration": False,
}


def run_migrations_offline() -> None:
    context.configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True, **OPTIONS)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, **OPTIONS)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(str(config.get_main_option("sqlalchemy.url")))
    with engine.connect() as conn:
        context.configure(connection=conn, **OPTIONS)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
