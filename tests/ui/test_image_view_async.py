"""The viewer never waits: a frame still decoding leaves it answering and the frame shown is
the one asked for last; a window drag changes the window and the pixels; a length and an
angle on a known pixel spacing, kept for each image; fit and 1:1; cine
at the rate the file recommends; a large image first from a strided view, then in full detail."""

from __future__ import annotations

import threading

import numpy as np
from pydicom.encaps import encapsulate, generate_frames
from pydicom.uid import RLELossless
from PySide6.QtCore import QPoint, Qt

from desk.ui.image_canvas import to_qimage
from desk.ui.image_view import ImageViewerDialog
from desk.viewer.library import SeriesImages
from desk.viewer.series import SeriesView
from tests.viewer import crafted


def _slice(n: int, **changes: object) -> bytes:
    """A CT image of its own: CT_small's pixels shifted down by ``n`` × 20 rows."""
    ds = crafted.ct(**changes)
    ds.PixelData = np.roll(ds.pixel_array, 20 * n, axis=0).tobytes()
    return crafted.to_bytes(ds)


def _damaged_rle() -> bytes:
    """An RLE image whose compressed segments are garbage: only decoding it finds out."""
    ds = crafted.ct()
    ds.compress(RLELossless)
    frame = bytearray(next(generate_frames(ds.PixelData, number_of_frames=1)))
    frame[64:] = b"\x80" * (len(frame) - 64)
    ds.PixelData = encapsulate([bytes(frame)])
    return crafted.to_bytes(ds)


class _FakeSeriesDecodingSlowly(SeriesView):
    """A fake: each frame decodes only once the test opens ``gate`` (as a large JPEG 2000
    image takes its time); the frames begun and the order they were decoded in are kept."""

    def __init__(self, images: list[bytes], gate: threading.Event) -> None:
        super().__init__(SeriesImages("1.2", 1, "Head", "CT", images))
        self.gate = gate
        self.begun: list[int] = []
        self.decoded: list[int] = []

    def decodes_quickly(self, index: int) -> bool:
        return False

    def values(self, index: int) -> np.ndarray:
        if not self.ready(index):
            self.begun.append(index)
            self.gate.wait(timeout=30)
            self.decoded.append(index)
        return super().values(index)


def _shown(qtbot, viewer: ImageViewerDialog) -> ImageViewerDialog:
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    return viewer


def _viewer(qtbot, *images: bytes) -> ImageViewerDialog:
    series = SeriesView(SeriesImages("1.2", 1, "Head", "CT", list(images)))
    return _shown(qtbot, ImageViewerDialog([series], "CT head", "Doe, Archibald"))


def _drag(qtbot, canvas, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, end)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)


def test_a_slow_decode_leaves_the_viewer_answering_and_the_last_frame_asked_shows(
        qtbot) -> None:
    gate = threading.Event()
    series = _FakeSeriesDecodingSlowly([_slice(n) for n in range(5)], gate)
    try:
        viewer = _shown(qtbot, ImageViewerDialog([series], "CT head", "Doe, Archibald"))
        canvas = viewer.canvas
        assert canvas.loading and canvas.image is None
        assert canvas.accessibleDescription() == "Loading the image…"
        qtbot.waitUntil(lambda: series.begun == [2])  # image 3 is decoding, and waits
        qtbot.keyClick(canvas, Qt.Key.Key_Down)
        assert viewer.position.text() == "Image 4 of 5"
        qtbot.keyClick(canvas, Qt.Key.Key_Down)
        assert viewer.position.text() == "Image 5 of 5" and canvas.image is None
    finally:
        gate.set()
    qtbot.waitUntil(lambda: canvas.image is not None)
    assert canvas.index == 4 and not canvas.loading
    assert canvas.image == to_qimage(series.frame(4, canvas.window))
    # after the decode under way, image 5 (asked for last), then its neighbours (three
    # each side); image 1, a neighbour only of images passed by, was never decoded
    assert series.decoded == [2, 4, 3, 1]
    qtbot.waitUntil(lambda: not viewer.thumbs.item(0).icon().isNull())


