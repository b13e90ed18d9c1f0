"""A long series from the store in the viewer: its middle image shows at once, with its
corner text, and an image not read yet comes when paged to, in its place."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desk.storage import SYSTEM
from desk.ui.image_view import ImageViewerDialog
from desk.viewer import library
from desk.viewer.series import HEADERS, SeriesView
from tests.viewer.test_lazy_series import STUDY, stored_series

SLICES = 2 * HEADERS + 6


def test_a_long_stored_series_shows_its_middle_at_once_and_pages_to_the_end(
        qtbot, workspace) -> None:
    stored_series(workspace, SLICES)
    with workspace.begin() as conn:
        [series] = library.load_study(conn, workspace.blobs, STUDY, SYSTEM)
    viewer = ImageViewerDialog([SeriesView(series)], "Long CT", "Phantom, Long")
    qtbot.addWidget(viewer)
    canvas = viewer.canvas
    # no waiting: the middle image was opened with the series
    assert canvas.image is not None and not canvas.loading and not canvas.error
    assert not viewer.thumbs.item(0).icon().isNull()
    top_left, _, bottom_left, _ = canvas.corner_texts()
    assert date(2026, 1, 5).strftime("%d %b %Y") in top_left
    assert bottom_left.startswith(f"Image {SLICES // 2 + 1} of {SLICES}\nSlice at")
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    assert canvas.index == SLICES - 1
    qtbot.waitUntil(lambda: canvas.image is not None and not canvas.loading)
    assert not canvas.error and viewer.position.text() == f"Image {SLICES} of {SLICES}"
    assert "Slice at -63.0 mm" in canvas.corner_texts()[2]
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: canvas.image is not None and not canvas.loading)
    assert canvas.index == SLICES - 2 and not canvas.error
