"""The JSON backup as text: the store's dump in one fixed layout, and a file read back into a document.

The layout is part of the promise "export, import, export again gives the same bytes": keys sorted,
rows in key order (the store's dump), two-space indent, UTF-8 without escapes except for the characters a
terminal would act on (core.text.terminal_json), one final newline.
"""

from __future__ import annotations

import json
from typing import Any

from kamertaak.core.text import terminal_json
from kamertaak.store.db import Database
from kamertaak.store.restore import RestoreError, dump


def render(document: dict[str, Any]) -> str:
    return terminal_json(json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True)) + "\n"


def export_json(db: Database) -> str:
    """The whole database as a backup document."""
    return render(dump(db))


def parse(text: str | bytes) -> Any:
    """A backup file's JSON; a RestoreError with line and column when it is not JSON at all."""
    try:
        return json.loads(text.decode("utf-8-sig") if isinstance(text, bytes) else text)
    except UnicodeDecodeError:
        raise RestoreError("geen tekstbestand (verwacht een JSON-backup in UTF-8)") from None
    except json.JSONDecodeError as exc:
        raise RestoreError(f"geen geldige JSON (regel {exc.lineno}, kolom {exc.colno}: {exc.msg})") from None
    except RecursionError:
        raise RestoreError("geen kamertaak-backup: de JSON is te diep genest") from None
