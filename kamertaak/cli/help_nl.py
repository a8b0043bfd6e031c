"""`--help` in Dutch: the words Typer and the click it bundles write themselves ("Usage:", "[OPTIONS]",
"Arguments", "Options", "Commands", "[required]", "Show this message and exit.").

Typer looks its own words up through gettext at the moment it writes them (typer.core's `_`), so a
Dutch lookup there changes them; click's usage prefix and its help option's text are fixed strings,
changed on the formatter and on the help option as it is made. Typer is pinned (<0.29) in pyproject:
tests/cli/test_help_nl.py fails when a new version moves these.
"""

from __future__ import annotations

from typing import Any

WORDS = {
    "Arguments": "Argumenten",
    "Options": "Opties",
    "Commands": "Commando's",
    "required": "verplicht",
    "default: {default}": "standaard: {default}",
    "env var: {var}": "omgevingsvariabele: {var}",
    "(dynamic)": "(wisselend)",
    "Aborted!": "Afgebroken.",
}
HELP_OPTION = "Toon deze hulp en stop."
USAGE = "Gebruik: "


# The usage line's placeholders, as click writes them.
USAGE_WORDS = (("[OPTIONS]", "[OPTIES]"), ("COMMAND [ARGS]...", "COMMANDO [ARGUMENTEN]..."))


def _dutch(message: str) -> str:
    return WORDS.get(message, message)


def install() -> None:
    """Put Typer's and click's help words in Dutch (once, before the app prints any help)."""
    import typer.core
    from typer._click import core as click_core
    from typer._click import formatting

    class DutchHelpFormatter(formatting.HelpFormatter):
        def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
            for english, dutch in USAGE_WORDS:
                args = args.replace(english, dutch)
            super().write_usage(prog, args, USAGE if prefix is None else prefix)

    get_help_option = click_core.Command.get_help_option

    def dutch_help_option(self: Any, ctx: Any) -> Any:
        option = get_help_option(self, ctx)
        if option is not None:
            option.help = HELP_OPTION
        return option

    typer.core._ = _dutch
    click_core.Context.formatter_class = DutchHelpFormatter
    click_core.Command.get_help_option = dutch_help_option  # type: ignore[method-assign]
