"""The command palette's own commands: go to an item by title, switch board, filter by party,
export this week, triage a text, and the app's keys as commands."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher

from kamertaak.core.kinds import KINDS, lifecycle
from kamertaak.core.labels import KIND_PLURALS, kind_label, status_label
from kamertaak.core.text import one_line

if TYPE_CHECKING:
    from kamertaak.store.queries import ItemView
    from kamertaak.store.service import Store
    from kamertaak.tui.app import KamertaakApp

TITLE_HITS = 12


def literal_highlight(matcher: Matcher, text: str) -> Content:
    """The matched letters marked in `text` taken literally (Matcher.highlight parses markup, and a
    party name comes from the store)."""
    content = Content(text)
    score, offsets = matcher.fuzzy_search.match(matcher.query, text)
    if not score:
        return content
    for offset in offsets:
        if not text[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class KamertaakCommands(Provider):
    """Commands that make sense anywhere in kamertaak; the parties come from the actors in the store
    (read on the store thread when the palette opens; any party typed after "partij" works too)."""

    parties: tuple[str, ...] = ()

    async def startup(self) -> None:
        from kamertaak.store.queries import parties

        try:
            found = await asyncio.wrap_future(self.kt.gate.submit(lambda s: parties(s.db)))
        except Exception:  # without the list the palette still offers "partij <typed>"
            return
        self.parties = tuple(str(p) for p in found)

    @property
    def kt(self) -> KamertaakApp:
        return cast("KamertaakApp", self.app)

    def _fixed(self) -> list[tuple[str, Callable[[], None], str]]:
        kt = self.kt
        commands: list[tuple[str, Callable[[], None], str]] = [
            ("Agenda", partial(kt.action_show_mode, "agenda"), "naar de agenda van vandaag"),
            ("Lijst van alle items", partial(kt.action_show_mode, "table"), "tabel, filter en zoek"),
            ("Nieuw item", kt.action_quick_add, "snel toevoegen"),
            ("Triage: tekst inlezen", kt.action_triage, "voorstellen uit een debattekst (bestand of debat)"),
            ("Registerinbox", kt.action_register_inbox, "nieuwe registerrecords van je volgregels: opnemen, wegleggen"),
            ("Ongedaan maken", kt.action_undo, "de laatste wijziging terugdraaien"),
            ("Help: alle toetsen", kt.action_help, ""),
        ]
        for kind in KINDS:
            commands.append((f"Bord: {KIND_PLURALS[kind]}", partial(kt.filter_board, kind),
                             f"de {KIND_PLURALS[kind]} per status"))
        for party in self.parties:
            commands.append((f"Filter op partij: {one_line(party)}", partial(kt.filter_table, f'partij:"{party}"'),
                             "lijst van items met deze partij"))
        commands.append(("Exporteer deze week", self._export_week, "weekoverzicht in Markdown, in de huidige map"))
        commands.extend(self._status_moves())
        return commands

    def _move(self, items: list[ItemView], how: str) -> None:
        self.kt.move_status(items, how)

    def _status_moves(self) -> list[tuple[str, Callable[[], None], str]]:
        """Every status the item under the cursor may move to ("Status: verworpen"), also those `[ ]` pass
        over; on the table's marked rows, those of the first."""
        from kamertaak.tui.screens.base import DataScreen

        items = self.screen.status_items() if isinstance(self.screen, DataScreen) else []
        if not items:
            return []
        item = items[0]
        kind, status = item["kind"], item["status"]
        return [
            (f"Status: {status_label(kind, new)}", partial(self._move, items, f"to:{new}"),
             f"{kind_label(kind)} van {status_label(kind, status)} naar {status_label(kind, new)}")
            for new in lifecycle(kind).allowed(status)
        ]

    async def discover(self) -> Hits:
        for name, callback, help_text in self._fixed():
            if not name.startswith("Filter op partij"):
                yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._fixed():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, literal_highlight(matcher, name), callback, help=help_text)
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

        def find(store: Store) -> list[ItemView]:
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
