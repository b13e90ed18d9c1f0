"""Running core work off the UI thread and handing results back to it.

Database work goes through one single-worker executor (SQLite likes one writer), network
work through another. Results and errors come back on the main thread through one small
bridge object; worker code never touches a widget.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)


class _Bridge(QObject):
    sig_done = Signal(object)
    """A finished job's callback, to run on the main thread."""

    def __init__(self) -> None:
        super().__init__()
        self.sig_done.connect(self._run)

    @Slot(object)
    def _run(self, callback: Callable[[], None]) -> None:
        callback()


class TaskRunner:
    """``submit`` core functions to the right executor; callbacks run on the main thread."""

    def __init__(self) -> None:
        self.db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-db")
        self.net = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-net")
        self._bridge = _Bridge()
        self.closed = False

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None, *,
               executor: ThreadPoolExecutor | None = None,
               owner: QObject | None = None) -> Future:
        """Run ``fn`` on ``executor`` (the database one by default).

        The callbacks are dropped if ``owner`` (by default the object the callbacks are
        bound methods of) was deleted meanwhile: a screen closed while its work ran.
        """
        owner = owner or _owner_of(on_done) or _owner_of(on_error)
        if self.closed:  # the application is closing: a late timer's work is dropped
            dropped: Future = Future()
            dropped.cancel()
            return dropped
        future = (executor or self.db).submit(fn)
        future.add_done_callback(lambda f: self._hand_over(
            lambda: self._deliver(f, on_done, on_error, owner)))
        return future

    def _hand_over(self, callback: Callable[[], None]) -> None:
        # Called on the worker thread; the bridge is gone once the application shut down.
        if shiboken6.isValid(self._bridge):
            self._bridge.sig_done.emit(callback)

    @staticmethod
    def _deliver(future: Future, on_done: Callable[[Any], None] | None,
                 on_error: Callable[[BaseException], None] | None,
                 owner: QObject | None) -> None:
        if future.cancelled() or (owner is not None and not shiboken6.isValid(owner)):
            return
        error = future.exception()
        if error is None:
            if on_done:
                on_done(future.result())
        elif on_error:
            on_error(error)
        else:
            log.error("background task failed", exc_info=(type(error), error,
                                                          error.__traceback__))

    def shutdown(self) -> None:
        self.closed = True
        self.db.shutdown(wait=True, cancel_futures=True)
        self.net.shutdown(wait=False, cancel_futures=True)


def _owner_of(callback: object) -> QObject | None:
    target = getattr(callback, "__self__", None)
    return target if isinstance(target, QObject) else None
