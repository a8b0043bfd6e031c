"""`--help` and usage errors in Dutch: the words Typer and the click it bundles write themselves ("Usage:",
"[OPTIONS]", "Arguments", "Options", "Commands", "[required]", "Show this message and exit.", `<str>`,
`x>=1`, "Missing argument", "No such option").

Typer looks its own words up through gettext at the moment it writes them (typer.core's `_`), so a
Dutch lookup there changes them; click's usage prefix, its help option's text, its placeholders and its
ranges are fixed strings, changed on the formatter, the help option, the parameters and the range types.
click's usage errors have no lookup at all: usage_error() words them after the fact. Typer is pinned
(<0.29) in pyproject: tests/cli/test_help_nl.py fails when a new version moves these.
"""

from __future__ import annotations

import re
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

# What an option takes, by click's type name, where the option names nothing better itself.
TYPE_WORDS = {"str": "TEKST", "int": "GETAL", "int range": "GETAL", "float": "GETAL", "float range": "GETAL",
              "boolean": "JA|NEE", "path": "PAD", "file": "BESTAND", "datetime": "DATUM"}

# An argument as help and usage errors name it, by its name in the code, where it names nothing itself.
ARGUMENTS = {
    "item_id": "ID", "debate_id": "ID", "rule_id": "ID", "into_id": "DOEL", "kind": "SOORT", "title": "TITEL",
    "assignments": "VELD=WAARDE", "status": "STATUS", "text": "TEKST", "target": "URL|NUMMER", "when": "MOMENT",
    "ref": "NUMMER", "file": "BESTAND", "source": "BESTAND|-", "phrase": "ZIN",
}


def _dutch(message: str) -> str:
    return WORDS.get(message, message)


def describe_range(low: float | None, high: float | None, low_open: bool = False, high_open: bool = False) -> str:
    """A number range in words: '1 t/m 366', 'minstens 1', 'hoogstens 9', 'meer dan 0'."""
    if low is not None and high is not None and not (low_open or high_open):
        return f"{low} t/m {high}"
    parts = []
    if low is not None:
        parts.append(f"{'meer dan' if low_open else 'minstens'} {low}")
    if high is not None:
        parts.append(f"{'minder dan' if high_open else 'hoogstens'} {high}")
    return " en ".join(parts)


def install() -> None:
    """Put Typer's and click's help words in Dutch (once, before the app prints any help)."""
    import typer.core
    from typer._click import core as click_core
    from typer._click import formatting, types

    class DutchHelpFormatter(formatting.HelpFormatter):
        def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
            for english, dutch in USAGE_WORDS:
                args = args.replace(english, dutch)
            # Typer braces a required argument ({ID}); a name without brackets is required already.
            args = re.sub(r"\{([^{}]+)\}", r"\1", args)
            super().write_usage(prog, args, USAGE if prefix is None else prefix)

    get_help_option = click_core.Command.get_help_option

    def dutch_help_option(self: Any, ctx: Any) -> Any:
        option = get_help_option(self, ctx)
        if option is not None:
            option.help = HELP_OPTION
        return option

    argument_init = typer.core.TyperArgument.__init__

    def dutch_argument(self: Any, *args: Any, **kwargs: Any) -> None:
        argument_init(self, *args, **kwargs)
        if self.metavar is None and self.name:
            self.metavar = ARGUMENTS.get(self.name, self.name.upper())

    argument_metavar = typer.core.TyperArgument.make_metavar

    def repeatable_argument(self: Any, ctx: Any, *, usage: bool = False) -> str:
        # Typer drops the '...' of a repeatable argument that names itself.
        var = str(argument_metavar(self, ctx, usage=usage))
        return var if self.nargs == 1 or var.endswith("...") else f"{var}..."

    option_metavar = typer.core.TyperOption.make_metavar

    def dutch_option_metavar(self: Any, ctx: Any) -> str:
        if self.metavar is not None or self.type.get_metavar(param=self, ctx=ctx) is not None:
            return str(option_metavar(self, ctx))
        word = TYPE_WORDS.get(self.type.name, "WAARDE")
        return word if self.nargs == 1 else f"{word}..."

    def dutch_range(self: Any) -> str:
        return describe_range(self.min, self.max, self.min_open, self.max_open)

    typer.core._ = _dutch
    click_core.Context.formatter_class = DutchHelpFormatter
    click_core.Command.get_help_option = dutch_help_option  # type: ignore[method-assign]
    typer.core.TyperArgument.__init__ = dutch_argument  # type: ignore[method-assign]
    typer.core.TyperArgument.make_metavar = repeatable_argument  # type: ignore[method-assign]
    typer.core.TyperOption.make_metavar = dutch_option_metavar  # type: ignore[method-assign]
    types._NumberRangeBase._describe_range = dutch_range  # type: ignore[method-assign]


