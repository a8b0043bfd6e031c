"""The weekly report as one self-contained HTML page that survives a mail client, Outlook included.

The Markdown report is rendered by markdown-it-py (CommonMark with GFM tables, raw HTML off, so data
that the Markdown escaped stays text). Outlook's Word engine drops <style> blocks and classes, so
every element carries its look in a `style` attribute, tables also say `border`, `cellpadding` and
`cellspacing` the old way, and nothing is loaded from elsewhere: the only addresses in the page are
the links the report itself makes (debate sources and item links).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

_FONT = "font-family:Calibri,Arial,Helvetica,sans-serif"
_CELL = "border:1px solid #b7b7b7;padding:4px 6px;vertical-align:top"
STYLES: dict[str, str] = {
    "h1": f"{_FONT};font-size:20px;font-weight:bold;color:#1f1f1f;margin:0 0 8px 0",
    "h2": f"{_FONT};font-size:16px;font-weight:bold;color:#1f1f1f;margin:20px 0 6px 0;"
          "border-bottom:1px solid #b7b7b7;padding-bottom:2px",
    "h3": f"{_FONT};font-size:14px;font-weight:bold;color:#1f1f1f;margin:12px 0 4px 0",
    "p": f"{_FONT};font-size:14px;color:#1f1f1f;margin:6px 0",
    "ul": f"{_FONT};font-size:14px;color:#1f1f1f;margin:6px 0;padding-left:22px",
    "li": "margin:2px 0",
    "table": f"{_FONT};font-size:13px;color:#1f1f1f;border-collapse:collapse;border:1px solid #b7b7b7;"
             "margin:6px 0",
    "th": f"{_CELL};background-color:#eeeeee;font-weight:bold;text-align:left",
    "td": _CELL,
    "a": "color:#0b57a4;text-decoration:underline",
    "em": "font-style:italic",
    "strong": "font-weight:bold",
}
# The attributes Outlook reads on a table where it ignores CSS.
TABLE_ATTRS = {"border": "1", "cellpadding": "4", "cellspacing": "0"}
BODY_STYLE = f"margin:0;padding:16px;background-color:#ffffff;{_FONT};font-size:14px;color:#1f1f1f"


def _parser() -> Any:
    from markdown_it import MarkdownIt

    # No raw HTML and no images: the page loads nothing and data stays text.
    return MarkdownIt("commonmark", {"html": False}).enable("table").disable("image")


def _style(tokens: Sequence[Any]) -> None:
    for token in tokens:
        if token.children:
            _style(token.children)
        if token.nesting != 1 or token.tag not in STYLES:
            continue
        style = STYLES[token.tag]
        # markdown-it's own style is a column's alignment (text-align:right): it replaces the default, and
        # is also said as align="right", which Outlook honours on a cell.
        own = str(token.attrGet("style") or "")
        if own.startswith("text-align:"):
            align = own.removeprefix("text-align:")
            style = style.replace(";text-align:left", "") + f";text-align:{align}"
            token.attrSet("align", align)
        token.attrSet("style", style)
        if token.tag == "table":
            for name, value in TABLE_ATTRS.items():
                token.attrSet(name, value)


def markdown_to_html(markdown: str, title: str) -> str:
    """The whole page: DOCTYPE, head with charset and title, the report with inline styles."""
    parser = _parser()
    tokens = parser.parse(markdown)
    _style(tokens)
    body = parser.renderer.render(tokens, parser.options, {})
    return (
        "<!DOCTYPE html>\n"
        '<html lang="nl">\n'
        "<head>\n"
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n"
        "</head>\n"
        f'<body style="{BODY_STYLE}">\n'
        f"{body}"
        "</body>\n"
        "</html>\n"
    )