def test_a_window_drag_changes_the_window_text_and_the_pixels(qtbot) -> None:
    canvas = _viewer(qtbot, _slice(0)).canvas
    before, text = canvas.image.copy(), canvas.window_text()
    middle = canvas.rect().center()
    _drag(qtbot, canvas, middle, middle + QPoint(-60, 80))
    assert canvas.window_text() != text and canvas.image != before


def test_a_frame_that_fails_in_the_worker_says_so_in_its_place(qtbot) -> None:
    good = crafted.ct()
    good.compress(RLELossless)
    viewer = _viewer(qtbot, crafted.to_bytes(good), _damaged_rle(), crafted.to_bytes(good))
    canvas = viewer.canvas
    assert canvas.index == 1 and canvas.loading  # compressed: decoded by the worker
    qtbot.waitUntil(lambda: bool(canvas.error))
    assert canvas.image is None and not canvas.loading
    assert canvas.error.startswith("This image cannot be shown: its pixel data is damaged")
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: canvas.image is not None)
    assert not canvas.error
    qtbot.keyClick(canvas, Qt.Key.Key_Up)  # known not to show: said at once, not decoded again
    assert canvas.error and not canvas.loading


def test_fit_and_one_to_one(qtbot) -> None:
    canvas = _viewer(qtbot, _slice(0)).canvas  # 128 × 128
    qtbot.keyClick(canvas, Qt.Key.Key_1)
    assert canvas.scale() == 1.0 and canvas.image_rect().width() == 128
    qtbot.keyClick(canvas, Qt.Key.Key_0)
    assert canvas.scale() == min(canvas.width(), canvas.height()) / 128


def test_cine_plays_at_the_rate_the_file_recommends(qtbot) -> None:
    viewer = _viewer(qtbot, _slice(0, FrameTime=40), _slice(1, FrameTime=40))
    assert viewer.fps.value() == 25  # a frame every 40 ms
    viewer.play.setChecked(True)
    assert viewer.timer.isActive() and viewer.timer.interval() == 40
    viewer.fps.setValue(10)
    assert viewer.timer.interval() == 100
    viewer.play.setChecked(False)
    assert not viewer.timer.isActive()
    assert _viewer(qtbot, _slice(0)).fps.value() == 10  # none recommended


class _FakeSeriesRenderingSlowly(SeriesView):
    """A fake: a frame's full detail is rendered only once the test opens ``gate`` (as an
    8-megapixel window takes its time); its quick strided view is not held up."""

    def __init__(self, images: list[bytes], gate: threading.Event) -> None:
        super().__init__(SeriesImages("1.3", 1, "Chest", "DX", images))
        self.gate = gate

    def frame(self, index: int, window):
        self.gate.wait(timeout=30)
        return super().frame(index, window)


