"""The image viewer: a study's series beside the image, with window/level, zoom, pan, paging,
cine and the image's tags.

Mouse: the wheel pages through the series (Ctrl+wheel zooms); a left drag changes the window
(right/left: wider/narrower, down/up: level higher/lower), or with Measure on draws a line
whose length shows in millimetres; a right or middle drag pans; a double click fits the image
again. Keys: Up/Down and Page Up/Page Down page, Home/End jump, +/- zoom, 0 fits, Space plays
or stops, R resets the window, M measures, Esc clears the line.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError
from desk.ui.image_tags import TagsDialog
from desk.ui.widgets import count_text, message_for, muted

if TYPE_CHECKING:
    import numpy as np

    from desk.viewer.pixels import Window
    from desk.viewer.series import SeriesView

log = logging.getLogger(__name__)

ZOOM_LIMITS = (0.1, 16.0)
CINE_FPS = 10


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


class ImageCanvas(QWidget):
    """One frame of a series at a time, on black, with the facts radiographers expect in the
    corners."""

    sig_frame = Signal(int)
    """The frame shown changed (its index)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(320, 320)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Image")
        self.series: SeriesView | None = None
        self.index = 0
        self.window: Window | None = None
        self.zoom: float | None = None  # None: fit the image to the canvas
        self.pan = QPointF()
        self.image: QImage | None = None
        self.error = ""
        self.captions: tuple[str, str] = ("", "")
        self.measuring = False
        self.line: tuple[QPointF, QPointF] | None = None  # in image pixels
        self._drag: tuple[Qt.MouseButton, QPointF, Window | None, QPointF] | None = None

    def show_series(self, series: SeriesView, captions: tuple[str, str]) -> None:
        self.series, self.captions = series, captions
        self.zoom, self.pan, self.line = None, QPointF(), None
        self.index = len(series) // 2
        self.set_window(None)

    def show_frame(self, index: int) -> None:
        if self.series is None or not len(self.series):
            return
        index = max(0, min(index, len(self.series) - 1))
        if index != self.index:
            self.index = index
            self._render()

    def step(self, delta: int, *, wrap: bool = False) -> None:
        if self.series is not None and len(self.series):
            target = self.index + delta
            self.show_frame(target % len(self.series) if wrap else target)

    def set_window(self, window: Window | None) -> None:
        """Show through ``window``; ``None`` goes back to the image's own."""
        self.window = window
        self._render()

    def zoom_by(self, factor: float) -> None:
        low, high = ZOOM_LIMITS
        self.zoom = max(low, min(high, self.scale() * factor))
        self.update()

    def fit(self) -> None:
        self.zoom, self.pan = None, QPointF()
        self.update()

    def scale(self) -> float:
        """Screen pixels per image pixel."""
        if self.image is None or self.image.isNull():
            return 1.0
        if self.zoom is not None:
            return self.zoom
        return min(self.width() / self.image.width(), self.height() / self.image.height())

    def frame_text(self) -> str:
        return f"Image {self.index + 1} of {len(self.series)}" if self.series else ""

    def window_text(self) -> str:
        w = self.window
        return f"W {w.width:.0f}  L {w.center:.0f}" if w is not None else ""

    def measurement_text(self) -> str:
        """The length of the line measured on the image, if there is one."""
        if self.line is None or self.series is None or self.image is None:
            return ""
        from desk.viewer.series import length_text

        a, b = self.line
        return length_text(b.y() - a.y(), b.x() - a.x(), self.series.spacing(self.index))

    def to_image(self, point: QPointF) -> QPointF:
        """A point on the canvas in image pixel coordinates."""
        rect = self.image_rect()
        return (point - rect.topLeft()) / self.scale()

    def _render(self) -> None:
        """Paint the current frame; without a window yet, the first good frame's own."""
        assert self.series is not None
        try:
            if self.window is None:
                self.window = self.series.default_window(self.index)
            frame = self.series.frame(self.index, self.window)
            self.image, self.error = to_qimage(frame), ""
        except Exception as error:  # one bad image says so in its place; the rest still shows
            if not isinstance(error, DeskError):
                log.warning("an image could not be shown (%s)", type(error).__name__)
            self.image, self.error = None, message_for(error)
        self.setAccessibleDescription(self.error or self.frame_text())
        self.update()
        self.sig_frame.emit(self.index)

    # painting
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("black"))
        if self.image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self.scale() < 3)
            painter.drawImage(self.image_rect(), self.image)
        font = QFont(self.font())
        font.setPointSizeF(max(9.0, font.pointSizeF()))
        painter.setFont(font)
        box = self.rect().adjusted(10, 8, -10, -8)
        top_left, top_right = self.captions
        align = Qt.AlignmentFlag
        zoom = f"Zoom {self.scale() * 100:.0f}%"
        for flags, text in (
                (align.AlignLeft | align.AlignTop, top_left),
                (align.AlignRight | align.AlignTop, top_right),
                (align.AlignLeft | align.AlignBottom, self.frame_text()),
                (align.AlignRight | align.AlignBottom,
                 "\n".join(t for t in (self.window_text(), zoom) if t))):
            _outlined_text(painter, box, flags, text)
        if self.line is not None and self.image is not None:
            self._paint_line(painter)
        if self.error:
            _outlined_text(painter, self.rect().adjusted(40, 0, -40, 0),
                           align.AlignCenter | Qt.TextFlag.TextWordWrap, self.error)
        painter.end()

    def _paint_line(self, painter: QPainter) -> None:
        assert self.line is not None
        origin, s = self.image_rect().topLeft(), self.scale()
        a, b = (origin + p * s for p in self.line)
        pen = QPen(QColor("#ffd54f"))
        pen.setWidthF(2)
        painter.setPen(pen)
        painter.drawLine(a, b)
        for end in (a, b):
            painter.drawEllipse(end, 3, 3)
        painter.drawText(b + QPointF(8, -8), self.measurement_text())

    def image_rect(self) -> QRectF:
        assert self.image is not None
        s = self.scale()
        w, h = self.image.width() * s, self.image.height() * s
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
            self.line = (start, start)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        button, start, window, pan = self._drag
        moved = event.position() - start
        if button == Qt.MouseButton.LeftButton and self.measuring and self.line is not None:
            self.line = (self.line[0], self.to_image(event.position()))
            self.update()
        elif button == Qt.MouseButton.LeftButton and window is not None:
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
        elif key == k.Key_R:
            self.set_window(None)
        elif key == k.Key_Escape and self.line is not None:
            self.line = None
            self.update()
        else:
            super().keyPressEvent(event)


