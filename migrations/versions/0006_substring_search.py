"""Search finds parts of Dutch compounds and ignores diacritics: 'coöperaties' and 'cooperaties' both
find 'energiecoöperaties', in titles and texts, topics, debate titles and actors.

SQLite (3.34 and later): FTS5 tables with the trigram tokenizer (any three characters in a row), over
the text with its diacritics folded away; triggers keep them in step with item, topic, debate and actor.
An older SQLite has no trigram tokenizer: the same tables with FTS5's default tokenizer, which the
search then reads with LIKE (still finds compounds, without the index's speed).
PostgreSQL: a pg_trgm GIN index over the folded title and text. CREATE EXTENSION may be refused (a role
that may not create it, an older server without the extension): then no index, and search reads the
rows (the same results, slower). The Dutch word-stem index of 0003 is not used any more and goes.

The folding (FOLD_*) is written out here as the store's search reads it (kamertaak.store.db; a test
holds the two the same): a change to it needs a new migration that rebuilds the index.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from alembic import op
from sqlalchemy.exc import DBAPIError

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

FOLD_FROM = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿ"
FOLD_TO = "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyy"
FOLD_DROP = "\u0300\u0301\u0302\u0303\u0308\u030a\u0327"  # combining accents (text in decomposed form)

# PostgreSQL: the index over exactly the expression the search compares (translate drops FOLD_DROP).
PG_INDEX = "ix_item_search_trgm"
PG_EXPRESSION = f"translate(title || ' ' || text, '{FOLD_FROM}{FOLD_DROP}', '{FOLD_TO}')"
OLD_PG_INDEX = "ix_item_search_dutch"
OLD_PG_EXPRESSION = "to_tsvector('dutch', title || ' ' || text)"

# SQLite: search table -> (table it follows, its document from a row r, the columns the document reads).
SEARCH_TABLES = {
    "item_fts": ("item", "{r}.title || ' ' || {r}.text", "title, text"),
    "item_fts_topic": ("topic", "{r}.name", "name"),
    "item_fts_debate": ("debate", "{r}.title", "title"),
    "item_fts_actor": ("actor", "{r}.name || ' ' || {r}.party || ' ' || {r}.ministry", "name, party, ministry"),
}
# SQLite's parser takes a limited nesting depth: the replace() calls go fifteen to a subquery.
_CHUNK = 15


def sqlite_fold(expression: str) -> str:
    """SQL for `expression` with FOLD_FROM replaced by FOLD_TO and FOLD_DROP removed (plain SQL, so any
    connection that writes, also one outside kamertaak, keeps the search tables right)."""
    pairs = [*zip(FOLD_FROM, FOLD_TO, strict=True), *((mark, "") for mark in FOLD_DROP)]
    inner = f"(SELECT {expression} AS f)"
    for start in range(0, len(pairs), _CHUNK):
        folded = "f"
        for old, new in pairs[start:start + _CHUNK]:
            folded = f"replace({folded}, '{old}', '{new}')"
        inner = f"(SELECT {folded} AS f FROM {inner})"
    return f"(SELECT f FROM {inner})"


def _sqlite_upgrade() -> None:
    for name in ("item_fts_ai", "item_fts_ad", "item_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS item_fts")
    version = tuple(int(p) for p in str(op.get_bind().exec_driver_sql("SELECT sqlite_version()").scalar()).split("."))
    tokenizer = " tokenize='trigram'" if version >= (3, 34) else ""
    for table, (source, document, columns) in SEARCH_TABLES.items():
        new = sqlite_fold(document.format(r="new"))
        op.execute(f"CREATE VIRTUAL TABLE {table} USING fts5(body,{tokenizer})")
        op.execute(f"CREATE TRIGGER {table}_ai AFTER INSERT ON {source} BEGIN"
                   f" INSERT INTO {table}(rowid, body) VALUES (new.id, {new}); END")
        op.execute(f"CREATE TRIGGER {table}_ad AFTER DELETE ON {source} BEGIN"
                   f" DELETE FROM {table} WHERE rowid = old.id; END")
        op.execute(f"CREATE TRIGGER {table}_au AFTER UPDATE OF {columns} ON {source} BEGIN"
                   f" DELETE FROM {table} WHERE rowid = old.id;"
                   f" INSERT INTO {table}(rowid, body) VALUES (new.id, {new}); END")
        # Fill it through the trigger just made: the rows already there, folded the same way.
        first = columns.split(",")[0]
        op.execute(f"UPDATE {source} SET {first} = {first}")


def _pg_upgrade() -> None:
    op.execute(f"DROP INDEX IF EXISTS {OLD_PG_INDEX}")
    bind = op.get_bind()
    try:
        with bind.begin_nested():  # a refusal rolls back to here, not the whole upgrade
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DBAPIError:
        return
    # The operator class lives in the schema the extension was created in (not always on the path).
    schema = bind.exec_driver_sql("SELECT n.nspname FROM pg_opclass c JOIN pg_namespace n ON n.oid = c.opcnamespace"
                                  " WHERE c.opcname = 'gin_trgm_ops'").scalar()
    op.execute(f'CREATE INDEX IF NOT EXISTS {PG_INDEX} ON item USING gin (({PG_EXPRESSION}) "{schema}".gin_trgm_ops)')


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_upgrade()
    elif dialect == "postgresql":
        _pg_upgrade()


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {PG_INDEX}")
        op.execute(f"CREATE INDEX IF NOT EXISTS {OLD_PG_INDEX} ON item USING gin ({OLD_PG_EXPRESSION})")
        return
    if dialect != "sqlite":
        return
    for table in SEARCH_TABLES:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {table}")
    # 0001's search table, filled again from the items.
    op.execute("CREATE VIRTUAL TABLE item_fts USING fts5(title, text, content='item', content_rowid='id',"
               " tokenize='unicode61 remove_diacritics 2')")
    op.execute("CREATE TRIGGER item_fts_ai AFTER INSERT ON item BEGIN"
               " INSERT INTO item_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END")
    op.execute("CREATE TRIGGER item_fts_ad AFTER DELETE ON item BEGIN"
               " INSERT INTO item_fts(item_fts, rowid, title, text)"
               " VALUES ('delete', old.id, old.title, old.text); END")
    op.execute("CREATE TRIGGER item_fts_au AFTER UPDATE OF title, text ON item BEGIN"
               " INSERT INTO item_fts(item_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);"
               " INSERT INTO item_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END")
    op.execute("INSERT INTO item_fts(item_fts) VALUES ('rebuild')")
