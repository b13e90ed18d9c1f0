"""The image viewer: a study's series beside the image, with window/level, zoom, pan, paging,
cine, the image's tags, and the view saved as a PNG (audited by the opener's ``exported``).

Mouse: the wheel pages through the series (Ctrl+wheel zooms); a left drag changes the window
(right/left: wider/narrower, down/up: level higher/lower), or with Measure on draws a line
whose length shows in millimetres; a right or middle drag pans; a double click fits the image
again. Keys: Up/Down and Page Up/Page Down page, Home/End jump, +/- zoom, 0 fits, 1 shows
1:1, Space plays or stops, R resets the window, M measures a length, A an angle, Esc clears
it. Cine plays at the rate the file recommends (else CINE_FPS), which staff can change, and
waits for a frame still decoding.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.errors import DeskError
from desk.ui.image_canvas import ImageCanvas, frame_at, to_qimage
from desk.ui.image_decode import decoder
from desk.ui.image_tags import TagsDialog
from desk.ui.widgets import MessageBanner, muted

if TYPE_CHECKING:
    from desk.ui.session import Session
    from desk.viewer.series import SeriesView

__all__ = ["ImageCanvas", "ImageViewerDialog", "TagsDialog"]

log = logging.getLogger(__name__)

CINE_FPS = 10
THUMBNAIL = 112
"""A thumbnail's size in pixels."""


