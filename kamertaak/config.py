"""The user's settings: one optional TOML file, environment overrides, and the one source of "today"."""

from __future__ import annotations

import datetime as dt
import getpass
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import tzinfo
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kamertaak.core.errors import ConfigError, os_reason

if TYPE_CHECKING:
    from kamertaak.core.calendar import Calendar

APP = "kamertaak"

DEFAULT_REMINDERS: dict[str, list[str]] = {
    "commitment": ["7 dagen voor", "1 dag voor"],
    "motion": ["1 dag voor"],
    "deadline": ["7 dagen voor", "1 dag voor"],
    "task": ["1 dag voor"],
    "question": ["1 dag voor"],
}

DEFAULT_TWEEDEKAMER: dict[str, str] = {
    "base_url": "https://gegevensmagazijn.tweedekamer.nl",
    # v4/2.0 closed on 1 October 2026; the renames of v5 are not documented where we could read them
    # (docs/sync.md): [tweedekamer.odata_names] overrides any entity or property name.
    "odata_path": "/OData/v5/",
    "syncfeed_path": "/SyncFeed/2.0/Feed",
}


# Reminder times without a zone (09:00 on the day, "2025-04-20T09:30") are local time here; the calendar
# feed turns them into UTC with it. The Tweede Kamer sits in The Hague.
DEFAULT_TIMEZONE = "Europe/Amsterdam"


def _user_config_dir() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP))


def _user_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP))


@dataclass(frozen=True)
class Settings:
    """Effective settings after the file and the environment have been read."""

    path: Path
    exists: bool
    user: str
    db: str
    today_pin: dt.date | None
    reminders: dict[str, list[str]]
    keymap: dict[str, str]
    calendar: list[dict[str, Any]] = field(default_factory=list)
    tweedekamer: dict[str, str] = field(default_factory=dict)
    odata_names: dict[str, str] = field(default_factory=dict)
    sections_cap: int = 50
    timezone: str = DEFAULT_TIMEZONE
    mail: dict[str, Any] = field(default_factory=dict)  # the [mail] table as written (see reports.mail)

    def as_dict(self) -> dict[str, Any]:
        return {
            "config_file": str(self.path),
            "config_file_exists": self.exists,
            "user": self.user,
            "db": _shown_db(self.db),
            "today": self.today_pin.isoformat() if self.today_pin else None,
            "reminders": self.reminders,
            "keymap": self.keymap,
            "calendar_additions": len(self.calendar),
            "tweedekamer": self.tweedekamer,
            "odata_names": self.odata_names,
            "sections_cap": self.sections_cap,
            "timezone": self.timezone,
            "mail": {k: v for k, v in self.mail.items() if k != "password"},
        }


def _shown_db(target: str) -> str:
    """The database setting without its password (PGPASSWORD or ~/.pgpass keep it out of the URL)."""
    from kamertaak.store.db import shown_target

    return shown_target(target)


def config_path() -> Path:
    env = os.environ.get("KAMERTAAK_CONFIG")
    return Path(env).expanduser() if env else _user_config_dir() / "config.toml"


def default_db_path() -> Path:
    return _user_data_dir() / "kamertaak.db"


# -- what the config file may hold ---------------------------------------------------------------------
# Every key with the check of its value; a check raises ConfigError naming the key (dotted: keymap.help).
# Anything not listed is refused by name, so a typo ("remnders") is never silently ignored.

Check = Callable[[Any, str], None]

