"""A search word of one or two characters matches the start of a word ('op' finds 'opvang' and 'Op de
agenda', not 'koop'): as a part anywhere it would match nearly every item, and reading every text to
find that out took the TUI's filter 0.3 s per keystroke at 100,000 items.

SQLite: a second FTS5 table over the same folded text as item_fts (0006), with FTS5's word tokenizer and
prefix indexes for one and two characters; contentless, so it stores no second copy of the text. The
triggers on item now keep both tables. PostgreSQL reads short words with a regular expression and needs
no index for it.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# As in 0006 (tests/store/test_search.py holds both equal to the store's).
FOLD_FROM = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿ"
FOLD_TO = "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyy"
FOLD_DROP = "\u0300\u0301\u0302\u0303\u0308\u030a\u0327"
_CHUNK = 15


def sqlite_fold(expression: str) -> str:
    """0006's folding: FOLD_FROM replaced by FOLD_TO, FOLD_DROP removed, fifteen replace() to a subquery."""
    pairs = [*zip(FOLD_FROM, FOLD_TO, strict=True), *((mark, "") for mark in FOLD_DROP)]
    inner = f"(SELECT {expression} AS f)"
    for start in range(0, len(pairs), _CHUNK):
        folded = "f"
        for old, new in pairs[start:start + _CHUNK]:
            folded = f"replace({folded}, '{old}', '{new}')"
        inner = f"(SELECT {folded} AS f FROM {inner})"
    return f"(SELECT f FROM {inner})"


_NEW = sqlite_fold("new.title || ' ' || new.text")
# A contentless table forgets a row only when told what it held: the folded text, read from item_fts.
_FORGET = ("INSERT INTO item_fts_words(item_fts_words, rowid, body)"
           " SELECT 'delete', rowid, body FROM item_fts WHERE rowid = old.id;")
_REMEMBER = "INSERT INTO item_fts_words(rowid, body) SELECT rowid, body FROM item_fts WHERE rowid = new.id;"
TRIGGERS = {
    "item_fts_ai": f"AFTER INSERT ON item BEGIN INSERT INTO item_fts(rowid, body) VALUES (new.id, {_NEW}); {_REMEMBER}"
                   " END",
    "item_fts_ad": f"AFTER DELETE ON item BEGIN {_FORGET} DELETE FROM item_fts WHERE rowid = old.id; END",
    "item_fts_au": f"AFTER UPDATE OF title, text ON item BEGIN {_FORGET} DELETE FROM item_fts WHERE rowid = old.id;"
                   f" INSERT INTO item_fts(rowid, body) VALUES (new.id, {_NEW}); {_REMEMBER} END",
}
OLD_TRIGGERS = {
    "item_fts_ai": f"AFTER INSERT ON item BEGIN INSERT INTO item_fts(rowid, body) VALUES (new.id, {_NEW}); END",
    "item_fts_ad": "AFTER DELETE ON item BEGIN DELETE FROM item_fts WHERE rowid = old.id; END",
    "item_fts_au": "AFTER UPDATE OF title, text ON item BEGIN DELETE FROM item_fts WHERE rowid = old.id;"
                   f" INSERT INTO item_fts(rowid, body) VALUES (new.id, {_NEW}); END",
}


def _triggers(definitions: dict[str, str]) -> None:
    for name, body in definitions.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(f"CREATE TRIGGER {name} {body}")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE VIRTUAL TABLE item_fts_words USING fts5(body, content='', tokenize='unicode61',"
               " prefix='1 2')")
    op.execute("INSERT INTO item_fts_words(rowid, body) SELECT rowid, body FROM item_fts")
    _triggers(TRIGGERS)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _triggers(OLD_TRIGGERS)
    op.execute("DROP TABLE IF EXISTS item_fts_words")