class ImageViewerDialog(QDialog):
    """A study: its series as thumbnails on the left, the chosen one in the canvas."""

    def __init__(self, series: list[SeriesView], title: str, patient_line: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{title} · {patient_line}")
        self.resize(1180, 820)
        self.all_series = series
        self.title, self.patient_line = title, patient_line
        self.canvas = ImageCanvas()
        self.thumbs = self._make_thumbs()
        self.presets = QComboBox()
        self.presets.setAccessibleName("Window preset")
        self.presets.activated.connect(self._preset_chosen)
        self.play = QPushButton("Play")
        self.play.setCheckable(True)
        self.play.setToolTip("Play the series as a loop (Space)")
        self.play.setShortcut("Space")
        self.play.toggled.connect(self._cine)
        self.measure = QPushButton("Measure")
        self.measure.setCheckable(True)
        self.measure.setShortcut("M")
        self.measure.setToolTip("Drag on the image to measure a length (M); Esc clears it")
        self.measure.toggled.connect(self._measure)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName("Image in the series")
        self.slider.valueChanged.connect(self.canvas.show_frame)
        self.position = QLabel()
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.canvas.step(1, wrap=True))
        self.canvas.sig_frame.connect(self._frame_shown)
        self._layout()
        self.thumbs.currentRowChanged.connect(self.show_series)
        self.thumbs.setCurrentRow(0)

    def _layout(self) -> None:
        tools = QHBoxLayout()
        tools.addWidget(QLabel("Window:"))
        tools.addWidget(self.presets)
        for text, tip, action in (
                ("Fit", "Fit the image to the window (0 or double click)", self.canvas.fit),
                ("Reset window", "The image's own window (R)",
                 lambda: self.canvas.set_window(None)),
                ("Tags…", "Every field of this image's DICOM header", self._show_tags)):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(action)
            tools.addWidget(button)
        tools.addWidget(self.play)
        tools.addWidget(self.measure)
        tools.addStretch(1)
        tools.addWidget(muted("Wheel: page · Ctrl+wheel: zoom · drag: window · right drag: "
                              "pan"))
        close = QPushButton("Close")
        close.setObjectName("primary")
        close.clicked.connect(self.accept)
        tools.addWidget(close)
        paging = QHBoxLayout()
        paging.addWidget(self.slider, 1)
        paging.addWidget(self.position)
        middle = QVBoxLayout()
        middle.addWidget(self.canvas, 1)
        middle.addLayout(paging)
        body = QHBoxLayout()
        body.addWidget(self.thumbs)
        body.addLayout(middle, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addLayout(body, 1)

    def _make_thumbs(self) -> QListWidget:
        thumbs = QListWidget()
        thumbs.setAccessibleName("Series")
        thumbs.setIconSize(QSize(112, 112))
        thumbs.setFixedWidth(176)
        thumbs.setGridSize(QSize(160, 168))
        thumbs.setWordWrap(True)
        thumbs.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for view in self.all_series:
            item = QListWidgetItem(_thumbnail(view), f"{view.series.title}\n"
                                   f"{count_text(len(view), 'image')}")
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            thumbs.addItem(item)
        thumbs.setViewMode(QListWidget.ViewMode.IconMode)
        thumbs.setFlow(QListWidget.Flow.TopToBottom)
        thumbs.setWrapping(False)
        thumbs.setMovement(QListWidget.Movement.Static)
        return thumbs

    def show_series(self, row: int) -> None:
        if not 0 <= row < len(self.all_series):
            return
        self.play.setChecked(False)
        view = self.all_series[row]
        self.canvas.show_series(view, (f"{self.patient_line}\n{self.title}",
                                       view.series.title))
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(len(view) - 1, 0))
        self.slider.blockSignals(False)
        self._fill_presets(view)
        self._frame_shown(self.canvas.index)
        self.canvas.setFocus()

    def _fill_presets(self, view: SeriesView) -> None:
        from desk.viewer.pixels import PRESETS

        self.presets.clear()
        self.presets.addItem("As stored in the image", None)
        for name, window in PRESETS.get(view.series.modality, ()):
            self.presets.addItem(f"{name} (W {window.width:.0f} L {window.center:.0f})", window)
        self.presets.setEnabled(self.presets.count() > 1)

    def _preset_chosen(self, index: int) -> None:
        self.canvas.set_window(self.presets.itemData(index))
        self.canvas.setFocus()

    def _frame_shown(self, index: int) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(index)
        self.slider.blockSignals(False)
        self.position.setText(self.canvas.frame_text())

    def _measure(self, on: bool) -> None:
        self.canvas.measuring = on
        self.canvas.setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.ArrowCursor)
        self.canvas.setFocus()

    def _cine(self, on: bool) -> None:
        self.play.setText("Stop" if on else "Play")
        if on:
            self.timer.start(1000 // CINE_FPS)
        else:
            self.timer.stop()

    def _show_tags(self) -> None:
        series = self.canvas.series
        try:
            ds = series.dataset(self.canvas.index) if series else None
        except DeskError:
            ds = None
        if ds is None:
            return
        dialog = TagsDialog(ds, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.tags = dialog
        dialog.open()

    def done(self, result: int) -> None:
        self.timer.stop()
        super().done(result)


def _outlined_text(painter: QPainter, box: QRect, flags: int, text: str) -> None:
    """Light text with a dark outline, readable on a bright image as on black."""
    painter.setPen(QColor("black"))
    for dx, dy in ((-1, -1), (0, -1), (1, -1), (-1, 0), (1, 0), (-1, 1), (0, 1), (1, 1)):
        painter.drawText(box.translated(dx, dy), flags, text)
    painter.setPen(QColor("#e8e8e8"))
    painter.drawText(box, flags, text)


def _thumbnail(view: SeriesView) -> QIcon:
    middle = len(view) // 2
    try:
        frame = view.frame(middle, view.default_window(middle))
    except Exception as error:  # the study still opens; the image says why in the canvas
        if not isinstance(error, DeskError):
            log.warning("a thumbnail could not be made (%s)", type(error).__name__)
        return QIcon()
    pixmap = QPixmap.fromImage(to_qimage(frame)).scaled(
        112, 112, Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation)
    return QIcon(pixmap)