# The TUI's binding ids a [keymap] may name (tests/tui check this against the TUI's own bindings).
KEYMAP_IDS: frozenset[str] = frozenset({
    "agenda", "agenda-dismiss", "agenda-snooze", "board-card-down", "board-card-up", "board-column-left",
    "board-column-right", "board-kind-1", "board-kind-2", "board-kind-3", "board-kind-4", "board-kind-5",
    "board-leave-filter", "board-next-kind", "board-open", "boards", "command-palette", "conflict-cancel",
    "conflict-keep-mine", "conflict-keep-theirs", "detail-back", "detail-note", "detail-note-editor",
    "detail-open-link", "edit", "filter", "form-cancel", "form-save", "grid-down", "grid-end", "grid-home",
    "grid-mark", "grid-open", "grid-page-down", "grid-page-up", "grid-up", "help", "help-close", "inbox-accept",
    "inbox-back", "inbox-dismiss", "inbox-link", "leave", "note-cancel", "note-editor", "note-save", "owner-cancel",
    "quick-add", "quit", "register-inbox", "reminders", "reminders-back", "snooze-cancel", "status-done",
    "status-next", "status-previous", "table", "table-leave-filter", "table-owner", "table-sort",
    "table-sort-reverse", "triage", "triage-accept", "triage-accept-all", "triage-back", "triage-date",
    "triage-date-cancel", "triage-edit", "triage-edit-cancel", "triage-edit-save", "triage-reject",
    "triage-source-cancel", "triage-source-pasted", "undo",
})


def _shown(value: Any) -> str:
    """A TOML value as the user wrote it, with its kind: "tekst 'veel'", 'het getal 5', 'een tabel'."""
    from kamertaak.core.text import one_line

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"tekst '{one_line(value, 40)}'"
    if isinstance(value, int | float):
        return f"het getal {one_line(value, 40)}"
    if isinstance(value, dict):
        return "een tabel"
    if isinstance(value, list):
        return "een lijst"
    return f"'{one_line(value, 40)}'"


def _wrong(key: str, value: Any, expected: str) -> ConfigError:
    return ConfigError(f"{key} moet {expected} zijn, niet {_shown(value)}")


def _text(value: Any, key: str) -> None:
    from kamertaak.core.text import invalid_utf8

    if not isinstance(value, str):
        raise _wrong(key, value, "tekst (tussen aanhalingstekens)")
    bad = invalid_utf8(value)
    if bad is not None:
        raise ConfigError(f"{key} is geen geldige UTF-8 (bij '{bad}')")


def _key_name(value: Any, key: str) -> None:
    _text(value, key)
    if not value.strip():
        raise ConfigError(f"{key} is leeg; geef een toets, bv. \"ctrl+n\"")


def _whole(low: int, high: int) -> Check:
    def check(value: Any, key: str) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise _wrong(key, value, f"een geheel getal van {low} t/m {high}")
    return check


def _number(low: float, high: float) -> Check:
    def check(value: Any, key: str) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
            raise _wrong(key, value, f"een getal van {low:g} t/m {high:g}")
    return check


def _date(value: Any, key: str) -> None:
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date | str):
        raise _wrong(key, value, "een datum (JJJJ-MM-DD)")
    _parse_date(value, key)


def _zone(value: Any, key: str) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    _text(value, key)
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"{key} '{value}' is geen bekende tijdzone (bv. Europe/Amsterdam)") from None


def _list_of(item: Check) -> Check:
    def check(value: Any, key: str) -> None:
        if not isinstance(value, list):
            raise _wrong(key, value, "een lijst ([...])")
        for n, element in enumerate(value, start=1):
            item(element, f"{key}[{n}]")
    return check


def _table(fields: Mapping[str, Check] | None = None, *, keys: Iterable[str] = (), each: Check | None = None,
           what: str = "sleutel") -> Check:
    """A TOML table with the given fields, or with any of `keys` each checked by `each`."""
    def check(value: Any, key: str) -> None:
        if not isinstance(value, dict):
            raise _wrong(key, value, f"een tabel ([{key}])")
        known = dict(fields or {})
        known.update(dict.fromkeys(keys, each or _text))
        _check_keys(value, known, f"{key}.", what)
    return check


def _check_keys(data: Mapping[str, Any], known: Mapping[str, Check], prefix: str = "", what: str = "sleutel") -> None:
    from difflib import get_close_matches

    for name, value in data.items():
        check = known.get(name)
        if check is None:
            near = get_close_matches(name, list(known), n=1, cutoff=0.6)
            if near:
                hint = f"; bedoel je '{prefix}{near[0]}'?"
            elif len(known) <= 12:
                hint = f"; bekend: {', '.join(sorted(known))}"
            else:
                hint = " (de hulp van de TUI, ?, toont de ids)" if what == "toets-id" else ""
            raise ConfigError(f"onbekende {what} '{prefix}{name}'{hint}")
        check(value, f"{prefix}{name}")


