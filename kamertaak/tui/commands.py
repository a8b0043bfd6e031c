"""The command palette's own commands: go to an item by title, switch board, filter by party,
export this week, and the app's keys as commands."""

from __future__ import annotations

import asyncio
import importlib.util
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from kamertaak.core.kinds import KINDS
from kamertaak.core.labels import KIND_PLURALS, kind_label
from kamertaak.core.text import one_line

if TYPE_CHECKING:
    from kamertaak.tui.app import KamertaakApp

# The parties in the Tweede Kamer (2023–); the palette also offers any party typed after "partij".
PARTIES = ("PVV", "GL-PvdA", "VVD", "NSC", "D66", "BBB", "CDA", "SP", "DENK", "PvdD", "FvD", "SGP",
           "ChristenUnie", "Volt", "JA21", "50PLUS", "BIJ1")
TITLE_HITS = 12


def weekly_export() -> Callable[..., Any] | None:
    """The weekly report function when the reports package has one (else the command is left out)."""
    if importlib.util.find_spec("kamertaak.reports.markdown") is None:
        return None
    from kamertaak.reports import markdown

    for name in ("weekly_report", "week_report", "render_week"):
        fn = getattr(markdown, name, None)
        if callable(fn):
            return cast("Callable[..., Any]", fn)
    return None


class KamertaakCommands(Provider):
    """Commands that make sense anywhere in kamertaak."""

    @property
    def kt(self) -> KamertaakApp:
        return cast("KamertaakApp", self.app)

    def _fixed(self) -> list[tuple[str, Callable[[], None], str]]:
        kt = self.kt
        commands: list[tuple[str, Callable[[], None], str]] = [
            ("Agenda", partial(kt.action_show_mode, "agenda"), "naar de agenda van vandaag"),
            ("Lijst van alle items", partial(kt.action_show_mode, "table"), "tabel, filter en zoek"),
            ("Nieuw item", kt.action_quick_add, "snel toevoegen"),
            ("Ongedaan maken", kt.action_undo, "de laatste wijziging terugdraaien"),
            ("Help: alle toetsen", kt.action_help, ""),
        ]
        for kind in KINDS:
            commands.append((f"Bord: {KIND_PLURALS[kind]}", partial(kt.filter_board, kind),
                             f"de {KIND_PLURALS[kind]} per status"))
        for party in PARTIES:
            commands.append((f"Filter op partij: {party}", partial(kt.filter_table, f"partij:{party}"),
                             "lijst van items met deze partij"))
        if weekly_export() is not None:
            commands.append(("Exporteer deze week", self._export_week, "weekoverzicht in Markdown"))
        return commands

    async def discover(self) -> Hits:
        for name, callback, help_text in self._fixed():
            if not name.startswith("Filter op partij"):
                yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._fixed():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
        words = query.split()
        if len(words) >= 2 and words[0].lower() in ("partij", "party"):
            party = " ".join(words[1:])
            yield Hit(1.0, Content(f"Filter op partij: {one_line(party)}"),
                      partial(self.kt.filter_table, f'partij:"{party}"'), help="zoals je het typte")
        async for hit in self._titles(query, matcher):
            yield hit

    async def _titles(self, query: str, matcher: Any) -> Hits:
        """Items whose title or text matches, searched on the store thread (the UI never waits)."""
        text = query.strip()
        if len(text) < 2:
            return
        from kamertaak.store.queries import ItemFilter, list_items

        def find(store: Any) -> list[dict[str, Any]]:
            f = ItemFilter(search=text, limit=TITLE_HITS, sort="updated")
            return list_items(store.db, f, store.today())

        try:
            items = await asyncio.wrap_future(self.kt.gate.submit(find))
        except Exception:  # a search that fails (odd FTS input) offers nothing rather than crashing
            return
        for item in items:
            title = one_line(item["title"], 70)
            label = f"Ga naar #{item['id']} {kind_label(item['kind'])}: {title}"
            score = matcher.match(title) or 0.5
            # Content(label) keeps a title with "[bold]" literal; highlight only marks matched letters.
            yield Hit(score, Content(label), partial(self.kt.open_item, item["id"]), help=item["status_label"])

    def _export_week(self) -> None:
        self.kt.export_week()
