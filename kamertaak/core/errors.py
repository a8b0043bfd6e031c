"""The one error hierarchy of kamertaak.

Every error whose message is meant for the user derives from KamertaakError. The faces map it once:
the CLI prints `kamertaak: <message>` as one line on stderr and exits with 2, the TUI shows one error
toast. Anything else that escapes is a bug. Messages are Dutch, name what was wrong (the value, the
key, the path) and what to do, and fit on one line.

    KamertaakError
    ├── UserError        input the user gave: an argument, an option, a file to read
    ├── DomainError      a request the domain rules do not allow (also a ValueError)
    │   ├── NotFound     no item, debate, note or reminder with that id
    │   └── ConflictError  someone else changed the item first
    ├── ConfigError      the config file, calendar.toml or a KAMERTAAK_* setting cannot be used
    ├── DatabaseError    the database cannot be opened or used as asked
    ├── SyncError        the Kamer's register could not be read as asked
    └── MailError        the weekly status could not be mailed
"""

from __future__ import annotations

import errno
from collections.abc import Mapping
from typing import Any


class KamertaakError(Exception):
    """An error whose message is meant for the user: one Dutch line, exit code 2, database unchanged."""


class UserError(KamertaakError, ValueError):
    """Bad input from the user: an argument, an option value, the contents of a file to read."""


class DomainError(KamertaakError, ValueError):
    """A request the domain rules do not allow; the message is meant for the user."""


class NotFound(DomainError):
    """No item (or debate, note, reminder) with that id."""


class ConflictError(DomainError):
    """Someone else changed the item since it was read (optimistic locking on `item.version`).

    Carries what a face needs to show both versions and let the user choose:
    `current` is the item as it is now (the item_view shape of queries, with actors and topics),
    `attempted` the changes that were refused, `expected_version`/`current_version` the version the
    edit was based on and the one in the database, and `last_change` the newest operation-log entry
    on the item (who, at, action, changes) or None. To keep one's own edit anyway, retry with
    `expected_version=err.current_version`; to keep theirs, drop the edit."""

    def __init__(self, message: str, *, item_id: int | None = None, expected_version: int | None = None,
                 current_version: int | None = None, current: Mapping[str, Any] | None = None,
                 attempted: dict[str, Any] | None = None, last_change: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.item_id = item_id
        self.expected_version = expected_version
        self.current_version = current_version
        self.current: Mapping[str, Any] = current or {}
        self.attempted = attempted or {}
        self.last_change = last_change


class ConfigError(KamertaakError):
    """The config file, a calendar file or an environment setting cannot be used."""


class DatabaseError(KamertaakError):
    """The database cannot be opened or used as asked; the message is meant for the user."""


class SyncError(KamertaakError):
    """The register could not be read as asked; the message is meant for the user."""


class MailError(KamertaakError):
    """The mail server could not be reached or refused the message; the message is meant for the user
    and never holds the password."""


# What the operating system said, in Dutch: messages name the path themselves and add this reason.
_OS_REASONS = {
    errno.ENOENT: "bestaat niet",
    errno.EISDIR: "is een map",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.EACCES: "geen toegang",
    errno.EPERM: "geen toestemming",
    errno.EEXIST: "bestaat al",
    errno.ENOSPC: "de schijf is vol",
    errno.EROFS: "het bestandssysteem is alleen-lezen",
    errno.ENAMETOOLONG: "de naam is te lang",
    errno.ELOOP: "te veel symbolische links",
}


def os_reason(exc: OSError) -> str:
    """Why a file could not be read or written, in Dutch ('bestaat niet', 'geen toegang', ...)."""
    reason = _OS_REASONS.get(exc.errno) if exc.errno is not None else None
    return reason or exc.strerror or type(exc).__name__