def _reminders(value: Any, key: str) -> None:
    """Default reminders per kind: each an offset like '7 dagen voor' (read as the store reads them)."""
    from kamertaak.core.kinds import KINDS

    _table(keys=KINDS, each=_list_of(_text), what="soort")(value, key)
    if not value:
        return
    from kamertaak.core.errors import DomainError
    from kamertaak.store.reminders import default_offsets

    for kind, phrases in value.items():
        try:
            default_offsets({kind: phrases})
        except DomainError as exc:
            raise ConfigError(f"{key}.{kind}: {exc}") from None


def _calendar_section(value: Any, key: str) -> None:
    # The rows themselves are checked with the calendar files (_calendar_tables).
    _table({"files": _list_of(_text), "recess": _list_of(_row), "day": _list_of(_row)})(value, key)


def _odata_names(value: Any, key: str) -> None:
    """OData renames, name = "OData-naam"; which names exist the sync checks when it runs (sync/names.py)."""
    if not isinstance(value, dict):
        raise _wrong(key, value, f"een tabel ([{key}])")
    for name, renamed in value.items():
        _text(renamed, f"{key}.{name}")


def _addresses(value: Any, key: str) -> None:
    (_text if isinstance(value, str) else _list_of(_text))(value, key)


# The keys and types of [mail], and no password there, checked before any command runs (a password left in the
# file is refused at once, not only by `kamertaak mail`); security and addresses `kamertaak mail` checks
# (reports/mail.py).
_MAIL_FIELDS: dict[str, Check] = {
    "host": _text, "port": _whole(1, 65_535), "security": _text, "user": _text, "password_env": _text,
    "from": _text, "to": _addresses, "timeout": _number(0.1, 3600),
}


def _mail(value: Any, key: str) -> None:
    if not isinstance(value, dict):
        raise _wrong(key, value, f"een tabel ([{key}])")
    if "password" in value:
        raise ConfigError(f"{key}.password: zet het wachtwoord niet in het configbestand maar in "
                          "KAMERTAAK_SMTP_PASSWORD (of de variabele die password_env noemt) of in ~/.netrc")
    _check_keys(value, _MAIL_FIELDS, f"{key}.")


def _row(value: Any, key: str) -> None:
    if not isinstance(value, dict):
        raise _wrong(key, value, "een tabel ([[...]])")


_SCHEMA: dict[str, Check] = {
    "user": _text,
    "db": _text,
    "today": _date,
    "sections_cap": _whole(1, 10_000),
    "timezone": _zone,
    "reminders": _reminders,
    "keymap": _table(keys=KEYMAP_IDS, each=_key_name, what="toets-id"),
    "tweedekamer": _table({
        "base_url": _text, "odata_path": _text, "syncfeed_path": _text,
        "timeout": _number(0.1, 3600), "connect_timeout": _number(0.1, 3600), "run_timeout": _number(1, 604_800),
        "max_response_mb": _number(1, 100_000), "retries": _whole(0, 100), "backoff_base": _number(0, 3600),
        "backoff_max": _number(0, 86_400), "page_pause": _number(0, 3600), "odata_names": _odata_names,
    }),
    "calendar": _calendar_section,
    "mail": _mail,
}


def _parse_date(value: str | dt.date, where: str) -> dt.date:
    from kamertaak.core.bounds import EARLIEST, LATEST

    if isinstance(value, dt.date):
        day = value
    else:
        try:
            day = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ConfigError(f"{where}: '{value}' is geen datum (verwacht JJJJ-MM-DD)") from None
    if not EARLIEST <= day <= LATEST:
        raise ConfigError(f"{where}: {day.isoformat()} valt buiten {EARLIEST.isoformat()} t/m {LATEST.isoformat()}")
    return day


def _read_toml(path: Path, what: str) -> dict[str, Any]:
    """A TOML file as a table; a ConfigError in one line (where, and what is wrong) when it cannot be read."""
    import tomllib

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{what} {path}: geen UTF-8 (byte {exc.start + 1})") from None
    except OSError as exc:
        raise ConfigError(f"{what} {path}: niet te lezen ({os_reason(exc)})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{what} {path}: geen geldige TOML: {toml_problem(str(exc))}") from None


