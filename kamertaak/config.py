"""The user's settings: one optional TOML file, environment overrides, and the one source of "today"."""

from __future__ import annotations

import datetime as dt
import getpass
import os
import tomllib
from dataclasses import dataclass, field
from datetime import tzinfo
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kamertaak.core.errors import ConfigError

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


def _parse_date(value: str, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ConfigError(f"{where}: '{value}' is geen datum (verwacht JJJJ-MM-DD)") from None


def _calendar_tables(data: dict[str, Any], base: Path) -> list[dict[str, Any]]:
    """Calendar additions: inline [calendar] tables and/or files named in calendar.files."""
    section = data.get("calendar", {})
    tables: list[dict[str, Any]] = []
    for name in section.get("files", []):
        file = (base / name).expanduser()
        try:
            tables.append(tomllib.loads(file.read_text(encoding="utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"kalenderbestand {file}: {exc}") from None
    inline = {k: v for k, v in section.items() if k != "files"}
    if inline:
        tables.append(inline)
    extra = base / "calendar.toml"
    if extra.is_file():
        try:
            tables.append(tomllib.loads(extra.read_text(encoding="utf-8")))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"kalenderbestand {extra}: {exc}") from None
    return tables


def load_settings(db_override: str | None = None) -> Settings:
    """Read the config file (if any) and the KAMERTAAK_* environment."""
    path = config_path()
    data: dict[str, Any] = {}
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"configbestand {path}: {exc}") from None
    try:
        login = getpass.getuser()
    except (KeyError, OSError):
        login = "onbekend"
    user = os.environ.get("KAMERTAAK_USER") or str(data.get("user") or login)
    db = db_override or os.environ.get("KAMERTAAK_DB") or str(data.get("db") or default_db_path())
    pin_text = os.environ.get("KAMERTAAK_TODAY") or data.get("today")
    pin = _parse_date(str(pin_text), "KAMERTAAK_TODAY") if pin_text else None
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
        calendar=_calendar_tables(data, path.parent),
        tweedekamer=tk,
        odata_names={str(k): str(v) for k, v in names.items()},
        sections_cap=int(data.get("sections_cap", 50)),
        timezone=str(data.get("timezone") or DEFAULT_TIMEZONE),
        mail=dict(data.get("mail", {})),
    )


@cache
def settings() -> Settings:
    """The settings of this process (read once)."""
    return load_settings()


def today() -> dt.date:
    """The one place that asks the clock; KAMERTAAK_TODAY or `today` in the config file pins it."""
    pin = settings().today_pin
    return pin if pin is not None else dt.date.today()


def now() -> dt.datetime:
    """Current time; with a pinned today, noon of that day so logs and tests are stable."""
    pin = settings().today_pin
    if pin is not None:
        return dt.datetime.combine(pin, dt.time(12, 0))
    return dt.datetime.now().replace(microsecond=0)


def zone() -> tzinfo:
    """The configured time zone (`timezone` in the config file, default Europe/Amsterdam)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = settings().timezone
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"timezone '{name}' is geen bekende tijdzone (bv. Europe/Amsterdam)") from None


@cache
def calendar() -> Calendar:
    """The parliamentary calendar in use: the packaged table with the user's additions."""
    from kamertaak.core.calendar import CalendarError, load_calendar

    try:
        return load_calendar(settings().calendar)
    except CalendarError as exc:
        raise ConfigError(f"kalender: {exc}") from None
