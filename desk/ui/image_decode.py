"""Frames decoded off the UI thread: one worker thread, the newest request first.

The canvas asks for the frame it shows and its neighbours; a newer request replaces the
frames still waiting (scrolling fast queues no decodes), and each decoded frame comes back
through :attr:`FrameDecoder.sig_decoded` on the UI thread. Thumbnails wait behind frames.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desk.errors import DeskError
from desk.ui.widgets import message_for

if TYPE_CHECKING:
    from desk.viewer.series import SeriesView

log = logging.getLogger(__name__)


class FrameDecoder(QObject):
    """Decodes frames of series on one worker thread into each series' own cache."""

    sig_decoded = Signal(object, int, str)
    """A frame was decoded: its series, its index, and why it cannot be shown (``""``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._lock = threading.Lock()
        self._frames: list[tuple[SeriesView, int]] = []
        self._thumbs: list[tuple[SeriesView, int]] = []
        self._busy = False

    def want(self, series: SeriesView, indices: list[int]) -> None:
        """Decode these frames, the first first, instead of any frames still waiting."""
        with self._lock:
            self._frames = [(series, i) for i in indices if 0 <= i < len(series)]
        self._start()

    def want_thumbnail(self, series: SeriesView, index: int) -> None:
        with self._lock:
            self._thumbs.append((series, index))
        self._start()

    def forget(self) -> None:
        """Drop every frame still waiting (the viewer closed)."""
        with self._lock:
            self._frames, self._thumbs = [], []

    def _start(self) -> None:
        with self._lock:
            if self._busy or not (self._frames or self._thumbs):
                return
            self._busy = True
        self._pool.start(QRunnable.create(self._drain))

    def _next(self) -> tuple[SeriesView, int] | None:
        with self._lock:
            queue = self._frames or self._thumbs
            if not queue:
                self._busy = False
                return None
            return queue.pop(0)

    def _drain(self) -> None:
        while (job := self._next()) is not None:
            series, index = job
            problem = "" if series.ready(index) else _decode(series, index)
            self.sig_decoded.emit(series, index, problem)


def _decode(series: SeriesView, index: int) -> str:
    """Decode one frame into its series' cache; why it cannot be shown, or ``""``."""
    try:
        series.values(index)
    except Exception as error:  # one bad image says so in its place; the rest still shows
        if not isinstance(error, DeskError):
            log.warning("an image could not be decoded (%s)", type(error).__name__)
        return message_for(error)
    return ""


_decoder: FrameDecoder | None = None


def decoder() -> FrameDecoder:
    """The application's one frame decoder (it outlives any viewer, so a decode still
    running when a viewer closes has somewhere to report)."""
    global _decoder
    if _decoder is None:
        _decoder = FrameDecoder()
    return _decoder
