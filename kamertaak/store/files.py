"""Writing files that hold tracker data (exports, backups): never over the open database, never
through a symlink, never over an existing file unless asked, and always private (mode 0600).

Every writer goes through `produce_file`: the content is made in a new temporary file next to the
target (created with O_EXCL | O_NOFOLLOW, mode 0600), flushed to disk, and only then put in place in
one step: `link` when the target must not exist yet (it fails, atomically, if it appeared meanwhile),
`rename` when --force allows replacing it. A kill at any moment leaves the old file or the new one,
never half of one, and a replaced file is a new inode with mode 0600 (not the old file's mode).
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Callable, Iterable
from pathlib import Path

from kamertaak.core.errors import UserError, os_reason
from kamertaak.store.db import SIDECARS, Database


class FileRefused(UserError):
    """A file was not written: the target the user named is the database, a symlink, a folder, in a
    missing folder, or taken."""


class FileExists(FileRefused):
    """The target exists and replacing it was not asked for."""


def database_files(db: Database | None) -> list[Path]:
    """The open SQLite database's file and its sidecars (none for a server database)."""
    if db is None or db.path is None:
        return []
    path = Path(db.path)
    return [path, *(path.with_name(path.name + suffix) for suffix in SIDECARS)]


def _real(path: Path) -> str:
    return os.path.realpath(path)


def check_target(path: Path, *, force: bool = False, protect: Iterable[Path] = ()) -> Path:
    """The absolute target, or a FileRefused saying in one line why nothing will be written there."""
    target = Path(os.path.abspath(path.expanduser()))
    real = _real(target)
    for kept in protect:
        same = real == _real(kept)
        if not same and target.exists() and kept.exists():
            try:
                same = os.path.samefile(target, kept)
            except OSError:
                same = False
        if same:
            raise FileRefused(f"{target} is de open database (of een bestand ervan); kies een ander bestand")
    try:
        info = target.lstat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise FileRefused(f"kan {target} niet schrijven: {os_reason(exc)}") from None
    if info is not None:
        if stat.S_ISLNK(info.st_mode):
            raise FileRefused(f"{target} is een symbolische link; niets geschreven (geef het echte pad)")
        if stat.S_ISDIR(info.st_mode):
            raise FileRefused(f"{target} is een map; geef een bestandsnaam")
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused(f"{target} is geen gewoon bestand; niets geschreven")
        if not force:
            raise FileExists(f"{target} bestaat al; --force overschrijft het")
    if not target.parent.is_dir():
        raise FileRefused(f"map {target.parent} bestaat niet; maak hem eerst aan of kies een ander pad")
    return target


def produce_file(path: Path, make: Callable[[Path], None], *, force: bool = False,
                 protect: Iterable[Path] = ()) -> Path:
    """Let `make` fill a private temporary file beside `path`, then put it in place (see the module
    docstring). Returns the absolute path written; raises FileRefused (FileExists when taken)."""
    protect = list(protect)
    target = check_target(path, force=force, protect=protect)
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(temp, flags, 0o600)
    except OSError as exc:
        raise FileRefused(f"kan {target} niet schrijven: {os_reason(exc)}") from None
    os.close(fd)
    try:
        make(temp)
        os.chmod(temp, 0o600)  # `make` may have replaced the file (SQLite does not); keep it private
        _fsync(temp)
        _place(temp, target, force)
    except OSError as exc:
        raise FileRefused(f"kan {target} niet schrijven: {os_reason(exc)}") from None
    finally:
        temp.unlink(missing_ok=True)
    _fsync_dir(target.parent)
    return target


def write_file(path: Path, data: str | bytes, *, force: bool = False, protect: Iterable[Path] = ()) -> Path:
    """Write `data` (text as UTF-8) to `path` the safe way; returns the absolute path written."""
    raw = data.encode("utf-8") if isinstance(data, str) else data

    def fill(temp: Path) -> None:
        with os.fdopen(os.open(temp, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0)), "wb") as fh:
            fh.write(raw)

    return produce_file(path, fill, force=force, protect=protect)


def free_name(first: Path, make: Callable[[Path], None], *, protect: Iterable[Path] = ()) -> Path:
    """Write to `first`, or when that name is taken (by a file, a folder, a symlink) to NAME-2.EXT,
    NAME-3.EXT ...: never over anything, never through anything."""
    protect = list(protect)
    for n in range(1, 1000):
        candidate = first if n == 1 else first.with_name(f"{first.stem}-{n}{first.suffix}")
        try:
            return produce_file(candidate, make, protect=protect)
        except FileRefused:
            if os.path.lexists(candidate):
                continue
            raise
    raise FileRefused(f"geen vrije naam naast {first}")


def _place(temp: Path, target: Path, force: bool) -> None:
    if force:
        # A new inode replaces the name: an existing symlink or hard link is never written through.
        check_target(target, force=True)
        os.replace(temp, target)
        return
    try:
        os.link(temp, target)  # fails if the name was taken meanwhile: never replaces anything
    except FileExistsError:
        raise FileExists(f"{target} bestaat al; --force overschrijft het") from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
        # A file system without hard links: check and rename (a narrow window instead of none).
        if os.path.lexists(target):
            raise FileExists(f"{target} bestaat al; --force overschrijft het") from None
        os.rename(temp, target)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