def _xray(rows: int = 2400, columns: int = 3200) -> bytes:
    """A 7.7-megapixel image: a ramp across, with fine stripes."""
    ds = crafted.ct(Rows=rows, Columns=columns)
    ramp = np.add.outer(np.zeros(rows, np.int16), np.arange(columns, dtype=np.int16) // 4)
    ramp[:, ::2] += 300
    ds.PixelData = ramp.tobytes()
    return crafted.to_bytes(ds)


def test_a_large_image_shows_at_once_from_a_strided_view_then_in_full_detail(qtbot) -> None:
    gate = threading.Event()
    series = _FakeSeriesRenderingSlowly([_xray()], gate)
    try:
        viewer = _shown(qtbot, ImageViewerDialog([series], "Chest", "Doe, Archibald"))
        canvas = viewer.canvas
        qtbot.waitUntil(lambda: canvas.image is not None)  # while the full detail waits
        fitted = min(canvas.width() / 3200, canvas.height() / 2400)
        assert canvas.image.width() < 3200 / 2 and canvas.scale() == fitted
        assert canvas.image_rect().width() == 3200 * fitted  # painted at the image's size
        text, before = canvas.window_text(), canvas.image.copy()
        middle = canvas.rect().center()
        _drag(qtbot, canvas, middle, middle + QPoint(-60, 80))  # the viewer still answers
        assert canvas.window_text() != text and canvas.image != before
    finally:
        gate.set()
    qtbot.waitUntil(lambda: canvas.image.width() == 3200)
    # the detail rendered for the first window was left; the one shown is the last asked for
    assert canvas.image == to_qimage(SeriesView.frame(series, 0, canvas.window))


def test_a_length_and_an_angle_on_a_known_pixel_spacing(qtbot) -> None:
    viewer = _viewer(qtbot, _slice(0, PixelSpacing=[0.5, 0.25]))
    canvas = viewer.canvas
    qtbot.keyClick(canvas, Qt.Key.Key_1)  # one screen pixel for each image pixel
    vertex = canvas.rect().center()
    viewer.measure.setChecked(True)
    _drag(qtbot, canvas, vertex, vertex + QPoint(100, 0))
    assert canvas.measurement_text() == "25.0 mm"  # 100 columns of 0.25 mm

    viewer.angle.setChecked(True)
    assert not viewer.measure.isChecked()
    _drag(qtbot, canvas, vertex + QPoint(100, 0), vertex)  # one arm, to the vertex
    _drag(qtbot, canvas, vertex, vertex + QPoint(100, -50))  # the other
    # 50 rows of 0.5 mm up and 100 columns of 0.25 mm across: 45°, not the pixels' 26.6°
    assert canvas.measurement_text() == "45.0°"

    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert canvas.measurement_text() == ""


def test_the_measurement_of_each_image_is_kept_while_the_study_is_open(qtbot) -> None:
    viewer = _viewer(qtbot, _slice(0), _slice(1))
    canvas = viewer.canvas
    start = canvas.rect().center()
    viewer.measure.setChecked(True)
    _drag(qtbot, canvas, start, start + QPoint(0, 90))
    kept = canvas.measurement_text()
    assert kept.endswith(" mm")
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    assert canvas.index == 0 and canvas.measurement_text() == ""
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert canvas.measurement_text() == kept


def test_cine_waits_for_a_frame_still_decoding(qtbot) -> None:
    gate = threading.Event()
    series = _FakeSeriesDecodingSlowly([_slice(n) for n in range(3)], gate)
    try:
        viewer = _shown(qtbot, ImageViewerDialog([series], "CT head", "Doe, Archibald"))
        viewer.play.setChecked(True)
        viewer.timer.timeout.emit()  # image 2 is still decoding: the loop waits on it
        viewer.timer.timeout.emit()
        assert viewer.position.text() == "Image 2 of 3" and viewer.canvas.loading
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not viewer.canvas.loading)
    viewer.timer.timeout.emit()
    assert viewer.position.text() == "Image 3 of 3"
    viewer.play.setChecked(False)


def _j2k_slice(n: int) -> bytes:
    from pydicom.uid import JPEG2000Lossless

    ds = crafted.ct(InstanceNumber=n + 1)
    ds.PixelData = np.roll(ds.pixel_array, 20 * n, axis=0).tobytes()
    ds.compress(JPEG2000Lossless)
    return crafted.to_bytes(ds)


def test_jpeg_2000_pages_at_half_resolution_then_shows_the_frame_staff_stop_on_in_full(
        qtbot) -> None:
    from desk.ui.image_canvas import DETAIL_AFTER_MS

    viewer = _viewer(qtbot, *(_j2k_slice(n) for n in range(6)))
    canvas = viewer.canvas
    qtbot.waitUntil(lambda: canvas.image is not None and canvas.image.width() == 128)
    start = canvas.index  # the middle frame, in full once shown a while
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up):  # on, sooner than detail
        qtbot.keyClick(canvas, key)
        qtbot.waitUntil(lambda: canvas.image is not None)
        assert canvas.image.width() == 64 and canvas.size_px.width() == 128  # half first
        assert canvas.image_rect().width() == 128 * canvas.scale()  # at the image's size
    assert canvas.index == start + 1
    qtbot.wait(DETAIL_AFTER_MS // 2)
    assert canvas.image.width() == 64
    qtbot.waitUntil(lambda: canvas.image.width() == 128)  # stopped on: in full
    assert canvas.image == to_qimage(canvas.series.frame(start + 1, canvas.window))