_USAGE_ERRORS: tuple[tuple[str, str], ...] = (
    (r"Invalid value for '?([^':]+)'?: '?(.*?)'? is not a valid (?:int|integer)(?: range)?\.?$",
     r"\1: '\2' is geen geheel getal"),
    (r"Invalid value for '?([^':]+)'?: '?(.*?)'? is not a valid float(?: range)?\.?$", r"\1: '\2' is geen getal"),
    (r"Invalid value for '?([^':]+)'?: (.*?) is not in the range (-?\d\S* t/m .*?)\.?$", r"\1: \2 valt buiten \3"),
    (r"Invalid value for '?([^':]+)'?: (.*?) is not in the range (.*?)\.?$", r"\1: \2 moet \3 zijn"),
    (r"Invalid value for '?([^':]+)'?: (.*)", r"\1: ongeldige waarde (\2)"),
    (r"No such command '(.*?)'\. Did you mean (.*?)\?$", r"onbekend commando '\1'; bedoel je \2?"),
    (r"No such command '(.*)'\.?", r"onbekend commando '\1' ({path} --help toont ze)"),
    (r"Missing command\.?", r"commando ontbreekt ({path} --help toont ze)"),
    # A negative number is read as an option: `show -5` meant an item's number (u11)
    (r"No such option: -(\d+)\b.*", r"-\1 is geen itemnummer (die beginnen bij 1) en geen optie"),
    (r"No such option: (\S+) \(Possible options: (.*)\)$", r"onbekende optie \1; bedoel je \2?"),
    (r"No such option: (\S+).*", r"onbekende optie \1"),
    (r"Missing argument '(.*)'\.?", r"\1 ontbreekt"),
    (r"Missing option '(.*)'\.?", r"optie \1 ontbreekt"),
    (r"Option '(.*)' requires an argument\.?", r"optie \1 heeft een waarde nodig"),
    (r"Option '(.*)' requires (\d+) arguments\.?", r"optie \1 heeft \2 waarden nodig"),
    (r"Option '(.*)' does not take a value\.?", r"optie \1 neemt geen waarde"),
    (r"Got unexpected extra argument\S* \((.*)\)", r"onverwacht extra argument: \1"),
)


def usage_error(message: str, path: str = "kamertaak") -> str:
    """A usage error of Typer's (the common ones) in Dutch; `path` is the command it happened in."""
    for pattern, replacement in _USAGE_ERRORS:
        if re.match(pattern, message):
            dutch = re.sub(pattern, replacement.replace("{path}", path), message, count=1)
            # Suggestions come as a list ('list', 'set'); the last one joins with 'of'.
            return re.sub(r"bedoel je (.*), ([^,]*)\?$", r"bedoel je \1 of \2?", dutch)
    return message


def nearest(typed: str, names: list[str]) -> list[str]:
    """The names a mistyped option or command most likely meant: those it begins (`--due` for `--due-before`),
    else those one slip away (a letter missed, added, swapped or wrong; two or three in a long word); none when
    nothing is that near. click's own choice ('--days' → '--party') counts the shared dashes as likeness."""
    key = _name_key(typed)
    if not key:
        return []
    begun = [name for name in names if len(key) >= 3 and _name_key(name).startswith(key) and _name_key(name) != key]
    if begun:
        return begun
    slips = 1 if len(key) <= 5 else 2 if len(key) <= 9 else 3
    distances = {name: _slips(key, _name_key(name)) for name in names}
    best = min(distances.values(), default=slips + 1)
    return [name for name in names if distances[name] == best <= slips]


def _name_key(name: str) -> str:
    """An option or command name as typed words compare: without dashes, '_' and case."""
    return re.sub(r"[-_]", "", name).lower()


def _slips(a: str, b: str) -> int:
    """How many letters added, dropped, changed or swapped with a neighbour make `a` into `b`."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        row = [i]
        for j, y in enumerate(b, start=1):
            cost = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (x != y))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                cost = min(cost, previous2[j - 2] + 1)
            row.append(cost)
        previous2, previous = previous, row
    return previous[-1]