class ImageViewerDialog(QDialog):
    """A study: its series as thumbnails on the left, the chosen one in the canvas."""

    def __init__(self, series: list[SeriesView], title: str, patient_line: str,
                 parent: QWidget | None = None, *,
                 exported: Callable[[], None] | None = None) -> None:
        """``exported`` is called once the view was saved as a PNG, to audit it
        (:func:`export_audit`); without it the viewer offers no saving."""
        super().__init__(parent)
        self._exported = exported
        self.banner = MessageBanner()
        self.save = self._save_button()
        self.setWindowTitle(f"{title} · {patient_line}")
        self.resize(1180, 820)
        self.all_series = series
        self.title, self.patient_line = title, patient_line
        self.canvas = ImageCanvas()
        self.thumbs = self._make_thumbs()
        self.presets = QComboBox()
        # as wide as a preset's name, not its longest one with W and L: the open list shows
        # each whole, and the row of tools stays within the window in a longer language
        self.presets.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.presets.setMinimumContentsLength(16)
        self.presets.setAccessibleName(self.tr("Window preset"))
        self.presets.activated.connect(self._preset_chosen)
        self.play = QPushButton(self.tr("Play"))
        self.play.setCheckable(True)
        self.play.setToolTip(self.tr("Play the series as a loop (Space)"))
        self.play.setShortcut("Space")
        self.play.toggled.connect(self._cine)
        self.measure = self._measure_button(
            self.tr("Measure"), "M", "length",
            self.tr("Drag on the image to measure a length (M); Esc clears it"))
        self.angle = self._measure_button(
            self.tr("Angle"), "A", "angle",
            self.tr("Drag one arm to the vertex, then the other (A); Esc clears it"))
        self.fps = QSpinBox()
        self.fps.setRange(1, 120)
        self.fps.setSuffix(self.tr(" fps"))
        self.fps.setAccessibleName(self.tr("Cine frames a second"))
        self.fps.valueChanged.connect(self._cine_rate)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(self.tr("Image in the series"))
        self.slider.valueChanged.connect(self.canvas.show_frame)
        self.position = QLabel()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._cine_step)
        self.overlay = QPushButton(self.tr("Overlay"))
        self.overlay.setCheckable(True)
        self.overlay.setToolTip(self.tr("The image's own overlay drawing (60xx), in white (O)"))
        self.overlay.setShortcut("O")
        self.overlay.toggled.connect(self._show_overlay)
        self.canvas.sig_frame.connect(self._frame_shown)
        decoder().sig_decoded.connect(self._thumbnail_decoded)
        self._layout()
        self.thumbs.currentRowChanged.connect(self.show_series)
        self.thumbs.setCurrentRow(0)

    def _layout(self) -> None:
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Window:")))
        tools.addWidget(self.presets)
        for text, tip, action in (
                (self.tr("Fit"), self.tr("Fit the image to the window (0 or double click)"),
                 self.canvas.fit),
                (self.tr("1:1"), self.tr("One screen pixel for each pixel of the image (1)"),
                 self.canvas.actual_size),
                (self.tr("Reset window"), self.tr("The image's own window (R)"),
                 lambda: self.canvas.set_window(None)),
                (self.tr("Tags…"), self.tr("Every field of this image's DICOM header"),
                 self._show_tags)):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(action)
            tools.addWidget(button)
        tools.addStretch(1)
        # a second row: both fit a 1280-pixel screen in the longer languages too
        more = QHBoxLayout()
        for widget in (self.overlay, self.play, self.fps, self.measure, self.angle, self.save):
            more.addWidget(widget)
        more.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("primary")
        close.clicked.connect(self.accept)
        more.addWidget(close)
        paging = QHBoxLayout()
        paging.addWidget(self.slider, 1)
        paging.addWidget(self.position)
        hint = muted(self.tr("Wheel: page · Ctrl+wheel: zoom · drag: window · "
                             "right drag: pan"))
        hint.setWordWrap(True)  # on two lines where a language needs more room
        paging.addWidget(hint)
        middle = QVBoxLayout()
        middle.addWidget(self.canvas, 1)
        middle.addLayout(paging)
        body = QHBoxLayout()
        body.addWidget(self.thumbs)
        body.addLayout(middle, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(tools)
        layout.addLayout(more)
        layout.addLayout(body, 1)

    def _make_thumbs(self) -> QListWidget:
        thumbs = QListWidget()
        thumbs.setAccessibleName(self.tr("Series"))
        thumbs.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        thumbs.setFixedWidth(176)
        thumbs.setGridSize(QSize(160, 184))
        thumbs.setWordWrap(True)
        thumbs.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for view in self.all_series:
            middle = len(view) // 2
            ready = not len(view) or view.ready(middle)
            if not ready:
                decoder().want_thumbnail(view, middle)
            count = self.tr("%n image(s)", "", len(view))
            item = QListWidgetItem(_thumbnail(view) if ready else QIcon(),
                                   f"{view.series.title}\n{count}")
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
        self.overlay.setVisible(view.has_overlays())
        self.overlay.blockSignals(True)
        self.overlay.setChecked(view.overlays)
        self.overlay.blockSignals(False)
        self._frame_shown(self.canvas.index)
        try:
            rate = view.frame_rate(self.canvas.index) if len(view) else None
        except DeskError:
            rate = None
        self.fps.setValue(round(rate or CINE_FPS))
        self.canvas.setFocus()

    def _show_overlay(self, on: bool) -> None:
        if self.canvas.series is not None:
            self.canvas.series.overlays = on
            self.canvas.set_window(self.canvas.window)  # the frame drawn anew

    def _fill_presets(self, view: SeriesView) -> None:
        from desk.viewer.pixels import PRESETS, Window

        self.presets.clear()
        self.presets.addItem(self.tr("As stored in the image"), None)
        own = view.own_windows(self.canvas.index) if len(view) else []
        presets = [(QCoreApplication.translate("Presets", name), window)
                   for name, window in PRESETS.get(view.series.modality, ())]
        for name, window in [*own, *presets]:
            self.presets.addItem(self.tr("{name} (W {width} L {center})").format(
                name=name, width=f"{window.width:.0f}", center=f"{window.center:.0f}")
                if isinstance(window, Window) else name, window)
        self.presets.setEnabled(self.presets.count() > 1)

    def _preset_chosen(self, index: int) -> None:
        self.canvas.set_window(self.presets.itemData(index))
        self.canvas.setFocus()

    def _frame_shown(self, index: int) -> None:
        if self.canvas.series is not None:  # an image opened later may be the first with one
            self.overlay.setVisible(self.canvas.series.has_overlays())
        self.slider.blockSignals(True)
        self.slider.setValue(index)
        self.slider.blockSignals(False)
        self.position.setText(self.canvas.frame_text())

    def _measure_button(self, text: str, key: str, kind: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(True)
        button.setShortcut(key)
        button.setToolTip(tip)
        button.toggled.connect(lambda on: self._measure(kind if on else ""))
        return button

    def _measure(self, kind: str) -> None:
        """Measure ``kind`` ("length" or "angle") with a left drag; ``""``: drag windows."""
        if kind:  # one of the two at a time
            other = self.angle if kind == "length" else self.measure
            other.blockSignals(True)
            other.setChecked(False)
            other.blockSignals(False)
        elif self.measure.isChecked() or self.angle.isChecked():
            return
        self.canvas.measuring = kind
        self.canvas.setCursor(Qt.CursorShape.CrossCursor if kind else
                              Qt.CursorShape.ArrowCursor)
        self.canvas.setFocus()

    def _cine(self, on: bool) -> None:
        self.play.setText(self.tr("Stop") if on else self.tr("Play"))
        if on:
            self._cine_rate(self.fps.value())
        else:
            self.timer.stop()

    def _cine_step(self) -> None:
        """The next image of the loop, once the one shown has come: cine slower than the
        decoding can go waits for it rather than flashing "Loading" at the set rate."""
        if not self.canvas.loading:
            self.canvas.step(1, wrap=True)

    def _cine_rate(self, fps: int) -> None:
        if self.play.isChecked():
            self.timer.start(max(1, round(1000 / fps)))

    def _thumbnail_decoded(self, series: SeriesView, index: int, problem: str) -> None:
        """A thumbnail's frame came from the worker: its icon, unless it cannot be shown."""
        for row, view in enumerate(self.all_series):
            if view is series and index == len(view) // 2 and not problem:
                item = self.thumbs.item(row)
                if item is not None and item.icon().isNull():
                    item.setIcon(_thumbnail(view))

    def _save_button(self) -> QPushButton:
        button = QPushButton(self.tr("Save as PNG"))
        button.setToolTip(self.tr("Save the view as it is shown, as a PNG image"))
        menu = QMenu(button)
        for text, overlay in ((self.tr("With the corner text…"), True),
                              (self.tr("The image alone…"), False)):
            action = QAction(text, menu)
            action.triggered.connect(lambda _=False, o=overlay: self.save_png(overlay=o))
            menu.addAction(action)
        button.setMenu(menu)
        button.setVisible(self._exported is not None)
        return button

    def save_png(self, *, overlay: bool) -> None:
        """The view (with the corner text, or the image alone) saved where staff choose."""
        from desk.ui.files import choose_save_file

        path = choose_save_file(self, self.tr("Save the view as a PNG"), self.tr("image.png"),
                                self.tr("PNG images (*.png)"))
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        if not self.canvas.view_image(overlay=overlay).save(path, "PNG"):
            self.banner.show_message(self.tr("The image could not be saved there: choose a "
                                             "folder you can write to."))
            return
        self.banner.hide()
        if self._exported is not None:
            self._exported()

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
        decoder().forget()
        super().done(result)


def _thumbnail(view: SeriesView) -> QIcon:
    middle = len(view) // 2
    try:
        window = view.default_window(middle)
        step = max(1, max(view.size(middle)) // (2 * THUMBNAIL))  # from every few pixels
        frame = frame_at(view, middle, window, step)
    except Exception as error:  # the study still opens; the image says why in the canvas
        if not isinstance(error, DeskError):
            log.warning("a thumbnail could not be made (%s)", type(error).__name__)
        return QIcon()
    pixmap = QPixmap.fromImage(to_qimage(frame)).scaled(
        THUMBNAIL, THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation)
    return QIcon(pixmap)


def export_audit(session: Session, patient_id: str) -> Callable[[], None]:
    """What an opener passes as ``exported``: each saved view audited as
    ``images.export-png`` of the patient, off the UI thread."""
    def record() -> None:
        from desk.storage import audit

        user = session.user
        assert user is not None, "the viewer needs a signed-in user"
        with session.ws.begin() as conn:
            audit.record(conn, user.actor, "images.export-png", "Patient", patient_id)

    def exported() -> None:
        session.runner.submit(record)

    return exported