# tomllib's messages (Python 3.11 to 3.13) in Dutch; {0} is what the message names (a key, a character).
_TOML_WORDS: tuple[tuple[str, str], ...] = (
    (r"Invalid value", "ongeldige waarde (tekst hoort tussen aanhalingstekens)"),
    (r"Invalid statement", "ongeldige regel"),
    (r"Expected newline or end of document after a statement", "na een waarde hoort een nieuwe regel"),
    (r"Expected '=' after a key in a key/value pair", "na een sleutel hoort '='"),
    (r"Invalid initial character for a key part", "ongeldig teken aan het begin van een sleutel"),
    (r"Cannot declare (.+) twice", "{0} staat er twee keer"),
    (r"Cannot overwrite a value", "een waarde staat er twee keer"),
    (r"Cannot (?:mutate immutable|redefine) namespace (.+)", "{0} is al vastgelegd"),
    (r"Duplicate inline table key (.+)", "{0} staat er twee keer"),
    (r"Expected ']' at the end of a table declaration", "een tabelnaam sluit met ']'"),
    (r"Expected ']]' at the end of an array declaration", "een tabelnaam sluit met ']]'"),
    (r"Unclosed array", "een lijst ('[') wordt niet gesloten"),
    (r"Unclosed inline table", "een tabel ('{') wordt niet gesloten"),
    (r"Unterminated string", "een tekst wordt niet afgesloten met een aanhalingsteken"),
    (r"Unescaped '\\' in a string", "een losse '\\' in een tekst"),
    (r"Invalid hex value|Escaped character is not a Unicode scalar value", "ongeldige escape in een tekst"),
    (r"Invalid date or datetime", "ongeldige datum"),
    (r"Illegal character '\\n'", "een tekst wordt niet afgesloten met een aanhalingsteken"),
    (r"(?:Illegal|Found invalid) character (.+)", "ongeldig teken {0}"),
    (r"Expected (.+)", "{0} verwacht"),
)


def toml_problem(message: str) -> str:
    """A tomllib error in Dutch: '... (regel 1, kolom 8)'; a message this table does not know is left out (its
    English in a Dutch line read as a leak), the place is kept."""
    import re

    found = re.search(r"\((?:at line (\d+), column (\d+)|at end of document)\)", message)
    where = ""
    if found:
        where = f"regel {found.group(1)}, kolom {found.group(2)}" if found.group(1) else "aan het eind van het bestand"
    text = message[:found.start()].strip() if found else message.strip()
    for pattern, dutch in _TOML_WORDS:
        match = re.fullmatch(pattern, text)
        if match:
            # A key is named as Python's tuple of its parts, ('mail', 'host'): as in the file, mail.host.
            names = [".".join(re.findall(r"'([^']*)'", g)) if g.startswith("(") else g for g in match.groups()]
            said = dutch.format(*names)
            return f"{said} ({where})" if where else said
    return f"fout {'op ' if found and found.group(1) else ''}{where}" if where else "onleesbaar"


def _calendar_tables(data: dict[str, Any], path: Path) -> list[dict[str, Any]]:
    """Calendar additions: inline [calendar] tables and/or files named in calendar.files, and calendar.toml
    beside the config file; each checked now, so a bad row is one line naming the file at start-up."""
    base = path.parent
    section = data.get("calendar", {})
    sources: list[tuple[str, dict[str, Any]]] = []
    for name in section.get("files", []):
        file = (base / name).expanduser()
        sources.append((f"kalenderbestand {file}", _read_toml(file, "kalenderbestand")))
    inline = {k: v for k, v in section.items() if k != "files"}
    if inline:
        sources.append((f"configbestand {path}, [calendar]", inline))
    extra = base / "calendar.toml"
    if extra.is_file():
        sources.append((f"kalenderbestand {extra}", _read_toml(extra, "kalenderbestand")))
    if not sources:
        return []
    from kamertaak.core.calendar import CalendarError, check_table

    for where, table in sources:
        try:
            check_table(table)
        except CalendarError as exc:
            raise ConfigError(f"{where}: {exc}") from None
    return [table for _, table in sources]


