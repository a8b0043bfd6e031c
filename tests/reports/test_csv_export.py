"""CSV for spreadsheets: readable by the csv module, one row per item, no formula injection."""

from __future__ import annotations

import csv
import datetime as dt
import io

from kamertaak.reports.spreadsheet import COLUMNS, items_csv
from kamertaak.store.queries import ItemFilter, list_items
from kamertaak.store.service import Store


def test_csv_reads_back_with_the_csv_module(rstore: Store) -> None:
    rstore.add_item("commitment", 'Brief, met "aanhalingstekens"', due="2025-05-01", actors=["Van Nispen (SP)"],
                    topics=["opvang", "geld"], text="regel 1\nregel 2")
    rstore.add_item("task", "=HYPERLINK(\"http://evil\")", due="2025-04-01")
    rstore.add_item("task", "-1+1")
    text = items_csv(list_items(rstore.db, ItemFilter(sort="id"), dt.date(2025, 4, 10)))
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [r["nummer"] for r in rows] == ["1", "2", "3"]
    assert list(rows[0]) == [label for _, label in COLUMNS]
    assert rows[0]["titel"] == 'Brief, met "aanhalingstekens"'
    assert rows[0]["actoren"] == "Van Nispen (SP)"
    assert rows[0]["onderwerpen"] == "geld; opvang"
    assert rows[0]["termijn"] == "2025-05-01"
    assert rows[1]["te laat"] == "ja"
    assert rows[1]["titel"].startswith("'=")
    assert rows[2]["titel"] == "'-1+1"
