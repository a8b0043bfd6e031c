"""The footer of every screen: each key once, never cut off.

Textual's Footer lists every shown binding in one line and lets the ones that do not fit run off the
edge. This one leaves out the key of the main screen the user is already on, and when the line is still
too long for the terminal it leaves out the keys least needed there, one at a time (the help, ?, lists
every key and is never left out; nor are Esc and the screen's own keys before the app-wide ones).
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.cells import cell_len
from textual import events
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

# How long a key stays when room runs out, by action (higher stays longer); a screen's own keys not
# named here rank SCREEN_KEY, Esc (back, cancel) ranks ESCAPE.
RANKS: dict[str, int] = {
    "help": 100,
    "status('done')": 60,
    "undo": 55,
    "edit": 50,
    "quick_add": 45,
    "filter": 40,
    "toggle_mark": 38,
    "owner": 36,
    "show_mode('agenda')": 33,
    "show_mode('table')": 32,
    "show_mode('boards')": 31,
}
SCREEN_KEY = 70
ESCAPE = 90


def key_width(key: FooterKey) -> int:
    """Columns a compact footer key takes: 'k Label' and the space after it."""
    label = f"{key.key_display} {key.description}" if key.description else key.key_display
    return cell_len(label) + 1


class KeyFooter(Footer):
    """A compact footer that fits its width (see the module's words)."""

    def __init__(self) -> None:
        super().__init__(compact=True)
        self._laid_out_for = 0

    def compose(self) -> Iterable[Widget]:
        widgets = list(super().compose())
        palette = [w for w in widgets if isinstance(w, FooterKey) and w.has_class("-command-palette")]
        here = f"show_mode('{self.app.current_mode}')"
        keys = [w for w in widgets if isinstance(w, FooterKey) and w not in palette and w.action != here]
        width = self.size.width
        self._laid_out_for = width
        if width:
            room = width - sum(key_width(w) for w in palette)
            by_need = sorted(range(len(keys)), key=lambda i: (self._rank(keys[i]), -i))
            used = sum(key_width(w) for w in keys)
            left_out: set[int] = set()
            for i in by_need:
                if used <= room:
                    break
                if self._rank(keys[i]) >= RANKS["help"]:
                    continue
                left_out.add(i)
                used -= key_width(keys[i])
            keys = [k for i, k in enumerate(keys) if i not in left_out]
        yield from keys
        yield from palette

    def _rank(self, key: FooterKey) -> int:
        if key.key == "escape":
            return ESCAPE
        return RANKS.get(key.action, SCREEN_KEY)

    def on_resize(self, event: events.Resize) -> None:
        if event.size.width != self._laid_out_for and self._bindings_ready:
            self.call_after_refresh(self.recompose)