def load_settings(db_override: str | None = None) -> Settings:
    """Read the config file (if any) and the KAMERTAAK_* environment."""
    path = config_path()
    data: dict[str, Any] = {}
    if path.is_file():
        data = _read_toml(path, "configbestand")
        try:
            _check_keys(data, _SCHEMA)
        except ConfigError as exc:
            raise ConfigError(f"configbestand {path}: {exc}") from None
    try:
        login = getpass.getuser()
    except (KeyError, OSError):
        login = "onbekend"
    user = _environment("KAMERTAAK_USER") or str(data.get("user") or login)
    db = db_override or _environment("KAMERTAAK_DB") or str(data.get("db") or default_db_path())
    pin_env = _environment("KAMERTAAK_TODAY")
    pin_value = pin_env or data.get("today")
    pin = _parse_date(pin_value, "KAMERTAAK_TODAY" if pin_env else "today") if pin_value else None
    reminders = dict(DEFAULT_REMINDERS)
    reminders.update({k: list(v) for k, v in data.get("reminders", {}).items()})
    tk = dict(DEFAULT_TWEEDEKAMER)
    section = data.get("tweedekamer", {})
    tk.update({k: str(v) for k, v in section.items() if not isinstance(v, dict)})
    names = section.get("odata_names", {})
    if not isinstance(names, dict):
        raise ConfigError("tweedekamer.odata_names moet een tabel zijn (naam = \"OData-naam\")")
    return Settings(
        path=path,
        exists=path.is_file(),
        user=user,
        db=db,
        today_pin=pin,
        reminders=reminders,
        keymap={str(k): str(v) for k, v in data.get("keymap", {}).items()},
        calendar=_calendar_tables(data, path),
        tweedekamer=tk,
        odata_names={str(k): str(v) for k, v in names.items()},
        sections_cap=int(data.get("sections_cap", 50)),
        timezone=str(data.get("timezone") or DEFAULT_TIMEZONE),
        mail=dict(data.get("mail", {})),
    )


def _environment(name: str) -> str | None:
    """A KAMERTAAK_* variable; one that holds bytes that are no UTF-8 is refused by name."""
    from kamertaak.core.text import invalid_utf8

    value = os.environ.get(name)
    bad = invalid_utf8(value) if value else None
    if bad is not None:
        raise ConfigError(f"{name} is geen geldige UTF-8 (bij '{bad}')")
    return value


@cache
def settings() -> Settings:
    """The settings of this process (read once)."""
    return load_settings()


def today() -> dt.date:
    """The one place that asks the clock; KAMERTAAK_TODAY or `today` in the config file pins it."""
    pin = settings().today_pin
    return pin if pin is not None else dt.date.today()


def now() -> dt.datetime:
    """Current time in the domain (the operation log, reminders, sync); with a pinned today, noon of that
    day so logs and tests are stable."""
    pin = settings().today_pin
    if pin is not None:
        return dt.datetime.combine(pin, dt.time(12, 0))
    return dt.datetime.now().replace(microsecond=0)


def wall_clock() -> dt.datetime:
    """The real moment, to the second, for naming a file after when it was made (a backup, a screenshot).
    Never pinned: KAMERTAAK_TODAY says which day the tracker counts from, not when a file was written, and a
    backup named after the pinned day ('tour.db.20250410-120000.bak' made on 4 December 2026) hides which
    copy is the newest. The other place besides today() and now() that reads the clock; core never does."""
    return dt.datetime.now().replace(microsecond=0)


def zone() -> tzinfo:
    """The configured time zone (`timezone` in the config file, default Europe/Amsterdam)."""
    from zoneinfo import ZoneInfo

    return ZoneInfo(settings().timezone)  # checked when the file was read


@cache
def calendar() -> Calendar:
    """The parliamentary calendar in use: the packaged table with the user's additions."""
    from kamertaak.core.calendar import load_calendar

    return load_calendar(settings().calendar)  # the user's tables were checked when read
