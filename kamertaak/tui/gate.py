"""The TUI's door to the store: one thread owns the database connection.

sqlite3 connections may only be used on the thread that made them, and Textual starts a fresh
thread for every thread worker, so workers hand their work to this one thread and wait for the
answer there. The UI thread never calls `call`; only workers do.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from kamertaak.store.service import Store

T = TypeVar("T")


class StoreGate:
    """Runs functions of a Store on the store's own thread, one at a time, in order."""

    def __init__(self, target: str) -> None:
        self.target = target
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kamertaak-db")
        self._store: Store | None = None
        self._closed = threading.Event()

    def _with_store(self, fn: Callable[[Store], T]) -> T:
        if self._store is None:
            # The first open also upgrades an old schema (with a backup), off the UI thread.
            self._store = Store.open(self.target)
        return fn(self._store)

    def submit(self, fn: Callable[[Store], T]) -> Future[T]:
        """Queue work for the store thread; the future holds its result or its exception."""
        return self._pool.submit(self._with_store, fn)

    def call(self, fn: Callable[[Store], T]) -> T:
        """Run work on the store thread and wait for it (from a worker thread only)."""
        return self.submit(fn).result()

    def close(self) -> None:
        if self._closed.is_set():
            return
        self._closed.set()

        def _close() -> None:
            if self._store is not None:
                self._store.close()
                self._store = None

        self._pool.submit(_close)
        self._pool.shutdown(wait=True)
