"""The canvas of the image viewer: one frame at a time, on black, with the facts radiographers
expect in the corners, a length or an angle measured on each image, window/level by drag.

A frame not decoded yet is asked of the worker thread (desk.ui.image_decode) with its
neighbours; until it comes the canvas says so in the image's place and still answers. A large
image (:data:`PREVIEW_PIXELS`) shown smaller than its pixels is painted first from every few
of them, at about the canvas's size, and in full detail when the worker has rendered it. A
JPEG 2000 frame comes first at half resolution (:mod:`desk.viewer.halfres`, four times
sooner) and in full detail once staff stop on it (:data:`DETAIL_AFTER_MS`): scrolling
through a series never waits for whole decodes.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

from desk.errors import DeskError
from desk.ui.image_decode import decoder
from desk.ui.locale_text import date_text
from desk.ui.widgets import message_for
from desk.viewer.pixels import StoredLut, VoiChoice, Window

if TYPE_CHECKING:
    import numpy as np

    from desk.viewer.series import SeriesView

log = logging.getLogger(__name__)

ZOOM_LIMITS = (0.1, 16.0)
LOADING = QT_TRANSLATE_NOOP("ImageCanvas", "Loading the image…")
"""What the canvas says in the place of a frame still decoding (translated where shown)."""
MARK = "#ffd54f"
"""The colour of a measurement and its text."""
AHEAD = 3
"""How many frames each side of the one shown are fetched and decoded ahead."""
PREVIEW_PIXELS = 2_000_000
"""A frame of at least this many pixels is painted first from a strided view of them."""
DETAIL_AFTER_MS = 120
"""How long a frame shown at half resolution stays before its full detail is asked for."""


def to_qimage(pixels: np.ndarray) -> QImage:
    """A ``uint8`` grey (rows, columns) or RGB (rows, columns, 3) array as a QImage."""
    rows, columns = pixels.shape[:2]
    if pixels.ndim == 2:
        image = QImage(pixels.data, columns, rows, pixels.strides[0],
                       QImage.Format.Format_Grayscale8)
    else:
        image = QImage(pixels.data, columns, rows, pixels.strides[0],
                       QImage.Format.Format_RGB888)
    return image.copy()  # the array may go; the image keeps its own pixels


def frame_at(series: SeriesView, index: int, window: VoiChoice | None, step: int) -> np.ndarray:
    """The frame to paint, in full detail (``step`` 1) or from every ``step``-th pixel."""
    return series.frame(index, window) if step == 1 else series.preview(index, window, step)


class ImageCanvas(QWidget):
    """One frame of a series at a time, on black, with the facts radiographers expect in the
    corners."""

    sig_frame = Signal(int)
    """The frame shown changed (its index)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(320, 320)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Image"))
        self.series: SeriesView | None = None
        self.index = 0
        self.window: VoiChoice | None = None
        self.zoom: float | None = None  # None: fit the image to the canvas
        self.pan = QPointF()
        self.image: QImage | None = None
        self.size_px = QSize()  # the frame's own size: the image may be a quick smaller view
        self.error = ""
        self.captions: tuple[str, str] = ("", "")
        self.loading = False
        self.measuring = ""  # "length" or "angle": what a left drag measures
        self.marks: dict[tuple[int, int], list[QPointF]] = {}  # per image, in image pixels
        self._failed: dict[int, str] = {}
        self._open_angle = False  # an angle's first arm is drawn; the next drag is the other
        self._drag: tuple[Qt.MouseButton, QPointF, VoiChoice | None, QPointF] | None = None
        decoder().sig_decoded.connect(self._decoded)
        decoder().sig_detail.connect(self._detailed)
        self._settled = QTimer(self)  # a half-resolution frame stayed on: its detail next
        self._settled.setSingleShot(True)
        self._settled.setInterval(DETAIL_AFTER_MS)
        self._settled.timeout.connect(self._ask_detail)

    def show_series(self, series: SeriesView, captions: tuple[str, str]) -> None:
        self.series, self.captions = series, captions
        self.zoom, self.pan, self._failed = None, QPointF(), {}
        self.index = len(series) // 2
        self.set_window(None)

    def show_frame(self, index: int) -> None:
        if self.series is None or not len(self.series):
            return
        index = max(0, min(index, len(self.series) - 1))
        if index != self.index:
            self.index, self._open_angle = index, False
            self._render()

    def step(self, delta: int, *, wrap: bool = False) -> None:
        if self.series is not None and len(self.series):
            target = self.index + delta
            self.show_frame(target % len(self.series) if wrap else target)

    def set_window(self, window: VoiChoice | None) -> None:
        """Show through ``window``; ``None`` goes back to the image's own."""
        self.window = window
        self._render()

    def zoom_by(self, factor: float) -> None:
        low, high = ZOOM_LIMITS
        self.zoom = max(low, min(high, self.scale() * factor))
        self.update()

    def actual_size(self) -> None:
        """One screen pixel for each image pixel (1:1), centred."""
        self.zoom, self.pan = 1.0, QPointF()
        self.update()

    def fit(self) -> None:
        self.zoom, self.pan = None, QPointF()
        self.update()

    def scale(self) -> float:
        """Screen pixels per image pixel."""
        if self.size_px.isEmpty():
            return 1.0
        if self.zoom is not None:
            return self.zoom
        return min(self.width() / self.size_px.width(), self.height() / self.size_px.height())

    def frame_text(self) -> str:
        """Which image of the series is shown ("Image 2 of 3"); ``""`` without a series."""
        if not self.series:
            return ""
        return self.tr("Image {number} of {count}").format(number=self.index + 1,
                                                            count=len(self.series))

    def loading_text(self) -> str:
        """What shows in the place of a frame still decoding."""
        return QCoreApplication.translate("ImageCanvas", LOADING)

    def window_text(self) -> str:
        w = self.window
        if isinstance(w, StoredLut):
            return w.name
        if w is None:
            return ""
        return self.tr("W {width}  L {center}").format(width=f"{w.width:.0f}",
                                                        center=f"{w.center:.0f}")

    @property
    def points(self) -> list[QPointF]:
        """The measurement on this image: two points (a length) or three (an angle)."""
        return self.marks.get((id(self.series), self.index), [])

    @points.setter
    def points(self, points: list[QPointF]) -> None:
        self.marks[(id(self.series), self.index)] = points

    def measurement_text(self) -> str:
        """The length or angle measured on the image, if there is one."""
        points = self.points
        if len(points) < 2 or self.series is None or self.image is None:
            return ""
        from desk.viewer.series import angle_text, length_text

        spacing = self.series.spacing(self.index)
        if len(points) == 3:
            return angle_text(*((p.y(), p.x()) for p in points), spacing)
        a, b = points
        return length_text(b.y() - a.y(), b.x() - a.x(), spacing)

    def to_image(self, point: QPointF) -> QPointF:
        """A point on the canvas in image pixel coordinates."""
        rect = self.image_rect()
        return (point - rect.topLeft()) / self.scale()

    def _render(self) -> None:
        """Paint the current frame, or ask the worker for it; without a window yet, the first
        good frame's own."""
        series, index = self.series, self.index
        assert series is not None
        self.loading = index not in self._failed and not series.ready(index)
        neighbours = [i for step in range(1, AHEAD + 1) for i in (index + step, index - step)
                      if 0 <= i < len(series) and not series.ready(i)]
        if self.loading:
            decoder().want(series, [index, *neighbours])
            self.image, self.error, self.size_px = None, "", QSize()
        elif index in self._failed:
            self.image, self.error, self.size_px = None, self._failed[index], QSize()
        else:
            self._draw_frame()
            if neighbours:
                decoder().want(series, neighbours)
        self.setAccessibleDescription(self.error or (self.loading_text() if self.loading
                                                     else "") or self.frame_text())
        self.update()
        self.sig_frame.emit(self.index)

    def _draw_frame(self) -> None:
        series = self.series
        assert series is not None
        try:
            if self.window is None:
                self.window = series.default_window(self.index)
            rows, columns = series.size(self.index)
            self.size_px = QSize(columns, rows)
            half = series.only_half(self.index)
            step = max(2, self._preview_step()) if half else self._preview_step()
            frame = frame_at(series, self.index, self.window, step)
            self.image, self.error = to_qimage(frame), ""
        except Exception as error:  # one bad image says so in its place; the rest still shows
            if not isinstance(error, DeskError):
                log.warning("an image could not be shown (%s)", type(error).__name__)
            self.image, self.error, self.size_px = None, message_for(error), QSize()
            return
        if half:
            self._settled.start()  # again: only the frame staff stop on
            return
        self._settled.stop()
        if step > 1:
            decoder().want_detail(series, self.index, self.window)

    def _ask_detail(self) -> None:
        """The frame shown at half resolution stayed: its full detail next."""
        if self.series is not None and not self.loading and not self.error:
            decoder().want_detail(self.series, self.index, self.window)

    def _preview_step(self) -> int:
        """1, or for a large frame shown smaller than its pixels, how many of them in each
        direction one screen pixel covers (at least)."""
        if self.size_px.width() * self.size_px.height() < PREVIEW_PIXELS:
            return 1
        return max(1, int(1 / self.scale()))

    def _detailed(self, series: SeriesView, index: int, window: VoiChoice | None,
                  frame: np.ndarray | str) -> None:
        """The full detail of a frame came from the worker: shown if it is still the frame
        and window asked for."""
        if series is not self.series or index != self.index or window != self.window \
                or self.loading or self.error:
            return
        if isinstance(frame, str):
            self.image, self.error, self.size_px = None, frame, QSize()
        else:
            self.image = to_qimage(frame)
        self.update()

    def _decoded(self, series: SeriesView, index: int, problem: str) -> None:
        """A frame came from the worker: shown if it is the one asked for last."""
        if series is not self.series:
            return
        if problem:
            self._failed[index] = problem
        if index == self.index and self.loading:
            self._render()

    # painting
    def corner_texts(self) -> list[str]:
        """What the four corners say: top left (patient, study, its date), top right (the
        series), bottom left (the image and where its slice lies), bottom right (window and
        zoom)."""
        top_left, top_right = self.captions
        series = self.series  # empty (false) when it has no frames
        when = series.study_date(self.index) if series else None
        where = series.position_text(self.index) if series else ""
        zoom = self.tr("Zoom {percent}%").format(percent=f"{self.scale() * 100:.0f}")
        lines = (
            (top_left, date_text(when)), (top_right,),
            (self.frame_text(), where), (self.window_text(), zoom))
        return ["\n".join(t for t in corner if t) for corner in lines]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.paint_view(painter, overlay=True)
        painter.end()

    def view_image(self, *, overlay: bool) -> QImage:
        """The view at the canvas's size, with or without the overlay (:meth:`paint_view`)."""
        image = QImage(self.size(), QImage.Format.Format_RGB32)
        painter = QPainter(image)
        self.paint_view(painter, overlay=overlay)
        painter.end()
        return image

    def paint_view(self, painter: QPainter, *, overlay: bool) -> None:
        """The view as it is on screen; with ``overlay``, the corner text, the measurement
        and any message too."""
        painter.fillRect(self.rect(), QColor("black"))
        if self.image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self.scale() < 3)
            painter.drawImage(self.image_rect(), self.image)
        if not overlay:
            return
        font = QFont(self.font())
        font.setPointSizeF(max(9.0, font.pointSizeF()))
        painter.setFont(font)
        box = self.rect().adjusted(10, 8, -10, -8)
        align = Qt.AlignmentFlag
        for flags, text in zip((align.AlignLeft | align.AlignTop, align.AlignRight |
                                align.AlignTop, align.AlignLeft | align.AlignBottom,
                                align.AlignRight | align.AlignBottom),
                               self.corner_texts(), strict=True):
            _outlined_text(painter, box, flags, text)
        if len(self.points) > 1 and self.image is not None:
            self._paint_marks(painter)
        if self.error or self.loading:
            _outlined_text(painter, self.rect().adjusted(40, 0, -40, 0),
                           align.AlignCenter | Qt.TextFlag.TextWordWrap,
                           self.error or self.loading_text())

    def _paint_marks(self, painter: QPainter) -> None:
        origin, s = self.image_rect().topLeft(), self.scale()
        points = [origin + p * s for p in self.points]
        pen = QPen(QColor(MARK))
        pen.setWidthF(2)
        painter.setPen(pen)
        painter.drawPolyline(points)
        for end in points:
            painter.drawEllipse(end, 3, 3)
        label = QRectF(points[-1] + QPointF(8, -24), QSizeF(240, 20)).toRect()
        _outlined_text(painter, label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       self.measurement_text(), colour=MARK)

    def image_rect(self) -> QRectF:
        s = self.scale()
        w, h = self.size_px.width() * s, self.size_px.height() * s
        return QRectF((self.width() - w) / 2 + self.pan.x(), (self.height() - h) / 2
                      + self.pan.y(), w, h)

    # mouse and keys
    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if not steps:
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.25 ** steps)
        else:
            self.step(-1 if steps > 0 else 1)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._drag = (event.button(), event.position(), self.window, QPointF(self.pan))
        if self.measuring and event.button() == Qt.MouseButton.LeftButton and self.image:
            start = self.to_image(event.position())
            # an angle: the first drag is one arm, up to the vertex; the next, the other arm
            second_arm = self._open_angle and len(self.points) == 2
            self.points = [*self.points, start] if second_arm else [start, start]
            self._open_angle = self.measuring == "angle" and not second_arm

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        button, start, window, pan = self._drag
        moved = event.position() - start
        if button == Qt.MouseButton.LeftButton and self.measuring and self.points:
            self.points = [*self.points[:-1], self.to_image(event.position())]
            self.update()
        elif button == Qt.MouseButton.LeftButton and isinstance(window, Window):
            # a drag across the canvas spans the window's own width
            per_pixel = max(window.width, 10.0) / max(self.width(), 1)
            self.window = window.moved(moved.y() * per_pixel, moved.x() * per_pixel)
            self._render()
        elif button in (Qt.MouseButton.RightButton, Qt.MouseButton.MiddleButton):
            self.pan = pan + moved
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, k = event.key(), Qt.Key
        moves = {k.Key_Down: 1, k.Key_Up: -1, k.Key_PageDown: 10, k.Key_PageUp: -10}
        if key in moves:
            self.step(moves[key])
        elif key in (k.Key_Home, k.Key_End):
            self.show_frame(0 if key == k.Key_Home else len(self.series or ()) - 1)
        elif key in (k.Key_Plus, k.Key_Equal, k.Key_Minus):
            self.zoom_by(1.25 if key != k.Key_Minus else 0.8)
        elif key == k.Key_0:
            self.fit()
        elif key == k.Key_1:
            self.actual_size()
        elif key == k.Key_R:
            self.set_window(None)
        elif key == k.Key_Escape and self.points:
            self.points = []
            self.update()
        else:
            super().keyPressEvent(event)


def _outlined_text(painter: QPainter, box: QRect, flags: int, text: str, *,
                   colour: str = "#e8e8e8") -> None:
    """Light text with a dark outline, readable on a bright image as on black."""
    painter.setPen(QColor("black"))
    for dx, dy in ((-1, -1), (0, -1), (1, -1), (-1, 0), (1, 0), (-1, 1), (0, 1), (1, 1)):
        painter.drawText(box.translated(dx, dy), flags, text)
    painter.setPen(QColor(colour))
    painter.drawText(box, flags, text)
