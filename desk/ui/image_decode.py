"""Frames decoded off the UI thread: one worker thread, the newest request first.

The canvas asks for the frame it shows and its neighbours; a newer request replaces the
frames still waiting (scrolling fast queues no decodes), and each decoded frame comes back
through :attr:`FrameDecoder.sig_decoded` on the UI thread (the worker hands each result to
a slot of the decoder, which emits the signals there, as desk.ui.tasks does). A large image
is first painted from every few of its pixels, its full detail rendered here
(:attr:`FrameDecoder.sig_detail`) before anything else waiting. Thumbnails wait behind
frames.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

from desk.errors import DeskError
from desk.ui.widgets import message_for

if TYPE_CHECKING:
    import numpy as np

    from desk.viewer.pixels import VoiChoice
    from desk.viewer.series import SeriesView

log = logging.getLogger(__name__)


class FrameDecoder(QObject):
    """Decodes frames of series on one worker thread into each series' own cache."""

    sig_decoded = Signal(object, int, str)
    """A frame was decoded: its series, its index, and why it cannot be shown (``""``)."""

    sig_detail = Signal(object, int, object, object)
    """A frame's full detail was rendered: its series, index and window, and the ``uint8``
    array to paint (or, as text, why it cannot be shown)."""

    _sig_result = Signal(object)
    """From the worker: a finished job and its result, to hand on from the UI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-decode")
        self._sig_result.connect(self._hand_on)
        self._lock = threading.Lock()
        self._frames: list[tuple[SeriesView, int]] = []
        self._thumbs: list[tuple[SeriesView, int]] = []
        self._detail: tuple[SeriesView, int, VoiChoice | None] | None = None
        self._busy = False

    def want(self, series: SeriesView, indices: list[int]) -> None:
        """Decode these frames, the first first, instead of any frames still waiting."""
        with self._lock:
            self._frames = [(series, i) for i in indices if 0 <= i < len(series)]
        self._start()

    def want_detail(self, series: SeriesView, index: int, window: VoiChoice | None) -> None:
        """Render this frame in full detail next, instead of any other still waiting."""
        with self._lock:
            self._detail = (series, index, window)
        self._start()

    def want_thumbnail(self, series: SeriesView, index: int) -> None:
        with self._lock:
            self._thumbs.append((series, index))
        self._start()

    def forget(self) -> None:
        """Drop every frame still waiting (the viewer closed)."""
        with self._lock:
            self._frames, self._thumbs, self._detail = [], [], None

    def _start(self) -> None:
        with self._lock:
            if self._busy or not (self._detail or self._frames or self._thumbs):
                return
            self._busy = True
        self._pool.submit(self._drain)

    def _next(self) -> tuple[SeriesView, int, VoiChoice | None] | tuple[SeriesView, int] | None:
        with self._lock:
            detail, self._detail = self._detail, None
            queue = self._frames or self._thumbs
            if detail is None and not queue:
                self._busy = False
            return detail or (queue.pop(0) if queue else None)

    def _drain(self) -> None:
        while (job := self._next()) is not None:
            if len(job) == 3:
                self._hand_over((*job, _render(*job)))
                continue
            series, index = job[:2]
            problem = "" if series.ready(index) else _decode(series, index)
            self._hand_over((series, index, problem))

    def _hand_over(self, result: tuple[Any, ...]) -> None:
        # on the worker thread; the decoder is gone once the application has shut down
        if shiboken6.isValid(self):
            self._sig_result.emit(result)

    @Slot(object)
    def _hand_on(self, result: tuple[Any, ...]) -> None:
        (self.sig_detail if len(result) == 4 else self.sig_decoded).emit(*result)


def _decode(series: SeriesView, index: int) -> str:
    """Decode one frame into its series' cache (a JPEG 2000 frame at half resolution first:
    its detail is asked for when it stays on screen); why it cannot be shown, or ``""``."""
    try:
        if series.half_values(index) is None:
            series.values(index)
    except Exception as error:  # one bad image says so in its place; the rest still shows
        if not isinstance(error, DeskError):
            log.warning("an image could not be decoded (%s)", type(error).__name__)
        return message_for(error)
    return ""


def _render(series: SeriesView, index: int, window: VoiChoice | None) -> np.ndarray | str:
    """One frame in full detail, or why it cannot be shown."""
    try:
        return series.frame(index, window)
    except Exception as error:  # shown in the image's place, as a failed decode is
        if not isinstance(error, DeskError):
            log.warning("an image could not be rendered (%s)", type(error).__name__)
        return message_for(error)


_decoder: FrameDecoder | None = None


def decoder() -> FrameDecoder:
    """The application's one frame decoder (it outlives any viewer, so a decode still
    running when a viewer closes has somewhere to report)."""
    global _decoder
    if _decoder is None:
        _decoder = FrameDecoder()
    return _decoder
