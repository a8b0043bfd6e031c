"""The help screen: every key that works here (after the user's keymap), and the filter words."""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Label, Static

from kamertaak.tui.filter_syntax import HELP as FILTER_HELP
from kamertaak.tui.present import MUTED_STYLE

# Textual's own keys worth knowing, in Dutch (by action); its other keys (the arrows in a list, scrolling)
# do what they look like and are left out.
FRAMEWORK_KEYS = {
    "app.focus_next": "Volgend onderdeel",
    "app.focus_previous": "Vorig onderdeel",
    "screen.copy_text": "Gekozen tekst kopiëren",
}


def key_rows(screen: Screen[object]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(everywhere, this screen): (keys, description) pairs for the bindings active on `screen`: kamertaak's
    own (each has an id) and a few of Textual's, all in Dutch."""
    everywhere: dict[str, list[str]] = {}
    here: dict[str, list[str]] = {}
    framework: dict[str, list[str]] = {}
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if binding.system or not binding.description:
            continue
        display = screen.app.get_key_display(binding.with_key(key))
        if binding.id is None:
            dutch = FRAMEWORK_KEYS.get(binding.action)
            if dutch is not None:
                framework.setdefault(dutch, []).append(display)
            continue
        target = everywhere if isinstance(active.node, App) else here
        # Dutch only: the binding id ([keymap]'s name for the command) is in the README, not on this screen;
        # two keys with one meaning (q and ctrl+q: Stop) share a row.
        target.setdefault(binding.description, []).append(display)

    def rows(found: dict[str, list[str]]) -> list[tuple[str, str]]:
        return [(" / ".join(keys), description) for description, keys in found.items()]

    return rows(everywhere) + rows(framework), rows(here)


class HelpScreen(ModalScreen[None]):
    """Lists the keys of the screen below it; any of Esc, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Sluit", id="help-close"),
    ]

    def __init__(self, below: Screen[object]) -> None:
        super().__init__()
        # Read now, while `below` is still on top: once this modal shows, the app hides its screen keys.
        self.everywhere, self.here = key_rows(below)

    def compose(self) -> ComposeResult:
        everywhere, here = self.everywhere, self.here
        with VerticalScroll(id="help-dialog", classes="dialog"):
            yield Label("Toetsen", classes="dialog-title")
            yield Static(self._table("Overal", everywhere))
            if here:
                yield Static(self._table("Op dit scherm", here))
            yield Static(Content.assemble(("Filter (/)\n", "bold"), (FILTER_HELP, "")))
            yield Static(Content.assemble(
                ("Muis\n", "bold"),
                "klik op een regel of kaart om te kiezen, dubbelklik om te openen; klik op een kolomkop om te sorteren",
            ))
            yield Static(Content.assemble(
                ("Eigen toetsen\n", "bold"),
                "in het configbestand: [keymap] met de naam van de opdracht = \"toets\", bv. quick-add = "
                "\"ctrl+n\" (alle namen staan in de README, bij The TUI)",
            ))
            yield Label("Esc sluit", classes="hint")

    @staticmethod
    def _table(title: str, rows: list[tuple[str, str]]) -> Content:
        lines = [Content.styled(title, "bold")]
        lines += [Content.assemble((f"  {keys:<18}", "$text-accent bold"), description) for keys, description in rows]
        if len(lines) == 1:
            lines.append(Content.styled("  geen", MUTED_STYLE))
        return Content("\n").join(lines)

    def action_close(self) -> None:
        self.dismiss(None)
